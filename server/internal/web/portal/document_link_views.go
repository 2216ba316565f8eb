package portal

// DocumentOpenPage is the one-click page of a document link from an email.
type DocumentOpenPage struct {
	Layout
	Name, Title, DocumentID, Token string
}
