"""Render the public contact guide as Markdown or as one self-contained HTML page.

The page is built from the whole guide: the contact guide text and, under point 1, what a good
request can refer to (the profile's topics, works and events). Without a language it holds every
language the guide has, the guide's own language (settings.toml, [drafts] default_language) first,
with links between them; anchors (#punkt-1, #point-1) stay stable across edits."""

from __future__ import annotations

import html
import re
import secrets

from screener.draft import split_name
from screener.guide.model import LANGUAGES, Guide, GuideError
from screener.guide.templates import render_template
from screener.sanitize import one_line

# Anchor ids depend on the section number only, so links like guide_url#punkt-1 survive edits.
ANCHOR_PREFIX = {"de": "punkt", "en": "point"}

_SECTION_HEADING = re.compile(r"^\s*([0-9]+)[.)]\s")

_CSS = """
:root { color-scheme: light dark; }
body { font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       max-width: 42rem; margin: 2rem auto; padding: 0 1.25rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.7rem; line-height: 1.25; margin-bottom: 1.5rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; padding-top: .4rem; border-top: 1px solid #ddd; }
a { color: #0b5cad; }
ul { padding-left: 1.3rem; }
li { margin: .3rem 0; }
code { font-size: .95em; }
nav.langs { font-size: .95rem; margin: 0 0 1rem; }
section + section { margin-top: 3rem; border-top: 2px solid #ddd; }
dl.refer dt { font-weight: 600; margin-top: .6rem; }
dl.refer dd { margin: .15rem 0 0 1.2rem; }
@media (prefers-color-scheme: dark) {
  body { color: #e8e8e8; background: #161617; }
  h2 { border-color: #333; }
  a { color: #6cb2ff; }
}
""".strip()


def _values(guide: Guide) -> dict[str, str]:
    # one_line: a control or bidi character in profile.toml must not reach a terminal or the published page
    name = one_line(guide.profile.name)
    return {
        "name": name,
        "my_name": name,
        "my_first_name": split_name(name)[1] or name,
        "guide_url": one_line(guide.profile.guide_url),
    }


def _source(guide: Guide, lang: str) -> str:
    if lang not in LANGUAGES and lang not in guide.guides:
        raise GuideError(f"unknown language {lang!r}; use one of {', '.join(sorted({*LANGUAGES, *guide.guides}))}")
    text = guide.guides.get(lang)
    if text is None:
        raise GuideError(f"{guide.path / f'contact-guide.{lang}.md'}: file is missing")
    return text


REFER = {
    "de": ("Worauf Sie sich beziehen können", {"topics": "Themen", "works": "Artikel, Vorträge und Bücher",
                                               "events": "Veranstaltungen"}),
    "en": ("What you can refer to", {"topics": "Topics", "works": "Articles, talks and books", "events": "Events"}),
}
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


def guide_languages(guide: Guide) -> list[str]:
    """The languages of the guide's public text, its own language (settings.toml) first."""
    own = (guide.settings.get("drafts") or {}).get("default_language", LANGUAGES[0])
    have = [lang for lang in LANGUAGES if lang in guide.guides]
    return sorted(have, key=lambda lang: lang != own)


def _refer_items(guide: Guide) -> list[tuple[str, list[str]]]:
    p = guide.profile
    return [(key, [one_line(v) for v in values if one_line(v)])
            for key, values in (("topics", p.topics), ("works", p.works), ("events", p.events)) if values]


def _refer_md(guide: Guide, lang: str) -> str:
    items = _refer_items(guide)
    if not items:
        return ""
    title, labels = REFER[lang]
    out = [f"### {title}", ""]
    for key, values in items:
        out += [f"**{labels[key]}:** " + " · ".join(values), ""]
    return "\n".join(out)


def _refer_html(guide: Guide, lang: str) -> str:
    items = _refer_items(guide)
    if not items:
        return ""
    title, labels = REFER[lang]
    prefix = ANCHOR_PREFIX.get(lang, "section")
    body = "".join(f"<dt>{html.escape(labels[key])}</dt>" + "".join(f"<dd>{html.escape(v)}</dd>" for v in values)
                   for key, values in items)
    return f'<h3 id="{prefix}-1-refer">{html.escape(title)}</h3>\n<dl class="refer">{body}</dl>\n'


def _before_point_2(text: str, insert: str, point_2: re.Pattern) -> str:
    """`insert` just before the heading of point 2 (at the end when there is none)."""
    if not insert:
        return text
    m = point_2.search(text)
    return text[:m.start()] + insert + "\n" + text[m.start():] if m else text + "\n" + insert


def render_public_guide(guide: Guide, fmt: str, lang: str | None = None) -> str:
    """The publishable contact guide as `fmt` ("md"|"html"): in `lang` ("de"|"en"), or every language."""
    if fmt not in ("md", "html"):
        raise GuideError(f"unknown format {fmt!r}; use md or html")
    langs = [lang] if lang else guide_languages(guide)
    if not langs:
        raise GuideError(f"{guide.path}: no contact-guide.<lang>.md")
    for code in langs:
        _source(guide, code)
    values = _values(guide)
    if fmt == "md":
        parts = []
        for code in langs:
            text = render_template(_source(guide, code), values, source=f"contact-guide.{code}.md")
            parts.append(_before_point_2(text, _refer_md(guide, code), re.compile(r"^## 2[.)]", re.M)))
        return "\n\n---\n\n".join(parts)

    url = values["guide_url"]
    if url and not re.match(r"https?://", url):
        raise GuideError(f"profile.toml: guide_url must start with http:// or https://, got {url!r}")
    # Markdown is rendered with opaque tokens in place of the values; the values are
    # escaped and put back afterwards, so nothing in them is read as Markdown or HTML.
    nonce = secrets.token_hex(6)
    tokens = {k: f"ph{nonce}x{i}x" for i, k in enumerate(sorted(values))}
    sections, title = [], ""
    for code in langs:
        body, heading = _markdown_to_html(render_template(_source(guide, code), tokens,
                                                          source=f"contact-guide.{code}.md"), code)
        prefix = ANCHOR_PREFIX.get(code, "section")
        body = _before_point_2(body, _refer_html(guide, code), re.compile(rf'<h2 id="{prefix}-2">'))
        title = title or heading
        if len(langs) > 1:
            others = " · ".join(f'<a href="#{o}" hreflang="{o}">{LANGUAGE_NAMES.get(o, o)}</a>' for o in langs)
            body = (f'<section id="{code}" lang="{code}">\n<nav class="langs">{others}</nav>\n'
                    f"{body}</section>\n")
        sections.append(body)
    page_body = "".join(sections)
    for key, token in tokens.items():
        esc = html.escape(values[key], quote=True)
        page_body = page_body.replace(token, esc)
        title = title.replace(token, esc)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{langs[0]}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{title}</title>\n<style>\n{_CSS}\n</style>\n</head>\n"
        f"<body>\n<main>\n{page_body}</main>\n</body>\n</html>\n"
    )


def _markdown_to_html(text: str, lang: str) -> tuple[str, str]:
    """(body HTML, escaped title). Raw HTML in the Markdown is escaped, not passed through."""
    # markdown-it-py comes with rich, which screener depends on.
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    tokens = md.parse(text)
    title = ""
    prefix = ANCHOR_PREFIX.get(lang, "section")
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open":
            continue
        inline = tokens[i + 1]
        if tok.tag == "h1" and not title:
            title = html.escape(inline.content, quote=False)
        if m := _SECTION_HEADING.match(inline.content):
            tok.attrSet("id", f"{prefix}-{m.group(1)}")
    return md.renderer.render(tokens, md.options, {}), title
