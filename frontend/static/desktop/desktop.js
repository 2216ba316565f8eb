// Client Portal desktop: the little behaviour htmx does not cover — copy to
// the clipboard, selection helpers and keyboard shortcuts. No inline script.
(function () {
  "use strict";

  // copyText uses the desktop runtime's clipboard inside the app window,
  // and the browser's clipboard elsewhere.
  function copyText(text) {
    if (window.runtime && typeof window.runtime.ClipboardSetText === "function") {
      return Promise.resolve(window.runtime.ClipboardSetText(text));
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      area.remove();
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function onCopy(button) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    var note = button.parentElement.querySelector(".copied");
    copyText(source.value).then(function () {
      if (note) { note.textContent = "Copied"; }
      document.body.setAttribute("data-last-copied", source.value);
    }, function (err) {
      if (note) { note.textContent = "Could not copy: select the text and press Ctrl+C"; }
      console.warn("copy failed", err);
    });
  }

  function selectedBoxes(form) {
    return form ? form.querySelectorAll('input[name="contact_id"]:checked') : [];
  }

  function updateCount(form) {
    var out = form && form.querySelector("[data-selected-count]");
    if (out) {
      var n = selectedBoxes(form).length;
      out.textContent = n ? n + " selected" : "";
    }
  }

  document.addEventListener("click", function (e) {
    var copy = e.target.closest("[data-copy]");
    if (copy) { e.preventDefault(); onCopy(copy); }
  });

  document.addEventListener("change", function (e) {
    var all = e.target.closest("[data-select-all]");
    var form = e.target.closest("form");
    if (all) {
      var target = document.querySelector(all.getAttribute("data-select-all"));
      target.querySelectorAll('input[name="contact_id"]').forEach(function (box) { box.checked = all.checked; });
      form = target;
    }
    updateCount(form);
  });

  // A live refresh must not throw away the contacts the owner is selecting.
  document.addEventListener("htmx:beforeRequest", function (e) {
    var elt = e.detail.elt;
    if (elt.id === "contacts-table" && e.detail.requestConfig.triggeringEvent &&
        e.detail.requestConfig.triggeringEvent.type === "portal-changed" &&
        selectedBoxes(document.getElementById("selection")).length > 0) {
      e.preventDefault();
    }
  });

  document.addEventListener("htmx:afterRequest", function (e) {
    if (e.detail.elt.id === "invite-form" && e.detail.successful) {
      var msg = document.querySelector("#invite-result .message");
      if (msg && !msg.classList.contains("error")) { e.detail.elt.reset(); }
    }
  });

  // The accent colour's picker and text box keep each other in step.
  document.addEventListener("input", function (e) {
    var mirror = e.target.closest("[data-mirror]");
    var other = mirror && document.querySelector(mirror.getAttribute("data-mirror"));
    if (other && /^#[0-9a-fA-F]{6}$/.test(mirror.value)) { other.value = mirror.value; }
  });

  // A sent reply clears the message box.
  document.addEventListener("htmx:afterRequest", function (e) {
    if (e.detail.elt.id === "reply-form" && e.detail.successful && !document.querySelector("#thread .message.error")) {
      e.detail.elt.reset();
    }
  });

  // Shortcuts: Ctrl+F or "/" searches contacts, Ctrl+N starts a new invite.
  window.desktop = {
    focusSearch: function () { focusOrGo("q", "/contacts/?focus=q"); },
    newInvite: function () { focusOrGo(document.getElementById("quick-q") ? "quick-q" : "invite-email", "/contacts/?focus=invite-email"); },
    // edit runs the menu's Edit items on the focused field or the page's selection.
    edit: function (cmd) {
      var field = editableField();
      if (cmd === "copy" || cmd === "cut") {
        var text = selectedText(field);
        if (!text) { return; }
        copyText(text);
        if (cmd === "cut" && field && !field.readOnly) { replaceSelection(field, ""); }
      } else if (cmd === "selectAll") {
        if (field) { field.select(); } else { document.execCommand("selectAll"); }
      } else {
        document.execCommand(cmd); // undo, redo
      }
    },
    // paste types the clipboard's text (read by the app) into the focused field.
    paste: function (text) {
      var field = editableField();
      if (field && !field.readOnly) { replaceSelection(field, text); }
    }
  };

  function editableField() {
    var el = document.activeElement;
    return el && (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && !/checkbox|radio|button|submit|file|color/.test(el.type))) ? el : null;
  }

  function selectedText(field) {
    if (field) {
      try {
        if (field.selectionStart !== null && field.selectionEnd > field.selectionStart) {
          return field.value.substring(field.selectionStart, field.selectionEnd);
        }
      } catch (err) { /* email fields have no selection range */ }
    }
    return String(window.getSelection());
  }

  function replaceSelection(field, text) {
    if (!document.execCommand("insertText", false, text)) {
      try { field.setRangeText(text, field.selectionStart, field.selectionEnd, "end"); } catch (err) { field.value += text; }
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  // The window's title names the page and the workspace, like the tab's.
  function setWindowTitle() {
    if (window.runtime && typeof window.runtime.WindowSetTitle === "function") {
      window.runtime.WindowSetTitle(document.title);
      return true;
    }
    return false;
  }
  window.addEventListener("load", function () {
    if (!setWindowTitle()) { setTimeout(setWindowTitle, 300); }
  });

  function focusOrGo(id, url) {
    var el = document.getElementById(id);
    if (el) { el.focus(); el.select && el.select(); } else { window.location.href = url; }
  }

  document.addEventListener("keydown", function (e) {
    var typing = /INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName);
    if ((e.ctrlKey || e.metaKey) && e.key === "f") { e.preventDefault(); window.desktop.focusSearch(); }
    else if ((e.ctrlKey || e.metaKey) && e.key === "n") { e.preventDefault(); window.desktop.newInvite(); }
    else if (e.key === "/" && !typing) { e.preventDefault(); window.desktop.focusSearch(); }
    else if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && e.target.closest("#reply-form")) {
      // Ctrl+Enter sends the reply being written.
      e.preventDefault();
      e.target.closest("#reply-form").requestSubmit();
    }
  });

  // Cancel in a confirmation removes it.
  document.addEventListener("click", function (e) {
    var dismiss = e.target.closest("[data-dismiss]");
    var box = dismiss && dismiss.closest(dismiss.getAttribute("data-dismiss"));
    if (box) { box.remove(); }
  });

  // A bulk send clears the selection it was made from.
  document.addEventListener("htmx:afterRequest", function (e) {
    var elt = e.detail.elt;
    var form = elt.id === "selection" ? elt : document.querySelector(elt.getAttribute("data-clear-selection") || "#none");
    var target = e.detail.target;
    if (form && e.detail.successful && !(target && target.querySelector(":scope > .message.error"))) {
      form.querySelectorAll('input[name="contact_id"]:checked, [data-select-all]').forEach(function (box) { box.checked = false; });
      updateCount(form);
    }
  });

  // A notice that has faded leaves the page, so it keeps no space and takes no click.
  document.addEventListener("animationend", function (e) {
    if (e.target.classList && e.target.classList.contains("notice")) { e.target.remove(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var focus = new URLSearchParams(window.location.search).get("focus");
    if (focus && document.getElementById(focus)) { document.getElementById(focus).focus(); }
  });
})();

// A group post that went out clears its box.
document.addEventListener("htmx:afterRequest", function (e) {
  if (e.detail.elt.id === "post-form" && e.detail.successful && !document.querySelector("#group-feed .message.error")) {
    e.detail.elt.reset();
  }
});
