//go:build !desktop

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "portal-desktop: build with -tags desktop,production,webkit2_41 (see `make desktop`)")
	os.Exit(2)
}
