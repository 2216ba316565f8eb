package pdf

import "testing"

func TestPlainTextKeepsUserTextFromActingAsMarkup(t *testing.T) {
	cases := map[string]string{
		"Zoë Ångström":        "Zoë Ångström",
		"100% sure":           "100%% sure",
		"%p of %P at %t %v":   "%% p of %% P at %% t %% v",
		`back\slash\n`:        "backslashn",
		"two\nlines\r\ttab  ": "two lines tab",
		"  王小明  ":             "王小明",
		`%\\p and % p`:        "%% p and %% p",
	}
	for in, want := range cases {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}
