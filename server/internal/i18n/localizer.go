package i18n

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/bojanz/currency"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Localizer speaks one language: messages, plurals, dates, numbers, money.
// It is safe for concurrent use.
type Localizer struct {
	Language
	catalog *Catalog
	loc     *goi18n.Localizer
	printer *message.Printer
	money   *currency.Formatter
	plain   sync.Map // message id → text, for messages without data
}

func newLocalizer(c *Catalog, l Language) *Localizer {
	langs := []string{l.Code}
	if l.Code != Default {
		langs = append(langs, Default)
	}
	return &Localizer{
		Language: l,
		catalog:  c,
		loc:      goi18n.NewLocalizer(c.bundle, langs...),
		printer:  message.NewPrinter(numbersTag(l)),
		money:    currency.NewFormatter(currency.NewLocale(l.Code)),
	}
}

// numbersTag is the language's tag for numbers. Arabic is written with
// Western digits, as current CLDR data does for "ar" (and as the money
// formatter writes it); golang.org/x/text's older data would use ٠١٢.
func numbersTag(l Language) language.Tag {
	if l.Code == "ar" {
		return language.MustParse("ar-u-nu-latn")
	}
	return l.tag
}

// T is the message id in this language, its {{.Key}} places filled from
// key, value pairs: T("dashboard.welcome", "Name", "Ada"). An id no
// catalogue defines comes back as itself, so a missing string shows.
func (z *Localizer) T(id string, pairs ...any) string {
	if len(pairs) == 0 {
		if s, ok := z.plain.Load(id); ok {
			return s.(string)
		}
		s := z.localize(id, nil, nil)
		z.plain.Store(id, s)
		return s
	}
	return z.localize(id, dataOf(pairs), nil)
}

// N is the plural form of the message id for count, with {{.Count}} set
// and more places filled from key, value pairs.
func (z *Localizer) N(id string, count int, pairs ...any) string {
	data := dataOf(pairs)
	data["Count"] = z.Number(count)
	return z.localize(id, data, count)
}

func (z *Localizer) localize(id string, data map[string]any, count any) string {
	s, err := z.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil && s == "" {
		return id
	}
	return s
}

func dataOf(pairs []any) map[string]any {
	data := make(map[string]any, len(pairs)/2+1)
	for i := 0; i+1 < len(pairs); i += 2 {
		data[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	return data
}

// Number is an integer with the language's digit grouping ("1.234" in German).
func (z *Localizer) Number(n int) string { return z.printer.Sprintf("%d", n) }

// Decimal is f with places digits after the language's decimal sign
// ("5,0" in German).
func (z *Localizer) Decimal(f float64, places int) string {
	return z.printer.Sprint(number.Decimal(f, number.Scale(places)))
}

// Money is an amount in minor units (cents) of an ISO 4217 currency, in the
// language's conventions: "1.234,50 €" in German, "€1,234.50" in English.
// A currency the formatter does not know is written with its code.
func (z *Localizer) Money(minor int64, code string) string {
	a, err := currency.NewAmountFromInt64(minor, code)
	if err != nil {
		return strconv.FormatInt(minor, 10) + " " + code
	}
	return z.money.Format(a)
}

// digits writes n in the language's digits without grouping, padded to
// at least min digits (Arabic writes ٢٠٢٦).
func (z *Localizer) digits(n, min int) string {
	return z.printer.Sprint(number.Decimal(n, number.NoSeparator(), number.MinIntegerDigits(min)))
}

// Date is the day of t in the language ("1. Dezember 2026"), in t's location.
func (z *Localizer) Date(t time.Time) string {
	return z.T("format.date", "Day", z.digits(t.Day(), 1), "Month", z.T(monthIDs[t.Month()-1]),
		"MonthNumber", z.digits(int(t.Month()), 1), "Year", z.digits(t.Year(), 1))
}

// Time is the time of day of t in the language ("15:04", "3:04 PM").
func (z *Localizer) Time(t time.Time) string {
	h12 := t.Hour() % 12
	if h12 == 0 {
		h12 = 12
	}
	half := "format.am"
	if t.Hour() >= 12 {
		half = "format.pm"
	}
	return z.T("format.time", "Hour", z.digits(t.Hour(), 2), "Hour12", z.digits(h12, 1),
		"Minute", z.digits(t.Minute(), 2), "AMPM", z.T(half))
}

// DateTime is the day and time of t, with the zone's abbreviation.
func (z *Localizer) DateTime(t time.Time) string {
	return z.T("format.datetime", "Date", z.Date(t), "Time", z.Time(t), "Zone", t.Format("MST"))
}

var monthIDs = [12]string{"format.month.1", "format.month.2", "format.month.3", "format.month.4",
	"format.month.5", "format.month.6", "format.month.7", "format.month.8", "format.month.9",
	"format.month.10", "format.month.11", "format.month.12"}

// FormatIDs are the message ids Date, Time and DateTime use, which no
// template names.
func FormatIDs() []string {
	return append([]string{"format.date", "format.time", "format.datetime", "format.am", "format.pm"}, monthIDs[:]...)
}
