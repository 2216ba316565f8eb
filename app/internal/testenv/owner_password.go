package testenv

import (
	"bytes"
	"os/exec"
	"strings"
)

// SetOwnerPassword runs `portal owner-password` for an owner of this server.
func (p *Portal) SetOwnerPassword(email, password string) {
	p.t.Helper()
	cmd := exec.Command(p.bin, "owner-password", "--email", email)
	cmd.Env = p.env()
	cmd.Stdin = strings.NewReader(password + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		p.t.Fatalf("portal owner-password: %v\n%s", err, stderr.String())
	}
}
