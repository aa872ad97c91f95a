"""Request + screening + guide -> Draft: pick the reply template and fill it safely (pure, no I/O)."""

from __future__ import annotations

import re
import unicodedata

from screener.guide import (
    PLACEHOLDER_RE,
    REPLIES_DIR,
    Guide,
    GuideError,
    render_template,
    template_filename,
)
from screener.models import Action, Draft, Request, Screening
from screener.platforms import DISPLAY_NAMES
from screener.sanitize import ESCAPE

__all__ = ["make_draft", "render_template", "clean_name", "split_name", "platform_display"]

NAME_LIMIT = 64

# Used when the platform is unknown, so "auf {platform}" still reads as a sentence.
_PLATFORM_FALLBACK = {"de": "der Plattform", "en": "the platform"}
# Greeting when the sender's name is empty or unusable.
NEUTRAL_GREETING = {("de", "sie"): "Guten Tag,", ("de", "du"): "Hallo,", ("en", None): "Hello,"}

_NAME_KEYS = frozenset({"name", "first_name"})

# Forms of address: dropped entirely, the gender is not ours to guess.
_SALUTATIONS = frozenset({"herr", "frau", "hr", "fr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame"})
# Academic and professional titles: kept in the full name, never taken as a first name.
_TITLES = frozenset({
    "dr", "prof", "professor", "dipl", "ing", "mag", "med", "dent", "vet", "rer", "nat", "pol", "oec",
    "phil", "jur", "habil", "h.c", "hc", "pd", "doz", "priv.-doz", "univ", "em", "apl", "di", "ra",
    "stb", "wp", "eur",
})
_CREDENTIALS = frozenset({
    "mba", "emba", "phd", "ph.d", "msc", "m.sc", "bsc", "b.sc", "ma", "m.a", "ba", "b.a", "llm", "ll.m",
    "meng", "m.eng", "beng", "b.eng", "cpa", "cfa", "pmp", "cipp", "cipm", "cipt", "cissp", "jr", "sr",
})


