package api

import (
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// contactFieldJSON is the API shape of an extra contact field.
func contactFieldJSON(f model.ContactField) api.ContactField {
	return api.ContactField{Key: f.Key, Label: f.Label, CreatedAt: f.CreatedAt}
}
