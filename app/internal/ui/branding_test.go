package ui

import (
	"net/url"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
)

func TestBrandingChangesTheWorkspaceNameAndAccentColourOnTheServer(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, page := get(t, h, "/branding/"); !strings.Contains(page, `value="Acme"`) || !strings.Contains(page, `href="/branding/"`) {
		t.Fatalf("branding page:\n%s", page)
	}
	_, body := post(t, h, "/branding", url.Values{"name": {"Acme Studio"}, "accent_color": {"#0f766e"}})
	if !strings.Contains(body, "Saved.") {
		t.Fatalf("save branding:\n%s", body)
	}
	p, err := ownerClient(portal).Portal(testenv.Context(t))
	if err != nil || p.Workspace.Name != "Acme Studio" || p.Settings.AccentColor != "#0f766e" {
		t.Fatalf("server has name %q colour %q (%v)", p.Workspace.Name, p.Settings.AccentColor, err)
	}
	if _, page := get(t, h, "/dashboard/"); !strings.Contains(page, `<span class="workspace" title="`+portal.URL+`">Acme Studio</span>`) {
		t.Fatalf("the window still shows the old workspace name:\n%s", page)
	}
}

func TestABadAccentColourIsRefusedBesideTheField(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := post(t, h, "/branding", url.Values{"name": {"Acme"}, "accent_color": {"teal"}})
	if !strings.Contains(body, `id="brand-accent-error"`) || !strings.Contains(body, "Use a colour like #4f46e5.") {
		t.Fatalf("a bad colour was not explained beside the field:\n%s", body)
	}
	if p, _ := ownerClient(portal).Portal(testenv.Context(t)); p.Settings.AccentColor == "teal" {
		t.Fatal("the server stored the bad colour")
	}
}

func TestTheOwnerUploadsALogoAndAFileThatIsNotAnImageIsRefused(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	_, body := postMultipart(t, h, "/branding/logo", nil, "logo.png", smallPNG(t))
	if !strings.Contains(body, "Logo saved") || !strings.Contains(body, `src="data:image/png;base64,`) {
		t.Fatalf("logo upload:\n%s", body)
	}
	_, body = postMultipart(t, h, "/branding/logo", nil, "logo.png", []byte("not an image at all"))
	if !strings.Contains(body, "Logo not saved: ") || !strings.Contains(body, `class="message error"`) {
		t.Fatalf("a text file was not refused with the server's reason:\n%s", body)
	}
}
