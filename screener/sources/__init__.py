"""Where mail comes from: local files (Maildir, mbox, .eml) and IMAP."""

from .base import Source, SourceError
from .local import EmlSource, MaildirSource, MboxSource

__all__ = ["Source", "SourceError", "EmlSource", "MaildirSource", "MboxSource"]
