// "/" lists the store; "/?q=" and "/search?q=" search actors, events and articles at once.
import { h, section, nav, enc, qs } from '../dom.js';
import { get } from '../api.js';
import { actorTable, eventTable, articleTable, exports, pager } from './lists.js';

export async function home(q) {
  const words = q.get('q')?.trim();
  return words ? search(words) : overview(q);
}

async function search(words) {
  const r = await get(`/api/search${qs({ q: words, limit: 50 })}`);
  const node = h(
    'div',
    { class: 'view search-view' },
    h('h1', null, 'Search ', h('q', null, words)),
    h('p', { class: 'sub' }, `${r.actors.total} actors · ${r.events.total} events · ${r.articles.total} articles`),
    section('Actors', [h('span', { class: 'count' }, String(r.actors.total)), ...exports('/api/actors', { q: words }, r.actors)], actorTable(r.actors.items)),
    section(
      'Events',
      [h('span', { class: 'count' }, String(r.events.total)), nav(`/timeline${qs({ actor: words })}`, 'timeline'), nav(`/network${qs({ actor: words })}`, 'network'), ...exports('/api/events', { actor: words }, r.events)],
      eventTable(r.events.items),
    ),
    section('Articles', [h('span', { class: 'count' }, String(r.articles.total)), ...exports('/api/articles', { q: words }, r.articles)], articleTable(r.articles.items)),
  );
  return { node, title: `Search: ${words}` };
}

async function overview(q) {
  const aoff = q.get('aoff') ?? 0;
  const eoff = q.get('eoff') ?? 0;
  const [articles, events, actors] = await Promise.all([
    get(`/api/articles${qs({ limit: 25, offset: aoff })}`),
    get(`/api/events${qs({ limit: 25, offset: eoff })}`),
    get(`/api/actors${qs({ limit: 25 })}`),
  ]);
  const node = h(
    'div',
    { class: 'view overview' },
    h('div', { class: 'stats' }, stat(articles.total, 'articles'), stat(events.total, 'event reports'), stat(actors.total, 'actors')),
    section('Events', [pager(events, 'eoff'), ...exports('/api/events', {}, events)], eventTable(events.items)),
    h(
      'div',
      { class: 'cols' },
      section('Articles', [pager(articles, 'aoff'), ...exports('/api/articles', {}, articles)], articleTable(articles.items)),
      section('Actors', [h('span', { class: 'count' }, String(actors.total)), ...exports('/api/actors', {}, actors)], actorTable(actors.items)),
    ),
  );
  return { node, title: null };
}

function stat(n, label) {
  return h('div', { class: 'stat' }, h('b', null, String(n)), h('span', null, label));
}

export { enc };
