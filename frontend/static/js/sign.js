// The Sign form: draw the signature with signature_pad (it stays in place
// when the phone rotates) or type it, agree to sign electronically, Sign.
(function () {
  "use strict";
  var form = document.getElementById("sign-form");
  if (!form || typeof SignaturePad === "undefined") return;
  var canvas = document.getElementById("sign-pad");
  var pad = new SignaturePad(canvas, { minWidth: 0.8, maxWidth: 2.8, penColor: "#0b1f4d" });
  var drawnWidth = 0;

  // fit sizes the canvas to its box and redraws the strokes scaled to it.
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
      data.forEach(function (group) {
        group.points.forEach(function (pt) { pt.x *= scale; pt.y *= scale; });
      });
      pad.fromData(data);
    }
    drawnWidth = w;
  }

  var padError = document.getElementById("sign-pad-error");
  var consentError = document.getElementById("consent-error");
  var nameInput = document.getElementById("sign-name");
  var preview = document.getElementById("typed-preview");

  function mode() {
    var m = form.querySelector("input[name=mode]:checked");
    return m ? m.value : "draw";
  }
  function showMode() {
    var typed = mode() === "type";
    document.getElementById("sign-draw").hidden = typed;
    document.getElementById("sign-type").hidden = !typed;
    if (!typed) fit();
  }

  form.addEventListener("change", function (ev) {
    if (ev.target.name === "mode") showMode();
    if (ev.target.id === "sign-consent" && ev.target.checked) consentError.hidden = true;
  });
  nameInput.addEventListener("input", function () { preview.textContent = nameInput.value; });
  document.getElementById("sign-clear").addEventListener("click", function () { pad.clear(); });
  pad.addEventListener("beginStroke", function () { padError.hidden = true; });
  window.addEventListener("resize", fit);
  window.addEventListener("orientationchange", function () { setTimeout(fit, 200); });

  form.addEventListener("submit", function (ev) {
    var ok = true;
    var data = document.getElementById("sign-data");
    data.value = "";
    if (mode() === "draw") {
      if (pad.isEmpty()) {
        padError.textContent = "Draw your signature in the box, or choose “Type it”.";
        padError.hidden = false;
        ok = false;
      } else {
        data.value = pad.toDataURL("image/png");
      }
    }
    if (!document.getElementById("sign-consent").checked) {
      consentError.hidden = false;
      ok = false;
    }
    if (!nameInput.value.trim()) {
      nameInput.focus();
      ok = false;
    }
    if (!ok) ev.preventDefault();
  });
  fit();
})();
