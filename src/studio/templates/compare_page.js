/* The compare page, after its table: compare_choice.js has already shown only the chosen programmes
   (before the first paint, so nothing moves). Here: check that they are ours, count them, and widen the
   group rows; a link that names unknown programmes, or too few or too many, shows every programme with a
   warning. Without JavaScript every programme shows. */
(function () {
  "use strict";
  var MIN = 2;
  var MAX = 4;
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
    var choice = document.getElementById("compare-choice");
    if (choice) choice.remove();
    document.documentElement.classList.remove("studio-compare-chosen");
    note.textContent = "That link does not name " + MIN + " to " + MAX + " of our programmes, so all "
      + known.length + " are shown. Pick the ones you want in the catalogue.";
    note.classList.add("studio-compare-page__note--warning");
    return;
  }
  document.getElementById("compare-count").textContent = String(wanted.length);
  Array.prototype.forEach.call(page.querySelectorAll("th[colspan]"), function (cell) {
    cell.colSpan = wanted.length + 1;
  });
})();
