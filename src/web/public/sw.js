// @ts-check
/**
 * The page's service worker, served at /sw.js so that it looks after the whole site: it keeps the page's shell (the
 * page, its style, its modules, its manifest and icons) so the page opens from the home screen without the network.
 * Everything it keeps is fetched from the network first and taken from the cache only when the network fails, so a
 * new version of the page is never hidden behind an old one. The coach's API is never cached: without the network
 * the page opens and says plainly that the coach cannot be reached.
 */
/// <reference lib="webworker" />
/* global self, caches, URL */

const SHELL_CACHE = 'backcoach-shell';
/** The page's shell but its modules: the page, its manifest, its style and its icons. */
const SHELL = ['/manifest.webmanifest', '/console/static/style.css', '/console/static/icon-192.png', '/console/static/icon-512.png'];
/** The page's modules as index.html names them (main.js and those it preloads), so they are listed in one place. */
const PAGE_MODULE = /<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g;

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

const keepShell = async () => {
  const cache = await caches.open(SHELL_CACHE);
  const page = await fetch('/');
  if (!page.ok) throw new Error(`The page answered ${page.status}`);
  await cache.put('/', page.clone());
  const modules = [...(await page.text()).matchAll(PAGE_MODULE)].map(([, href]) => new URL(String(href), page.url).pathname);
  await cache.addAll([...SHELL, ...modules]);
};

worker.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(worker.clients.claim());
});

/** @param {Request} request */
const fromNetworkThenCache = async (request) => {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
};

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== worker.location.origin) return;
  // The coach's API goes to the network from here, so a line sent as the page goes away (its "leave") still arrives.
  if (url.pathname.startsWith('/console/api/')) event.respondWith(fetch(event.request));
  else if (event.request.method === 'GET') event.respondWith(fromNetworkThenCache(event.request));
});
