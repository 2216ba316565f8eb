package texts

import (
	"context"
	"fmt"
	"strings"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/model"
	"clientportal/server/internal/phones"
	"clientportal/server/internal/store"
	"clientportal/shared/sms"
)

// Settings are the owner's text message settings; nil fields stay as they are.
type Settings struct {
	PhoneRegion *string
	HourlyLimit *int
	Template    *string // "" restores the default wording
}

// SettingsView is a workspace's text settings as the owner sees them.
type SettingsView struct {
	model.TextSettings
	DefaultTemplate string
	Sample          string    // the template rendered for a sample contact
	Count           sms.Count // the sample's segments
	SampleValues    map[string]string
	Provider        string // twilio or outbox
}

// Settings returns the workspace's text settings.
func (s *Service) Settings(ctx context.Context, workspaceID string) (SettingsView, error) {
	var v SettingsView
	err := s.store.View(ctx, func(tx *store.Tx) (err error) {
		v, err = s.settingsView(tx, workspaceID)
		return err
	})
	return v, err
}

func (s *Service) settingsView(tx *store.Tx, workspaceID string) (SettingsView, error) {
	ts, err := tx.TextSettingsOf(workspaceID)
	if err != nil {
		return SettingsView{}, err
	}
	w, err := tx.Workspaces().ByID(workspaceID)
	if err != nil {
		return SettingsView{}, err
	}
	portalURL, err := s.portalURL(tx, w)
	v := SettingsView{TextSettings: ts, DefaultTemplate: DefaultTemplate, Provider: "twilio"}
	if _, ok := s.provider.(Outbox); ok {
		v.Provider = "outbox"
	}
	v.Sample, v.SampleValues = sampleText(templateOf(ts), w, portalURL), sampleValues(w, portalURL).fields()
	v.Count = sms.CountOf(v.Sample)
	return v, err
}

// SaveSettings checks and stores the owner's text settings.
func (s *Service) SaveSettings(ctx context.Context, workspaceID string, in Settings) (SettingsView, error) {
	var v SettingsView
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		ts, err := tx.TextSettingsOf(workspaceID)
		if err != nil {
			return err
		}
		w, err := tx.Workspaces().ByID(workspaceID)
		if err != nil {
			return err
		}
		portalURL, err := s.portalURL(tx, w)
		if err != nil {
			return err
		}
		if err := in.apply(&ts, w, portalURL); err != nil {
			return err
		}
		if err := tx.SaveTextSettings(ts); err != nil {
			return err
		}
		v, err = s.settingsView(tx, workspaceID)
		return err
	})
	return v, err
}

func (in Settings) apply(ts *model.TextSettings, w model.Workspace, portalURL string) error {
	v := apperr.Validation{}
	if in.PhoneRegion != nil {
		if r := strings.ToUpper(strings.TrimSpace(*in.PhoneRegion)); phones.ValidRegion(r) {
			ts.PhoneRegion = r
		} else {
			v.Add("phone_region", "Use a two-letter country code such as US, GB or DE.")
		}
	}
	if in.HourlyLimit != nil {
		if *in.HourlyLimit < 1 || *in.HourlyLimit > 100000 {
			v.Add("hourly_limit", "Use a limit from 1 to 100000 texts an hour.")
		} else {
			ts.HourlyLimit = *in.HourlyLimit
		}
	}
	if in.Template != nil {
		t := strings.TrimSpace(*in.Template)
		if why := checkTemplate(t, w, portalURL); why != "" {
			v.Add("template", why)
		} else {
			ts.Template = t
		}
	}
	return v.Err()
}

// checkTemplate says what is wrong with an owner's wording, or "".
func checkTemplate(t string, w model.Workspace, portalURL string) string {
	if t == "" {
		return ""
	}
	if !strings.Contains(fieldPattern.ReplaceAllString(t, "{{$1}}"), "{{portal.magic_link}}") {
		return "Keep {{portal.magic_link}} in the text: it is the link that logs the client in."
	}
	if unknown := unknownFields(t); unknown != "" {
		return fmt.Sprintf("{{%s}} is not a value a text can hold.", unknown)
	}
	c := sms.CountOf(sampleText(t, w, portalURL))
	if c.Segments > 1 {
		return fmt.Sprintf("This text takes %d messages (%d of %d %s characters); shorten it to fit one.", c.Segments, c.Units, c.Limit, c.Encoding)
	}
	return ""
}
