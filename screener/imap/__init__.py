"""IMAP connections for every part that talks to a server (the scan's source, the Drafts delivery, the
account check): connect, TLS, login, close, which errors mean "retry", and the only imapclient import."""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS

from screener.config import DEFAULT_SENDERS, Account
from screener.errors import ScreenerError
from screener.secrets import SecretError, get_secret

SecretProvider = Callable[[Account], str]

DEFAULT_BACKOFF: tuple[float, ...] = (1.0, 2.0, 4.0)

# Errors that mean "the connection is gone or stuck": reconnect and resume. ssl.SSLError
# and socket.timeout are OSErrors too; certificate problems are caught before, in _connect.
RETRYABLE = (imaplib.IMAP4.abort, OSError, EOFError)
# Any error imapclient raises for a command the server refused.
COMMAND_ERRORS = (IMAPClientError,)


class ImapError(ScreenerError):
    """A problem with one IMAP account that retrying will not fix (login, TLS, config)."""


def insecure_warning(account: Account) -> str:
    return (f"WARNING: account {account.name!r}: insecure_skip_verify = true - the server's certificate "
            f"is NOT checked; anyone on the network path can read your password and mail. "
            f"Use ca_file for a private CA instead.")


def make_ssl_context(account: Account) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if account.insecure_skip_verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    else:
        ctx.check_hostname = True
        ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def search_criteria(senders: Sequence[str], after_uid: int = 0) -> list[Any]:
    """`UID n:* OR FROM a OR FROM b FROM c` (prefix OR), evaluated by the server."""
    crit: list[Any] = []
    if after_uid > 0:
        crit += ["UID", f"{after_uid + 1}:*"]
    senders = list(senders)
    crit += ["OR"] * (len(senders) - 1)
    for s in senders:
        crit += ["FROM", s]
    return crit


