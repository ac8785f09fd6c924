// /timeline?actor=A&actor=B&from=&to=&type=: one lane per actor.
import { h, nav, enc, section, empty, qs, table } from '../dom.js';
import { get, ploverTypes } from '../api.js';
import { timelineChart } from '../chart.js';
import { typeSelect, party, code, date, shownDate } from '../fmt.js';
import { go } from '../main.js';
import { exports } from './lists.js';

export async function timelineView(q) {
  const actors = q.getAll('actor').filter((a) => a.trim());
  const f = { from: q.get('from') ?? '', to: q.get('to') ?? '', type: q.get('type') ?? '' };
  const types = await ploverTypes();
  const form = h(
    'form',
    { class: 'filters', onsubmit: (e) => submit(e) },
    h('label', null, 'Actors (one per line)', h('textarea', { name: 'actors', rows: 2, placeholder: 'name or id' }, actors.join('\n'))),
    h('label', null, 'From', h('input', { type: 'date', name: 'from', value: f.from })),
    h('label', null, 'To', h('input', { type: 'date', name: 'to', value: f.to })),
    h('label', null, 'PLOVER type', typeSelect(types, f.type)),
    h('button', { type: 'submit' }, 'Show'),
  );
  function submit(e) {
    e.preventDefault();
    const d = new FormData(form);
    const list = String(d.get('actors')).split('\n').map((x) => x.trim()).filter(Boolean);
    go(`/timeline${qs({ actor: list, from: d.get('from'), to: d.get('to'), type: d.get('type') })}`);
  }
  if (!actors.length) {
    const top = await get('/api/actors?limit=8');
    return {
      node: h(
        'div',
        { class: 'view timeline-view' },
        form,
        section('Timeline', null, empty('Name one or more actors.'), h('p', null, 'Most mentioned: ', top.items.map((a, i) => [i ? ' · ' : '', nav(`/timeline${qs({ actor: a.id })}`, a.name)])), top.items.length > 1 ? h('p', null, nav(`/timeline${qs({ actor: top.items.slice(0, 3).map((a) => a.id) })}`, 'Compare the first three')) : null),
      ),
      title: 'Timeline',
    };
  }
  const tl = await get(`/api/timeline${qs({ actor: actors, ...f })}`);
  const node = h(
    'div',
    { class: 'view timeline-view' },
    form,
    section('Timeline', h('span', { class: 'count' }, `${tl.lanes.length} lanes · ${tl.lanes.reduce((n, l) => n + l.clusters.length, 0)} events`), timelineChart(tl.lanes)),
    tl.lanes.map((l) =>
      section(
        l.name ?? l.actor,
        [h('span', { class: 'count' }, String(l.clusters.length)), nav(`/network${qs({ actor: l.actor, ...f })}`, 'network'), ...exports('/api/events', { actor: l.actor, ...f })],
        l.clusters.length
          ? table(
              ['Date', 'Type', 'Source', 'Target', 'Reports', 'Sources', ''],
              l.clusters.map((c) => h('tr', { class: 'cluster-row', 'data-cluster': c.cluster }, h('td', { class: 'nowrap' }, date(c.date, c.date_precision), c.conflicting_dates?.length ? h('span', { class: 'tag warn', title: c.conflicting_dates.map((d, i) => shownDate(d, c.conflicting_precisions?.[i])).join(', ') }, `+${c.conflicting_dates.length}`) : null), h('td', null, code(c)), h('td', null, party(c.source)), h('td', null, party(c.target)), h('td', { class: 'num' }, String(c.mentions)), h('td', { class: 'wrap' }, (c.sources ?? []).join(', ')), h('td', null, nav(`/event/${enc(c.cluster)}`, 'open')))),
              { 'data-list': 'clusters' },
            )
          : empty('No event.'),
      ),
    ),
  );
  return { node, title: `Timeline: ${tl.lanes.map((l) => l.name ?? l.actor).join(', ')}` };
}
