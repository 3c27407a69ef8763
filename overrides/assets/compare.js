/* Compare programmes.
   In the catalogue: a Compare tick box on each card and a bar whose link leads to programs/compare/?p=a,b,c.
   On the compare page: the same tick boxes in its list of every programme. The chosen programmes' JSON
   downloads (and only theirs) are fetched, and their columns filled into the empty table the page was built
   with (src/studio/templates/_programs_table.html.j2, the table articles show), so every row reads the same.
   The choice stays in the address (?p=). compare_choice.js, inline at the top of the page, has already made
   room for the table. Without JavaScript both pages hide the tick boxes (.studio-js-only) and list every
   programme. */
(function () {
  "use strict";

  var MIN = 2;
  var MAX = 4;
  var FULL = "You can compare up to " + MAX + " programmes at once. Untick one to swap it.";

  // The tick boxes in `root` keep `chosen` (slugs, in the order ticked) and call changed(message) after each change.
  function tickBoxes(root, chosen, changed) {
    Array.prototype.forEach.call(root.querySelectorAll("input[name=compare]"), function (box) {
      box.addEventListener("change", function () {
        if (box.checked && chosen.indexOf(box.value) === -1 && chosen.length >= MAX) {
          box.checked = false;
          changed(FULL);
          return;
        }
        var at = chosen.indexOf(box.value);
        if (box.checked && at === -1) chosen.push(box.value);
        if (!box.checked && at !== -1) chosen.splice(at, 1);
        changed();
      });
    });
  }

  function catalogue() {
    var list = document.getElementById("program-list");
    var bar = document.querySelector(".studio-compare-bar");
    if (!list || !bar || list.dataset.compareReady) return;
    list.dataset.compareReady = "1";
    var chosen = [];
    var status = bar.querySelector(".studio-compare-bar__status");
    var go = bar.querySelector(".studio-compare-bar__go");
    var page = go.getAttribute("href"); // the compare page, where programmes can be chosen too
    var label = go.textContent;

    // The bar, the tick boxes and this link are in the page as built; only their text and address change.
    function update(message) {
      var ready = chosen.length >= MIN && chosen.length <= MAX;
      status.textContent = message || (chosen.length
        ? chosen.length + " selected" + (ready ? "" : ": pick at least " + MIN)
        : "Tick Compare on " + MIN + " to " + MAX + " programmes to see them side by side.");
      go.href = ready ? page + "?p=" + chosen.join(",") : page;
      go.textContent = ready ? "Compare " + chosen.length : label;
      bar.classList.toggle("studio-compare-bar--active", chosen.length > 0);
    }

    Array.prototype.forEach.call(list.querySelectorAll(".studio-card input[name=compare]"), function (box) {
      // The slug is written once a card, in its link ("<slug>/"), to keep a long catalogue light.
      box.value = box.closest(".studio-card").querySelector(".studio-card__title a").getAttribute("href")
        .split("/").filter(Boolean).pop();
      if (box.checked) chosen.push(box.value); // ticks the browser kept on going back
    });
    tickBoxes(list, chosen, update);
    if (chosen.length) update();
  }

  function comparePage() {
    var page = document.getElementById("compare-page");
    var list = document.getElementById("compare-list");
    var note = document.getElementById("compare-note");
    var template = document.getElementById("compare-table");
    if (!page || !list || !note || !template || page.dataset.ready) return;
    page.dataset.ready = "1";
    var root = document.documentElement;
    var written = note.innerHTML; // the note as built: "tick two to four" or, with a choice, "comparing"
    var rows = {}; // slug -> its row in the list
    var order = [];
    Array.prototype.forEach.call(list.querySelectorAll("tbody tr[data-slug]"), function (tr) {
      rows[tr.dataset.slug] = tr;
      order.push(tr.dataset.slug);
    });
    var loads = {}; // slug -> the promise of its JSON download
    var shown = 0; // which choice the table on screen is for; answers for an older one are dropped

    function say(message) {
      note.innerHTML = written;
      note.classList.toggle("studio-compare-page__note--warning", Boolean(message));
      if (message) note.textContent = message;
    }

    function fetchProgram(slug) {
      if (!loads[slug]) {
        loads[slug] = fetch(page.dataset.json.split("{slug}").join(slug)).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        }).then(function (data) {
          if (!Array.isArray(data.comparison)) throw new Error("no comparison");
          return data;
        });
        loads[slug].catch(function () { delete loads[slug]; }); // a later choice tries again
      }
      return loads[slug];
    }

    function clear() {
      Array.prototype.forEach.call(page.querySelectorAll(":scope > :not(template)"), function (el) { el.remove(); });
    }

    function table(programs) {
      var made = document.importNode(template.content, true);
      var head = made.querySelector("thead tr");
      var texts = programs.map(function (data) {
        var th = document.createElement("th");
        var link = document.createElement("a");
        th.scope = "col";
        th.dataset.slug = data.slug;
        link.href = rows[data.slug].querySelector("a").getAttribute("href");
        link.textContent = data.title;
        th.appendChild(link);
        head.appendChild(th);
        var byKey = Object.create(null);
        data.comparison.forEach(function (cell) { byKey[cell.key] = cell.text; });
        return byKey;
      });
      Array.prototype.forEach.call(made.querySelectorAll("tbody tr"), function (tr) {
        var group = tr.querySelector("th[colspan]");
        if (group) {
          group.colSpan = programs.length + 1;
          return;
        }
        var key = tr.dataset.key;
        if (!texts.some(function (byKey) { return key in byKey; })) {
          tr.remove(); // a muscle group none of these programmes trains
          return;
        }
        programs.forEach(function (data, i) {
          var td = document.createElement("td");
          td.dataset.slug = data.slug;
          td.textContent = key in texts[i] ? texts[i][key] : (tr.dataset.missing || "");
          tr.appendChild(td);
        });
      });
      return made;
    }

    function show(chosen, message) {
      var ready = chosen.length >= MIN && chosen.length <= MAX;
      var query = ready ? "?p=" + chosen.join(",") : "";
      history.replaceState(null, "", location.pathname + query + location.hash);
      root.classList.toggle("studio-compare-chosen", ready);
      say(message);
      var mine = ++shown;
      if (!ready) {
        clear();
        return;
      }
      document.getElementById("compare-count").textContent = String(chosen.length);
      var slugs = order.filter(function (slug) { return chosen.indexOf(slug) !== -1; }); // the list's order
      Promise.all(slugs.map(function (slug) {
        return fetchProgram(slug).catch(function () { throw slug; });
      })).then(function (programs) {
        if (mine !== shown) return;
        clear();
        page.appendChild(table(programs));
      }, function (slug) {
        if (mine !== shown) return;
        clear();
        root.classList.remove("studio-compare-chosen");
        say("The figures for " + rows[slug].querySelector("a").textContent + " could not be loaded, so nothing is "
          + "compared. Check your connection, then reload the page or tick the programmes again.");
      });
    }

    var asked = (new URLSearchParams(location.search).get("p") || "").split(",").filter(Boolean);
    var chosen = asked.filter(function (slug, i) { return rows[slug] && asked.indexOf(slug) === i; });
    var warning = "";
    if (asked.length && (chosen.length < MIN || chosen.length > MAX || chosen.length !== asked.length)) {
      chosen = [];
      warning = "That link does not name " + MIN + " to " + MAX + " of our programmes, so none are compared. "
        + "Tick the ones you want in the list below.";
    }
    Array.prototype.forEach.call(list.querySelectorAll("input[name=compare]"), function (box) {
      box.checked = chosen.indexOf(box.value) !== -1;
    });
    tickBoxes(list, chosen, function (message) { show(chosen, message); });
    show(chosen, warning);
  }

  function setUp() {
    catalogue();
    comparePage();
  }

  window.studioOnPage(setUp);
})();
