// Community groups. A live refresh of the feed must not throw away a
// comment a member is writing: it waits, and a button offers the new posts.
(function () {
  "use strict";
  function writing(feed) {
    return Array.prototype.some.call(feed.querySelectorAll("input[name=body]"), function (i) {
      return i.value.trim() !== "";
    });
  }
  function offer(feed) {
    var btn = document.getElementById("feed-news");
    if (btn) { return; }
    btn = document.createElement("button");
    btn.type = "button";
    btn.id = "feed-news";
    btn.className = "btn feed-news";
    btn.textContent = feed.dataset.news || "";
    btn.addEventListener("click", function () {
      feed.dataset.force = "1";
      btn.remove();
      htmx.ajax("GET", feed.getAttribute("data-hx-get"), { source: feed, target: feed, swap: "innerHTML" });
    });
    feed.parentNode.insertBefore(btn, feed);
  }
  document.addEventListener("htmx:beforeRequest", function (ev) {
    var feed = ev.detail.elt;
    if (!feed || feed.id !== "group-feed") { return; }
    if (feed.dataset.force === "1") { delete feed.dataset.force; return; }
    if (writing(feed)) {
      ev.preventDefault();
      offer(feed);
    }
  });
})();
