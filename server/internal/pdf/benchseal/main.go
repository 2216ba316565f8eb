// Command benchseal makes the inputs of the sealing benchmark and times
// Seal on them, so that scripts/bench-pdf.sh can set it beside pdf-lib.
//
//	benchseal gen -dir DIR
//	benchseal run -dir DIR -pages N -runs R -fonts FONTDIR
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchseal gen|run [flags]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	dir := fs.String("dir", "bench-pdf", "folder of the inputs")
	pages := fs.Int("pages", 1, "which input to seal (1, 20 or 200)")
	runs := fs.Int("runs", 5, "timed runs after one warm-up")
	fonts := fs.String("fonts", "frontend/fonts", "folder of the TrueType fonts")
	_ = fs.Parse(os.Args[2:])
	var err error
	switch os.Args[1] {
	case "gen":
		err = generate(*dir)
	case "run":
		err = run(*dir, *pages, *runs, *fonts)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		slog.Error("benchseal", "err", err)
		os.Exit(1)
	}
}
