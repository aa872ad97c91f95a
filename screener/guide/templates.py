"""Reply and guide templates: `{placeholder}` filling in one pass, with errors that name file and line."""

from __future__ import annotations

import re
from collections.abc import Mapping

from screener.guide.model import GuideError
from screener.suggest import did_you_mean as _suggest

PLACEHOLDER_RE = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")


def render_template(
    text: str, values: Mapping[str, str], *, source: str = "template"
) -> str:
    """Fill `{placeholder}`s in `text` from `values`, in one pass.

    Only names present in `values` are allowed; `{{` and `}}` give literal braces.
    Values are inserted as they are and never scanned again, so a value holding
    `{guide_url}` or `{0.__class__}` stays literal. Raises GuideError naming `source`
    and the line for an unknown placeholder or a lone brace.
    """

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def replace(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        key = m.group(1)
        if key is None:
            raise GuideError(
                f"{source}:{line_of(m.start())}: lone {token!r}; write {token * 2!r} for a literal brace"
            )
        if key not in values:
            raise GuideError(
                f"{source}:{line_of(m.start())}: unknown placeholder {{{key}}}{_suggest(key, list(values))}"
                f"; allowed: {', '.join('{' + k + '}' for k in sorted(values))}"
            )
        return str(values[key])

    return PLACEHOLDER_RE.sub(replace, text)
