package web_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"clientportal/server/internal/events"
	"clientportal/server/internal/model"
	"clientportal/server/internal/store"
	"clientportal/server/internal/system"
	"clientportal/server/internal/systemtest"
	"clientportal/server/internal/workspace"
	"clientportal/shared/clock"
)

// livePortal is the whole server listening on a loopback port, with its
// background work running (event hub, jobs), and one workspace named Acme.
type livePortal struct {
	t     testing.TB
	sys   *system.System
	clock *clock.Offset // the server's clock, moved by the tests
	acme  workspace.Created
	port  string
}

func newLivePortal(t testing.TB, dialect string) *livePortal {
	t.Helper()
	ln := systemtest.Listen(t)
	port := fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	sys := systemtest.Open(t, dialect, map[string]string{"PORTAL_BASE_URL": "http://localhost:" + port})
	sys.Hub.Poll = 200 * time.Millisecond
	sys.Start(context.Background())
	systemtest.Serve(t, sys, ln)
	lp := &livePortal{t: t, sys: sys, clock: systemtest.Clock(t, sys), port: port}
	var err error
	lp.acme, err = sys.Workspaces.Setup(context.Background(), "Acme Studio", "owner@acme.test")
	if err != nil {
		t.Fatal(err)
	}
	return lp
}

// origin is the address of the Acme portal.
func (lp *livePortal) origin() string {
	return "http://" + lp.acme.Workspace.Slug + ".localhost:" + lp.port
}

// httpClient reaches every *.localhost host of the server, keeping cookies.
func (lp *livePortal) httpClient() *http.Client {
	jar, _ := cookiejar.New(nil)
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, "127.0.0.1:"+lp.port)
	}
	return &http.Client{Jar: jar, Transport: &http.Transport{DialContext: dial}, Timeout: 20 * time.Second}
}

// ownerAPI calls the owner API of Acme with a JSON body and decodes the answer.
func (lp *livePortal) ownerAPI(method, path string, in, out any) {
	lp.t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, "http://localhost:"+lp.port+path, body)
	req.Header.Set("Authorization", "Bearer "+lp.acme.Token)
	req.Header.Set("Content-Type", "application/json")
	res, err := lp.httpClient().Do(req)
	if err != nil {
		lp.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode >= 300 {
		lp.t.Fatalf("%s %s: %d %s", method, path, res.StatusCode, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			lp.t.Fatalf("%s %s answer %q: %v", method, path, b, err)
		}
	}
}

// newContact adds a contact to Acme and returns its id.
func (lp *livePortal) newContact(name, email string) string {
	lp.t.Helper()
	var c struct{ ID string }
	lp.ownerAPI(http.MethodPost, "/api/v1/contacts", map[string]string{"name": name, "email": email}, &c)
	return c.ID
}

// magicLink asks the owner API for a login link of the contact.
func (lp *livePortal) magicLink(contactID string) string {
	lp.t.Helper()
	var l struct{ URL string }
	lp.ownerAPI(http.MethodPost, "/api/v1/contacts/"+contactID+"/magic-links", nil, &l)
	return l.URL
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

// signIn logs a contact in over HTTP the way a browser does: open the link,
// press "Continue as …". It returns the signed-in client.
func (lp *livePortal) signIn(contactID string) *http.Client {
	lp.t.Helper()
	c := lp.httpClient()
	link := lp.magicLink(contactID)
	page := get(lp.t, c, link)
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		lp.t.Fatalf("magic link page has no form token:\n%s", page)
	}
	res, err := c.PostForm(link, url.Values{"_csrf": {m[1]}})
	if err != nil {
		lp.t.Fatal(err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/dashboard" {
		lp.t.Fatalf("after Continue the client is on %s, want /dashboard", res.Request.URL)
	}
	return c
}

// get fetches a page and fails the test unless it answers 200.
func get(t testing.TB, c *http.Client, u string) string {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d\n%s", u, res.StatusCode, b)
	}
	return string(b)
}

