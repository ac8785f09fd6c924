// The event page's Wording section: each report of the event side by side, its outlet and date,
// the word it chose (marked in its sentence) with its loaded terms, its words for the source and
// target, and the labels its sentence puts on the actors.
import { h, nav, enc, section, table, empty } from '../dom.js';
import { date, count } from '../fmt.js';
import { OUTLET_FROM, terms, example } from '../framing.js';

/** The section from /api/clusters/{id}/framing, or the failure to fetch it. */
export function wordingSection(f) {
  if (f instanceof Error) return section('Wording', null, h('p', { class: 'error' }, `Cannot show the wording: ${f.message}`));
  const reports = f.reports ?? [];
  const outlets = new Set(reports.map((r) => r.outlet)).size;
  return section(
    'Wording',
    h('span', { class: 'count' }, `${count(reports.length, 'report')} · ${count(outlets, 'outlet')}`),
    reports.length ? table(['Outlet', 'Published', 'Word', 'Source → target', 'Sentence', 'Labels in the sentence'], reports.map(row), { class: 'grid wording', 'data-list': 'wording' }) : empty('No report.'),
  );
}

function row(r) {
  return h(
    'tr',
    { class: 'wording-row', 'data-event': r.event },
    h('td', { class: 'wrap' }, h('div', { 'data-field': 'outlet' }, r.outlet ?? '?'), h('span', { class: 'tag dim' }, OUTLET_FROM[r.outlet_from] ?? r.outlet_from ?? '')),
    h('td', { class: 'nowrap' }, date(r.published)),
    h('td', null, h('div', { class: 'chosen', 'data-field': 'trigger' }, r.trigger ?? ''), terms(r.trigger_terms), h('div', null, h('code', { class: 'rule', title: 'CAMEO code' }, r.cameo ?? ''))),
    h('td', { class: 'wrap' }, words(r.source), h('span', { class: 'arrow' }, ' → '), words(r.target)),
    h('td', { class: 'wrap sentence-cell' }, example(r.sentence, 'trigger')),
    h('td', { class: 'wrap' }, labels(r.labels ?? [])),
  );
}

function words(w) {
  return w ? h('span', { class: 'words' }, w) : h('span', { class: 'muted' }, '—');
}

function labels(list) {
  if (!list.length) return h('span', { class: 'muted' }, 'none');
  return h(
    'ul',
    { class: 'sentence-labels', 'data-list': 'sentence-labels' },
    list.map((l) => h('li', null, h('span', { class: 'use-text', 'data-field': 'label' }, l.label ?? ''), ' ', h('span', { class: 'muted' }, 'in '), h('q', { 'data-field': 'phrase' }, l.phrase ?? ''), ' ', terms(l.terms), ' ', l.actor ? nav(`/actor/${enc(l.actor)}`, h('code', null, l.actor)) : null)),
  );
}
