package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"clientportal/shared/api"
	"clientportal/testkit/browsertest"
)

func TestAfterUploadingAPictureTheProfileIsAFreshPageAndRemoveSitsBesideUpload(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, laptop)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetUploadFiles(chromedp.CSS(`#picture`), []string{writeTemp(t, "ada.png", photo(t, 400, 400))}, chromedp.NodeReady))
	b.Run(chromedp.Click(chromedp.CSS(`.picture-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`.alert-ok`); !strings.Contains(got, "new picture is saved") {
		t.Fatalf("after the upload the profile says %q", got)
	}
	if path := browsertest.Value(b, chromedp.Evaluate[string](`location.pathname`)); path != "/profile" {
		t.Errorf("after Upload picture the address is %s; a refresh would send the form again", path)
	}
	row := browsertest.Value(b, chromedp.Evaluate[bool](`(() => {
		const up = [...document.querySelectorAll("button")].find(b => b.textContent.includes("Upload picture")),
			rm = [...document.querySelectorAll("button")].find(b => b.textContent.includes("Remove picture"));
		if (!up || !rm) return false;
		const u = up.getBoundingClientRect(), r = rm.getBoundingClientRect();
		return Math.abs(u.top - r.top) < 4 && r.left > u.right && r.left - u.right < 40; })()`))
	if !row {
		t.Error("Remove picture is not beside Upload picture")
	}
	b.Run(chromedp.Click(chromedp.CSS(`button[form="picture-remove"]`), chromedp.NodeVisible))
	b.Run(chromedp.WaitNotPresent(chromedp.CSS(`button[form="picture-remove"]`)))
	if got := b.Text(`.alert-ok`); !strings.Contains(got, "picture is removed") {
		t.Errorf("after Remove picture the profile says %q", got)
	}
	if path := browsertest.Value(b, chromedp.Evaluate[string](`location.pathname`)); path != "/profile" {
		t.Errorf("after Remove picture the address is %s", path)
	}
}

func TestAClientChangesTheirOwnNameOnTheProfile(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	ada := lp.newContact("Ada Lovelace", "ada@example.test")
	b := browsertest.New(t, phone)
	lp.signInBrowser(b, ada)
	b.Run(chromedp.Navigate(lp.origin() + "/profile"))
	b.Run(chromedp.SetValue(chromedp.CSS(`#name`), "   ", chromedp.NodeVisible))
	browsertest.Value(b, chromedp.Evaluate[bool](`(() => { document.querySelector("#name").removeAttribute("required"); return true; })()`))
	b.Run(chromedp.Click(chromedp.CSS(`.name-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`#name-error`); got != "Enter your name." {
		t.Errorf("an empty name shows %q next to the field", got)
	}
	if id := browsertest.Value(b, chromedp.Evaluate[string](`document.activeElement.id`)); id != "name" {
		t.Errorf("after the refusal the focus is on %q, want the name field", id)
	}
	b.Run(chromedp.SetValue(chromedp.CSS(`#name`), "Ada King", chromedp.NodeVisible))
	b.Run(chromedp.Click(chromedp.CSS(`.name-form button[type=submit]`), chromedp.NodeVisible))
	if got := b.Text(`.alert-ok`); got != "Your name is saved." {
		t.Errorf("after saving the name the profile says %q", got)
	}
	b.Run(chromedp.Navigate(lp.origin() + "/dashboard"))
	if got := b.Text("#greeting"); got != "Welcome, Ada" {
		t.Errorf("the greeting reads %q", got)
	}
	var c api.Contact
	lp.ownerAPI(http.MethodGet, "/api/v1/contacts/"+ada, nil, &c)
	if c.Name != "Ada King" {
		t.Errorf("the owner sees the name %q, want Ada King", c.Name)
	}
}
