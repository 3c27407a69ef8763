/* The compare page, before anything of it is drawn: for ?p=a,b,c naming 2 to 4 programmes, a style that
   shows only their columns and the "comparing" note. Slugs are lowercase letters, digits and hyphens, so
   they are safe inside the CSS strings. compare_page.js, after the table, checks the names are ours. */
(function () {
  "use strict";
  var asked = (new URLSearchParams(location.search).get("p") || "").split(",").filter(Boolean);
  var unique = asked.filter(function (slug, i) { return asked.indexOf(slug) === i && /^[a-z0-9-]+$/.test(slug); });
  if (unique.length < 2 || unique.length > 4 || unique.length !== asked.length) return;
  var style = document.createElement("style");
  style.id = "compare-choice";
  style.textContent = "#compare-page [data-slug]" + unique.map(function (slug) {
    return ':not([data-slug="' + slug + '"])';
  }).join("") + " { display: none; }";
  document.head.appendChild(style);
  document.documentElement.classList.add("studio-compare-chosen");
})();
