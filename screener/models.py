"""The data types handed from stage to stage: RawMail -> ParsedMail -> Verdict -> Draft.

No I/O here. Every type is a frozen dataclass so a stage cannot change what an
earlier stage produced.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Platform(str, enum.Enum):
    LINKEDIN = "linkedin"
    XING = "xing"


class MailKind(str, enum.Enum):
    """What a notification mail is about. Only *_INVITATION / XING_REQUEST are requests."""

    LINKEDIN_INVITATION = "linkedin_invitation"
    LINKEDIN_REMINDER = "linkedin_reminder"
    LINKEDIN_ACCEPTANCE = "linkedin_acceptance"
    LINKEDIN_MESSAGE = "linkedin_message"
    XING_REQUEST = "xing_request"
    XING_MESSAGE = "xing_message"
    OTHER = "other"

    @property
    def is_request(self) -> bool:
        return self in (MailKind.LINKEDIN_INVITATION, MailKind.LINKEDIN_REMINDER, MailKind.XING_REQUEST)

    @property
    def is_message(self) -> bool:
        return self in (MailKind.LINKEDIN_MESSAGE, MailKind.XING_MESSAGE)


class Verdict(str, enum.Enum):
    EMPTY = "empty"
    BOILERPLATE = "boilerplate"
    PERSONAL = "personal"


class Action(str, enum.Enum):
    ACCEPT = "accept"
    ASK = "ask"
    FOLLOW = "follow"


class Status(str, enum.Enum):
    NEW = "new"
    DRAFTED = "drafted"
    APPROVED = "approved"
    SENT = "sent"
    DISMISSED = "dismissed"
    ANSWERED = "answered"


@dataclass(frozen=True)
class RawMail:
    """One mail as a source hands it over: bytes plus where it came from.

    `source` names the mailbox ("maildir:/path", "imap:work/INBOX"); `key` is stable
    within that source (Maildir key, mbox index, IMAP UID) and is used for error
    reports, never as identity (identity is the Message-ID or a content hash).
    """

    source: str
    key: str
    data: bytes
    size: int | None = None
    internaldate: datetime | None = None
    error: str = ""  # the source could not read this mail (e.g. a vanished file): why; data is then b""
    partial: bool = False  # data is the header and the plain-text part only (sources/partial.py)


@dataclass(frozen=True)
class ParsedMail:
    """What the parser read out of one mail.

    For requests (kind.is_request) the sender fields and the note are filled; for
    platform messages (kind.is_message) `note` holds the message text, used to link
    answers to earlier requests. For OTHER only `kind`, `subject` and `message_id`.
    `note` is "" when the request carries no personal text (or only a platform
    default sentence is present: then `default_note` is True and `note` keeps it).
    """

    kind: MailKind
    platform: Platform | None
    message_id: str
    subject: str = ""
    sender_name: str = ""
    sender_headline: str = ""
    profile_url: str = ""
    note: str = ""
    default_note: bool = False
    received: datetime | None = None
    recipient_name: str = ""
    source: str = ""
    source_key: str = ""
    layout: str = ""  # which parser rule matched, e.g. "linkedin-text-2020", "xing-generic"


@dataclass(frozen=True)
class Evidence:
    """One readable reason behind a verdict: what matched, and how much it moved the score."""

    signal: str  # short machine name: "empty", "default-note", "library", "repeat", "personal-ref", ...
    text: str  # the sentence a person reads
    delta: float = 0.0  # how much this moved the score (+ towards template, - towards personal)
    span: str = ""  # the matched piece of the note, if any
    weight: float = 0.0  # the signal's push in the model's own (logit) scale; it does not saturate

    def __str__(self) -> str:
        # the score change reads best; once the score is saturated it is ~0, so show the push instead
        if round(self.delta, 2):
            sign = f" ({self.delta:+.2f})"
        elif self.weight:
            sign = f" (weight {self.weight:+.1f})"
        else:
            sign = ""
        span = " ".join(self.span.split())
        if span and self.signal not in ("repeat", "empty", "specific-words"):
            span = span if len(span) <= 60 else span[:59] + "…"
            return f'{self.text}: "{span}"{sign}'
        return f"{self.text}{sign}"


@dataclass(frozen=True)
class Screening:
    """The judgement of one request."""

    verdict: Verdict
    score: float  # 0..1, 1 = surely a template
    guide_point: int  # 1 | 2 | 3
    action: Action
    language: str  # "de" | "en"
    register: str | None  # "sie" | "du" | None (English)
    evidence: tuple[Evidence, ...] = ()
    family: str | None = None  # id of the template family, when repetition was found
    repeats: object | None = None  # id of the earlier request whose note this one repeats


@dataclass(frozen=True)
class Draft:
    """A reply ready for review: the text and what it was made from."""

    text: str
    action: Action
    language: str
    register: str | None
    template: str  # name of the template file used


@dataclass(frozen=True)
class Request:
    """A contact request as the detector sees it: platform-neutral, no mail details."""

    id: str
    platform: str
    sender_name: str
    sender_headline: str
    message: str
    date: datetime | None = None
    recipient_name: str = ""


@dataclass
class ScanReport:
    """What a scan did, for the summary line and the exit code."""

    seen: int = 0
    requests_new: int = 0
    requests_known: int = 0
    messages: int = 0
    answered: int = 0
    reflagged: int = 0
    ignored: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    def bump(self, source: str, what: str, n: int = 1) -> None:
        counts = self.per_source.setdefault(source, {})
        counts[what] = counts.get(what, 0) + n
