package settings

import "testing"

func TestWindowSizeIsRememberedAndBadSizesFallBack(t *testing.T) {
	dir := t.TempDir()
	if got := LoadWindow(dir); got != DefaultWindow {
		t.Fatalf("first start: got %+v, want the default %+v", got, DefaultWindow)
	}
	if err := SaveWindow(dir, Window{Width: 1400, Height: 900}); err != nil {
		t.Fatal(err)
	}
	if got := LoadWindow(dir); got != (Window{Width: 1400, Height: 900}) {
		t.Fatalf("after save: got %+v", got)
	}
	if err := SaveWindow(dir, Window{Width: 10, Height: 10}); err == nil {
		t.Fatal("a 10x10 window was saved")
	}
	if got := LoadWindow(dir); got.Width != 1400 {
		t.Fatalf("a refused size replaced the saved one: %+v", got)
	}
}
