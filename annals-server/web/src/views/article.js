// /article/{id}: the clean text with actors, events (evidence sentence, trigger) and quotes marked
// from their offsets, removed boilerplate greyed and collapsible where it was, and the metadata.
// ?at=OFFSET (or #at-OFFSET) scrolls to that place and highlights the sentence there.
import { h, nav, enc, out, section, empty, table } from '../dom.js';
import { get } from '../api.js';
import { party, code, date, articleTitle } from '../fmt.js';
import { go } from '../main.js';
import { exports } from './lists.js';

const KINDS = { evidence: 'Event sentence', trigger: 'Event trigger', actor: 'Actor', quote: 'Quote' };

export async function articleView(id, q) {
  const d = await get(`/api/articles/${enc(id)}`);
  const a = d.article;
  const atParam = q.get('at') ?? (location.hash.startsWith('#at-') ? location.hash.slice(4) : null);
  const at = atParam !== null && /^\d+$/.test(atParam) ? Number(atParam) : null;
  const body = d.text === null ? empty(`No clean text: ${a.error ?? 'cleaning failed'}`) : text(d, at);
  const toggles = h(
    'div',
    { class: 'toggles' },
    Object.entries(KINDS).map(([k, label]) => toggle(k, label, body)),
    h('label', { class: 'toggle' }, h('input', { type: 'checkbox', 'data-toggle': 'removed', onchange: (e) => body.classList.toggle('show-removed', e.target.checked) }), h('span', { class: 'sw removed' }), `Removed text (${d.removed.length})`),
  );
  const node = h(
    'div',
    { class: 'view article-view' },
    h(
      'div',
      { class: 'head' },
      h('div', { class: 'kicker' }, [a.site_name, a.agency, a.dateline].filter(Boolean).join(' · ') || 'article'),
      h('h1', { 'data-field': 'title' }, articleTitle(a)),
      h('div', { class: 'sub' }, date(a.published), a.published_from ? ` (${a.published_from})` : '', a.author ? ` · ${a.author}` : '', ' · ', a.url ? out(a.url) : h('span', { 'data-field': 'source' }, a.source)),
    ),
    h(
      'div',
      { class: 'reader' },
      h('div', { class: 'text-col' }, toggles, body),
      h(
        'aside',
        { class: 'side' },
        section('Metadata', null, metadata(a)),
        section('Events', [h('span', { class: 'count' }, String(d.events.length)), ...exports('/api/events', { article: a.id })], events(d.events)),
        section('Quotes', [h('span', { class: 'count' }, String(d.quotes.length)), ...exports('/api/quotes', { article: a.id })], quotes(d.quotes)),
        section('Actors', h('span', { class: 'count' }, String(new Set(d.mentions.map((m) => m.actor)).size)), actors(d.mentions)),
      ),
    ),
  );
  return {
    node,
    title: articleTitle(a),
    keepScroll: at !== null,
    mounted() {
      if (at === null) return;
      const anchor = document.getElementById(`at-${at}`);
      if (!anchor) return;
      const sentence = [...body.querySelectorAll('.m-evidence')].find((el) => Number(el.dataset.start) === at);
      (sentence ?? anchor).classList.add('focus');
      (sentence ?? anchor).scrollIntoView({ block: 'center' });
    },
  };
}

function toggle(kind, label, body) {
  return h(
    'label',
    { class: 'toggle' },
    h('input', { type: 'checkbox', checked: true, 'data-toggle': kind, onchange: (e) => body.classList.toggle(`hide-${kind}`, !e.target.checked) }),
    h('span', { class: `sw m-${kind}` }),
    label,
  );
}

/**
 * The clean text with one element per mark (a mark that crosses the end of another is continued in
 * a second element with the same data-mark), removed text where it was, and an anchor at `at`.
 */
