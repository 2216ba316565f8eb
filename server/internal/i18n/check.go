package i18n

import (
	"fmt"
	"sort"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// pluralForms are the CLDR plural categories each language's plural
// messages must give (go-i18n picks among them by the count).
var pluralForms = map[string][]string{
	"en": {"one", "other"}, "de": {"one", "other"}, "es": {"one", "many", "other"}, "it": {"one", "many", "other"},
	"nl": {"one", "other"}, "pt-BR": {"one", "many", "other"}, "tr": {"one", "other"}, "fr": {"one", "many", "other"},
	"pl": {"one", "few", "many", "other"}, "ar": {"zero", "one", "two", "few", "many", "other"},
	"ja": {"other"}, "zh-Hans": {"other"},
}

// Untranslated marks a text `make i18n` added for a translator to replace.
const Untranslated = "TODO: "

// Check compares the catalogue with the message ids the code and templates
// use, and returns every problem: an id used but missing in a language, an
// id defined that nothing uses, an untranslated text, a plural message
// without a form its language needs, or a plain one where English has forms.
func (c *Catalog) Check(used []string) []string {
	var problems []string
	isUsed := map[string]bool{}
	for _, id := range append(used, FormatIDs()...) {
		isUsed[id] = true
	}
	for _, l := range Languages {
		for id := range isUsed {
			if !c.Has(l.Code, id) {
				problems = append(problems, fmt.Sprintf("%s: %q is used but not defined", l.Code, id))
			}
		}
		for id, m := range c.ids[l.Code] {
			if !isUsed[id] {
				problems = append(problems, fmt.Sprintf("%s: %q is defined but nothing uses it", l.Code, id))
			}
			for _, text := range forms(m) {
				if strings.HasPrefix(text, Untranslated) {
					problems = append(problems, fmt.Sprintf("%s: %q is not translated yet", l.Code, id))
					break
				}
			}
			en := c.ids[Default][id]
			if en == nil || !plural(en) {
				continue
			}
			for _, form := range pluralForms[l.Code] {
				if formOf(m, form) == "" {
					problems = append(problems, fmt.Sprintf("%s: %q has no %q plural form", l.Code, id, form))
				}
			}
		}
	}
	sort.Strings(problems)
	return problems
}

func plural(m *goi18n.Message) bool {
	return m.One != "" || m.Few != "" || m.Many != "" || m.Zero != ""
}

func forms(m *goi18n.Message) []string {
	return []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other}
}

func formOf(m *goi18n.Message, form string) string {
	switch form {
	case "zero":
		return m.Zero
	case "one":
		return m.One
	case "two":
		return m.Two
	case "few":
		return m.Few
	case "many":
		return m.Many
	}
	return m.Other
}
