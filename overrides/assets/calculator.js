/* Load calculator on a programme page. The reader enters a 1RM (or N-rep max, or start weight) per lift,
   a unit and the smallest step they can load; every .studio-load on the page (see _load.html.j2 for its
   data attributes) then shows a weight rounded to that step, with what it is worked out from kept in
   brackets. The numbers are remembered per programme on this device only (localStorage). Without
   JavaScript the form stays hidden (.studio-js-only) and the loads read as written. */
(function () {
  "use strict";

  var LB_PER_KG = 2.20462;
  var DEFAULT_STEP = { kg: 2.5, lb: 5 };
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
    return { unit: unit, step: step > 0 ? step : DEFAULT_STEP[unit], maxes: maxes, known: !!stored.unit };
  }

  /* A personal link carries the reader's numbers in its fragment, which browsers never send to a server:
     #u=kg&s=2.5&Back+squat%7C1RM=140 (after the session to open, #w3-s2&..., on a training view). */
  function fromLink() {
    var parts = (location.hash || "").replace(/^#/, "").split("&").filter(function (p) { return p.indexOf("=") > 0; });
    if (!parts.length) return null;
    var params = new URLSearchParams(parts.join("&"));
    var found = { unit: params.get("u") === "lb" ? "lb" : "kg", step: "", maxes: {} };
    if (number(params.get("s")) > 0) found.step = params.get("s");
    params.forEach(function (value, name) {
      if (name.indexOf("|") > 0 && number(value) > 0) found.maxes[name] = value;
    });
    return params.has("u") || Object.keys(found.maxes).length ? found : null;
  }

  function toLink(saved) {
    var params = new URLSearchParams();
    params.set("u", saved.unit);
    params.set("s", saved.step);
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
    shown: shown
  };

  function setUp() {
    var form = document.getElementById("studio-calculator");
    var loads = Array.prototype.slice.call(document.querySelectorAll(".studio-load"));
    if (!form || !loads.length || form.dataset.ready) return;  // nothing on this page to work out
    form.dataset.ready = "1";

    var key = KEY_PREFIX + (form.dataset.program || location.pathname);
    var fields = Array.prototype.slice.call(form.querySelectorAll("input[data-lift]"));
    var tmOutputs = Array.prototype.slice.call(form.querySelectorAll(".studio-calc__tm"));
    var unitMarks = Array.prototype.slice.call(form.querySelectorAll(".studio-calc__unit"));
    var unitField = form.elements.unit;
    var stepField = form.elements.step;
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
      var maxes = {};
      fields.forEach(function (field) {
        var value = number(field.value);
        if (value > 0) maxes[id(field.dataset.lift, field.dataset.basis)] = value;
      });
      return { unit: unit, step: step > 0 ? step : DEFAULT_STEP[unit], maxes: maxes };
    }

    function render(span, v) {
      var range = weights(span.dataset, v, trainingMax);
      var written = span.dataset.written;
      if (!range) {
        span.textContent = written;
        span.classList.remove("studio-load--worked");
        return false;
      }
      var low = rounded(range[0], v.step);
      var high = rounded(range[1], v.step);
      var text = shown(low) + (shown(high) === shown(low) ? "" : "–" + shown(high)) + " " + v.unit;
      var weight = document.createElement("strong");
      weight.className = "studio-load__weight";
      weight.textContent = text;
      span.textContent = "";
      span.appendChild(weight);
      span.appendChild(document.createTextNode(" (" + written + ")"));
      span.classList.add("studio-load--worked");
      return true;
    }

    function apply() {
      var v = values();
      var worked = 0;
      loads.forEach(function (span) { if (render(span, v)) worked += 1; });
      unitMarks.forEach(function (mark) { mark.textContent = v.unit; });
      tmOutputs.forEach(function (output) {
        var tm = trainingMaxOf(output.dataset.lift, v, trainingMax);
        output.hidden = !(usesTm[output.dataset.lift] && tm > 0);
        output.textContent = output.hidden ? "" : "Training max " + shown(tm) + " " + v.unit;
      });
      status.textContent = worked
        ? "Weights in " + v.unit + ", rounded to the nearest " + shown(v.step) + " " + v.unit + "."
        : "Enter a number above to see the weights.";
    }

    function save() {
      var maxes = {};
      fields.forEach(function (field) {
        if (field.value) maxes[id(field.dataset.lift, field.dataset.basis)] = field.value;
      });
      write(key, { unit: unitField.value, step: stepField.value, maxes: maxes });
    }

    function restore(link) {
      var saved = link || read(key) || {};
      unitField.value = saved.unit === "kg" || saved.unit === "lb" ? saved.unit : startUnit;
      stepField.value = typeof saved.step === "string" && number(saved.step) > 0
        ? saved.step : String(DEFAULT_STEP[unitField.value]);
      var maxes = saved.maxes && typeof saved.maxes === "object" ? saved.maxes : {};
      fields.forEach(function (field) {
        var value = maxes[id(field.dataset.lift, field.dataset.basis)];
        if (typeof value === "string" && number(value) > 0) field.value = value;
      });
    }

    var unitBefore = unitField.value;
    unitField.addEventListener("change", function () {
      /* A step still at the old unit's default follows the unit: 2.5 kg becomes 5 lb. */
      var step = number(stepField.value);
      if (!(step > 0) || step === DEFAULT_STEP[unitBefore]) stepField.value = String(DEFAULT_STEP[unitField.value]);
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

  window.studioOnPage(setUp);
})();
