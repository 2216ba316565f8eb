package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// runTool runs a Poppler or qpdf command on doc (written to a temp file,
// whose path replaces "{}" in args) and returns its standard output. A
// missing tool fails the test: install poppler-utils and qpdf.
func runTool(t *testing.T, doc []byte, name string, args ...string) (string, error) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is not installed (apt-get install poppler-utils qpdf): %v", name, err)
	}
	file := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatalf("write %s: %v", file, err)
	}
	for i, a := range args {
		if a == "{}" {
			args[i] = file
		}
	}
	var out, errOut bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if err != nil {
		return out.String() + errOut.String(), err
	}
	return out.String(), nil
}
