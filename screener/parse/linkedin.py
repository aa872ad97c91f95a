"""LinkedIn notification rules: which mail is an invitation/reminder/acceptance/message, and where its data sits."""

from __future__ import annotations

import re

from screener.models import MailKind
from screener.parse import generic
from screener.parse.common import (
    LABELLED,
    Extract,
    cut_footer,
    display_name,
    first_match,
    join,
    paragraphs,
    same_name,
)
from screener.parse.defaults import split_greeting
from screener.parse.html import linkedin_hero
from screener.parse.mime import Mail
from screener.parse.urls import find_urls, first_profile, linkedin_profile

K = MailKind

# X-LinkedIn-Template is DKIM-signed and names the template (real 2020 headers); most specific rule first.
_TEMPLATES: list[tuple[str, MailKind]] = [
    ("invite_reminder", K.LINKEDIN_REMINDER),  # email_m2m_invite_reminder_02 (real, tracking params)
    ("invite_digest", K.OTHER),  # email_m2m_invite_digest_02: several invitations in one digest
    ("accept_invite", K.LINKEDIN_ACCEPTANCE),  # email_accept_invite_single_01 (real)
    ("m2m_invite", K.LINKEDIN_INVITATION),  # email_m2m_invite_single_01 (real)
    ("invite_guest", K.LINKEDIN_INVITATION),  # invite_guest_59: invitation to a non-member [desc]
    ("member_message", K.LINKEDIN_MESSAGE),  # email_member_message_v2
    ("inmail", K.LINKEDIN_MESSAGE),  # email_hire_inmail_initial_single_01 (real 2026)
    ("pymk", K.OTHER),
    ("connection_suggestion", K.OTHER),
]
_CLASSES = {
    "INVITE-MBR": K.LINKEDIN_INVITATION,
    "INVITE-GUEST": K.LINKEDIN_INVITATION,
    "INVITE-ACCEPT": K.LINKEDIN_ACCEPTANCE,
    "INMAIL": K.LINKEDIN_MESSAGE,
    "MBR-TO-MBR": K.LINKEDIN_MESSAGE,
}
_I = re.I
# Subject rules for mails without the X-LinkedIn headers (forwarded, stripped by a gateway, older years).
_SUBJECTS: list[tuple[re.Pattern[str], MailKind]] = [
    # Digests of several invitations are not one request.
    (re.compile(r"\b\d+\s+(?:new\s+|pending\s+|neue\s+|offene\s+)?(?:invitations|einladungen)\b", _I), K.OTHER),
    # "Reminder: X invited you to connect" (real-ish)
    (re.compile(r"^\s*(?:reminder|erinnerung)\s*:", _I), K.LINKEDIN_REMINDER),
    (re.compile(r"invitation is waiting for your response", _I), K.LINKEDIN_REMINDER),  # imapdigester skip list
    # ktipp.ch [desc]
    (re.compile(r"noch nicht beantwortet|bestätigen sie, dass sie .+ kennen", _I), K.LINKEDIN_REMINDER),
    (re.compile(r"accepted your invitation|start a conversation with your new connection", _I),
     K.LINKEDIN_ACCEPTANCE),  # 2020 [real], 2025 [desc]
    (re.compile(r"(?:hat|have)\s+(?:ihre|deine)\s+einladung\s+angenommen", _I), K.LINKEDIN_ACCEPTANCE),  # [infer]
    (re.compile(r"please add me to your linkedin network", _I), K.LINKEDIN_INVITATION),  # 2016-2020 [real]
    # ~2026 EN [real, described] and IT [desc]
    (re.compile(r"^\s*i want to connect\s*$|^\s*voglio collegarmi\s*$", _I), K.LINKEDIN_INVITATION),
    (re.compile(r"invitation to connect on linkedin", _I), K.LINKEDIN_INVITATION),  # <=2013 [real]
    (re.compile(r"wants to connect|would like to connect|invited you to connect", _I), K.LINKEDIN_INVITATION),
    (re.compile(r"hat ihnen eine einladung|hat dir eine einladung", _I), K.LINKEDIN_INVITATION),  # guest inv. [desc]
    # "beruflichen Netzwerk" [desc] checked4you.de; the current German subject is unverified, the rest [infer]
    (re.compile(r"beruflichen netzwerk|möchte (?:mich|sich) mit (?:ihnen|dir) vernetzen"
                r"|^\s*ich möchte mich vernetzen", _I), K.LINKEDIN_INVITATION),
    (re.compile(r"sent you a (?:new )?message|new message from|hat ihnen eine (?:neue )?nachricht"
                r"|hat dir eine (?:neue )?nachricht", _I), K.LINKEDIN_MESSAGE),
]
_PROFILE_LABEL = re.compile(r"^view (?:.+'s )?profile$|^profil (?:anzeigen|ansehen)$|^(?:.+s )?profil ansehen$", _I)
_ACCEPT_URL = re.compile(r"/(?:comm/)?(?:mynetwork/invite-accept|people/invite-accept)", _I)


