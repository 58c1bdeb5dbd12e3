// newsprism: the only script. Clicking a claim or statement flashes its span in the article text.
(function () {
  "use strict";
  function flash(id) {
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
    target.classList.add("flash");
    target.scrollIntoView({ block: "center" });
  }
  function idFromHash() { return decodeURIComponent(window.location.hash.slice(1)); }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.claim-link, a.stmt-link, a.role-link");
    if (!link) { return; }
    var href = link.getAttribute("href") || "";
    if (href.charAt(0) === "#") { flash(href.slice(1)); }
  });
  window.addEventListener("hashchange", function () { flash(idFromHash()); });
  document.addEventListener("DOMContentLoaded", function () { flash(idFromHash()); });
}());
