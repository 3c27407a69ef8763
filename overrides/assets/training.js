/* The training view (/programs/<slug>/train/): one session at a time, from the programme's JSON download (its
   "sessions" list, every set resolved for its week). Targets become weights through the load calculator
   (calculator.js, window.studioCalculator: its saved numbers, maths and rounding). A tap ticks a set and starts
   the rest timer; weight, reps, RPE and notes are kept in this browser (localStorage), never sent anywhere.
   The next session due is the first one not finished in the log; where an exercise has result rules (rules.js),
   its loads follow what the finished sessions before it logged, not the plan's. The log exports as CSV (one row per set) and as
   a backup file another device can restore. Without JavaScript, the page lists every session as written. */
(function () {
  "use strict";

  var LOG_PREFIX = "studio-training:";
  var LOG_FORMAT = "kestrel-studio-training-log/1";
  var BACKUP_FORMAT = "kestrel-studio-backup/1";
  var CSV_HEADER = ["date", "programme", "week", "session", "exercise", "set", "weight", "unit", "reps", "rpe", "notes"];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "className") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function sessionId(s) { return "w" + s.week + "-s" + s.session; }

  function readJson(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "null");
      return value && typeof value === "object" ? value : null;
    } catch (error) {
      return null;
    }
  }

  function writeJson(key, value) {
    try {
      if (value) window.localStorage.setItem(key, JSON.stringify(value));
      else window.localStorage.removeItem(key);
      return true;
    } catch (error) {
      return false;  // private browsing or storage full
    }
  }

  function ourKeys() {
    var keys = [];
    var calc = window.studioCalculator ? window.studioCalculator.keyPrefix : "studio-calculator:";
    try {
      for (var i = 0; i < window.localStorage.length; i += 1) {
        var key = window.localStorage.key(i);
        if (key.indexOf(LOG_PREFIX) === 0 || key.indexOf(calc) === 0) keys.push(key);
      }
    } catch (error) { /* storage blocked */ }
    return keys.sort();
  }

  /* A CSV cell; text that a spreadsheet would run as a formula gets a leading quote, as the CSV download does. */
  function cell(value) {
    var text = value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function save(content, name, type) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = el("a", { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* The rest timer: counts down from the exercise's rest, keeps the screen on while it runs (where the browser
     allows), and vibrates and beeps at the end. */
  function RestTimer(box) {
    var time = box.querySelector(".studio-timer__time");
    var label = box.querySelector(".studio-timer__label");
    var status = box.querySelector(".studio-timer__status");
    var end = 0, interval = null, lock = null, audio = null;

    function format(seconds) {
      var m = Math.floor(seconds / 60), s = seconds % 60;
      return m + ":" + (s < 10 ? "0" : "") + s;
    }
    function keepAwake() {
      if (lock || !navigator.wakeLock || document.visibilityState !== "visible") return;
      navigator.wakeLock.request("screen").then(function (sentinel) { lock = sentinel; }, function () {});
    }
    function letSleep() {
      if (lock) { lock.release().catch(function () {}); lock = null; }
    }
    function beep() {
      try {
        if (!audio) return;
        var osc = audio.createOscillator(), gain = audio.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start();
        osc.stop(audio.currentTime + 0.4);
      } catch (error) { /* no sound here */ }
    }
    function show() {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      time.textContent = format(left);
      if (left > 0) return;
      clearInterval(interval);
      interval = null;
      box.dataset.state = "done";
      status.textContent = "Rest over: time for your next set.";
      if (navigator.vibrate) { try { navigator.vibrate([300, 150, 300]); } catch (error) { /* not allowed */ } }
      beep();
      letSleep();
    }
    this.start = function (seconds, what) {
      if (!(seconds > 0)) return;
      try {  // made on the tap, so the browser lets it play at the end
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!audio && Context) audio = new Context();
        if (audio && audio.state === "suspended") audio.resume();
      } catch (error) { audio = null; }
      end = Date.now() + seconds * 1000;
      label.textContent = "Rest after " + what;
      status.textContent = "";
      box.dataset.state = "running";
      box.dataset.seconds = String(seconds);
      box.hidden = false;
      clearInterval(interval);
      interval = setInterval(show, 250);
      show();
      keepAwake();
    };
    this.more = function (seconds) {
      if (box.dataset.state !== "running") { end = Date.now(); box.dataset.state = "running"; status.textContent = ""; }
      end += seconds * 1000;
      if (!interval) interval = setInterval(show, 250);
      show();
      keepAwake();
    };
    this.stop = function () {
      clearInterval(interval);
      interval = null;
      box.hidden = true;
      box.dataset.state = "stopped";
      letSleep();
    };
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible" && interval) keepAwake();
    });
    box.querySelector(".studio-timer__more").addEventListener("click", this.more.bind(this, 30));
    box.querySelector(".studio-timer__stop").addEventListener("click", this.stop.bind(this));
  }

  function setUp() {
    var root = document.getElementById("studio-training");
    var app = document.getElementById("studio-train-app");
    if (!root || !app || root.dataset.ready) return;
    root.dataset.ready = "1";
    var slug = root.dataset.program;
    var title = root.dataset.title;
    var key = LOG_PREFIX + slug;
    var calc = window.studioCalculator;
    var form = document.getElementById("studio-calculator");
    var tools = root.querySelector(".studio-train__tools");
    var toolsStatus = root.querySelector(".studio-train__tools-status");
    var timer = new RestTimer(document.getElementById("studio-timer"));
    var data = null, current = null, message = "";

    function log() {
      var found = readJson(key);
      if (!found || typeof found.sessions !== "object" || !found.sessions) found = { format: LOG_FORMAT, program: slug, sessions: {} };
      return found;
    }
    function entryOf(theLog, id) {
      var entry = theLog.sessions[id];
      if (!entry || typeof entry !== "object") entry = theLog.sessions[id] = { date: "", finished: false, exercises: {}, blocks: {} };
      entry.exercises = entry.exercises || {};
      entry.blocks = entry.blocks || {};
      return entry;
    }
    function numbers() {
      return calc ? calc.saved(slug) : { unit: "kg", step: 2.5, maxes: {}, bar: 20, plates: [] };
    }

    /* Result rules (rules.js, window.studioRules): each exercise's are its day template's "results" in the JSON. */
    function rulesOf(session, exercise) {
      var phase = data.phases[session.phase], found = null;
      var day = phase && phase.days[session.day];
      (day ? day.exercises : []).forEach(function (item) {
        (item.type === "superset" || item.type === "pair" ? item.exercises : [item]).forEach(function (e) {
          if (e.type === "exercise" && e.order === exercise.order && e.exercise === exercise.exercise) found = e.results;
        });
      });
      return found || null;
    }
    function repTarget(set) {
      var low = set.reps.low || 0;
      return { low: low, high: set.reps.high === null ? low : set.reps.high, plus: set.reps.kind === "amrap" };
    }
    function inUnit(amount, from, to) {
      if (!from || from === to) return amount;
      return to === "lb" ? amount * 2.20462 : amount / 2.20462;
    }
    /* The number the rules act on, as the plan has it for a working set, in the reader's unit: the max a percentage
       is of (with the plan's increases), the start weight with what has been added, or a weight; null when the
       reader has not given the number it needs. */
    function baseOf(set, exercise, v) {
      var load = set.load;
      if (!load || !calc) return null;
      if (load.kind === "weight") return load.low === null ? null : inUnit(load.low, load.unit, v.unit);
      if (load.kind !== "percent" && load.kind !== "start") return null;
      var whole = calc.fromSet(set, exercise.exercise, exercise.barbell, false);
      whole.low = whole.high = 100;
      whole.scale = 1;
      var range = calc.weights(whole, v, data.training_max || NaN);
      return range ? range[0] : null;
    }
    /* Whose results an exercise's rules follow: the lift's, or a tier's own where the entry has a tier (its start
       weight then says so in `lift`, 'Back squat (T1)'), so a light second tier's misses never move the first. */
    function entryKey(exercise) {
      var load = exercise.sets.length ? exercise.sets[0].load : null;
      return exercise.exercise + "|" + (load && load.kind === "start" && load.lift ? load.lift : "");
    }
    /* What the finished sessions before `session` make of its exercise by the rules: {state, offset} (offset: the
       rules' load less the plan's, in the reader's unit), or null when no finished session logged it. The first
       logged session starts from the plan's load; each then steps the rules with the reps of its ticked sets. */
    function byResults(session, exercise, v) {
      var own = rulesOf(session, exercise);
      /* A percentage increase raises the percentages the plan prints, not the number the rules act on: following
         the log as well would count it twice, so such an exercise keeps the plan's loads (as the spreadsheet does). */
      if (!window.studioRules || !exercise.sets.length || !own || (own.increase && own.increase.unit === "%")) return null;
      var theLog = log(), state = null;
      data.sessions.forEach(function (before) {
        var entry = theLog.sessions[sessionId(before)];
        if (before.index >= session.index || !entry || !entry.finished || !entry.exercises) return;
        before.exercises.forEach(function (e) {
          var rules = rulesOf(before, e), logged = entry.exercises[e.order];
          if (entryKey(e) !== entryKey(exercise) || !rules || !logged || !e.sets.length) return;
          if (state === null) {
            var start = baseOf(e.sets[0], e, v);
            if (start === null) return;
            state = window.studioRules.start(start, v.unit);
          }
          var done = [], sets = logged.sets || {};
          e.sets.forEach(function (s) {
            var got = sets[s.set], reps = got ? parseInt(got.reps, 10) : NaN;
            if (got && got.done && isFinite(reps) && reps >= 0) done.push(reps);
          });
          var working = e.sets.filter(function (s) { return !s.optional; }).map(repTarget);
          state = window.studioRules.step(rules, state, done, rules.stages.length ? null : working);
        });
      });
      var base = state === null ? null : baseOf(exercise.sets[0], exercise, v);
      return base === null ? null : { state: state, offset: state.load - base, rules: rulesOf(session, exercise) };
    }
    /* A set whose load the rules moved by `offset` (in the reader's unit): the max, start weight or weight. */
    function moved(set, offset, v, warmup) {
      var load = set.load;
      if (!offset || !load || (load.kind === "weight" && warmup)) return set;
      var copy = {}, changed = {};
      Object.keys(set).forEach(function (k) { copy[k] = set[k]; });
      Object.keys(load).forEach(function (k) { changed[k] = load[k]; });
      if (load.kind === "weight") {
        if (load.low === null) return set;
        changed.low = inUnit(load.low, load.unit, v.unit) + offset;
        changed.high = inUnit(load.high === null ? load.low : load.high, load.unit, v.unit) + offset;
      } else if (load.kind === "percent" || load.kind === "start") {
        changed.add = inUnit(load.add || 0, load.unit, v.unit) + offset;
      } else {
        return set;
      }
      changed.unit = v.unit;
      changed.text = "by your log";  // the plan's words ('Start + 2.5 kg') no longer say what the weight is
      copy.load = changed;
      return copy;
    }
    /* The exercise as the session shows it: its loads moved by the rules where the log has moved them. */
    function asLogged(session, exercise, v) {
      var found = byResults(session, exercise, v);
      if (!found) return { exercise: exercise, found: null };
      var offset = Math.abs(found.offset) < 0.0005 ? 0 : found.offset;
      var copy = {};
      Object.keys(exercise).forEach(function (k) { copy[k] = exercise[k]; });
      copy.sets = exercise.sets.map(function (s) { return moved(s, offset, v, false); });
      copy.warmups = exercise.warmups.map(function (s) { return moved(s, offset, v, true); });
      return { exercise: copy, found: found, offset: offset };
    }
    /* "By your log: 2 misses in a row; 6 × 2 this time; 5 kg under the plan's load." */
    function resultsText(adjusted, v) {
      var found = adjusted.found;
      if (!found) return "";
      var parts = [], misses = found.state.misses;
      if (misses) parts.push(misses + (misses === 1 ? " miss" : " misses") + " in a row");
      if (found.rules.stages.length) {
        parts.push(window.studioRules.schemeText(window.studioRules.scheme(found.rules, found.state)) + " this time");
      }
      if (adjusted.offset) {
        parts.push(calc.shown(Math.abs(adjusted.offset)) + " " + v.unit + (adjusted.offset < 0 ? " under" : " over") +
          " the plan's load");
      } else {
        parts.push("the plan's load");
      }
      return "By your log: " + parts.join("; ") + ".";
    }

    /* The target weight of a set in the reader's unit, rounded to their step (a barbell warm-up never below the
       bar), worked out by the calculator; null when it needs a number they have not given, or when it is not a
       weight (bodyweight, an effort off the RPE chart). */
    function weightOf(set, exercise, v, warmup) {
      var load = set.load;
      if (!load || !calc) return null;
      var first = exercise.sets.length ? exercise.sets[0].load : null;
      if (warmup && load.share !== null && load.share !== undefined && first && first.kind === "weight") {
        /* A share of a fixed working weight: worked out again from the exact share with the reader's step and bar. */
        var worked = calc.worked({ kind: "weight", low: first.low * load.share / 100, high: first.high * load.share / 100,
          unit: first.unit, lift: exercise.exercise, warmup: true, bar: exercise.barbell }, v, NaN);
        return worked ? worked[0] : null;
      }
      if (load.kind === "weight" && load.unit === v.unit && load.low !== null) return load.low;
      var range = calc.worked(calc.fromSet(set, exercise.exercise, exercise.barbell, warmup), v, data.training_max || NaN);
      return range ? range[0] : null;
    }
    function loadText(set, exercise, v, warmup) {
      var load = set.load;
      if (!load) return "";
      var weight = load.kind === "bar" && load.share === null ? null : weightOf(set, exercise, v, warmup);
      if (load.kind === "bar" && (weight === null || (exercise.barbell && weight === v.bar))) return "Bar";
      return weight === null ? load.text : calc.shown(weight) + " " + v.unit;
    }
    /* How to load a barbell set's target: "25 + 10 + 5 + 1.25 per side". */
    function platesText(weight, exercise, v) {
      return exercise.barbell && weight !== null && calc.plates ? calc.plates([weight, weight], v) : "";
    }

    function nextDue(theLog) {
      for (var i = 0; i < data.sessions.length; i += 1) {
        var entry = theLog.sessions[sessionId(data.sessions[i])];
        if (!entry || !entry.finished) return data.sessions[i];
      }
      return null;
    }
    function find(id) {
      for (var i = 0; i < data.sessions.length; i += 1) if (sessionId(data.sessions[i]) === id) return data.sessions[i];
      return null;
    }
    function items(session) {
      var list = session.exercises.map(function (e) { return { order: e.order, exercise: e }; })
        .concat(session.blocks.map(function (b) { return { order: b.order, block: b }; }));
      return list.sort(function (a, b) { return a.order < b.order ? -1 : a.order > b.order ? 1 : 0; });
    }

    function update(mutate) {
      var theLog = log();
      var entry = entryOf(theLog, sessionId(current));
      mutate(entry);
      if (!entry.date) entry.date = today();
      theLog.format = LOG_FORMAT;
      theLog.program = slug;
      if (!writeJson(key, theLog)) message = "Your browser would not keep the log: it may be in private mode or full.";
    }

    function setRow(exercise, set, index, saved, v, rpeAsked) {
      var id = "studio-train-" + exercise.order + "-" + set.set;
      var done = !!(saved && saved.done);
      var row = el("li", { className: "studio-train__set" + (done ? " studio-train__set--done" : "") });
      row.dataset.set = String(set.set);
      var tick = el("button", { type: "button", className: "studio-train__tick", "aria-pressed": done ? "true" : "false" });
      tick.appendChild(el("span", { className: "studio-train__check", "aria-hidden": "true" }, "✓"));
      tick.appendChild(el("span", {}, "Set " + set.set + (set.optional ? " (optional)" : "")));
      row.appendChild(tick);

      var target = weightOf(set, exercise, v, false);
      var isTime = set.reps.kind === "time";
      var weight = el("input", { type: "number", id: id + "-weight", inputmode: "decimal", step: "any", min: "0",
        className: "studio-train__weight" });
      weight.value = saved && saved.weight !== undefined ? saved.weight : target === null ? "" : calc.shown(target);
      if (set.load && target === null && set.load.kind !== "bodyweight") weight.placeholder = set.load.kind === "bar" ? "Bar" : "";
      var reps = el("input", { type: "number", id: id + "-reps", inputmode: "numeric", step: "1", min: "0",
        className: "studio-train__reps" });
      var repsTarget = isTime ? set.reps.seconds : set.reps.low;
      reps.value = saved && saved.reps !== undefined ? saved.reps : repsTarget === null ? "" : String(repsTarget);

      var weightField = el("div", { className: "studio-train__field" });
      var weightLabel = el("label", { for: id + "-weight" });
      weightLabel.appendChild(el("span", { className: "studio-sr" }, "Set " + set.set + " weight in "));
      weightLabel.appendChild(document.createTextNode(v.unit));
      weightField.appendChild(weightLabel);
      var stepper = el("div", { className: "studio-train__stepper" });
      var less = el("button", { type: "button", className: "studio-train__step", "aria-label": "Set " + set.set + ": " + calc.shown(v.step) + " " + v.unit + " less" }, "−");
      var more = el("button", { type: "button", className: "studio-train__step", "aria-label": "Set " + set.set + ": " + calc.shown(v.step) + " " + v.unit + " more" }, "+");
      stepper.appendChild(less);
      stepper.appendChild(weight);
      stepper.appendChild(more);
      weightField.appendChild(stepper);
      row.appendChild(weightField);

      var repsField = el("div", { className: "studio-train__field" });
      var repsLabel = el("label", { for: id + "-reps" });
      repsLabel.appendChild(el("span", { className: "studio-sr" }, "Set " + set.set + " "));
      repsLabel.appendChild(document.createTextNode(isTime ? "Seconds" : "Reps"));
      repsField.appendChild(repsLabel);
      repsField.appendChild(reps);
      row.appendChild(repsField);

      var rpe = null;
      if (rpeAsked) {
        rpe = el("input", { type: "number", id: id + "-rpe", inputmode: "decimal", step: "0.5", min: "1", max: "10",
          className: "studio-train__rpe" });
        rpe.value = saved && saved.rpe ? saved.rpe : "";
        var rpeField = el("div", { className: "studio-train__field" });
        var rpeLabel = el("label", { for: id + "-rpe" });
        rpeLabel.appendChild(el("span", { className: "studio-sr" }, "Set " + set.set + " "));
        rpeLabel.appendChild(document.createTextNode("RPE"));
        rpeField.appendChild(rpeLabel);
        rpeField.appendChild(rpe);
        row.appendChild(rpeField);
      }
      row.appendChild(el("p", { className: "studio-train__target" },
        "Target " + set.reps.text + (isTime ? "" : set.reps.kind === "fixed" && set.reps.low === 1 ? " rep" : " reps") +
        (set.load && set.load.kind !== "bodyweight" ? " @ " + loadText(set, exercise, v, false) +
          (target !== null ? " (" + set.load.text + ")" : "") : "") +
        (platesText(target, exercise, v) ? ". " + platesText(target, exercise, v) : "")));

      function store(ticked) {
        update(function (entry) {
          var ex = entry.exercises[exercise.order] = entry.exercises[exercise.order] || { name: exercise.exercise, sets: {} };
          ex.name = exercise.exercise;
          ex.sets = ex.sets || {};
          var before = ex.sets[set.set] || {};
          ex.sets[set.set] = { weight: weight.value, unit: v.unit, reps: reps.value, rpe: rpe ? rpe.value : "",
            done: ticked === undefined ? !!before.done : ticked };
        });
      }
      tick.addEventListener("click", function () {
        var now = tick.getAttribute("aria-pressed") !== "true";
        tick.setAttribute("aria-pressed", now ? "true" : "false");
        row.classList.toggle("studio-train__set--done", now);
        store(now);
        if (now && exercise.rest) timer.start(exercise.rest.low_seconds, exercise.exercise + ", set " + set.set);
      });
      function nudge(by) {
        var value = parseFloat(weight.value);
        value = (isFinite(value) ? value : 0) + by;
        weight.value = calc.shown(Math.max(0, calc.rounded(value, v.step)));
        store();
      }
      less.addEventListener("click", function () { nudge(-v.step); });
      more.addEventListener("click", function () { nudge(v.step); });
      [weight, reps, rpe].forEach(function (input) { if (input) input.addEventListener("change", function () { store(); }); });
      return row;
    }

    function exerciseItem(planned, entry, v) {
      var adjusted = asLogged(current, planned, v), exercise = adjusted.exercise;
      var saved = entry.exercises[exercise.order] || {};
      var item = el("li", { className: "studio-train__ex" });
      var headingId = "studio-train-ex-" + exercise.order;
      var heading = el("h3", { id: headingId });
      heading.appendChild(document.createTextNode(exercise.order + ". "));
      heading.appendChild(el("a", { href: "../../../" + exercise.exercise_url }, exercise.exercise));
      if (exercise.optional) heading.appendChild(el("span", { className: "studio-optional" }, "optional"));
      item.appendChild(heading);
      var facts = [];
      if (exercise.rest) facts.push("Rest " + exercise.rest.text);
      if (exercise.tempo) facts.push("Tempo " + exercise.tempo);
      if (exercise.each_side) facts.push("Each side");
      if (facts.length) item.appendChild(el("p", { className: "studio-train__facts" }, facts.join(" · ")));
      var byLog = resultsText(adjusted, v);
      if (byLog) item.appendChild(el("p", { className: "studio-train__results" }, byLog));
      if (exercise.warmups.length) {
        item.appendChild(el("p", { className: "studio-train__warmups" }, "Warm-up: " + exercise.warmups.map(function (w) {
          return loadText(w, exercise, v, true) + " × " + w.reps.text;
        }).join(", ")));
      } else if (exercise.warmup_sets) {
        item.appendChild(el("p", { className: "studio-train__warmups" },
          "Warm-up: " + exercise.warmup_sets + " ramp-up set" + (exercise.warmup_sets > 1 ? "s" : "") + " to your first working weight"));
      }
      var rpeAsked = exercise.sets.some(function (s) { return s.load && (s.load.kind === "rpe" || s.load.kind === "rir"); });
      var sets = el("ol", { className: "studio-train__sets", "aria-labelledby": headingId });
      exercise.sets.forEach(function (set, index) {
        sets.appendChild(setRow(exercise, set, index, (saved.sets || {})[set.set], v, rpeAsked));
      });
      item.appendChild(sets);
      var words = [exercise.notes, exercise.rule ? "Rule: " + exercise.rule : ""].filter(Boolean).join(" ");
      if (words) item.appendChild(el("p", { className: "studio-train__notes" }, words));
      var noteId = "studio-train-note-" + exercise.order;
      var noteField = el("div", { className: "studio-train__field studio-train__note" });
      noteField.appendChild(el("label", { for: noteId }, "Notes on " + exercise.exercise));
      var note = el("input", { type: "text", id: noteId, autocomplete: "off" });
      note.value = saved.notes || "";
      note.addEventListener("change", function () {
        update(function (e) {
          var ex = e.exercises[exercise.order] = e.exercises[exercise.order] || { name: exercise.exercise, sets: {} };
          ex.notes = note.value;
        });
      });
      noteField.appendChild(note);
      item.appendChild(noteField);
      return item;
    }

    function blockItem(block, entry) {
      var saved = entry.blocks[block.order] || {};
      var item = el("li", { className: "studio-train__ex studio-train__block" });
      var headingId = "studio-train-ex-" + block.order;
      item.appendChild(el("h3", { id: headingId }, block.order + ". " + block.title));
      var rows = el("ul", { className: "studio-train__moves" });
      block.rows.forEach(function (row) {
        rows.appendChild(el("li", {}, row.work + " " + (row.exercise || "rest") + (row.load ? " (" + row.load + ")" : "")));
      });
      item.appendChild(rows);
      if (block.notes) item.appendChild(el("p", { className: "studio-train__notes" }, block.notes));
      var boxes = el("div", { className: "studio-train__boxes" });
      var inputs = block.log_boxes.map(function (box, i) {
        var id = "studio-train-" + block.order + "-box-" + i;
        var field = el("div", { className: "studio-train__field" });
        field.appendChild(el("label", { for: id }, box));
        var input = el("input", { type: "text", id: id, inputmode: "decimal", autocomplete: "off" });
        input.value = (saved.values || {})[box] || "";
        field.appendChild(input);
        boxes.appendChild(field);
        return input;
      });
      var tick = el("button", { type: "button", className: "studio-train__tick", "aria-pressed": saved.done ? "true" : "false" });
      tick.appendChild(el("span", { className: "studio-train__check", "aria-hidden": "true" }, "✓"));
      tick.appendChild(el("span", {}, "Done"));
      boxes.insertBefore(tick, boxes.firstChild);
      item.appendChild(boxes);
      function store() {
        update(function (e) {
          var values = {};
          block.log_boxes.forEach(function (box, i) { values[box] = inputs[i].value; });
          e.blocks[block.order] = { name: block.title, values: values, done: tick.getAttribute("aria-pressed") === "true" };
        });
      }
      tick.addEventListener("click", function () {
        tick.setAttribute("aria-pressed", tick.getAttribute("aria-pressed") === "true" ? "false" : "true");
        store();
      });
      inputs.forEach(function (input) { input.addEventListener("change", store); });
      return item;
    }

    function render(session) {
      current = session;
      var theLog = log();
      var due = nextDue(theLog);
      var entry = theLog.sessions[sessionId(session)] || { exercises: {}, blocks: {} };
      entry.exercises = entry.exercises || {};
      entry.blocks = entry.blocks || {};
      var v = numbers();
      app.textContent = "";
      root.classList.add("studio-train--ready");

      var head = el("div", { className: "studio-train__head" });
      var pickField = el("div", { className: "studio-train__field studio-train__pick" });
      pickField.appendChild(el("label", { for: "studio-train-session" }, "Session"));
      var pick = el("select", { id: "studio-train-session" });
      data.sessions.forEach(function (s) {
        var id = sessionId(s);
        var saved = theLog.sessions[id];
        var option = el("option", { value: id }, s.title + (saved && saved.finished ? " ✓" : due && id === sessionId(due) ? " (next)" : ""));
        if (id === sessionId(session)) option.selected = true;
        pick.appendChild(option);
      });
      pick.addEventListener("change", function () { go(pick.value, true); });
      pickField.appendChild(pick);
      head.appendChild(pickField);
      app.appendChild(head);

      if (message) { app.appendChild(el("p", { className: "studio-train__message", role: "status" }, message)); message = ""; }
      var heading = el("h2", { className: "studio-train__title", id: "studio-train-title", tabindex: "-1" }, session.title);
      app.appendChild(heading);
      var state = entry.finished ? "Done on " + entry.date + "." :
        due && sessionId(due) === sessionId(session) ? "Your next session." : "";
      if (!due) state = "Every session is done: well trained!" + (entry.finished ? " This one was done on " + entry.date + "." : "");
      if (state) app.appendChild(el("p", { className: "studio-train__state" }, state));
      var phase = data.phases[session.phase];
      var day = phase && phase.days[session.day];
      if (day && day.warmup) app.appendChild(el("p", { className: "studio-day__warmup" }, "Warm-up: " + day.warmup));
      if (!Object.keys(v.maxes).length && session.exercises.some(function (e) {
        return e.sets.some(function (s) { return s.load && (s.load.kind === "percent" || s.load.kind === "start" || s.chart); });
      })) {
        app.appendChild(el("p", { className: "studio-train__hint" }, "Open “Your numbers” above and enter yours to see every target as a weight."));
      }
      var list = el("ol", { className: "studio-train__exercises" });
      items(session).forEach(function (it) {
        list.appendChild(it.block ? blockItem(it.block, entry) : exerciseItem(it.exercise, entry, v));
      });
      app.appendChild(list);
      var finish = el("button", { type: "button", className: "md-button md-button--primary studio-train__finish" },
        entry.finished ? "Save changes" : "Finish session");
      finish.addEventListener("click", function () {
        var theTitle = session.title;
        update(function (e) { e.finished = true; });
        timer.stop();
        var next = nextDue(log());
        message = theTitle + " is saved in your log." + (next ? " Next: " + next.title + "." : " That was the last session.");
        go(next ? sessionId(next) : sessionId(session), true);
        var title = document.getElementById("studio-train-title");
        if (title) title.focus();
      });
      app.appendChild(finish);
    }

    function go(id, remember) {
      var session = find(id) || nextDue(log()) || data.sessions[data.sessions.length - 1];
      if (remember && history.replaceState) history.replaceState(null, "", "#" + sessionId(session));
      render(session);
    }

    function fromHash() {
      var match = /^#(w\d+-s\d+)/.exec(location.hash || "");
      go(match ? match[1] : "", false);
    }

    function csv() {
      var theLog = log();
      var rows = [CSV_HEADER];
      data.sessions.forEach(function (s) {
        var entry = theLog.sessions[sessionId(s)];
        if (!entry) return;
        items(s).forEach(function (it) {
          if (it.block) {
            var b = (entry.blocks || {})[it.order];
            if (!b || !b.done) return;
            var values = Object.keys(b.values || {}).map(function (k) { return k + ": " + b.values[k]; }).join("; ");
            rows.push([entry.date, title, s.week, s.session, it.block.title, 1, "", "", "", "", values]);
            return;
          }
          var ex = (entry.exercises || {})[it.order];
          if (!ex || !ex.sets) return;
          it.exercise.sets.forEach(function (set) {
            var done = ex.sets[set.set];
            if (!done || !done.done) return;
            rows.push([entry.date, title, s.week, s.session, it.exercise.exercise, set.set, done.weight, done.weight ? done.unit : "",
              done.reps, done.rpe, ex.notes || ""]);
          });
        });
      });
      return { text: "\ufeff" + rows.map(function (r) { return r.map(cell).join(","); }).join("\r\n") + "\r\n", sets: rows.length - 1 };
    }

    function backup() {
      var saved = {};
      ourKeys().forEach(function (k) { saved[k] = readJson(k); });
      return JSON.stringify({ format: BACKUP_FORMAT, saved: today(), items: saved }, null, 1);
    }

    function restore(text) {
      var found;
      try { found = JSON.parse(text); } catch (error) { found = null; }
      if (!found || found.format !== BACKUP_FORMAT || typeof found.items !== "object" || !found.items) {
        return "That file is not a training backup from this site.";
      }
      var count = 0;
      Object.keys(found.items).forEach(function (k) {
        var value = found.items[k];
        var calcPrefix = calc ? calc.keyPrefix : "studio-calculator:";
        if ((k.indexOf(LOG_PREFIX) !== 0 && k.indexOf(calcPrefix) !== 0) || !value || typeof value !== "object") return;
        if (k.indexOf(LOG_PREFIX) === 0) {  // sessions in the backup join the ones already here
          var here = readJson(k);
          if (here && here.sessions && value.sessions) {
            Object.keys(value.sessions).forEach(function (id) { here.sessions[id] = value.sessions[id]; });
            value = here;
          }
        }
        if (writeJson(k, value)) count += 1;
      });
      return "Backup restored: " + count + " item" + (count === 1 ? "" : "s") + ".";
    }

    tools.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button || !data) return;
      var action = button.dataset.action;
      if (action === "csv") {
        var made = csv();
        save(made.text, slug + "-log.csv", "text/csv;charset=utf-8");
        toolsStatus.textContent = made.sets + " set" + (made.sets === 1 ? "" : "s") + " saved as " + slug + "-log.csv.";
      } else if (action === "backup") {
        save(backup(), "training-backup-" + today() + ".json", "application/json");
        toolsStatus.textContent = "Backup saved. Restore it on another device from this page.";
      } else if (action === "delete") {
        if (!window.confirm("Delete your training log and your numbers for every programme on this device? This cannot be undone.")) return;
        ourKeys().forEach(function (k) { writeJson(k, null); });
        if (form && form.dataset.ready) form.reset();
        toolsStatus.textContent = "Your log and numbers are deleted from this device.";
        go("", true);
      }
    });
    tools.querySelector("input[data-action=import]").addEventListener("change", function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) return;
      file.text().then(function (text) {
        toolsStatus.textContent = restore(text);
        event.target.value = "";
        if (data) go("", true);  // the next session due by the restored log
      });
    });

    if (form) {  // new numbers: new weights (calculator.js saved them first, as its listeners come first)
      var again = function () {
        if (!form.dataset.ready && calc) {  // a programme without lifts to work out: the unit and step only
          calc.write(slug, { unit: form.elements.unit.value, step: form.elements.step.value, maxes: {} });
        }
        if (data && current) render(current);
      };
      form.addEventListener("change", again);
      if (!form.dataset.ready && calc) {
        var v = calc.saved(slug);
        form.elements.unit.value = v.unit;
        form.elements.step.value = String(v.step);
      }
    }

    fetch(root.dataset.json)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (found) {
        data = found;
        fromHash();
        window.addEventListener("hashchange", fromHash);
      })
      .catch(function () {
        app.textContent = "";
        app.appendChild(el("p", { className: "studio-train__message", role: "status" },
          "The session view could not load the programme's data (are you offline?). Every session is listed below."));
      });
  }

  window.studioOnPage(setUp);
})();
