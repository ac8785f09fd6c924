// Small pieces shown on several views: actors, event codes, dates.
import { h, nav, enc } from './dom.js';

export const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/** The PLOVER type filter: 'any' and the server's types (ploverTypes() of api.js), one selected. */
export function typeSelect(types, selected) {
  return h('select', { name: 'type', 'data-field': 'type' }, h('option', { value: '' }, 'any'), types.map((t) => h('option', { value: t, selected: (selected ?? '').toUpperCase() === t }, t)));
}

/** An event's source or target: the actor's page when it was resolved, else its words. */
export function party(p) {
  if (!p) return h('span', { class: 'muted' }, '—');
  const name = p.name ?? p.text ?? p.actor ?? '?';
  const label = [name, p.country ? h('span', { class: 'cc' }, p.country) : null];
  return p.actor ? nav(`/actor/${enc(p.actor)}`, label) : h('span', { class: 'unresolved', title: 'not resolved to an actor' }, label);
}

export function code(e) {
  const t = e.plover?.type;
  return h(
    'span',
    { class: ['code', `q${e.quad_class ?? 0}`], title: `CAMEO ${e.cameo} · ${QUAD[e.quad_class] ?? ''} · Goldstein ${e.goldstein ?? ''}` },
    t ? h('b', null, t) : null,
    h('span', { class: 'cameo' }, e.cameo ?? ''),
  );
}

/**
 * A stored date (a full ISO day) as it is known: "2020" for a year, "2020-03" for a month, the ISO
 * week "2020-W10" for a week, else the day. A year is stored as its first day; shown so it would
 * claim a day nobody reported.
 */
export function shownDate(d, precision) {
  if (!d || d.length < 10) return d;
  if (precision === 'year') return d.slice(0, 4);
  if (precision === 'month') return d.slice(0, 7);
  if (precision === 'week') {
    const t = new Date(`${d.slice(0, 10)}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7)); // the Thursday of its ISO week
    const week = Math.ceil(((t - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
    return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
  }
  return d;
}

export function date(d, precision) {
  if (!d) return h('span', { class: 'muted' }, 'undated');
  const shown = shownDate(d, precision);
  return h('time', { datetime: shown, 'data-precision': precision, title: precision ? `precision: ${precision}` : null }, shown);
}

export function articleTitle(a) {
  return a?.title || a?.source || a?.id || '?';
}

export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many ?? one + 's'}`;
}
