"""The IMAP scan against a real Dovecot (tests/imapserver.py): TLS, read-only, incremental, faults."""

from __future__ import annotations

import email.message
import email.utils
import pickle
import ssl
import textwrap
import time
from pathlib import Path

import mailfactory
import pytest
from click.testing import CliRunner
from imapclient import IMAPClient

from screener.config import (
    Account,
    Config,
    ConfigError,
    KeyringRef,
    ScanSettings,
    parse_config,
)
from screener.guide import default_guide_dir, load_guide
from screener.imap import ImapError, connect, search_criteria, test_account
from screener.scan.accounts import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_TOTAL_FAILURE,
    scan_accounts,
)
from screener.sources.imap import ImapSource
from screener.store.store import Store

pytestmark = pytest.mark.imap

FAST = (0.05, 0.1)  # reconnect backoff for tests (the default is 1, 2, 4 s)


# -- mails ----------------------------------------------------------------------------------

def linkedin_invite(i: int, name: str = "Max Muster", note: str = "I enjoyed your talk on mail filters.") -> bytes:
    vanity = name.lower().replace(" ", "-") + f"-{i}"
    return mailfactory.linkedin_invite(
        name=name, note=note, to="Jana Doe <jana@example.org>", subject="Jana, please add me to your LinkedIn network",
        date=mailfactory.epoch_date(i), message_id=f"<invite-{i}-{name.replace(' ', '.')}@linkedin.example>",
        profile_url=f"https://www.linkedin.com/comm/in/{vanity}?midToken=x",
        accept_url=f"https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/{i}/sharedKey/x/")


def xing_request(i: int, name: str = "Lukas Berger") -> bytes:
    return mailfactory.xing_request(name=name, date=mailfactory.epoch_date(i), message_id=f"<xing-{i}@mail.xing.com>",
                                    note="Wir haben uns auf der Konferenz in Köln über Mailfilter unterhalten.",
                                    request_url=f"https://www.xing.com/contacts/requests/{i}")


def newsletter(i: int, sender: str = "news@shop.example") -> bytes:
    return mailfactory.other_mail(sender=f"Shop <{sender}>", subject=f"Our weekly deals #{i}",
                                  date=mailfactory.epoch_date(i), message_id=f"<news-{i}@shop.example>",
                                  body="Big savings this week.\n")


def big_invite(i: int) -> bytes:
    m = email.message.EmailMessage()
    m["From"] = "Huge Sender via LinkedIn <invitations@linkedin.com>"
    m["Subject"] = "Jana, please add me to your LinkedIn network"
    m["Message-ID"] = f"<big-{i}@linkedin.example>"
    m.set_content("x" * 4000)
    return m.as_bytes()


def mixed_mailbox(n_linkedin: int = 3, n_xing: int = 1, n_other: int = 3) -> list[bytes]:
    mails = [linkedin_invite(i, name=f"Person Number{i}") for i in range(n_linkedin)]
    mails += [xing_request(100 + i) for i in range(n_xing)]
    mails += [newsletter(200 + i) for i in range(n_other)]
    # interleave so candidates and others alternate in UID order
    return [m for pair in zip(mails[::2], mails[1::2] + [b""]) for m in pair if m]


# -- helpers --------------------------------------------------------------------------------

def account(srv, user: str, password: str | None = None, **kw) -> Account:
    params = dict(name=kw.pop("name", user), host="127.0.0.1", username=user, port=srv.port, tls="none",
                  password_env="UNUSED", timeout=10.0)
    params.update(kw)
    return Account(**params)


def secret_of(srv):
    return lambda acc: srv.users[acc.username]


def drain(source, commit: bool = True) -> list:
    out = []
    for mail in source.mails():
        out.append(mail)
        if commit:
            source.commit(mail.key)
    return out


def flags_of(srv, user: str, folder: str = "INBOX") -> dict[bytes, tuple]:
    """Message-ID -> flags, read over a separate connection (\\Recent is per session: left out)."""
    c = IMAPClient("127.0.0.1", port=srv.port, ssl=False, timeout=10)
    try:
        c.login(user, srv.users[user])
        c.select_folder(folder, readonly=True)
        res = c.fetch(c.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        return {v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].strip(): tuple(sorted(f for f in v[b"FLAGS"]
                                                                              if f != b"\\Recent"))
                for v in res.values()}
    finally:
        c.logout()


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "screener.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def guide():
    return load_guide(default_guide_dir())


