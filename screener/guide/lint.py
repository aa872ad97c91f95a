"""`guide lint`: everything that would make a draft or the public guide wrong, one readable line each."""

from __future__ import annotations

import re

from screener.guide.model import (
    GUIDE_PLACEHOLDERS,
    LANGUAGES,
    LIBRARY_DIR,
    PROFILE_FILE,
    REPLIES_DIR,
    REPLY_PLACEHOLDERS,
    Guide,
    GuideError,
    LibraryEntry,
    expected_templates,
    normalize_entry,
    template_filename,
)
from screener.guide.templates import render_template

SAMPLE_VALUES: dict[str, str] = {
    "first_name": "Anna",
    "name": "Anna Beispiel",
    "my_name": "Jana Beispiel",
    "my_first_name": "Jana",
    "guide_url": "https://example.org/guide",
    "platform": "XING",
}

_LEFTOVER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*\}")
_SECTION_RE = re.compile(r"^#{1,6}\s+([123])[.)]\s", re.MULTILINE)
# Whole-word forms that betray the wrong German register.
_SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_DU_WORDS = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)


def lint_guide(guide: Guide) -> list[str]:
    """Everything that would make a draft or the public guide wrong, one readable line each."""
    problems: list[str] = []
    extra = sorted({lang for _a, lang, _r in guide.templates} - set(LANGUAGES))
    for lang in extra:
        missing = [template_filename(*k) for k in expected_templates((lang,)) if k not in guide.templates]
        if missing:
            problems.append(f"{REPLIES_DIR}/: language {lang!r} lacks {', '.join(missing)} "
                            f"(a language needs accept, ask and follow; until then its notes get English drafts)")
    for key in expected_templates((*LANGUAGES, *[lang for lang in extra if lang in guide.languages])):
        fname = f"{REPLIES_DIR}/{template_filename(*key)}"
        text = guide.templates.get(key)
        if text is None:
            problems.append(f"{fname}: template is missing")
            continue
        if not text.strip():
            problems.append(f"{fname}: template is empty")
            continue
        try:
            out = render_template(text, {k: SAMPLE_VALUES[k] for k in REPLY_PLACEHOLDERS}, source=fname)
        except GuideError as exc:
            problems.append(str(exc))
            continue
        if m := _LEFTOVER_RE.search(out):
            problems.append(f"{fname}: {m.group(0)} is left in the rendered text (escaped braces?)")
        action, lang, reg = key
        if action in ("ask", "follow") and "{guide_url}" not in text:
            problems.append(f"{fname}: should link the guide with {{guide_url}}")
        body = out
        if reg == "du" and (m := _SIE_WORDS.search(body)):
            problems.append(f"{fname}: du template uses the Sie form {m.group(0)!r}")
        if reg == "sie" and (m := _DU_WORDS.search(body)):
            problems.append(f"{fname}: Sie template uses the du form {m.group(0)!r}")

    seen: dict[tuple[str, str], LibraryEntry] = {}
    for entry in guide.library:
        norm = (entry.lang, normalize_entry(entry.text))
        if norm in seen:
            first = seen[norm]
            problems.append(
                f"{LIBRARY_DIR}/{entry.origin}:{entry.line}: duplicate of "
                f"{LIBRARY_DIR}/{first.origin}:{first.line}"
            )
        else:
            seen[norm] = entry
    for lang in LANGUAGES:
        if not guide.library_for(lang):
            problems.append(f"{LIBRARY_DIR}/: no entries for language {lang!r}")

    url = guide.profile.guide_url
    if not url:
        problems.append(f"{PROFILE_FILE}: guide_url is not set")
    elif not re.match(r"https?://[^\s/]+", url):
        problems.append(f"{PROFILE_FILE}: guide_url must start with http:// or https://, got {url!r}")

    for lang in LANGUAGES:
        gname = f"contact-guide.{lang}.md"
        text = guide.guides.get(lang)
        if text is None:
            problems.append(f"{gname}: file is missing")
            continue
        found = set(_SECTION_RE.findall(text))
        for n in ("1", "2", "3"):
            if n not in found:
                problems.append(f"{gname}: section {n} is missing (a heading like '## {n}. ...')")
        try:
            render_template(text, {k: "x" for k in GUIDE_PLACEHOLDERS}, source=gname)
        except GuideError as exc:
            problems.append(str(exc))
    return problems


SAMPLE_HOSTS = ("example.org", "example.com", "example.net")


def sample_persona(guide: Guide) -> str:
    """Why this guide still speaks as the bundled sample persona (a reason), or "" when it is the user's own.

    Drafts are signed with the profile's name and link its guide_url: sent as they are, they would
    carry a stranger's name and an example.org link."""
    from urllib.parse import urlsplit

    from screener.guide.load import default_guide_dir, load_guide

    try:
        sample = load_guide(default_guide_dir()).profile
    except GuideError:  # a broken installation: nothing to compare with
        sample = None
    if sample is not None and guide.profile.name == sample.name:
        return f"{PROFILE_FILE} still names the sample persona {guide.profile.name!r}"
    host = (urlsplit(guide.profile.guide_url).hostname or "") if guide.profile.guide_url else ""
    if host in SAMPLE_HOSTS or host.endswith(tuple("." + h for h in SAMPLE_HOSTS)):
        return f"{PROFILE_FILE}: guide_url still points to {host}"
    return ""


def lint_warnings(guide: Guide) -> list[str]:
    """What does not break a draft but should not go out like this (the sample persona)."""
    why = sample_persona(guide)
    return [f"{why}: replace name, works, events and guide_url with your own"] if why else []


def sample_warning(guide: Guide) -> str:
    """The one line scan and review print while drafts are signed by the sample persona ("" otherwise)."""
    why = sample_persona(guide)
    if not why:
        return ""
    return (f"warning: drafts are signed by the sample persona ({why}); make the guide your own: "
            f"screener guide init ~/screener-guide, edit its profile.toml, set guide = \"~/screener-guide\"")
