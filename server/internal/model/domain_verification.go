package model

// ChallengePrefix is the label in front of a host where its owner publishes
// the TXT record that proves control: _clientportal-challenge.<host>.
const ChallengePrefix = "_clientportal-challenge."

// Verified reports whether the domain's DNS proof has been seen.
func (d Domain) Verified() bool { return d.VerifiedAt != nil }

// ChallengeName is the name of the TXT record that proves the claim.
func (d Domain) ChallengeName() string { return ChallengePrefix + d.Host }

// The events of a domain's proof, for the owner's event stream.
const (
	// EventDomainVerified: a custom domain's DNS proof was seen; it serves the portal.
	EventDomainVerified = "domain.verified"
	// EventDomainUnverified: a verified domain's record stayed missing; it serves nothing until verified again.
	EventDomainUnverified = "domain.unverified"
)