def config_for(*accounts: Account, batch_size: int = 200, max_size: int = 2_000_000) -> Config:
    return Config(accounts=list(accounts), scan=ScanSettings(batch_size=batch_size, max_size=max_size))


# -- connecting -------------------------------------------------------------------------------

def test_plain_loopback_yields_only_notification_senders(dovecot, imap_user, store):
    user, _ = imap_user
    dovecot.seed(user, mixed_mailbox() + [newsletter(300, sender="jobs@mail.xing.com")])
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot))
    mails = drain(src)
    # 3 LinkedIn + 1 XING request + the XING job digest (a candidate by sender; the parser drops it)
    assert len(mails) == 5
    assert all(m.source == f"imap:{user}/INBOX" for m in mails)
    assert all(m.key.startswith("INBOX:") for m in mails)
    assert all(b"linkedin.com" in m.data or b"xing.com" in m.data for m in mails)
    assert all(m.internaldate is not None and m.internaldate.tzinfo is not None for m in mails)
    # a long scan hands mails to worker processes: they must survive pickling (imapclient's own
    # FixedOffset tzinfo did not, and broke the worker pool)
    assert [pickle.loads(pickle.dumps(m)) for m in mails] == mails
    uids = [int(m.key.split(":")[1]) for m in mails]
    assert uids == sorted(uids)
    assert store.get_cursor(user, "INBOX")[1] == uids[-1]


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_tls_with_private_ca(dovecot, imap_user, store, tls):
    user, _ = imap_user
    dovecot.seed(user, [linkedin_invite(1), newsletter(2)])
    port = dovecot.tls_port if tls == "ssl" else dovecot.port
    acc = account(dovecot, user, tls=tls, port=port, ca_file=dovecot.ca_file)
    client = connect(acc, secret_of(dovecot))
    try:
        assert isinstance(client.socket(), ssl.SSLSocket)
        assert client.socket().version() in ("TLSv1.2", "TLSv1.3")
    finally:
        client.logout()
    assert len(drain(ImapSource(acc, store, secret_of(dovecot)))) == 1
    info = test_account(acc, secret_of(dovecot))
    assert info["folders"]["INBOX"] == {"messages": 2, "candidates": 1,
                                        "uidvalidity": info["folders"]["INBOX"]["uidvalidity"]}
    assert "IMAP4REV1" in info["capabilities"] and tls in info["tls"]


def test_tls_by_host_name(dovecot, imap_user):
    user, _ = imap_user
    acc = account(dovecot, user, host="localhost", tls="ssl", port=dovecot.tls_port, ca_file=dovecot.ca_file)
    client = connect(acc, secret_of(dovecot))
    assert b"IMAP4REV1" in client.capabilities()  # logged in over verified TLS to "localhost"
    client.logout()


def test_certificate_for_wrong_host_is_refused(dovecot, imap_user):
    user, _ = imap_user
    # 127.0.0.2 is served a certificate for "wrong.example", signed by the same trusted CA
    pem = ssl.get_server_certificate(("127.0.0.2", dovecot.tls_port))
    assert pem != ssl.get_server_certificate(("127.0.0.1", dovecot.tls_port))
    acc = account(dovecot, user, host="127.0.0.2", tls="ssl", port=dovecot.tls_port, ca_file=dovecot.ca_file)
    with pytest.raises(ImapError, match=r"certificate of 127\.0\.0\.2:\d+ is not valid for '127\.0\.0\.2'.*mismatch"):
        connect(acc, secret_of(dovecot))


def test_unknown_ca_is_refused_and_names_ca_file(dovecot, imap_user):
    user, _ = imap_user
    acc = account(dovecot, user, tls="starttls", port=dovecot.port)  # system CAs only
    with pytest.raises(ImapError, match="ca_file"):
        connect(acc, secret_of(dovecot))


def test_insecure_skip_verify_connects_and_warns(dovecot, imap_user, store, guide):
    user, _ = imap_user
    acc = account(dovecot, user, host="127.0.0.2", tls="ssl", port=dovecot.tls_port, insecure_skip_verify=True)
    connect(acc, secret_of(dovecot)).logout()
    warnings: list[str] = []
    result = scan_accounts(config_for(acc), store, guide, secret_provider=secret_of(dovecot), warn=warnings.append)
    assert result.exit_code == EXIT_OK
    assert warnings and "NOT checked" in warnings[0] and warnings == result.warnings


