/* The compare page, before anything of it is drawn: for ?p=a,b,c naming 2 to 4 programmes, the
   "comparing" note and room for the table that compare.js builds from their JSON downloads, so nothing
   on screen moves when it arrives. compare.js checks that the names are ours. */
(function () {
  "use strict";
  var asked = (new URLSearchParams(location.search).get("p") || "").split(",").filter(Boolean);
  var unique = asked.filter(function (slug, i) { return asked.indexOf(slug) === i; });
  if (unique.length < 2 || unique.length > 4 || unique.length !== asked.length) return;
  document.documentElement.classList.add("studio-compare-chosen");
})();
