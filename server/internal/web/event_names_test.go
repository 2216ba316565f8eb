package web_test

import (
	"testing"

	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// The domain names its events itself; the owner API publishes the same
// names to the desktop app and to integrations.
func TestTheDomainsEventNamesAreTheOwnerAPIs(t *testing.T) {
	for domain, published := range map[string]string{
		model.EventContactInvited:          api.EventContactInvited,
		model.EventContactJoined:           api.EventContactJoined,
		model.EventContactAccessRevoked:    api.EventContactAccessRevoked,
		model.EventDocumentViewed:          api.EventDocumentViewed,
		model.EventDocumentSigned:          api.EventDocumentSigned,
		model.EventDocumentCompleted:       api.EventDocumentCompleted,
		model.EventDocumentDeclined:        api.EventDocumentDeclined,
		model.EventDocumentPartiallySigned: api.EventDocumentPartiallySigned,
		model.EventDocumentExpired:         api.EventDocumentExpired,
		model.EventDocumentVoided:          api.EventDocumentVoided,
		model.EventDocumentReminded:        api.EventDocumentReminded,
		model.EventInvoiceIssued:           api.EventInvoiceIssued,
		model.EventInvoicePaid:             api.EventInvoicePaid,
		model.EventInvoiceVoided:           api.EventInvoiceVoided,
		model.EventMessageCreated:          api.EventMessageCreated,
		model.EventMessageRead:             api.EventMessageRead,
		model.EventJobDead:                 api.EventJobDead,
		model.EventWorkflowNotice:          api.EventWorkflowNotice,
		model.EventWorkflowWebhook:         api.EventWorkflowWebhook,
		model.EventTextStatus:              api.EventTextStatus,
		model.EventContactSMSOptOut:        api.EventContactSMSOptOut,
		model.EventDomainVerified:          api.EventDomainVerified,
		model.EventDomainUnverified:        api.EventDomainUnverified,
	} {
		if domain != published {
			t.Errorf("the domain records %q where the owner API publishes %q", domain, published)
		}
	}
}
