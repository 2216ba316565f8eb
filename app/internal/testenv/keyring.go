package testenv

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// SessionBus runs a private D-Bus session bus for this test, with its own
// data folders, so a Secret Service started on it is the test's alone.
func SessionBus(t *testing.T) {
	t.Helper()
	conf := filepath.Join(t.TempDir(), "bus.conf")
	if err := os.WriteFile(conf, []byte(busConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	bus := exec.Command("dbus-daemon", "--config-file="+conf, "--nofork", "--print-address")
	out, err := bus.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Start(); err != nil {
		t.Fatalf("start dbus-daemon (apt-get install dbus): %v", err)
	}
	t.Cleanup(func() { _ = bus.Process.Kill(); _ = bus.Wait() })
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("read bus address: %v", err)
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", strings.TrimSpace(addr))
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
}

// busConfig is a session bus without service activation, so the only
// Secret Service on it is the daemon this test starts.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>`

// SecretService starts GNOME Keyring's Secret Service on a private session
// bus: with unlocked, a login keyring (unlocked with a test password) is set
// up; without, the keyring has never been set up and has no login
// collection, as on a fresh desktop.
func SecretService(t *testing.T, unlocked bool) {
	t.Helper()
	SessionBus(t)
	// The daemon forks and leaves by itself when its session bus ends.
	args := []string{"--start", "--components=secrets"}
	if unlocked {
		args = []string{"--unlock", "--components=secrets"}
	}
	keyring := exec.Command("gnome-keyring-daemon", args...)
	keyring.Stdin = strings.NewReader("test-password")
	if b, err := keyring.CombinedOutput(); err != nil {
		t.Fatalf("start gnome-keyring-daemon (apt-get install gnome-keyring): %v\n%s", err, b)
	}
}
