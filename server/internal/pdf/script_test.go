package pdf

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"clientportal/shared/testpdf"
)

var multiScriptNames = []string{"Łukasz Żółć", "Zoë Ångström", "Алина", "王小明"}

func TestNamesInEveryScriptRenderInStampsAndCertificate(t *testing.T) {
	for _, name := range multiScriptNames {
		t.Run(name, func(t *testing.T) {
			out := seal(t, sealRequest(t, testpdf.Pages(1), name,
				Field{Kind: FieldSignature, Page: 1, X: 0.1, Y: 0.7, W: 0.4, H: 0.08},
				Field{Kind: FieldName, Page: 1, X: 0.55, Y: 0.7, W: 0.4, H: 0.05}))
			page1, _ := runTool(t, out, "pdftotext", "-f", "1", "-l", "1", "{}", "-")
			if n := strings.Count(page1, name); n != 2 {
				t.Errorf("page 1 shows %q %d times, want 2 (signature and name):\n%s", name, n, page1)
			}
			cert, _ := runTool(t, out, "pdftotext", "-f", "2", "-l", "2", "{}", "-")
			if !strings.Contains(cert, "Signer: "+name) {
				t.Errorf("certificate lacks %q:\n%s", name, cert)
			}
		})
	}
}

func TestIntakeRefusesAnAlreadySignedPDF(t *testing.T) {
	signed := seal(t, sealRequest(t, testpdf.Pages(1), "Alice"))
	if _, err := Intake(signed, Limits{}); !errors.Is(err, ErrAlreadySigned) {
		t.Fatalf("Intake of a signed PDF = %v, want ErrAlreadySigned", err)
	}
}

func TestSealRefusesFieldsOutsideTheDocument(t *testing.T) {
	for _, f := range []Field{
		{Kind: FieldName, Page: 2, X: 0.1, Y: 0.1, W: 0.2, H: 0.1},
		{Kind: FieldName, Page: 1, X: 0.9, Y: 0.1, W: 0.2, H: 0.1},
		{Kind: "initials", Page: 1, X: 0.1, Y: 0.1, W: 0.2, H: 0.1},
	} {
		_, err := testSealer.Seal(context.Background(), sealRequest(t, testpdf.Pages(1), "Alice", f))
		if !errors.Is(err, ErrBadField) {
			t.Errorf("Seal with field %+v = %v, want ErrBadField", f, err)
		}
	}
}

func TestConcurrentSealsProduceValidCopies(t *testing.T) {
	doc := testpdf.Pages(2)
	var wg sync.WaitGroup
	errs := make(chan error, len(multiScriptNames))
	for _, name := range multiScriptNames {
		wg.Go(func() {
			out, err := testSealer.Seal(context.Background(), sealRequest(t, doc, name,
				Field{Kind: FieldSignature, Page: 2, X: 0.1, Y: 0.7, W: 0.4, H: 0.08}))
			if err == nil {
				var res VerifyResult
				if res, err = Verify(out); err == nil && !res.Valid {
					err = errors.New(res.Problem)
				}
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}
