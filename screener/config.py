"""The TOML configuration: IMAP accounts, guide/db paths and scan settings, validated strictly."""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener import paths
from screener.errors import ScreenerError
from screener.suggest import did_you_mean as _suggest
from screener.tomllines import TomlLines

DEFAULT_SENDERS: tuple[str, ...] = ("linkedin.com", "xing.com")
DEFAULT_MAX_SIZE = 2_000_000
DEFAULT_BATCH_SIZE = 200
DEFAULT_TIMEOUT = 60.0
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
KEYRING_SERVICE = "screener"

TLS_MODES = ("ssl", "starttls", "none")
AUTH_MODES = ("password", "xoauth2")
SECRET_KEYS = ("password_command", "keyring", "password_env")

TOP_KEYS = ("accounts", "guide", "db", "scan")
SCAN_KEYS = ("senders", "max_size", "batch_size", "workers")
ACCOUNT_KEYS = (
    "name", "host", "port", "tls", "username", "folders", "auth",
    "password_command", "keyring", "password_env", "token_command",
    "ca_file", "timeout", "insecure_skip_verify",
)
KEYRING_KEYS = ("service", "username")

PASSWORD_REFUSED = (
    "a password written in the config file is refused (anyone who can read the file, "
    "a backup or a dotfiles repository would see it). Use one of: "
    'password_command = "pass show mail/work" (first line of its output is used; works under cron), '
    "keyring = true (the system keyring; store it with `keyring set screener ACCOUNT`), "
    'or password_env = "VARIABLE_NAME"'
)


class ConfigError(ScreenerError):
    """The configuration cannot be used. The message names the file and, when known, the line."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.detail = message
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(where + message)


@dataclass(frozen=True)
class KeyringRef:
    """Where the password sits in the system keyring."""

    service: str
    username: str


@dataclass(frozen=True)
class Account:
    """One IMAP account. Holds where the secret comes from, never the secret itself."""

    name: str
    host: str
    username: str
    port: int = 993
    tls: str = "ssl"
    folders: tuple[str, ...] = ("INBOX",)
    auth: str = "password"
    password_command: str | None = None
    keyring: KeyringRef | None = None
    password_env: str | None = None
    token_command: str | None = None
    ca_file: Path | None = None
    timeout: float = DEFAULT_TIMEOUT
    insecure_skip_verify: bool = False

    @property
    def secret_source(self) -> str:
        """A human description of where the secret comes from (never the secret)."""
        if self.auth == "xoauth2":
            return "token_command"
        if self.password_command:
            return "password_command"
        if self.keyring:
            return f"keyring ({self.keyring.service}/{self.keyring.username})"
        if self.password_env:
            return f"environment variable {self.password_env}"
        return "none"


@dataclass(frozen=True)
class ScanSettings:
    senders: tuple[str, ...] = DEFAULT_SENDERS
    max_size: int = DEFAULT_MAX_SIZE
    batch_size: int = DEFAULT_BATCH_SIZE
    workers: int | None = None  # None: one per extra core (screener.workers.default_workers)


@dataclass
class Config:
    accounts: list[Account] = field(default_factory=list)
    guide: Path | None = None
    db: Path | None = None
    scan: ScanSettings = field(default_factory=ScanSettings)
    path: Path | None = None  # the file it came from, None for the built-in defaults

    def account(self, name: str) -> Account:
        for acc in self.accounts:
            if acc.name == name:
                return acc
        names = [a.name for a in self.accounts]
        hint = _suggest(name, names)
        listing = ", ".join(names) if names else "none configured"
        raise ConfigError(f"no account named {name!r}{hint} (accounts: {listing})", self.path)


def resolve_config_path(path: str | Path | None = None) -> tuple[Path, bool]:
    """(path, explicit): --config beats $SCREENER_CONFIG beats the platform default."""
    if path is not None:
        return Path(path).expanduser(), True
    env = os.environ.get("SCREENER_CONFIG")
    if env:
        return Path(env).expanduser(), True
    return paths.config_path(), False


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate the configuration. A missing default file is an empty Config."""
    cfg_path, explicit = resolve_config_path(path)
    try:
        text = cfg_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            raise ConfigError("no such configuration file", cfg_path) from None
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {getattr(exc, 'strerror', None) or exc}", cfg_path) from exc
    return parse_config(text, cfg_path)


