// Package profile looks after what a contact shows of themself in the
// portal: their profile picture. It also holds the picture checks that the
// workspace logo reuses: every upload is sniffed, bounded, decoded and
// re-encoded, so no file a person sent is ever served back as it came.
package profile

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // decoders the checks rely on
	_ "image/png"
	"runtime"

	_ "golang.org/x/image/webp"

	"clientportal/server/internal/apperr"
)

// Format is an image file format the portal accepts.
type Format string

// The accepted formats.
const (
	JPEG Format = "JPEG"
	PNG  Format = "PNG"
	WebP Format = "WebP"
)

// Rules say what an upload of one kind of picture may be.
type Rules struct {
	What string // "picture", "logo": used in messages
	// Word is the message id of What for the words a client reads of a
	// refusal (apperr.Words); empty when no client meets these refusals.
	Word      string
	MaxBytes  int // file size limit
	MaxPixels int // width × height limit, against decompression bombs
	// MaxDecoded caps width × height × bytes per pixel (16-bit pictures take
	// twice the memory of 8-bit ones); 0 is DefaultMaxDecoded.
	MaxDecoded int
	Formats    []Format // accepted formats
}

// DefaultMaxDecoded is the memory one decoded picture may take.
const DefaultMaxDecoded = 160 << 20

// Picture is an upload that passed the checks, decoded.
type Picture struct {
	Image  image.Image
	Format Format
}

// The words of the refusals, for a client (Rules.Word set):
// i18n: uploads.error.empty uploads.error.too_large uploads.error.too_many_pixels uploads.error.too_much_memory
// i18n: uploads.error.damaged uploads.error.other_format uploads.error.not_a_picture uploads.error.format_refused
// i18n: uploads.error.hidden_data

// Read checks an upload against the rules and decodes it. Every refusal is
// an *apperr.Error with a message that tells the person what to do, and
// when the rules name their Word, the same as words for a client.
func Read(data []byte, r Rules) (Picture, error) {
	if len(data) == 0 {
		return Picture{}, r.say(apperr.New(apperr.Invalid, "Choose a %s to upload.", r.What), "uploads.error.empty")
	}
	if len(data) > r.MaxBytes {
		return Picture{}, r.say(apperr.New(apperr.TooLarge, "This %s is %s; the largest accepted is %s. Choose a smaller file.",
			r.What, megabytes(len(data)), megabytes(r.MaxBytes)),
			"uploads.error.too_large", "Size", apperr.Size(len(data)), "Max", apperr.Size(r.MaxBytes))
	}
	f, err := sniff(data, r)
	if err != nil {
		return Picture{}, err
	}
	if err := refuseHiddenData(data, f, r); err != nil {
		return Picture{}, err
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width < 1 || cfg.Height < 1 {
		return Picture{}, damaged(r, err)
	}
	// Pixel sizes are written as a picture's properties show them, without
	// digit grouping.
	pixels := fmt.Sprintf("%d×%d", cfg.Width, cfg.Height)
	if cfg.Width*cfg.Height > r.MaxPixels || cfg.Width > 20000 || cfg.Height > 20000 {
		return Picture{}, r.say(apperr.New(apperr.TooLarge, "This %s is %s pixels; the largest accepted is %d megapixels. Make it smaller and try again.",
			r.What, pixels, r.MaxPixels/1_000_000),
			"uploads.error.too_many_pixels", "Pixels", pixels, "Megapixels", r.MaxPixels/1_000_000)
	}
	if need := cfg.Width * cfg.Height * bytesPerPixel(cfg.ColorModel); need > r.maxDecoded() {
		return Picture{}, r.say(apperr.New(apperr.TooLarge, "This %s takes %s of memory to open (%s pixels at %d bytes each); the most accepted is %s. Save it with 8 bits per colour or make it smaller and try again.",
			r.What, megabytes(need), pixels, bytesPerPixel(cfg.ColorModel), megabytes(r.maxDecoded())),
			"uploads.error.too_much_memory", "Need", apperr.Size(need), "Pixels", pixels, "Bytes", bytesPerPixel(cfg.ColorModel),
			"Max", apperr.Size(r.maxDecoded()))
	}
	img, err := decode(data)
	if err != nil {
		return Picture{}, damaged(r, err)
	}
	return Picture{Image: img, Format: f}, nil
}

func damaged(r Rules, cause error) error {
	return r.say(apperr.Wrap(apperr.Invalid, cause, "This %s could not be read; the file may be damaged. Try another one.", r.What),
		"uploads.error.damaged")
}

// say gives a refusal the words a client reads, What being the rules'
// Word, when the rules have one.
func (r Rules) say(e *apperr.Error, id string, pairs ...any) *apperr.Error {
	if r.Word == "" {
		return e
	}
	return e.Say(id, append([]any{"What", apperr.Word(r.Word)}, pairs...)...)
}

func megabytes(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// sniff names the format from the file's first bytes, whatever its name or
// declared type says, and refuses formats the rules do not accept.
func sniff(data []byte, r Rules) (Format, error) {
	f, other := formatOf(data)
	names := formatNames(r.Formats)
	accepted := orList(names)
	if other != nil {
		return "", r.say(apperr.New(apperr.Unsupported, "%s files are not accepted. Save the %s as %s and try again.", orList(other), r.What, accepted),
			"uploads.error.other_format", "Format", apperr.Either(other), "Accepted", apperr.Either(names))
	}
	if f == "" {
		return "", r.say(apperr.New(apperr.Unsupported, "This file is not a picture, whatever its name says. Choose a %s file.", accepted),
			"uploads.error.not_a_picture", "Accepted", apperr.Either(names))
	}
	for _, ok := range r.Formats {
		if f == ok {
			return f, nil
		}
	}
	return "", r.say(apperr.New(apperr.Unsupported, "%s files are not accepted for a %s. Save it as %s and try again.", f, r.What, accepted),
		"uploads.error.format_refused", "Format", string(f), "Accepted", apperr.Either(names))
}

// formatOf returns an accepted format, or the names of a known other image
// format, from the magic bytes.
func formatOf(b []byte) (f Format, other []string) {
	switch {
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return JPEG, nil
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return PNG, nil
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return WebP, nil
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "", []string{"GIF"}
	case bytes.HasPrefix(b, []byte("BM")):
		return "", []string{"BMP"}
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return "", []string{"TIFF"}
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		return "", []string{"HEIC", "AVIF"}
	}
	return "", nil
}

func formatNames(fs []Format) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return names
}

// orList is names as English alternatives: "JPEG, PNG or WebP".
func orList(names []string) string {
	s := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			s += " or "
		default:
			s += ", "
		}
		s += n
	}
	return s
}

func (r Rules) maxDecoded() int {
	if r.MaxDecoded > 0 {
		return r.MaxDecoded
	}
	return DefaultMaxDecoded
}

// bytesPerPixel is the memory a decoded pixel of the colour model takes.
func bytesPerPixel(m color.Model) int {
	switch m {
	case color.RGBA64Model, color.NRGBA64Model:
		return 8
	case color.Gray16Model:
		return 2
	case color.GrayModel, color.AlphaModel:
		return 1
	default:
		return 4
	}
}

// decodeSlots lets at most as many pictures be decoded at once as the
// machine has cores: each may take up to DefaultMaxDecoded of memory.
var decodeSlots = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))

// decode decodes a checked picture in one of the slots.
func decode(data []byte) (image.Image, error) {
	decodeSlots <- struct{}{}
	defer func() { <-decodeSlots }()
	decoding.enter()
	defer decoding.leave()
	img, _, err := image.Decode(bytes.NewReader(data))
	return img, err
}
