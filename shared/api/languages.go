package api

// LanguageOption is one language the portal speaks to clients.
type LanguageOption struct {
	Code string // BCP 47, as Contact.Language and the workspace setting hold it
	Name string // the language's name for itself
	RTL  bool   // written right to left
}

// Languages are the portal's languages, in the order pickers list them.
var Languages = []LanguageOption{
	{Code: "en", Name: "English"},
	{Code: "de", Name: "Deutsch"},
	{Code: "fr", Name: "Français"},
	{Code: "es", Name: "Español"},
	{Code: "pt-BR", Name: "Português (Brasil)"},
	{Code: "it", Name: "Italiano"},
	{Code: "nl", Name: "Nederlands"},
	{Code: "pl", Name: "Polski"},
	{Code: "tr", Name: "Türkçe"},
	{Code: "ja", Name: "日本語"},
	{Code: "zh-Hans", Name: "简体中文"},
	{Code: "ar", Name: "العربية", RTL: true},
}
