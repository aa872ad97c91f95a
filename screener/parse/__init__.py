"""Parse notification mails into ParsedMail: classify LinkedIn/XING mails and read out requests and messages.

`parse_mail` never fetches anything and never raises anything but ParseError (or its subclass
Incomplete: a partially fetched mail needs its whole text).
"""

from __future__ import annotations

from screener.errors import ScreenerError
from screener.models import MailKind, ParsedMail, Platform, RawMail
from screener.parse import linkedin, mime, xing
from screener.parse.common import Extract, display_name
from screener.platforms import is_default_note
from screener.sanitize import HEADLINE_MAX, NAME_MAX, NOTE_MAX, clean_line, clean_note

__all__ = ["Incomplete", "ParseError", "parse_mail", "is_default_note"]


class ParseError(ScreenerError):
    """A mail could not be read at all; the message is a short reason for the user."""


class Incomplete(ParseError):
    """A partially fetched mail (RawMail.partial) needs its whole text: fetch it all and parse again."""


def platform_of(domain: str) -> Platform | None:
    """The platform behind a From domain; lookalikes such as linkedin.com.evil.example do not count."""
    domain = domain.lower().rstrip(".")
    for platform, base in ((Platform.LINKEDIN, "linkedin.com"), (Platform.XING, "xing.com")):
        if domain == base or domain.endswith("." + base):
            return platform
    return None


def parse_mail(raw: RawMail) -> ParsedMail:
    """Read one mail. Raises ParseError (only) when the bytes are not a readable mail."""
    try:
        return _parse(raw)
    except ParseError:
        raise
    except mime.Incomplete as exc:
        raise Incomplete(str(exc)) from None
    except mime.MimeError as exc:
        raise ParseError(str(exc)) from None
    except RecursionError:
        raise ParseError("mail nested too deeply") from None
    except MemoryError:
        raise ParseError("mail too large to parse") from None
    except Exception as exc:  # hostile input must not crash a scan; the pipeline reports and skips the mail
        raise ParseError(f"unreadable mail ({type(exc).__name__})") from exc


def _parse(raw: RawMail) -> ParsedMail:
    if getattr(raw, "error", ""):
        raise ParseError(raw.error)
    data = raw.data if isinstance(raw.data, (bytes, bytearray)) else b""
    partial = bool(getattr(raw, "partial", False))
    mail = mime.read(bytes(data), partial)
    notes = mail.notes()
    platform = platform_of(mail.from_domain)
    if platform is Platform.LINKEDIN:
        found = linkedin.parse(mail)
    elif platform is Platform.XING:
        found = xing.parse(mail)
    else:
        found = Extract(kind=MailKind.OTHER, layout="other")
    common = dict(
        platform=platform,
        message_id=mime.message_id(mail.msg, bytes(data), partial),
        subject=mail.subject,
        received=mime.received(mail.msg, raw.internaldate, notes),
        source=raw.source,
        source_key=raw.key,
        layout=clean_line(found.layout, 100),  # may quote a header (X-LinkedIn-Class)
    )
    common["notes"] = tuple(notes)
    if found.kind is MailKind.OTHER:
        return ParsedMail(kind=MailKind.OTHER, **common)
    note = clean_note(found.note, NOTE_MAX)
    return ParsedMail(
        kind=found.kind,
        sender_name=clean_line(display_name(found.sender_name), NAME_MAX),
        sender_headline=clean_line(found.sender_headline, HEADLINE_MAX),
        profile_url=clean_line(found.profile_url, 2000),
        note=note,
        default_note=is_default_note(note),
        recipient_name=clean_line(found.recipient_name, NAME_MAX),
        **common,
    )
