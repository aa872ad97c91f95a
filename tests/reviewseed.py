"""Seed a real SQLite store with screened requests for the review, stats and delivery tests."""

from __future__ import annotations

from datetime import datetime, timezone

from screener.detect import Detector
from screener.draft import make_draft
from screener.models import MailKind, ParsedMail, Platform, Request

BOILER = "Hi there, I'd like to connect with you on LinkedIn."
PERSONAL = ("Hello Jana, we met at the PyCon DE talk on Thursday about your screening tool; "
            "I'd like to ask you about the evaluation corpus you mentioned.")
HOSTILE = "Eve \x1b]52;c;ZXZpbA==\x07\x1b[31mRED\x1b[0m <script>alert(1)</script>"


def seed_request(store, guide, *, name: str, note: str, platform: str = "linkedin",
                 received: datetime | None = None, profile_url: str = "", headline: str = "",
                 source: str = "maildir:/test", mid: str | None = None) -> int:
    received = received or datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)
    n = store.count() + 1
    mail = ParsedMail(
        kind=MailKind.LINKEDIN_INVITATION if platform == "linkedin" else MailKind.XING_REQUEST,
        platform=Platform(platform), message_id=mid or f"<seed-{n}-{received.timestamp():.0f}@test>",
        subject="request", sender_name=name, sender_headline=headline, profile_url=profile_url,
        note=note, received=received, source=source, source_key=str(n),
    )
    req = Request(id=str(n), platform=platform, sender_name=name, sender_headline=headline,
                  message=note, date=received)
    screening = Detector.from_store(guide, store).judge(req)
    rid, created = store.add_request(mail, screening, make_draft(req, screening, guide))
    assert created
    return rid
