// Command benchtable is the part of `make bench` that is not a Go
// benchmark: `benchtable load` signs a client in to a running server and
// keeps its dashboard busy over many connections, and `benchtable table`
// reads the saved results and prints each figure beside its goal.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtable load|table …")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "load":
		err = load(os.Args[2:])
	case "table":
		err = table(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q; use load or table", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}
