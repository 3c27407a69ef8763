/* The site's measurement events, for the analytics in mkdocs.yml (extra.analytics). This file is not loaded by a
   marker in the page (studio.render.pagescripts): overrides/main.html adds it to every page, and only once the
   reader has agreed to analytics in the consent dialog, so nothing here runs before consent.
   Events: downloads by format, the load calculator's first use on a page, the programme picker's first suggestion,
   clicks on a call to action, sign-ups and finished training sessions. Each is one listener on the document, so it
   works whatever order the page's own scripts load in. */
(function () {
  "use strict";

  /* Send one event; `done` is called once it has gone (or at once when there is nothing to send it with). */
  function send(name, props, done) {
    var finish = done || function () {};
    if (typeof window.plausible === "function") {
      window.plausible(name, { props: props, callback: finish });
      return true;
    }
    if (window.dataLayer) {  // Material's Google Analytics
      var gtag = function () { window.dataLayer.push(arguments); };
      var params = { event_callback: finish };
      Object.keys(props).forEach(function (key) { params[key] = props[key]; });
      gtag("event", name.toLowerCase().replace(/[^a-z0-9]+/g, "_"), params);
      return true;
    }
    finish();
    return false;
  }

  function closest(node, selector) {
    return node && node.closest ? node.closest(selector) : null;
  }

  /* The programme a page or its training view is about (its address is /programs/<name>/...), else the page. */
  function programme() {
    var found = /\/programs\/([a-z0-9-]+)\/(train\/)?$/.exec(location.pathname);
    return found && found[1] !== "compare" ? found[1] : location.pathname;
  }

  document.addEventListener("click", function (event) {
    var link = closest(event.target, ".studio-downloads a[download]");
    if (link) {
      var format = (link.getAttribute("href") || "").split("?")[0].split(".").pop().toLowerCase();
      send("Download", { format: format, programme: programme() });
      return;
    }
    var call = closest(event.target, ".studio-cta a.md-button");
    if (call) {
      send("Call to action", { cta: closest(call, "[data-cta]").getAttribute("data-cta") });
      return;
    }
    if (closest(event.target, ".studio-train__finish")) {
      send("Training session", { programme: programme() });
    }
  });

  var calculated = false;
  document.addEventListener("change", function (event) {
    if (!calculated && closest(event.target, "#studio-calculator")) {
      calculated = true;  // once a page: the reader is using it, however many numbers they type
      send("Calculator", { programme: programme() });
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id === "picker-form") {
      /* picker.js lists the programmes on the same submit; read the first once it has. */
      setTimeout(function () {
        var first = document.querySelector("#picker-results [data-slug]");
        if (first) send("Picker result", { programme: first.getAttribute("data-slug") });
      }, 0);
    } else if (form.classList.contains("studio-calendar")) {
      send("Download", { format: "ics", programme: programme() });
    } else if (form.classList.contains("studio-signup") && !form.dataset.sent) {
      /* The form leaves the page: send first, then submit (after a second at most, whatever the analytics does). */
      event.preventDefault();
      form.dataset.sent = "1";
      var gone = false;
      var go = function () { if (!gone) { gone = true; form.submit(); } };
      send("Sign-up", { cta: form.getAttribute("data-cta") || "" }, go);
      setTimeout(go, 1000);
    }
  });
})();
