// Times the server writes in UTC (<time class="moment" datetime="…">) shown
// in the reader's own time zone, and as "2 minutes ago" while recent; the
// full local date and time stays in the tooltip. Without this script the page
// shows the UTC time it was sent with.
(function () {
  "use strict";
  // The page's language (<html lang>) formats every time, so a German page
  // says "vor 2 Minuten" in any browser.
  var lang = document.documentElement.lang || undefined;
  var relative = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  var sameYear = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
  var otherYear = new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" });
  var full = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short" });

  function label(at, now) {
    var s = Math.round((now - at) / 1000);
    if (s < 45 && s > -45) { return relative.format(0, "second"); }
    if (Math.abs(s) < 3600) { return relative.format(-Math.round(s / 60), "minute"); }
    if (Math.abs(s) < 6 * 3600) { return relative.format(-Math.round(s / 3600), "hour"); }
    return (at.getFullYear() === now.getFullYear() ? sameYear : otherYear).format(at);
  }
  function show(root) {
    var now = new Date();
    (root.querySelectorAll ? root : document).querySelectorAll("time.moment[datetime]").forEach(function (el) {
      var at = new Date(el.getAttribute("datetime"));
      if (isNaN(at)) { return; }
      el.textContent = label(at, now);
      el.title = full.format(at);
    });
  }
  // saveZone keeps the browser's time zone on the client's profile.
  function saveZone() {
    var saved = document.body.dataset.timeZone, zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (saved === undefined || !zone || saved === zone) { return; }
    var token = JSON.parse(document.body.dataset.hxHeaders || "{}")["X-CSRF-Token"];
    fetch("/profile/time-zone", { method: "POST", credentials: "same-origin",
      headers: { "X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded" },
      body: "time_zone=" + encodeURIComponent(zone) }).then(function (res) {
      if (res.ok) { document.body.dataset.timeZone = zone; }
    }, function () {});
  }
  document.addEventListener("DOMContentLoaded", function () { show(document); saveZone(); });
  document.addEventListener("htmx:afterSwap", function (ev) { show(ev.target); });
  setInterval(function () { show(document); }, 60000);
})();
