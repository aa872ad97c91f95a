"""Fetching an account's password or OAuth2 token: a command, the system keyring or an env var.

Secrets are returned to the caller and nowhere else: they never go into argv, a log line,
an exception message or the database.
"""

from __future__ import annotations

import os
import subprocess

from screener.config import Account
from screener.errors import ScreenerError

COMMAND_TIMEOUT = 120.0  # long enough to type a GPG passphrase into pinentry


class SecretError(ScreenerError):
    """The secret could not be obtained. The message is for the user and never holds the secret."""


def get_secret(account: Account) -> str:
    """The password (auth = "password") or access token (auth = "xoauth2") for this account."""
    if account.auth == "xoauth2":
        if not account.token_command:
            raise SecretError(f"account {account.name!r}: auth = \"xoauth2\" needs token_command")
        return run_secret_command(account.token_command, account, what="token_command")
    if account.password_command:
        return run_secret_command(account.password_command, account, what="password_command")
    if account.keyring:
        return from_keyring(account)
    if account.password_env:
        return from_env(account)
    raise SecretError(f"account {account.name!r}: no password source (password_command, keyring or password_env)")


def run_secret_command(command: str, account: Account, *, what: str = "password_command",
                       timeout: float | None = None) -> str:
    """Run the user's own command line (from their config) and return the first line of its output."""
    env = dict(os.environ, SCREENER_ACCOUNT=account.name, SCREENER_USERNAME=account.username,
               SCREENER_HOST=account.host)
    timeout = timeout if timeout is not None else COMMAND_TIMEOUT
    try:
        proc = subprocess.run(
            command, shell=True, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise SecretError(f"account {account.name!r}: {what} did not finish within {timeout:g} s") from None
    except OSError as exc:
        raise SecretError(f"account {account.name!r}: cannot run {what}: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        # stdout may hold (part of) the secret: never show it. stderr is the command's own complaint.
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        hint = f": {err[-1][:200]}" if err else ""
        raise SecretError(f"account {account.name!r}: {what} failed with exit status {proc.returncode}{hint}")
    out = proc.stdout.decode("utf-8", "replace").splitlines()
    first = out[0].strip("\r") if out else ""
    if not first.strip():
        raise SecretError(f"account {account.name!r}: {what} printed nothing on its first line")
    return first


def from_keyring(account: Account) -> str:
    ref = account.keyring
    assert ref is not None
    advice = (f"a keyring usually needs a desktop session (D-Bus), which cron and ssh logins lack; "
              f'use password_command (e.g. "pass show mail/{account.name}") or password_env instead')
    try:
        import keyring
        import keyring.errors
    except ImportError:
        raise SecretError(f"account {account.name!r}: the keyring package is not installed; {advice}") from None
    try:
        value = keyring.get_password(ref.service, ref.username)
    except keyring.errors.KeyringError as exc:
        raise SecretError(f"account {account.name!r}: the system keyring is not usable "
                          f"({type(exc).__name__}: {_first_line(exc)}); {advice}") from None
    except Exception as exc:  # backends raise D-Bus / OS errors of their own types
        raise SecretError(f"account {account.name!r}: the system keyring failed "
                          f"({type(exc).__name__}: {_first_line(exc)}); {advice}") from None
    if not value:
        raise SecretError(
            f"account {account.name!r}: no password in the keyring for service {ref.service!r}, "
            f"user {ref.username!r}; store it with: keyring set {ref.service} {ref.username}"
        )
    return value


def from_env(account: Account) -> str:
    name = account.password_env
    assert name is not None
    value = os.environ.get(name)
    if not value:
        raise SecretError(f"account {account.name!r}: environment variable {name} is not set or empty "
                          f"(note: cron starts jobs with an almost empty environment)")
    return value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no details"
