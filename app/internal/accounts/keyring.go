package accounts

import (
	"errors"
	"fmt"

	"github.com/godbus/dbus/v5"
)

// The freedesktop Secret Service (GNOME Keyring, KWallet) on the session bus.
const (
	secretsName       = "org.freedesktop.secrets"
	secretsPath       = "/org/freedesktop/secrets"
	secretsService    = "org.freedesktop.Secret.Service"
	secretsCollection = "/org/freedesktop/secrets/aliases/default"
	keyringAttr       = "client-portal-account"
)

// secretStruct is the Secret Service's (oayays) secret.
type secretStruct struct {
	Session     dbus.ObjectPath
	Parameters  []byte
	Value       []byte
	ContentType string
}

// Keyring keeps tokens in the OS keyring through the Secret Service API.
type Keyring struct {
	conn    *dbus.Conn
	session dbus.ObjectPath
}

// OpenKeyring connects to the Secret Service, or fails when none answers.
func OpenKeyring() (*Keyring, error) {
	conn, err := dbus.SessionBus()
	if err != nil {
		return nil, fmt.Errorf("session bus: %w", err)
	}
	var out dbus.Variant
	var session dbus.ObjectPath
	svc := conn.Object(secretsName, secretsPath)
	if err := svc.Call(secretsService+".OpenSession", 0, "plain", dbus.MakeVariant("")).Store(&out, &session); err != nil {
		return nil, fmt.Errorf("open secret service session: %w", err)
	}
	return &Keyring{conn: conn, session: session}, nil
}

// Where names the keyring.
func (k *Keyring) Where() string { return "the system keyring" }

func attrs(id string) map[string]string {
	return map[string]string{keyringAttr: id}
}

// find returns the keyring items of an account.
func (k *Keyring) find(id string) ([]dbus.ObjectPath, error) {
	var unlocked, locked []dbus.ObjectPath
	svc := k.conn.Object(secretsName, secretsPath)
	if err := svc.Call(secretsService+".SearchItems", 0, attrs(id)).Store(&unlocked, &locked); err != nil {
		return nil, fmt.Errorf("search keyring: %w", err)
	}
	if len(locked) > 0 {
		var prompt dbus.ObjectPath
		var done []dbus.ObjectPath
		_ = svc.Call(secretsService+".Unlock", 0, locked).Store(&done, &prompt)
		unlocked = append(unlocked, done...)
	}
	return unlocked, nil
}

// Get reads the account's token from the keyring.
func (k *Keyring) Get(id string) (string, error) {
	items, err := k.find(id)
	if err != nil {
		return "", err
	}
	if len(items) == 0 {
		return "", ErrNoSecret
	}
	var s secretStruct
	item := k.conn.Object(secretsName, items[0])
	if err := item.Call("org.freedesktop.Secret.Item.GetSecret", 0, k.session).Store(&s); err != nil {
		return "", fmt.Errorf("read keyring item: %w", err)
	}
	return string(s.Value), nil
}

// Set stores the account's token, replacing any earlier one.
func (k *Keyring) Set(id, token string) error {
	props := map[string]dbus.Variant{
		"org.freedesktop.Secret.Item.Label":      dbus.MakeVariant("Client Portal owner token"),
		"org.freedesktop.Secret.Item.Attributes": dbus.MakeVariant(attrs(id)),
	}
	secret := secretStruct{Session: k.session, Value: []byte(token), ContentType: "text/plain"}
	var item, prompt dbus.ObjectPath
	col := k.conn.Object(secretsName, secretsCollection)
	err := col.Call("org.freedesktop.Secret.Collection.CreateItem", 0, props, secret, true).Store(&item, &prompt)
	if err != nil {
		return fmt.Errorf("store token in keyring: %w", err)
	}
	if item == "/" {
		return errors.New("store token in keyring: the keyring is locked")
	}
	return nil
}

// Delete removes the account's token from the keyring.
func (k *Keyring) Delete(id string) error {
	items, err := k.find(id)
	if err != nil {
		return err
	}
	for _, p := range items {
		var prompt dbus.ObjectPath
		if err := k.conn.Object(secretsName, p).Call("org.freedesktop.Secret.Item.Delete", 0).Store(&prompt); err != nil {
			return fmt.Errorf("delete keyring item: %w", err)
		}
	}
	return nil
}
