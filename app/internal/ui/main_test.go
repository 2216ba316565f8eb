package ui

import (
	"testing"

	"clientportal/app/internal/testenv"
)

func TestMain(m *testing.M) { testenv.Main(m) }
