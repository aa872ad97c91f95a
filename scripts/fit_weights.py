"""Fit the detector's signal weights by logistic regression on labelled corpora.

Usage:
  python scripts/fit_weights.py tests/data/corpus tests/data/heldout [--l2 1.0]

Each corpus folder holds requests.jsonl (with `label`) and profile.toml. The signals are
computed online, in date order, exactly as `check --jsonl` sees them. The script prints the
fitted weights, cross-corpus figures (fit on one, judge the other) and the weights fitted on
all corpora together, ready for scripts/apply_weights.py (screener/detect/weights.json).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screener.evaluate.batch import read_jsonl, to_request  # noqa: E402
from screener.detect.detector import DEFAULT_WEIGHTS, PRIOR_WEIGHTS, Detector  # noqa: E402
from screener.evaluate.metrics import score  # noqa: E402
from screener.guide import default_guide_dir, load_guide  # noqa: E402
from screener.models import Action, Screening, Verdict  # noqa: E402

GROUPS = [g for g in DEFAULT_WEIGHTS if g not in ("bias", "default")]
# without positive evidence a note is a template: the bias stays this far above the threshold's logit
BIAS_MARGIN = 0.3


def min_bias(threshold: float = 0.65) -> float:
    return math.log(threshold / (1 - threshold)) + BIAS_MARGIN


def corpus_guide(folder: Path):
    tmp = Path(tempfile.mkdtemp(prefix="fit-guide-"))
    shutil.copytree(default_guide_dir(), tmp / "g")
    shutil.copy(folder / "profile.toml", tmp / "g" / "profile.toml")
    return load_guide(tmp / "g")


def records(folder: Path):
    lines = (folder / "requests.jsonl").read_text(encoding="utf-8").splitlines()
    return [item[1] for item in read_jsonl(lines) if isinstance(item, tuple)]


def vectors(folder: Path):
    guide = corpus_guide(folder)
    recs = records(folder)
    det = Detector(guide)
    out = []
    dummy = Screening(Verdict.PERSONAL, 0.0, 1, Action.ACCEPT, "en", None)
    for rec in sorted(recs, key=lambda r: r["_date"]):
        req = to_request(rec)
        x = det.vector(req)
        det.remember(req, dummy, req.id)
        if x is not None and rec["label"] != "empty":
            out.append((x, 1.0 if rec["label"] == "boilerplate" else 0.0))
    return out


def fit(data, l2: float, iters: int = 4000, lr: float = 0.5):
    w = {g: PRIOR_WEIGHTS[g] for g in GROUPS}
    b = min_bias()
    n = len(data)
    for _ in range(iters):
        gw = {g: 0.0 for g in GROUPS}
        gb = 0.0
        for x, y in data:
            z = b + sum(w[g] * x.get(g, 0.0) for g in GROUPS)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            err = p - y
            gb += err
            for g, v in x.items():
                if g in gw:
                    gw[g] += err * v
        b = max(min_bias(), b - lr * gb / n)
        for g in GROUPS:
            # L2 towards the prior weight, not towards zero
            w[g] -= lr * (gw[g] / n + l2 * (w[g] - PRIOR_WEIGHTS[g]) / n)
            # keep every weight on the side its signal argues for, so evidence stays readable
            if PRIOR_WEIGHTS[g] > 0:
                w[g] = max(0.0, w[g])
            elif PRIOR_WEIGHTS[g] < 0:
                w[g] = min(0.0, w[g])
    return b, w


def judge_with(folder: Path, bias: float, w: dict[str, float], threshold: float = 0.5):
    from screener.evaluate.batch import check_records

    guide = corpus_guide(folder)
    settings = dict(guide.settings)
    settings["screening"] = dict(settings.get("screening", {}), weights={"bias": bias, **w},
                                 boilerplate_threshold=threshold)
    guide = guide.__class__(**{**guide.__dict__, "settings": settings})
    recs = records(folder)
    return score(recs, check_records(recs, guide))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--thresholds", default="0.5", help="comma-separated thresholds to report")
    args = ap.parse_args()
    data = {f: vectors(f) for f in args.folders}
    if len(args.folders) > 1:
        for f in args.folders:
            train = [d for g in args.folders if g != f for d in data[g]]
            b, w = fit(train, args.l2)
            for t in map(float, args.thresholds.split(",")):
                r = judge_with(f, b, w, t)
                print(f"fit without {f.name} -> judge {f.name} at {t:.2f}: macro-F1 {r.macro_f1:.3f}, "
                      f"personal as template {r.personal_as_template:.1%}")
    b, w = fit([d for f in args.folders for d in data[f]], args.l2)
    for f in args.folders:
        r = judge_with(f, b, w)
        print(f"fit on all -> judge {f.name}: macro-F1 {r.macro_f1:.3f}, personal as template {r.personal_as_template:.1%}")
    print(json.dumps({"bias": round(b, 2), **{g: round(v, 2) for g, v in w.items()}}, indent=1))


if __name__ == "__main__":
    main()
