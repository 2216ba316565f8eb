package workflows

import (
	"encoding/json"
	"errors"

	"clientportal/server/internal/customvalues"
	"clientportal/server/internal/invoices"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
)

// addSubject gives the source the document or invoice the run's trigger
// event was about, with makers of its one-time links.
func (x *execution) addSubject(src *customvalues.Source, w model.Workspace) error {
	if x.run.TriggerEventID == 0 {
		return nil
	}
	e, err := x.tx.Events().Event(x.run.WorkspaceID, x.run.TriggerEventID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	var d struct {
		DocumentID string `json:"document_id"`
		InvoiceID  string `json:"invoice_id"`
	}
	if json.Unmarshal(e.Data, &d) != nil {
		return nil
	}
	if d.DocumentID != "" {
		doc, err := x.tx.Documents().ByID(x.run.WorkspaceID, d.DocumentID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if err == nil {
			src.Document = &doc
			src.DocumentLink = func() (string, error) {
				return x.s.links.NewDocumentLink(x.tx, w, x.contact, src.PortalURL, doc.ID)
			}
		}
	}
	if d.InvoiceID != "" {
		inv, err := x.tx.Invoices().ByID(x.run.WorkspaceID, d.InvoiceID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if err == nil {
			src.Invoice, src.InvoiceTotal = &inv, invoices.FormatMoney(inv.TotalMinor, inv.Currency)
			src.InvoiceLink = func() (string, error) {
				token, err := x.s.links.NewPageLink(x.tx, w, x.contact, invoices.LinkInvoice)
				return src.PortalURL + invoices.LinkPath(inv.ID, token), err
			}
		}
	}
	return nil
}
