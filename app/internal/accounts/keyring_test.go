package accounts

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startSecretService runs a private session bus with GNOME Keyring's Secret
// Service on it (an unlocked login keyring in a temp folder) for this test.
func startSecretService(t *testing.T) {
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
	// The daemon forks and leaves by itself when its session bus (above) ends.
	keyring := exec.Command("gnome-keyring-daemon", "--unlock", "--components=secrets")
	keyring.Stdin = strings.NewReader("test-password")
	if b, err := keyring.CombinedOutput(); err != nil {
		t.Fatalf("start gnome-keyring-daemon (apt-get install gnome-keyring): %v\n%s", err, b)
	}
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

func TestTokensGoToTheOSKeyringWhenOneAnswers(t *testing.T) {
	startSecretService(t)
	var k *Keyring
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if k, err = OpenKeyring(); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("open keyring: %v", err)
	}
	if got := DefaultSecrets(t.TempDir()).Where(); got != "the system keyring" {
		t.Fatalf("DefaultSecrets with a keyring running = %q", got)
	}
	// The daemon creates its login keyring just after it answers on the bus.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err = k.Set("acc1", "cpo_first"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Set("acc1", "cpo_second"); err != nil {
		t.Fatal(err)
	}
	if got, err := k.Get("acc1"); err != nil || got != "cpo_second" {
		t.Fatalf("Get = %q, %v; want the replaced token", got, err)
	}
	if err := k.Delete("acc1"); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Get("acc1"); err != ErrNoSecret {
		t.Fatalf("after Delete: %v, want ErrNoSecret", err)
	}
}
