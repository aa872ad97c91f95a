"""What a request looks like on a screen, as lines of (text, style) pieces, with no terminal code.

`full_view` is everything (`screener show`, the review's further pages); `first_screen` is what
fits one terminal page: sender, headline, note, verdict with its top evidence, the start of the
draft, and a line that says how much more there is. Lines are word-wrapped to the width in
terminal cells, never cut inside a word; every string from a mail went through sanitize first.
The screen (review/screen.py) turns the pieces into rich Text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from screener.models import Evidence, StoredRequest
from screener.platforms import display_name
from screener.review.loop import template_spans
from screener.sanitize import clean, one_line

Piece = tuple[str, str]  # (text, rich style name or "")
Line = list[Piece]

VERDICT_STYLE = {"personal": "green", "boilerplate": "yellow", "empty": "red"}
POINT_OF_ACTION = {"accept": 1, "ask": 2, "follow": 3}
HIGHLIGHT = "reverse yellow"


def cell_width(text: str) -> int:
    """Terminal cells: wide (CJK) characters take two, combining marks none."""
    n = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n


def _words(pieces: list[Piece]) -> list[list[Piece]]:
    words: list[list[Piece]] = []
    cur: list[Piece] = []
    for text, style in pieces:
        for part in re.split(r"(\s+)", text):
            if not part:
                continue
            if part.isspace():
                if cur:
                    words.append(cur)
                    cur = []
            else:
                cur.append((part, style))
    if cur:
        words.append(cur)
    return words


def _split_word(word: list[Piece], room: int) -> tuple[list[Piece], list[Piece]]:
    head: list[Piece] = []
    used = 0
    rest = list(word)
    while rest:
        text, style = rest[0]
        take = ""
        for ch in text:
            if used + cell_width(ch) > room:
                break
            take += ch
            used += cell_width(ch)
        if take:
            head.append((take, style))
        if len(take) < len(text):
            rest[0] = (text[len(take):], style)
            break
        rest.pop(0)
    return head, rest


def wrap(pieces: list[Piece], width: int | None, indent: str = "", hanging: str | None = None) -> list[Line]:
    """Word-wrap styled pieces into lines of at most `width` cells (None: one line, unwrapped).
    `indent` starts the first line, `hanging` (default: the same) the ones after it."""
    hanging = indent if hanging is None else hanging
    if width is None:
        text_pieces = [(re.sub(r"\s+", " ", t), s) for t, s in pieces]
        return [[(indent, "")] + text_pieces] if indent else [text_pieces]
    lines: list[Line] = []
    line: Line = [(indent, "")] if indent else []
    used = cell_width(indent)
    start = used
    for word in _words(pieces):
        wlen = sum(cell_width(t) for t, _ in word)
        gap = 0 if used == start else 1
        if used + gap + wlen <= width:
            if gap:
                line.append((" ", word[0][1] if line and line[-1][1] == word[0][1] else ""))
            line.extend(word)
            used += gap + wlen
            continue
        if used > start:
            lines.append(line)
            line, used = ([(hanging, "")] if hanging else []), cell_width(hanging)
            start = used
        while sum(cell_width(t) for t, _ in word) > width - used and width - used > 0:
            head, word = _split_word(word, width - used)
            line.extend(head)
            lines.append(line)
            line, used = ([(hanging, "")] if hanging else []), cell_width(hanging)
            start = used
        line.extend(word)
        used += sum(cell_width(t) for t, _ in word)
    if len(line) > (1 if (hanging if lines else indent) else 0) or not lines:
        lines.append(line)
    return lines


def plain(line: Line) -> str:
    return "".join(t for t, _ in line)


# -- the parts of a request ------------------------------------------------------------------------


def evidence_of(r: StoredRequest) -> list[Evidence]:
    return [Evidence(str(e.get("signal", "")), str(e.get("text", "")), float(e.get("delta") or 0.0),
                     str(e.get("span") or ""), float(e.get("weight") or 0.0)) for e in r.evidence]


def evidence_sum(evidence: list[Evidence]) -> float | None:
    """The sum of the pushes (the score is 1 / (1 + e^-sum)), or None when no reason carries a push."""
    pushes = [e.weight for e in evidence if e.weight]
    return round(sum(pushes), 2) if pushes else None


def note_pieces(r: StoredRequest, *, marks: bool) -> list[list[Piece]]:
    """The note's paragraphs, template-like parts highlighted (or »marked« when there is no colour)."""
    note = clean(r.note, keep_newlines=True)
    if not note:
        return [[("(no note)", "dim")]]
    spans = template_spans(note, r.evidence, r.verdict)
    pieces: list[Piece] = []
    pos = 0
    for start, end in spans:
        pieces.append((note[pos:start], ""))
        pieces.append((f"»{note[start:end]}«" if marks else note[start:end], "" if marks else HIGHLIGHT))
        pos = end
    pieces.append((note[pos:], ""))
    paragraphs: list[list[Piece]] = [[]]
    for text, style in pieces:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, style))
    return [p for p in paragraphs if p] or [[("(no note)", "dim")]]


