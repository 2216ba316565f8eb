// Messages page: after a message is sent, clear the form and keep the
// newest message in view. The page works without this script.
(function () {
  "use strict";
  function showNewest() {
    var list = document.querySelector("#thread .messages");
    if (list && list.lastElementChild) { list.lastElementChild.scrollIntoView({ block: "nearest" }); }
  }
  document.addEventListener("htmx:afterRequest", function (ev) {
    var form = ev.target;
    if (form.matches && form.matches(".message-form") && ev.detail.successful) { form.reset(); }
  });
  document.addEventListener("htmx:afterSwap", function (ev) {
    if (ev.target.id === "thread") { showNewest(); }
  });
  document.addEventListener("DOMContentLoaded", showNewest);
})();
