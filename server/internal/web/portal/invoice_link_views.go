package portal

// LinkOpenPage is the one-click page of a login link from an invoice or
// message email: a GET shows it, only the POST uses the link.
type LinkOpenPage struct {
	Layout
	Heading, Lead, Action, Button string
}