def classify(mail: Mail) -> tuple[MailKind, str]:
    """(kind, the rule that decided) for a mail from a linkedin.com address."""
    template = mail.header("X-LinkedIn-Template").strip().lower()
    for marker, kind in _TEMPLATES:
        if marker in template:
            return kind, f"template:{template}"
    if template:  # a known-shaped header naming some other template: a notification we do not handle
        return K.OTHER, f"template:{template}"
    cls = mail.header("X-LinkedIn-Class").strip().upper()
    if cls in _CLASSES:
        return _CLASSES[cls], f"class:{cls}"
    if cls:
        return K.OTHER, f"class:{cls}"
    found = first_match([p for p, _ in _SUBJECTS], mail.subject)
    if found:
        return next(kind for p, kind in _SUBJECTS if p is found.re), "subject"
    # Body cue, only from the invitations sender: an accept link is what makes a mail an invitation.
    if mail.from_local == "invitations" and _ACCEPT_URL.search(mail.text or mail.html or ""):
        return K.LINKEDIN_INVITATION, "body"
    if mail.from_local.startswith("inmail") or mail.header("Reply-To").lower().endswith("@reply.linkedin.com>"):
        return K.LINKEDIN_MESSAGE, "sender"
    return K.OTHER, "none"


def _profile_from_text(text: str) -> str:
    for line in text.split("\n"):
        found = LABELLED.match(line)
        if found and _PROFILE_LABEL.match(found.group("label").strip()):
            url = linkedin_profile(found.group("url"))
            if url:
                return url
    return first_profile(find_urls(text), skip=("header",))


def _platform_link(line: str) -> bool:
    """A "Label: https://www.linkedin.com/…" line ends the card; a link the sender put in the note does not."""
    found = LABELLED.match(line)
    url = found.group("url") if found else line.strip()
    return url.startswith("http") and " " not in url and _is_linkedin(url)


def _is_linkedin(url: str) -> bool:
    host = url.split("/")[2].split(":")[0].lower() if url.count("/") >= 2 else ""
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def from_text(mail: Mail, kind: MailKind, header_name: str) -> Extract | None:
    """Plain-text layout (2016-2020 real): greeting, note, name, headline, then "Label: URL" lines."""
    body = cut_footer(mail.text)
    lines = body.split("\n")
    first_link = next((i for i, line in enumerate(lines) if _platform_link(line)), len(lines))
    paras = paragraphs(lines[:first_link])
    if not paras:
        return None
    name_at = None
    if header_name:
        name_at = next((i for i in range(len(paras) - 1, -1, -1) if same_name(paras[i][0], header_name)), None)
    if name_at is None:
        if len(paras) < 2 or first_link == len(lines):
            return None  # no name block we can be sure of: let the HTML or the generic rule try
        name_at = len(paras) - 1
    name_block = paras[name_at]
    note = join(paras[:name_at])
    if header_name and note.startswith(header_name + ":"):  # reminder: "Vaibhav Sharma: Hi Yash, I'm still …"
        note = note[len(header_name) + 1:].lstrip()
    recipient, note = split_greeting(note)
    return Extract(
        kind=kind,
        layout="linkedin-text",
        sender_name=name_block[0],
        sender_headline=name_block[1] if len(name_block) > 1 else "",
        profile_url=_profile_from_text(body),
        note=note,
        recipient_name=recipient,
    )


def from_html(mail: Mail, kind: MailKind) -> Extract | None:
    hero = linkedin_hero(mail.html) if mail.html else None
    if hero is None or not hero.name:
        return None
    recipient, note = split_greeting(hero.note)
    return Extract(kind=kind, layout=hero.layout, sender_name=hero.name, sender_headline=hero.headline,
                   profile_url=hero.profile_url, note=note, recipient_name=recipient)


_MESSAGE_CHROME = re.compile(r"^(?:reply|antworten|view message|nachricht anzeigen|view profile|profil anzeigen)$", _I)


def message(mail: Mail, header_name: str) -> Extract:
    """InMail / member message (real 2026 layout): subject line(s), sender + "Reply" + thread URL, then the text."""
    text = mail.text or generic.html_text(mail)
    lines = cut_footer(text).split("\n")
    start = 0
    for start, line in enumerate(lines):  # skip the chrome above the message text
        stripped = line.strip()
        if not stripped or stripped == mail.subject or same_name(stripped, header_name) \
                or _MESSAGE_CHROME.match(stripped) or stripped.startswith("http") or LABELLED.match(stripped):
            continue
        break
    else:
        start = len(lines)
    recipient, note = split_greeting("\n".join(lines[start:]).strip())
    return Extract(kind=K.LINKEDIN_MESSAGE, layout="linkedin-message", sender_name=header_name,
                   profile_url=first_profile(find_urls("\n".join(lines[:start])), skip=("header",)),
                   note=note, recipient_name=recipient)


def parse(mail: Mail) -> Extract:
    """Classify, then extract with the first layout rule that finds the inviter."""
    kind, rule = classify(mail)
    header_name = display_name(mail.from_name)
    if kind is K.OTHER:
        return Extract(kind=kind, layout=f"linkedin-other:{rule}")
    if kind is K.LINKEDIN_MESSAGE:
        return message(mail, header_name)
    found = (from_text(mail, kind, header_name) if mail.text.strip() else None) or from_html(mail, kind)
    if found is None:
        found = generic.extract(mail, kind, header_name)
    if header_name:
        found.sender_name = header_name
    if kind is K.LINKEDIN_ACCEPTANCE:
        found.note, found.recipient_name = "", ""  # "X has accepted your invitation" is platform text, not a note
    return found
