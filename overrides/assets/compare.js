/* Compare programmes. In the catalogue: a Compare tick box on each card and a bar whose link leads to
   programs/compare/?p=a,b,c (to every programme until two are ticked). On that page: keep only the
   chosen programmes' columns. Without JavaScript the catalogue hides the tick boxes and the bar
   (.studio-js-only) and the compare page shows every programme. */
(function () {
  "use strict";

  var MIN = 2;
  var MAX = 4;

  function catalogue() {
    var list = document.getElementById("program-list");
    var bar = document.querySelector(".studio-compare-bar");
    if (!list || !bar || list.dataset.compareReady) return;
    list.dataset.compareReady = "1";
    var chosen = [];
    var status = bar.querySelector(".studio-compare-bar__status");
    var go = bar.querySelector(".studio-compare-bar__go");
    var all = go.getAttribute("href"); // the compare page with every programme

    // The bar, the tick boxes and this link are in the page as built; only their text and address change.
    function update(message) {
      var ready = chosen.length >= MIN && chosen.length <= MAX;
      status.textContent = message || (chosen.length
        ? chosen.length + " selected" + (ready ? "" : ": pick at least " + MIN)
        : "Tick Compare on " + MIN + " to " + MAX + " programmes to see them side by side.");
      go.href = ready ? all + "?p=" + chosen.join(",") : all;
      go.textContent = ready ? "Compare " + chosen.length : "Compare all";
      bar.classList.toggle("studio-compare-bar--active", chosen.length > 0);
    }

    Array.prototype.forEach.call(list.querySelectorAll(".studio-card__compare input[name=compare]"), function (box) {
      if (box.checked) chosen.push(box.value); // ticks the browser kept on going back
      box.addEventListener("change", function () {
        if (box.checked && chosen.length >= MAX) {
          box.checked = false;
          update("You can compare up to " + MAX + " programmes at once. Untick one to swap it.");
          return;
        }
        var at = chosen.indexOf(box.value);
        if (box.checked && at === -1) chosen.push(box.value);
        if (!box.checked && at !== -1) chosen.splice(at, 1);
        update();
      });
    });
    if (chosen.length) update();
  }

  function comparePage() {
    var page = document.getElementById("compare-page");
    var note = document.getElementById("compare-note");
    if (!page || !note || page.dataset.ready) return;
    page.dataset.ready = "1";
    var known = Array.prototype.map.call(page.querySelectorAll("thead th[data-slug]"), function (th) {
      return th.dataset.slug;
    });
    var asked = (new URLSearchParams(location.search).get("p") || "").split(",").filter(Boolean);
    var wanted = asked.filter(function (slug, i) { return known.indexOf(slug) !== -1 && asked.indexOf(slug) === i; });
    if (!asked.length) return; // no choice made: every programme, with the note as written
    if (wanted.length < MIN || wanted.length > MAX || wanted.length !== asked.length) {
      note.textContent = "That link does not name " + MIN + " to " + MAX + " of our programmes, so all "
        + known.length + " are shown. Pick the ones you want in the catalogue.";
      note.classList.add("studio-compare-page__note--warning");
      return;
    }
    Array.prototype.forEach.call(page.querySelectorAll("[data-slug]"), function (cell) {
      cell.hidden = wanted.indexOf(cell.dataset.slug) === -1;
    });
    Array.prototype.forEach.call(page.querySelectorAll("th[colspan]"), function (cell) {
      cell.colSpan = wanted.length + 1;
    });
    var catalogueLink = note.querySelector("a");
    var all = document.createElement("a");
    all.href = location.pathname;
    all.textContent = "show all " + known.length;
    note.textContent = "Comparing " + wanted.length + " programmes. You can ";
    note.appendChild(all);
    note.appendChild(document.createTextNode(", or choose others in the "));
    if (catalogueLink) note.appendChild(catalogueLink);
    note.appendChild(document.createTextNode("."));
  }

  function setUp() {
    catalogue();
    comparePage();
  }

  window.studioOnPage(setUp);
})();
