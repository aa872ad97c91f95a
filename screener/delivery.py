"""Getting a draft to the platform without sending anything: IMAP Drafts, clipboard, browser.

Nothing here sends mail. The IMAP path only APPENDs the user's own copy of a reply to the
Drafts folder (flag \\Draft, no recipient) so it can be copied from any mail client into
the platform's message box. The browser path opens the sender's normalised profile or the
platform's request page, never a link taken from the mail (those carry accept tokens).
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP  # CRLF line ends, as IMAP wants them
from email.utils import format_datetime, make_msgid

from screener.errors import ScreenerError
from screener.parse.urls import profile_url
from screener.platforms import DISPLAY_NAMES, REQUEST_PAGES
from screener.sanitize import clean, one_line
from screener.store.store import StoredRequest

NO_CLIPBOARD = (
    "no clipboard available: install wl-clipboard (Wayland) or xclip/xsel (X11), "
    "or copy the draft from the screen (or save it to your Drafts folder)"
)


class DeliveryError(ScreenerError):
    """A draft could not be handed over (no clipboard, no Drafts folder, IMAP trouble). For the user."""


# -- browser ---------------------------------------------------------------------------------


def browser_url(r: StoredRequest) -> str:
    """The sender's canonical profile URL, else the platform's request page, else ""."""
    return profile_url(r.profile_url or "") or REQUEST_PAGES.get(r.platform, "")


def open_in_browser(url: str, opener: Callable[[str], bool] | None = None) -> bool:
    """Open `url` (one of browser_url's) in the user's browser ($BROWSER is honoured)."""
    if not url:
        raise DeliveryError("no profile or request page known for this request")
    opener = opener or webbrowser.open
    try:
        return bool(opener(url))
    except webbrowser.Error as exc:
        raise DeliveryError(f"cannot start a browser: {exc}") from exc


# -- clipboard ---------------------------------------------------------------------------------


def copy_to_clipboard(text: str) -> None:
    """Put `text` on the system clipboard (pyperclip). DeliveryError with a hint when there is none."""
    import pyperclip

    # determined on every call: the environment ($WAYLAND_DISPLAY, $DISPLAY) may differ per call
    copy, _paste = pyperclip.determine_clipboard()
    try:
        copy(text)
    except pyperclip.PyperclipException as exc:
        raise DeliveryError(NO_CLIPBOARD) from exc


OSC52_LIMIT = 100_000  # bytes of base64 most terminals accept in one OSC 52


def osc52(text: str) -> str:
    """The terminal's own clipboard write (OSC 52) for `text`, our draft: only base64 goes between
    the escape and the BEL, so nothing of the text can act on the terminal (a mail's raw text never
    gets here: the draft went through sanitize.clean)."""
    import base64

    data = base64.b64encode(clean(text, keep_newlines=True).encode("utf-8")).decode("ascii")
    if len(data) > OSC52_LIMIT:
        raise DeliveryError("the draft is too long for the terminal's clipboard; save it to Drafts (i)")
    return f"\x1b]52;c;{data}\x07"


def copy_via_tmux(text: str) -> bool:
    """Inside tmux: put `text` in a tmux buffer and, with -w, the outer terminal's clipboard (tmux 3.2+)."""
    import os
    import shutil
    import subprocess

    if not os.environ.get("TMUX") or not shutil.which("tmux"):
        return False
    data = clean(text, keep_newlines=True).encode("utf-8")
    for args in (["tmux", "load-buffer", "-w", "-"], ["tmux", "load-buffer", "-"]):  # -w: tmux 3.2+
        try:
            done = subprocess.run(args, input=data, capture_output=True, timeout=5)
        except (OSError, subprocess.SubprocessError):
            return False
        if done.returncode == 0:
            return True
    return False


# -- IMAP Drafts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    request_id: int
    account: str
    folder: str
    found_by: str  # "special-use" | "name"
    older: int = 0  # earlier copies of this request's draft with another text, left where they are
    unchanged: bool = False  # the same draft was there already: nothing was appended


def draft_digest(text: str) -> str:
    """Tells two saved drafts apart (the X-Screener-Draft field): the same text, the same digest."""
    import hashlib

    return hashlib.sha256(clean(text, keep_newlines=True).rstrip().encode("utf-8")).hexdigest()[:24]


def draft_message(r: StoredRequest, from_addr: str = "", now: datetime | None = None) -> EmailMessage:
    """The user's own copy of a reply: no To/Cc/Bcc, the draft as text/plain, who it is for in the subject."""
    now = now or datetime.now(timezone.utc)
    platform = DISPLAY_NAMES.get(r.platform) or one_line(r.platform, 20) or "platform"
    name = one_line(r.sender_name, 80) or "(no name)"
    msg = EmailMessage()
    if from_addr and "@" in from_addr:
        msg["From"] = from_addr
    msg["Subject"] = f"{platform} reply to {name} (screener #{r.id})"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring=f"screener-{r.id}", domain="screener.invalid")
    msg["X-Screener-Request"] = str(r.id)
    msg["X-Screener-Draft"] = draft_digest(r.draft)
    url = browser_url(r)
    if url:
        msg["X-Screener-Open"] = url
    msg.set_content(clean(r.draft, keep_newlines=True).rstrip() + "\n", charset="utf-8")
    return msg