// upload posts one file in a multipart form with the page's CSRF token.
func upload(t testing.TB, c *http.Client, pageURL, action, field, filename string, data []byte) (int, string) {
	t.Helper()
	m := csrfField.FindStringSubmatch(get(t, c, pageURL))
	if m == nil {
		t.Fatalf("%s has no form token", pageURL)
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("_csrf", m[1])
	fw, _ := w.CreateFormFile(field, filename)
	fw.Write(data)
	w.Close()
	u, _ := url.Parse(pageURL)
	res, err := c.Post(u.Scheme+"://"+u.Host+action, w.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// sendDocument stores a document sent to the contact and emits the event the
// documents feature emits when the owner sends one.
func (lp *livePortal) sendDocument(contactID, title string) string {
	lp.t.Helper()
	id := saveDocument(lp.t, lp.sys, lp.acme.Workspace.ID, contactID, title, model.DocSent)
	err := lp.sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		return events.Emit(tx, lp.acme.Workspace.ID, "document.sent", map[string]any{"document_id": id, "contact_id": contactID})
	})
	if err != nil {
		lp.t.Fatalf("send document %q: %v", title, err)
	}
	return id
}

// photo is a PNG of w×h pixels: a red left half and a blue right half.
func photo(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{R: 220, G: 40, B: 40, A: 255}
			if x >= w/2 {
				c = color.RGBA{R: 30, G: 60, B: 200, A: 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func contains(body string, wants ...string) string {
	var missing []string
	for _, w := range wants {
		if !strings.Contains(body, w) {
			missing = append(missing, w)
		}
	}
	return strings.Join(missing, ", ")
}

func readAll(res *http.Response) string {
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

// chunk is one PNG chunk with its CRC.
func chunk(kind string, data []byte) []byte {
	n := len(data)
	out := []byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
	out = append(out, kind...)
	out = append(out, data...)
	crc := crc32.ChecksumIEEE(append([]byte(kind), data...))
	return append(out, byte(crc>>24), byte(crc>>16), byte(crc>>8), byte(crc))
}

// webpSample is a small lossy WebP picture.
func webpSample(t testing.TB) []byte {
	b, err := os.ReadFile("../profile/testdata/blue-purple-pink.lossy.webp")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// saveDocument stores a sent document of the contact in a given status
// straight to the store, stamped by the server's clock, and returns its id.
func saveDocument(t testing.TB, sys *system.System, workspaceID, contactID, title, status string) string {
	t.Helper()
	id, now := uuid.NewString(), sys.Clock.Now()
	pdf := []byte("%PDF-1.7 " + id)
	err := sys.Store.InTx(context.Background(), func(tx *store.Tx) error {
		if err := tx.Blobs().Put(sha256Hex(pdf), "application/pdf", pdf); err != nil {
			return err
		}
		d := &model.Document{ID: id, WorkspaceID: workspaceID, Title: title, SignerContactID: contactID, Status: status,
			Fields: "[]", PageCount: 1, OriginalSHA256: sha256Hex(pdf), CreatedAt: now, UpdatedAt: now, SentAt: &now}
		if status == model.DocCompleted {
			d.CompletedAt = &now
		}
		if err := tx.Documents().Create(d); err != nil {
			return err
		}
		signer := map[string]string{model.DocSent: model.SignerSent, model.DocViewed: model.SignerViewed,
			model.DocDeclined: model.SignerDeclined, model.DocDraft: model.SignerWaiting}[status]
		if signer == "" {
			signer = model.SignerSigned
		}
		return tx.DocumentSigners().Create([]model.DocumentSigner{{DocumentID: id, WorkspaceID: workspaceID, ContactID: contactID,
			SignOrder: 1, Status: signer, FieldValues: "{}", CreatedAt: now, UpdatedAt: now}})
	})
	if err != nil {
		t.Fatalf("store document %q: %v", title, err)
	}
	return id
}
