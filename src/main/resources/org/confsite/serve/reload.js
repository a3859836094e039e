// Preview only: reloads the page when the site has been rebuilt after a save. It asks the
// preview server's "build" address, beside this script, for the number of the last build.
(function () {
  var build = document.currentScript.src.replace(/reload\.js$/, "build");
  var seen = null;
  function ask() {
    fetch(build, {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (n) {
      if (seen !== null && n !== seen) { location.reload(); return; }
      seen = n;
      setTimeout(ask, 400);
    }).catch(function () { setTimeout(ask, 2000); });
  }
  ask();
})();
