package api

import (
	"clientportal/server/internal/documents"
	"clientportal/shared/api"
)

// documentJSON is the API shape of a document.
func documentJSON(v documents.View) api.Document {
	d := v.Document
	out := api.Document{ID: d.ID, Title: d.Title, Status: api.DocumentStatus(d.Status), Signer: contactJSON(v.Signer),
		Fields: make([]api.DocumentField, 0, len(v.Fields)), Pages: d.PageCount, OriginalSHA256: d.OriginalSHA256,
		FinalSHA256: d.FinalSHA256, DeclineReason: d.DeclineReason, SealError: d.SealError, CreatedAt: d.CreatedAt, SentAt: d.SentAt,
		ViewedAt: d.ViewedAt, SignedAt: d.SignedAt, DeclinedAt: d.DeclinedAt, CompletedAt: d.CompletedAt,
		ExpiresAt: d.ExpiresAt, VoidReason: d.VoidReason, Reminders: d.RemindersSent,
		Audit: make([]api.AuditEntry, 0, len(v.Audit))}
	for _, f := range v.Fields {
		out.Fields = append(out.Fields, api.DocumentField{Kind: f.Kind, Page: f.Page, X: f.X, Y: f.Y, W: f.W, H: f.H, Signer: f.Signer})
	}
	out.Signers = make([]api.Signer, 0, len(v.Signers))
	for _, sg := range v.Signers {
		out.Signers = append(out.Signers, api.Signer{Contact: contactJSON(sg.Contact), Order: sg.SignOrder,
			Status: api.SignerStatus(sg.Status), SignedAt: sg.SignedAt})
	}
	for _, a := range v.Audit {
		out.Audit = append(out.Audit, api.AuditEntry{At: a.At, Actor: a.Actor, Action: a.Action, IP: a.IP, UserAgent: a.UserAgent})
	}
	return out
}
