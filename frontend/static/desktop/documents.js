// Documents page: preview every page of the chosen PDF with PDF.js and place
// signature, name and date fields on any of them by clicking. A placed field
// can be moved (dragged, or the arrow keys), resized (its corner handle, or
// Shift and the arrow keys) and deleted (its × button, or the Delete key).
// Fields are page-relative fractions from the top-left corner, as the owner
// API expects.
import * as pdfjs from "/static/vendor/pdf.min.mjs";

pdfjs.GlobalWorkerOptions.workerSrc = "/static/vendor/pdf.worker.min.mjs";

const sizes = { signature: [0.35, 0.07], name: [0.3, 0.04], date: [0.2, 0.04] };
const names = { signature: "Signature", name: "Name", date: "Date" };
const step = 0.01; // one arrow key press, as a fraction of the page
const least = { w: 0.04, h: 0.02 }; // the smallest a field can be made
const arrows = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const form = document.getElementById("document-form");
const input = document.getElementById("doc-file");
const preview = document.getElementById("doc-preview");
const hidden = document.getElementById("doc-fields");
const count = document.getElementById("field-count");
let fields = []; // {id, kind, page, x, y, w, h, signer}
let lastID = 0;
let pdf = null; // the PDF being previewed
let generation = 0; // bumped on every new file, so a stale render stops
let observer = null;

const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
const round = (v) => +v.toFixed(4);

function chosen(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value;
}

function pageBox(n) {
  return preview.querySelector(`.doc-page[data-page="${n}"]`);
}

function fieldOf(el) {
  const m = el.closest(".field-marker");
  return m && fields.find((f) => f.id === Number(m.dataset.field));
}

function markerOf(f) {
  return preview.querySelector(`.field-marker[data-field="${f.id}"]`);
}

// newMarker makes a field's box: its label, a delete button and a resize handle.
function newMarker(f) {
  const m = document.createElement("div");
  m.dataset.field = f.id;
  m.tabIndex = 0;
  m.setAttribute("role", "group");
  m.setAttribute("aria-describedby", "field-help");
  m.title = "Drag to move, drag the corner to resize, × deletes";
  const label = document.createElement("span");
  label.className = "field-label";
  const del = document.createElement("button");
  del.type = "button";
  del.className = "field-delete";
  del.textContent = "×";
  del.setAttribute("aria-label", `Delete this ${names[f.kind].toLowerCase()} field`);
  const handle = document.createElement("span");
  handle.className = "field-resize";
  handle.title = "Drag to resize";
  m.append(label, del, handle);
  pageBox(f.page).appendChild(m);
  return m;
}

function draw(f) {
  const m = markerOf(f) || newMarker(f);
  m.className = "field-marker " + f.kind + " signer-" + f.signer;
  Object.assign(m.style, { left: f.x * 100 + "%", top: f.y * 100 + "%", width: f.w * 100 + "%", height: f.h * 100 + "%" });
  m.querySelector(".field-label").textContent = names[f.kind] + " · signer " + (f.signer + 1);
  m.setAttribute("aria-label", `${names[f.kind]} field for signer ${f.signer + 1} on page ${f.page}`);
}

function save() {
  hidden.value = JSON.stringify(fields.map(({ id, ...f }) => f));
  const pages = [...new Set(fields.map((f) => f.page))].sort((a, b) => a - b);
  const text = fields.length
    ? `${fields.length} field(s) placed, on page(s) ${pages.join(", ")}.`
    : "No fields: a signature block goes on the last page.";
  if (count.textContent !== text) {
    count.textContent = text; // a live region: said again only when it changes
  }
}

// moveTo puts a field at x, y, kept whole on its page.
function moveTo(f, x, y) {
  f.x = round(clamp(x, 0, 1 - f.w));
  f.y = round(clamp(y, 0, 1 - f.h));
  draw(f);
  save();
}

// resizeTo gives a field a new size, its top-left corner staying put.
function resizeTo(f, w, h) {
  f.w = round(clamp(w, least.w, 1 - f.x));
  f.h = round(clamp(h, least.h, 1 - f.y));
  draw(f);
  save();
}

function remove(f) {
  const i = fields.indexOf(f);
  fields.splice(i, 1);
  markerOf(f)?.remove();
  save();
  const next = fields[i] || fields[i - 1];
  (next ? markerOf(next) : count).focus(); // keyboard users stay among the fields
}

function clearFields() {
  fields = [];
  preview.querySelectorAll(".field-marker").forEach((m) => m.remove());
  save();
}

// place adds a field of the chosen kind, centred where the page was clicked.
function place(canvas, e) {
  const kind = chosen("field_kind");
  const [w, h] = sizes[kind];
  const r = canvas.getBoundingClientRect();
  const f = { id: ++lastID, kind, page: Number(canvas.closest(".doc-page").dataset.page), x: 0, y: 0, w, h,
    signer: Number(chosen("field_signer") || 0) };
  fields.push(f);
  moveTo(f, (e.clientX - r.left) / r.width - w / 2, (e.clientY - r.top) / r.height - h / 2);
  return f;
}

function resetPreview() {
  generation++;
  observer?.disconnect();
  pdf = null;
  preview.hidden = true;
  delete preview.dataset.rendered;
  preview.replaceChildren();
}

