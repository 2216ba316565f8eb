package web

import (
	"fmt"
	"io"
	"net/http"

	"github.com/gofiber/template/html/v2"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/web/assets"
	"clientportal/server/internal/web/portal"
)

// localizedViews renders every template in the language of the request:
// one template set per language, each with that language's t, tn, date and
// money functions, so partials need nothing passed down to speak it.
type localizedViews struct {
	byLang map[string]*html.Engine
}

func loadViews(static *assets.Set, catalog *i18n.Catalog) (*localizedViews, error) {
	v := &localizedViews{byLang: map[string]*html.Engine{}}
	for _, l := range i18n.Languages {
		engine := html.NewFileSystem(http.FS(static.Templates(frontend.PortalTemplates())), ".html")
		engine.AddFunc("add", func(a, b int) int { return a + b })
		for name, fn := range catalog.For(l.Code).Funcs() {
			engine.AddFunc(name, fn)
		}
		if err := engine.Load(); err != nil {
			return nil, fmt.Errorf("load templates (%s): %w", l.Code, err)
		}
		for _, name := range portal.Templates {
			if engine.Templates.Lookup(string(name)) == nil {
				return nil, fmt.Errorf("template %q is missing", name)
			}
		}
		v.byLang[l.Code] = engine
	}
	return v, nil
}

// Load is done once by loadViews.
func (v *localizedViews) Load() error { return nil }

// Render renders a template in the language a portal.Localized binding
// names (English for any other binding).
func (v *localizedViews) Render(w io.Writer, name string, bind any, layouts ...string) error {
	engine := v.byLang[i18n.Default]
	if l, ok := bind.(portal.Localized); ok {
		if e := v.byLang[l.Lang]; e != nil {
			engine = e
		}
		bind = l.Data
	}
	return engine.Render(w, name, bind, layouts...)
}
