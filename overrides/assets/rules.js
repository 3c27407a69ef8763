/* Result rules in the browser: what the next session does by how this one went. The rules come from the
   programme's JSON download (each exercise's "results", written by studio.plan.results.Rules.data), and this
   follows the steps of studio.plan.results.step, line for line; both are tested against the worked examples in
   tests/fixtures/result-rules.yml, which are what the rules mean. The training view uses it through
   window.studioRules. A state is {load, unit, stage, misses}: the load the rules act on (a weight, a start weight
   with what has been added, or the max a percentage is of) in the lifter's unit, the stage of a stage list and
   the misses in a row. */
(function () {
  "use strict";

  var LB_PER_KG = 2.20462;  // as the calculator and the spreadsheet convert

  /* To a thousandth, half up, as studio.plan.results.half_up rounds. */
  function halfUp(value) {
    return Math.floor(value * 1000 + 0.5 + 1e-6) / 1000;
  }

  function inUnit(amount, unit, wanted) {
    if (unit === wanted || unit === "%") return amount;
    return wanted === "lb" ? amount * LB_PER_KG : amount / LB_PER_KG;
  }

  function copy(state, changes) {
    var next = { load: state.load, unit: state.unit, stage: state.stage, misses: state.misses };
    Object.keys(changes).forEach(function (key) { next[key] = changes[key]; });
    return next;
  }

  /* The rep targets of the next session: the stage's, or the exercise's as written. */
  function scheme(rules, state) {
    if (!rules.stages.length) return rules.targets;
    var stage = rules.stages[state.stage], found = [];
    for (var n = 0; n < stage.sets; n += 1) {
      found.push({ low: stage.reps, high: stage.reps, plus: stage.plus && n === stage.sets - 1 });
    }
    return found;
  }

  /* '3 × 5', '5 × 3+', '3 × 8–12', or each set: '5, 3, 1+'. */
  function schemeText(targets) {
    var words = targets.map(function (t) {
      return t.high === t.low || t.plus ? t.low + (t.plus ? "+" : "") : t.low + "–" + t.high;
    });
    var same = function (list) { return list.every(function (w) { return w === words[0]; }); };
    if (same(words)) return words.length + " × " + words[0];
    if (same(words.slice(0, -1)) && words[words.length - 1] === words[0] + "+") {
      return words.length + " × " + words[words.length - 1];
    }
    return words.join(", ");
  }

  function apply(rules, state, action, top) {
    var load = state.load, inc = rules.increase;
    if (action.do === "add" && action.unit === null) {
      if (!inc || (inc.top && !top)) return state;
      load = inc.unit === "%" ? load * (1 + inc.amount / 100) : load + inUnit(inc.amount, inc.unit, state.unit);
    } else if (action.do === "add") {
      load = load + inUnit(action.amount, action.unit, state.unit);
    } else if (action.do === "percent") {
      load = load * action.percent / 100;
    } else if (action.do === "next stage") {
      if (state.stage + 1 < rules.stages.length) return copy(state, { stage: state.stage + 1, misses: 0 });
      return copy(state, { stage: 0, misses: 0, load: halfUp(load * (rules.reset || 100) / 100) });
    } else if (action.do === "reset") {
      return copy(state, { stage: 0, misses: 0, load: halfUp(load * action.percent / 100) });
    }
    return copy(state, { load: halfUp(load) });
  }

  /* The state after a session whose working sets made `done` reps, in order; `targets` are the session's own rep
     targets where a week changes them (without stages). The steps of studio.plan.results.step. */
  function step(rules, state, done, targets) {
    var plan = rules.stages.length || !targets ? scheme(rules, state) : targets;
    var made = done.length >= plan.length && plan.every(function (t, n) { return done[n] >= t.low; });
    var top = made && plan.every(function (t, n) { return done[n] >= t.high; });
    var plus = [];
    plan.forEach(function (t, n) { if (t.plus && n < done.length) plus.push(n); });
    var misses = made ? 0 : state.misses + 1, action;
    if (!made && rules.after_misses !== null && misses >= rules.after_misses) {
      action = rules.then;
      misses = 0;
    } else if (rules.amrap.length && plus.length) {
      var reps = Math.max(done[plus[plus.length - 1]], 0);  // the table starts at 0
      action = rules.amrap.filter(function (row) {
        return row.low <= reps && (row.high === null || reps <= row.high);
      })[0].then;
    } else {
      action = made ? rules.made : rules.missed;
    }
    return apply(rules, copy(state, { misses: misses }), action, top);
  }

  window.studioRules = {
    start: function (load, unit) { return { load: load, unit: unit || "kg", stage: 0, misses: 0 }; },
    step: step,
    scheme: scheme,
    schemeText: schemeText
  };
})();
