package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// unneededTables are the TrueType tables a PDF never reads: layout
// features (the text is shaped before it is drawn), vertical metrics,
// device hints and signatures. pdfcpu's subsets keep every table whole but
// glyf, so without this a page of Japanese carries WenQuanYi's 100 KB of
// vertical metrics and 540 KB of glyph names.
var unneededTables = map[string]bool{"GPOS": true, "GSUB": true, "GDEF": true, "BASE": true, "JSTF": true, "MATH": true,
	"kern": true, "vhea": true, "vmtx": true, "hdmx": true, "VDMX": true, "LTSH": true, "DSIG": true, "PCLT": true, "FFTM": true}

// fontTable is one table of a TrueType font.
type fontTable struct {
	tag  string
	data []byte
}

// slimFont returns the TrueType font ttf without its unneeded tables and
// with a version 3 post table (no glyph names); glyph ids do not change.
func slimFont(ttf []byte) ([]byte, error) {
	tables, err := keptTables(ttf)
	if err != nil {
		return nil, err
	}
	return writeFont(ttf[:4], tables), nil
}

// keptTables reads the table directory of ttf and returns the tables a PDF
// needs, post cut to its header and head's checksum adjustment zeroed.
func keptTables(ttf []byte) ([]fontTable, error) {
	if len(ttf) < 12 {
		return nil, errors.New("not a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if 12+16*n > len(ttf) {
		return nil, errors.New("table directory outside the file")
	}
	var tables []fontTable
	for i := range n {
		rec := ttf[12+16*i:]
		tag := string(rec[:4])
		start, size := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if start < 0 || size < 0 || start+size > len(ttf) {
			return nil, fmt.Errorf("table %q outside the file", tag)
		}
		if unneededTables[tag] {
			continue
		}
		data := ttf[start : start+size]
		switch {
		case tag == "post" && size > 32:
			data = append([]byte(nil), data[:32]...)
			binary.BigEndian.PutUint32(data, 0x00030000)
		case tag == "head" && size >= 12:
			data = append([]byte(nil), data...)
			binary.BigEndian.PutUint32(data[8:], 0) // checkSumAdjustment, set by writeFont
		}
		tables = append(tables, fontTable{tag, data})
	}
	if len(tables) == 0 {
		return nil, errors.New("a font without tables")
	}
	return tables, nil
}

// writeFont lays out a font file of tables (in tag order) after the sfnt
// version, with the directory's search fields and every checksum.
func writeFont(version []byte, tables []fontTable) []byte {
	count := len(tables)
	power := 1 << (bits.Len(uint(count)) - 1) // largest power of two <= count
	out := make([]byte, 12+16*count)
	copy(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(count))
	binary.BigEndian.PutUint16(out[6:], uint16(power*16))
	binary.BigEndian.PutUint16(out[8:], uint16(bits.Len(uint(power))-1))
	binary.BigEndian.PutUint16(out[10:], uint16(count*16-power*16))
	headAt := -1
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], tableChecksum(t.data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		if t.tag == "head" && len(t.data) >= 12 {
			headAt = len(out)
		}
		out = append(out, t.data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-tableChecksum(out))
	}
	return out
}

// tableChecksum is the sum of b's big-endian 32-bit words, zero padded.
func tableChecksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
