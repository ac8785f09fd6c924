// /event/{cluster}: one real-world event, its best date and the conflicting ones, each report's
// wording of it side by side, and every report with the evidence sentence and the trigger
// highlighted.
import { h, nav, enc, out, section, empty, qs } from '../dom.js';
import { get } from '../api.js';
import { party, code, date, shownDate, articleTitle, count, QUAD } from '../fmt.js';
import { exports } from './lists.js';
import { wordingSection } from './wording.js';

export async function eventView(id) {
  const [{ cluster: c, reports }, wording] = await Promise.all([
    get(`/api/clusters/${enc(id)}`),
    get(`/api/clusters/${enc(id)}/framing`).catch((e) => e), // its failure is the section's, not the page's
  ]);
  const node = h(
    'div',
    { class: 'view event-view' },
    h(
      'div',
      { class: 'head' },
      h('div', { class: 'kicker' }, code(c), ` ${QUAD[c.quad_class] ?? ''} · Goldstein ${c.goldstein}`),
      h('h1', null, party(c.source), h('span', { class: 'arrow' }, ' → '), party(c.target)),
      h(
        'dl',
        { class: 'facts' },
        fact('Best date', h('span', { 'data-field': 'date' }, date(c.date, c.date_precision))),
        fact('Conflicting', c.conflicting_dates?.length ? h('span', { 'data-field': 'conflicting' }, c.conflicting_dates.map((d, i) => h('span', { class: 'tag warn' }, shownDate(d, c.conflicting_precisions?.[i])))) : h('span', { class: 'muted' }, 'none')),
        fact('Where', c.location?.name ?? '—'),
        fact('Reports', `${count(c.mentions, 'mention')} in ${count(c.articles, 'article')}`),
        fact('First / last report', `${c.first_report ?? '?'} / ${c.last_report ?? '?'}`),
        fact('Sources', (c.sources ?? []).length ? (c.sources ?? []).map((x) => h('span', { class: 'tag' }, x)) : '—'),
      ),
    ),
    wordingSection(wording),
    section(
      'Reports',
      [h('span', { class: 'count' }, String(reports.length)), ...exports('/api/events', { cluster: c.cluster })],
      reports.length ? h('div', { class: 'reports' }, reports.map(report)) : empty('No report.'),
    ),
  );
  return { node, title: `${c.plover?.type ?? c.cameo} ${shownDate(c.date, c.date_precision) ?? ''}` };
}

function fact(label, value) {
  return h('div', null, h('dt', null, label), h('dd', null, value));
}

function report(r) {
  const e = r.event;
  const a = r.article;
  const at = `/article/${enc(e.article)}${qs({ at: r.at })}#at-${r.at}`;
  return h(
    'article',
    { class: 'report', 'data-event': e.id },
    h(
      'header',
      null,
      h('div', { class: 'r-title' }, nav(at, articleTitle(a))),
      h('div', { class: 'r-meta' }, [a?.site_name ?? a?.agency, a?.published, a?.dateline].filter(Boolean).join(' · '), ' ', a?.url ? out(a.url, 'original') : null),
    ),
    h('blockquote', { class: 'evidence' }, sentence(r)),
    h(
      'dl',
      { class: 'r-facts' },
      fact('Date', [date(e.date, e.date_precision), e.date_text ? h('span', { class: 'muted' }, ` “${e.date_text}” (${e.date_basis})`) : null]),
      fact('Code', code(e)),
      fact('Source → target', [party(e.source), ' → ', party(e.target)]),
      e.modality && e.modality !== 'asserted' ? fact('Modality', h('span', { class: 'tag warn' }, e.modality)) : null,
      e.reported_by?.length ? fact('Reported by', e.reported_by.join(' ← ')) : null,
      e.link ? fact('Joined by', `${e.link.evidence} (${Number(e.link.score).toFixed(2)})`) : null,
      fact('Rule', h('code', null, e.rule ?? '')),
    ),
    h('footer', null, nav(at, 'Open the article at this sentence →')),
  );
}

function sentence(r) {
  const text = r.sentence ?? r.event.evidence?.text ?? '';
  if (!r.sentence) return h('span', { class: 'muted' }, 'sentence not available');
  if (r.trigger_start < 0) return text;
  return [text.slice(0, r.trigger_start), h('mark', { class: 'trigger' }, text.slice(r.trigger_start, r.trigger_end)), text.slice(r.trigger_end)];
}