def parse_config(text: str, path: Path | None = None) -> Config:
    """Validate TOML text into a Config. Relative paths are relative to the file's folder."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", path, int(m.group(1)) if m else None) from exc
    return _Validator(text, path).config(data)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Validator:
    def __init__(self, text: str, path: Path | None):
        self.text = text
        self.where = TomlLines(text)
        self.path = path
        self.base = path.parent if path is not None else Path.cwd()

    def line_of(self, key: str | None, table: str | None = None, index: int = 0) -> int | None:
        return self.where.line_of(key, table, index)

    def fail(self, msg: str, key: str | None = None, table: str | None = None, index: int = 0) -> ConfigError:
        return ConfigError(msg, self.path, self.line_of(key, table, index))

    def unknown(self, data: dict, allowed: tuple[str, ...], what: str, table: str | None, index: int = 0) -> None:
        for key in data:
            if key not in allowed:
                if table == "accounts" and key == "password":
                    raise self.fail(PASSWORD_REFUSED, key, table, index)
                raise self.fail(
                    f"unknown key {key!r} in {what}{_suggest(key, allowed)}; allowed: {', '.join(allowed)}",
                    key, table, index,
                )

    # -- typed getters ------------------------------------------------------------

    def _get(self, data, key, types, tname, where, table, index, default=None):
        if key not in data:
            return default
        val = data[key]
        if isinstance(val, bool) and bool not in types:
            ok = False
        else:
            ok = isinstance(val, types)
        if not ok:
            raise self.fail(f"{where}{key} must be {tname}, not {type(val).__name__} ({val!r})", key, table, index)
        return val

    def _path(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base / p

    # -- sections -------------------------------------------------------------------

    def config(self, data: dict[str, Any]) -> Config:
        self.unknown(data, TOP_KEYS, "the top level", None)
        guide = self._get(data, "guide", (str,), "a path (string)", "", None, 0)
        db = self._get(data, "db", (str,), "a path (string)", "", None, 0)
        scan = self.scan(data.get("scan", {}))
        raw_accounts = data.get("accounts", [])
        if not isinstance(raw_accounts, list) or not all(isinstance(a, dict) for a in raw_accounts):
            raise self.fail("accounts must be a list of [[accounts]] tables", "accounts")
        accounts = [self.account(a, i) for i, a in enumerate(raw_accounts)]
        seen: set[str] = set()
        for i, acc in enumerate(accounts):
            if acc.name in seen:
                raise self.fail(f"two accounts are named {acc.name!r}; names must be unique", "name", "accounts", i)
            seen.add(acc.name)
        return Config(
            accounts=accounts,
            guide=self._path(guide) if guide else None,
            db=self._path(db) if db else None,
            scan=scan,
            path=self.path,
        )

    def scan(self, data: Any) -> ScanSettings:
        if not isinstance(data, dict):
            raise self.fail("scan must be a table ([scan])", "scan")
        self.unknown(data, SCAN_KEYS, "[scan]", "scan")
        w = "[scan] "
        senders = self._get(data, "senders", (list,), "a list of strings", w, "scan", 0, list(DEFAULT_SENDERS))
        if not senders or not all(isinstance(s, str) and s.strip() for s in senders):
            raise self.fail("[scan] senders must be a non-empty list of non-empty strings", "senders", "scan")
        for s in senders:
            if not s.isascii() or any(c in s for c in '"\\\r\n'):
                raise self.fail(f"[scan] senders: {s!r} must be plain ASCII without quotes, backslashes or line breaks", "senders", "scan")
        max_size = self._get(data, "max_size", (int,), "an integer (bytes)", w, "scan", 0, DEFAULT_MAX_SIZE)
        if max_size <= 0:
            raise self.fail("[scan] max_size must be a positive number of bytes", "max_size", "scan")
        batch = self._get(data, "batch_size", (int,), "an integer", w, "scan", 0, DEFAULT_BATCH_SIZE)
        if not 1 <= batch <= 5000:
            raise self.fail("[scan] batch_size must be between 1 and 5000", "batch_size", "scan")
        workers = self._get(data, "workers", (int, str), '"auto" or a number of processes', w, "scan", 0, "auto")
        if workers == "auto":
            workers = None
        elif isinstance(workers, str) or not 0 <= workers <= 64:
            raise self.fail('[scan] workers must be "auto" or a number of processes from 0 (none) to 64',
                            "workers", "scan")
        return ScanSettings(senders=tuple(s.strip() for s in senders), max_size=max_size, batch_size=batch,
                            workers=workers)

    def account(self, data: dict[str, Any], i: int) -> Account:
        T = "accounts"
        name = data.get("name")
        label = f"[[accounts]] #{i + 1}" if not isinstance(name, str) else f"account {name!r}"
        self.unknown(data, ACCOUNT_KEYS, label, T, i)
        w = f"{label}: "

        def get(key, types, tname, default=None):
            return self._get(data, key, types, tname, w, T, i, default)

        def need(key):
            val = get(key, (str,), "a string")
            if val is None or not val.strip():
                raise self.fail(f"{w}{key} is required", key if key in data else None, T, i)
            return val.strip()

        name = need("name")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@+-]*", name):
            raise self.fail(f"{w}name may use letters, digits and . _ @ + - only", "name", T, i)
        host = need("host")
        username = need("username")

        tls = get("tls", (str,), "a string", "ssl")
        if tls not in TLS_MODES:
            raise self.fail(f"{w}tls must be one of {', '.join(TLS_MODES)}, not {tls!r}{_suggest(tls, TLS_MODES)}",
                            "tls", T, i)
        if tls == "none" and not is_loopback(host):
            raise self.fail(
                f'{w}tls = "none" is only allowed to a loopback address (127.0.0.1, ::1, localhost), '
                f'not {host!r}: the password would cross the network in clear text. '
                f'Use tls = "ssl" (port 993) or "starttls" (port 143)',
                "tls", T, i)
        port = get("port", (int,), "an integer", DEFAULT_PORTS[tls])
        if not 1 <= port <= 65535:
            raise self.fail(f"{w}port must be between 1 and 65535", "port", T, i)

        folders = get("folders", (list,), "a list of strings", ["INBOX"])
        if not folders or not all(isinstance(f, str) and f for f in folders):
            raise self.fail(f"{w}folders must be a non-empty list of folder names", "folders", T, i)

        auth = get("auth", (str,), "a string", "password")
        if auth not in AUTH_MODES:
            raise self.fail(f"{w}auth must be one of {', '.join(AUTH_MODES)}, not {auth!r}{_suggest(auth, AUTH_MODES)}",
                            "auth", T, i)

        password_command = get("password_command", (str,), "a string (a shell command line)")
        password_env = get("password_env", (str,), "a string (an environment variable name)")
        token_command = get("token_command", (str,), "a string (a shell command line)")
        kr = data.get("keyring")
        keyring_ref: KeyringRef | None = None
        if kr is not None:
            if kr is True:
                keyring_ref = KeyringRef(KEYRING_SERVICE, name)
            elif kr is False:
                keyring_ref = None
            elif isinstance(kr, dict):
                for key in kr:
                    if key not in KEYRING_KEYS:
                        raise self.fail(f"{w}unknown key {key!r} in keyring{_suggest(key, KEYRING_KEYS)}; "
                                        f"allowed: {', '.join(KEYRING_KEYS)}", "keyring", T, i)
                svc, usr = kr.get("service", KEYRING_SERVICE), kr.get("username", name)
                if not (isinstance(svc, str) and svc and isinstance(usr, str) and usr):
                    raise self.fail(f"{w}keyring service and username must be non-empty strings", "keyring", T, i)
                keyring_ref = KeyringRef(svc, usr)
            else:
                raise self.fail(f"{w}keyring must be true or a table {{ service = \"…\", username = \"…\" }}, "
                                f"not {kr!r}", "keyring", T, i)
        if password_env is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", password_env):
            raise self.fail(f"{w}password_env must be the NAME of an environment variable, e.g. \"SCREENER_PW\"",
                            "password_env", T, i)
        for key, val in (("password_command", password_command), ("token_command", token_command)):
            if val is not None and not val.strip():
                raise self.fail(f"{w}{key} is empty", key, T, i)

        given = [k for k, v in (("password_command", password_command), ("keyring", keyring_ref),
                                ("password_env", password_env)) if v]
        if auth == "password":
            if token_command is not None:
                raise self.fail(f'{w}token_command is only used with auth = "xoauth2"', "token_command", T, i)
            if not given:
                raise self.fail(f"{w}no password source: set one of password_command, keyring or password_env",
                                "name", T, i)
            if len(given) > 1:
                raise self.fail(f"{w}set only one password source, not {' and '.join(given)}", given[1], T, i)
        else:
            if not token_command:
                raise self.fail(f'{w}auth = "xoauth2" needs token_command (a command that prints a fresh '
                                f"access token, e.g. \"oama access {username}\")", "auth", T, i)
            if given:
                raise self.fail(f'{w}{given[0]} is not used with auth = "xoauth2" (the token comes from '
                                f"token_command)", given[0], T, i)

        ca = get("ca_file", (str,), "a path (string)")
        ca_file = self._path(ca) if ca else None
        if ca_file is not None and not ca_file.is_file():
            raise self.fail(f"{w}ca_file {str(ca_file)!r} does not exist", "ca_file", T, i)
        timeout = get("timeout", (int, float), "a number of seconds", DEFAULT_TIMEOUT)
        if not 0 < timeout <= 3600:
            raise self.fail(f"{w}timeout must be between 0 and 3600 seconds", "timeout", T, i)
        insecure = get("insecure_skip_verify", (bool,), "true or false", False)
        if tls == "none" and ca_file is not None:
            raise self.fail(f'{w}ca_file is only used with tls = "ssl" or "starttls"', "ca_file", T, i)

        return Account(
            name=name, host=host, username=username, port=port, tls=tls, folders=tuple(folders),
            auth=auth, password_command=password_command, keyring=keyring_ref, password_env=password_env,
            token_command=token_command, ca_file=ca_file, timeout=float(timeout), insecure_skip_verify=insecure,
        )