def header(r: StoredRequest, counter: str = "") -> list[Piece]:
    when = (r.received or "")[:16].replace("T", " ")
    out: list[Piece] = [(counter + "  ", "bold")] if counter else []
    out += [(f"#{r.id}  ", "bold"), (one_line(r.sender_name) or "(no name)", "bold"),
            (f"  ·  {one_line(display_name(r.platform))}  ·  {when}  ·  {one_line(r.status)}", "")]
    return out


def verdict_pieces(r: StoredRequest) -> list[Piece]:
    """The verdict and what the draft does. The guide point follows the draft's action, so a draft
    regenerated as `follow` reads "point 3 → follow", with the screening's own point beside it."""
    point = POINT_OF_ACTION.get(r.action, r.guide_point)
    out: list[Piece] = [("Verdict: ", "bold"), (one_line(r.verdict), VERDICT_STYLE.get(r.verdict, "")),
                        (f"  score {r.score:.2f}  ·  guide point {point} → {one_line(r.action)}", "")]
    if point != r.guide_point:
        out.append((f" (screened as point {r.guide_point})", "dim"))
    lang = one_line(r.language) + (f"/{one_line(r.register)}" if r.register else "")
    out.append((f"  ·  {lang}", ""))
    if r.user_label:
        out.append((f"  ·  marked {one_line(r.user_label)} by you", ""))
    return out


def evidence_blocks(r: StoredRequest, width: int | None, limit: int | None = None) -> list[list[Line]]:
    """The reasons, each as the lines it wraps onto (a screen shows a reason whole or not at all), then a
    block that says what is left out or what they add up to."""
    ev = evidence_of(r)
    shown = ev if limit is None else ev[:limit]
    blocks = [wrap([(one_line(str(e)), "dim")], width, "  · ", "    ") for e in shown]
    total = evidence_sum(ev)
    if limit is not None and len(ev) > limit:
        blocks.append([[(f"    … {len(ev) - limit} more reason{'s' if len(ev) - limit != 1 else ''}", "dim")]])
    elif total is not None:
        blocks.append(wrap([(f"= {total:+.2f} in all → score {r.score:.2f} (+ towards template, − towards personal)",
                             "dim")], width, "    "))
    return blocks


def evidence_lines(r: StoredRequest, width: int | None, limit: int | None = None) -> list[Line]:
    return [line for block in evidence_blocks(r, width, limit) for line in block]


def draft_lines(r: StoredRequest, width: int | None) -> list[Line]:
    out: list[Line] = [[(f"Draft ({one_line(r.draft_template) or '-'}):", "bold")]]
    for text in clean(r.draft, keep_newlines=True).splitlines() or [""]:
        out += wrap([(text, "")], width, "  ") if text.strip() else [[("", "")]]
    return out


def answer_lines(answers: list[dict], width: int | None) -> list[Line]:
    out: list[Line] = []
    for a in answers:
        out.append([(f"Their answer ({(a.get('date') or '')[:10]}):", "bold magenta")])
        for text in clean(a.get("text") or "", keep_newlines=True).splitlines() or ["(no text)"]:
            out += wrap([(text, "")], width, "  ")
    return out


def history_lines(history: list[dict], width: int | None) -> list[Line]:
    out: list[Line] = [[("History:", "bold")]]
    for h in history:
        when = (h.get("at") or "")[:16].replace("T", " ")
        detail = one_line(h.get("detail") or "")
        out += wrap([(f"{when}  {one_line(h.get('what') or '')}" + (f"  {detail}" if detail else ""), "dim")],
                    width, "  ", "    ")
    if len(out) == 1:
        out.append([("  (nothing yet)", "dim")])
    return out


