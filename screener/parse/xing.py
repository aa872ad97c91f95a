"""All XING rules in one place: which mailrobot mail is a contact request or message, and where its data sits."""

# No real XING contact-request mail is public (/work/shared/research/mail-formats.md §2). Every rule below names
# the fact it rests on; most are inference. Replace them when a real sample arrives.

from __future__ import annotations

import re

from screener.models import MailKind
from screener.parse import generic
from screener.parse.common import (
    ARROW,
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
from screener.parse.mime import Mail
from screener.parse.urls import find_urls, xing_profile

K = MailKind
_I = re.I

# Fact (§2.1, real filter lists): jobs@ sends job digests, news@ industry news, info@bot.xing.com and
# noreply@ are service mail. None of them carries a person's request.
_NOT_PERSONAL_SENDERS = {"jobs", "news", "info", "noreply", "no-reply", "newsletter"}

# Fact (§2.1): mailrobot@ also sends "Dein Wochencheck", job and industry digests. [infer] Other robot mails
# (birthdays, profile visitors, events, acceptance of *your* request) are not requests either.
_NOT_A_REQUEST = re.compile(
    r"wochencheck|stellenangebot|\bjobs?\b|neuigkeiten|newsletter|geburtstag|birthday|besucher|visitors?"
    r"|profilbesuch|visited your profile|\bevents?\b|veranstaltung|angenommen|bestätigt|accepted|confirmed",
    _I,
)
# [infer] from §2.2: subject keywords. "Kontaktanfrage", "vernetzen", "contact request", "wants to connect";
# XING writes in Du-form now (§2.1 "Dein Wochencheck"), older mails used Sie.
_REQUEST_SUBJECT = re.compile(
    r"kontaktanfrage|vernetzen|als kontakt|contact request|wants to connect|would like to connect", _I
)
# [infer] XING messages arrive through mailrobot@ with the full text in text/plain (§2.1, ReMailer).
_MESSAGE_SUBJECT = re.compile(r"nachricht|sent you a message|new message", _I)

# [infer] Intro sentence naming the requester: "Lukas Berger möchte sich mit Dir vernetzen",
# "Tom Walker would like to connect with you on XING", "… hat Dir eine Nachricht geschickt".
_INTRO = [
    re.compile(r"^(?P<name>[^\W\d_][^:,\n]{1,80}?)\s+(?:möchte|würde)\s+(?:sich|dich|sie|gern|gerne)\b.*$", _I),
    re.compile(r"^(?P<name>[^\W\d_][^:,\n]{1,80}?)\s+(?:would like to|wants to)\s+(?:connect|add)\b.*$", _I),
    re.compile(r"^(?P<name>[^\W\d_][^:,\n]{1,80}?)\s+(?:hat (?:dir|dich|ihnen)|has sent you|sent you)\b.*$", _I),
    re.compile(r"^(?:neue )?(?:kontaktanfrage|nachricht|contact request|message)\s+(?:von|from)\s+"
               r"(?P<name>[^\W\d_][^:,\n]{1,80}?)\s*[:.!]?$", _I),
]
# [infer] CTA wording next to the "=> url" lines (§2.2: bestätigen/annehmen/ablehnen).
_CTA = re.compile(r"^(?:kontaktanfrage |anfrage )?(?:bestätigen|annehmen|ablehnen|beantworten|ansehen|antworten)"
                  r"|^(?:profil|nachricht) (?:ansehen|beantworten)|^(?:accept|decline|reply|view profile|confirm)", _I)
_QUOTES = "„“”\"'«»‚‘’"


def classify(mail: Mail) -> tuple[MailKind, str]:
    """(kind, rule) for a mail from a xing.com address."""
    if mail.from_local in _NOT_PERSONAL_SENDERS:
        return K.OTHER, f"sender:{mail.from_local}"
    if _NOT_A_REQUEST.search(mail.subject):
        return K.OTHER, "subject"
    if _REQUEST_SUBJECT.search(mail.subject):
        return K.XING_REQUEST, "subject"
    if _MESSAGE_SUBJECT.search(mail.subject):
        return K.XING_MESSAGE, "subject"
    # [infer] §2.2 body cue: a request mentions the request and offers a confirm link.
    body = cut_footer(mail.text)
    if re.search(r"kontaktanfrage|contact request|vernetzen", body, _I) and re.search(
            r"bestätigen|annehmen|accept|confirm", body, _I):
        return K.XING_REQUEST, "body"
    return K.OTHER, "none"


def _drop_links(lines: list[str]) -> tuple[list[str], list[str]]:
    """Remove "=> url" lines and the CTA label above each (§2.1 real-derived link style); return kept lines, urls."""
    kept: list[str] = []
    urls: list[str] = []
    for line in lines:
        arrow = ARROW.match(line) or LABELLED.match(line)
        if arrow:
            urls.append(arrow.group("url"))
            if kept and (kept[-1].rstrip().endswith(":") or _CTA.match(kept[-1].strip())):
                kept.pop()
            continue
        if _CTA.match(line.strip()) and line.rstrip().endswith(":"):
            continue
        kept.append(line)
    return kept, urls


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return text


def _text_layout(mail: Mail, kind: MailKind) -> Extract | None:
    """[infer] Plain-text layout: greeting / intro naming the sender / note / name + headline / "=> url" CTAs."""
    lines, urls = _drop_links(cut_footer(mail.text).split("\n"))
    paras = paragraphs(lines)
    if not paras:
        return None
    recipient, first = split_greeting(paras[0][0])
    if recipient:
        paras[0] = ([first] if first else []) + paras[0][1:]
        paras = [p for p in paras if p]
    name = ""
    rest: list[list[str]] = []
    for para in paras:
        found = None if name else first_match(_INTRO, para[0])
        if found:
            name = found.group("name").strip()
            if len(para) > 1:
                rest.append(para[1:])
            continue
        rest.append(para)
    name = name or generic.name_from(mail.subject)
    if not name:
        return None
    headline = ""
    note_paras = []
    for para in rest:
        if same_name(para[0], name) and not headline:  # the requester's card: name, headline, location
            headline = para[1] if len(para) > 1 else ""
            continue
        note_paras.append(para)
    profile = next((p for p in map(xing_profile, urls + find_urls(mail.text)) if p), "")
    layout = "xing-text" if kind is K.XING_REQUEST else "xing-message"
    return Extract(kind=kind, layout=layout, sender_name=name, sender_headline=headline, profile_url=profile,
                   note=_unquote(join(note_paras)), recipient_name=recipient)


def parse(mail: Mail) -> Extract:
    """Classify; read the text layout; fall back to the generic rule; re-check unknown mails for request cues."""
    kind, rule = classify(mail)
    if kind is K.OTHER:
        # A mail from mailrobot@ whose subject we do not know but which reads like a request is kept (§2: the
        # exact wording is unverified), everything else is a notification we ignore.
        if rule == "none" and mail.from_local == "mailrobot" and generic.looks_like_request(mail):
            return generic.extract(mail, K.XING_REQUEST, display_name(mail.from_name))
        return Extract(kind=kind, layout=f"xing-other:{rule}")
    found = _text_layout(mail, kind) if mail.text.strip() else None
    if found is None:
        found = generic.extract(mail, kind, display_name(mail.from_name))
    return found
