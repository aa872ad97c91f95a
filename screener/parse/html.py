"""HTML bodies: html -> text and the id/structure-based LinkedIn extraction. The only module importing bs4."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from screener.parse.urls import linkedin_profile, profile_url

_BLOCK_TAGS = ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0", re.I)


@dataclass
class HeroBlock:
    """What the invitation's main block shows: greeting+note, inviter name/headline and profile link."""

    note: str
    name: str
    headline: str
    profile_url: str
    layout: str


def _soup(html: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["style", "script", "head", "title", "meta", "link"]):
        tag.decompose()
    return soup


def _text(tag) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


def html_to_text(html: str) -> str:
    """Visible text with one line per block element; hidden preheaders are dropped (they are truncated copies)."""
    soup = _soup(html)
    for tag in soup.find_all(style=_HIDDEN):
        tag.decompose()
    for tag in soup.find_all(attrs={"data-email-preheader": True}):
        tag.decompose()
    for tag in soup.find_all("a", href=True):
        # Keep link targets in the text so the text rules can find profile links; "Label: url" like text parts.
        href = tag["href"].strip()
        if href.startswith("http"):
            tag.append(f" : {href}")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _is_inviter_link(href: str) -> bool:
    # The header bar links to the recipient's own profile ("…-header-…" in trk); the inviter's carry "hero".
    return bool(profile_url(href)) and "header" not in href.lower()


def linkedin_hero(html: str) -> HeroBlock | None:
    """The invitation block of a LinkedIn HTML part: 2020 `qatest-hero-*` ids, else the 2016 h1/h2/h3 layout."""
    soup = _soup(html)
    info = soup.find(id="qatest-hero-profileinfo")
    if info is not None:
        link = info.find("a", href=True)
        paragraphs = [_text(p) for p in info.find_all("p")]
        name_tag = link.find("span") if link is not None else None
        return HeroBlock(
            note=_text(soup.find(id="qatest-hero-headline")),
            name=_text(name_tag or link),
            headline=paragraphs[0] if paragraphs else "",
            profile_url=linkedin_profile(link["href"]) if link is not None else "",
            layout="linkedin-html",
        )
    # 2016 (real, imapdigester): <h1>Hi Paul,</h1><h2>note</h2> … <a href=profile><h3>NAME</h3></a><h3>HEADLINE</h3>
    for link in soup.find_all("a", href=True):
        if not _is_inviter_link(link["href"]):
            continue
        heading = link.find(["h3", "span"])
        if heading is None or not _text(heading):
            continue
        after = heading.find_next(["h3", "p"])
        h1, h2 = soup.find("h1"), soup.find("h2")
        note = "\n".join(t for t in (_text(h1), _text(h2)) if t)
        return HeroBlock(note=note, name=_text(heading), headline=_text(after),
                         profile_url=linkedin_profile(link["href"]), layout="linkedin-html-2016")
    return None
