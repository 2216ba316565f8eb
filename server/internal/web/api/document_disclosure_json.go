package api

// disclosureJSON is the consent text shown before a client signs.
type disclosureJSON struct {
	Text string `json:"text"`
}
