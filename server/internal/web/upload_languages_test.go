package web_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

func TestAPictureRefusedOnTheProfileIsExplainedInTheClientsLanguage(t *testing.T) {
	lp := newLivePortal(t, "sqlite")
	jan := lp.signIn(lp.newContactIn("Jan Kowalski", "jan@example.test", "de"))
	for _, tc := range []struct {
		name, file string
		data       []byte
		status     int
		message    string
	}{
		{"a file over 5 MB", "big.jpg", append([]byte("\xff\xd8\xff"), bytes.Repeat([]byte{0}, 5<<20+1)...),
			http.StatusRequestEntityTooLarge, "Dieses Bild ist 5,0 MB groß; höchstens 5,0 MB sind möglich. Wählen Sie eine kleinere Datei."},
		{"a text file renamed .png", "notes.png", []byte("Dear diary, today I renamed a text file."),
			http.StatusUnsupportedMediaType, "Diese Datei ist kein Bild, egal was ihr Name sagt. Wählen Sie eine Datei im Format JPEG, PNG oder WebP."},
		{"a GIF", "cat.gif", gifOf(t), http.StatusUnsupportedMediaType,
			"Dateien im Format GIF werden nicht angenommen. Speichern Sie das Bild als JPEG, PNG oder WebP und versuchen Sie es erneut."},
		{"an image of 60 megapixels", "huge.png", pngHeader(10000, 6000), http.StatusRequestEntityTooLarge,
			"Dieses Bild hat 10000×6000 Pixel; höchstens 50 Megapixel sind möglich."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := upload(t, jan, lp.origin()+"/profile", "/profile/avatar", "picture", tc.file, tc.data)
			if status != tc.status || !strings.Contains(body, tc.message) {
				t.Errorf("answer %d, want %d with %q:\n%s", status, tc.status, tc.message, errorText(body))
			}
			if !strings.Contains(body, `id="picture-error"`) || !strings.Contains(body, "<h1>Ihr Profil</h1>") {
				t.Errorf("the refusal is not shown beside the picture field of the German profile page")
			}
			for _, english := range []string{"largest accepted", "not a picture", "files are not accepted", "Choose a"} {
				if strings.Contains(errorText(body), english) {
					t.Errorf("the German client reads English %q:\n%s", english, errorText(body))
				}
			}
		})
	}
	t.Run("no file chosen", func(t *testing.T) {
		status, body := upload(t, jan, lp.origin()+"/profile", "/profile/avatar", "other", "me.png", photo(t, 8, 8))
		if want := "Wählen Sie ein Bild zum Hochladen aus."; status != http.StatusUnprocessableEntity || !strings.Contains(body, want) {
			t.Errorf("answer %d, want 422 with %q:\n%s", status, want, errorText(body))
		}
	})
	t.Run("right to left", func(t *testing.T) {
		layla := lp.signIn(lp.newContactIn("Layla Haddad", "layla@example.test", "ar"))
		status, body := upload(t, layla, lp.origin()+"/profile", "/profile/avatar", "picture", "notes.png", []byte("just words"))
		if want := "اختر ملفًا بصيغة JPEG أو PNG أو WebP."; status != http.StatusUnsupportedMediaType || !strings.Contains(body, want) {
			t.Errorf("answer %d, want 415 with %q:\n%s", status, want, errorText(body))
		}
	})
}

func TestAPictureRefusedInAGroupPostIsExplainedInTheMembersLanguage(t *testing.T) {
	w := newGroupWorld(t, "sqlite")
	mustStatus(t, w.p.api(http.MethodPatch, "/api/v1/contacts/"+w.ada.ID, w.p.acme.Token, `{"language":"fr"}`), http.StatusOK)
	for _, tc := range []struct {
		name    string
		image   []byte
		status  int
		message string
	}{
		{"not a picture", []byte("<html><script>alert(1)</script></html>"), http.StatusUnsupportedMediaType,
			"Ce fichier n&#39;est pas une image, quel que soit son nom. Choisissez un fichier JPEG, PNG ou WebP."},
		{"over 10 MB", append([]byte("\xff\xd8\xff"), bytes.Repeat([]byte{0}, 10<<20+1)...), http.StatusRequestEntityTooLarge,
			"Ce fichier est trop volumineux ; la limite est de 10 Mo."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := w.post(w.adaSes, "regardez", tc.image)
			if a.status != tc.status || !strings.Contains(a.body, tc.message) || !strings.Contains(a.body, "regardez") {
				t.Errorf("answer %d, want %d with %q and the text kept:\n%.3000s", a.status, tc.status, tc.message, a.body)
			}
		})
	}
	// Ben chose no language: his refusal stays in English, as before.
	if a := w.post(w.benSes, "look", []byte("plain words")); !strings.Contains(a.body, "This file is not a picture, whatever its name says. Choose a JPEG, PNG or WebP file.") {
		t.Errorf("an English member's refusal changed (%d):\n%.3000s", a.status, a.body)
	}
}
