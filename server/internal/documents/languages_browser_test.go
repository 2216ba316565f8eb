package documents_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

// signingIn sends the contract to a signer who chose lang on their profile;
// it returns the signing link of the email they got.
func signingIn(t *testing.T, lang string) (*portal, *api.Client, api.Document, string) {
	t.Helper()
	p, port := livePortal(t)
	owner := api.NewClient("http://127.0.0.1:"+port, p.acme.Token, &http.Client{Timeout: 30 * time.Second})
	ctx := context.Background()
	jane, err := owner.CreateContact(ctx, api.NewContact{Email: "jane@example.com", Name: "Jane Doe", Language: lang}, "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := owner.UploadDocument(ctx, api.NewDocument{Title: "Service agreement", SignerContactID: jane.ID, PDF: contractPDF()}, "")
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	if _, err := owner.SendDocument(ctx, d.ID, ""); err != nil {
		t.Fatalf("send: %v", err)
	}
	return p, owner, d, p.signLink("jane@example.com")
}

// signingWords are what a signer reads on the signing page in one language.
type signingWords struct {
	lang, open, signHere, progress, consent, finish, leftHint, done, disclosure string
}

var signingLanguages = []signingWords{
	{lang: "de", open: "Dokument als Jane öffnen", signHere: "Hier unterschreiben", progress: "Feld 1 von 3",
		consent: "Ich bin einverstanden, elektronisch zu unterschreiben.", finish: "Abschließen",
		leftHint: "Noch 1 Feld auszufüllen", done: "Unterschrieben und abgeschlossen",
		disclosure: "stimmen Sie zu, dieses Dokument elektronisch zu unterschreiben"},
	{lang: "ja", open: "Jane として書類を開く", signHere: "ここに署名", progress: "入力欄 1/3",
		consent: "電子署名に同意します。", finish: "完了", leftHint: "残りの入力欄: 1", done: "署名完了",
		disclosure: "電子署名することに同意したことになります"},
	{lang: "ar", open: "افتح المستند باسم Jane", signHere: "وقّع هنا", progress: "الحقل 1 من 3",
		consent: "أوافق على التوقيع إلكترونيًا.", finish: "إنهاء", leftHint: "بقي حقل واحد لملئه", done: "موقّع ومكتمل",
		disclosure: "توافق على توقيع هذا المستند إلكترونيًا"},
}

func TestTheSigningPageSpeaksTheSignersLanguageAndStillSigns(t *testing.T) {
	for _, w := range signingLanguages {
		t.Run(w.lang, func(t *testing.T) {
			_, owner, d, link := signingIn(t, w.lang)
			b := browsertest.New(t, browsertest.Viewport(1280, 800), browsertest.Timeout(40*time.Second))
			b.Run(chromedp.Navigate(link))
			if got := b.Text("#open-document"); got != w.open {
				t.Errorf("the one-click page's button reads %q, want %q", got, w.open)
			}
			click(b, "#open-document")
			b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))
			if got := b.Text(".doc-field-signature.mine"); got != w.signHere {
				t.Errorf("the signature field reads %q, want %q", got, w.signHere)
			}
			for css, want := range map[string]string{"#field-progress": w.progress, "label.check": w.consent, "#sign-finish": w.finish, "#finish-hint": w.leftHint} {
				if got := strings.TrimSpace(b.Text(css)); got != want {
					t.Errorf("%s reads %q, want %q", css, got, want)
				}
			}
			if got := b.Text("#disclosure"); !strings.Contains(got, w.disclosure) {
				t.Errorf("the consent text reads %q, want it to say %q", got, w.disclosure)
			}
			b.Run(chromedp.Click(chromedp.CSS(".doc-field-signature.mine"), chromedp.NodeVisible))
			b.Run(chromedp.WaitVisible(chromedp.CSS("#sign-sheet[open]")))
			b.Run(chromedp.Click(chromedp.CSS(`input[name="sheet-mode"][value="type"]`), chromedp.NodeVisible))
			b.Run(chromedp.Click(chromedp.CSS("#sheet-apply"), chromedp.NodeVisible))
			b.Run(chromedp.WaitNotPresent(chromedp.CSS("#sign-sheet[open]")))
			b.Run(chromedp.Click(chromedp.CSS("label.check"), chromedp.NodeVisible))
			if finishDisabled(b) {
				t.Fatal("Finish stays disabled with every field filled and consent given")
			}
			click(b, "#sign-finish")
			b.Run(chromedp.WaitVisible(chromedp.CSS("#download-final")))
			if got := b.Text("#doc-status-title"); got != w.done {
				t.Errorf("after signing the page says %q, want %q", got, w.done)
			}
			noPageErrors(t, b)
			got, err := owner.Document(context.Background(), d.ID)
			if err != nil || got.Status != api.DocumentCompleted {
				t.Fatalf("owner sees %q (%v), want completed", got.Status, err)
			}
		})
	}
}

