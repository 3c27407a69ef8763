/* Third-party booking forms load only when the reader asks: a click on "Show the booking form here",
   or an earlier "booking" consent given through Material's cookie consent (extra.consent in mkdocs.yml).
   Without JavaScript the plain booking link is all there is. */
(function () {
  "use strict";

  function consented() {
    try {
      var consent = typeof __md_get === "function" ? __md_get("__consent") : null;
      return Boolean(consent && consent.booking);
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
    box.querySelector(".studio-embed__load").replaceWith(frame);
  }

  function setUp() {
    var remembered = consented();
    document.querySelectorAll(".studio-embed").forEach(function (box) {
      if (box.dataset.ready) return;
      box.dataset.ready = "1";
      box.querySelector(".studio-embed__load").addEventListener("click", function () { load(box); });
      if (remembered) load(box);
    });
  }

  window.studioOnPage(setUp);
})();
