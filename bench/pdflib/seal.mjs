// The pdf-lib side of the sealing benchmark: the same stamping (each of the
// five signers' signature PNG, name and date at the same page-relative
// boxes) and the same appended certificate page listing every signer and
// event as the Go pipeline, on the same input files. pdf-lib
// cannot apply a digital signature, so this side does less work.
//
//   node seal.mjs DIR PAGES RUNS   prints "pdflib <pages> <median ms> <bytes>"
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const [dir, pagesArg, runsArg] = process.argv.slice(2);
const pages = Number(pagesArg);
const runs = Number(runsArg || 5);
const job = JSON.parse(readFileSync(join(dir, `job-${pages}.json`), 'utf8'));
const input = readFileSync(join(dir, `in-${pages}.pdf`));
const pngs = job.signers.map((_, i) => readFileSync(join(dir, `sig-${i}.png`)));
const ink = rgb(0x0d / 255, 0x1b / 255, 0x4c / 255);

function fitSize(font, text, w, h) {
  let size = Math.max(4, Math.floor(h * 0.7));
  while (size > 4 && font.widthOfTextAtSize(text, size) > w) size--;
  return size;
}

function stamp(page, field, images, font) {
  const { width, height } = page.getSize();
  const [x, y, w, h] = [field.x * width, field.y * height, field.w * width, field.h * height];
  const signer = job.signers[field.signer];
  if (field.kind === 'signature') {
    const image = images[field.signer];
    const s = Math.min(w / image.width, h / image.height);
    const [iw, ih] = [image.width * s, image.height * s];
    page.drawImage(image, { x: x + (w - iw) / 2, y: height - y - (h + ih) / 2, width: iw, height: ih });
    return;
  }
  const text = field.kind === 'name' ? signer.name : signer.date;
  const size = fitSize(font, text, w, h);
  page.drawText(text, { x, y: height - y - (h + size) / 2 + size * 0.2, size, font, color: ink });
}

function certificate(doc, font) {
  const page = doc.addPage([595.28, 841.89]);
  const lines = [
    ['Certificate of completion', 18], [`Document: ${job.title}`, 11], [`Document ID: ${job.document_id}`, 10],
    [`Signers (${job.signers.length})`, 11],
  ];
  job.signers.forEach((s, i) => {
    const at = s.signed_at.replace('T', ' ').replace('Z', '');
    lines.push([`${i + 1}. ${s.name} <${s.email}>, signed ${at} UTC`, 10]);
  });
  lines.push(['SHA-256 of the original document:', 10], [job.sha256, 9], ['Events (UTC)', 12]);
  for (const e of job.audit) {
    const at = e.At.replace('T', ' ').replace('Z', '');
    lines.push([`${at}  ${e.Action}  by ${e.Actor}  IP ${e.IP}`, 9], [`User agent: ${e.UserAgent}`, 8]);
  }
  let y = 800;
  for (const [text, size] of lines) {
    page.drawText(text, { x: 50, y, size, font });
    y -= Math.max(15, size + 6);
  }
}

async function seal() {
  const doc = await PDFDocument.load(input);
  const images = await Promise.all(pngs.map((p) => doc.embedPng(p)));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const f of job.fields) stamp(doc.getPage(f.page - 1), f, images, font);
  certificate(doc, font);
  return doc.save();
}

const times = [];
let out;
for (let i = 0; i <= runs; i++) {
  const start = process.hrtime.bigint();
  out = await seal();
  if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
writeFileSync(join(dir, `out-pdflib-${pages}.pdf`), out);
console.log(`pdflib ${pages} ${times[Math.floor(times.length / 2)].toFixed(1)} ${out.length}`);
