// The single-page app: the view follows location.pathname and the query, so every view is a URL.
import { h, clear } from './dom.js';
import { home } from './views/home.js';
import { actorView } from './views/actor.js';
import { eventView } from './views/event.js';
import { articleView } from './views/article.js';
import { networkView } from './views/network.js';
import { timelineView } from './views/timeline.js';

const ROUTES = [
  [/^\/(?:search)?$/, 'home', (m, q) => home(q)],
  [/^\/actor\/([^/]+)$/, 'home', (m, q) => actorView(decodeURIComponent(m[1]), q)],
  [/^\/event\/([^/]+)$/, 'home', (m, q) => eventView(decodeURIComponent(m[1]), q)],
  [/^\/article\/([^/]+)$/, 'home', (m, q) => articleView(decodeURIComponent(m[1]), q)],
  [/^\/network$/, 'network', (m, q) => networkView(q)],
  [/^\/timeline$/, 'timeline', (m, q) => timelineView(q)],
];

let current = null; // the view's cleanup, when it has one (cytoscape instances)
let generation = 0;

export function go(url, replace = false) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

async function render() {
  const mine = ++generation;
  const view = document.getElementById('view');
  const q = new URLSearchParams(location.search);
  document.getElementById('q').value = q.get('q') ?? '';
  if (current) {
    current();
    current = null;
  }
  const route = ROUTES.find(([re]) => re.test(location.pathname));
  for (const a of document.querySelectorAll('[data-tab]')) {
    a.classList.toggle('on', route?.[1] === a.dataset.tab && (route[1] !== 'home' || /^\/(search)?$/.test(location.pathname)));
  }
  clear(view).append(h('p', { class: 'loading' }, 'Loading…'));
  view.dataset.state = 'loading';
  try {
    if (!route) throw new Error(`no page at ${location.pathname}`);
    const shown = await route[2](location.pathname.match(route[0]), q);
    if (mine !== generation) {
      shown?.cleanup?.();
      return;
    }
    clear(view).append(shown.node);
    document.title = shown.title ? `${shown.title} · Annals` : 'Annals';
    current = shown.cleanup ?? null;
    shown.mounted?.();
    if (!shown.keepScroll) window.scrollTo(0, 0);
    performance.mark('annals-view-ready');
    view.dataset.state = 'ready';
  } catch (e) {
    if (mine !== generation) return;
    clear(view).append(h('div', { class: 'error' }, h('h2', null, 'Cannot show this page'), h('p', null, e.message)));
    document.title = 'Error · Annals';
    view.dataset.state = 'error';
  }
}

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest?.('a[data-nav]');
  if (!a) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  go(url.pathname + url.search + url.hash);
});

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('q').value.trim();
    go(q ? `/search?q=${encodeURIComponent(q)}` : '/');
  });
  window.addEventListener('popstate', render);
  render();
});