def account_for(config, r: StoredRequest | None, name: str | None = None):
    """--account NAME, else the account the request was scanned from, else the only account."""
    from screener.config import ConfigError

    if not config.accounts:
        raise DeliveryError("no IMAP account configured (add [[accounts]] to the config file)")
    try:
        if name:
            return config.account(name)
        if r is not None and r.source.startswith("imap:"):
            scanned_from = r.source[5:].split("/", 1)[0]
            for acc in config.accounts:
                if acc.name == scanned_from:
                    return acc
        if len(config.accounts) == 1:
            return config.accounts[0]
    except ConfigError as exc:
        raise DeliveryError(str(exc)) from exc
    names = ", ".join(a.name for a in config.accounts)
    raise DeliveryError(f"several IMAP accounts configured ({names}); choose one with --account")


def save_to_drafts(account, requests: Iterable[StoredRequest], secret_provider=None) -> list[Saved]:
    """APPEND each request's draft to the account's Drafts folder with \\Draft. Sends nothing.

    Saving the same draft again appends nothing: the copy saved before is found by its
    X-Screener-Request and X-Screener-Draft fields. A changed draft is appended next to the older
    copy, which stays (screener never deletes mail); `older` says how many there are."""
    from screener import imap

    requests = list(requests)
    for r in requests:
        if not r.draft.strip():
            raise DeliveryError(f"request #{r.id} has no draft")
    try:
        client = imap.connect(account, secret_provider) if secret_provider else imap.connect(account)
    except imap.ImapError as exc:
        raise DeliveryError(str(exc)) from exc
    except imap.RETRYABLE as exc:
        raise DeliveryError(f"account {account.name!r}: cannot reach {account.host}:{account.port}: "
                            f"{getattr(exc, 'strerror', None) or exc}") from exc
    saved: list[Saved] = []
    try:
        folder, how = imap.find_drafts_folder(client)
        client.select_folder(folder, readonly=True)  # to look for what was saved before; APPEND needs no selection
        for r in requests:
            earlier = imap.find_by_header(client, "X-Screener-Request", str(r.id), also=["X-Screener-Draft"])
            digest = draft_digest(r.draft)
            older = sum(f.get("x-screener-draft") != digest for f in earlier.values())
            if len(earlier) > older:  # this very draft is there already
                saved.append(Saved(r.id, account.name, folder, how, older, unchanged=True))
                continue
            msg = draft_message(r, account.username)
            client.append(folder, msg.as_bytes(policy=SMTP), flags=(b"\\Draft",), msg_time=datetime.now(timezone.utc))
            saved.append(Saved(r.id, account.name, folder, how, older))
    except imap.ImapError as exc:
        raise DeliveryError(str(exc)) from exc
    except (*imap.COMMAND_ERRORS, *imap.RETRYABLE) as exc:
        done = f" (saved before the error: {', '.join('#' + str(s.request_id) for s in saved)})" if saved else ""
        raise DeliveryError(f"account {account.name!r}: saving to Drafts failed: {exc}{done}") from exc
    finally:
        imap.close(client)
    return saved

