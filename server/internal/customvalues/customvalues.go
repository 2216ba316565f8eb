// Package customvalues is the one list of {{key}} values every email, text
// and workflow step may use, the check that refuses unknown ones, and the
// resolver that fills them in for one contact when the message is made.
package customvalues

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Value is one custom value: its key, a label for the owner, an example.
type Value struct {
	Key, Label, Example string
	// Needs is the subject the trigger must have for the value: "",
	// "document" or "invoice".
	Needs string
}

// FieldPrefix starts the keys of the owner's contact fields.
const FieldPrefix = "contact.fields."

// Values are every custom value, in the order the owner sees them; the
// owner's contact fields add contact.fields.<key>.
var Values = []Value{
	{Key: "contact.first_name", Label: "Contact's first name", Example: "Jane"},
	{Key: "contact.name", Label: "Contact's full name", Example: "Jane Doe"},
	{Key: "contact.email", Label: "Contact's email", Example: "jane@example.com"},
	{Key: "contact.phone", Label: "Contact's phone", Example: "+14155552671"},
	{Key: "workspace.name", Label: "Your business's name", Example: "Acme Studio"},
	{Key: "portal.url", Label: "Your portal's address", Example: "https://acme.example.com"},
	{Key: "portal.magic_link", Label: "A fresh one-time login link", Example: "https://acme.example.com/login/magic/…"},
	{Key: "portal.login_code", Label: "A fresh 6-digit login code", Example: "123456"},
	{Key: "document.title", Label: "The document's title", Example: "Service agreement", Needs: "document"},
	{Key: "document.sign_link", Label: "A one-time link to sign the document", Example: "https://acme.example.com/documents/…", Needs: "document"},
	{Key: "invoice.number", Label: "The invoice's number", Example: "INV-0042", Needs: "invoice"},
	{Key: "invoice.total", Label: "The invoice's total", Example: "$1,200.00", Needs: "invoice"},
	{Key: "invoice.link", Label: "A one-time link to the invoice", Example: "https://acme.example.com/invoices/…", Needs: "invoice"},
}

// Pattern finds {{ key }} in a text; the key is the first group.
var Pattern = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// Scope is what a text may refer to where it is saved: the workspace's
// contact fields and the subjects its trigger brings.
type Scope struct {
	Fields   []string // the keys of the workspace's contact fields
	Document bool     // the trigger is about a document
	Invoice  bool     // the trigger is about an invoice
}

// Keys lists every key the scope allows, sorted.
func (sc Scope) Keys() []string {
	var keys []string
	for _, v := range Values {
		if sc.allows(v) {
			keys = append(keys, v.Key)
		}
	}
	for _, f := range sc.Fields {
		keys = append(keys, FieldPrefix+f)
	}
	sort.Strings(keys)
	return keys
}

func (sc Scope) allows(v Value) bool {
	return v.Needs == "" || (v.Needs == "document" && sc.Document) || (v.Needs == "invoice" && sc.Invoice)
}

// Unknown returns the keys text uses that the scope does not allow, sorted.
func (sc Scope) Unknown(text string) []string {
	known := map[string]bool{}
	for _, k := range sc.Keys() {
		known[k] = true
	}
	seen := map[string]bool{}
	var unknown []string
	for _, m := range Pattern.FindAllStringSubmatch(text, -1) {
		if !known[m[1]] && !seen[m[1]] {
			seen[m[1]] = true
			unknown = append(unknown, m[1])
		}
	}
	sort.Strings(unknown)
	return unknown
}

// Problem says what is wrong with the custom values of text, or "".
func (sc Scope) Problem(text string) string {
	if unknown := sc.Unknown(text); len(unknown) > 0 {
		return fmt.Sprintf("Unknown custom value {{%s}}; use one of {{%s}}.", strings.Join(unknown, "}}, {{"), strings.Join(sc.Keys(), "}}, {{"))
	}
	if rest := Pattern.ReplaceAllString(text, ""); strings.Contains(rest, "{{") || strings.Contains(rest, "}}") {
		return "A custom value is not closed: write it as {{contact.name}}."
	}
	return ""
}

// Uses reports whether text uses any of the keys.
func Uses(text string, keys ...string) bool {
	for _, m := range Pattern.FindAllStringSubmatch(text, -1) {
		for _, k := range keys {
			if m[1] == k {
				return true
			}
		}
	}
	return false
}