def test_wrong_password_is_a_clear_error(dovecot, imap_user):
    user, _ = imap_user
    acc = account(dovecot, user)
    with pytest.raises(ImapError, match=rf"refused the login for '{user}'.*AUTHENTICATIONFAILED"):
        connect(acc, lambda a: "not-the-password")


def test_password_command(dovecot, imap_user, tmp_path, store):
    user, password = imap_user
    pwfile = tmp_path / "pw"
    pwfile.write_text(password + "\nsecond line is ignored\n")
    cfg = parse_config(textwrap.dedent(f"""
        [[accounts]]
        name = "cmd"
        host = "127.0.0.1"
        port = {dovecot.port}
        tls = "none"
        username = "{user}"
        password_command = "cat '{pwfile}'"
    """), tmp_path / "config.toml")
    dovecot.seed(user, [linkedin_invite(7)])
    assert len(drain(ImapSource(cfg.accounts[0], store))) == 1  # the real get_secret


def test_xoauth2_with_locally_validated_jwt(dovecot, imap_user, tmp_path, store):
    user, _ = imap_user
    token_file = tmp_path / "token"
    token_file.write_text(dovecot.make_token(user) + "\n")
    cfg = parse_config(textwrap.dedent(f"""
        [[accounts]]
        name = "oauth"
        host = "127.0.0.1"
        port = {dovecot.tls_port}
        tls = "ssl"
        ca_file = "{dovecot.ca_file}"
        username = "{user}"
        auth = "xoauth2"
        token_command = "cat '{token_file}'"
    """), tmp_path / "config.toml")
    dovecot.seed(user, [linkedin_invite(8), linkedin_invite(9)])
    assert len(drain(ImapSource(cfg.accounts[0], store))) == 2
    assert "method=XOAUTH2" in dovecot.log_file.read_text()

    token_file.write_text(dovecot.make_token(user, key=b"k" * 32) + "\n")  # signed with another key
    with pytest.raises(ImapError, match="refused the token"):
        connect(cfg.accounts[0])
    token_file.write_text(dovecot.make_token(user, lifetime=-120) + "\n")  # expired
    with pytest.raises(ImapError, match="refused the token"):
        connect(cfg.accounts[0])


def test_a_refused_first_connect_fails_at_once_without_retries(dovecot, imap_user):
    """A wrong port (nothing listens) is not a flaky network: one clear message, no 1+2+4 s of retries."""
    from imapserver import free_port

    user, _ = imap_user
    sleeps: list[float] = []
    acc = account(dovecot, user, port=free_port())
    src = ImapSource(acc, None, secret_of(dovecot), backoff=(1, 2, 4), sleep=sleeps.append)
    with pytest.raises(ImapError, match=r"cannot connect to 127.0.0.1:\d+: connection refused \(is the port right"):
        list(src.mails())
    assert sleeps == [] and src.reconnects == 0


def test_a_wrong_port_through_the_cli_fails_fast_and_says_so_once(dovecot, imap_user, tmp_home, tmp_path):
    from click.testing import CliRunner
    from imapserver import free_port

    from screener.cli.app import cli

    user, password = imap_user
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[[accounts]]\nname = "work"\nhost = "127.0.0.1"\nport = {free_port()}\ntls = "none"\n'
                   f'username = "{user}"\npassword_command = "echo {password}"\n')
    t0 = time.monotonic()
    res = CliRunner().invoke(cli, ["--config", str(cfg), "scan"])
    assert time.monotonic() - t0 < 5  # no 1 + 2 + 4 s of backoff
    assert res.exit_code == 1, res.output
    said = [line for line in res.stderr.splitlines() if "connection refused" in line]
    assert len(said) == 1, res.stderr  # once, not once per retry nor again in a status line
    assert "accounts: work FAILED" in res.stdout


def test_silent_server_times_out_and_is_retried():
    import socket

    with socket.socket() as silent:  # accepts TCP connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        acc = Account(name="silent", host="127.0.0.1", port=silent.getsockname()[1], tls="none",
                      username="x", password_env="X", timeout=0.3)
        src = ImapSource(acc, None, lambda a: "x", backoff=FAST)
        t0 = time.monotonic()
        with pytest.raises(ImapError, match="timed out.*gave up after 3 tries"):
            list(src.mails())
        assert time.monotonic() - t0 < 3
        assert src.reconnects == 2


