package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/testkit/browsertest"
)

func TestBrowserTheTextedLinkAndTheTextedCodeLogAClientInOnAPhone(t *testing.T) {
	tp := newTextPortal(t, "sqlite")
	jane := tp.contact("Jane Doe", "jane@example.com", "(415) 555-2671")
	tp.loginTexts(jane.ID)
	tp.runJobs()
	link := textLink.FindString(tp.sms.Messages()[0].Body)

	b := browsertest.New(t, phone)
	b.Run(chromedp.Navigate(link))
	if got := b.Text("main h1"); got != "Continue as Jane" {
		t.Fatalf("the texted link opens %q", got)
	}
	b.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))

	other := b.NewContext()
	other.Run(chromedp.Navigate("http://acme.localhost:"+tp.port+"/login"),
		chromedp.WaitVisible(chromedp.CSS(`#email`)),
		chromedp.SendKeys(chromedp.CSS(`#email`), "jane@example.com", chromedp.NodeVisible),
		chromedp.Click(chromedp.CSS(`button[formaction="/login/text"]`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`#code`)))
	if got := other.Text("main h1"); got != "Check your phone" {
		t.Fatalf("after Text me a code the page says %q", got)
	}
	if v := other.Axe(); len(v) > 0 {
		t.Errorf("the code page has accessibility problems: %v", v)
	}
	noHorizontalScroll(t, other, "the code page")
	tp.runJobs()
	ms := tp.sms.Messages()
	code := sixDigits.FindString(ms[len(ms)-1].Body)
	if code == "" || !strings.Contains(ms[len(ms)-1].Body, "login code") {
		t.Fatalf("the last text is %q", ms[len(ms)-1].Body)
	}
	other.Run(chromedp.SendKeys(chromedp.CSS(`#code`), code))
	other.Run(chromedp.Click(chromedp.CSS(`main form button[type=submit]`), chromedp.NodeVisible))
	other.Run(chromedp.WaitVisible(chromedp.CSS(`#greeting`)))
}
