// Client Portal desktop, workflow editor: while the owner types {{ in a
// subject, body or message, the custom values the server lists (the
// #custom-values datalist) are offered below the field; picking one puts
// {{key}} in place of what was typed; ArrowDown and ArrowUp move through
// them, Escape closes them and goes back to the field. After a step is
// added, moved or removed, focus goes back where the owner was (the
// editor's data-focus), and Enter in a field saves. No inline script.
(function () {
  "use strict";

  var field = null; // the field the open list belongs to
  var list = null;
  var typed = /\{\{\s*([a-z0-9_.]*)$/i;

  function values() {
    var dl = document.getElementById("custom-values");
    return dl ? Array.prototype.map.call(dl.options, function (o) { return { value: o.value, label: o.label }; }) : [];
  }

  function close() {
    if (list) { list.remove(); }
    list = null;
  }

  function partial(el) {
    var m = typed.exec(el.value.slice(0, el.selectionStart));
    return m ? m : null;
  }

  function open(el, m) {
    var word = m[1].toLowerCase();
    var found = values().filter(function (v) { return v.value.slice(2, -2).toLowerCase().indexOf(word) >= 0; }).slice(0, 8);
    close();
    if (!found.length) { return; }
    field = el;
    list = document.createElement("ul");
    list.className = "cv-suggest";
    list.setAttribute("aria-label", "Custom values");
    found.forEach(function (v) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.setAttribute("data-cv", v.value);
      b.textContent = v.value + (v.label ? " — " + v.label : "");
      li.appendChild(b);
      list.appendChild(li);
    });
    el.insertAdjacentElement("afterend", list);
  }

  function pick(value) {
    var el = field;
    var m = el && partial(el);
    if (!m) { close(); return; }
    var end = el.selectionStart;
    var start = end - m[0].length;
    el.value = el.value.slice(0, start) + value + el.value.slice(end);
    var at = start + value.length;
    el.focus();
    el.setSelectionRange(at, at);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    close();
  }

  document.addEventListener("input", function (e) {
    var el = e.target.closest && e.target.closest("[data-custom-values]");
    if (!el) { return; }
    var m = partial(el);
    if (m) { open(el, m); } else { close(); }
  });

  // move focuses the suggestion by steps from the focused one; above the
  // first is the field again.
  function move(by) {
    var bs = Array.prototype.slice.call(list.querySelectorAll("button"));
    var i = bs.indexOf(document.activeElement) + by;
    if (i < 0) { field.focus(); return; }
    bs[Math.min(i, bs.length - 1)].focus();
  }

  document.addEventListener("keydown", function (e) {
    if (list && field) {
      var inList = list.contains(e.target);
      if (e.key === "Escape" && (inList || e.target === field)) {
        e.preventDefault();
        var el = field;
        el.focus();
        close();
        return;
      }
      if ((e.key === "ArrowDown" || e.key === "ArrowUp") && (inList || (e.target === field && e.key === "ArrowDown"))) {
        e.preventDefault();
        move(e.key === "ArrowDown" ? 1 : -1);
        return;
      }
    }
    // Enter in a one-line field of the editor saves the workflow (the
    // form's first submit button is a step's Up or Add).
    var t = e.target;
    if (e.key === "Enter" && t.tagName === "INPUT" && t.closest("#workflow-form") && t.type !== "checkbox") {
      var save = document.getElementById("wf-save");
      if (save) { e.preventDefault(); save.click(); }
    }
  });

  document.addEventListener("mousedown", function (e) {
    if (e.target.closest("[data-cv]")) { e.preventDefault(); } // keep the caret in the field
  });

  document.addEventListener("click", function (e) {
    var b = e.target.closest("[data-cv]");
    if (b) { e.preventDefault(); pick(b.getAttribute("data-cv")); return; }
    if (list && !e.target.closest(".cv-suggest") && e.target !== field) { close(); }
  });

  document.addEventListener("htmx:beforeSwap", close);

  // Once the editor is swapped in, focus goes to the control it names: a step's
  // button, or a new step's first field.
  document.addEventListener("htmx:afterSettle", function () {
    var ed = document.getElementById("workflow-editor");
    var id = ed && ed.getAttribute("data-focus");
    if (!id) { return; }
    ed.removeAttribute("data-focus");
    var el = document.getElementById(id);
    if (el && el.tagName === "LI") {
      el = el.querySelector("input:not([type=hidden]), select, textarea, button:not([disabled])");
    }
    if (el) { el.focus(); }
  });
})();