# -- read-only, incremental ---------------------------------------------------------------------

def test_scan_changes_no_flag(dovecot, imap_user, store, guide):
    user, _ = imap_user
    mails = mixed_mailbox(4, 2, 3)
    flag_sets = [["S"], [], ["F"], ["S", "F"], [], ["S"], [], ["R"], []]
    dovecot.seed(user, mails, flags=flag_sets)
    before = flags_of(dovecot, user)
    assert sum(1 for f in before.values() if b"\\Seen" in f) == 3
    result = scan_accounts(config_for(account(dovecot, user)), store, guide, secret_provider=secret_of(dovecot))
    assert result.exit_code == EXIT_OK, result.report.errors
    assert result.report.requests_new == 6
    assert flags_of(dovecot, user) == before
    log = dovecot.log_file.read_text()
    assert f"imap({user})" in log and "expunged=0" in log


def test_second_scan_adds_nothing(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, mixed_mailbox(3, 1, 2))
    cfg = config_for(account(dovecot, user))
    first = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot))
    assert (first.report.requests_new, first.exit_code) == (4, EXIT_OK)
    second = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot))
    assert (second.report.seen, second.report.requests_new, second.exit_code) == (0, 0, EXIT_OK)
    assert store.count() == 4
    # a new mail arrives: only it is fetched
    dovecot.seed(user, [linkedin_invite(50, name="Late Arrival")])
    third = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot))
    assert (third.report.seen, third.report.requests_new) == (1, 1)


def test_dry_run_stores_nothing_and_moves_no_cursor(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, mixed_mailbox(2, 1, 1))
    seen = []
    result = scan_accounts(config_for(account(dovecot, user)), store, guide, dry_run=True,
                           secret_provider=secret_of(dovecot), on_request=seen.append)
    assert result.report.requests_new == 3 and len(seen) == 3
    assert store.count() == 0 and store.get_cursor(user, "INBOX") is None


def test_uidvalidity_change_rescans_without_duplicates(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, mixed_mailbox(3, 1, 2))
    cfg = config_for(account(dovecot, user))
    assert scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot)).report.requests_new == 4
    old_uv = store.get_cursor(user, "INBOX")[0]

    dovecot.reset_uidvalidity(user)
    dovecot.seed(user, [linkedin_invite(60, name="After Renumber")])
    result = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot))
    new_uv = store.get_cursor(user, "INBOX")[0]
    assert new_uv != old_uv
    assert result.report.seen == 5  # everything again ...
    assert (result.report.requests_new, result.report.requests_known) == (1, 4)  # ... stored once
    assert store.count() == 5
    assert any("UIDVALIDITY" in w for w in result.warnings)
    assert result.exit_code == EXIT_OK


def test_oversized_mail_is_skipped_by_size_without_fetching(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, [linkedin_invite(70), big_invite(71)])
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot), max_size=2000)
    mails = drain(src, commit=False)
    assert [(len(m.data) > 0, m.size > 2000) for m in mails] == [(True, False), (False, True)]
    result = scan_accounts(config_for(account(dovecot, user), max_size=2000), store, guide,
                           secret_provider=secret_of(dovecot))
    assert (result.report.requests_new, result.report.skipped) == (1, 1)
    skipped = store.skipped()
    assert len(skipped) == 1 and skipped[0]["size"] > 2000 and "larger than" in skipped[0]["reason"]
    again = scan_accounts(config_for(account(dovecot, user), max_size=2000), store, guide,
                          secret_provider=secret_of(dovecot))
    assert again.report.seen == 0


def test_several_folders_and_a_missing_one(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, [linkedin_invite(80)])
    dovecot.seed(user, [xing_request(81), newsletter(82)], folder="Social")
    acc = account(dovecot, user, folders=("INBOX", "Nope", "Social"))
    result = scan_accounts(config_for(acc), store, guide, secret_provider=secret_of(dovecot))
    assert result.report.requests_new == 2
    assert result.exit_code == EXIT_PARTIAL
    assert "Nope" in result.status[user] and result.status[user].startswith("partial")
    assert store.get_cursor(user, "Social") is not None


def test_search_is_narrowed_on_the_server():
    assert search_criteria(["a.com"]) == ["FROM", "a.com"]
    assert search_criteria(["a.com", "b.com", "c.com"], 41) == [
        "UID", "42:*", "OR", "OR", "FROM", "a.com", "FROM", "b.com", "FROM", "c.com"]


