package pdf

import "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

// newConfig returns a fresh pdfcpu configuration for one call: pdfcpu
// mutates its configuration, so calls never share one.
func newConfig() *model.Configuration {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.Offline = true
	conf.Limits.MaxDecodeBytes = DefaultMaxStreamDecoded // no step inflates a bomb
	return conf
}