def server_text(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text.strip() or type(exc).__name__


def connect(account: Account, secret_provider: SecretProvider = get_secret) -> IMAPClient:
    """Connect, secure and log in. Raises ImapError (do not retry) or a RETRYABLE error."""
    where = f"{account.host}:{account.port}"
    from screener.config import is_loopback

    if account.tls == "none" and not is_loopback(account.host):  # config refuses it too; never rely on one check
        raise ImapError(f"account {account.name!r}: refusing plain-text IMAP to {where} (only loopback may skip TLS)")
    ctx = make_ssl_context(account) if account.tls != "none" else None
    client: IMAPClient | None = None
    try:
        if account.tls == "ssl":
            client = IMAPClient(account.host, port=account.port, ssl=True, ssl_context=ctx, timeout=account.timeout)
        else:
            client = IMAPClient(account.host, port=account.port, ssl=False, timeout=account.timeout)
            if account.tls == "starttls":
                if b"STARTTLS" not in client.capabilities():
                    raise ImapError(f"account {account.name!r}: {where} does not offer STARTTLS; refusing to "
                                    f'log in without encryption (try tls = "ssl", usually port 993)')
                client.starttls(ctx)
    except ssl.SSLCertVerificationError as exc:
        close(client)
        hint = " (a private CA? set ca_file)" if "self-signed" in str(exc) or "issuer" in str(exc) else ""
        raise ImapError(f"account {account.name!r}: the TLS certificate of {where} is not valid for "
                        f"{account.host!r}: {exc.verify_message or exc.reason}{hint}") from None
    except ssl.SSLError as exc:
        close(client)
        hint = (' (is this a plain-text port? port 143 wants tls = "starttls", 993 wants tls = "ssl")'
                if "WRONG_VERSION" in str(exc) or "record layer" in str(exc) else "")
        raise ImapError(f"account {account.name!r}: TLS handshake with {where} failed: "
                        f"{exc.reason or exc}{hint}") from None
    except imaplib.IMAP4.error as exc:
        if isinstance(exc, imaplib.IMAP4.abort):
            close(client)
            raise
        close(client)
        raise ImapError(f"account {account.name!r}: {where}: {server_text(exc)}") from None
    except BaseException:
        close(client)
        raise

    client.normalise_times = False  # keep INTERNALDATE timezone-aware
    try:
        secret = secret_provider(account)
    except SecretError as exc:
        close(client)
        raise ImapError(str(exc)) from None
    try:
        if account.auth == "xoauth2":
            client.oauth2_login(account.username, secret)
        else:
            client.login(account.username, secret)
    except LoginError as exc:
        close(client)
        what = "token" if account.auth == "xoauth2" else "login"
        raise ImapError(f"account {account.name!r}: {where} refused the {what} for {account.username!r}: "
                        f"{server_text(exc)}") from None
    except imaplib.IMAP4.abort:
        close(client)
        raise
    except imaplib.IMAP4.error as exc:
        close(client)
        raise ImapError(f"account {account.name!r}: {where}: login failed: {server_text(exc)}") from None
    finally:
        del secret
    return client


def close(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return f"host not found ({exc.strerror})"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"connection dropped ({server_text(exc)})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return server_text(exc) if str(exc) else type(exc).__name__


def unreachable(exc: BaseException) -> bool:
    """Nothing listens there, or the host does not exist: retrying will not help (a drop or a timeout might)."""
    return isinstance(exc, (ConnectionRefusedError, socket.gaierror))


def unreachable_message(account: Account, exc: BaseException) -> str:
    hint = ""
    if isinstance(exc, ConnectionRefusedError):
        hint = (f' (is the port right? tls = "{account.tls}" usually means port '
                f'{ {"ssl": 993}.get(account.tls, 143)})')
    return f"account {account.name!r}: cannot connect to {account.host}:{account.port}: {describe(exc)}{hint}"


def test_account(
    account: Account,
    secret_provider: SecretProvider = get_secret,
    senders: Sequence[str] = DEFAULT_SENDERS,
) -> dict[str, Any]:
    """Connect, log in and look around (read-only): for `screener accounts test`.

    Returns {"account", "server", "tls", "capabilities", "all_folders",
    "folders": {name: {"messages", "candidates", "uidvalidity"} or {"error"}}}.
    Raises ImapError when connecting or logging in fails.
    """
    try:
        client = connect(account, secret_provider)
    except RETRYABLE as exc:
        raise ImapError(f"account {account.name!r}: cannot connect to {account.host}:{account.port}: "
                        f"{describe(exc)}") from None
    try:
        caps = sorted(c.decode("ascii", "replace") for c in client.capabilities())
        all_folders = [name for _flags, _sep, name in client.list_folders()]
        folders: dict[str, dict[str, Any]] = {}
        for folder in account.folders:
            try:
                resp = client.select_folder(folder, readonly=True)
                cands = client.search(search_criteria(senders))
                folders[folder] = {
                    "messages": int(resp.get(b"EXISTS", 0)),
                    "candidates": len(cands),
                    "uidvalidity": int(resp[b"UIDVALIDITY"]),
                }
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                folders[folder] = {"error": f"cannot open: {server_text(exc)}"}
        tls_info = None
        sock = client.socket()
        if isinstance(sock, ssl.SSLSocket):
            tls_info = sock.version()
        return {
            "account": account.name,
            "server": f"{account.host}:{account.port}",
            "tls": account.tls if tls_info is None else f"{account.tls} ({tls_info})",
            "capabilities": caps,
            "all_folders": all_folders,
            "folders": folders,
        }
    except RETRYABLE as exc:
        raise ImapError(f"account {account.name!r}: connection lost: {describe(exc)}") from None
    finally:
        close(client)


test_account.__test__ = False  # not a pytest test, despite the name


def find_drafts_folder(client) -> tuple[str, str]:
    """(folder, how): the mailbox with the \\Drafts special-use flag, else a commonly named one."""
    for flags, _delim, name in client.list_folders():
        if DRAFTS in flags:
            return name, "special-use"
    name = client.find_special_folder(DRAFTS)  # IMAPClient's fallback: "Drafts", "INBOX.Drafts", ...
    if name:
        return name, "name"
    raise ImapError(
        "no Drafts folder: no mailbox has the \\Drafts special-use flag and none is named Drafts "
        "(create one in your mail client)"
    )


def header_values(client, uids: list[int], names: Sequence[str]) -> dict[int, dict[str, str]]:
    """uid -> {lower-case field name: value} for the named header fields (fetched with BODY.PEEK)."""
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    if not uids:
        return {}
    item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(n.upper() for n in names)})]"
    out: dict[int, dict[str, str]] = {}
    for uid, data in client.fetch(uids, [item]).items():
        raw = next((v for k, v in data.items() if isinstance(k, bytes) and k.upper().startswith(b"BODY[HEADER.FIELDS")
                    and isinstance(v, bytes)), b"")
        msg = BytesHeaderParser(policy=compat32).parsebytes(raw)
        out[uid] = {k.lower(): str(v).strip() for k, v in msg.items()}
    return out


def find_by_header(client, name: str, value: str, also: Sequence[str] = ()) -> dict[int, dict[str, str]]:
    """The messages of the selected folder whose field `name` is exactly `value` (SEARCH HEADER matches
    substrings, so "12" would find "123" too): uid -> their `name` and `also` fields."""
    uids = client.search(["HEADER", name, value])
    fields = header_values(client, list(uids), [name, *also])
    return {uid: f for uid, f in fields.items() if f.get(name.lower()) == value}


def plain_tz(when: datetime) -> datetime:
    """imapclient's INTERNALDATE carries its own FixedOffset tzinfo, which cannot be pickled (a scan
    hands mails to worker processes): the same moment with a standard timezone."""
    offset = when.utcoffset()
    return when.replace(tzinfo=timezone(offset)) if offset is not None else when
