package model

// The types of the events the domain records for the owner's event stream
// (the owner API publishes the same names).
const (
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
	EventMessageCreated       = "message.created"
	EventMessageRead          = "message.read"
	// EventJobDead says a job gave up after its last try (portal jobs retry revives it).
	EventJobDead = "job.dead"
)
