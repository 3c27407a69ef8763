/* The compare page: keep only the programmes named in ?p=a,b,c. Inline right after the table, so it
   runs before the first paint and nothing on the page moves; without JavaScript every programme shows. */
(function () {
  "use strict";
  var MIN = 2;
  var MAX = 4;
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

  comparePage();
})();
