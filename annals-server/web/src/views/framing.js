// The actor page's Framing section: how each outlet names the actor, one card per outlet side by
// side (its labels and names with counts, quoted counts, loaded terms and an example sentence
// each). ?ftop=N asks for more of each outlet's words; "More" raises it in place.
import { h, enc, qs, clear, section, empty } from '../dom.js';
import { get } from '../api.js';
import { count } from '../fmt.js';
import { OUTLET_FROM, classCounts, terms, example } from '../framing.js';

const FIRST_TOP = 5;
const MAX_TOP = 1000;

/** The ?ftop= of the page's URL, or the first number asked. */
export function framingTop(q) {
  const n = Number(q?.get('ftop'));
  return Number.isInteger(n) && n >= 1 && n <= MAX_TOP ? n : FIRST_TOP;
}

/** The framing answer for one actor, or the failure (shown in the section, not the whole page). */
export function framingOf(id, top) {
  return get(`/api/actors/${enc(id)}/framing${qs({ top })}`).catch((e) => e);
}

/** The section, drawn from a first answer; "More" fetches with a larger top and redraws it. */
export function framingSection(id, first, top) {
  const counter = h('span', { class: 'count' });
  const more = h('button', { type: 'button', class: 'btn', 'data-action': 'framing-more' }, 'More words per outlet');
  const body = h('div', { class: 'framing-body' });
  let shown = top;
  const draw = (f) => {
    clear(body);
    if (f instanceof Error) {
      counter.textContent = '';
      more.hidden = true;
      body.append(h('p', { class: 'error' }, `Cannot show the framing: ${f.message}`));
      return;
    }
    const outlets = f.outlets ?? [];
    counter.textContent = count(outlets.length, 'outlet');
    // more to see only where some outlet filled its quota
    more.hidden = shown >= MAX_TOP || !outlets.some((o) => (o.labels ?? []).length >= shown || (o.names ?? []).length >= shown);
    body.dataset.top = String(shown);
    body.append(
      h('p', { class: 'framing-note' }, 'How each outlet names ', h('b', null, f.name ?? id), ': the labels it puts around the name and the names it uses, most used first. Class counts are its own words; uses inside quoted words (a speaker’s) are counted apart.'),
      outlets.length ? h('div', { class: 'outlets', 'data-list': 'outlets' }, outlets.map(outletCard)) : empty('No outlet names this actor.'),
    );
  };
  more.addEventListener('click', async () => {
    const next = Math.min(MAX_TOP, shown * 4);
    more.disabled = true;
    const f = await framingOf(id, next);
    more.disabled = false;
    if (!(f instanceof Error)) {
      shown = next;
      const url = new URL(location.href);
      url.searchParams.set('ftop', String(next));
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
    draw(f);
  });
  draw(first);
  return section('Framing', [counter, more], body);
}

function outletCard(o, i) {
  return h(
    'article',
    { class: 'outlet', 'data-index': i, 'data-outlet-from': o.outlet_from },
    h(
      'header',
      null,
      h('h3', { 'data-field': 'outlet' }, o.outlet ?? '?'),
      h('div', { class: 'o-meta' }, h('span', { class: 'tag dim', title: 'what gave the outlet' }, OUTLET_FROM[o.outlet_from] ?? o.outlet_from ?? ''), ' ', h('span', { 'data-field': 'volume' }, `${count(o.articles, 'article')} · ${count(o.mentions, 'mention')}`)),
      classCounts(o.classes),
    ),
    uses('Labels', 'labels', o.labels ?? [], 'No label.'),
    uses('Names', 'names', o.names ?? [], 'No name.'),
  );
}

function uses(title, kind, list, none) {
  return h('div', { class: 'uses', 'data-uses': kind }, h('h4', null, title), list.length ? h('ul', null, list.map(use)) : empty(none));
}

function use(u) {
  const quoted = u.quoted > 0 ? h('span', { class: 'tag quoted', 'data-field': 'quoted', title: 'inside quoted words: a speaker’s, not the outlet’s' }, u.quoted === u.count ? 'quoted' : `${u.quoted} quoted`) : null;
  return h(
    'li',
    { class: 'use', 'data-count': u.count, 'data-quoted': u.quoted },
    h(
      'div',
      { class: 'use-head' },
      h('span', { class: 'use-text', 'data-field': 'text' }, u.text ?? ''),
      h('span', { class: 'use-count', 'data-field': 'count', title: 'times used' }, `×${u.count}`),
      quoted,
      terms(u.terms),
      u.rule ? h('code', { class: 'rule', title: 'what found it' }, u.rule) : null,
    ),
    example(u.example, 'phrase'),
  );
}
