"""`screener eval`: precision, recall and F1 of the online batch against a labelled corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.errors import ScreenerError
from screener.evaluate.batch import BadLine, check_records, read_jsonl
from screener.sanitize import one_line

VERDICTS = ("empty", "boilerplate", "personal")


@dataclass
class EvalReport:
    n: int
    per_class: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]
    language_accuracy: float | None
    register_accuracy: float | None
    action_accuracy: float | None
    personal_as_template: float
    errors: list[dict[str, Any]] = field(default_factory=list)
    per_language: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "per_class": self.per_class,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "confusion": self.confusion,
            "language_accuracy": self.language_accuracy,
            "register_accuracy": self.register_accuracy,
            "action_accuracy": self.action_accuracy,
            "personal_as_template": round(self.personal_as_template, 4),
            "per_language": self.per_language,
            "errors": self.errors,
        }


def evaluate(path: Path, guide) -> EvalReport:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = []
    for item in read_jsonl(lines):
        if isinstance(item, BadLine):
            raise ScreenerError(f"{path}:{item.lineno}: {item.reason}")
        lineno, rec = item
        if rec.get("label") not in VERDICTS:
            raise ScreenerError(f"{path}:{lineno}: label must be one of {', '.join(VERDICTS)}")
        records.append(rec)
    if not records:
        raise ScreenerError(f"{path}: no labelled requests")
    results = check_records(records, guide)
    return score(records, results)


def score(records: list[dict[str, Any]], results: list[dict[str, Any]], *, by_language: bool = True) -> EvalReport:
    """The figures of `results` against the records' labels; per_language: the same per note language
    (the record's `language` where it has one, else the detected one), with how often it was detected."""
    confusion = {g: {p: 0 for p in VERDICTS} for g in VERDICTS}
    lang_ok = lang_n = reg_ok = reg_n = act_ok = act_n = 0
    errors = []
    for rec, res in zip(records, results):
        gold, pred = rec["label"], res["verdict"]
        confusion[gold][pred] += 1
        if rec.get("language") in ("de", "en"):
            lang_n += 1
            lang_ok += rec["language"] == res["language"]
        if rec.get("language") == "de" and rec.get("register") in ("sie", "du") and rec.get("message"):
            reg_n += 1
            reg_ok += rec["register"] == res["register"]
        if rec.get("action") in ("accept", "ask", "follow"):
            act_n += 1
            act_ok += rec["action"] == res["action"]
        if gold != pred:
            errors.append({
                "id": rec["id"], "gold": gold, "predicted": pred, "score": res["score"],
                "message": rec.get("message", ""), "reason": rec.get("reason", ""), "evidence": res["evidence"],
            })
    per_class = {}
    for v in VERDICTS:
        tp = confusion[v][v]
        fp = sum(confusion[g][v] for g in VERDICTS if g != v)
        fn = sum(confusion[v][p] for p in VERDICTS if p != v)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec_ = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
        per_class[v] = {"precision": round(prec, 4), "recall": round(rec_, 4), "f1": round(f1, 4), "support": tp + fn}
    present = [v for v in VERDICTS if per_class[v]["support"]]
    macro = sum(per_class[v]["f1"] for v in present) / len(present)
    n = len(records)
    per_language: dict[str, dict[str, Any]] = {}
    if by_language:
        groups: dict[str, list[int]] = {}
        for i, (rec, res) in enumerate(zip(records, results)):
            groups.setdefault(str(rec.get("language") or res["language"] or "?"), []).append(i)
        for lang, idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            sub = score([records[i] for i in idx], [results[i] for i in idx], by_language=False)
            detected = sum(1 for i in idx if results[i]["language"] == lang) / len(idx)
            per_language[lang] = {
                "n": sub.n, "macro_f1": round(sub.macro_f1, 4), "accuracy": round(sub.accuracy, 4),
                "recall": {v: sub.per_class[v]["recall"] for v in VERDICTS if sub.per_class[v]["support"]},
                "personal_as_template": round(sub.personal_as_template, 4),
                "detected": round(detected, 4),
                "actions": _actions([records[i] for i in idx], [results[i] for i in idx]),
            }
    personal_n = per_class["personal"]["support"]
    p_as_t = (confusion["personal"]["boilerplate"] + confusion["personal"]["empty"]) / personal_n if personal_n else 0.0
    return EvalReport(
        n=n, per_class=per_class, macro_f1=macro,
        accuracy=sum(confusion[v][v] for v in VERDICTS) / n, confusion=confusion,
        language_accuracy=round(lang_ok / lang_n, 4) if lang_n else None,
        register_accuracy=round(reg_ok / reg_n, 4) if reg_n else None,
        action_accuracy=round(act_ok / act_n, 4) if act_n else None,
        personal_as_template=p_as_t, errors=errors, per_language=per_language,
    )


def _actions(records: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, int]:
    """How many notes got each action; `template_accept`: templates (label) drafted as accept."""
    out: dict[str, int] = {}
    for res in results:
        out[res["action"]] = out.get(res["action"], 0) + 1
    out["template_accept"] = sum(1 for rec, res in zip(records, results)
                                 if rec["label"] != "personal" and res["action"] == "accept")
    return out


def format_report(r: EvalReport, max_errors: int = 50) -> str:
    out = [f"{r.n} requests   macro-F1 {r.macro_f1:.3f}   accuracy {r.accuracy:.3f}", ""]
    out.append(f"{'verdict':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for v in VERDICTS:
        c = r.per_class[v]
        out.append(f"{v:<12} {c['precision']:>9.3f} {c['recall']:>7.3f} {c['f1']:>6.3f} {c['support']:>8}")
    out += ["", "confusion (rows: label, columns: verdict)", f"{'':<12}" + "".join(f"{v:>12}" for v in VERDICTS)]
    for g in VERDICTS:
        out.append(f"{g:<12}" + "".join(f"{r.confusion[g][p]:>12}" for p in VERDICTS))
    out.append("")
    out.append(f"personal judged as template: {r.personal_as_template:.1%}")
    if r.language_accuracy is not None:
        out.append(f"language accuracy: {r.language_accuracy:.3f}")
    if r.register_accuracy is not None:
        out.append(f"register accuracy (German notes): {r.register_accuracy:.3f}")
    if r.action_accuracy is not None:
        out.append(f"action accuracy (accept/ask/follow): {r.action_accuracy:.3f}")
    if len(r.per_language) > 1:
        out += ["", f"{'language':<9} {'n':>5} {'macro-F1':>9} {'accuracy':>9} {'detected':>9}  recall (empty/boilerplate/personal)"]
        for lang, f in r.per_language.items():
            rec = "/".join(f"{f['recall'][v]:.2f}" if v in f["recall"] else "-" for v in VERDICTS)
            out.append(f"{one_line(lang, 9):<9} {f['n']:>5} {f['macro_f1']:>9.3f} {f['accuracy']:>9.3f} "
                       f"{f['detected']:>9.3f}  {rec}")
    if r.errors:
        out += ["", f"misjudged ({len(r.errors)}):"]
        for e in r.errors[:max_errors]:
            out.append(f"- {one_line(str(e['id']), 60)}: label {e['gold']}, judged {e['predicted']} ({e['score']:.2f})"
                       f"  {one_line(e['message'], 140)!r}")
            for ev in e["evidence"][:5]:
                out.append(f"    · {one_line(ev, 140)}")
        if len(r.errors) > max_errors:
            out.append(f"  … and {len(r.errors) - max_errors} more")
    return "\n".join(out)
