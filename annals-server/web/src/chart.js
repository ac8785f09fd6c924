// The timeline chart: one lane per actor, one dot per event cluster at its best date, coloured by
// CAMEO quad class and sized by how many reports it has. SVG drawn here, no chart library.
import { s, h } from './dom.js';
import { QUAD, shownDate } from './fmt.js';
import { go } from './main.js';

const W = 1000;
const LEFT = 170;
const RIGHT = 90; // the "undated" column
const LANE = 46;
const TOP = 26;
const DAY = 86400000;

const t = (d) => Date.parse(d + 'T00:00:00Z');

function ticks(min, max) {
  const span = max - min;
  const out = [];
  const d = new Date(min);
  if (span > 3 * 365 * DAY) {
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y++) out.push([Date.UTC(y, 0, 1), String(y)]);
  } else if (span > 75 * DAY) {
    const step = span > 400 * DAY ? 3 : 1;
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); Date.UTC(y, m, 1) <= max; m += step) {
      const at = Date.UTC(y, m, 1);
      out.push([at, new Date(at).toISOString().slice(0, 7)]);
    }
  } else {
    const step = span > 20 * DAY ? 7 : span > 6 * DAY ? 2 : 1;
    for (let at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); at <= max; at += step * DAY) {
      out.push([at, new Date(at).toISOString().slice(0, 10)]);
    }
  }
  return out.filter(([at]) => at >= min && at <= max);
}

function thin(list, x) {
  // labels at least 80 units apart, none under the undated column
  const kept = [];
  for (const tk of list) {
    const px = x(tk[0]);
    if (px < W - RIGHT - 40 && (!kept.length || px - x(kept[kept.length - 1][0]) >= 80)) kept.push(tk);
  }
  return kept;
}

/** lanes: [{name, clusters: [cluster record]}] */
export function timelineChart(lanes) {
  const dated = lanes.flatMap((l) => l.clusters).filter((c) => c.date).map((c) => t(c.date));
  let min = dated.length ? Math.min(...dated) : Date.UTC(2000, 0, 1);
  let max = dated.length ? Math.max(...dated) : min;
  const pad = Math.max(DAY, (max - min) * 0.04);
  min -= pad;
  max += pad;
  const x = (ms) => LEFT + ((ms - min) / (max - min)) * (W - LEFT - RIGHT - 16);
  const height = TOP + lanes.length * LANE + 8;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img', 'aria-label': 'timeline of events' });
  for (const [at, label] of thin(ticks(min, max), x)) {
    svg.append(s('line', { x1: x(at), x2: x(at), y1: TOP - 6, y2: height - 8, class: 'tick' }), s('text', { x: x(at), y: 14, class: 'tick-label' }, label));
  }
  svg.append(s('text', { x: W - RIGHT / 2, y: 14, class: 'tick-label' }, 'undated'));
  lanes.forEach((lane, i) => {
    const y = TOP + i * LANE + LANE / 2;
    svg.append(
      s('rect', { x: 0, y: TOP + i * LANE, width: W, height: LANE, class: i % 2 ? 'lane odd' : 'lane' }),
      s('text', { x: 8, y: y + 4, class: 'lane-label' }, truncate(lane.name ?? lane.actor ?? '?', 24), s('title', null, lane.name ?? lane.actor ?? '')),
    );
    let undated = 0;
    for (const c of lane.clusters) {
      const cx = c.date ? x(t(c.date)) : W - RIGHT / 2 + ((undated++ % 5) - 2) * 9;
      const r = Math.min(14, 3.5 + 2.2 * Math.sqrt(c.mentions ?? 1));
      const what = [c.plover?.type ?? c.cameo, c.source?.name ?? c.source?.text, '→', c.target?.name ?? c.target?.text].filter(Boolean).join(' ');
      const dot = s(
        'circle',
        {
          cx,
          cy: y + (c.date ? 0 : ((undated % 3) - 1) * 7),
          r,
          class: `dot q${c.quad_class ?? 0}`,
          'data-cluster': c.cluster,
          tabindex: 0,
          onclick: () => go(`/event/${encodeURIComponent(c.cluster)}`),
          onkeydown: (e) => e.key === 'Enter' && go(`/event/${encodeURIComponent(c.cluster)}`),
        },
        s('title', null, `${shownDate(c.date, c.date_precision) ?? 'undated'} · ${what} · ${c.mentions} report(s), ${QUAD[c.quad_class] ?? ''}`),
      );
      svg.append(dot);
    }
  });
  return h('div', { class: 'chart-wrap' }, svg, legend());
}

export function legend() {
  return h('div', { class: 'legend' }, [1, 2, 3, 4].map((q) => h('span', null, h('i', { class: `sw q${q}` }), QUAD[q])), h('span', { class: 'muted' }, 'dot size: reports'));
}

function truncate(x, n) {
  return x.length > n ? x.slice(0, n - 1) + '…' : x;
}
