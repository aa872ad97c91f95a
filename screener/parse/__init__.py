"""Parse notification mails into ParsedMail. Placeholder until the parser lands."""
