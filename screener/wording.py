"""Counts in words for people: "1 error", "2 errors", "1 library entry", "3 library entries"."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """`n` and the noun in its number (give `many` when it is not `one` + "s")."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
