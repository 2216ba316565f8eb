package api

import (
	"clientportal/server/internal/model"
	"clientportal/shared/api"
)

// domainJSON is a custom domain as the owner API shows it, with the TXT
// record that proves it.
func domainJSON(d model.Domain) api.Domain {
	return api.Domain{Host: d.Host, Primary: d.IsPrimary, Verified: d.Verified(), VerifiedAt: d.VerifiedAt,
		Verification: api.Verification{Name: d.ChallengeName(), Type: "TXT", Value: d.VerificationToken},
		CheckedAt:    d.CheckedAt, CheckResult: d.CheckResult}
}
