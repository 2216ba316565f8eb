// The document viewer: PDF.js draws each page to fit the width (zoomable),
// the fields to fill are highlighted on their pages, and "Next field" walks
// the signer from one field to the next, then to the Sign form.
import * as pdfjsLib from "/static/vendor/pdf.min.mjs";

pdfjsLib.GlobalWorkerOptions.workerSrc = "/static/vendor/pdf.worker.min.mjs";

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;
const MAX_CANVAS_PIXELS = 16e6;
const LABELS = { signature: "Sign here", name: "Your name", date: "Date" };

const host = document.getElementById("pdf-pages");
if (host) {
  start(host).catch(() => {
    host.textContent = "The document could not be shown here. Use the link below to open the PDF on its own.";
  });
}

async function start(host) {
  const fields = JSON.parse(host.dataset.fields || "[]");
  const doc = await pdfjsLib.getDocument({ url: host.dataset.pdf, isEvalSupported: false, useSystemFonts: true }).promise;
  const state = { zoom: 1, pages: [], width: 0 };
  host.textContent = "";
  for (let n = 1; n <= doc.numPages; n++) {
    state.pages.push(pageView(await doc.getPage(n), n, doc.numPages, fields));
    host.appendChild(state.pages[n - 1].wrap);
  }
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) draw(state.pages[Number(e.target.dataset.page) - 1]);
    }
  }, { root: host, rootMargin: "400px 0px" });
  state.pages.forEach((p) => observer.observe(p.wrap));
  layout(host, state);
  await draw(state.pages[0]);
  host.dataset.ready = "true";
  wireZoom(host, state);
  wireGuide(host);
}

// pageView makes the box of one page: its canvas and its field overlays.
function pageView(page, n, total, fields) {
  const wrap = document.createElement("div");
  wrap.className = "pdf-page";
  wrap.dataset.page = String(n);
  wrap.setAttribute("role", "img");
  wrap.setAttribute("aria-label", "Page " + n + " of " + total);
  const canvas = document.createElement("canvas");
  wrap.appendChild(canvas);
  fields.forEach((f, i) => {
    if (f.page === n) wrap.appendChild(fieldBox(f, i));
  });
  return { page, wrap, canvas, viewport: null, rendered: false, task: null };
}

// fieldBox places a field in fractions of the visible page, from its top-left.
function fieldBox(f, i) {
  const box = document.createElement("div");
  box.className = "doc-field doc-field-" + f.kind;
  box.dataset.index = String(i);
  box.tabIndex = -1;
  box.style.left = f.x * 100 + "%";
  box.style.top = f.y * 100 + "%";
  box.style.width = f.w * 100 + "%";
  box.style.height = f.h * 100 + "%";
  box.textContent = LABELS[f.kind] || f.kind;
  return box;
}

// layout sizes every page box for the current width and zoom; pages are
// drawn when they scroll into view.
function layout(host, state) {
  const avail = Math.max(200, host.clientWidth - 16);
  state.width = host.clientWidth;
  for (const p of state.pages) {
    const base = p.page.getViewport({ scale: 1 });
    p.viewport = p.page.getViewport({ scale: (avail / base.width) * state.zoom });
    p.wrap.style.width = Math.floor(p.viewport.width) + "px";
    p.wrap.style.height = Math.floor(p.viewport.height) + "px";
    if (p.task) p.task.cancel();
    p.rendered = false;
  }
  const top = host.getBoundingClientRect();
  state.pages.forEach((p) => {
    const r = p.wrap.getBoundingClientRect();
    if (r.bottom > top.top - 400 && r.top < top.bottom + 400) draw(p);
  });
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
    // cancelled by a new zoom: drawn again at the new size
  } finally {
    p.task = null;
  }
}

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
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (host.clientWidth !== state.width) layout(host, state);
    }, 150);
  });
}

// wireGuide moves the signer from field to field, then to the Sign form.
function wireGuide(host) {
  const btn = document.getElementById("next-field");
  if (!btn) return;
  const boxes = Array.from(host.querySelectorAll(".doc-field")).sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
  let at = -1;
  btn.addEventListener("click", () => {
    boxes.forEach((b) => b.classList.remove("active"));
    at++;
    if (at >= boxes.length) {
      at = -1;
      const name = document.getElementById("sign-name");
      document.getElementById("doc-status")?.scrollIntoView({ behavior: "smooth", block: "start" });
      if (name) name.focus({ preventScroll: true });
      btn.textContent = "Go to the first field";
      return;
    }
    const box = boxes[at];
    box.classList.add("active");
    box.scrollIntoView({ behavior: "smooth", block: "center", inline: "center" });
    btn.textContent = at + 1 < boxes.length ? "Next field (" + (at + 2) + " of " + boxes.length + ")" : "Go to Sign";
  });
}

function on(id, fn) {
  const el = document.getElementById(id);
  if (el) el.addEventListener("click", fn);
}
