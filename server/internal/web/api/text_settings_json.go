package api

import (
	"clientportal/server/internal/texts"
	"clientportal/shared/api"
)

// textSettingsJSON is the API shape of a workspace's text settings.
func textSettingsJSON(v texts.SettingsView) api.TextSettings {
	return api.TextSettings{PhoneRegion: v.PhoneRegion, HourlyLimit: v.HourlyLimit, Template: v.Template, DefaultTemplate: v.DefaultTemplate,
		Sample: v.Sample, Encoding: v.Count.Encoding, Characters: v.Count.Units, Segments: v.Count.Segments, Provider: v.Provider, SampleValues: v.SampleValues}
}
