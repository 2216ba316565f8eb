// Signing driven by the fields: every field of the signer is a button over
// the page. A signature field opens the signature sheet (full screen on a
// phone, a dialog on a laptop) to draw or type the signature; Apply puts it
// in every signature field. Name and date fields come filled and are edited
// in place. The bar keeps count ("Field 2 of 5"), Next walks the fields, and
// Finish is enabled once every field is filled and consent is given.
(function () {
  "use strict";
  var form = document.getElementById("sign-form");
  var host = document.getElementById("pdf-pages");
  var sheet = document.getElementById("sign-sheet");
  if (!form || !host || !sheet || typeof SignaturePad === "undefined") return;

  var fields = JSON.parse(host.dataset.fields || "[]").filter(function (f) { return f.mine; });
  // The page's words, in its language (the template writes them).
  var words = JSON.parse((document.getElementById("sign-words") || {}).textContent || "{}");
  function say(key, vals) {
    return String(words[key] || "").replace(/\{(\w+)\}/g, function (m, k) { return vals && k in vals ? digits(vals[k]) : m; });
  }
  // digits writes a number's digits in the page's script (Arabic: ٣).
  function digits(v) {
    var d = words.digits;
    return typeof v === "number" && d ? String(v).replace(/[0-9]/g, function (c) { return d[c]; }) : v;
  }
  var values = {};
  fields.forEach(function (f) { if (f.kind !== "signature") values[f.index] = f.value || ""; });
  var signature = null; // { mode: "draw"|"type", data: PNG data URL, name }
  var current = 0;

  var finish = document.getElementById("sign-finish");
  var progress = document.getElementById("field-progress");
  var hint = document.getElementById("finish-hint");
  var consent = document.getElementById("sign-consent");
  var canvas = document.getElementById("sign-pad");
  var pad = new SignaturePad(canvas, { minWidth: 0.8, maxWidth: 2.8, penColor: "#0b1f4d" });
  var nameInput = document.getElementById("sign-name");
  var padError = document.getElementById("sign-pad-error");
  var nameError = document.getElementById("sign-name-error");
  var preview = document.getElementById("typed-preview");
  var drawnWidth = 0;

  function controls() {
    return Array.prototype.slice.call(host.querySelectorAll(".doc-field.mine"))
      .sort(function (a, b) { return Number(a.dataset.order) - Number(b.dataset.order); });
  }
  function filled(f) { return f.kind === "signature" ? signature !== null : (values[f.index] || "").trim() !== ""; }
  function left() { return fields.filter(function (f) { return !filled(f); }).length; }
  function fieldOf(el) {
    var i = Number(el.dataset.index);
    return fields.filter(function (f) { return f.index === i; })[0];
  }

  // render shows each field's content: the signature, the name, the date.
  function render() {
    controls().forEach(function (el) {
      var f = fieldOf(el), label = el.querySelector(".doc-field-label");
      var kind = say("kind_" + f.kind);
      label.textContent = "";
      label.classList.remove("typed");
      if (f.kind === "signature" && signature && signature.mode === "draw") {
        var img = document.createElement("img");
        img.src = signature.data;
        img.alt = say("your_signature");
        label.appendChild(img);
      } else if (f.kind === "signature" && signature) {
        label.textContent = signature.name;
        label.classList.add("typed");
      } else if (f.kind === "signature") {
        label.textContent = say("sign_here");
      } else {
        label.textContent = values[f.index] || say(f.kind === "name" ? "your_name" : "date");
      }
      el.classList.toggle("filled", filled(f));
      var shown = f.kind === "signature" && signature ? (signature.mode === "draw" ? say("your_signature") : signature.name) : label.textContent;
      el.setAttribute("aria-label", say("field_label", { shown: shown, kind: kind, n: Number(el.dataset.order), total: fields.length }) +
        (filled(f) ? "" : say("empty")));
    });
    update();
  }

  // update keeps the bar's count and Finish in step with the fields.
  function update() {
    var n = left();
    progress.textContent = say("progress", { n: current + 1, total: fields.length });
    finish.disabled = n > 0 || !consent.checked;
    finish.setAttribute("aria-disabled", String(finish.disabled));
    var left_ = words.fields_left || [];
    if (n > 0) hint.textContent = left_[Math.min(n, left_.length - 1)] || "";
    else if (!consent.checked) hint.textContent = say("consent");
    else hint.textContent = say("ready");
  }

  function goTo(i) {
    var els = controls();
    if (!els.length) return;
    current = (i + els.length) % els.length;
    els.forEach(function (el) { el.classList.remove("active"); });
    var el = els[current];
    el.classList.add("active");
    el.scrollIntoView({ block: "center", inline: "nearest" });
    el.focus({ preventScroll: true });
    update();
  }

  // next goes to the next empty field, then to the consent, then to Finish.
  function next() {
    var els = controls();
    for (var k = 1; k <= els.length; k++) {
      var i = (current + k) % els.length;
      if (!filled(fieldOf(els[i]))) return goTo(i);
    }
    var target = consent.checked ? finish : consent;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  host.addEventListener("click", function (ev) {
    var el = ev.target.closest(".doc-field.mine");
    if (!el) return;
    current = Number(el.dataset.order) - 1;
    controls().forEach(function (c) { c.classList.toggle("active", c === el); });
    update();
    if (el.dataset.kind === "signature") openSheet();
    else editInPlace(el);
  });

  // editInPlace swaps a name or date field for a text box at the same place.
  function editInPlace(el) {
    var f = fieldOf(el);
    var input = document.createElement("input");
    input.type = "text";
    input.className = "doc-field-input";
    input.maxLength = 100;
    input.value = values[f.index] || "";
    input.setAttribute("aria-label", say(f.kind === "name" ? "your_name" : "date"));
    ["left", "top", "width", "height"].forEach(function (k) { input.style[k] = el.style[k]; });
    el.after(input);
    el.hidden = true;
    input.focus();
    input.select();
    var done = false;
    function close(keep) {
      if (done) return;
      done = true;
      if (keep) values[f.index] = input.value.trim();
      input.remove();
      el.hidden = false;
      render();
      el.focus({ preventScroll: true });
    }
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { ev.preventDefault(); close(true); }
      if (ev.key === "Escape") { ev.preventDefault(); close(false); }
    });
    input.addEventListener("blur", function () { close(true); });
  }

  // The signature sheet.
  function mode() {
    var m = sheet.querySelector("input[name=sheet-mode]:checked");
    return m ? m.value : "draw";
  }
  function showMode() {
    var typed = mode() === "type";
    document.getElementById("sign-draw").hidden = typed;
    document.getElementById("sign-type").hidden = !typed;
    padError.hidden = true;
    if (!typed) fit();
  }
  // fit sizes the pad's canvas to its box and keeps the strokes, scaled.
  function fit() {
    var w = canvas.offsetWidth, h = canvas.offsetHeight;
    if (!w || !h || w === drawnWidth) return;
    var ratio = Math.max(window.devicePixelRatio || 1, 1);
    var data = pad.toData();
    var scale = drawnWidth ? w / drawnWidth : 1;
    canvas.width = Math.floor(w * ratio);
    canvas.height = Math.floor(h * ratio);
    canvas.getContext("2d").scale(ratio, ratio);
    pad.clear();
    if (data.length) {
      data.forEach(function (g) { g.points.forEach(function (pt) { pt.x *= scale; pt.y *= scale; }); });
      pad.fromData(data);
    }
    drawnWidth = w;
  }
  function openSheet() {
    nameError.hidden = true;
    sheet.showModal();
    showMode();
    requestAnimationFrame(fit);
  }
  function apply() {
    var name = nameInput.value.trim();
    nameError.hidden = name !== "";
    var m = mode();
    if (m === "draw" && pad.isEmpty()) {
      padError.hidden = false;
      return;
    }
    if (!name) { nameInput.focus(); return; }
    signature = { mode: m, name: name, data: m === "draw" ? pad.toDataURL("image/png") : "" };
    document.getElementById("sign-name-value").value = name;
    document.getElementById("sign-mode-value").value = m;
    document.getElementById("sign-data").value = signature.data;
    applied = true;
    sheet.close();
    render();
    next();
  }
  sheet.addEventListener("change", function (ev) { if (ev.target.name === "sheet-mode") showMode(); });
  nameInput.addEventListener("input", function () { preview.textContent = nameInput.value; });
  document.getElementById("sign-clear").addEventListener("click", function () { pad.clear(); });
  document.getElementById("sheet-apply").addEventListener("click", apply);
  document.getElementById("sheet-form").addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });
  document.getElementById("sheet-cancel").addEventListener("click", function () { sheet.close(); });
  var applied = false;
  sheet.addEventListener("close", function () {
    var el = controls()[current];
    if (!applied && el) el.focus({ preventScroll: true });
    applied = false;
  });
  pad.addEventListener("beginStroke", function () { padError.hidden = true; });
  // A stroke on the pad is never a scroll: without this, the browser may
  // treat the stroke as a fling and swallow the next tap (on Apply) to stop it.
  ["touchstart", "touchmove"].forEach(function (k) {
    canvas.addEventListener(k, function (ev) { ev.preventDefault(); }, { passive: false });
  });
  window.addEventListener("resize", function () { if (sheet.open) fit(); });

  document.getElementById("next-field").addEventListener("click", next);
  consent.addEventListener("change", update);
  form.addEventListener("submit", function (ev) {
    if (left() > 0 || !consent.checked) { ev.preventDefault(); update(); return; }
    var box = document.getElementById("field-values");
    box.textContent = "";
    Object.keys(values).forEach(function (i) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "field_" + i;
      input.value = values[i];
      box.appendChild(input);
    });
  });

  finish.disabled = true;
  if (host.dataset.ready === "true") render();
  host.addEventListener("fields-ready", render);
  update();
})();
