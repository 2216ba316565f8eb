package model

// The types of the events the domain records for the owner's event stream
// (the owner API publishes the same names).
const (
	// EventContactCreated is a contact added by the owner (API, desktop) or a document send.
	EventContactCreated = "contact.created"
	EventContactInvited = "contact.invited"
	EventContactJoined  = "contact.joined"
	// EventContactAccessRevoked ends the contact's open pages' streams.
	EventContactAccessRevoked = "contact.access_revoked"
	EventDocumentViewed       = "document.viewed"
	EventDocumentSigned       = "document.signed"
	EventDocumentCompleted    = "document.completed"
	EventDocumentDeclined     = "document.declined"
	EventInvoiceIssued        = "invoice.issued"
	EventInvoicePaid          = "invoice.paid"
	EventInvoiceVoided        = "invoice.voided"
	EventInvoiceRefunded      = "invoice.refunded"
	EventMessageCreated       = "message.created"
	EventMessageRead          = "message.read"
	// EventJobDead says a job gave up after its last try (portal jobs retry revives it).
	EventJobDead = "job.dead"
	// EventWorkflowNotice is a workflow's notify_owner step, for the owner.
	EventWorkflowNotice = "workflow.notice"
	// EventWorkflowWebhook is a workflow's webhook step: it is posted to the
	// saved webhook of the step's address.
	EventWorkflowWebhook = "workflow.webhook"
	// EventInvoiceOverdue is recorded once per invoice, when its due date passed unpaid.
	EventInvoiceOverdue = "invoice.overdue"
)
