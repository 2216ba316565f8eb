package api

import (
	"clientportal/server/internal/emailtemplates"
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

func templateJSON(t model.EmailTemplate) api.EmailTemplate {
	return api.EmailTemplate{Kind: t.Kind, Language: t.Language, Subject: t.Subject, Body: t.Body, MergeFields: emailtemplates.MergeFields}
}