# -- faults ---------------------------------------------------------------------------------------

def test_dropped_connection_reconnects_and_resumes(dovecot, imap_user, store):
    user, _ = imap_user
    dovecot.seed(user, [linkedin_invite(i, name=f"Drop Test{i}") for i in range(6)])
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot), batch_size=2, backoff=FAST)
    keys = []
    for mail in src.mails():
        keys.append(mail.key)
        src.commit(mail.key)
        if len(keys) == 3:
            src._client.shutdown()  # the network drops the connection under us
    assert len(keys) == 6 and len(set(keys)) == 6
    assert src.reconnects == 1


def test_server_killed_mid_scan_then_rerun_stores_each_once(dovecot, imap_user, store, guide):
    user, _ = imap_user
    names = [f"Killed Test{i}" for i in range(8)]
    dovecot.seed(user, [linkedin_invite(i, name=n) for i, n in enumerate(names)] + [newsletter(99)])
    other, _ = dovecot.add_user()
    dovecot.seed(other, [linkedin_invite(500, name="Second Account")])
    cfg = config_for(account(dovecot, user), account(dovecot, other), batch_size=2)

    seen = []

    def kill_after_three(mail):
        seen.append(mail.key)
        if len(seen) == 3:
            dovecot.kill()

    t0 = time.monotonic()
    try:
        result = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot), on_mail=kill_after_three,
                               backoff=FAST)
    finally:
        if not dovecot.running:
            dovecot.restart()
    assert time.monotonic() - t0 < 10
    assert result.exit_code == EXIT_TOTAL_FAILURE  # both accounts failed (the server is gone)
    assert "gave up after 3 tries" in result.status[user] and result.status[other].startswith("FAILED")
    assert 3 <= store.count() < 8  # what was handled before the kill is stored
    assert store.get_cursor(user, "INBOX")[1] >= 3

    rerun = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot), backoff=FAST)
    assert rerun.exit_code == EXIT_OK, rerun.report.errors
    stored = sorted(r.sender_name for r in store.list())
    assert stored == sorted(names + ["Second Account"])  # every request exactly once
    assert rerun.report.requests_known == 0  # resumed from the cursor, nothing fetched twice


def test_one_failing_account_does_not_stop_the_others(dovecot, imap_user, store, guide):
    user, _ = imap_user
    dovecot.seed(user, [linkedin_invite(600, name="Good Account")])
    bad = account(dovecot, "nobody-here", name="bad")
    good = account(dovecot, user, name="good")
    cfg = config_for(bad, good)
    result = scan_accounts(cfg, store, guide, secret_provider=lambda a: dovecot.users.get(a.username, "x"))
    assert result.exit_code == EXIT_PARTIAL
    assert result.status["good"] == "ok" and "refused the login" in result.status["bad"]
    assert result.report.requests_new == 1
    by_name = {a.name: a for a in result.accounts}
    assert by_name["good"].counts.get("new") == 1 and result.status["bad"].startswith("FAILED: ")

    only_bad = scan_accounts(cfg, store, guide, account="bad", secret_provider=lambda a: "x")
    assert only_bad.exit_code == EXIT_TOTAL_FAILURE
    with pytest.raises(ConfigError, match=r"no account named 'godo' \(did you mean 'good'\?\).*bad, good"):
        scan_accounts(cfg, store, guide, account="godo")


def test_secret_failure_is_an_account_error(dovecot, imap_user, store, guide):
    import keyring
    from keyring.backends import fail

    user, _ = imap_user
    acc = account(dovecot, user, password_env=None, keyring=KeyringRef("screener", user))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what cron sees: no D-Bus session, no backend
    try:
        result = scan_accounts(config_for(acc), store, guide)
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == EXIT_TOTAL_FAILURE
    assert "password_command" in result.status[user] and "keyring" in result.status[user]


# -- CLI ---------------------------------------------------------------------------------------------

