"""The data types handed from stage to stage: RawMail -> ParsedMail -> Request -> Screening -> Draft,
and the StoredRequest a stored row becomes (with its one way back to a Request).

No I/O here. Every type is a frozen dataclass so a stage cannot change what an
earlier stage produced.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


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
    notes: tuple[str, ...] = ()  # what could not be read as declared (foreign charset, clamped date)

    def to_request(self, rid: str = "") -> Request:
        """The request the detector judges: the mail's fields without the mail."""
        return Request(id=rid or self.message_id, platform=self.platform.value if self.platform else "",
                       sender_name=self.sender_name, sender_headline=self.sender_headline, message=self.note,
                       date=self.received, recipient_name=self.recipient_name)


@dataclass(frozen=True)
class Evidence:
    """One readable reason behind a verdict: what matched, and how much it moved the score."""

    signal: str  # short machine name: "empty", "default-note", "library", "repeat", "personal-ref", ...
    text: str  # the sentence a person reads
    delta: float = 0.0  # how much this moved the score (+ towards template, - towards personal)
    span: str = ""  # the matched piece of the note, if any
    weight: float = 0.0  # the signal's push in the model's own (logit) scale; it does not saturate

    def __str__(self) -> str:
        # One unit throughout: the push on the model's scale. It never saturates, and the pushes of a
        # verdict (the baseline included) add up to its score (score = 1 / (1 + e^-sum)). A rule that
        # decides alone (no note, marked by you) has no push to show.
        sign = f" ({self.weight:+.2f})" if self.weight else ""
        span = " ".join(self.span.split())
        if span and self.signal not in ("repeat", "empty", "specific-words"):
            return f'{self.text}: "{shorten(span, 60)}"{sign}'
        return f"{self.text}{sign}"


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut between words ("… " marks the cut), never inside one."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + " …"


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


@dataclass(frozen=True)
class StoredRequest:
    """One stored request: the requests table's row, as the review, list and export commands see it."""

    id: int
    message_id: str
    platform: str
    kind: str
    sender_name: str
    sender_headline: str
    profile_url: str
    note: str
    default_note: bool
    subject: str
    received: str | None
    source: str
    verdict: str
    score: float
    guide_point: int
    action: str
    language: str
    register: str | None
    evidence: list[dict[str, Any]]
    family: str | None
    draft: str
    draft_template: str
    status: str
    created_at: str
    updated_at: str
    user_label: str | None = None
    sent_at: str | None = None
    recipient_name: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "StoredRequest":
        """From a row of the requests table (the store's SELECT *)."""
        d = dict(row)
        d.pop("source_key", None)
        d["default_note"] = bool(d["default_note"])
        d["evidence"] = json.loads(d["evidence"] or "[]")
        return cls(**d)

    def to_request(self) -> Request:
        """The request as the detector and the drafts saw it when it was scanned: every field they read."""
        return Request(id=str(self.id), platform=self.platform, sender_name=self.sender_name,
                       sender_headline=self.sender_headline, message=self.note,
                       date=parse_iso(self.received) if self.received else None,
                       recipient_name=self.recipient_name)

    def screening(self) -> Screening:
        """The stored judgement as the detector made it (evidence included)."""
        return Screening(Verdict(self.verdict), self.score, self.guide_point, Action(self.action), self.language,
                         self.register, self.stored_evidence(), self.family)

    def stored_evidence(self) -> tuple[Evidence, ...]:
        return tuple(Evidence(str(e.get("signal", "")), str(e.get("text", "")), float(e.get("delta") or 0.0),
                              str(e.get("span") or ""), float(e.get("weight") or 0.0)) for e in self.evidence)

    def as_record(self) -> dict[str, Any]:
        """The export shape: the `check --jsonl` field names plus the stored extras."""
        return {
            "id": str(self.id),
            "platform": self.platform,
            "sender_name": self.sender_name,
            "sender_headline": self.sender_headline,
            "date": self.received,
            "message": self.note,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "guide_point": self.guide_point,
            "action": self.action,
            "language": self.language,
            "register": self.register,
            "evidence": [e["text"] for e in self.evidence],
            "draft": self.draft,
            "status": self.status,
            "profile_url": self.profile_url,
            "message_id": self.message_id,
            "family": self.family,
        }


def parse_iso(value: str) -> datetime:
    """An ISO 8601 timestamp as stored or given in a batch; one without a zone is UTC."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


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
