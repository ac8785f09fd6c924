// Pieces of the framing lens shown on the actor and event pages: lexicon classes, terms, and a
// sentence with one phrase marked. Every word here is an article's or a lexicon's: text only.
import { h, nav, enc } from './dom.js';

/** The lexicon's classes, in the order they are shown. */
export const CLASSES = ['illegitimacy', 'legitimacy', 'violence', 'side', 'neutral'];

const ORDER = (c) => (CLASSES.indexOf(c) < 0 ? CLASSES.length : CLASSES.indexOf(c));

/** What gave an outlet its name. */
export const OUTLET_FROM = { agency: 'agency code', site: 'site name', url: 'address host', none: 'no outlet named' };

/** One class with a count: a small coloured badge. */
export function classBadge(cls, n) {
  return h('span', { class: 'fclass', 'data-class': cls, title: n === undefined ? cls : `${n} of its own words carry ${cls}` }, cls, n === undefined ? null : h('b', null, String(n)));
}

/** An outlet's class counts ({class: n}), most first. */
export function classCounts(classes) {
  const list = Object.entries(classes ?? {}).sort(([a, x], [b, y]) => y - x || ORDER(a) - ORDER(b));
  if (!list.length) return h('span', { class: 'muted small', 'data-list': 'classes' }, 'no loaded term in its own words');
  return h('span', { class: 'fclasses', 'data-list': 'classes' }, list.map(([c, n]) => classBadge(c, n)));
}

/** The lexicon terms of some words: each term with its classes, its lexicon line as a tooltip. */
export function terms(list) {
  if (!list?.length) return null;
  return h(
    'span',
    { class: 'terms', 'data-list': 'terms' },
    list.map((t) =>
      h(
        'span',
        { class: 'term', 'data-term': t.term, title: `${t.term}: ${(t.classes ?? []).join(', ')} (${t.entry ?? 'lexicon'})` },
        h('span', { class: 'term-word' }, t.term),
        [...(t.classes ?? [])].sort((a, b) => ORDER(a) - ORDER(b)).map((c) => classBadge(c)),
      ),
    ),
  );
}

/**
 * A sentence (an Example: text, start, end) with [start, end) marked, and a link to its article. A
 * sentence whose text is not stored, or whose offsets do not fit it, is said so or shown unmarked.
 */
export function example(ex, markClass) {
  if (!ex) return null;
  const link = ex.article ? nav(`/article/${enc(ex.article)}`, 'article') : null;
  if (typeof ex.text !== 'string') return h('div', { class: 'example muted' }, 'sentence not stored ', link);
  const t = ex.text;
  const fits = Number.isInteger(ex.start) && Number.isInteger(ex.end) && ex.start >= 0 && ex.start < ex.end && ex.end <= t.length;
  const body = fits ? [t.slice(0, ex.start), h('mark', { class: markClass }, t.slice(ex.start, ex.end)), t.slice(ex.end)] : [t];
  // a window cut out of a long sentence (it starts inside it, in lower case) says so, outside the
  // sentence's own text; its end is not guessed at (a headline ends without a full stop too)
  const cutBefore = /^\p{Ll}/u.test(t) ? h('span', { class: 'cut', title: 'the sentence goes on before' }, '… ') : null;
  return h('div', { class: 'example' }, cutBefore, h('q', { class: 'example-text' }, body), ' ', h('span', { class: 'example-link' }, link));
}