def test_accounts_cli(dovecot, imap_user, tmp_path, tmp_home):
    from screener.cli.accounts import accounts

    user, password = imap_user
    dovecot.seed(user, mixed_mailbox(2, 1, 2))
    cfg = tmp_path / "config.toml"
    cfg.write_text(textwrap.dedent(f"""
        [[accounts]]
        name = "work"
        host = "127.0.0.1"
        port = {dovecot.port}
        tls = "starttls"
        ca_file = "{dovecot.ca_file}"
        username = "{user}"
        password_env = "SCREENER_TEST_PW"

        [[accounts]]
        name = "broken"
        host = "127.0.0.1"
        port = {dovecot.port}
        tls = "none"
        username = "{user}"
        password_env = "SCREENER_TEST_WRONG"
    """))
    runner = CliRunner()
    env = {"SCREENER_TEST_PW": password, "SCREENER_TEST_WRONG": "wrong"}
    res = runner.invoke(accounts, ["--config", str(cfg), "list"], env=env)
    assert res.exit_code == 0, res.output
    assert "work" in res.output and "broken" in res.output and password not in res.output

    res = runner.invoke(accounts, ["--config", str(cfg), "test", "work"], env=env)
    assert res.exit_code == 0, res.output
    assert "work: ok" in res.output and "IMAP4REV1" in res.output
    assert "INBOX: 5 messages, 3 from the notification senders" in res.output

    res = runner.invoke(accounts, ["--config", str(cfg), "test"], env=env)
    assert res.exit_code == 1
    assert "broken: FAILED" in res.output and "work: ok" in res.output and "wrong" not in res.output

    res = runner.invoke(accounts, ["--config", str(cfg), "test", "wrok"], env=env)
    assert res.exit_code == 1 and "did you mean 'work'" in res.output

    res = runner.invoke(accounts, ["--config", str(tmp_path / "missing.toml"), "list"])
    assert res.exit_code == 1 and "no such configuration file" in res.output

    from screener.cli.app import (
        cli,  # as wired into the main command: its --config is used
    )

    res = runner.invoke(cli, ["--config", str(cfg), "accounts", "test", "work"], env=env)
    assert res.exit_code == 0 and "work: ok" in res.output, res.output


def test_secrets_never_reach_the_database_or_errors(dovecot, imap_user, store, guide, tmp_path):
    user, password = imap_user
    dovecot.seed(user, [linkedin_invite(700, name="Secret Check")])
    scan_accounts(config_for(account(dovecot, user)), store, guide, secret_provider=secret_of(dovecot))
    bad = scan_accounts(config_for(account(dovecot, user, name="x")), store, guide,
                        secret_provider=lambda a: "hunter2-wrong")
    assert "hunter2" not in " ".join(bad.status.values())
    store.close()
    assert password.encode() not in Path(tmp_path / "screener.db").read_bytes()


def test_screener_scan_end_to_end(dovecot, imap_user, tmp_path, tmp_home):
    """`screener scan` against a mailbox of LinkedIn, XING and unrelated mail: exactly the requests."""
    from screener.cli.app import cli

    user, password = imap_user
    other, other_pw = dovecot.add_user()
    dovecot.seed(user, mixed_mailbox(3, 1, 3) + [newsletter(900, sender="jobs@mail.xing.com")],
                 flags=[["S"], [], [], ["F"], [], [], [], []])
    dovecot.seed(other, [linkedin_invite(901, name="Other Account")], folder="Social")
    before = flags_of(dovecot, user)
    cfg = tmp_path / "config.toml"
    cfg.write_text(textwrap.dedent(f"""
        [[accounts]]
        name = "work"
        host = "127.0.0.1"
        port = {dovecot.tls_port}
        tls = "ssl"
        ca_file = "{dovecot.ca_file}"
        username = "{user}"
        password_command = 'echo "$SCREENER_TEST_PW"'

        [[accounts]]
        name = "private"
        host = "127.0.0.1"
        port = {dovecot.port}
        tls = "none"
        username = "{other}"
        folders = ["INBOX", "Social"]
        password_env = "SCREENER_TEST_OTHER"
    """))
    db = tmp_path / "s.db"
    env = {"SCREENER_TEST_PW": password, "SCREENER_TEST_OTHER": other_pw}
    runner = CliRunner()
    res = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan"], env=env)
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        assert sorted(r.sender_name for r in s.list()) == [
            "Lukas Berger", "Other Account", "Person Number0", "Person Number1", "Person Number2"]
    res = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan"], env=env)
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        assert s.count() == 5
    assert flags_of(dovecot, user) == before

    env["SCREENER_TEST_OTHER"] = "wrong"
    res = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan"], env=env)
    assert res.exit_code == 3, res.output  # one of two accounts failed
    res = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan", "--account", "private"], env=env)
    assert res.exit_code == 1, res.output  # every account failed
    assert "wrong" not in res.output.replace("wrong password", "")
