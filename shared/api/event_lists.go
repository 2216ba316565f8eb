package api

// WorkflowTriggerEvents are the events a workflow may start on; the server
// refuses any other.
var WorkflowTriggerEvents = []string{"contact.created", "contact.invited", "contact.joined",
	"document.sent", "document.viewed", "document.signed", "document.completed", "document.declined", "document.expired",
	"invoice.issued", "invoice.overdue", "invoice.paid", "message.received", "course.completed"}

// WebhookEvents are the event types a webhook may subscribe to; the server
// refuses any other.
var WebhookEvents = []string{"contact.created", "contact.invited", "contact.joined", "contact.access_revoked",
	"document.sent", "document.viewed", "document.signed", "document.completed", "document.declined", "document.expired",
	"invoice.issued", "invoice.overdue", "invoice.paid", "invoice.voided", "invoice.refunded",
	"message.created", "message.read", "email.sent", "email.failed", "workflow.notice"}
