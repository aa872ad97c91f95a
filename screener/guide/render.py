"""Render the public contact guide as Markdown or as one self-contained HTML page."""

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


def render_public_guide(guide: Guide, fmt: str, lang: str) -> str:
    """The publishable contact guide in `lang` ("de"|"en") as `fmt` ("md"|"html")."""
    text = _source(guide, lang)
    source = f"contact-guide.{lang}.md"
    values = _values(guide)
    if fmt == "md":
        return render_template(text, values, source=source)
    if fmt != "html":
        raise GuideError(f"unknown format {fmt!r}; use md or html")

    url = values["guide_url"]
    if url and not re.match(r"https?://", url):
        raise GuideError(f"profile.toml: guide_url must start with http:// or https://, got {url!r}")
    # Markdown is rendered with opaque tokens in place of the values; the values are
    # escaped and put back afterwards, so nothing in them is read as Markdown or HTML.
    nonce = secrets.token_hex(6)
    tokens = {k: f"ph{nonce}x{i}x" for i, k in enumerate(sorted(values))}
    body, title = _markdown_to_html(render_template(text, tokens, source=source), lang)
    for key, token in tokens.items():
        esc = html.escape(values[key], quote=True)
        body = body.replace(token, esc)
        title = title.replace(token, esc)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{title}</title>\n<style>\n{_CSS}\n</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
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
