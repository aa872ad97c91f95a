"""scan: source -> parse -> detect -> draft -> store for local mailboxes and IMAP accounts."""
