package web

import (
	"testing"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
)

func TestEveryLanguagesTemplateSetParsesWithEveryDeclaredTemplate(t *testing.T) {
	static, err := staticFiles()
	if err != nil {
		t.Fatal(err)
	}
	catalog, err := i18n.Load(frontend.Locales())
	if err != nil {
		t.Fatal(err)
	}
	v, err := loadViews(static, catalog)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Languages {
		if _, err := v.byLang[l.Code](); err != nil {
			t.Errorf("%s: %v", l.Code, err)
		}
	}
}
