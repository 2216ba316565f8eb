package i18n

import "html/template"

// Funcs are the template functions of a language's page templates:
//
//	{{t "dashboard.title"}}  {{t "dashboard.welcome" "Name" .Me.FirstName}}
//	{{tn "groups.new_posts" .New}}  {{date .At}}  {{datetime .At}}
//	{{money .TotalMinor .Currency}}  {{number .Count}}  {{lang}}  {{dir}}
func (z *Localizer) Funcs() template.FuncMap {
	return template.FuncMap{
		"t":        z.T,
		"tn":       z.N,
		"date":     z.Date,
		"time":     z.Time,
		"datetime": z.DateTime,
		"money":    z.Money,
		"number":   z.Number,
		"lang":     func() string { return z.Code },
		"dir":      z.Dir,
		"rtl":      func() bool { return z.RTL },
	}
}
