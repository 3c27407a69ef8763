/* "Which programme is for me?": scores the programmes embedded in the page against the reader's answers.
   Without JavaScript the form stays hidden and the note linking to the catalogue stays visible. */
(function () {
  "use strict";

  var SHOWN = 3; // recommendations listed; the rest are summarised below them

  function listing(words) {
    if (words.length < 2) return words.join("");
    return words.slice(0, -1).join(", ") + " and " + words[words.length - 1];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function answers(form, data) {
    var kit = Array.prototype.filter.call(form.querySelectorAll('input[name="kit"]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
    var failed = data.ifNo.filter(function (_, i) { return form.elements["ready-" + i].value === "no"; });
    return {
      goal: form.elements.goal.value,
      level: data.levels.indexOf(data.experience[Number(form.elements.experience.value)]),
      sessions: Number(form.elements.sessions.value),
      minutes: Number(form.elements.minutes.value),
      kit: kit,
      failed: failed
    };
  }

  /* One programme against the answers: a score, reasons for, and reasons it does not fit (blockers). */
  function assess(p, a, data) {
    var result = { program: p, score: 0, why: [], blockers: [], goalFits: true };
    var goals = p.goal.map(function (g) { return data.goals[g]; });
    if (p.goal.indexOf(a.goal) !== -1) {
      result.score += p.goal.length === 1 ? 3 : 2;
      result.why.push(p.goal.length === 1 ? "matches your goal: " + data.goals[a.goal]
        : "blends " + listing(goals) + ", including your goal");
    } else if (data.goals[a.goal] && a.goal !== "not sure") {
      result.goalFits = false;
      result.blockers.push("aims at " + listing(goals) + " rather than your goal, " + data.goals[a.goal]);
    } else if (p.goal.indexOf("general fitness") !== -1) {
      result.score += 1;
      result.why.push("builds general fitness: a sound start while you decide on a goal");
    }

    var level = data.levels.indexOf(p.level);
    if (level > a.level) {
      result.blockers.push("level: " + p.level + ", written for more training experience than you have so far");
    } else {
      result.score += level === a.level ? 2 : 1;
      result.why.push("level: " + p.level + (level === a.level ? ", right for your experience" : ", an easy step for your experience"));
    }

    if (p.sessions > a.sessions) {
      result.blockers.push("needs " + p.sessions + " sessions a week; you can manage " + a.sessions);
    } else {
      result.score += p.sessions === a.sessions ? 1 : 0;
      result.why.push(p.sessions === a.sessions ? "fits " + p.sessions + " sessions a week"
        : "needs " + p.sessions + " sessions a week, fewer than the " + a.sessions + " you can manage");
    }

    if (p.minutes > a.minutes) {
      result.blockers.push("sessions take about " + p.minutes + " minutes; you have up to " + a.minutes);
    } else {
      result.why.push("sessions take about " + p.minutes + " minutes, which fits your time");
    }

    var missing = p.equipment.filter(function (k) { return a.kit.indexOf(k) === -1; });
    result.missing = missing;
    if (missing.length) {
      result.blockers.push("needs kit you don't have: " + listing(missing));
    } else {
      result.why.push(p.equipment.length ? "needs only " + listing(p.equipment) + ", which you have" : "needs no equipment");
    }
    return result;
  }

  function pick(result, reasons) {
    var item = el("li", "studio-picker__pick");
    item.dataset.slug = result.program.slug;
    var link = el("a", "studio-picker__title", result.program.title);
    link.href = result.program.url;
    item.appendChild(link);
    var why = el("ul", "studio-picker__why");
    reasons.forEach(function (reason) { why.appendChild(el("li", "", reason)); });
    item.appendChild(why);
    return item;
  }

  function picks(results, heading) {
    var box = el("div", "studio-picker__group");
    box.appendChild(el("h2", "", heading));
    var list = el("ol", "studio-picker__list");
    results.forEach(function (r) { list.appendChild(pick(r, r.goalFits ? r.why : [r.blockers[0]].concat(r.why))); });
    box.appendChild(list);
    return box;
  }

  function notReady(data, a, results) {
    var first = results.filter(function (r) { return r.program.slug === data.ifNotReady; })[0];
    var box = el("div", "studio-picker__group studio-picker__first");
    box.appendChild(el("h2", "", "Start here: " + first.program.title));
    box.appendChild(el("p", "", "You answered no to " + (a.failed.length === 1 ? "one of the readiness checks"
      : a.failed.length + " of the readiness checks") + ", so we suggest building the basics first. "
      + "Come back to these questions when you can answer yes to all of them."));
    var list = el("ol", "studio-picker__list");
    var kit = first.missing.length ? ["Kit you will need first: " + listing(first.missing)] : [];
    list.appendChild(pick(first, a.failed.concat(kit)));
    box.appendChild(list);
    return box;
  }

  function others(results) {
    var details = el("details", "studio-picker__others");
    details.appendChild(el("summary", "", "Why not the others? (" + results.length + ")"));
    var list = el("ul");
    results.forEach(function (r) {
      var item = el("li");
      item.dataset.slug = r.program.slug;
      var link = el("a", "", r.program.title);
      link.href = r.program.url;
      item.appendChild(link);
      item.appendChild(document.createTextNode(": " + (r.blockers.length ? r.blockers : ["ranked lower for your answers"]).join("; ")));
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
  }

  function recommend(form, data, out) {
    var a = answers(form, data);
    var results = data.programs.map(function (p) { return assess(p, a, data); });
    var fitting = results.filter(function (r) { return !r.blockers.length || (!r.goalFits && r.blockers.length === 1); });
    var onGoal = fitting.filter(function (r) { return r.goalFits; });
    var ranked = (onGoal.length ? onGoal : fitting).slice().sort(function (x, y) { return y.score - x.score; });
    var chosen = ranked.slice(0, SHOWN);
    var ready = a.failed.length === 0 || !data.programs.some(function (p) { return p.slug === data.ifNotReady; });

    out.textContent = "";
    if (!ready) out.appendChild(notReady(data, a, results));
    chosen = chosen.filter(function (r) { return ready || r.program.slug !== data.ifNotReady; });
    if (chosen.length) {
      var heading = ready ? "Programmes that fit you" : "When you can answer yes to every check";
      var group = picks(chosen, heading);
      if (!onGoal.length && data.goals[a.goal] && a.goal !== "not sure") {
        group.insertBefore(el("p", "", "None of our programmes fits your goal with your time and kit, so these are the closest."), group.lastChild);
      }
      out.appendChild(group);
    } else if (ready) {
      out.appendChild(el("p", "studio-picker__none", "None of our programmes fits those answers yet. Try more time or more kit, or book a session and a coach will plan around you."));
    }
    var rest = results.filter(function (r) {
      return chosen.indexOf(r) === -1 && (ready || r.program.slug !== data.ifNotReady);
    });
    if (rest.length) out.appendChild(others(rest));
    out.hidden = false;
    out.focus();
  }

  function setUp() {
    var form = document.getElementById("picker-form");
    var source = document.getElementById("picker-data");
    var out = document.getElementById("picker-results");
    if (!form || !source || !out || form.dataset.ready) return;
    form.dataset.ready = "1";
    var data = JSON.parse(source.textContent);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      recommend(form, data, out);
    });
  }

  window.studioOnPage(setUp);
})();
