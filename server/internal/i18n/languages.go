// Package i18n speaks to each client in their own language: the supported
// languages, how one is chosen for a request, the message catalogues (with
// CLDR plural rules) and dates, numbers and money in the language's
// conventions. It knows nothing of HTTP or storage.
package i18n

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"clientportal/shared/api"
)

// Default is the language used when nothing else is known.
const Default = "en"

// Language is one language the portal speaks.
type Language struct {
	Code string // the BCP 47 code stored on a contact or workspace
	Name string // the language's own name for itself, for pickers
	RTL  bool   // written right to left
	tag  language.Tag
}

// Dir is the HTML dir attribute of the language's pages.
func (l Language) Dir() string {
	if l.RTL {
		return "rtl"
	}
	return "ltr"
}

// Languages are the supported languages, in the order pickers list them
// (the owner API's list, shared with the desktop app).
var Languages = func() []Language {
	out := make([]Language, len(api.Languages))
	for i, l := range api.Languages {
		out[i] = Language{Code: l.Code, Name: l.Name, RTL: l.RTL, tag: language.MustParse(l.Code)}
	}
	return out
}()

// Codes lists the supported codes, for error messages and API documents.
func Codes() []string {
	codes := make([]string, len(Languages))
	for i, l := range Languages {
		codes[i] = l.Code
	}
	return codes
}

// Lookup returns the supported language of a code, matched without regard
// to case ("pt-br" is pt-BR).
func Lookup(code string) (Language, bool) {
	for _, l := range Languages {
		if strings.EqualFold(l.Code, strings.TrimSpace(code)) {
			return l, true
		}
	}
	return Language{}, false
}

// Parse checks a language code a person or the owner API gave: empty means
// "not chosen" and stays empty; a supported code comes back in its canonical
// spelling; anything else is an error that lists the supported codes.
func Parse(code string) (string, error) {
	code = strings.TrimSpace(code)
	if code == "" {
		return "", nil
	}
	if l, ok := Lookup(code); ok {
		return l.Code, nil
	}
	return "", fmt.Errorf("%q is not a supported language; use one of %s", code, strings.Join(Codes(), ", "))
}

var matcher = func() language.Matcher {
	tags := make([]language.Tag, len(Languages))
	for i, l := range Languages {
		tags[i] = l.tag
	}
	return language.NewMatcher(tags)
}()

// Match picks the supported language that best fits a browser's
// Accept-Language header; ok is false when the header is empty, malformed
// or names no language close to a supported one.
func Match(acceptLanguage string) (code string, ok bool) {
	if strings.TrimSpace(acceptLanguage) == "" {
		return "", false
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return "", false
	}
	_, index, confidence := matcher.Match(tags...)
	if confidence == language.No {
		return "", false
	}
	return Languages[index].Code, true
}

// Choose is the language of a request: the client's own choice, else the
// browser's, else the workspace's default, else English.
func Choose(clientChoice, acceptLanguage, workspaceDefault string) string {
	if l, ok := Lookup(clientChoice); ok {
		return l.Code
	}
	if code, ok := Match(acceptLanguage); ok {
		return code
	}
	if l, ok := Lookup(workspaceDefault); ok {
		return l.Code
	}
	return Default
}
