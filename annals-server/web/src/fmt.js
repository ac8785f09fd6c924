// Small pieces shown on several views: actors, event codes, dates.
import { h, nav, enc } from './dom.js';

export const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

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

export function date(d, precision) {
  if (!d) return h('span', { class: 'muted' }, 'undated');
  return h('time', { datetime: d, title: precision ? `precision: ${precision}` : null }, d);
}

export function articleTitle(a) {
  return a?.title || a?.source || a?.id || '?';
}

export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many ?? one + 's'}`;
}
