"""evaluate: judging without storing — `check --jsonl` batches and `eval`'s figures on labelled corpora."""