def clean_name(raw: str, limit: int = NAME_LIMIT) -> str:
    """Make an untrusted name safe to insert: no escapes, controls, bidi/zero-width chars; one line, capped."""
    text = ESCAPE.sub("", raw or "")
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif cat in ("Cf", "Cs", "Co", "Cn"):
            # Format chars are bidi overrides, zero-width joiners/spaces, soft hyphens.
            continue
        else:
            out.append(ch)
    text = " ".join("".join(out).split())
    if len(text) > limit:
        cut = text[:limit]
        if " " in cut[limit // 2 :]:
            cut = cut[: cut.rindex(" ")]
        text = cut.rstrip(" ,;-")
    return text


def _bare(token: str) -> str:
    return token.casefold().strip(",;").rstrip(".")


def _is_salutation(token: str) -> bool:
    return _bare(token) in _SALUTATIONS


def _is_title(token: str) -> bool:
    t = _bare(token)
    if t in _TITLES or t in _SALUTATIONS:
        return True
    if t.startswith(("dipl", "dr.", "prof.", "dr-", "mag.")):
        return True
    # Dotted abbreviations such as "rer.nat." or "h.c." (but not an initial like "J.").
    return token.endswith(".") and "." in t and len(t) > 2


def _is_credential_part(part: str) -> bool:
    tokens = part.split()
    if not tokens:
        return True
    for tok in tokens:
        t = _bare(tok)
        if t in _CREDENTIALS or "/" in tok or _is_title(tok):
            continue
        letters = [c for c in tok if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            continue
        return False
    return True


def split_name(raw: str) -> tuple[str, str]:
    """(full name for a formal greeting, first name) from an untrusted display name.

    Handles titles ("Dr.", "Prof.", "Dipl.-Ing."), "Lastname, Firstname" and trailing
    credentials ("Anna Müller, MBA"). Salutations ("Herr", "Frau") are dropped.
    Either part may be "" when nothing usable is left.
    """
    text = clean_name(raw)
    if not text:
        return "", ""
    parts = [p.strip() for p in text.split(",")]
    head = parts[0]
    given_part = next((p for p in parts[1:] if p and not _is_credential_part(p)), None)
    if not head and given_part:
        head, given_part = given_part, None
    head_tokens = head.split()
    if given_part is not None:
        given_tokens = given_part.split()
        titles = [t for t in head_tokens + given_tokens if _is_title(t) and not _is_salutation(t)]
        given = [t for t in given_tokens if not _is_title(t)]
        family = [t for t in head_tokens if not _is_title(t)]
        full = titles + given + family
        first_pool = given or family
    else:
        full = [t for t in head_tokens if not _is_salutation(t)]
        first_pool = [t for t in head_tokens if not _is_title(t)]
    if not first_pool:
        return "", ""
    return " ".join(full), first_pool[0]


def platform_display(platform: object, lang: str) -> str:
    value = str(getattr(platform, "value", platform) or "").strip()
    known = DISPLAY_NAMES.get(value.casefold())
    if known:
        return known
    cleaned = clean_name(value, limit=30)
    return cleaned or _PLATFORM_FALLBACK.get(lang, _PLATFORM_FALLBACK["en"])


def _placeholders(line: str) -> set[str]:
    return {m.group(1) for m in PLACEHOLDER_RE.finditer(line) if m.group(1)}


def _render_lines(text: str, values: dict[str, str], lang: str, register: str | None, source: str) -> str:
    # Validate the whole template first so errors carry the real line number.
    render_template(text, values, source=source)
    empty_names = {k for k in _NAME_KEYS if not values.get(k)}
    lines = text.splitlines()
    greeting_idx = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    out: list[str] = []
    for i, line in enumerate(lines):
        used = _placeholders(line)
        if used & empty_names:
            if i == greeting_idx:
                out.append(NEUTRAL_GREETING[(lang, register)])
                continue
            # Mark the empty names, then drop them with the comma and space that led up
            # to them, so "nice to meet you, {first_name}." reads "nice to meet you."
            marked = {**values, **{k: "\x00" for k in empty_names}}
            rendered = re.sub(r",?[ \t]*\x00", "", render_template(line, marked, source=source))
            rendered = re.sub(r"[ \t]+([,.;:!?])", r"\1", rendered)
            out.append(re.sub(r"[ \t]{2,}", " ", rendered))
        else:
            out.append(render_template(line, values, source=source))
    return "\n".join(out).strip()


def make_draft(request: Request, screening: Screening, guide: Guide) -> Draft:
    """The reply to `request`: the guide's template for the screening's action, language and register.

    A German request without a register uses the guide's default register ("sie" unless
    settings.toml says otherwise); a language the guide has no templates for gets English.
    Raises GuideError when the template is missing or invalid.
    """
    drafts = guide.settings.get("drafts", {})
    lang = screening.language if screening.language in guide.languages else "en"
    if lang == "de":
        register: str | None = screening.register if screening.register in ("sie", "du") else drafts.get(
            "default_register", "sie"
        )
    else:
        register = None
    action = Action(screening.action).value
    key = (action, lang, register)
    fname = template_filename(action, lang, register)
    text = guide.templates.get(key)
    if text is None:
        raise GuideError(f"{guide.path / REPLIES_DIR / fname}: template is missing")

    full, first = split_name(request.sender_name)
    _, my_first = split_name(guide.profile.name)
    values = {
        "name": full,
        "first_name": first,
        "my_name": clean_name(guide.profile.name),
        "my_first_name": my_first or clean_name(guide.profile.name),
        "guide_url": guide.profile.guide_url,
        "platform": platform_display(request.platform, lang),
    }
    body = _render_lines(text, values, lang, register, f"{REPLIES_DIR}/{fname}")
    return Draft(text=body, action=Action(action), language=lang, register=register, template=fname)


# Template syntax of any kind a person might leave in an edited draft: {x}, [Name], %FIRSTNAME%, <Vorname>.
_LEFTOVER = re.compile(r"\{[^{}\n]{0,40}\}|\[(name|vorname|first ?name)\]|%[A-Z_]+%|<(vorname|name)>", re.IGNORECASE)


def leftover_placeholders(text: str) -> list[str]:
    """Template syntax still in an edited draft (it must never be sent)."""
    return [m.group(0) for m in _LEFTOVER.finditer(text)]
