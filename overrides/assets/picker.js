/* "Which programme is for me?": ranks every programme embedded in the page for the reader's answers.
   The rules are not here: the build (studio.content.ranking) gives each programme, for every answer to every
   question, its points and the words that say what differs; this script only adds up those of the reader's
   answers, fewest points first, a tie keeping the page's order, and puts the "not ready" programme first
   after a "no" to a readiness check. tests/fixtures/picker-ranking.yml is tested against both.
   Without JavaScript the form stays hidden and the best start for each goal shows instead. */
(function () {
  "use strict";

  var SHOWN = 3; // best fits listed first; the rest follow in a fold, in order

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function answerIndex(question, answers) {
    if (question.tick !== undefined) {
      if (!answers.kit) return -1;
      return answers.kit.indexOf(question.tick) !== -1 ? 0 : 1;
    }
    return question.answers.indexOf(answers[question.name]);
  }

  /* The programmes in order for `answers` ({goal, experience, sessions, minutes: the form's values; kit: the
     ticked kit; failed: the readiness checks answered no}); a question left out adds nothing. */
  function rank(data, answers) {
    var scored = data.programs.map(function (program, order) {
      var points = program.base;
      var found = [];
      data.questions.forEach(function (question, q) {
        var row = data.rows[program.fit[q]]; // row 0 is null: no difference whatever the answer
        var index = answerIndex(question, answers);
        var cell = row && index !== -1 ? row[index] : 0;
        if (!cell) return;
        points += cell[0];
        found.push({ points: cell[0], at: found.length, text: data.phrases[cell[1]] });
      });
      found.sort(function (x, y) { return y.points - x.points || x.at - y.at; });
      return {
        slug: program.slug, program: program, points: points, order: order,
        differences: found.map(function (f) { return f.text; })
      };
    });
    scored.sort(function (x, y) { return x.points - y.points || x.order - y.order; });
    if (answers.failed && answers.failed.length && data.ifNotReady) {
      var first = scored.filter(function (r) { return r.slug === data.ifNotReady; })[0];
      scored = [first].concat(scored.filter(function (r) { return r !== first; }));
    }
    return scored;
  }

  function answers(form, data) {
    var found = { kit: [], failed: [] };
    Array.prototype.forEach.call(form.querySelectorAll('input[name="kit"]'), function (box) {
      if (box.checked) found.kit.push(box.value);
    });
    data.questions.forEach(function (question) {
      if (question.tick === undefined) found[question.name] = form.elements[question.name].value;
    });
    data.ifNo.forEach(function (_, i) {
      if (form.elements["ready-" + i].value === "no") found.failed.push(i);
    });
    return found;
  }

  function pick(result, reasons) {
    var item = el("li", "studio-picker__pick");
    item.dataset.slug = result.slug;
    var link = el("a", "studio-picker__title", result.program.title);
    link.href = result.program.url;
    item.appendChild(link);
    item.appendChild(el("p", "studio-picker__about", result.program.about));
    if (reasons && reasons.length) {
      item.appendChild(el("p", "studio-picker__differs", "Why start here:"));
      var because = el("ul", "studio-picker__reasons");
      reasons.forEach(function (reason) { because.appendChild(el("li", "", reason)); });
      item.appendChild(because);
    }
    if (!result.differences.length) {
      item.appendChild(el("p", "studio-picker__fits", "Fits every answer you gave."));
      return item;
    }
    item.appendChild(el("p", "studio-picker__differs", "What differs from your answers:"));
    var why = el("ul", "studio-picker__why");
    result.differences.forEach(function (text) { why.appendChild(el("li", "", text)); });
    item.appendChild(why);
    return item;
  }

  function list(results, start) {
    var items = el("ol", "studio-picker__list");
    if (start > 1) items.start = start;
    results.forEach(function (r) { items.appendChild(pick(r)); });
    return items;
  }

  function notReady(first, failed) {
    var box = el("div", "studio-picker__group studio-picker__first");
    box.appendChild(el("h2", "", "Start here: " + first.program.title));
    box.appendChild(el("p", "", "You answered no to " + (failed.length === 1 ? "one of the readiness checks"
      : failed.length + " of the readiness checks") + ", so we suggest building the basics first. "
      + "Come back to these questions when you can answer yes to all of them."));
    var items = el("ol", "studio-picker__list");
    items.appendChild(pick(first, failed));
    box.appendChild(items);
    return box;
  }

  function recommend(form, data, out, status) {
    var given = answers(form, data);
    var ranked = rank(data, given);
    var pinned = given.failed.length && data.ifNotReady ? ranked.shift() : null;
    var best = ranked.slice(0, SHOWN);
    var rest = ranked.slice(SHOWN);
    var offset = pinned ? 2 : 1;

    out.textContent = "";
    if (pinned) out.appendChild(notReady(pinned, given.failed.map(function (i) { return data.ifNo[i]; })));
    if (best.length) {
      var group = el("div", "studio-picker__group");
      group.appendChild(el("h2", "", pinned ? "When you can answer yes to every check"
        : best[0].differences.length ? "Closest to your answers" : "Your best fits"));
      if (!pinned && best[0].differences.length) {
        group.appendChild(el("p", "", "No programme fits every answer, so here is what differs in each, "
          + "the smallest differences first."));
      }
      group.appendChild(list(best, offset));
      out.appendChild(group);
    }
    if (rest.length) {
      var details = el("details", "studio-picker__others");
      details.appendChild(el("summary", "", "The other " + rest.length + " programme" + (rest.length === 1 ? "" : "s")
        + ", further from your answers"));
      details.appendChild(list(rest, offset + best.length));
      out.appendChild(details);
    }
    out.hidden = false;
    var count = ranked.length + (pinned ? 1 : 0);
    status.textContent = pinned
      ? "Start here: " + pinned.program.title + ". Then " + ranked.length + " more, ranked for your answers."
      : "Ranked " + count + " programme" + (count === 1 ? "" : "s") + " for your answers. Best fit: "
        + ranked[0].program.title + ".";
    out.focus();
  }

  function setUp() {
    var form = document.getElementById("picker-form");
    var source = document.getElementById("picker-data");
    var out = document.getElementById("picker-results");
    var status = document.getElementById("picker-status");
    if (!form || !source || !out || !status || form.dataset.ready) return;
    form.dataset.ready = "1";
    var data = JSON.parse(source.textContent);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      recommend(form, data, out, status);
    });
  }

  window.studioPicker = { rank: rank };
  window.studioOnPage(setUp);
})();
