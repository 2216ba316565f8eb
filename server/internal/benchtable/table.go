package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// figures are the values read from a results file, by name: a Go
// benchmark's metric is "<benchmark>/<sub> <unit>" (the -N CPU suffix
// dropped), a load line's is "load <label> <key>", a memory line's
// "rss <label>", the sealing comparison's "seal <pages>".
type figures map[string]float64

var (
	benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)
	sealLine  = regexp.MustCompile(`^\s*(\d+)\s+\|.*\|\s*([0-9.]+)\s*$`)
)

func read(r io.Reader) (figures, error) {
	f := figures{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch fields := strings.Fields(line); {
		case benchLine.MatchString(line):
			m := benchLine.FindStringSubmatch(line)
			values := strings.Fields(m[2])
			for i := 0; i+1 < len(values); i += 2 {
				if v, err := strconv.ParseFloat(values[i], 64); err == nil {
					f[m[1]+" "+values[i+1]] = v
				}
			}
		case len(fields) >= 3 && (fields[0] == "load" || fields[0] == "rss"):
			for _, kv := range fields[2:] {
				k, v, ok := strings.Cut(kv, "=")
				if n, err := strconv.ParseFloat(v, 64); ok && err == nil {
					f[fields[0]+" "+fields[1]+" "+k] = n
				}
			}
		case sealLine.MatchString(line):
			m := sealLine.FindStringSubmatch(line)
			if v, err := strconv.ParseFloat(m[2], 64); err == nil {
				f["seal "+m[1]] = v
			}
		}
	}
	return f, sc.Err()
}

// goal is one row of the table: how to get the figure from the results,
// and whether it meets the goal.
type goal struct {
	figure, want string
	value        func(figures) (float64, bool)
	ok           func(float64) bool
	format       string
}

func one(key string) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) { v, ok := f[key]; return v, ok }
}

func ratio(a, b string) func(figures) (float64, bool) {
	return func(f figures) (float64, bool) {
		x, ok1 := f[a]
		y, ok2 := f[b]
		return x / y, ok1 && ok2 && y > 0
	}
}

func atLeast(n float64) func(float64) bool { return func(v float64) bool { return v >= n } }
func below(n float64) func(float64) bool   { return func(v float64) bool { return v < n } }

var goals = []goal{
	{"dashboard ÷ static, 64 connections, SQLite", "≥ 0.25", ratio("BenchmarkDashboard/sqlite/dashboard req/s", "BenchmarkDashboard/sqlite/static req/s"), atLeast(0.25), "%.3f"},
	{"dashboard ÷ static, 64 connections, PostgreSQL", "≥ 0.15", ratio("BenchmarkDashboard/postgres/dashboard req/s", "BenchmarkDashboard/postgres/static req/s"), atLeast(0.15), "%.3f"},
	{"dashboard p99 at 256 connections, PostgreSQL", "< 100 ms", one("load dashboard-postgres p99-ms"), below(100), "%.1f ms"},
	{"dashboard at 256 connections on PostgreSQL: errors", "0", one("load dashboard-postgres errors"), below(0.5), "%.0f"},
	{"magic-link consume → dashboard first byte, p50, SQLite", "< 3 ms", one("BenchmarkMagicLinkConsumeToFirstDashboardByte/sqlite p50-ms"), below(3), "%.2f ms"},
	{"magic-link consume → dashboard first byte, p50, PostgreSQL", "< 5 ms", one("BenchmarkMagicLinkConsumeToFirstDashboardByte/postgres p50-ms"), below(5), "%.2f ms"},
	{"SMTP delivery ÷ one go-mail connection, SQLite", "≥ 0.5", one("BenchmarkSMTPDelivery/sqlite ratio"), atLeast(0.5), "%.3f"},
	{"SMTP delivery ÷ one go-mail connection, PostgreSQL", "≥ 0.3", one("BenchmarkSMTPDelivery/postgres ratio"), atLeast(0.3), "%.3f"},
	{"sealing, 5 signers ÷ pdf-lib, 1 page", "≤ 0.5", one("seal 1"), func(v float64) bool { return v <= 0.5 }, "%.2f"},
	{"sealing, 5 signers ÷ pdf-lib, 20 pages", "≤ 0.5", one("seal 20"), func(v float64) bool { return v <= 0.5 }, "%.2f"},
	{"sealing, 5 signers ÷ pdf-lib, 200 pages", "≤ 0.5", one("seal 200"), func(v float64) bool { return v <= 0.5 }, "%.2f"},
	{"server RSS idle (SQLite)", "< 60 MB", one("rss idle-sqlite MB"), below(60), "%.1f MB"},
	{"server RSS after 256 connections for 30 s (SQLite)", "< 200 MB", one("rss loaded-sqlite MB"), below(200), "%.1f MB"},
}

// table prints the goals table of a results file as Markdown and exits
// non-zero only when the file cannot be read: a missed goal is a finding,
// not a broken run.
func table(args []string) error {
	if len(args) != 1 {
		return errors.New("usage: benchtable table RESULTS_FILE")
	}
	in, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer in.Close()
	f, err := read(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", args[0], err)
	}
	fmt.Println("| figure | goal | measured | |")
	fmt.Println("|---|---|---|---|")
	for _, g := range goals {
		v, ok := g.value(f)
		switch {
		case !ok:
			fmt.Printf("| %s | %s | not measured | – |\n", g.figure, g.want)
		case g.ok(v):
			fmt.Printf("| %s | %s | "+g.format+" | pass |\n", g.figure, g.want, v)
		default:
			fmt.Printf("| %s | %s | "+g.format+" | **miss** |\n", g.figure, g.want, v)
		}
	}
	return nil
}
