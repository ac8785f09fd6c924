// Every node of the page is made here, from text: no HTML string is ever parsed, so article text,
// titles, names, URLs and sources (someone else's, maybe hostile) can only ever show as text.

const SVG = 'http://www.w3.org/2000/svg';

/** The URL if it is an absolute http(s) URL, else null: no javascript:, data:, or relative tricks. */
export function safeUrl(u) {
  if (typeof u !== 'string' || u.trim() === '') return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function put(el, attrs) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) {
      // event handlers are functions, never attribute text
      if (typeof v === 'function') el.addEventListener(k.slice(2), v);
      continue;
    }
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}

/** h('td', {class: 'x'}, 'text', child) — strings become text nodes. */
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  put(el, attrs);
  return append(el, kids);
}

export function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on')) {
      if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    } else el.setAttribute(k, String(v));
  }
  return append(el, kids);
}

/** A link inside the page (path built by us, query values encoded); navigation by History API. */
export function nav(path, ...kids) {
  return h('a', { href: path, 'data-nav': true }, ...kids);
}

/** A link out: only for http(s); anything else is shown as plain text. */
export function out(url, text) {
  const safe = safeUrl(url);
  const label = text ?? url ?? '';
  if (!safe) return h('span', { class: 'unlinked', title: 'not an http(s) address: shown as text' }, label);
  return h('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'ext' }, label);
}

/** A download link to an API export (same origin, path built by us). */
export function download(path, label, kind) {
  return h('a', { href: path, class: 'btn', download: '', 'data-export': kind ?? label.toLowerCase() }, label);
}

export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== null && one !== undefined && one !== '') p.append(k, one);
    }
  }
  const t = p.toString();
  return t ? '?' + t : '';
}

export const enc = encodeURIComponent;

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function table(headers, rows, attrs) {
  return h(
    'table',
    { class: 'grid', ...attrs },
    h('thead', null, h('tr', null, headers.map((x) => h('th', null, x)))),
    h('tbody', null, rows),
  );
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

export function section(title, extra, ...body) {
  return h('section', { class: 'panel', 'data-section': title }, h('div', { class: 'panel-head' }, h('h2', null, title), h('div', { class: 'tools' }, extra)), body);
}
