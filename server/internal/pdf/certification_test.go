package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"clientportal/shared/testpdf"
)

var refRe = regexp.MustCompile(`/(Root|Perms|DocMDP) (\d+) 0 R`)

// objectRef reads, with qpdf, the object number that key names in object obj.
func objectRef(t *testing.T, doc []byte, obj, key string) string {
	t.Helper()
	s, err := runTool(t, doc, "qpdf", "--show-object="+obj, "{}")
	if err != nil {
		t.Fatalf("qpdf --show-object=%s: %v\n%s", obj, err, s)
	}
	for _, m := range refRe.FindAllStringSubmatch(s, -1) {
		if m[1] == key {
			return m[2]
		}
	}
	t.Fatalf("object %s has no /%s reference: %s", obj, key, s)
	return ""
}

func TestTheFinalCopyIsCertifiedAllowingNoChanges(t *testing.T) {
	out := seal(t, sealRequest(t, testpdf.Pages(3), "Alice"))
	root := objectRef(t, out, "trailer", "Root")
	perms := objectRef(t, out, root, "Perms")
	sig := objectRef(t, out, perms, "DocMDP")
	s, _ := runTool(t, out, "qpdf", "--show-object="+sig, "{}")
	for _, want := range []string{"/Type /Sig", "/TransformMethod /DocMDP", "/P 1"} {
		if !strings.Contains(s, want) {
			t.Errorf("the catalog's /Perms /DocMDP object %s lacks %q: %.400s", sig, want, s)
		}
	}
	if res, _ := Verify(out); !res.Certified || !res.Valid {
		t.Errorf("Verify does not see a valid certified copy: %s certified=%t", res, res.Certified)
	}
}

func TestAnIncrementalEditAfterCertificationIsFlagged(t *testing.T) {
	out := seal(t, sealRequest(t, testpdf.Pages(1), "Alice"))
	edited := incrementalEdit(t, out)
	if s, err := runTool(t, edited, "qpdf", "--check", "{}"); err != nil {
		t.Fatalf("the edited copy is not a sound PDF: %v\n%s", err, s)
	}
	if s, _ := runTool(t, edited, "pdfsig", "{}"); !strings.Contains(s, "Not total document signed") {
		t.Errorf("pdfsig does not flag the edit:\n%s", s)
	}
	res, err := Verify(edited)
	if err != nil || res.Valid || !res.Certified || !strings.Contains(res.Problem, "certified") {
		t.Fatalf("Verify of a copy edited after certification: %s certified=%t problem=%q err=%v", res, res.Certified, res.Problem, err)
	}
}

// incrementalEdit appends an update that gives the document a new title,
// the way an editor saves changes to a signed file.
func incrementalEdit(t *testing.T, doc []byte) []byte {
	t.Helper()
	trailer, err := runTool(t, doc, "qpdf", "--show-object=trailer", "{}")
	if err != nil {
		t.Fatal(err)
	}
	size := regexp.MustCompile(`/Size (\d+)`).FindStringSubmatch(trailer)
	start := bytes.LastIndex(doc, []byte("startxref"))
	prev := strings.Fields(string(doc[start+len("startxref"):]))[0]
	root := objectRef(t, doc, "trailer", "Root")
	var n int
	fmt.Sscan(size[1], &n)
	var b bytes.Buffer
	b.Write(doc)
	off := b.Len()
	fmt.Fprintf(&b, "%d 0 obj\n<< /Title (Changed after signing) >>\nendobj\n", n)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %s 0 R /Info %d 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n",
		n, off, n+1, root, n, prev, xref)
	return b.Bytes()
}
