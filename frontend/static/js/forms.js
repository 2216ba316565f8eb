// Forms that send something written (messages, posts, comments): the submit
// button waits for text or a file, and a refused htmx submit shows why next to
// the field and moves the focus there instead of failing silently. The forms
// work without this script: the server then answers with the page and its error.
(function () {
  "use strict";
  var FORMS = ".message-form, .post-form, .comment-form";

  function field(form) { return form.querySelector("textarea[name=body], input[name=body]"); }
  function hasContent(form) {
    var f = field(form), files = form.querySelector("input[type=file]");
    return (f && f.value.trim() !== "") || (files && files.files && files.files.length > 0);
  }
  function refresh(form) {
    var btn = form.querySelector("button[type=submit]");
    if (btn) { btn.disabled = !hasContent(form); }
  }
  function refreshAll(root) {
    (root.querySelectorAll ? root : document).querySelectorAll(FORMS).forEach(refresh);
  }

  // showError puts the reason under the field, marks it invalid and focuses it.
  function showError(form, text) {
    var f = field(form);
    if (!f) { return; }
    var id = (f.id || "field") + "-error", p = document.getElementById(id);
    if (!p) {
      p = document.createElement("p");
      p.id = id;
      p.className = "field-error";
      p.setAttribute("role", "alert");
      f.insertAdjacentElement("afterend", p);
    }
    p.textContent = text;
    f.setAttribute("aria-invalid", "true");
    f.setAttribute("aria-describedby", id);
    f.focus();
  }
  function clearError(form) {
    var f = field(form);
    if (!f || f.getAttribute("aria-invalid") !== "true") { return; }
    var p = document.getElementById(f.getAttribute("aria-describedby"));
    if (p) { p.remove(); }
    f.removeAttribute("aria-invalid");
    f.removeAttribute("aria-describedby");
  }

  // reasonOf finds the sentence the server wrote in its error answer.
  function reasonOf(xhr) {
    var doc = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
    var el = doc.querySelector(".field-error, .alert-error, [role=alert], .lead");
    var text = el ? el.textContent.trim() : "";
    return text || "That did not work (error " + xhr.status + "). Please try again.";
  }

  document.addEventListener("input", function (ev) {
    var form = ev.target.closest && ev.target.closest(FORMS);
    if (form) { refresh(form); clearError(form); }
  });
  document.addEventListener("change", function (ev) {
    var form = ev.target.closest && ev.target.closest(FORMS);
    if (form) { refresh(form); }
  });
  document.addEventListener("htmx:beforeSwap", function (ev) {
    var form = ev.detail.requestConfig && ev.detail.requestConfig.elt;
    if (!form || !form.matches || !form.matches(FORMS) || ev.detail.xhr.status < 400) { return; }
    ev.detail.shouldSwap = false;
    showError(form, reasonOf(ev.detail.xhr));
    refresh(form);
  });
  document.addEventListener("htmx:afterSwap", function (ev) { refreshAll(ev.target); });
  // After a send (and the reset that may follow it) the button follows the content again.
  function later(ev) {
    var form = ev.target.closest && ev.target.closest(FORMS);
    if (form) { setTimeout(function () { refresh(form); }, 0); }
  }
  document.addEventListener("htmx:afterRequest", later);
  document.addEventListener("reset", later);
  document.addEventListener("DOMContentLoaded", function () {
    refreshAll(document);
    document.querySelectorAll(FORMS).forEach(function (form) {
      var f = field(form);
      if (f && f.getAttribute("aria-invalid") === "true") { f.focus(); }
    });
  });
})();