@dataclass
class View:
    """Everything about one request for the screen (history and answers are read by the caller)."""

    r: StoredRequest
    answers: list[dict] = field(default_factory=list)
    history: list[dict] | None = None
    marks: bool = False  # »mark« template spans instead of colouring them


def full_view(v: View, width: int | None, counter: str = "") -> list[Line]:
    r = v.r
    lines = wrap(header(r, counter), width, "", "  ")
    if r.sender_headline:
        lines += wrap([(one_line(r.sender_headline), "dim")], width)
    if r.profile_url:
        lines += wrap([(one_line(r.profile_url), "dim")], width)
    lines += [[], [("Note:", "bold")]]
    for para in note_pieces(r, marks=v.marks):
        lines += wrap(para, width, "  ")
    lines += [[]] + wrap(verdict_pieces(r), width, "", "  ") + evidence_lines(r, width)
    if v.answers:
        lines += [[]] + answer_lines(v.answers, width)
    lines += [[]] + draft_lines(r, width)
    if v.history is not None:
        lines += [[]] + history_lines(v.history, width)
    return lines


def first_screen(v: View, width: int, height: int, counter: str = "") -> tuple[list[Line], bool]:
    """What fits `height` lines: (lines, whether there is more to see on further pages)."""
    r = v.r
    head = wrap(header(r, counter), width, "", "  ")[:2]
    if r.sender_headline:
        head += [_one(wrap([(one_line(r.sender_headline), "dim")], width - 2))]
    note: list[Line] = []
    for para in note_pieces(r, marks=v.marks):
        note += wrap(para, width, "  ")
    verdict = wrap(verdict_pieces(r), width, "", "  ")[:2]
    answers = answer_lines(v.answers, width) if v.answers else []
    blocks = evidence_blocks(r, width, limit=3)
    draft = draft_lines(r, width)
    more_line: Line = [("… more below: press space for the whole request (note, evidence, draft, history)", "dim")]

    budget = height - len(head) - len(verdict) - 2  # "Note:" and the more line
    # shares: the note up to 6 lines, the answer up to 4, 2 reasons, the draft's label and start get the rest
    note_n = min(len(note), max(2, min(6, budget // 3)))
    ans_n = min(len(answers), 4)
    # the top reasons, whole: as many as fit in 4 lines (at least the first), then the "… more" line if it fits
    evidence: list[Line] = []
    for block in blocks:
        if evidence and len(evidence) + len(block) > 4:
            break
        evidence += block
    ev_n = len(evidence)
    draft_n = max(0, budget - note_n - ans_n - ev_n)
    while draft_n < 3 and (note_n > 2 or ans_n > 2):
        if note_n > 2:
            note_n -= 1
        else:
            ans_n -= 1
        draft_n += 1
    draft_n = min(draft_n, len(draft))
    shown_all = ev_n == sum(len(b) for b in blocks)
    more = note_n < len(note) or not shown_all or ans_n < len(answers) or draft_n < len(draft)
    lines = head + [[("Note:", "bold")]] + note[:note_n] + verdict + evidence + answers[:ans_n] + draft[:draft_n]
    spare = height - len(lines) - (1 if more else 0)
    if spare > 0:  # room for blank lines between the parts
        lines = _spaced(head, note[:note_n], verdict + evidence, answers[:ans_n], draft[:draft_n], spare)
    if more:
        lines.append(more_line)
    return lines[:height], more


def _one(lines: list[Line]) -> Line:
    if len(lines) == 1:
        return lines[0]
    first = lines[0]
    return first + [(" …", "dim")]


def _spaced(head, note, verdict, answers, draft, spare: int) -> list[Line]:
    parts = [head, [[("Note:", "bold")]] + note, verdict]
    if answers:
        parts.append(answers)
    parts.append(draft)
    out: list[Line] = []
    for i, part in enumerate(parts):
        if i and spare > 0:
            out.append([])
            spare -= 1
        out += part
    return out


def pages(lines: list[Line], height: int) -> list[list[Line]]:
    """The full view cut into pages of `height` lines."""
    height = max(1, height)
    return [lines[i:i + height] for i in range(0, len(lines), height)] or [[]]


def key_lines(keys: list[str], width: int | None) -> list[Line]:
    return wrap([("  ".join(keys), "bold cyan")], width)
