"""Delivery without sending: APPEND to the Drafts folder of a real Dovecot, the clipboard, the browser URL."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import textwrap
from datetime import datetime, timezone

import mailfactory
import pytest
from click.testing import CliRunner
from imapclient import IMAPClient
from imapserver import Dovecot
from reviewseed import BOILER, HOSTILE, seed_request

from screener.cli.app import cli
from screener.config import Account
from screener.delivery import (
    NO_CLIPBOARD,
    DeliveryError,
    browser_url,
    copy_to_clipboard,
    draft_message,
    save_to_drafts,
)
from screener.guide import default_guide_dir, init_guide, load_guide
from screener.store.store import Store

SPECIAL_USE = """\
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
"""


@pytest.fixture(scope="module")
def drafts_server(dovecot):
    """A Dovecot whose Drafts folder carries the \\Drafts special-use flag (RFC 6154)."""
    if "special_use" in (dovecot.dir / "dovecot.conf").read_text():
        yield dovecot
        return
    srv = Dovecot.create(dovecot.bin)
    try:
        conf = srv.dir / "dovecot.conf"
        text = conf.read_text()
        marker = "  separator = /\n}"
        assert marker in text, "tests/imapserver.py changed its namespace block"
        conf.write_text(text.replace(marker, "  separator = /\n" + SPECIAL_USE + "}", 1))
        srv.stop()
        srv.start()
        yield srv
    finally:
        srv.cleanup()


@pytest.fixture
def requests(tmp_path):
    guide = load_guide(default_guide_dir())
    store = Store(tmp_path / "screener.db")
    ids = [
        seed_request(store, guide, name="Bob Boiler", note=BOILER,
                     profile_url="https://www.linkedin.com/in/bob-boiler"),
        seed_request(store, guide, name=HOSTILE, note="", platform="xing",
                     received=datetime(2024, 3, 5, tzinfo=timezone.utc)),
    ]
    yield store, [store.get(i) for i in ids]
    store.close()


def account(srv, user: str) -> Account:
    return Account(name="work", host="127.0.0.1", port=srv.port, tls="none", username=user,
                   password_env="UNUSED", timeout=10.0)


def mailbox_state(srv, user: str) -> dict[str, list]:
    """folder -> [(flags without \\Recent, raw message)], read over a separate read-only connection."""
    c = IMAPClient("127.0.0.1", port=srv.port, ssl=False, timeout=10)
    try:
        c.login(user, srv.users[user])
        out = {}
        for flags, _d, name in c.list_folders():
            c.select_folder(name, readonly=True)
            uids = c.search("ALL")
            res = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
            out[name] = [(tuple(sorted(f for f in v[b"FLAGS"] if f != b"\\Recent")), v[b"BODY[]"])
                         for _, v in sorted(res.items())]
        return out
    finally:
        c.logout()


def special_folders(srv, user: str) -> dict[str, tuple]:
    c = IMAPClient("127.0.0.1", port=srv.port, ssl=False, timeout=10)
    try:
        c.login(user, srv.users[user])
        return {name: flags for flags, _d, name in c.list_folders()}
    finally:
        c.logout()


def invite() -> bytes:
    return mailfactory.linkedin_invite(name="Someone", subject="Jana, please add me", message_id="<inbox-1@linkedin.example>",
                                       x_linkedin=False, body="Hi there\n")


def test_append_to_special_use_drafts_with_draft_flag_and_nothing_else(drafts_server, requests):
    srv = drafts_server
    user, _ = srv.add_user()
    srv.seed(user, [invite()])
    assert b"\\Drafts" in special_folders(srv, user)["Drafts"]
    before = mailbox_state(srv, user)
    assert before["Drafts"] == []
    store, rows = requests

    saved = save_to_drafts(account(srv, user), rows, secret_provider=lambda acc: srv.users[acc.username])

    assert [(s.request_id, s.folder, s.found_by) for s in saved] == [(r.id, "Drafts", "special-use") for r in rows]
    after = mailbox_state(srv, user)
    assert {k: v for k, v in after.items() if k != "Drafts"} == {k: v for k, v in before.items() if k != "Drafts"}
    assert [flags for flags, _ in after["Drafts"]] == [(b"\\Draft",), (b"\\Draft",)]
    msgs = [email.message_from_bytes(raw, policy=email.policy.default) for _, raw in after["Drafts"]]
    for msg, r in zip(msgs, rows):
        assert not any(msg[h] for h in ("To", "Cc", "Bcc"))  # addressed to nobody: never sendable as is
        assert msg["X-Screener-Request"] == str(r.id)
        assert msg.get_content().replace("\r\n", "\n").strip() == r.draft.strip()
    assert msgs[0]["X-Screener-Open"] == "https://www.linkedin.com/in/bob-boiler"
    hostile_subject = str(msgs[1]["Subject"])
    assert "\x1b" not in hostile_subject and "\x07" not in hostile_subject and "Eve" in hostile_subject


def test_drafts_folder_found_by_name_without_special_use(dovecot, requests):
    if "special_use" in (dovecot.dir / "dovecot.conf").read_text():
        pytest.skip("the shared test server flags its Drafts folder; the name fallback needs one without")
    user, password = dovecot.add_user()
    c = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=10)
    c.login(user, password)
    c.create_folder("Drafts")
    c.logout()
    _, rows = requests
    saved = save_to_drafts(account(dovecot, user), rows[:1], secret_provider=lambda acc: password)
    assert (saved[0].folder, saved[0].found_by) == ("Drafts", "name")
    assert [f for f, _ in mailbox_state(dovecot, user)["Drafts"]] == [(b"\\Draft",)]


def test_no_drafts_folder_is_a_clear_error_and_creates_nothing(dovecot, requests):
    if "special_use" in (dovecot.dir / "dovecot.conf").read_text():
        pytest.skip("the shared test server creates a Drafts folder for every user")
    user, password = dovecot.add_user()
    _, rows = requests
    with pytest.raises(DeliveryError, match="no Drafts folder"):
        save_to_drafts(account(dovecot, user), rows[:1], secret_provider=lambda acc: password)
    assert list(mailbox_state(dovecot, user)) == ["INBOX"]


def test_wrong_password_is_a_delivery_error(drafts_server, requests):
    user, _ = drafts_server.add_user()
    _, rows = requests
    with pytest.raises(DeliveryError, match="refused"):
        save_to_drafts(account(drafts_server, user), rows[:1], secret_provider=lambda acc: "wrong")


def write_config(tmp_path, srv, user, monkeypatch):
    monkeypatch.setenv("SCREENER_TEST_IMAP_PW", srv.users[user])
    cfg = tmp_path / "config.toml"
    cfg.write_text(textwrap.dedent(f"""
        [[accounts]]
        name = "work"
        host = "127.0.0.1"
        port = {srv.port}
        tls = "none"
        username = "{user}"
        password_env = "SCREENER_TEST_IMAP_PW"
    """))
    return cfg


def test_draft_to_imap_command(drafts_server, requests, tmp_path, tmp_home, monkeypatch):
    srv = drafts_server
    user, _ = srv.add_user()
    cfg = write_config(tmp_path, srv, user, monkeypatch)
    store, rows = requests
    db = str(store.path)
    res = CliRunner().invoke(cli, ["--db", db, "--config", str(cfg), "draft-to-imap", str(rows[0].id)])
    assert res.exit_code == 0, res.output
    assert f"#{rows[0].id} saved to Drafts (work)" in res.output
    assert [f for f, _ in mailbox_state(srv, user)["Drafts"]] == [(b"\\Draft",)]
    assert any(h["what"] == "imap-draft" for h in store.history(rows[0].id))
    assert store.get(rows[0].id).status == "drafted"  # saving a draft is not sending it

    res = CliRunner().invoke(cli, ["--db", db, "--config", str(cfg), "draft-to-imap", "999"])
    assert res.exit_code == 1 and "no request with id 999" in res.output
    res = CliRunner().invoke(cli, ["--db", db, "--config", str(cfg), "draft-to-imap", str(rows[0].id),
                                   "--account", "wrok"])
    assert res.exit_code == 1 and "did you mean 'work'" in res.output
    assert len(mailbox_state(srv, user)["Drafts"]) == 1


def test_review_i_key_saves_to_drafts(drafts_server, requests, tmp_path, tmp_home, monkeypatch):
    srv = drafts_server
    user, _ = srv.add_user()
    cfg = write_config(tmp_path, srv, user, monkeypatch)
    store, rows = requests
    gdir = init_guide(tmp_path / "guide")
    res = CliRunner().invoke(cli, ["--db", str(store.path), "--config", str(cfg), "--guide", str(gdir), "review"],
                             input="i\nq\n")
    assert res.exit_code == 0, res.output
    assert "saved to Drafts of account work (nothing was sent)" in res.output
    [(flags, raw)] = mailbox_state(srv, user)["Drafts"]
    assert flags == (b"\\Draft",)
    newest = rows[1]  # the XING request of 5 March comes first
    assert f"X-Screener-Request: {newest.id}".encode() in raw


def test_clipboard_error_message(monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(DeliveryError) as exc:
        copy_to_clipboard("hello")
    assert str(exc.value) == NO_CLIPBOARD
    assert "xclip" in NO_CLIPBOARD and "wl-clipboard" in NO_CLIPBOARD


def test_browser_url_is_normalised_never_a_mail_link(requests):
    _, rows = requests
    bob = rows[0]
    tracking = bob.__class__(**{**bob.__dict__, "profile_url":
                                "https://www.linkedin.com/comm/in/bob-boiler?midToken=AQ&trk=eml-accept"})
    assert browser_url(tracking) == "https://www.linkedin.com/in/bob-boiler"
    accept = bob.__class__(**{**bob.__dict__, "profile_url":
                              "https://www.linkedin.com/comm/invitation/accept?invitationId=1&sharedKey=x"})
    assert browser_url(accept) == "https://www.linkedin.com/mynetwork/invitation-manager/"
    assert browser_url(rows[1]) == "https://www.xing.com/contacts/requests"


def test_draft_message_has_no_recipient(requests):
    _, rows = requests
    msg = draft_message(rows[0], "jana@example.org")
    assert msg["From"] == "jana@example.org" and msg["To"] is None
    assert "Bob Boiler" in msg["Subject"]


def test_saving_the_same_draft_twice_makes_one_draft(drafts_server, requests, tmp_path, tmp_home, monkeypatch):
    """Found again by the X-Screener-Request and X-Screener-Draft fields we set. A changed draft is saved
    next to the older copy, which stays: screener never deletes mail."""
    from screener.models import Action, Draft

    srv = drafts_server
    user, _ = srv.add_user()
    cfg = write_config(tmp_path, srv, user, monkeypatch)
    store, rows = requests
    bob, eve = rows
    args = ["--db", str(store.path), "--config", str(cfg), "draft-to-imap"]
    first = CliRunner().invoke(cli, [*args, str(bob.id), str(eve.id)])
    assert first.exit_code == 0, first.output
    before = mailbox_state(srv, user)
    again = CliRunner().invoke(cli, [*args, str(bob.id)])
    assert again.exit_code == 0 and f"#{bob.id} is in Drafts already, unchanged" in again.output
    assert mailbox_state(srv, user) == before  # bob once, eve once; nothing else touched
    gdir = init_guide(tmp_path / "guide")
    res = CliRunner().invoke(cli, ["--db", str(store.path), "--config", str(cfg), "--guide", str(gdir), "review"],
                             input="s\ni\nq\n")  # the i key, on Bob (the second), says the same
    assert "is in Drafts of account work already" in res.output
    assert len(mailbox_state(srv, user)["Drafts"]) == 2

    store.update_draft(bob.id, Draft("Hello Bob,\nan edited reply.\n", Action.ASK, "en", None, "edited"))
    changed = CliRunner().invoke(cli, [*args, str(bob.id)])
    assert changed.exit_code == 0 and "1 older copy of it still there" in changed.output
    drafts = [email.message_from_bytes(raw, policy=email.policy.default)
              for _, raw in mailbox_state(srv, user)["Drafts"]]
    assert sorted(m["X-Screener-Request"] for m in drafts) == sorted([str(bob.id)] * 2 + [str(eve.id)])
    assert any(m.get_content().replace("\r\n", "\n") == "Hello Bob,\nan edited reply.\n" for m in drafts)


def test_a_draft_of_another_request_with_a_longer_id_is_not_touched(drafts_server, requests, tmp_path, tmp_home,
                                                                    monkeypatch):
    """SEARCH HEADER matches substrings: saving #1 must not replace the draft of #12."""
    srv = drafts_server
    user, _ = srv.add_user()
    store, rows = requests
    acc = account(srv, user)
    other = dataclasses.replace(rows[0], id=int(f"{rows[0].id}2"))  # e.g. #12 next to #1
    secret = {acc.name: srv.users[user]}
    save_to_drafts(acc, [other], secret_provider=lambda a: secret[a.name])
    save_to_drafts(acc, [rows[0]], secret_provider=lambda a: secret[a.name])
    ids = sorted(email.message_from_bytes(raw)["X-Screener-Request"] for _, raw in mailbox_state(srv, user)["Drafts"])
    assert ids == sorted([str(rows[0].id), str(other.id)])
