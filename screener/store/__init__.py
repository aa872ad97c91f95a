"""store: the SQLite database — requests, messages, cursors, history, the repetition index's tables."""

from screener.store.store import Store, StoreError

__all__ = ["Store", "StoreError"]
