package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestEnsureAddsAMissingIDOnceMarkedForTranslationAndKeepsTheRest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "groups.pl.json")
	if err := os.WriteFile(path, []byte(`{"groups.title": "Grupy", "groups.posts": {"one": "{{.Count}} post", "few": "{{.Count}} posty"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{1, 0} {
		n, err := ensure(path, "groups.empty")
		if err != nil || n != want {
			t.Fatalf("call %d: ensure = %d, %v; want %d", i+1, n, err, want)
		}
	}
	var got map[string]any
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got["groups.empty"] != "TODO: groups.empty" || got["groups.title"] != "Grupy" || got["groups.posts"].(map[string]any)["few"] != "{{.Count}} posty" {
		t.Errorf("the catalogue after ensure: %s", b)
	}
}
