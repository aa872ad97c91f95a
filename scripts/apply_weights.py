"""Write fitted weights (JSON on stdin, as printed by fit_weights.py) into screener/detect.py."""

import json
import re
import sys
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "screener" / "detect.py"
text = sys.stdin.read()
weights = json.loads(text[text.index("{"):])
src = path.read_text(encoding="utf-8")
block = src[src.index("DEFAULT_WEIGHTS: dict[str, float] = {"):]
block = block[: block.index("\n}\n") + 3]
new = block
for key, value in weights.items():
    new, n = re.subn(r'(\n    "%s": )-?[0-9.]+,' % re.escape(key), r"\g<1>%s," % value, new)
    if n != 1:
        sys.exit(f"weight {key!r} not found in DEFAULT_WEIGHTS")
path.write_text(src.replace(block, new), encoding="utf-8")
print(f"wrote {len(weights)} weights to {path}")
