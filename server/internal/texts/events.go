package texts

import (
	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// emitStatus tells the owner's event stream that a text moved to status.
func emitStatus(tx *store.Tx, t model.Text, status, code string) error {
	data := map[string]any{"text_id": t.ID, "contact_id": t.ContactID, "status": OwnerStatus(status), "error_code": code}
	if t.BatchID != nil {
		data["batch_id"] = *t.BatchID
	}
	return events.Emit(tx, t.WorkspaceID, model.EventTextStatus, data)
}

// setOptOut records a STOP (out) or START for every contact with the
// number and tells each one's workspace.
func setOptOut(tx *store.Tx, phone string, out bool) (int, error) {
	cs, err := tx.SetSMSOptOut(phone, out)
	if err != nil {
		return 0, err
	}
	for _, c := range cs {
		if err := events.Emit(tx, c.WorkspaceID, model.EventContactSMSOptOut, map[string]any{"contact_id": c.ID, "sms_opt_out": out}); err != nil {
			return 0, err
		}
	}
	return len(cs), nil
}
