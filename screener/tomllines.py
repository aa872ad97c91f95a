"""Where a key sits in a TOML file, for `file:line:` messages (tomllib reports values, not their lines)."""

from __future__ import annotations

import re


class TomlLines:
    """Best-effort line numbers of keys and tables in one TOML text."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def table_span(self, table: str | None, index: int = 0) -> tuple[int, int]:
        """Line range (0-based, end exclusive) of the index-th [table] / [[table]] block."""
        if table is None:
            end = next((i for i, ln in enumerate(self.lines) if ln.lstrip().startswith("[")), len(self.lines))
            return 0, end
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
        starts = [i for i, ln in enumerate(self.lines) if header.match(ln)]
        if index >= len(starts):
            return 0, len(self.lines)
        start = starts[index]
        end = next(
            (i for i in range(start + 1, len(self.lines)) if self.lines[i].lstrip().startswith("[")),
            len(self.lines),
        )
        return start, end

    def line_of(self, key: str | None, table: str | None = None, index: int = 0) -> int | None:
        """1-based line of `key` in the table (the table's header line for key None), or None."""
        start, end = self.table_span(table, index)
        if key is None:
            return start + 1 if table is not None else None
        pat = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*[=.]")
        for i in range(start, end):
            if pat.match(self.lines[i]):
                return i + 1
        # an inline table ({ name = ... }) or a dotted key elsewhere: first mention
        word = re.compile(r"\b" + re.escape(key) + r"\b")
        for i in range(start, end):
            if word.search(self.lines[i]):
                return i + 1
        return start + 1 if table is not None else None
