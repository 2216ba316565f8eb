package config

import (
	"strings"
	"testing"
)

func TestTSAURLIsOptionalAndMustBeAnHTTPURL(t *testing.T) {
	c, err := Load(env(map[string]string{}))
	if err != nil || c.TSAURL != nil {
		t.Fatalf("without PORTAL_TSA_URL: %v, %v; want no authority", c.TSAURL, err)
	}
	c, err = Load(env(map[string]string{"PORTAL_TSA_URL": "https://user:pw@tsa.example.com/tsr"}))
	if err != nil || c.TSAURL.Host != "tsa.example.com" || c.TSAURL.User.Username() != "user" {
		t.Fatalf("a good URL: %v, %v", c.TSAURL, err)
	}
	for _, bad := range []string{"tsa.example.com", "ftp://tsa.example.com/", "https://", "https://user:secret@%zz"} {
		_, err := Load(env(map[string]string{"PORTAL_TSA_URL": bad}))
		if err == nil || !strings.Contains(err.Error(), "PORTAL_TSA_URL") {
			t.Errorf("PORTAL_TSA_URL=%q: %v; want an error naming the variable", bad, err)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}
