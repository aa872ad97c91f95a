"""Configuration loading/validation and where secrets come from."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import textwrap
from pathlib import Path

import pytest

from screener.config import (
    Account, ConfigError, KeyringRef, load_config, parse_config, resolve_config_path,
)
from screener.secrets import SecretError, get_secret, run_secret_command

REPO = testpaths.ROOT

ACCOUNT = """
[[accounts]]
name = "work"
host = "imap.example.org"
username = "jana@example.org"
password_command = "pass show mail/work"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(textwrap.dedent(text))
    return p


def error_of(tmp_path: Path, text: str) -> ConfigError:
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as ei:
        load_config(p)
    assert str(p) in str(ei.value)
    return ei.value


# -- loading ---------------------------------------------------------------------------------------

def test_example_config_loads_cleanly():
    cfg = load_config(REPO / "screener" / "data" / "config.example.toml")
    assert [a.name for a in cfg.accounts] == ["work", "gmail"]
    work, gmail = cfg.accounts
    assert (work.port, work.tls, work.folders, work.auth) == (993, "ssl", ("INBOX",), "password")
    assert work.password_command == "pass show mail/work" and work.keyring is None
    assert gmail.auth == "xoauth2" and gmail.token_command.startswith("oama")
    assert cfg.scan.senders == ("linkedin.com", "xing.com")
    assert (cfg.scan.max_size, cfg.scan.batch_size, cfg.scan.workers) == (2_000_000, 200, None)  # "auto"


def test_example_config_mentions_every_key():
    from screener.config import ACCOUNT_KEYS, SCAN_KEYS, TOP_KEYS

    text = (REPO / "screener" / "data" / "config.example.toml").read_text()
    for key in ACCOUNT_KEYS + SCAN_KEYS + TOP_KEYS:
        assert key in text, key


def test_missing_default_file_is_an_empty_config(tmp_home):
    cfg = load_config()
    assert cfg.accounts == [] and cfg.path is None


