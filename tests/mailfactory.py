"""The one place tests build notification mails (LinkedIn invitations, XING requests, other mail)."""

from __future__ import annotations

import email.utils
from email.message import EmailMessage


def _message(headers: list[tuple[str, str | None]], body: str) -> bytes:
    m = EmailMessage()
    for key, value in headers:
        if value is not None:
            m[key] = value
    m.set_content(body)
    return m.as_bytes()


def epoch_date(i: int) -> str:
    """A Date header a minute apart per i (for mailboxes whose order matters)."""
    return email.utils.formatdate(1_700_000_000 + i * 60)


def linkedin_invite(*, name: str, message_id: str, note: str = "", subject: str = "I want to connect",
                    to: str | None = None, date: str | None = None, greeting: str = "Hi Jana,",
                    headline: str = "Head of Things at Example GmbH", profile_url: str | None = None,
                    accept_url: str | None = None, x_linkedin: bool = True, body: str | None = None) -> bytes:
    """A LinkedIn invitation as invitations@linkedin.com sends it: greeting, note, name, headline, links."""
    if body is None:
        body = f"{greeting}\n\n{note}\n\n{name}\n{headline}\n"
        if profile_url:
            body += f"\nView profile: {profile_url}\n"
        if accept_url:
            body += f"\nAccept: {accept_url}\n"
    headers = [("From", f"{name} via LinkedIn <invitations@linkedin.com>"), ("To", to), ("Subject", subject),
               ("Date", date), ("Message-ID", message_id)]
    if x_linkedin:
        headers += [("X-LinkedIn-Class", "INVITE-MBR"), ("X-LinkedIn-Template", "email_m2m_invite_single_01")]
    return _message(headers, body)


def xing_request(*, name: str, message_id: str, note: str, to: str | None = "jana@example.org",
                 date: str | None = None, request_url: str = "https://www.xing.com/contacts/requests/1") -> bytes:
    """A XING contact request as our inferred layout has it (no real one is public)."""
    body = (f"Hallo Jana,\n\n{name} möchte sich mit Dir vernetzen:\n\n„{note}“\n\n"
            f"Kontaktanfrage bestätigen => {request_url}\n")
    return _message([("From", "XING <mailrobot@mail.xing.com>"), ("To", to), ("Subject", f"Kontaktanfrage von {name}"),
                     ("Date", date), ("Message-ID", message_id)], body)


def other_mail(*, sender: str, subject: str, message_id: str, body: str, to: str | None = "jana@example.org",
               date: str | None = None) -> bytes:
    """Any other mail (a newsletter, a shop): not from a platform."""
    return _message([("From", sender), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", message_id)],
                    body)
