//go:build desktop

package windowtest

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"clientportal/app/internal/testenv"
)

// BenchmarkDesktopIdleCPU measures the CPU the running app and its WebKit
// processes use while the dashboard is open and nothing happens, as a
// percentage of one core over PORTAL_IDLE_SECONDS (default 60). Changes
// are pushed to the window, so an idle app should use next to nothing.
func BenchmarkDesktopIdleCPU(b *testing.B) {
	secs := 60
	if v, err := strconv.Atoi(os.Getenv("PORTAL_IDLE_SECONDS")); err == nil && v > 0 {
		secs = v
	}
	bin := buildDesktop(b)
	portal := testenv.StartPortal(b)
	display, dir := StartXvfb(b), b.TempDir()
	app := startApp(b, bin, display, dir, portal)
	waitFor(b, display, b.TempDir()+"/shot.png", "the dashboard", Paint.IsDashboard)
	time.Sleep(5 * time.Second) // the first paint's work ends
	b.ResetTimer()
	for range b.N {
		before := treeCPUTicks(app.Process.Pid)
		time.Sleep(time.Duration(secs) * time.Second)
		used := treeCPUTicks(app.Process.Pid) - before
		b.ReportMetric(float64(used)/float64(secs*clockTicks)*100, "cpu%")
	}
}

// clockTicks is the kernel's USER_HZ, the unit of /proc/<pid>/stat times.
const clockTicks = 100

// treeCPUTicks sums user and system CPU ticks of pid and its descendants.
func treeCPUTicks(pid int) int {
	total := cpuTicks(pid)
	for _, child := range children(pid) {
		total += treeCPUTicks(child)
	}
	return total
}

func cpuTicks(pid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) start at ")".
	f := strings.Fields(string(b)[strings.LastIndexByte(string(b), ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return utime + stime
}
