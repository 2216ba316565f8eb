// Documents page: "Add a signer" adds a signer row (a contact and the
// number of their turn) and a "signer N" choice for placing that signer's
// fields. Rows left at "Nobody else" are ignored on upload.
const rows = document.getElementById("signer-rows");
const add = document.getElementById("add-signer");
const most = 10;

function addRow() {
  const all = rows.querySelectorAll(".signer-row");
  const last = all[all.length - 1];
  const n = all.length; // the new row's index
  const row = last.cloneNode(true);
  row.className = "signer-row signer-" + n;
  row.dataset.row = String(n);
  const select = row.querySelector("select");
  const order = row.querySelector('input[name="signer_order"]');
  const [label, orderLabel] = row.querySelectorAll("label");
  select.id = "doc-signer" + (n + 1);
  select.required = false;
  select.value = "";
  select.options[0].textContent = "Nobody else";
  order.id = select.id + "-order";
  // The defaults too, so that the form's reset after an upload keeps each
  // added row's own turn and its "Nobody else".
  order.value = order.defaultValue = String(Number(last.querySelector('input[name="signer_order"]').value || n) + 1);
  for (const o of select.options) {
    o.defaultSelected = o.value === "";
  }
  label.htmlFor = select.id;
  label.innerHTML = "";
  label.append("Signer " + (n + 1) + " ");
  const hint = document.createElement("span");
  hint.className = "hint";
  hint.textContent = "(optional)";
  label.append(hint);
  orderLabel.htmlFor = order.id;
  last.after(row);
  addFieldChoice(n);
  add.disabled = n + 1 >= most;
  select.focus();
}

// addFieldChoice offers "signer N" where the owner picks whose field to place.
function addFieldChoice(n) {
  const group = document.querySelector(".field-for");
  if (!group || group.querySelector(`input[name="field_signer"][value="${n}"]`)) {
    return;
  }
  const label = document.createElement("label");
  label.className = "signer-" + n;
  const radio = document.createElement("input");
  radio.type = "radio";
  radio.name = "field_signer";
  radio.value = String(n);
  label.append(radio, " signer " + (n + 1));
  group.append(label);
}

add?.addEventListener("click", addRow);
