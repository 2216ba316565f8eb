package profile

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"runtime"
	"strings"
	"sync"
	"testing"

	"clientportal/server/internal/apperr"
)

func png16(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA64(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestASixteenBitPictureIsMeasuredByTheMemoryItTakesNotItsPixels(t *testing.T) {
	rules := Rules{What: "picture", MaxBytes: 5 << 20, MaxPixels: 50_000_000, MaxDecoded: 1 << 20, Formats: []Format{PNG}}
	// 400×400 is 160,000 pixels: 625 KB at 4 bytes a pixel, 1.2 MB at 8.
	_, err := Read(png16(t, 400, 400), rules)
	var ae *apperr.Error
	if !errors.As(err, &ae) || ae.Kind != apperr.TooLarge || !strings.Contains(ae.Message, "at 8 bytes each") {
		t.Fatalf("a 16-bit picture over the memory limit: %v", err)
	}
	if _, err := Read(png16(t, 300, 300), rules); err != nil {
		t.Fatalf("a 16-bit picture within the memory limit was refused: %v", err)
	}
}

func TestNoMorePicturesAreDecodedAtOnceThanTheMachineHasCores(t *testing.T) {
	data := jpegBytes(t, 1600, 1200)
	decoding.resetPeak()
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := Read(data, AvatarRules); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if peak := decoding.resetPeak(); peak > runtime.GOMAXPROCS(0) || peak < 1 {
		t.Fatalf("%d pictures were decoded at once on %d cores", peak, runtime.GOMAXPROCS(0))
	}
}
