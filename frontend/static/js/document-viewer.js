// The document viewer: PDF.js draws each page to fit the width (zoomable),
// and every field sits over its page as a real control. Pages and fields
// are laid out again whenever the width changes (a resize, a rotation).
// What a tap on a field does is sign.js's business: the viewer announces
// the fields with a "fields-ready" event once they exist.
import * as pdfjsLib from "/static/vendor/pdf.min.mjs";

pdfjsLib.GlobalWorkerOptions.workerSrc = "/static/vendor/pdf.worker.min.mjs";

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;
const MAX_CANVAS_PIXELS = 16e6;
const MIN_TAP = 44; // CSS px of tap area, whatever the size of the box
// The page's words, in its language (the template writes them).
const WORDS = JSON.parse(document.getElementById("sign-words")?.textContent || "{}");
// digits writes a number's digits in the page's script (Arabic: ٣).
const digits = (v) => (typeof v === "number" && WORDS.digits ? String(v).replace(/[0-9]/g, (c) => WORDS.digits[c]) : v);
const say = (key, vals = {}) => String(WORDS[key] || "").replace(/\{(\w+)\}/g, (m, k) => (k in vals ? digits(vals[k]) : m));
const LABELS = { signature: say("sign_here"), name: say("your_name"), date: say("date") };

const host = document.getElementById("pdf-pages");
if (host) {
  start(host).catch(() => {
    host.textContent = say("failed");
  });
}

async function start(host) {
  const fields = JSON.parse(host.dataset.fields || "[]");
  const doc = await pdfjsLib.getDocument({ url: host.dataset.pdf, isEvalSupported: false, useSystemFonts: true }).promise;
  const state = { zoom: 1, pages: [], width: 0 };
  host.textContent = "";
  const mine = fields.filter((f) => f.mine).length;
  let order = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const p = pageView(await doc.getPage(n), n, doc.numPages);
    for (const f of fields) {
      if (f.page === n) p.wrap.appendChild(fieldControl(f, f.mine ? ++order : 0, mine));
    }
    state.pages.push(p);
    host.appendChild(p.wrap);
  }
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) draw(state.pages[Number(e.target.dataset.page) - 1]);
    }
  }, { root: host, rootMargin: "400px 0px" });
  state.pages.forEach((p) => observer.observe(p.wrap));
  layout(host, state);
  await draw(state.pages[0]);
  wireZoom(host, state);
  host.dataset.ready = "true";
  host.dispatchEvent(new CustomEvent("fields-ready", { bubbles: true }));
}

// pageView makes the box of one page, which holds its canvas and fields.
function pageView(page, n, total) {
  const wrap = document.createElement("div");
  wrap.className = "pdf-page";
  wrap.dataset.page = String(n);
  wrap.setAttribute("role", "group");
  wrap.setAttribute("aria-label", say("page_of", { n, total }));
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  wrap.appendChild(canvas);
  return { page, wrap, canvas, viewport: null, rendered: false, task: null };
}

// fieldControl makes a field: a button for the signer's own fields, a
// plain box for the other signers'.
function fieldControl(f, order, total) {
  const el = document.createElement(f.mine ? "button" : "div");
  el.className = "doc-field doc-field-" + f.kind + (f.mine ? " mine" : " theirs") + (f.signed ? " filled" : "");
  el.dataset.index = String(f.index);
  el.dataset.kind = f.kind;
  for (const k of ["x", "y", "w", "h"]) el.dataset[k] = String(f[k]);
  const label = document.createElement("span");
  label.className = "doc-field-label";
  el.appendChild(label);
  if (f.mine) {
    el.type = "button";
    el.dataset.order = String(order);
    label.textContent = f.value || LABELS[f.kind] || f.kind;
    el.setAttribute("aria-label", say("field_label", { shown: label.textContent, kind: say("kind_" + f.kind), n: order, total }));
    return el;
  }
  if (f.image) {
    const img = document.createElement("img");
    img.src = f.image;
    img.alt = say("signature_of", { name: f.signer });
    label.appendChild(img);
  } else if (f.signature) {
    label.textContent = f.signature;
    label.classList.add("typed");
  } else {
    label.textContent = f.value || (f.signed ? say("signed") : say("for", { name: f.signer }));
  }
  el.title = say(f.signed ? "filled_by" : "for", { name: f.signer });
  return el;
}