// addPage lays out one page at its size; it is drawn when it scrolls near.
async function addPage(n, gen) {
  const page = await pdf.getPage(n);
  if (gen !== generation) {
    return null;
  }
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: Math.min(1.5, 560 / base.width) });
  const label = document.createElement("span");
  label.className = "page-label";
  label.textContent = `Page ${n} of ${pdf.numPages}`;
  const box = document.createElement("div");
  box.className = "doc-page";
  box.dataset.page = n;
  const canvas = document.createElement("canvas");
  canvas.id = n === 1 ? "doc-canvas" : "doc-canvas-" + n;
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "button");
  canvas.setAttribute("aria-label", `Page ${n} of ${pdf.numPages}: click, or press Enter, to place a field`);
  box.append(canvas, label);
  preview.append(box);
  return { page, viewport, box, canvas };
}

async function paint(p) {
  p.box.dataset.rendered = "drawing";
  await p.page.render({ canvasContext: p.canvas.getContext("2d"), viewport: p.viewport }).promise;
  p.box.dataset.rendered = "true";
}

async function render(file) {
  resetPreview();
  const gen = generation;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()) }).promise;
  if (gen !== generation) {
    return;
  }
  pdf = doc;
  const later = new Map();
  observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const p = later.get(e.target);
      if (e.isIntersecting && p && !p.box.dataset.rendered) {
        observer.unobserve(e.target);
        paint(p).catch(() => { p.box.dataset.rendered = "failed"; });
      }
    }
  }, { rootMargin: "800px 0px" });
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await addPage(n, gen);
    if (!p) {
      return;
    }
    if (n === 1) {
      await paint(p);
      preview.hidden = false;
      preview.dataset.rendered = String(doc.numPages);
    } else {
      later.set(p.box, p);
      observer.observe(p.box);
    }
  }
  if (!document.getElementById("doc-title").value) {
    document.getElementById("doc-title").value = file.name.replace(/\.pdf$/i, "");
  }
}

input.addEventListener("change", () => {
  clearFields();
  resetPreview();
  if (input.files.length) {
    render(input.files[0]).catch((err) => {
      resetPreview();
      count.textContent = "This file cannot be previewed: " + err.message;
    });
  }
});

preview.addEventListener("click", (e) => {
  if (e.target.closest(".field-delete")) {
    remove(fieldOf(e.target));
    return;
  }
  const canvas = e.target.closest(".doc-page canvas");
  if (canvas && !preview.hidden && preview.dataset.rendered) {
    place(canvas, e);
  }
});

// Dragging a field moves it; dragging its corner handle resizes it.
preview.addEventListener("pointerdown", (e) => {
  const f = e.button === 0 && !e.target.closest(".field-delete") && fieldOf(e.target);
  if (!f) {
    return;
  }
  e.preventDefault();
  const m = markerOf(f);
  const r = pageBox(f.page).getBoundingClientRect();
  const resizing = !!e.target.closest(".field-resize");
  const start = { x: e.clientX, y: e.clientY, f: { ...f } };
  m.focus();
  m.setPointerCapture(e.pointerId);
  m.classList.add(resizing ? "resizing" : "moving");
  const follow = (ev) => {
    const dx = (ev.clientX - start.x) / r.width;
    const dy = (ev.clientY - start.y) / r.height;
    if (resizing) {
      resizeTo(f, start.f.w + dx, start.f.h + dy);
    } else {
      moveTo(f, start.f.x + dx, start.f.y + dy);
    }
    m.classList.add(resizing ? "resizing" : "moving");
  };
  const stop = () => {
    m.removeEventListener("pointermove", follow);
    m.removeEventListener("pointerup", stop);
    m.removeEventListener("pointercancel", stop);
    m.classList.remove("moving", "resizing");
  };
  m.addEventListener("pointermove", follow);
  m.addEventListener("pointerup", stop);
  m.addEventListener("pointercancel", stop);
});

// With a page focused, Enter (or Space) places a field in its middle.
preview.addEventListener("keydown", (e) => {
  const canvas = e.target.matches(".doc-page canvas") && e.target;
  if (canvas && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    const r = canvas.getBoundingClientRect();
    markerOf(place(canvas, { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 })).focus();
  }
});

// With a field focused: arrows move it, Shift+arrows resize it, Delete removes it.
preview.addEventListener("keydown", (e) => {
  const f = e.target.classList.contains("field-marker") && fieldOf(e.target);
  if (!f) {
    return;
  }
  if (e.key === "Delete" || e.key === "Backspace") {
    e.preventDefault();
    remove(f);
    return;
  }
  const d = arrows[e.key];
  if (!d) {
    return;
  }
  e.preventDefault();
  if (e.shiftKey) {
    resizeTo(f, f.w + d[0] * step, f.h + d[1] * step);
  } else {
    moveTo(f, f.x + d[0] * step, f.y + d[1] * step);
  }
  // Keep the field in view, below the toolbar that stays at the top.
  const bar = document.querySelector(".doc-toolbar");
  if (bar) {
    preview.style.setProperty("--toolbar-height", bar.offsetHeight + "px");
  }
  e.target.scrollIntoView({ block: "nearest" });
});

document.getElementById("clear-fields").addEventListener("click", clearFields);

const zone = document.getElementById("drop-zone");
zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
zone.addEventListener("dragleave", () => zone.classList.remove("over"));
zone.addEventListener("drop", (e) => {
  e.preventDefault();
  zone.classList.remove("over");
  if (e.dataTransfer.files.length) {
    input.files = e.dataTransfer.files;
    input.dispatchEvent(new Event("change"));
  }
});

form.addEventListener("htmx:afterRequest", (e) => {
  if (e.detail.elt === form && e.detail.successful && !document.querySelector("#document-panel .message.error")) {
    // A fresh form: the uploaded file's pages and fields go with it.
    form.reset();
    clearFields();
    resetPreview();
  }
});
