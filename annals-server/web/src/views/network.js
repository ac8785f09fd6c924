// /network?from=&to=&type=&actor=&expand=A&expand=B: the contact network of the events the filter
// keeps; a click on a node shows it, a double click (or "Expand") adds its own contacts, and the
// expanded actors go into the URL so the view can be reproduced.
import { h, nav, enc, section, download, qs, clear } from '../dom.js';
import { get, ploverTypes } from '../api.js';
import { typeSelect, QUAD } from '../fmt.js';
import { graph, merge, layout, graphml, save } from '../graph.js';
import { go } from '../main.js';

export async function networkView(q) {
  const f = { from: q.get('from') ?? '', to: q.get('to') ?? '', type: q.get('type') ?? '', actor: q.get('actor') ?? '' };
  const expand = q.getAll('expand');
  const [net, types] = await Promise.all([get(`/api/network${qs(f)}`), ploverTypes()]);
  const extra = await Promise.all(expand.map((a) => get(`/api/network${qs({ ...f, actor: a })}`)));
  const box = h('div', { class: 'cy big', 'data-graph': 'network' });
  const info = h('div', { class: 'node-info' }, h('p', { class: 'muted' }, 'Click a node to see it; double-click to expand from it.'));
  const counts = h('span', { class: 'count', 'data-field': 'counts' });
  const input = (name, type, label, attrs) => h('label', null, label, h('input', { name, type, value: f[name], ...attrs }));
  const form = h(
    'form',
    { class: 'filters', onsubmit: (e) => submit(e) },
    input('from', 'date', 'From'),
    input('to', 'date', 'To'),
    h('label', null, 'PLOVER type', typeSelect(types, f.type)),
    input('actor', 'text', 'Around actor', { placeholder: 'name or id' }),
    h('button', { type: 'submit' }, 'Apply'),
    nav('/network', 'Reset'),
  );
  function submit(e) {
    e.preventDefault();
    const data = new FormData(form);
    go(`/network${qs({ from: data.get('from'), to: data.get('to'), type: data.get('type'), actor: data.get('actor') })}`);
  }
  let cy = null;
  const png = h('button', { type: 'button', class: 'btn', 'data-export': 'png', onclick: async () => save(await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }), 'annals-network.png') }, 'PNG');
  const gml = h('button', { type: 'button', class: 'btn', 'data-export': 'graphml-shown', title: 'the graph as shown, with expansions', onclick: () => save(new Blob([graphml(cy)], { type: 'application/graphml+xml' }), 'annals-network-shown.graphml') }, 'GraphML (shown)');
  const node = h(
    'div',
    { class: 'view network-view' },
    form,
    h(
      'div',
      { class: 'net' },
      section(
        'Contact network',
        [counts, download(`/api/network${qs({ ...f, format: 'graphml' })}`, 'GraphML (filter)', 'graphml'), gml, png, h('button', { type: 'button', class: 'btn', onclick: () => layout(cy) }, 'Re-layout')],
        box,
        h('div', { class: 'legend' }, [1, 2, 3, 4].map((k) => h('span', null, h('i', { class: `sw q${k}` }), QUAD[k])), h('span', { class: 'muted' }, 'edge width: events')),
      ),
      h('aside', { class: 'side' }, section('Selection', null, info)),
    ),
  );
  const show = () => {
    counts.textContent = `${cy.nodes().length} actors · ${cy.edges().length} links`;
  };
  const expandFrom = async (id) => {
    const more = await get(`/api/network${qs({ ...f, actor: id })}`);
    const added = merge(cy, more);
    cy.getElementById(id).addClass('expanded');
    if (added) layout(cy);
    show();
    const u = new URL(location.href);
    if (!u.searchParams.getAll('expand').includes(id)) u.searchParams.append('expand', id);
    history.replaceState(null, '', u.pathname + u.search);
  };
  const select = (n) => {
    const edges = n.connectedEdges();
    clear(info).append(
      h('h3', null, n.data('label')),
      h('div', { class: 'muted' }, [n.data('kind'), n.data('country'), n.data('sector')].filter(Boolean).join(' · ')),
      h('div', { class: 'actions' }, nav(`/actor/${enc(n.id())}`, 'Actor page'), nav(`/timeline${qs({ actor: n.id() })}`, 'Timeline'), h('button', { type: 'button', class: 'btn', 'data-action': 'expand', onclick: () => expandFrom(n.id()) }, 'Expand')),
      h(
        'ul',
        { class: 'side-list' },
        edges.map((e) => {
          const other = e.source().id() === n.id() ? e.target() : e.source();
          const dir = e.source().id() === n.id() ? '→' : '←';
          const cl = e.data('clusters')[0];
          return h('li', null, h('span', { class: `code q${e.data('quad')}` }, h('b', null, e.data('type'))), ` ${dir} `, other.data('label'), h('span', { class: 'muted' }, ` ×${e.data('count')} `), cl ? nav(`/event/${enc(cl)}`, e.data('dates') || 'event') : null);
        }),
      ),
    );
  };
  return {
    node,
    title: 'Network',
    mounted() {
      cy = graph(box, net);
      for (const x of extra) merge(cy, x);
      for (const a of expand) cy.getElementById(a).addClass('expanded');
      if (f.actor) cy.getElementById(f.actor).addClass('focus');
      if (extra.length) layout(cy);
      show();
      cy.on('tap', 'node', (e) => select(e.target));
      cy.on('dbltap', 'node', (e) => expandFrom(e.target.id()));
      window.__annalsCy = cy; // the browser tests read the graph
    },
    cleanup: () => cy?.destroy(),
  };
}
