// /actor/{id}: every name, dated roles with their source, how each outlet frames it, a timeline of
// its events, its contact neighbourhood and its events.
import { h, nav, enc, out, section, table, empty, download, qs } from '../dom.js';
import { get } from '../api.js';
import { timelineChart } from '../chart.js';
import { graph } from '../graph.js';
import { go } from '../main.js';
import { eventTable, exports } from './lists.js';
import { framingOf, framingSection, framingTop } from './framing.js';

export async function actorView(id, q) {
  const top = framingTop(q);
  const [a, tl, events, net, framing] = await Promise.all([
    get(`/api/actors/${enc(id)}`),
    get(`/api/timeline${qs({ actor: id })}`),
    get(`/api/events${qs({ actor: id, limit: 200 })}`),
    get(`/api/network${qs({ actor: id })}`),
    framingOf(id, top),
  ]);
  const names = [a.name, ...(a.aliases ?? []).filter((n) => n !== a.name)];
  const box = h('div', { class: 'cy small', 'data-graph': 'neighbourhood' });
  const node = h(
    'div',
    { class: 'view actor-view' },
    h(
      'div',
      { class: 'head' },
      h('div', { class: 'kicker' }, [a.kind, a.country, ...(a.sectors ?? [])].filter(Boolean).join(' · '), a.known ? h('span', { class: 'tag' }, 'in knowledge base') : h('span', { class: 'tag dim' }, 'found in text')),
      h('h1', { 'data-field': 'name' }, a.name),
      h('div', { class: 'sub' }, `${a.mentions} mentions in ${(a.articles ?? []).length} articles · id `, h('code', null, a.id)),
      h('div', { class: 'actions' }, nav(`/timeline${qs({ actor: a.id })}`, 'Timeline'), nav(`/network${qs({ actor: a.id })}`, 'Network'), nav(`/search${qs({ q: a.name })}`, 'Search name')),
    ),
    h(
      'div',
      { class: 'cols' },
      section('Names', h('span', { class: 'count' }, String(names.length)), h('ul', { class: 'names', 'data-list': 'names' }, names.map((n) => h('li', null, n)))),
      section('Roles', h('span', { class: 'count' }, String((a.roles ?? []).length)), roles(a.roles ?? [])),
    ),
    framingSection(a.id, framing, top),
    section(
      'Timeline',
      [h('span', { class: 'count' }, `${tl.lanes[0]?.clusters.length ?? 0} events`), ...exports('/api/events', { actor: a.id })],
      tl.lanes[0]?.clusters.length ? timelineChart(tl.lanes.map((l) => ({ ...l, name: a.name }))) : empty('No dated event.'),
    ),
    section(
      'Contact neighbourhood',
      [h('span', { class: 'count' }, `${net.nodes.length} actors · ${net.edges.length} links`), download(`/api/network${qs({ actor: a.id, format: 'graphml' })}`, 'GraphML')],
      net.nodes.length ? box : empty('No contact.'),
    ),
    section('Events', [h('span', { class: 'count' }, `${events.total}`), ...exports('/api/events', { actor: a.id }, events)], eventTable(events.items)),
  );
  let cy = null;
  return {
    node,
    title: a.name,
    mounted() {
      if (!net.nodes.length) return;
      cy = graph(box, net);
      cy.getElementById(a.id).addClass('focus');
      cy.on('tap', 'node', (e) => e.target.id() !== a.id && go(`/actor/${enc(e.target.id())}`));
    },
    cleanup: () => cy?.destroy(),
  };
}

function roles(list) {
  if (!list.length) return empty('No role known.');
  const rows = list.map((r) =>
    h(
      'tr',
      { class: 'role-row' },
      h('td', null, r.title ?? ''),
      h('td', null, r.of ?? ''),
      h('td', null, r.sector ?? ''),
      h('td', { class: 'nowrap' }, r.from ?? '…'),
      h('td', { class: 'nowrap' }, r.to ?? '…'),
      h('td', { class: 'wrap' }, roleSource(r)),
    ),
  );
  return table(['Title', 'Of', 'Sector', 'From', 'To', 'Source'], rows, { 'data-list': 'roles' });
}

function roleSource(r) {
  if (r.article) return nav(`/article/${enc(r.article)}`, r.source ?? r.article);
  if (!r.source) return '';
  return /^https?:/i.test(r.source) ? out(r.source) : r.source;
}
