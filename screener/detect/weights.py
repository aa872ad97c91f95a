"""The detector's fitted weights and their priors, kept as data in weights.json (scripts/apply_weights.py writes it)."""

from __future__ import annotations

import json
from importlib import resources

WEIGHTS_FILE = "weights.json"


def load_weights() -> tuple[dict[str, float], dict[str, float]]:
    """(fitted, prior): the weight of each signal group, and the prior the fit is regularised towards."""
    data = json.loads(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    return dict(data["fitted"]), dict(data["prior"])
