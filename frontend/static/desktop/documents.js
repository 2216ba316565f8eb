// Documents page: preview the chosen PDF's first page with PDF.js and place
// signature, name and date fields by clicking on it. Fields are page-relative
// fractions from the top-left corner, as the owner API expects.
import * as pdfjs from "/static/vendor/pdf.min.mjs";

pdfjs.GlobalWorkerOptions.workerSrc = "/static/vendor/pdf.worker.min.mjs";

const sizes = { signature: [0.35, 0.07], name: [0.3, 0.04], date: [0.2, 0.04] };
const form = document.getElementById("document-form");
const input = document.getElementById("doc-file");
const canvas = document.getElementById("doc-canvas");
const preview = document.getElementById("doc-preview");
const hidden = document.getElementById("doc-fields");
let fields = [];

function kind() {
  return form.querySelector('input[name="field_kind"]:checked').value;
}

function showFields() {
  preview.querySelectorAll(".field-marker").forEach((m) => m.remove());
  for (const f of fields) {
    const m = document.createElement("div");
    m.className = "field-marker " + f.kind + " signer-" + f.signer;
    m.textContent = f.kind + " · signer " + (f.signer + 1);
    Object.assign(m.style, { left: f.x * 100 + "%", top: f.y * 100 + "%", width: f.w * 100 + "%", height: f.h * 100 + "%" });
    preview.appendChild(m);
  }
  hidden.value = JSON.stringify(fields);
  document.getElementById("field-count").textContent = fields.length
    ? fields.length + " field(s) placed on page 1."
    : "No fields: a signature block goes on the last page.";
}

async function render(file) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()) }).promise;
  const page = await doc.getPage(1);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: Math.min(1.5, 560 / base.width) });
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvasContext: canvas.getContext("2d"), viewport }).promise;
  preview.hidden = false;
  preview.dataset.rendered = String(doc.numPages);
  if (!document.getElementById("doc-title").value) {
    document.getElementById("doc-title").value = file.name.replace(/\.pdf$/i, "");
  }
}

input.addEventListener("change", () => {
  fields = [];
  showFields();
  if (input.files.length) {
    render(input.files[0]).catch((err) => {
      preview.hidden = true;
      document.getElementById("field-count").textContent = "This file cannot be previewed: " + err.message;
    });
  }
});

canvas.addEventListener("click", (e) => {
  if (preview.hidden || !preview.dataset.rendered) {
    return; // no file chosen, or the last one was uploaded: nothing to place a field on
  }
  const r = canvas.getBoundingClientRect();
  const [w, h] = sizes[kind()];
  const x = Math.min(Math.max((e.clientX - r.left) / r.width - w / 2, 0), 1 - w);
  const y = Math.min(Math.max((e.clientY - r.top) / r.height - h / 2, 0), 1 - h);
  const signer = Number(form.querySelector('input[name="field_signer"]:checked')?.value || 0);
  fields.push({ kind: kind(), page: 1, x: +x.toFixed(4), y: +y.toFixed(4), w, h, signer });
  showFields();
});

document.getElementById("clear-fields").addEventListener("click", () => {
  fields = [];
  showFields();
});

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
    form.reset();
    fields = [];
    showFields();
    // A fresh form: the uploaded file's preview goes with it.
    preview.hidden = true;
    delete preview.dataset.rendered;
    canvas.getContext("2d").clearRect(0, 0, canvas.width, canvas.height);
  }
});
