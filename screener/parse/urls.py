"""Finding URLs in mail text and normalising profile URLs to their tracking-free canonical form."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

# Cut at whitespace, '<' and '"': LinkedIn glues schema.org HTML straight after the Accept URL (real 2020 mail).
_URL = re.compile(r"https?://[^\s<>\"']+", re.I)
_TRAILING = ".,;:!?)]}>»“”’"
_VANITY = re.compile(r"^[\w\-.%]{2,100}$")
_XING_NAME = re.compile(r"^[\w\-.%]{2,120}$")
_MEMBER_ID = re.compile(r"^[\w\-]{4,200}$")


def find_urls(text: str) -> list[str]:
    """All http(s) URLs in order, each cut at the first character that cannot belong to it."""
    return [m.group(0).rstrip(_TRAILING) for m in _URL.finditer(text or "")]


def _host(url: str) -> tuple[str, list[str], str]:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "", [], ""
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    return host, segments, parts.query


def _is_host(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def linkedin_profile(url: str) -> str:
    """`https://www.linkedin.com/in/<vanity>` for any LinkedIn profile link, "" when it is not one."""
    host, seg, query = _host(url)
    if not _is_host(host, "linkedin.com"):
        return ""
    if seg[:1] == ["comm"]:  # /comm/ is the e-mail tracking prefix (real 2016-2022 links)
        seg = seg[1:]
    if len(seg) >= 2 and seg[0] == "in" and _VANITY.match(seg[1]):
        return f"https://www.linkedin.com/in/{seg[1]}"
    # 2016 layout links by member id only: /comm/profile/view?id=AAsAAA... (real, imapdigester).
    # The id is the only part that identifies the person, so it survives; all tokens are dropped.
    if seg[:2] == ["profile", "view"]:
        member = (parse_qs(query).get("id") or [""])[0]
        if _MEMBER_ID.match(member):
            return f"https://www.linkedin.com/profile/view?id={member}"
    return ""


def xing_profile(url: str) -> str:
    """`https://www.xing.com/profile/<Name>` for a XING profile link (drops /cv and the query), else ""."""
    host, seg, _ = _host(url)
    if not _is_host(host, "xing.com"):
        return ""
    if len(seg) >= 2 and seg[0] == "profile" and _XING_NAME.match(unquote(seg[1])):
        return f"https://www.xing.com/profile/{seg[1]}"
    return ""


def profile_url(url: str) -> str:
    """Canonical profile URL for either platform; "" for anything else (tracking redirects included)."""
    return linkedin_profile(url) or xing_profile(url)


def first_profile(urls: list[str], skip: tuple[str, ...] = ()) -> str:
    """The first URL that normalises to a profile, ignoring ones containing any `skip` marker."""
    for url in urls:
        if any(marker in url for marker in skip):
            continue
        found = profile_url(url)
        if found:
            return found
    return ""
