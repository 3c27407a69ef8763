/* Run `setUp` on every page: once Material's document$ says the page is ready (with instant navigation,
   after each page change), or when the document has loaded. studio.js loads first on any page that has
   a studio script (studio.render.pagescripts), so the other scripts use this; each setUp must be safe to run twice. */
window.studioOnPage = function (setUp) {
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
};
