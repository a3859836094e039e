// offline.js: registers the site's service worker (sw.js, written by the build), which keeps the
// programme, the sessions' and people's pages and the assets after the first visit, so that the
// programme still opens in a hall without network. Nothing is sent anywhere. Not in the preview
// (serve), whose pages change with every save.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) {
    return;
  }
  if (document.querySelector('script[src="/__confsite/reload.js"]')) {
    navigator.serviceWorker.getRegistrations().then(function (all) {
      all.forEach(function (r) { r.unregister(); });
    });
    return;
  }
  var script = document.currentScript;
  if (script) {
    navigator.serviceWorker.register(new URL('../sw.js', script.src).href).catch(function () {
      // No worker (a private window, a browser setting): the site works online as before.
    });
  }
}());
