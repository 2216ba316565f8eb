package frontend

import (
	"fmt"
	"io/fs"
	"strings"
)

// vendored are the browser files, under static/vendor/, that the pages load.
// scripts/vendor.sh copies them from node_modules and git ignores them, so a
// build that skipped it embeds none of them.
var vendored = []string{
	"htmx.min.js",              // every portal and desktop page
	"sse.js",                   // live updates of the portal pages
	"pdf.min.mjs",              // the document viewer
	"pdf.worker.min.mjs",       // the document viewer's worker
	"signature_pad.umd.min.js", // drawing a signature
}

// vendorHint tells the person who built the binary how to get the files.
const vendorHint = "run make build (it vendors the browser packages from npm)"

// CheckVendored returns an error naming every vendored browser file that is
// missing (or empty) in the embedded static files, so a binary built without
// them refuses to start instead of serving pages whose buttons do nothing.
func CheckVendored() error { return checkVendored(Static()) }

func checkVendored(static fs.FS) error {
	var missing []string
	for _, name := range vendored {
		if info, err := fs.Stat(static, "vendor/"+name); err != nil || info.Size() == 0 {
			missing = append(missing, "frontend/static/vendor/"+name)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s is missing: %s", missing[0], vendorHint)
	default:
		return fmt.Errorf("%s are missing: %s", strings.Join(missing, ", "), vendorHint)
	}
}
