// Command portal-desktop is the owner's desktop app of Client Portal. Build it
// with -tags desktop,production,webkit2_41; without the desktop tag this
// package only explains that (the UI lives in internal/ui and is tested alone).
package main