def test_missing_explicit_file_is_an_error(tmp_home, tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_precedence_flag_env_platform(tmp_home, tmp_path, monkeypatch):
    from screener import paths

    assert resolve_config_path(None) == (paths.config_path(), False)
    assert str(paths.config_path()).startswith(str(tmp_path))
    env_file = write(tmp_path, ACCOUNT)
    monkeypatch.setenv("SCREENER_CONFIG", str(env_file))
    assert load_config().accounts[0].name == "work"
    flag_file = tmp_path / "other.toml"
    flag_file.write_text("")
    assert load_config(flag_file).accounts == []
    monkeypatch.setenv("SCREENER_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config()  # an explicitly named file must exist


def test_defaults_and_paths(tmp_path):
    (tmp_path / "ca.pem").write_text("x")
    cfg = load_config(write(tmp_path, ACCOUNT + """
        tls = "starttls"
        ca_file = "ca.pem"
        folders = ["INBOX", "Social/LinkedIn"]
        timeout = 5
        [[accounts]]
        name = "local"
        host = "127.0.0.1"
        tls = "none"
        username = "me"
        keyring = true
        [[accounts]]
        name = "other"
        host = "::1"
        tls = "none"
        username = "me"
        keyring = { service = "imap", username = "me@x" }
    """.replace("\n        ", "\n")) )
    work, local, other = cfg.accounts
    assert (work.port, work.ca_file, work.timeout) == (143, tmp_path / "ca.pem", 5.0)
    assert work.folders == ("INBOX", "Social/LinkedIn")
    assert local.port == 143 and local.keyring == KeyringRef("screener", "local")
    assert other.keyring == KeyringRef("imap", "me@x")


def test_top_level_and_scan(tmp_path):
    cfg = load_config(write(tmp_path, """
        guide = "my-guide"
        db = "~/x.db"
        [scan]
        senders = ["invitations@linkedin.com"]
        max_size = 1000
        batch_size = 10
        workers = 0
    """))
    assert cfg.guide == tmp_path / "my-guide"
    assert cfg.db == Path("~/x.db").expanduser()
    assert cfg.scan.senders == ("invitations@linkedin.com",)
    assert (cfg.scan.max_size, cfg.scan.batch_size, cfg.scan.workers) == (1000, 10, 0)


# -- refusals -------------------------------------------------------------------------------------

def test_password_in_file_is_refused(tmp_path):
    err = error_of(tmp_path, ACCOUNT.replace('password_command = "pass show mail/work"', 'password = "hunter2"'))
    msg = str(err)
    assert err.line == 6 and ":6:" in msg
    for alt in ("password_command", "keyring", "password_env"):
        assert alt in msg
    assert "hunter2" not in msg


def test_unknown_key_names_line_and_suggestion(tmp_path):
    err = error_of(tmp_path, ACCOUNT + ACCOUNT.replace('"work"', '"two"') + "fodlers = ['INBOX']\n")
    assert err.line == 13
    assert "fodlers" in str(err) and "did you mean 'folders'" in str(err) and "'two'" in str(err)


def test_unknown_top_level_and_scan_keys(tmp_path):
    err = error_of(tmp_path, "gide = 'x'\n")
    assert err.line == 1 and "did you mean 'guide'" in str(err)
    err = error_of(tmp_path, "[scan]\nsenders = ['Bücher.de']\n")
    assert err.line == 2 and "plain ASCII" in str(err)
    err = error_of(tmp_path, "[scan]\nsenders = ['a']\nmax_sise = 3\n")
    assert err.line == 3 and "did you mean 'max_size'" in str(err)


@pytest.mark.parametrize("line, expect", [
    ('port = "993"', "port must be an integer"),
    ("port = 70000", "port must be between"),
    ('tls = "tls"', "tls must be one of"),
    ('tls = "sll"', "did you mean 'ssl'"),
    ('folders = "INBOX"', "folders must be a list"),
    ("folders = []", "non-empty list"),
    ('auth = "oauth"', "auth must be one of"),
    ("timeout = true", "timeout must be a number"),
    ("timeout = 0", "timeout must be between"),
    ('insecure_skip_verify = "yes"', "insecure_skip_verify must be true or false"),
    ('keyring = "yes"', "keyring must be true or a table"),
    ('password_env = "$PW"', "NAME of an environment variable"),
    ('ca_file = "missing.pem"', "does not exist"),
    ('name = "has space"', "name may use"),
])
def test_bad_values_name_the_line(tmp_path, line, expect):
    key = line.split(" ")[0]
    text = ACCOUNT
    if f"\n{key} =" in text:
        text = "\n".join(line if ln.startswith(f"{key} =") else ln for ln in text.splitlines())
    else:
        text += line + "\n"
    err = error_of(tmp_path, text)
    assert expect in str(err)
    lines = write(tmp_path, text).read_text().splitlines()
    assert err.line is not None and lines[err.line - 1].startswith(key)


def test_tls_none_only_to_loopback(tmp_path):
    err = error_of(tmp_path, ACCOUNT + 'tls = "none"\n')
    assert "loopback" in str(err) and err.line == 7
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        cfg = parse_config(ACCOUNT.replace("imap.example.org", host) + 'tls = "none"\n')
        assert cfg.accounts[0].tls == "none"


def test_secret_sources(tmp_path):
    err = error_of(tmp_path, ACCOUNT + 'password_env = "PW"\n')
    assert "only one password source" in str(err)
    err = error_of(tmp_path, ACCOUNT.replace('password_command = "pass show mail/work"', ""))
    assert "no password source" in str(err)
    err = error_of(tmp_path, ACCOUNT + 'auth = "xoauth2"\ntoken_command = "oama access x"\n')
    assert "password_command is not used with auth" in str(err) and err.line == 6
    err = error_of(tmp_path, ACCOUNT.replace('password_command = "pass show mail/work"', 'auth = "xoauth2"'))
    assert "needs token_command" in str(err)
    err = error_of(tmp_path, ACCOUNT + 'token_command = "x"\n')
    assert "only used with auth" in str(err)


def test_duplicate_account_names(tmp_path):
    err = error_of(tmp_path, ACCOUNT + ACCOUNT)
    assert "two accounts are named 'work'" in str(err) and err.line == 9


def test_invalid_toml_names_the_line(tmp_path):
    err = error_of(tmp_path, ACCOUNT + "timeout = = 3\n")
    assert "invalid TOML" in str(err) and err.line == 7


def test_account_lookup_suggests(tmp_path):
    cfg = load_config(write(tmp_path, ACCOUNT))
    assert cfg.account("work").host == "imap.example.org"
    with pytest.raises(ConfigError, match=r"'wrok' \(did you mean 'work'\?\) \(accounts: work\)"):
        cfg.account("wrok")


# -- secrets ----------------------------------------------------------------------------------------

def acct(**kw) -> Account:
    return Account(name="t", host="h", username="u", **kw)


def test_password_command_first_line():
    assert get_secret(acct(password_command="printf 's3cret\\nother\\n'")) == "s3cret"
    # the account is described to the command in the environment, never in argv
    assert get_secret(acct(password_command='echo "$SCREENER_ACCOUNT:$SCREENER_USERNAME"')) == "t:u"


def test_password_command_failure_hides_stdout():
    with pytest.raises(SecretError) as ei:
        get_secret(acct(password_command="echo topsecret; echo 'gpg: decryption failed' >&2; exit 2"))
    msg = str(ei.value)
    assert "exit status 2" in msg and "decryption failed" in msg and "topsecret" not in msg
    assert ei.value.__cause__ is None and ei.value.__context__ is None


def test_password_command_empty_and_timeout():
    with pytest.raises(SecretError, match="printed nothing"):
        get_secret(acct(password_command="true"))
    with pytest.raises(SecretError, match="did not finish within 0.3 s"):
        run_secret_command("sleep 5", acct(password_command="x"), timeout=0.3)


def test_password_env(monkeypatch):
    monkeypatch.setenv("SCREENER_T_PW", "fromenv")
    assert get_secret(acct(password_env="SCREENER_T_PW")) == "fromenv"
    monkeypatch.delenv("SCREENER_T_PW")
    with pytest.raises(SecretError, match="SCREENER_T_PW is not set.*cron"):
        get_secret(acct(password_env="SCREENER_T_PW"))


def test_token_command():
    assert get_secret(acct(auth="xoauth2", token_command="echo ya29.token")) == "ya29.token"



def _memory_backend():
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        values: dict = {}

        def get_password(self, service, username):
            return self.values.get((service, username))

        def set_password(self, service, username, password):
            self.values[(service, username)] = password

        def delete_password(self, service, username):
            self.values.pop((service, username), None)

    return Memory()


@pytest.fixture
def use_keyring():
    import keyring

    previous = keyring.get_keyring()

    def use(backend):
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def test_keyring_lookup_and_missing_entry(use_keyring):
    backend = use_keyring(_memory_backend())
    backend.set_password("screener", "t", "kr-secret")
    assert get_secret(acct(keyring=KeyringRef("screener", "t"))) == "kr-secret"
    with pytest.raises(SecretError, match="keyring set screener other"):
        get_secret(acct(keyring=KeyringRef("screener", "other")))


def test_keyring_without_backend_suggests_password_command(use_keyring):
    from keyring.backends import fail

    use_keyring(fail.Keyring())
    with pytest.raises(SecretError) as ei:
        get_secret(acct(keyring=KeyringRef("screener", "t")))
    msg = str(ei.value)
    assert "keyring is not usable" in msg and "cron" in msg and "password_command" in msg
