package pdf

import (
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// activeActions are the action types that run something on the reader's
// machine or send data away when the PDF is opened or clicked.
var activeActions = map[string]bool{"JavaScript": true, "Launch": true, "ImportData": true, "SubmitForm": true, "Rendition": true, "GoToE": true}

// activeKeys are the entries that carry scripts or embedded files.
var activeKeys = map[string]bool{"JS": true, "JavaScript": true, "EmbeddedFiles": true, "EF": true, "RichMedia": true}

// hasActiveContent reports a script, a launch (or other active) action or
// an embedded file anywhere in the file: in the catalog's open action, in
// any page, annotation or form field's actions, or in the name trees.
// Destinations (an open action that only shows page 1) are left alone.
func hasActiveContent(ctx *model.Context) bool {
	for _, e := range ctx.XRefTable.Table {
		if e == nil || e.Free || e.Object == nil {
			continue
		}
		if activeObject(e.Object, 0) {
			return true
		}
	}
	return false
}

// activeObject looks through one object and the dictionaries and arrays it
// holds directly (indirect references are checked as objects of their own).
func activeObject(o types.Object, depth int) bool {
	if depth > 32 {
		return false
	}
	switch v := o.(type) {
	case types.StreamDict:
		return activeDict(v.Dict, depth)
	case types.Dict:
		return activeDict(v, depth)
	case types.Array:
		for _, x := range v {
			if activeObject(x, depth+1) {
				return true
			}
		}
	}
	return false
}

func activeDict(d types.Dict, depth int) bool {
	if s, ok := d["S"].(types.Name); ok && activeActions[string(s)] {
		return true
	}
	if t, ok := d["Type"].(types.Name); ok && t == "EmbeddedFile" {
		return true
	}
	for k, v := range d {
		if activeKeys[k] {
			return true
		}
		if activeObject(v, depth+1) {
			return true
		}
	}
	return false
}
