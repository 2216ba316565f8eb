package api

import (
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// contactJSON is the API shape of a contact.
func contactJSON(c model.Contact) api.Contact {
	out := api.Contact{ID: c.ID, Email: c.Email, Name: c.Name, Phone: c.Phone, SMSOptOut: c.SMSOptOut, Status: api.ContactStatus(c.Status),
		InvitedAt: c.InvitedAt, JoinedAt: c.JoinedAt, LastLoginAt: c.LastLoginAt, Fields: map[string]string{}, Language: c.Language}
	for k, v := range c.Fields {
		out.Fields[k] = v
	}
	if c.AvatarSHA256 != "" {
		out.AvatarURL = "/api/v1/contacts/" + c.ID + "/avatar?v=" + c.AvatarSHA256[:12]
	}
	return out
}
