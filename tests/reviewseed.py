"""Seed a real SQLite store with screened requests for the review, stats and delivery tests."""

from __future__ import annotations

from datetime import datetime, timezone

from screener.detect.detector import Detector
from screener.draft import make_draft
from screener.models import Action, Draft, MailKind, ParsedMail, Platform, Request, Screening, Status, Verdict

BOILER = "Hi there, I came across your profile and would love to expand my network with like-minded professionals."
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


# -- stats: hand-made screenings, so the figures are known -------------------------------------


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def add(store, name, platform, verdict, action, received, profile=""):
    n = store.count() + 1
    kind = MailKind.LINKEDIN_INVITATION if platform == "linkedin" else MailKind.XING_REQUEST
    mail = ParsedMail(kind=kind, platform=Platform(platform), message_id=f"<req-{n}@test>", sender_name=name,
                      profile_url=profile, note="" if verdict == "empty" else f"note {n}", received=received)
    s = Screening(Verdict(verdict), 0.9 if verdict != "personal" else 0.1, 2, Action(action), "en", None)
    rid, _ = store.add_request(mail, s, Draft(f"draft {n}", Action(action), "en", None, f"{action}.en.txt"))
    return rid


def answer(store, name, platform, received, profile=""):
    kind = MailKind.LINKEDIN_MESSAGE if platform == "linkedin" else MailKind.XING_MESSAGE
    mail = ParsedMail(kind=kind, platform=Platform(platform), message_id=f"<msg-{name}-{received.isoformat()}@test>",
                      sender_name=name, profile_url=profile, note="hello back", received=received)
    return store.add_message(mail)


def seed_stats(store) -> None:
    """LinkedIn: 4 requests (3 templates), 2 asked, 1 answered; XING: 3 requests (2 templates), 2 asked, 1 answered."""
    # LinkedIn, ISO week 2024-W10
    bob = add(store, "Bob", "linkedin", "boilerplate", "ask", utc(2024, 3, 4, 9), "https://www.linkedin.com/in/bob")
    eve = add(store, HOSTILE, "linkedin", "empty", "ask", utc(2024, 3, 5, 9))
    add(store, "Paula", "linkedin", "personal", "accept", utc(2024, 3, 6, 9))
    # LinkedIn, 2024-W12 (dismissed: a template, never asked)
    dis = add(store, "Dan", "linkedin", "boilerplate", "ask", utc(2024, 3, 18, 9))
    # XING, 2024-W11
    xa = add(store, "Xaver", "xing", "personal", "ask", utc(2024, 3, 12, 9))
    xb = add(store, "Xenia", "xing", "boilerplate", "ask", utc(2024, 3, 13, 9))
    add(store, "Xero", "xing", "empty", "follow", utc(2024, 3, 14, 9))

    answer(store, "Bob", "linkedin", utc(2024, 3, 4, 12), "https://www.linkedin.com/in/bob")  # before we asked
    store.mark_sent(bob, at="2024-03-05T10:00:00+00:00")
    assert answer(store, "Bob", "linkedin", utc(2024, 3, 7, 10), "https://www.linkedin.com/in/bob") == (bob, True)
    store.mark_sent(eve, at="2024-03-06T10:00:00+00:00")
    store.set_status(dis, Status.DISMISSED)
    store.mark_sent(xa, at="2024-03-13T09:00:00+00:00")
    assert answer(store, "Xaver", "xing", utc(2024, 3, 16, 9)) == (xa, True)
    store.mark_sent(xb, at="2024-03-14T09:00:00+00:00")
