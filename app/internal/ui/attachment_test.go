package ui

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"clientportal/app/internal/testenv"
	"clientportal/shared/api"
)

func TestAMessageAttachmentDownloadsWithItsBytes(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	png := smallPNG(t)
	m, err := ownerClient(portal).SendMessage(testenv.Context(t), api.NewMessage{ContactID: grace.ID, Body: "The logo.", FileName: "logo.png", File: png}, "")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	connectUI(t, h, portal, portal.Token)
	if _, thread := get(t, h, "/inbox/"+grace.ID); !strings.Contains(thread, `href="/attachments/`+m.ID+`" download`) {
		t.Fatalf("conversation without a download link:\n%s", thread)
	}
	res, err := http.Get(h.UI.URL + "/attachments/" + m.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	got, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !bytes.Equal(got, png) || res.Header.Get("Content-Type") != "image/png" ||
		res.Header.Get("Content-Disposition") != `attachment; filename="logo.png"` {
		t.Fatalf("attachment: %d %q %q, %d bytes", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"), len(got))
	}
}

func TestTheDesktopSavesAMessageAttachmentWhereTheOwnerChooses(t *testing.T) {
	t.Parallel()
	portal := testenv.StartPortal(t)
	grace := newGrace(t, portal)
	png := smallPNG(t)
	m, err := ownerClient(portal).SendMessage(testenv.Context(t), api.NewMessage{ContactID: grace.ID, Body: "The logo.", FileName: "logo.png", File: png}, "")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	target := filepath.Join(t.TempDir(), "saved.png")
	var suggested string
	h.H.saver = func(_ context.Context, name string) (string, error) { suggested = name; return target, nil }
	connectUI(t, h, portal, portal.Token)
	if _, thread := get(t, h, "/inbox/"+grace.ID); !strings.Contains(thread, `hx-post="/attachments/`+m.ID+`/save"`) {
		t.Fatalf("conversation without a save button:\n%s", thread)
	}
	if _, body := post(t, h, "/attachments/"+m.ID+"/save", nil); !strings.Contains(body, "Saved to "+target) {
		t.Fatalf("save:\n%s", body)
	}
	if got, err := os.ReadFile(target); err != nil || !bytes.Equal(got, png) || suggested != "logo.png" {
		t.Fatalf("saved file: %d bytes, suggested %q (%v)", len(got), suggested, err)
	}
}
