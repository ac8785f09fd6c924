// Cytoscape for contact networks: actors as nodes, one edge per (source, target, type).
import cytoscape from 'cytoscape';

const QCOL = { 1: '#3b7dd8', 2: '#1f9d6b', 3: '#e08a1e', 4: '#c8372d', 0: '#888' };

/** Cytoscape elements from the API's network JSON; labels are data, drawn on canvas as text. */
export function elements(net) {
  const nodes = net.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name ?? n.id, kind: n.kind ?? '', country: n.country ?? '', sector: n.sector ?? '' } }));
  const edges = net.edges.map((e) => ({
    group: 'edges',
    data: {
      id: `${e.source}|${e.target}|${e.type}`,
      source: e.source,
      target: e.target,
      type: e.type ?? '',
      quad: e.quad_class ?? 0,
      count: e.count ?? 1,
      dates: (e.dates ?? []).join(' '),
      clusters: e.clusters ?? [],
      color: QCOL[e.quad_class ?? 0],
    },
  }));
  return [...nodes, ...edges];
}

export function graph(container, net, opts = {}) {
  const cy = cytoscape({
    container,
    elements: elements(net),
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 10,
          'font-family': 'system-ui, sans-serif',
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': 120,
          'background-color': '#4b5d73',
          width: 'mapData(degree, 0, 12, 12, 34)',
          height: 'mapData(degree, 0, 12, 12, 34)',
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      { selector: 'node[kind = "organization"], node[kind = "org"]', style: { shape: 'round-rectangle', 'background-color': '#6b5b95' } },
      { selector: 'node[kind = "country"], node[kind = "location"]', style: { shape: 'diamond', 'background-color': '#5a7d5a' } },
      { selector: 'node.focus', style: { 'background-color': '#d94f04', 'border-color': '#1d2733', 'border-width': 2 } },
      { selector: 'node.expanded', style: { 'border-color': '#d94f04', 'border-width': 2 } },
      { selector: 'node:selected', style: { 'overlay-color': '#d94f04', 'overlay-opacity': 0.15 } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(count, 1, 10, 1.2, 6)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          opacity: 0.8,
          label: opts.edgeLabels ? 'data(type)' : '',
          'font-size': 8,
          color: '#5c6b7a',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge:selected', style: { opacity: 1, width: 5 } },
    ],
    layout: { name: 'grid' },
  });
  degrees(cy);
  layout(cy);
  return cy;
}

export function degrees(cy) {
  cy.nodes().forEach((n) => n.data('degree', n.degree(false)));
}

export function layout(cy) {
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: 80000, idealEdgeLength: 120, nodeOverlap: 40, componentSpacing: 90, gravity: 0.4, numIter: 1500, padding: 30, randomize: false, fit: true }).run();
  // a graph of two or three nodes is not drawn at giant size
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
}

/** Adds what is new in net; returns how many nodes were added. */
export function merge(cy, net) {
  const fresh = elements(net).filter((el) => cy.getElementById(el.data.id).empty());
  cy.add(fresh.filter((el) => el.group === 'nodes'));
  cy.add(fresh.filter((el) => el.group === 'edges' && !cy.getElementById(el.data.source).empty() && !cy.getElementById(el.data.target).empty()));
  degrees(cy);
  return fresh.filter((el) => el.group === 'nodes').length;
}

/** GraphML of what the graph shows now, written through the XML DOM (escaping is the DOM's). */
export function graphml(cy) {
  const NS = 'http://graphml.graphdrawing.org/xmlns';
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const keys = [['name', 'node'], ['kind', 'node'], ['country', 'node'], ['type', 'edge'], ['quad_class', 'edge'], ['count', 'edge'], ['dates', 'edge']];
  for (const [k, f] of keys) {
    const key = doc.createElementNS(NS, 'key');
    key.setAttribute('id', k);
    key.setAttribute('for', f);
    key.setAttribute('attr.name', k);
    key.setAttribute('attr.type', k === 'count' || k === 'quad_class' ? 'int' : 'string');
    root.append(key);
  }
  const g = doc.createElementNS(NS, 'graph');
  g.setAttribute('edgedefault', 'directed');
  root.append(g);
  const datum = (el, k, v) => {
    const d = doc.createElementNS(NS, 'data');
    d.setAttribute('key', k);
    d.textContent = String(v ?? '');
    el.append(d);
  };
  cy.nodes().forEach((n) => {
    const el = doc.createElementNS(NS, 'node');
    el.setAttribute('id', n.id());
    datum(el, 'name', n.data('label'));
    datum(el, 'kind', n.data('kind'));
    datum(el, 'country', n.data('country'));
    g.append(el);
  });
  cy.edges().forEach((e) => {
    const el = doc.createElementNS(NS, 'edge');
    el.setAttribute('source', e.data('source'));
    el.setAttribute('target', e.data('target'));
    datum(el, 'type', e.data('type'));
    datum(el, 'quad_class', e.data('quad'));
    datum(el, 'count', e.data('count'));
    datum(el, 'dates', e.data('dates'));
    g.append(el);
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}

/** Offers a blob as a file to save. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
