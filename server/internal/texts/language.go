package texts

import (
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/model"
)

// UseCatalog gives the service the catalogue its default wording in each
// language comes from (without one, texts are English).
func (s *Service) UseCatalog(c *i18n.Catalog) { s.catalog = c }

// wordsFor is the language of a contact's texts: their own choice, else the
// workspace's default language; nil without a catalogue.
func (s *Service) wordsFor(w model.Workspace, c model.Contact) *i18n.Localizer {
	if s.catalog == nil {
		return nil
	}
	return s.catalog.For(i18n.Choose(c.Language, "", w.Language))
}

// linkTemplateIn is the default login link text in a language, with the
// text's custom values in their places (English DefaultTemplate when z is nil).
func linkTemplateIn(z *i18n.Localizer) string {
	if z == nil {
		return DefaultTemplate
	}
	return z.T("texts.login_link", "Workspace", "{{workspace.name}}", "Minutes", "{{link.minutes}}", "Link", "{{portal.magic_link}}")
}

// codeTemplateIn is the login code text in a language.
func codeTemplateIn(z *i18n.Localizer) string {
	if z == nil {
		return codeTemplate
	}
	return z.T("texts.login_code", "Workspace", "{{workspace.name}}", "Code", "{{portal.login_code}}", "Minutes", "{{link.minutes}}")
}

// linkTextFor is the login link text of a contact: the owner's wording when
// they wrote one (it stays theirs, in whatever language they wrote it), else
// the default in the contact's language. The default in that language is
// also the fallback when the wording grows past one segment.
func (s *Service) linkTextFor(ts model.TextSettings, w model.Workspace, c model.Contact) (template, fallback string) {
	fallback = linkTemplateIn(s.wordsFor(w, c))
	if ts.Template != "" {
		return ts.Template, fallback
	}
	return fallback, fallback
}
