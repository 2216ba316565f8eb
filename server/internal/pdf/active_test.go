package pdf

import (
	"errors"
	"strconv"
	"testing"

	"clientportal/shared/testpdf"
)

// pdfWith is a one-page PDF whose catalog carries extra (its entries after
// /Pages) and whose page carries page (after /MediaBox); more are further
// objects, numbered from 5.
func pdfWith(catalog, page string, more ...string) []byte {
	content := "BT /F1 12 Tf 20 800 Td (Hello) Tj ET"
	objs := append([]string{
		"<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " + page + " >>",
		"<< /Length " + strconv.Itoa(len(content)) + " >>\nstream\n" + content + "\nendstream",
	}, more...)
	return testpdf.Objects(objs, 1)
}

func TestAPDFWithScriptsLaunchActionsOrEmbeddedFilesIsRefusedAtIntake(t *testing.T) {
	for name, doc := range map[string][]byte{
		"a script that runs on open": pdfWith("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", ""),
		"a script in the name tree":  pdfWith("/Names << /JavaScript 5 0 R >>", "", "<< /Names [(x) << /S /JavaScript /JS (1) >>] >>"),
		"a page's open action":       pdfWith("", "/AA << /O << /S /JavaScript /JS (1) >> >>"),
		"a link that launches a program": pdfWith("", "/Annots [5 0 R]",
			"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /Launch /F (calc.exe) >> >>"),
		"an embedded file": pdfWith("/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>", "",
			"<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>", "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Intake(doc, Limits{}); !errors.Is(err, ErrActiveContent) {
				t.Errorf("Intake: %v, want the active-content refusal", err)
			}
			if err := CheckAttachment(doc, Limits{}); !errors.Is(err, ErrActiveContent) {
				t.Errorf("CheckAttachment: %v, want the active-content refusal", err)
			}
		})
	}
}

func TestAnOpenActionThatOnlyShowsAPageIsAccepted(t *testing.T) {
	doc := pdfWith("/OpenAction [3 0 R /Fit]", "")
	if _, err := Intake(doc, Limits{}); err != nil {
		t.Fatalf("a PDF that opens at its first page was refused: %v", err)
	}
	if err := CheckAttachment(doc, Limits{}); err != nil {
		t.Fatalf("as an attachment: %v", err)
	}
}