// layout sizes every page for the current width and zoom and places the
// fields on it in CSS px, each at least MIN_TAP square around its box.
function layout(host, state) {
  const avail = Math.max(200, host.clientWidth - 16);
  state.width = host.clientWidth;
  for (const p of state.pages) {
    const base = p.page.getViewport({ scale: 1 });
    p.viewport = p.page.getViewport({ scale: (avail / base.width) * state.zoom });
    const w = Math.floor(p.viewport.width), h = Math.floor(p.viewport.height);
    p.wrap.style.width = w + "px";
    p.wrap.style.height = h + "px";
    p.wrap.querySelectorAll(".doc-field").forEach((el) => place(el, w, h));
    if (p.task) p.task.cancel();
    p.rendered = false;
  }
  const top = host.getBoundingClientRect();
  state.pages.forEach((p) => {
    const r = p.wrap.getBoundingClientRect();
    if (r.bottom > top.top - 400 && r.top < top.bottom + 400) draw(p);
  });
  host.dataset.layoutWidth = String(state.width);
}

function place(el, pw, ph) {
  const d = el.dataset;
  let x = Number(d.x) * pw, y = Number(d.y) * ph, w = Number(d.w) * pw, h = Number(d.h) * ph;
  if (w < MIN_TAP) { x -= (MIN_TAP - w) / 2; w = MIN_TAP; }
  if (h < MIN_TAP) { y -= (MIN_TAP - h) / 2; h = MIN_TAP; }
  x = Math.min(Math.max(0, x), Math.max(0, pw - w));
  y = Math.min(Math.max(0, y), Math.max(0, ph - h));
  el.style.left = Math.round(x) + "px";
  el.style.top = Math.round(y) + "px";
  el.style.width = Math.round(w) + "px";
  el.style.height = Math.round(h) + "px";
}

async function draw(p) {
  if (!p || p.rendered || p.task || !p.viewport) return;
  const vp = p.viewport;
  let ratio = Math.min(window.devicePixelRatio || 1, 3);
  if (vp.width * vp.height * ratio * ratio > MAX_CANVAS_PIXELS) ratio = Math.sqrt(MAX_CANVAS_PIXELS / (vp.width * vp.height));
  p.canvas.width = Math.floor(vp.width * ratio);
  p.canvas.height = Math.floor(vp.height * ratio);
  p.canvas.style.width = Math.floor(vp.width) + "px";
  p.canvas.style.height = Math.floor(vp.height) + "px";
  p.task = p.page.render({ canvas: p.canvas, viewport: vp, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] });
  try {
    await p.task.promise;
    p.rendered = true;
  } catch (e) {
    // cancelled by a new layout: drawn again at the new size
  } finally {
    p.task = null;
  }
}

// wireZoom wires the zoom buttons, and lays everything out again when the
// viewer's width changes: a window resize, a phone turned on its side.
function wireZoom(host, state) {
  const level = document.getElementById("zoom-level");
  const set = (z) => {
    state.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
    if (level) level.textContent = Math.round(state.zoom * 100) + "%";
    layout(host, state);
  };
  on("zoom-in", () => set(state.zoom * 1.25));
  on("zoom-out", () => set(state.zoom / 1.25));
  on("zoom-fit", () => set(1));
  let timer = 0;
  const again = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (host.clientWidth !== state.width) layout(host, state);
    }, 100);
  };
  window.addEventListener("resize", again);
  window.addEventListener("orientationchange", again);
  if (window.ResizeObserver) new ResizeObserver(again).observe(host);
}

function on(id, fn) {
  const el = document.getElementById(id);
  if (el) el.addEventListener("click", fn);
}
