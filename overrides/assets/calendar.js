/* "Add to calendar" on a programme page: builds the programme's .ics in the browser for the
   reader's own start date, from the programme's JSON download (its "sessions" list, which the
   build-time .ics uses too). Without JavaScript the form stays hidden and the pre-built
   calendar link, starting the Monday after the site's last update, still works. */
(function () {
  "use strict";

  var DAY = 86400000;
  var encoder = new TextEncoder();

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function ymd(d) { return "" + d.getUTCFullYear() + pad(d.getUTCMonth() + 1) + pad(d.getUTCDate()); }
  function stamp(d) {
    return ymd(d) + "T" + pad(d.getUTCHours()) + pad(d.getUTCMinutes()) + pad(d.getUTCSeconds()) + "Z";
  }

  /* RFC 5545 text: escape backslash, semicolon, comma and newlines. */
  function text(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  /* Lines longer than 75 octets continue on the next line after a space; characters stay whole. */
  function fold(line) {
    var parts = [], current = "", size = 0;
    Array.from(line).forEach(function (ch) {
      var bytes = encoder.encode(ch).length;
      if (size + bytes > 75) { parts.push(current); current = " "; size = 1; }
      current += ch;
      size += bytes;
    });
    parts.push(current);
    return parts.join("\r\n");
  }

  function calendar(data, start, host, page) {
    var now = stamp(new Date());
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//" + text(document.title) + "//Programmes//EN",
                 "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + text(data.title)];
    data.sessions.forEach(function (s) {
      var day = new Date(start.getTime() + s.day_offset * DAY);
      lines.push("BEGIN:VEVENT",
        "UID:" + data.slug + "-w" + s.week + "-s" + s.session + "@" + host,
        "DTSTAMP:" + now,
        "DTSTART;VALUE=DATE:" + ymd(day),
        "DTEND;VALUE=DATE:" + ymd(new Date(day.getTime() + DAY)),
        "SUMMARY:" + text(data.title + ": " + s.title),
        "DESCRIPTION:" + text(s.description + "\n\nFull programme: " + page),
        "URL:" + page + "train/#w" + s.week + "-s" + s.session,  /* that session in the training view */
        "TRANSP:TRANSPARENT",
        "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function save(content, name) {
    var url = URL.createObjectURL(new Blob([content], { type: "text/calendar;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function setUp() {
    Array.prototype.forEach.call(document.querySelectorAll("form.studio-calendar"), function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = "1";
      var status = form.querySelector(".studio-calendar__status");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var parts = (form.elements.start.value || "").split("-").map(Number);
        if (parts.length !== 3 || parts.some(isNaN)) { status.textContent = "Choose the date of your first session."; return; }
        var start = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
        var page = location.origin + location.pathname;
        fetch(new URL(form.dataset.program, location.href))
          .then(function (response) {
            if (!response.ok) throw new Error(response.status);
            return response.json();
          })
          .then(function (data) {
            save(calendar(data, start, location.hostname || "localhost", page), form.dataset.file);
            status.textContent = data.sessions.length + " sessions from " + form.elements.start.value + ", saved as " + form.dataset.file + ".";
          })
          .catch(function () { status.textContent = "Sorry, the calendar could not be built. Use the calendar link above instead."; });
      });
    });
  }

  window.studioOnPage(setUp);
})();
