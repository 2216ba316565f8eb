// Client Portal page behaviour. No inline scripts: the Content-Security-Policy forbids them.
// Everything here is an improvement: the pages work without it.
(function () {
  "use strict";
  // Disable a form's submit button while it is being sent, so a double tap sends once.
  document.addEventListener("submit", function (ev) {
    var btn = ev.target.querySelector("button[type=submit]");
    if (btn && !ev.defaultPrevented) {
      setTimeout(function () { btn.disabled = true; }, 0);
    }
  });

  // Menus are <details data-menu>: one open at a time, closed by Escape
  // (focus goes back to its button) or by a tap outside.
  function menus() { return document.querySelectorAll("details[data-menu][open]"); }
  function closeAll(except) {
    menus().forEach(function (m) { if (m !== except) { m.open = false; } });
  }
  document.addEventListener("toggle", function (ev) {
    var m = ev.target;
    if (m.matches && m.matches("details[data-menu]") && m.open) { closeAll(m); }
  }, true);
  document.addEventListener("click", function (ev) {
    menus().forEach(function (m) { if (!m.contains(ev.target)) { m.open = false; } });
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") { return; }
    menus().forEach(function (m) {
      var inside = m.contains(document.activeElement);
      m.open = false;
      if (inside) { m.querySelector("summary").focus(); }
    });
  });
})();
