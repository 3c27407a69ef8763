/* Catalogue filter. Without JavaScript the form stays hidden (.studio-js-only) and every programme shows. */
(function () {
  "use strict";

  function setUp() {
    var form = document.getElementById("program-filter");
    var list = document.getElementById("program-list");
    if (!form || !list || form.dataset.ready) return;
    form.dataset.ready = "1";

    var cards = Array.prototype.slice.call(list.querySelectorAll(".studio-card"));
    var empty = document.getElementById("program-empty");
    var count = form.querySelector(".studio-filter__count");
    var kitBoxes = Array.prototype.slice.call(form.querySelectorAll('input[name="kit"]'));

    function values() {
      return {
        goal: form.elements.goal.value,
        level: form.elements.level.value,
        sessions: form.elements.sessions.value,
        minutes: form.elements.minutes.value,
        kit: kitBoxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; })
      };
    }

    function matches(card, want) {
      var data = card.dataset;
      var needs = data.equipment ? data.equipment.split("|") : [];
      if (want.goal && data.goal.split("|").indexOf(want.goal) === -1) return false;
      if (want.level && data.level !== want.level) return false;
      if (want.sessions && data.sessions !== want.sessions) return false;
      if (want.minutes && Number(data.minutes) > Number(want.minutes)) return false;
      return needs.every(function (kit) { return want.kit.indexOf(kit) !== -1; });
    }

    function apply() {
      var want = values();
      var shown = 0;
      cards.forEach(function (card) {
        var show = matches(card, want);
        card.hidden = !show;
        if (show) shown += 1;
      });
      count.textContent = "Showing " + shown + " of " + cards.length + " programmes";
      if (empty) empty.hidden = shown !== 0;
      remember(want);
    }

    function remember(want) {
      var params = new URLSearchParams();
      ["goal", "level", "sessions", "minutes"].forEach(function (key) {
        if (want[key]) params.set(key, want[key]);
      });
      if (want.kit.length !== kitBoxes.length) params.set("kit", want.kit.join(",") || "none");
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }

    function restore() {
      var params = new URLSearchParams(location.search);
      ["goal", "level", "sessions", "minutes"].forEach(function (key) {
        var select = form.elements[key];
        var wanted = params.get(key);
        if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
          select.value = wanted;
        }
      });
      if (params.has("kit")) {
        var kit = params.get("kit").split(",");
        kitBoxes.forEach(function (box) { box.checked = kit.indexOf(box.value) !== -1; });
      }
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    var none = form.querySelector('[data-action="untick-kit"]');
    if (none) {
      none.addEventListener("click", function () {
        kitBoxes.forEach(function (box) { box.checked = false; });
        apply();
      });
    }
    // The page is built showing every programme; only a filter from the address changes that.
    restore();
    if (location.search) apply();
  }

  window.studioOnPage(setUp);
})();