function text(d, at) {
  const t = d.text;
  const root = h('div', { class: 'text', 'data-length': t.length });
  const marks = d.marks.map((m, i) => ({ ...m, i }));
  const starts = new Map();
  const ends = new Map();
  const points = new Set([0, t.length]);
  for (const m of marks) {
    (starts.get(m.start) ?? starts.set(m.start, []).get(m.start)).push(m);
    (ends.get(m.end) ?? ends.set(m.end, []).get(m.end)).push(m);
    points.add(m.start).add(m.end);
  }
  const removedAt = new Map();
  for (const r of d.removed) {
    (removedAt.get(r.at) ?? removedAt.set(r.at, []).get(r.at)).push(r);
    points.add(r.at);
  }
  if (at !== null && at <= t.length) points.add(at);
  const sorted = [...points].filter((p) => p >= 0 && p <= t.length).sort((x, y) => x - y);
  const stack = []; // [{m, el}]
  const top = () => (stack.length ? stack[stack.length - 1].el : root);
  const open = (m, cont) => {
    const el = h('span', {
      class: ['mk', `m-${m.kind}`, cont ? 'cont' : null],
      'data-mark': m.i,
      'data-kind': m.kind,
      'data-ref': m.ref,
      'data-start': m.start,
      'data-end': m.end,
      title: `${KINDS[m.kind]}: ${m.label ?? ''}`,
      onclick: (e) => {
        e.stopPropagation();
        if (m.kind === 'actor' && m.ref) go(`/actor/${enc(m.ref)}`);
        else if (m.kind === 'trigger' || m.kind === 'evidence') go(`/event/${enc(m.ref)}`);
      },
    });
    top().append(el);
    stack.push({ m, el });
  };
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k];
    for (const m of ends.get(p) ?? []) {
      const idx = stack.findIndex((x) => x.m === m);
      if (idx < 0) continue;
      const above = stack.splice(idx).slice(1).map((x) => x.m).filter((x) => x.end !== p);
      for (const again of above) open(again, true);
    }
    if (at === p) top().append(h('span', { id: `at-${at}`, class: 'at-anchor' }));
    for (const r of removedAt.get(p) ?? []) top().append(removed(r));
    for (const m of (starts.get(p) ?? []).sort((x, y) => y.end - x.end)) open(m, false);
    const next = sorted[k + 1];
    if (next !== undefined && next > p) top().append(t.slice(p, next));
  }
  return root;
}

function removed(r) {
  const body = h('span', { class: 'removed-text' }, r.text);
  const el = h(
    'span',
    { class: 'removed', 'data-rule': r.rule, title: `removed by ${r.rule} (raw ${r.start}–${r.end})` },
    h(
      'button',
      {
        type: 'button',
        class: 'removed-tab',
        onclick: (e) => {
          e.stopPropagation();
          el.classList.toggle('open');
        },
      },
      `removed · ${r.rule} · ${r.text.length} chars`,
    ),
    body,
  );
  return el;
}

function metadata(a) {
  const rows = [
    ['id', h('code', null, a.id)],
    ['source', a.url ? out(a.url) : a.source],
    ['published', [a.published ?? '—', a.published_from ? ` (${a.published_from})` : '']],
    ['agency', a.agency],
    ['dateline', [a.dateline ?? '', a.dateline_date ? ` (${a.dateline_date})` : '']],
    ['site', a.site_name],
    ['author', a.author],
    ['format', `${a.format ?? ''} · ${a.charset ?? ''} · ${a.raw_size ?? 0} bytes`],
    ['folded chars', a.folded_chars],
    ['status', a.status + (a.error ? `: ${a.error}` : '')],
    ['sha256', h('code', { class: 'hash' }, a.sha256 ?? '')],
    ['ingested', a.ingested_at],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('dl', { class: 'meta' }, rows.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v))));
}

function events(list) {
  if (!list.length) return empty('No event.');
  return h(
    'ul',
    { class: 'side-list' },
    list.map((e) => h('li', null, code(e), ' ', date(e.date, e.date_precision), h('div', null, party(e.source), ' → ', party(e.target)), h('div', { class: 'small' }, nav(`/event/${enc(e.cluster)}`, `“${e.trigger?.text ?? ''}”`)))),
  );
}

function quotes(list) {
  if (!list.length) return empty('No quote.');
  return h(
    'ul',
    { class: 'side-list' },
    list.map((q) => h('li', { class: 'quote-item' }, h('div', null, party(q.speaker), q.cue ? h('span', { class: 'muted' }, ` ${q.cue}`) : null, q.direct ? null : h('span', { class: 'tag dim' }, 'indirect')), h('q', null, q.text))),
  );
}

function actors(mentions) {
  const by = new Map();
  for (const m of mentions) {
    const x = by.get(m.actor) ?? { id: m.actor, name: m.name, kind: m.kind, n: 0, texts: new Set() };
    x.n++;
    x.texts.add(m.text);
    by.set(m.actor, x);
  }
  if (!by.size) return empty('No actor.');
  return table(
    ['Actor', 'As', 'n'],
    [...by.values()].sort((x, y) => y.n - x.n).map((x) => h('tr', null, h('td', null, x.id ? nav(`/actor/${enc(x.id)}`, x.name ?? x.id) : x.name), h('td', { class: 'wrap' }, [...x.texts].join(' · ')), h('td', { class: 'num' }, String(x.n)))),
  );
}
