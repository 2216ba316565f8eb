package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Catalog holds every language's messages, read from files named
// <area>.<code>.json ("dashboard.de.json"): flat objects of message id to
// text, or to CLDR plural forms ({"one": …, "other": …}). Texts are Go
// templates over the data a caller passes ({{.Name}}, {{.Count}}).
type Catalog struct {
	bundle     *goi18n.Bundle
	localizers map[string]*Localizer
	// ids holds each language's own messages, for the completeness checks.
	ids map[string]map[string]*goi18n.Message
}

// Load reads every catalogue file at the root of fsys. A file of an
// unsupported language, or one that does not parse, is an error.
func Load(fsys fs.FS) (*Catalog, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{bundle: bundle, localizers: map[string]*Localizer{}, ids: map[string]map[string]*goi18n.Message{}}
	files, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("list message catalogues: %w", err)
	}
	for _, name := range files {
		code := strings.TrimSuffix(name, ".json")
		code = code[strings.LastIndexByte(code, '.')+1:]
		lang, ok := Lookup(code)
		if !ok || lang.Code != code {
			return nil, fmt.Errorf("message catalogue %s: %q is not a supported language code", name, code)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read message catalogue %s: %w", name, err)
		}
		mf, err := bundle.ParseMessageFileBytes(data, path.Base(name))
		if err != nil {
			return nil, fmt.Errorf("parse message catalogue %s: %w", name, err)
		}
		if c.ids[code] == nil {
			c.ids[code] = map[string]*goi18n.Message{}
		}
		for _, m := range mf.Messages {
			if c.ids[code][m.ID] != nil {
				return nil, fmt.Errorf("message catalogue %s: %q is defined twice for %s", name, m.ID, code)
			}
			c.ids[code][m.ID] = m
		}
	}
	for _, l := range Languages {
		c.localizers[l.Code] = newLocalizer(c, l)
	}
	return c, nil
}

// For returns the localizer of a language code; an unknown code gets the
// default language's.
func (c *Catalog) For(code string) *Localizer {
	if l, ok := Lookup(code); ok {
		return c.localizers[l.Code]
	}
	return c.localizers[Default]
}

// Has reports whether a language defines a message id itself (rather than
// falling back to English).
func (c *Catalog) Has(code, id string) bool { return c.ids[code][id] != nil }
