package i18n_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"clientportal/server/internal/i18n"
	"clientportal/server/internal/i18n/i18nscan"
)

// repoRoot is the repository root seen from this package's folder.
const repoRoot = "../../.."

func TestEveryStringAClientSeesIsInEveryLanguageAndEveryCatalogueKeyIsUsed(t *testing.T) {
	used, err := i18nscan.Used(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	if len(used) == 0 {
		t.Fatal("no message id found in the templates and Go code: the scan looks in the wrong place")
	}
	problems := catalog(t).Check(i18nscan.IDs(used))
	for _, p := range problems {
		t.Error(p)
	}
	if len(problems) > 0 {
		t.Log("run `make i18n` to add the missing ids to every catalogue, then translate the TODO texts")
	}
}

func TestTheCheckFindsMissingUnusedUntranslatedAndPluralProblems(t *testing.T) {
	files := fstest.MapFS{}
	for _, l := range i18n.Languages {
		body := `{"a.used": "x", "a.unused": "y", "a.posts": {"one": "{{.Count}} post", "other": "{{.Count}} posts"}}`
		switch l.Code {
		case "de":
			body = `{"a.used": "TODO: x", "a.unused": "y", "a.posts": {"one": "{{.Count}} Beitrag", "other": "{{.Count}} Beiträge"}}`
		case "pl":
			body = `{"a.unused": "y", "a.posts": {"one": "{{.Count}} post", "other": "{{.Count}} posta"}}`
		}
		files["a."+l.Code+".json"] = &fstest.MapFile{Data: []byte(body)}
	}
	c, err := i18n.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	problems := strings.Join(c.Check([]string{"a.used", "a.posts"}), "\n")
	for _, want := range []string{
		`pl: "a.used" is used but not defined`,
		`en: "a.unused" is defined but nothing uses it`,
		`de: "a.used" is not translated yet`,
		`pl: "a.posts" has no "few" plural form`,
		`ar: "a.posts" has no "zero" plural form`,
		`en: "format.date" is used but not defined`,
	} {
		if !strings.Contains(problems, want) {
			t.Errorf("the check misses %s; it found:\n%s", want, problems)
		}
	}
}
