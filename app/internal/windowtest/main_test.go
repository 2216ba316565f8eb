//go:build desktop

package windowtest

import (
	"testing"

	"clientportal/app/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }
