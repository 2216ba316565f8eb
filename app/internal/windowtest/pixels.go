package windowtest

import (
	"fmt"
	"image"
	"image/png"
	"os"
)

// Paint summarises a screenshot: how many pixels have the dashboard's own colours.
type Paint struct {
	Topbar  int // the dark top bar (#141a29)
	Accent  int // the accent blue of buttons (#2454d6)
	Badge   int // the "invited" badges of the contacts table (#e3ebff)
	Colours int // distinct colours (a blank screen has one or two)
}

// IsDashboard says whether the screenshot shows the painted owner UI, not a blank window.
func (p Paint) IsDashboard() bool {
	return p.Topbar > 20000 && p.Accent > 500 && p.Colours > 50
}

// IsContacts says whether the screenshot shows the contacts table with invited contacts.
func (p Paint) IsContacts() bool {
	return p.Topbar > 20000 && p.Badge > 300
}

// ReadPaint decodes a PNG and counts the colours that matter.
func ReadPaint(path string) (Paint, error) {
	f, err := os.Open(path)
	if err != nil {
		return Paint{}, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return Paint{}, fmt.Errorf("decode %s: %w", path, err)
	}
	return countPaint(img), nil
}

func countPaint(img image.Image) Paint {
	var p Paint
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			seen[r<<16|g<<8|bl] = true
			switch {
			case near(r, g, bl, 0x14, 0x1a, 0x29):
				p.Topbar++
			case near(r, g, bl, 0x24, 0x54, 0xd6):
				p.Accent++
			case near(r, g, bl, 0xe3, 0xeb, 0xff):
				p.Badge++
			}
		}
	}
	p.Colours = len(seen)
	return p
}

func near(r, g, b, wr, wg, wb uint32) bool {
	d := func(a, w uint32) uint32 {
		if a > w {
			return a - w
		}
		return w - a
	}
	return d(r, wr) < 6 && d(g, wg) < 6 && d(b, wb) < 6
}
