// The tables of actors, events and articles that several views show.
import { h, nav, enc, table, empty, download, qs } from '../dom.js';
import { party, code, date, articleTitle } from '../fmt.js';

export function actorRows(items) {
  return items.map((a) =>
    h(
      'tr',
      { class: 'actor-row', 'data-id': a.id },
      h('td', null, nav(`/actor/${enc(a.id)}`, a.name)),
      h('td', null, a.kind ?? ''),
      h('td', null, a.country ?? ''),
      h('td', { class: 'wrap' }, (a.aliases ?? []).filter((x) => x !== a.name).join(' · ')),
      h('td', { class: 'wrap' }, (a.roles ?? []).map((r) => [r.title, r.of].filter(Boolean).join(', ')).join('; ')),
      h('td', { class: 'num' }, String(a.mentions ?? 0)),
      h('td', null, a.known ? h('span', { class: 'tag' }, 'known') : h('span', { class: 'tag dim' }, 'found')),
    ),
  );
}

export function actorTable(items) {
  if (!items.length) return empty('No actor.');
  return table(['Actor', 'Kind', 'Country', 'Also named', 'Roles', 'Mentions', ''], actorRows(items), { 'data-list': 'actors' });
}

export function eventTable(items, opts = {}) {
  if (!items.length) return empty('No event.');
  const rows = items.map((e) =>
    h(
      'tr',
      { class: ['event-row', e.negated ? 'negated' : null], 'data-id': e.id, 'data-cluster': e.cluster },
      h('td', { class: 'nowrap' }, date(e.date, e.date_precision)),
      h('td', null, code(e)),
      h('td', null, party(e.source)),
      h('td', null, party(e.target)),
      h('td', { class: 'wrap' }, nav(`/event/${enc(e.cluster)}`, e.trigger?.text || 'event'), e.modality && e.modality !== 'asserted' ? h('span', { class: 'tag warn' }, e.modality) : null),
      h('td', null, e.location?.name ?? ''),
      opts.article === false ? null : h('td', { class: 'wrap' }, nav(`/article/${enc(e.article)}`, e.article)),
    ),
  );
  const heads = ['Date', 'Type', 'Source', 'Target', 'Trigger', 'Where'];
  if (opts.article !== false) heads.push('Article');
  return table(heads, rows, { 'data-list': 'events' });
}

export function articleTable(items) {
  if (!items.length) return empty('No article.');
  const rows = items.map((a) =>
    h(
      'tr',
      { class: 'article-row', 'data-id': a.id },
      h('td', { class: 'nowrap' }, date(a.published)),
      h('td', { class: 'wrap' }, nav(`/article/${enc(a.id)}`, articleTitle(a))),
      h('td', { class: 'wrap' }, a.site_name ?? a.agency ?? ''),
      h('td', null, a.dateline ?? ''),
      h('td', null, a.status === 'ok' ? h('span', { class: 'tag' }, 'ok') : h('span', { class: 'tag bad', title: a.error ?? '' }, a.status)),
    ),
  );
  return table(['Published', 'Title', 'Outlet', 'Dateline', 'Status'], rows, { 'data-list': 'articles' });
}

/**
 * CSV and JSONL of what a list shows: the endpoint with the view's filters and, for a list shown a
 * page at a time, that page (its limit and offset); else every record the filters keep, up to the
 * API's 1000.
 */
export function exports(endpoint, params, page) {
  const at = page ? { limit: page.limit, offset: page.offset } : { limit: 1000 };
  return [
    download(`${endpoint}${qs({ ...params, ...at, format: 'csv' })}`, 'CSV', 'csv'),
    download(`${endpoint}${qs({ ...params, ...at, format: 'jsonl' })}`, 'JSONL', 'jsonl'),
  ];
}

/** "1–50 of 320" with previous/next links that change one query parameter. */
export function pager(page, param) {
  const { total, limit, offset } = page;
  if (total <= limit && offset === 0) return h('span', { class: 'count' }, `${total}`);
  const link = (off, label) => {
    const q = new URLSearchParams(location.search);
    q.set(param, String(off));
    return nav(`${location.pathname}?${q}`, label);
  };
  return h(
    'span',
    { class: 'pager' },
    offset > 0 ? link(Math.max(0, offset - limit), '‹ prev') : null,
    ` ${offset + 1}–${Math.min(total, offset + limit)} of ${total} `,
    offset + limit < total ? link(offset + limit, 'next ›') : null,
  );
}
