package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"clientportal/shared/testpdf"
)

// certificateText is what pdftotext reads on a sealed copy's last page.
func certificateText(t *testing.T, out []byte, pages int) string {
	t.Helper()
	n := strconv.Itoa(pages)
	text, err := runTool(t, out, "pdftotext", "-f", n, "-l", n, "{}", "-")
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, text)
	}
	return text
}

// logical undoes what a reader sees but a person does not: presentation
// forms (NFKC), the embedding marks Poppler wraps right-to-left lines in.
func logical(s string) string {
	return strings.Map(func(r rune) rune {
		if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestTheCertificateOfAFrenchClientIsInFrenchWithTimesInTheirZone(t *testing.T) {
	paris := mustZone(t, "Europe/Paris")
	req := sealRequest(t, testpdf.Pages(1), "Amélie Dupont")
	req.Language, req.Zone = "fr", paris
	out := seal(t, req)
	if s, err := runTool(t, out, "pdfsig", "{}"); err != nil || !strings.Contains(s, "Signature is Valid") {
		t.Errorf("pdfsig does not report a valid signature (err %v):\n%s", err, s)
	}
	if s, err := runTool(t, out, "qpdf", "--check", "{}"); err != nil {
		t.Errorf("qpdf --check fails: %v\n%s", err, s)
	}
	cert := certificateText(t, out, 2)
	z := testSealer.Localizer("fr")
	local := signedAt.In(paris)
	for _, want := range []string{"Certificat de réalisation", "Signataire : Amélie Dupont", "SHA-256 du document original",
		"Événements (heures du fuseau Europe/Paris)", z.Date(local), z.Time(local) + " " + local.Format("MST"),
		"signé par signer@example.com", "envoyé par owner@example.com", "Navigateur : PortalDesktop/1.0",
		signedAt.UTC().Format(time.DateTime) + " UTC", "Cette copie porte une signature numérique"} {
		if !strings.Contains(cert, want) {
			t.Errorf("the French certificate lacks %q:\n%s", want, cert)
		}
	}
	if !regexp.MustCompile(`\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}`).MatchString(cert) {
		t.Errorf("the certificate shows no French date:\n%s", cert)
	}
	for _, english := range []string{"Certificate of completion", "Signer:", "Events", "signed by"} {
		if strings.Contains(cert, english) {
			t.Errorf("the French certificate still says %q:\n%s", english, cert)
		}
	}
}

func TestTheCertificateOfAnArabicClientReadsRightToLeftAndExtractsInLogicalOrder(t *testing.T) {
	req := sealRequest(t, testpdf.Pages(1), "ليلى حداد")
	req.Language, req.Zone = "ar", mustZone(t, "Asia/Riyadh")
	out := seal(t, req)
	if s, err := runTool(t, out, "pdfsig", "{}"); err != nil || !strings.Contains(s, "Signature is Valid") {
		t.Errorf("pdfsig does not report a valid signature (err %v):\n%s", err, s)
	}
	if s, err := runTool(t, out, "qpdf", "--check", "{}"); err != nil {
		t.Errorf("qpdf --check fails: %v\n%s", err, s)
	}
	raw := certificateText(t, out, 2)
	lines := map[string]bool{}
	for _, l := range strings.Split(logical(raw), "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	// whole lines of Arabic come back exactly, joined letters and all
	for _, want := range []string{"شهادة الإتمام", "تحمل هذه النسخة توقيعا رقميا؛ وأي تغيير عليها بعد التوقيع يبطل هذا التوقيع."} {
		if !lines[want] {
			t.Errorf("the certificate's text has no line %q:\n%s", want, logical(raw))
		}
	}
	// in lines that mix scripts every Arabic run reads in logical order
	for _, want := range []string{"ليلى حداد", "البريد الإلكتروني للطرف الموقع", "الأوقات بتوقيت", "Asia/Riyadh", "تم التوقيع بواسطة", "بصمة"} {
		if !strings.Contains(logical(raw), want) {
			t.Errorf("the certificate's text lacks %q in logical order:\n%s", want, logical(raw))
		}
	}
	// and the page is laid out from the right margin
	box, _ := runTool(t, out, "pdftotext", "-bbox", "-f", "2", "-l", "2", "{}", "-")
	m := regexp.MustCompile(`xMax="([\d.]+)"`).FindAllStringSubmatch(box, -1)
	if len(m) == 0 {
		t.Fatalf("no words on the certificate:\n%s", box)
	}
	right := 0.0
	for _, x := range m {
		v, _ := strconv.ParseFloat(x[1], 64)
		right = max(right, v)
	}
	if right < certRight-2 || right > certRight+2 {
		t.Errorf("the rightmost word ends at x=%.1f, want the right margin %.0f", right, certRight)
	}
}

func TestTheCertificateOfAJapaneseClientIsInJapanese(t *testing.T) {
	tokyo := mustZone(t, "Asia/Tokyo")
	req := sealRequest(t, testpdf.Pages(1), "山田花子")
	req.Language, req.Zone = "ja", tokyo
	out := seal(t, req)
	// the font is embedded as a subset, without the tables a PDF never reads
	if len(out) > 150_000 {
		t.Errorf("the Japanese final copy is %d bytes, want under 150 KB", len(out))
	}
	cert := certificateText(t, out, 2)
	z := testSealer.Localizer("ja")
	for _, want := range []string{"完了証明書", "署名者: 山田花子", "署名者のメール: signer@example.com", "イベント (時刻は Asia/Tokyo)",
		z.Date(signedAt.In(tokyo)), "署名", "この写しにはデジタル署名があります。"} {
		if !strings.Contains(cert, want) {
			t.Errorf("the Japanese certificate lacks %q:\n%s", want, cert)
		}
	}
	if !regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日`).MatchString(cert) {
		t.Errorf("the certificate shows no Japanese date:\n%s", cert)
	}
}

func TestAClientsLanguageAndZoneFallBackToTheWorkspacesThenEnglishAndUTC(t *testing.T) {
	if got := ClientLanguage("de", "fr"); got != "de" {
		t.Errorf("client de, workspace fr: %q", got)
	}
	if got := ClientLanguage("", "pt-br"); got != "pt-BR" {
		t.Errorf("workspace pt-br: %q", got)
	}
	if got := ClientLanguage("xx", ""); got != "en" {
		t.Errorf("nothing known: %q", got)
	}
	if got := ClientZone("America/New_York", "Europe/Paris").String(); got != "America/New_York" {
		t.Errorf("client zone: %q", got)
	}
	if got := ClientZone("Mars/Olympus", "Europe/Paris").String(); got != "Europe/Paris" {
		t.Errorf("unknown client zone: %q", got)
	}
	if got := ClientZone("", "").String(); got != "UTC" {
		t.Errorf("no zone: %q", got)
	}
}

func TestLongCertificateLinesWrapInsteadOfLeavingThePage(t *testing.T) {
	title := strings.Repeat("Agreement on the long-term supply of widgets ", 6)
	lines := testSealer.wrapLine(title, 11, certRight-certLeft, false)
	if len(lines) < 2 {
		t.Fatalf("a %d-character line was not wrapped: %q", len(title), lines)
	}
	cjk := strings.Repeat("長期供給契約書", 20)
	for _, l := range testSealer.wrapLine(cjk, 11, certRight-certLeft, false) {
		if !testSealer.fits(l, 11, certRight-certLeft, false) {
			t.Errorf("a wrapped CJK line is still too wide: %q", l)
		}
	}
}

func TestADateFieldShowsTheDayItWasInTheSignersZone(t *testing.T) {
	// a zone where the signing day is not UTC's: far east late in the UTC
	// day, far west early in it
	zone := "Pacific/Pago_Pago"
	if signedAt.UTC().Hour() >= 10 {
		zone = "Pacific/Kiritimati"
	}
	loc := mustZone(t, zone)
	req := sealRequest(t, testpdf.Pages(1), "Alice", Field{Kind: FieldDate, Page: 1, X: 0.1, Y: 0.8, W: 0.3, H: 0.04})
	req.Zone = loc
	page1, _ := runTool(t, seal(t, req), "pdftotext", "-f", "1", "-l", "1", "{}", "-")
	local, utc := signedAt.In(loc).Format(time.DateOnly), signedAt.UTC().Format(time.DateOnly)
	if local == utc {
		t.Fatalf("the test's zone %s has the same day as UTC", zone)
	}
	if !strings.Contains(page1, local) || strings.Contains(page1, utc) {
		t.Errorf("the date field shows %q, want %s's day %s rather than UTC's %s", strings.TrimSpace(page1), zone, local, utc)
	}
}
