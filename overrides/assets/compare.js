/* Compare programmes, in the catalogue: a Compare tick box on each card and a bar whose link leads to
   programs/compare/?p=a,b,c (to every programme until two are ticked). Without JavaScript the catalogue
   hides the tick boxes and the bar (.studio-js-only). The compare page itself keeps only the chosen
   columns with a script of its own, inline after its table (src/studio/templates/compare_page.js). */
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

  function setUp() {
    catalogue();
  }

  window.studioOnPage(setUp);
})();
