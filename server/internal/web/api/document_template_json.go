package api

import (
	"clientportal/server/internal/documents"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// documentTemplateJSON is the API shape of a document template.
func documentTemplateJSON(t documents.Template) api.DocumentTemplate {
	out := api.DocumentTemplate{ID: t.ID, Title: t.Title, Roles: t.RoleNames, Orders: t.RoleOrders, Pages: t.PageCount, CreatedAt: t.CreatedAt,
		Fields: make([]api.TemplateField, 0, len(t.FieldList))}
	for _, f := range t.FieldList {
		out.Fields = append(out.Fields, api.TemplateField{Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H, Role: f.Role})
	}
	return out
}

// batchJSON is the API shape of a bulk send.
func batchJSON(b documents.Batch) api.DocumentBatch {
	out := api.DocumentBatch{ID: b.ID, TemplateID: b.TemplateID, Total: len(b.Items), CreatedAt: b.CreatedAt,
		Items: make([]api.DocumentBatchItem, 0, len(b.Items))}
	for _, it := range b.Items {
		switch it.Status {
		case model.BatchSent:
			out.Sent++
		case model.BatchFailed:
			out.Failed++
		}
		out.Items = append(out.Items, api.DocumentBatchItem{ContactID: it.ContactID, DocumentID: it.DocumentID, Status: it.Status, Error: it.Error})
	}
	return out
}
