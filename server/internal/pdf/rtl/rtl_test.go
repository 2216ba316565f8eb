package rtl

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestArabicLettersTakeTheirContextualForms(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// beh alone; beh beh beh: initial, medial, final
		{"isolated", "ب", "\uFE8F"},
		{"initial medial final", "ببب", "\uFE91\uFE92\uFE90"},
		// alef joins only the letter before it, so the beh after it starts anew
		{"right-joining alef breaks the word", "باب", "\uFE91\uFE8E\uFE8F"},
		// lam + alef is one ligature, isolated or final
		{"lam-alef ligature", "لا", "\uFEFB"},
		{"final lam-alef", "سلام", "\uFEB3\uFEFC\uFEE1"},
		{"lam-alef with hamza below", "إلإ", "\uFE87\uFEF9"},
		// a mark between two letters does not break the join
		{"marks are transparent", "بَب", "\uFE91\u064E\uFE90"},
		// hamza never joins
		{"hamza", "ءب", "\uFE80\uFE8F"},
		{"latin untouched", "Ada 12", "Ada 12"},
		{"tatweel joins", "بـ", "\uFE91\u0640"},
	}
	for _, tc := range cases {
		if got := Shape(tc.in); got != tc.want {
			t.Errorf("%s: Shape(%q) = %+q, want %+q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestShapedTextNormalisesBackToTheLogicalText(t *testing.T) {
	for _, s := range []string{"شهادة الإتمام", "السلام عليكم", "لا إله", "تم التوقيع"} {
		if got := norm.NFKC.String(Shape(s)); got != s {
			t.Errorf("NFKC(Shape(%q)) = %q", s, got)
		}
	}
}

func TestVisualOrderFollowsTheBidiAlgorithm(t *testing.T) {
	cases := []struct {
		name, in string
		rtl      bool
		want     string
	}{
		{"arabic reversed", "ابت", true, "تبا"},
		{"two arabic words", "اب تث", true, "ثت با"},
		{"latin inside an rtl line keeps its order", "اب: Ada Lovelace", true, "Ada Lovelace :با"},
		{"numbers keep their order", "اب 2026", true, "2026 با"},
		// after an Arabic letter European digits count as Arabic ones (W2), so
		// the euro sign, a neutral, ends up on the line's far side
		{"a money amount keeps its digits together", "اب 1.234,50 €", true, "€ 1.234,50 با"},
		{"arabic-indic digits keep their order", "اب ١٢٣", true, "١٢٣ با"},
		{"ltr line with an arabic name", "Signer: اب تث", false, "Signer: ثت با"},
		{"ltr line: arabic then a number", "Name اب 12 x", false, "Name 12 با x"},
		{"brackets mirror in rtl", "اب (تث)", true, "(ثت) با"},
		// N0: a pair holding only latin (after latin) stays with it, not with
		// the Arabic paragraph around it
		{"a bracket pair around latin stays with it", "اب: Ada (12) €", true, "€ Ada (12) :با"},
		{"a bracket pair holding arabic takes the paragraph's direction", "Ada (اب) x", false, "Ada (با) x"},
		{"first strong letter sets the direction", "اب Ada", false, "Ada با"},
		{"marks are dropped", "\u200Fاب\u200E", true, "با"},
		// L3: a combining mark follows its letter, as a left-to-right writer needs
		{"a mark follows its letter", "بَت", true, "تبَ"},
		{"nothing rtl is unchanged", "Total: 1,234.50", true, "Total: 1,234.50"},
		// unisolated, a code after an Arabic word breaks apart (W2 makes
		// its digits Arabic numbers); isolated, it stays whole
		{"a code breaks apart", "فاتورة 2026-0007", true, "0007-2026 ةروتاف"},
		{"an isolated code stays whole", "فاتورة " + Isolate("2026-0007"), true, "2026-0007 ةروتاف"},
		{"an isolate is a neutral between arabic words", "اب " + Isolate("x@y.z") + " تث", true, "ثت x@y.z با"},
		{"a left-to-right isolate keeps its direction", "\u2066Ada اب\u2069 تث", true, "ثت Ada با"},
		{"a first strong isolate takes its first letter's", "Signer: " + Isolate("اب تث") + ".", false, "Signer: ثت با."},
		{"an unclosed isolate runs to the end", "اب \u2066A-1", true, "A-1 با"},
	}
	for _, tc := range cases {
		got := Visual(tc.in, tc.rtl)
		if tc.name == "nothing rtl is unchanged" {
			got = Line(tc.in, tc.rtl)
		}
		if tc.name == "a code breaks apart" || tc.name == "an isolated code stays whole" {
			got = reverseShaped(Line(tc.in, tc.rtl)) // compare letters, not forms
		}
		if got != tc.want {
			t.Errorf("%s: Visual(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestHasFindsRightToLeftLetters(t *testing.T) {
	if !Has("Name: اب") || !Has("שלום") || Has("Łukasz 王小明 123") {
		t.Error("Has misjudges right-to-left text")
	}
}

// reverseShaped maps presentation forms back to letters, for comparing.
func reverseShaped(s string) string { return norm.NFKC.String(s) }

func TestLineDropsControlsFromTextWithNothingRightToLeft(t *testing.T) {
	if got := Line("Invoice "+Isolate("2026-0007"), false); got != "Invoice 2026-0007" {
		t.Errorf("Line = %+q", got)
	}
}

func FuzzLineKeepsEveryCharacterButControls(f *testing.F) {
	for _, s := range []string{"شهادة الإتمام", "اب: Ada (12) €", "Signer: " + Isolate("ليلى 2026-0007"), "\u2066\u2069\u2068", "لا لإ ـ"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		got := Line(s, rtl)
		want := map[rune]int{}
		for _, r := range norm.NFKD.String(Shape(s)) {
			if !isControl(r) {
				want[min(r, mirror(r))]++
			}
		}
		for _, r := range norm.NFKD.String(got) {
			want[min(r, mirror(r))]--
		}
		for r, n := range want {
			if n != 0 {
				t.Fatalf("Line(%+q) = %+q: %q appears %d times too few", s, got, r, n)
			}
		}
	})
}
