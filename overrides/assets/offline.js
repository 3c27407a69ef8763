/* Offline use of a programme: on its page and its training view, registers the site's service worker (sw.js at the
   site's root, written by the build) and asks it to keep the programme's page, training view, JSON and PDF (the
   addresses in data-studio-offline), then says so. Nothing is sent anywhere: the files come from this site. */
(function () {
  "use strict";

  function setUp() {
    var marker = document.querySelector("[data-studio-offline]");
    if (!marker || marker.dataset.offlineReady || !("serviceWorker" in navigator)) return;
    marker.dataset.offlineReady = "1";
    var script = document.querySelector('script[src$="assets/offline.js"]');
    var root = new URL("../", script ? script.src : location.href);  // offline.js lives in the site's assets/
    var urls = marker.dataset.studioOffline.split(" ").filter(Boolean).map(function (u) {
      return new URL(u, location.href).href;
    });
    var status = marker.querySelector(".studio-offline__status");
    navigator.serviceWorker.addEventListener("message", function (event) {
      var data = event.data || {};
      if (data.type === "kept" && status) status.textContent = "Kept on this device: this programme works offline.";
    });
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.href })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) { registration.active.postMessage({ type: "keep", urls: urls }); })
      .catch(function () { /* no offline copy: the site works online as before */ });
  }

  window.studioOnPage(setUp);
})();
