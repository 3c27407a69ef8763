/* Load calculator on a programme page and its training view. The reader enters a 1RM (or N-rep max, or start
   weight) per lift, a unit, the smallest step they can load, and their bar and plates; every .studio-load on the
   page (see _load.html.j2 for its data attributes) then shows a weight rounded to that step, with what it is
   worked out from kept in brackets, and a barbell weight how to load it. RPE and RIR sets come as the RPE chart's
   percentages of 1RM (studio.plan.effort, worked out at build time), so they are percentages here like any other.
   The numbers are remembered per programme on this device only (localStorage). This file is the one place the
   weights are worked out: training.js uses it through window.studioCalculator. "Print a week" marks one week of
   the training view's session list for the print style sheet. Without JavaScript the form stays hidden
   (.studio-js-only) and the loads read as written. */
(function () {
  "use strict";

  var LB_PER_KG = 2.20462;
  var DEFAULT_STEP = { kg: 2.5, lb: 5 };
  var DEFAULT_BAR = { kg: 20, lb: 45 };
  var PLATES = { kg: [25, 20, 15, 10, 5, 2.5, 1.25], lb: [45, 35, 25, 10, 5, 2.5] };  // each offered, each ticked
  var KEY_PREFIX = "studio-calculator:";

  function number(text) {
    var value = parseFloat(text);
    return isFinite(value) ? value : NaN;
  }

  /* 72.5, 45, 128.25: no float noise, no trailing zeros. */
  function shown(value) {
    return String(Math.round(value * 1000) / 1000);
  }

  /* An amount written in `from` (kg or lb) expressed in `to`. */
  function convert(amount, from, to) {
    if (!amount || !from || from === to) return amount;
    return from === "kg" ? amount * LB_PER_KG : amount / LB_PER_KG;
  }

  function read(key) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(key) || "null");
      return saved && typeof saved === "object" ? saved : null;
    } catch (error) {
      return null;  // storage blocked or not ours: start empty
    }
  }

  function write(key, value) {
    try {
      if (value) window.localStorage.setItem(key, JSON.stringify(value));
      else window.localStorage.removeItem(key);
    } catch (error) {
      /* Private browsing or storage full: the calculator still works for this visit. */
    }
  }

  function id(lift, basis) { return lift + "|" + basis; }

  function trainingMaxOf(lift, v, trainingMax) {
    var oneRm = v.maxes[id(lift, "1RM")];
    return oneRm > 0 && trainingMax > 0 ? oneRm * trainingMax / 100 : NaN;
  }

  /* [low, high] in the chosen unit before rounding, or null when the reader's number is missing. `data` holds
     what a .studio-load's data attributes or a target in the programme's JSON download hold, and its lift. */
  function weights(data, v, trainingMax) {
    var add = convert(number(data.add) || 0, data.unit, v.unit);
    if (data.kind === "start") {
      var start = v.maxes[id(data.lift, "start")];
      if (!(start > 0)) return null;
      var scale = number(data.scale);
      var weight = (scale > 0 ? scale : 1) * (start + add);
      return [weight, weight];
    }
    if (data.kind === "weight" && data.warmup) {  /* a warm-up's share of a fixed working weight, exact */
      var least = convert(number(data.low), data.unit, v.unit), most = convert(number(data.high), data.unit, v.unit);
      if (!(least >= 0)) return null;
      return [least, most >= 0 ? most : least];
    }
    if (data.kind !== "percent") return null;
    var max = data.basis === "TM" ? trainingMaxOf(data.lift, v, trainingMax) : v.maxes[id(data.lift, data.basis)];
    var low = number(data.low), high = number(data.high);
    if (!(max > 0) || !(low >= 0)) return null;
    if (!(high >= 0)) high = low;
    return [(max + add) * low / 100, (max + add) * high / 100];
  }

  /* A weight rounded to the smallest step the reader can load. */
  function rounded(weight, step) {
    return Math.round(weight / step) * step;
  }

  /* [low, high] as the lifter loads them: rounded to the step, and a barbell warm-up never below the empty bar;
     null when a number is missing. `data` as weights() takes it, with `warmup` and `bar` set for a warm-up set
     and a barbell lift. */
  function worked(data, v, trainingMax) {
    var range = weights(data, v, trainingMax);
    if (!range) return null;
    var low = rounded(range[0], v.step), high = rounded(range[1], v.step);
    if (data.warmup && data.bar) {
      low = Math.max(low, v.bar);
      high = Math.max(high, v.bar);
    }
    return [low, high];
  }

  function gcd(a, b) {
    while (b) { var t = a % b; a = b; b = t; }
    return a;
  }

  /* How to load `weight` on a bar of `bar` with pairs of `plates` (as many of each as needed): {weight, side,
     exact}, `side` the plates on each side, heaviest first. Plates go on heaviest first, as lifters load a bar;
     where that misses a load other plates make (20s and 15s for 30 a side), the fewest plates that make it. A
     load no plates make gives the nearest one they do (the lighter of two as near), and anything up to the bar
     the empty bar. Worked in hundredths, so 1.25 adds up exactly. */
  function loading(weight, bar, plates) {
    var sizes = plates.map(function (p) { return Math.round(p * 100); })
      .filter(function (p, i, all) { return p > 0 && all.indexOf(p) === i; })
      .sort(function (a, b) { return b - a; });
    var side = (Math.round(weight * 100) - Math.round(bar * 100)) / 2;
    var hundredths = function (list) { return list.map(function (p) { return p / 100; }); };
    if (side <= 0 || !sizes.length) return { weight: bar, side: [], exact: side === 0 };
    var left = side, greedy = [];
    sizes.forEach(function (p) { while (left >= p) { greedy.push(p); left -= p; } });
    if (left === 0) return { weight: weight, side: hundredths(greedy), exact: true };
    var unit = sizes.reduce(gcd);
    var top = Math.ceil(side / unit) + sizes[0] / unit;
    var fewest = [0], last = [0], k;
    for (k = 1; k <= top; k += 1) {
      fewest[k] = Infinity;
      for (var i = 0; i < sizes.length; i += 1) {
        var before = k - sizes[i] / unit;
        if (before >= 0 && fewest[before] + 1 < fewest[k]) { fewest[k] = fewest[before] + 1; last[k] = sizes[i]; }
      }
    }
    var best = 0;
    for (k = 0; k <= top; k += 1) {
      if (isFinite(fewest[k]) && Math.abs(k * unit - side) < Math.abs(best * unit - side)) best = k;
    }
    var used = [];
    for (k = best; k > 0; k -= last[k] / unit) used.push(last[k]);
    used.sort(function (a, b) { return b - a; });
    var made = (Math.round(bar * 100) + 2 * best * unit) / 100;
    return { weight: made, side: hundredths(used), exact: best * unit === side };
  }

  /* "25 + 10 + 5 + 1.25 per side", "empty bar"; for a range, each end's plates ("25 + 20 to 25 + 20 + 1.25 per
     side"); a load the plates cannot make says the nearest they can, and one under the bar says so. */
  function platesFor(range, v) {
    var ends = (range[1] === range[0] ? [range[0]] : range).map(function (weight) {
      var made = loading(weight, v.bar, v.plates);
      return { weight: weight, made: made, side: made.side.length ? made.side.map(shown).join(" + ") : "" };
    });
    if (ends.every(function (end) { return end.made.exact && end.side; })) {
      return ends.map(function (end) { return end.side; }).join(" to ") + " per side";
    }
    if (ends.length === 1 && ends[0].made.exact) return "empty bar";
    return ends.map(function (end) {
      var side = end.side ? end.side + " per side" : "empty bar";
      if (end.made.exact) return shown(end.weight) + " " + v.unit + ": " + side;
      if (end.weight < v.bar) return shown(end.weight) + " " + v.unit + " is lighter than the " + shown(v.bar) + " " + v.unit + " bar";
      return shown(end.weight) + " " + v.unit + " is not possible with your plates; nearest " + shown(end.made.weight) +
        " " + v.unit + ": " + side;
    }).join("; ");
  }

  /* What a set in the programme's JSON download (or a warm-up of it) is, as weights() takes it: an RPE or RIR
     set the chart reads is its percentages of the 1RM. A load names its own lift (load.lift) when it is worked out
     from another lift's max or a tier's own start weight. */
  function fromSet(set, lift, barbell, warmup) {
    var load = set.load;
    if (!load) return null;
    var chart = set.chart && set.chart.length === 2 ? set.chart : null;
    if (chart && load.kind !== "percent" && load.kind !== "start") {
      return { kind: "percent", low: chart[0], high: chart[1], basis: "1RM", add: 0, unit: "", scale: 1, lift: lift,
        effort: true, warmup: warmup, bar: barbell };
    }
    return { kind: load.kind, low: load.low === null ? "" : load.low, high: load.high === null ? "" : load.high,
      basis: load.basis || "", add: load.add, unit: load.unit || "", scale: load.scale, lift: load.lift || lift,
      warmup: warmup, bar: barbell };
  }

  /* The reader's saved numbers for a programme, as values() reads them from the form: {unit, step, maxes}. */
  function saved(program) {
    var stored = read(KEY_PREFIX + program) || {};
    var unit = stored.unit === "lb" ? "lb" : "kg";
    var step = number(stored.step);
    var maxes = {};
    if (stored.maxes && typeof stored.maxes === "object") {
      Object.keys(stored.maxes).forEach(function (key) {
        var value = number(stored.maxes[key]);
        if (value > 0) maxes[key] = value;
      });
    }
    var bar = number(stored.bar);
    return { unit: unit, step: step > 0 ? step : DEFAULT_STEP[unit], maxes: maxes, known: !!stored.unit,
      bar: bar >= 0 ? bar : DEFAULT_BAR[unit], plates: platesOf(stored.plates, unit) };
  }

  /* The plates ticked for `unit`, from what was saved: a list of sizes, each one offered in that unit. */
  function platesOf(saved, unit) {
    if (!Array.isArray(saved)) return PLATES[unit].slice();
    return PLATES[unit].filter(function (p) {
      return saved.some(function (s) { return number(s) === p; });
    });
  }

  /* A personal link carries the reader's numbers in its fragment, which browsers never send to a server:
     #u=kg&s=2.5&Back+squat%7C1RM=140 (after the session to open, #w3-s2&..., on a training view). */
  function fromLink() {
    var parts = (location.hash || "").replace(/^#/, "").split("&").filter(function (p) { return p.indexOf("=") > 0; });
    if (!parts.length) return null;
    var params = new URLSearchParams(parts.join("&"));
    var found = { unit: params.get("u") === "lb" ? "lb" : "kg", step: "", maxes: {} };
    if (number(params.get("s")) > 0) found.step = params.get("s");
    if (number(params.get("b")) >= 0) found.bar = params.get("b");
    if (params.has("p")) found.plates = params.get("p").split(",").filter(function (p) { return number(p) > 0; });
    params.forEach(function (value, name) {
      if (name.indexOf("|") > 0 && number(value) > 0) found.maxes[name] = value;
    });
    return params.has("u") || Object.keys(found.maxes).length ? found : null;
  }

  function toLink(saved) {
    var params = new URLSearchParams();
    params.set("u", saved.unit);
    params.set("s", saved.step);
    /* The bar and plates only where they are not the unit's usual ones, so most links stay short. */
    var unit = saved.unit === "lb" ? "lb" : "kg";
    if (saved.bar !== undefined && number(saved.bar) !== DEFAULT_BAR[unit]) params.set("b", saved.bar);
    if (Array.isArray(saved.plates) && platesOf(saved.plates, unit).length !== PLATES[unit].length) {
      params.set("p", saved.plates.join(","));
    }
    Object.keys(saved.maxes).forEach(function (name) { params.set(name, saved.maxes[name]); });
    return params.toString();
  }

  /* For the training view (training.js): the one calculator's maths and storage, not a copy. */
  window.studioCalculator = {
    keyPrefix: KEY_PREFIX,
    defaultStep: DEFAULT_STEP,
    saved: saved,
    write: function (program, value) { write(KEY_PREFIX + program, value); },
    read: function (program) { return read(KEY_PREFIX + program); },
    weights: weights,
    rounded: rounded,
    worked: worked,
    fromSet: fromSet,
    loading: loading,
    plates: platesFor,
    shown: shown
  };

  function setUp() {
    setUpPrinting();
    var form = document.getElementById("studio-calculator");
    var loads = Array.prototype.slice.call(document.querySelectorAll(".studio-load"));
    if (!form || !loads.length || form.dataset.ready) return;  // nothing on this page to work out
    form.dataset.ready = "1";

    var key = KEY_PREFIX + (form.dataset.program || location.pathname);
    var fields = Array.prototype.slice.call(form.querySelectorAll("input[data-lift]"));
    var tmOutputs = Array.prototype.slice.call(form.querySelectorAll(".studio-calc__tm"));
    var unitMarks = Array.prototype.slice.call(form.querySelectorAll(".studio-calc__unit"));
    var plateBoxes = Array.prototype.slice.call(form.querySelectorAll("input[name=plate]"));
    var unitField = form.elements.unit;
    var stepField = form.elements.step;
    var barField = form.elements.bar || null;
    var status = form.querySelector(".studio-calc__status");
    var trainingMax = number(form.dataset.trainingMax);
    var usesTm = {};

    loads.forEach(function (span) {
      if (span.dataset.written === undefined) span.dataset.written = span.textContent;
      if (span.dataset.basis === "TM") usesTm[span.dataset.lift] = true;
    });

    /* A programme whose increments are all in pounds starts in pounds. */
    var units = loads.map(function (span) { return span.dataset.unit; }).filter(Boolean);
    var startUnit = units.length && units.every(function (u) { return u === "lb"; }) ? "lb" : "kg";

    function values() {
      var unit = unitField.value === "lb" ? "lb" : "kg";
      var step = number(stepField.value);
      var bar = barField ? number(barField.value) : NaN;
      var maxes = {};
      fields.forEach(function (field) {
        var value = number(field.value);
        if (value > 0) maxes[id(field.dataset.lift, field.dataset.basis)] = value;
      });
      var plates = plateBoxes.filter(function (box) { return box.dataset.unit === unit && box.checked; })
        .map(function (box) { return number(box.value); });
      return { unit: unit, step: step > 0 ? step : DEFAULT_STEP[unit], maxes: maxes,
        bar: bar >= 0 ? bar : DEFAULT_BAR[unit], plates: plates };
    }

    function render(span, v) {
      var data = span.dataset;
      var range = worked(data, v, trainingMax);
      var written = data.written;
      if (!range) {
        span.textContent = written;
        span.classList.remove("studio-load--worked");
        return false;
      }
      var text = shown(range[0]) + (shown(range[1]) === shown(range[0]) ? "" : "–" + shown(range[1])) + " " + v.unit;
      var weight = document.createElement("strong");
      weight.className = "studio-load__weight";
      weight.textContent = text;
      span.textContent = "";
      span.appendChild(weight);
      /* An effort set says what share of the 1RM the chart gave it; a warm-up keeps its share of the first set. */
      var from = data.effort && !data.warmup
        ? written + " ≈ " + shown(number(data.low)) + (data.high !== data.low ? "–" + shown(number(data.high)) : "") + "% 1RM"
        : written;
      /* How to load a barbell: on a line of its own in a day table's Load cell, else (a warm-up, the training
         view's list) in the brackets, so the sentence reads on; the week-by-week grid stays a grid. */
      if (!data.bar || span.closest(".studio-weeks__table")) {
        span.appendChild(document.createTextNode(" (" + from + ")"));
      } else {
        var own = !!span.closest("td[data-label='Load']");
        var plates = document.createElement("span");
        plates.className = "studio-load__plates" + (own ? "" : " studio-load__plates--inline");
        plates.textContent = platesFor(range, v);
        span.appendChild(document.createTextNode(" (" + from + (own ? ") " : "; ")));
        span.appendChild(plates);
        if (!own) span.appendChild(document.createTextNode(")"));
      }
      span.classList.add("studio-load--worked");
      return true;
    }

    function showPlates(unit) {
      plateBoxes.forEach(function (box) { box.closest(".studio-calc__plate").hidden = box.dataset.unit !== unit; });
    }

    function apply() {
      var v = values();
      var count = 0;
      loads.forEach(function (span) { if (render(span, v)) count += 1; });
      unitMarks.forEach(function (mark) { mark.textContent = v.unit; });
      showPlates(v.unit);
      tmOutputs.forEach(function (output) {
        var tm = trainingMaxOf(output.dataset.lift, v, trainingMax);
        output.hidden = !(usesTm[output.dataset.lift] && tm > 0);
        output.textContent = output.hidden ? "" : "Training max " + shown(tm) + " " + v.unit;
      });
      status.textContent = count
        ? "Weights in " + v.unit + ", rounded to the nearest " + shown(v.step) + " " + v.unit + "."
        : "Enter a number above to see the weights.";
      document.dispatchEvent(new CustomEvent("studio-calculator:worked", { detail: v }));
    }

    function save() {
      var maxes = {};
      fields.forEach(function (field) {
        if (field.value) maxes[id(field.dataset.lift, field.dataset.basis)] = field.value;
      });
      var stored = { unit: unitField.value, step: stepField.value, maxes: maxes };
      if (barField) {
        stored.bar = barField.value;
        stored.plates = values().plates.map(String);
      }
      write(key, stored);
    }

    function setPlates(unit, ticked) {
      plateBoxes.forEach(function (box) {
        if (box.dataset.unit === unit) box.checked = ticked.indexOf(number(box.value)) >= 0;
      });
    }

    function restore(link) {
      var saved = link || read(key) || {};
      unitField.value = saved.unit === "kg" || saved.unit === "lb" ? saved.unit : startUnit;
      stepField.value = typeof saved.step === "string" && number(saved.step) > 0
        ? saved.step : String(DEFAULT_STEP[unitField.value]);
      if (barField) {
        barField.value = typeof saved.bar === "string" && number(saved.bar) >= 0
          ? saved.bar : String(DEFAULT_BAR[unitField.value]);
        ["kg", "lb"].forEach(function (unit) {
          setPlates(unit, unit === unitField.value ? platesOf(saved.plates, unit) : PLATES[unit]);
        });
      }
      var maxes = saved.maxes && typeof saved.maxes === "object" ? saved.maxes : {};
      fields.forEach(function (field) {
        var value = maxes[id(field.dataset.lift, field.dataset.basis)];
        if (typeof value === "string" && number(value) > 0) field.value = value;
      });
    }

    var unitBefore = unitField.value;
    unitField.addEventListener("change", function () {
      /* A step or bar still at the old unit's default follows the unit: 2.5 kg becomes 5 lb, a 20 kg bar 45 lb. */
      var step = number(stepField.value);
      if (!(step > 0) || step === DEFAULT_STEP[unitBefore]) stepField.value = String(DEFAULT_STEP[unitField.value]);
      if (barField) {
        var bar = number(barField.value);
        if (!(bar >= 0) || bar === DEFAULT_BAR[unitBefore]) barField.value = String(DEFAULT_BAR[unitField.value]);
      }
      unitBefore = unitField.value;
    });
    form.addEventListener("input", function () { apply(); save(); });
    form.addEventListener("change", function () { apply(); save(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        write(key, null);
        restore();
        unitBefore = unitField.value;
        apply();
      }, 0);
    });

    var link = fromLink();
    restore(link);
    unitBefore = unitField.value;
    apply();
    if (link) {  // kept on this device like numbers typed in; the fragment goes, so a screenshot or a shared tab shows none
      save();
      status.textContent = "Numbers from your personal link. " + status.textContent;
      var session = /^#(w\d+-s\d+)/.exec(location.hash);
      history.replaceState(null, "", location.pathname + location.search + (session ? "#" + session[1] : ""));
    }

    var share = form.querySelector(".studio-calc__share");
    var shared = form.querySelector(".studio-calc__link");
    if (share && shared) {
      share.addEventListener("click", function () {
        save();
        var url = new URL(form.dataset.train || location.pathname, location.href);
        url.hash = toLink(read(key));
        shared.value = url.href;
        shared.hidden = false;
        shared.select();
        var done = function (text) { status.textContent = text; };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(url.href).then(function () { done("Personal link copied: it opens the training view with these numbers."); },
            function () { done("Copy the personal link above: it opens the training view with these numbers."); });
        } else {
          done("Copy the personal link above: it opens the training view with these numbers.");
        }
      });
    }
  }

  /* "Print a week": on the training view, the chosen week's sessions are marked for the print style sheet (which
     shows only them, with the weights worked out above) and the browser's print dialog opens; on a programme
     page, the training view opens at #print-w3 and does the same. The mark stays until another week is chosen,
     so printing from the browser's menu prints that week too. */
  function setUpPrinting() {
    var form = document.querySelector(".studio-printweek");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var plan = document.getElementById("studio-training");
    var sessions = Array.prototype.slice.call(document.querySelectorAll(".studio-train__session[data-week]"));
    var pick = form.elements.week;
    var head = document.querySelector(".studio-print-head");

    function mark(week) {
      sessions.forEach(function (s) { s.classList.toggle("studio-train__session--print", s.dataset.week === week); });
      plan.classList.add("studio-train--print-week");
      if (head) head.textContent = "Week " + week + ". " + numbersLine();
    }

    function numbersLine() {
      var calc = document.getElementById("studio-calculator");
      if (!calc || !calc.dataset.ready) return "";
      var v = saved(calc.dataset.program);
      var names = Array.prototype.slice.call(calc.querySelectorAll("input[data-lift]")).filter(function (field) {
        return number(field.value) > 0;
      }).map(function (field) {
        return field.labels[0].textContent + " " + shown(number(field.value)) + " " + v.unit;
      });
      if (!names.length) return "No numbers entered: loads read as written.";
      return "Worked out from " + names.join(", ") + "; rounded to " + shown(v.step) + " " + v.unit +
        (calc.elements.bar ? ", on a " + shown(v.bar) + " " + v.unit + " bar" : "") + ".";
    }

    function go() {
      var week = pick.value;
      if (!plan) {
        window.location.href = form.dataset.train + "#print-w" + week;
        return;
      }
      mark(week);
      window.print();
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); go(); });
    var asked = /^#print-w(\d+)$/.exec(location.hash);
    if (plan && asked && pick.querySelector("option[value='" + asked[1] + "']")) {
      pick.value = asked[1];
      history.replaceState(null, "", location.pathname + location.search);
      /* After the calculator has filled the weights in (its setUp runs after this one). */
      setTimeout(go, 0);
    }
  }

  window.studioOnPage(setUp);
})();
