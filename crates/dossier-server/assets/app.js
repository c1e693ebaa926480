// dossier web UI keyboard shortcuts. Every page works without this script.
//   /      focus the search box
//   j / k  move focus to the next / previous row link in a table or list
//   Escape leave a text field
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function rowLinks() {
    return Array.prototype.slice.call(document.querySelectorAll("main tbody tr td a:first-of-type, main ol li > a:first-of-type, main ul li > a:first-of-type"));
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var active = document.activeElement;
    if (ev.key === "Escape" && typing(active)) { active.blur(); return; }
    if (typing(active)) return;
    if (ev.key === "/") {
      var q = document.getElementById("q");
      if (q) { ev.preventDefault(); q.focus(); q.select(); }
    } else if (ev.key === "j" || ev.key === "k") {
      var links = rowLinks();
      if (!links.length) return;
      var i = links.indexOf(active);
      i = ev.key === "j" ? Math.min(i + 1, links.length - 1) : Math.max(i - 1, 0);
      links[i].focus();
      ev.preventDefault();
    }
  });
  // Bring a highlighted evidence span into view when arriving from a ledger row.
  var ev = document.getElementById("evidence");
  if (ev && location.hash === "#evidence") { ev.scrollIntoView({ block: "center" }); }
})();
