package web

import (
	"fmt"
	"io"
	"net/http"
	"sync"

	"github.com/gofiber/template/html/v2"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/web/assets"
	"clientportal/server/internal/web/portal"
)

// localizedViews renders every template in the language of the request:
// one template set per language, each with that language's t, tn, date and
// money functions, so partials need nothing passed down to speak it. The
// default language's set is parsed and checked at start; another's on the
// first page in it, so an idle server holds one set.
type localizedViews struct {
	static  *assets.Set
	catalog *i18n.Catalog
	byLang  map[string]func() (*html.Engine, error)
}

func loadViews(static *assets.Set, catalog *i18n.Catalog) (*localizedViews, error) {
	v := &localizedViews{static: static, catalog: catalog, byLang: map[string]func() (*html.Engine, error){}}
	for _, l := range i18n.Languages {
		v.byLang[l.Code] = sync.OnceValues(func() (*html.Engine, error) { return v.engine(l.Code) })
	}
	if _, err := v.byLang[i18n.Default](); err != nil {
		return nil, err
	}
	return v, nil
}

// engine parses the templates with one language's functions and checks
// that every declared template is there.
func (v *localizedViews) engine(code string) (*html.Engine, error) {
	engine := html.NewFileSystem(http.FS(v.static.Templates(frontend.PortalTemplates())), ".html")
	engine.AddFunc("add", func(a, b int) int { return a + b })
	for name, fn := range v.catalog.For(code).Funcs() {
		engine.AddFunc(name, fn)
	}
	if err := engine.Load(); err != nil {
		return nil, fmt.Errorf("load templates (%s): %w", code, err)
	}
	for _, name := range portal.Templates {
		if engine.Templates.Lookup(string(name)) == nil {
			return nil, fmt.Errorf("template %q is missing", name)
		}
	}
	return engine, nil
}

// Load is done by loadViews and on first use.
func (v *localizedViews) Load() error { return nil }

// Render renders a template in the language a portal.Localized binding
// names (the default language for any other binding).
func (v *localizedViews) Render(w io.Writer, name string, bind any, layouts ...string) error {
	load := v.byLang[i18n.Default]
	if l, ok := bind.(portal.Localized); ok {
		if f := v.byLang[l.Lang]; f != nil {
			load = f
		}
		bind = l.Data
	}
	engine, err := load()
	if err != nil {
		return err
	}
	return engine.Render(w, name, bind, layouts...)
}
