package documents_test

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"clientportal/frontend"
	"clientportal/server/internal/i18n"
	"clientportal/shared/api"
)

func TestAFrenchClientsFinalCopyEndsWithACertificateInFrenchWithTimesInTheirZone(t *testing.T) {
	p := newPortal(t, "sqlite")
	a := p.apiReq("POST", "/api/v1/contacts", p.acme.Token,
		strings.NewReader(`{"email":"amelie@example.fr","name":"Amélie Dupont","language":"fr"}`), "application/json")
	if a.status != http.StatusCreated {
		t.Fatalf("create contact: %d %s", a.status, a.text())
	}
	var amelie api.Contact
	mustJSON(t, a.body, &amelie)
	// the zone the client's browser reported, saved on their profile
	if err := p.sys.Profiles.SetTimeZone(context.Background(), p.acme.Workspace.ID, amelie.ID, "Europe/Paris"); err != nil {
		t.Fatal(err)
	}
	orig := contractPDF()
	d := p.sentDocument(p.acme.Token, "Contrat de prestation", amelie, orig)
	b := p.browser("acme.localhost:8080")
	b.openLink(p.signLink("amelie@example.fr"))
	if a := b.post("/documents/"+d.ID, "/documents/"+d.ID+"/sign", signForm(t)); a.status != http.StatusSeeOther {
		t.Fatalf("sign: %d %.300s", a.status, a.text())
	}
	p.runJobs()
	d = p.document(p.acme.Token, d.ID)
	if d.Status != api.DocumentCompleted {
		t.Fatalf("the document is %q (%s), want completed", d.Status, d.SealError)
	}
	final := p.apiReq("GET", "/api/v1/documents/"+d.ID+"/final", p.acme.Token, nil, "").body
	path := filepath.Join(t.TempDir(), "final.pdf")
	if err := os.WriteFile(path, final, 0o600); err != nil {
		t.Fatal(err)
	}
	if out := run(t, "pdfsig", path); !strings.Contains(out, "Signature is Valid") {
		t.Errorf("pdfsig does not say the signature is valid:\n%s", out)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check fails: %v\n%s", err, out)
	}
	last := strconv.Itoa(pageCount(t, path))
	cert := run(t, "pdftotext", "-f", last, "-l", last, path, "-")

	catalog, err := i18n.Load(frontend.Locales())
	if err != nil {
		t.Fatal(err)
	}
	fr, paris := catalog.For("fr"), mustLoad(t, "Europe/Paris")
	var signed time.Time
	for _, e := range d.Audit {
		if e.Action == "signed" {
			signed = e.At.In(paris)
		}
	}
	for _, want := range []string{"Certificat de réalisation", "Document : Contrat de prestation", "1 signataire",
		"1. Jane Doe <amelie@example.fr>, signé le " + fr.DateTime(signed), "Événements (heures du fuseau Europe/Paris)",
		fr.DateTime(signed) + " · signé par amelie@example.fr", signed.UTC().Format(time.DateTime) + " UTC",
		"envoyé par l'expéditeur", "Cette copie porte une signature numérique"} {
		if !strings.Contains(cert, want) {
			t.Errorf("the certificate lacks %q:\n%s", want, cert)
		}
	}
	if !regexp.MustCompile(`\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}`).MatchString(cert) {
		t.Errorf("the certificate shows no French date:\n%s", cert)
	}
	if strings.Contains(cert, "Certificate of completion") || strings.Contains(cert, "Events (") {
		t.Errorf("the certificate still speaks English:\n%s", cert)
	}
}

func mustLoad(t *testing.T, zone string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
