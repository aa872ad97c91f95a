"""Where mail comes from: local files (Maildir, mbox, .eml) and IMAP."""

from screener.sources.base import Source, SourceError
from screener.sources.local import EmlSource, MaildirSource, MboxSource, open_paths

__all__ = ["Source", "SourceError", "EmlSource", "MaildirSource", "MboxSource", "open_paths"]
