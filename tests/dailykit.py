"""Helpers for the daily-loop tests: mails as a person's inbox holds them, and the CLI run as a user runs it."""

from __future__ import annotations

import os
import sys
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner

from screener.cli.app import cli

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "screener" / "data" / "sample-inbox"

NOTES = {
    "personal": "Hi Jana, we met at the Datenschutztag Köln last week and talked about your Löschkonzepte talk; "
                "could I ask you two questions about deletion rules for our CRM?",
    "template": "I came across your profile and would love to expand my network with like-minded professionals.",
}


def invitation(n: int, note: str, sender: str = "Max Muster", day: int = 3) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{sender} via LinkedIn <invitations@linkedin.com>"
    m["To"] = "jana@example.org"
    m["Subject"] = "I want to connect"
    m["Message-ID"] = f"<daily{n}@linkedin.example>"
    m["Date"] = f"Mon, {day:02d} Mar 2025 09:00:00 +0000"
    m["X-LinkedIn-Class"] = "INVITE-MBR"
    m["X-LinkedIn-Template"] = "email_m2m_invite_single_01"
    vanity = sender.lower().replace(" ", "-")
    m.set_content(f"Hi Jana,\n\n{note}\n\n{sender}\nConsultant at Example GmbH\n\n"
                  f"View profile: https://www.linkedin.com/comm/in/{vanity}?midToken=abc&trk=x\n\n"
                  f"Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/{n}/sharedKey/x/\n")
    return m


def write_emls(folder: Path, mails: list[EmailMessage], suffix: str = ".eml") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, m in enumerate(mails):
        p = folder / f"mail{i:03d}{suffix}"
        p.write_bytes(bytes(m))
        out.append(p)
    return out


def maildir(root: Path, mails: list[EmailMessage]) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i, m in enumerate(mails):
        (root / "cur" / f"17000{i:05d}.M{i}P1.test:2,S").write_bytes(bytes(m))
    return root


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a screener started by a person: this worktree's package, their home."""
    env = dict(os.environ, SCREENER_HOME=str(home), XDG_CONFIG_HOME=str(home.parent / "xdg"),
               PYTHONPATH=str(ROOT), **extra)
    env.pop("SCREENER_CONFIG", None)
    env.pop("SCREENER_GUIDE", None)
    return env


PYTHON = sys.executable
