package main

import (
	"strings"
	"testing"
)

func TestResultsOfEachKindAreReadByName(t *testing.T) {
	results := `goos: linux
BenchmarkDashboard/sqlite/dashboard-2         	    5000	    212345 ns/op	      2099 req/s	        19.00 p99-ms
BenchmarkDashboard/sqlite/static-2            	   20000	     52345 ns/op	     19000 req/s	         4.00 p99-ms
BenchmarkSMTPDelivery/postgres-2       	       5	 146807655 ns/op	     14546 one-conn-msgs/s	      1503 queue-msgs/s	         0.1033 ratio
load dashboard-postgres conns=256 requests=51234 errors=0 req/s=1707 p50-ms=120.5 p99-ms=410.2
rss idle-sqlite MB=35.3
1      | 21        40       | 60         70        | 0.35
200    | 900       80       | 1500       120       | 0.60
`
	f, err := read(strings.NewReader(results))
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]float64{
		"BenchmarkDashboard/sqlite/dashboard req/s": 2099, "BenchmarkDashboard/sqlite/static p99-ms": 4,
		"BenchmarkSMTPDelivery/postgres ratio": 0.1033, "load dashboard-postgres p99-ms": 410.2, "load dashboard-postgres errors": 0,
		"rss idle-sqlite MB": 35.3, "seal 1": 0.35, "seal 200": 0.6,
	} {
		if got, ok := f[key]; !ok || got != want {
			t.Errorf("%s = %v (found %v), want %v", key, got, ok, want)
		}
	}
	v, ok := goals[0].value(f)
	if !ok || v < 0.11 || v > 0.111 || goals[0].ok(v) {
		t.Errorf("dashboard ÷ static on SQLite = %v (%v), want 0.110, a miss of ≥ 0.25", v, ok)
	}
}
