// Client Portal page behaviour. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";
  // Disable a form's submit button while it is being sent, so a double tap sends once.
  document.addEventListener("submit", function (ev) {
    var btn = ev.target.querySelector("button[type=submit]");
    if (btn && !ev.defaultPrevented) {
      setTimeout(function () { btn.disabled = true; }, 0);
    }
  });
})();
