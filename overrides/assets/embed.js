/* Third-party booking forms and exercise videos load only when the reader asks: a click on the box's
   button, or an earlier consent given through Material's cookie consent (extra.consent in mkdocs.yml)
   for the box's kind: data-consent, "booking" unless it says otherwise (videos say "video").
   Without JavaScript the plain link is all there is. */
(function () {
  "use strict";

  function consented(kind) {
    try {
      var consent = typeof __md_get === "function" ? __md_get("__consent") : null;
      return Boolean(consent && consent[kind]);
    } catch (error) {
      return false;
    }
  }

  function load(box) {
    var src = box.dataset.embed || "";
    if (src.indexOf("https://") !== 0 || box.querySelector("iframe")) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = box.dataset.title || "Booking form";
    frame.className = "studio-embed__frame";
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    if (box.dataset.consent === "video") {
      frame.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
      frame.className += " studio-embed__frame--video";
    }
    box.querySelector(".studio-embed__load").replaceWith(frame);
  }

  function setUp() {
    document.querySelectorAll(".studio-embed").forEach(function (box) {
      if (box.dataset.ready) return;
      box.dataset.ready = "1";
      box.querySelector(".studio-embed__load").addEventListener("click", function () { load(box); });
      if (consented(box.dataset.consent || "booking")) load(box);
    });
  }

  window.studioOnPage(setUp);
})();