func TestTheArabicSigningPageIsRightToLeftWithThePadAndViewerLeftToRight(t *testing.T) {
	_, _, _, link := signingIn(t, "ar")
	b := browsertest.New(t, browsertest.Viewport(1280, 800), browsertest.Timeout(40*time.Second))
	b.Run(chromedp.Navigate(link))
	click(b, "#open-document")
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#pdf-pages[data-ready="true"] canvas`)))
	dirs := browsertest.Value(b, chromedp.Evaluate[[]string](`[document.documentElement.dir, document.documentElement.lang,
		getComputedStyle(document.getElementById("pdf-pages")).direction, getComputedStyle(document.getElementById("sign-draw")).direction,
		getComputedStyle(document.querySelector(".doc-field.mine")).direction, getComputedStyle(document.getElementById("sign-bar")).direction]`))
	if want := []string{"rtl", "ar", "ltr", "ltr", "ltr", "rtl"}; strings.Join(dirs, " ") != strings.Join(want, " ") {
		t.Errorf("page dir, lang, viewer, pad, field, bar = %v, want %v", dirs, want)
	}
	for _, v := range b.Axe() {
		t.Errorf("accessibility: %s", v)
	}
	b.Screenshot("arabic signing page")
	b.Run(chromedp.Click(chromedp.CSS(".doc-field-signature.mine"), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS("#sign-sheet[open] #sign-pad")))
	if got := b.Text("#sheet-title"); got != "توقيعك" {
		t.Errorf("the signature sheet's title reads %q", got)
	}
	for _, v := range b.Axe() {
		t.Errorf("accessibility with the sheet open: %s", v)
	}
	b.Screenshot("arabic signature sheet")
}

func TestTheSigningEmailToAGermanContactIsInGerman(t *testing.T) {
	p, _, _, link := signingIn(t, "de")
	es := p.emailsTo("jane@example.com")
	if len(es) != 1 {
		t.Fatalf("%d emails to Jane, want the signing request", len(es))
	}
	e := es[0]
	if want := "Acme hat Ihnen „Service agreement“ zur Unterschrift geschickt"; e.Subject != want {
		t.Errorf("the subject is %q, want %q", e.Subject, want)
	}
	for part, body := range map[string]string{"text": e.TextBody, "HTML": e.HTMLBody} {
		for _, want := range []string{"Hallo Jane,", "im Kundenportal prüfen und unterschreiben", "Prüfen und unterschreiben"} {
			if !strings.Contains(body, want) {
				t.Errorf("the %s part lacks %q:\n%s", part, want, body)
			}
		}
		if strings.Contains(body, "Review and sign") || strings.Contains(body, "Hi Jane") {
			t.Errorf("the %s part still has English words:\n%s", part, body)
		}
	}
	if !strings.Contains(e.HTMLBody, `<html lang="de" dir="ltr">`) {
		t.Errorf("the HTML part is not marked as German:\n%.300s", e.HTMLBody)
	}
	if !strings.Contains(e.TextBody, link) {
		t.Errorf("the text part has no signing link %s", link)
	}
}
