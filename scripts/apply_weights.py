"""Write fitted weights (JSON on stdin, as printed by fit_weights.py) into screener/detect/weights.json."""

import json
import sys
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "screener" / "detect" / "weights.json"
text = sys.stdin.read()
weights = json.loads(text[text.index("{"):])
data = json.loads(path.read_text(encoding="utf-8"))
unknown = sorted(set(weights) - set(data["fitted"]))
if unknown:
    sys.exit(f"unknown weight(s) {', '.join(unknown)}: add them to 'fitted' and 'prior' in {path} first")
data["fitted"].update({k: float(v) for k, v in weights.items()})
path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {len(weights)} weights to {path}")
