package httpx

import (
	"strings"

	"clientportal/server/internal/model"
)

// ClientView is the signed-in client as pages show them.
type ClientView struct {
	ID, Name, FirstName, Email, Initials string
}

// ClientViewOf is how pages show a contact.
func ClientViewOf(c model.Contact) ClientView {
	name := strings.TrimSpace(c.Name)
	if name == "" {
		name = c.Email
	}
	parts := strings.Fields(name)
	initials := ""
	for i, p := range parts {
		if i == 0 || i == len(parts)-1 {
			initials += strings.ToUpper(string([]rune(p)[0]))
		}
	}
	return ClientView{ID: c.ID, Name: name, FirstName: parts[0], Email: c.Email, Initials: initials}
}

// AuthorName names a post's author: the contact, or the workspace itself.
func AuthorName(a model.Author, workspaceName string) string {
	switch {
	case a.ID == "":
		return workspaceName
	case a.Name != "":
		return a.Name
	}
	return a.Email
}
