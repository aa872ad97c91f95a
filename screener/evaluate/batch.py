"""The `check --jsonl` batch: judge requests online, in date order, as a daily scan would have."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from screener.detect.detector import Detector
from screener.draft import make_draft
from screener.models import Request, Screening, parse_iso

REQUIRED = ("id", "platform", "sender_name", "sender_headline", "date", "message")


@dataclass(frozen=True)
class BadLine:
    lineno: int
    reason: str


def read_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]] | BadLine]:
    """Yield (line number, record) or BadLine for each non-blank line."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadLine(lineno, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield BadLine(lineno, "not a JSON object")
            continue
        missing = [k for k in REQUIRED if k not in rec]
        if missing:
            yield BadLine(lineno, "missing key(s): " + ", ".join(missing))
            continue
        if isinstance(rec["platform"], str):
            rec["platform"] = rec["platform"].strip().lower()  # "XING", "LinkedIn" are meant the same
        if rec["platform"] not in ("xing", "linkedin"):
            yield BadLine(lineno, f"platform must be 'xing' or 'linkedin', not {rec['platform']!r}")
            continue
        bad = [k for k in ("sender_name", "sender_headline", "message") if not isinstance(rec[k], (str, type(None)))]
        if bad:
            yield BadLine(lineno, "not a string: " + ", ".join(bad))
            continue
        try:
            rec["_date"] = parse_iso(str(rec["date"]))
        except ValueError:
            yield BadLine(lineno, f"date is not ISO 8601: {rec['date']!r}")
            continue
        yield lineno, rec


def to_request(rec: dict[str, Any]) -> Request:
    return Request(
        id=str(rec["id"]),
        platform=rec["platform"],
        sender_name=rec.get("sender_name") or "",
        sender_headline=rec.get("sender_headline") or "",
        message=rec.get("message") or "",
        date=rec["_date"],
    )


def result_record(request: Request, screening: Screening, draft_text: str) -> dict[str, Any]:
    return {
        "id": request.id,
        "verdict": screening.verdict.value,
        "score": round(screening.score, 4),
        "guide_point": screening.guide_point,
        "action": screening.action.value,
        "language": screening.language,
        "register": screening.register,
        "evidence": [str(e) for e in screening.evidence],
        "draft": draft_text,
        "family": screening.family,
    }


def check_records(records: list[dict[str, Any]], guide, *, exhaustive: bool = False) -> list[dict[str, Any]]:
    """Judge records in date order, each against the guide and the ones dated before it.

    Returns results in the input order. `exhaustive` compares each note with every earlier one
    (all pairs) instead of going through the index: the reference tests/test_index.py checks against.
    """
    detector = Detector(guide)
    if exhaustive:
        from screener.detect.repetition import RepetitionIndex

        detector.index = RepetitionIndex(exhaustive=True)
    order = sorted(range(len(records)), key=lambda i: (records[i]["_date"], i))
    results: list[dict[str, Any] | None] = [None] * len(records)
    for i in order:
        request = to_request(records[i])
        screening = detector.judge(request)
        draft = make_draft(request, screening, guide)
        detector.remember(request, screening, request.id)
        results[i] = result_record(request, screening, draft.text)
    return results  # type: ignore[return-value]
