// sw.js: written by the build. Keeps the programme usable without network (see OfflineCache).
'use strict';
var CACHE = 'confsite-__VERSION__';
var FILES = __FILES__;
var NOT_FOUND = '404.html';
self.addEventListener('install', function (event) {
  // From the server, not the browser's HTTP cache, which may hold the last build's files.
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'reload' }); }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('confsite-') === 0 && n !== CACHE;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Pages, and the data the agenda and search read, from the network first: a visitor
  // online gets this build's, even while the last build's worker still runs.
  if (request.mode === 'navigate' || /(agenda-data|search-index)\.js$/.test(new URL(request.url).pathname)) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || (request.mode === 'navigate' ? caches.match(NOT_FOUND) : null) || Response.error();
      }).then(function (hit) { return hit || Response.error(); });
    }));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (hit) {
    return hit || fetch(request);
  }));
});
