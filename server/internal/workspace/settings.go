package workspace

import (
	"context"
	"regexp"
	"strings"
	"time"

	"clientportal/server/internal/apperr"
	"clientportal/server/internal/i18n"
	"clientportal/server/internal/store"
)

// Settings are the owner's changes; nil fields stay as they are.
type Settings struct {
	Name, AccentColor, SendingDomain    *string
	MagicLinkTTLSecs, LoginEmailTTLSecs *int
	TimeZone                            *string // IANA name; "" is UTC
	Language                            *string // the default language of the portal (i18n code)
}

var accentPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// The ranges of the link lifetimes.
const (
	minTTL           = time.Minute
	maxMagicLinkTTL  = 7 * 24 * time.Hour
	maxLoginEmailTTL = 30 * 24 * time.Hour
)

func (in Settings) check() (map[string]any, error) {
	v := apperr.Validation{}
	up := map[string]any{}
	if in.Name != nil {
		if n := strings.TrimSpace(*in.Name); n == "" || len(n) > 100 {
			v.Add("name", "Give the workspace a name of 1 to 100 characters.")
		} else {
			up["name"] = n
		}
	}
	if in.AccentColor != nil {
		if !accentPattern.MatchString(*in.AccentColor) {
			v.Add("accent_color", "Use a colour like #4f46e5.")
		}
		up["accent_color"] = strings.ToLower(*in.AccentColor)
	}
	if in.SendingDomain != nil {
		d := strings.ToLower(strings.TrimSpace(*in.SendingDomain))
		if !hostname.MatchString(d) {
			v.Add("sending_domain", "Enter a domain such as mail.example.com.")
		}
		up["sending_domain"] = d
	}
	checkTTL(v, up, "magic_link_ttl_secs", "magic_link_ttl_seconds", in.MagicLinkTTLSecs, maxMagicLinkTTL)
	checkTTL(v, up, "login_email_ttl_secs", "login_email_ttl_seconds", in.LoginEmailTTLSecs, maxLoginEmailTTL)
	checkTimeZone(v, up, in.TimeZone)
	if in.Language != nil {
		if lang, err := i18n.Parse(*in.Language); err != nil || lang == "" {
			v.Add("language", "Choose one of "+strings.Join(i18n.Codes(), ", ")+".")
		} else {
			up["language"] = lang
		}
	}
	return up, v.Err()
}

func checkTTL(v apperr.Validation, up map[string]any, column, field string, secs *int, max time.Duration) {
	if secs == nil {
		return
	}
	if d := time.Duration(*secs) * time.Second; d < minTTL || d > max {
		v.Add(field, "Use "+itoa(int(minTTL.Seconds()))+" to "+itoa(int(max.Seconds()))+" seconds.")
	}
	up[column] = *secs
}

// UpdateSettings saves the owner's changes to name, look and link lifetimes.
func (s *Service) UpdateSettings(ctx context.Context, workspaceID string, in Settings) error {
	up, err := in.check()
	if err != nil || len(up) == 0 {
		return err
	}
	return s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.Workspaces().Update(workspaceID, up); err != nil {
			return err
		}
		if _, ok := up["time_zone"]; ok {
			return s.zoneChanged(tx, workspaceID)
		}
		return nil
	})
}
