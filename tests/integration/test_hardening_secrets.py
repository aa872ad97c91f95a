"""Secrets and access: passwords never leave the process except to the IMAP server; files are private;
TLS cannot be switched off silently; plain IMAP only on loopback; nothing fetches URLs or sends mail.
"""

from __future__ import annotations

import ast
import os
import socket
import ssl
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import screener
from screener.cli.app import cli
from screener.config import Account
from screener.imap import ImapError, connect, make_ssl_context
from screener.store.store import Store

PACKAGE = Path(screener.__file__).parent
SAMPLE = PACKAGE / "data" / "sample-inbox"


@pytest.fixture
def recorded_children(monkeypatch):
    """Every child process started in this test: (argv, env)."""
    seen: list[tuple[object, dict | None]] = []
    original = subprocess.Popen.__init__

    def recording(self, args, *a, **kw):
        seen.append((args, kw.get("env")))
        return original(self, args, *a, **kw)

    monkeypatch.setattr(subprocess.Popen, "__init__", recording)
    return seen


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.imap
def test_password_reaches_no_argv_log_output_or_file(dovecot, imap_user, tmp_path, tmp_home, recorded_children,
                                                     caplog):
    """A full `screener scan` with password_command: the secret is on the command's stdout and nowhere else."""
    from test_imap import linkedin_invite

    user, password = imap_user
    dovecot.seed(user, [linkedin_invite(800 + i, name=f"Secret Probe{i}") for i in range(3)])
    secret_file = tmp_path / "pw"
    secret_file.write_text(password + "\n")
    probe = tmp_path / "probe"
    probe.mkdir()
    # the command also records its own and its parent's command line (/proc/<pid>/cmdline)
    command = (f"cat /proc/$$/cmdline > {probe}/self; cat /proc/$PPID/cmdline > {probe}/parent; "
               f"cat {secret_file}")
    cfg = tmp_path / "config.toml"
    cfg.write_text(textwrap.dedent(f"""
        [[accounts]]
        name = "work"
        host = "127.0.0.1"
        port = {dovecot.tls_port}
        tls = "ssl"
        ca_file = "{dovecot.ca_file}"
        username = "{user}"
        password_command = '{command}'
    """))
    db_dir = tmp_path / "data"
    db = db_dir / "screener.db"
    caplog.set_level(1)  # every logger, every level (imapclient logs the protocol at DEBUG)
    runner = CliRunner()
    res = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan", "--show"])
    assert res.exit_code == 0, res.output
    files_open = _all_bytes(db_dir)  # with the WAL still there, before anything is checkpointed away
    res2 = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "list", "--json"])
    secret_file.write_text("wrong-" + password + "\n")  # a refused login must not echo what was tried
    res3 = runner.invoke(cli, ["--config", str(cfg), "--db", str(db), "scan"])
    assert res3.exit_code == 1 and "refused" in res3.output, res3.output

    secret = password.encode()
    assert recorded_children, "the password command should have run as a child process"
    for argv, env in recorded_children:
        assert password not in repr(argv), argv
        assert password not in repr(env or {}), "secret passed in a child's environment"
    for name in ("self", "parent"):
        assert secret not in (probe / name).read_bytes(), f"/proc/{name}/cmdline holds the secret"
    for out in (res.output, res2.output, res3.output):
        assert password not in out
    assert caplog.records, "logging was not captured"
    assert password not in caplog.text
    for path, data in {**files_open, **_all_bytes(db_dir), **_all_bytes(tmp_home)}.items():
        assert secret not in data, f"{path} holds the secret"


def test_crash_log_is_private_and_holds_no_secret(tmp_home, tmp_path, monkeypatch):
    """The last-resort handler writes a traceback to crash.log (0600); a secret in the environment stays out."""
    from screener.cli import app as cli_module
    from screener.scan import pipeline

    secret = "s3cr3t-hunter2-value"
    monkeypatch.setenv("SCREENER_PW", secret)

    def boom(*args, **kwargs):
        raise RuntimeError("unforeseen failure")

    monkeypatch.setattr(pipeline, "scan", boom)
    monkeypatch.setattr(sys, "argv", ["screener", "scan", "--maildir", str(SAMPLE)])
    with pytest.raises(SystemExit) as exc:
        cli_module.main()
    assert exc.value.code == 1
    log = tmp_home / "crash.log"
    assert log.exists() and "RuntimeError: unforeseen failure" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert secret not in log.read_text()


def test_database_wal_and_lock_files_are_private(tmp_home):
    res = CliRunner().invoke(cli, ["scan", "--maildir", str(SAMPLE)])
    assert res.exit_code == 0, res.output
    db = tmp_home / "screener.db"
    with Store(db) as s:  # while open, the WAL and shared-memory files exist
        s.set_cursor("a", "INBOX", 1, 1)
        for p in [db, *tmp_home.glob("screener.db-*"), tmp_home / "scan.lock"]:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
        assert list(tmp_home.glob("screener.db-wal"))


def test_database_is_private_even_under_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        with Store(tmp_path / "new" / "s.db") as s:
            s.set_cursor("a", "INBOX", 1, 1)
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "new").iterdir()}
    finally:
        os.umask(old)
    assert modes and all(m == 0o600 for m in modes.values()), modes
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


# -- TLS ---------------------------------------------------------------------------------------------------------


def test_tls_verification_is_on_unless_explicitly_skipped():
    acc = Account(name="a", host="imap.example.org", username="u", password_env="X")
    ctx = make_ssl_context(acc)
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
    insecure = make_ssl_context(Account(name="a", host="h", username="u", password_env="X",
                                        insecure_skip_verify=True))
    assert insecure.verify_mode == ssl.CERT_NONE  # only this way, and only with the warning below


def test_no_other_code_path_disables_certificate_checks():
    """Only make_ssl_context may weaken TLS, and only behind insecure_skip_verify; no env var switch."""
    weakeners = ("CERT_NONE", "_create_unverified_context", "_create_stdlib_context", "check_hostname = False",
                 "PYTHONHTTPSVERIFY", "IMAP4_SSL(")
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for w in weakeners:
            if w in text:
                assert path == PACKAGE / "imap" / "__init__.py" and w in ("CERT_NONE", "check_hostname = False"), \
                    f"{path}: {w}"
    src = (PACKAGE / "imap" / "__init__.py").read_text()
    body = src[src.index("def make_ssl_context"):src.index("def search_criteria")]
    assert body.index("if account.insecure_skip_verify:") < body.index("CERT_NONE")


@pytest.mark.imap
def test_insecure_skip_verify_warns_on_every_cli_scan(dovecot, imap_user, tmp_path, tmp_home):
    from test_imap import linkedin_invite

    user, password = imap_user
    dovecot.seed(user, [linkedin_invite(850, name="Warn Probe")])
    cfg = tmp_path / "config.toml"
    cfg.write_text(textwrap.dedent(f"""
        [[accounts]]
        name = "lab"
        host = "127.0.0.2"
        port = {dovecot.tls_port}
        tls = "ssl"
        username = "{user}"
        password_env = "SCREENER_TEST_PW"
        insecure_skip_verify = true
    """))
    for _ in range(2):
        res = CliRunner().invoke(cli, ["--config", str(cfg), "scan", "-q"], env={"SCREENER_TEST_PW": password})
        assert res.exit_code == 0, res.output
        assert "WARNING" in res.stderr and "NOT checked" in res.stderr and "'lab'" in res.stderr
    # without the option the same server (certificate for another name) is refused
    cfg.write_text(cfg.read_text().replace("insecure_skip_verify = true\n", ""))
    res = CliRunner().invoke(cli, ["--config", str(cfg), "scan", "-q"], env={"SCREENER_TEST_PW": password})
    assert res.exit_code == 1 and "certificate" in res.output


# -- plain IMAP ---------------------------------------------------------------------------------------------------


def test_plain_imap_to_a_remote_host_is_refused_before_any_connection(monkeypatch):
    def refuse(*a, **kw):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    acc = Account(name="x", host="imap.example.org", port=143, tls="none", username="u", password_env="X")
    with pytest.raises(ImapError, match="plain-text"):
        connect(acc, lambda a: "secret")


class _NoStartTLSServer(threading.Thread):
    """Greets and answers CAPABILITY without STARTTLS; records every line the client sends."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.lines: list[bytes] = []

    def run(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.sendall(b"* OK fake ready\r\n")
            buf = b""
            while True:
                data = conn.recv(4096)
                if not data:
                    return
                buf += data
                while b"\r\n" in buf:
                    line, buf = buf.split(b"\r\n", 1)
                    self.lines.append(line)
                    tag = line.split(b" ", 1)[0]
                    if b"CAPABILITY" in line.upper():
                        conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                    elif b"LOGOUT" in line.upper():
                        conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                        return
                    else:
                        conn.sendall(tag + b" BAD no\r\n")


def test_starttls_not_offered_means_no_login():
    srv = _NoStartTLSServer()
    srv.start()
    acc = Account(name="x", host="127.0.0.1", port=srv.port, tls="starttls", username="u", password_env="X",
                  timeout=5)
    with pytest.raises(ImapError, match="does not offer STARTTLS"):
        connect(acc, lambda a: "the-secret")
    srv.join(5)
    srv.sock.close()
    assert not any(b"LOGIN" in line.upper() or b"AUTHENTICATE" in line.upper() for line in srv.lines), srv.lines
    assert not any(b"the-secret" in line for line in srv.lines)


# -- no URL fetched, no mail sent ------------------------------------------------------------------------------

# Modules that may talk to the network, and where. Everything else must not even import a network module.
NETWORK_MODULES = {"socket", "ssl", "smtplib", "urllib.request", "http.client", "http", "requests", "httpx",
                   "aiohttp", "ftplib", "telnetlib", "poplib", "imaplib", "imapclient", "webbrowser", "urllib3",
                   "xmlrpc.client", "asyncio"}
ALLOWED = {
    "imap/__init__.py": {"socket", "ssl", "imaplib", "imapclient"},  # connect, TLS, login (scan, Drafts, check)
    "sources/imap.py": {"imaplib"},  # the read-only IMAP scan (its error types only)
    "delivery.py": {"webbrowser"},  # open a profile page on the user's key press
}
NEVER = {"smtplib", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "urllib3", "ftplib", "poplib"}


def _imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            found.add(str(node.args[0].value))
    return found


def test_only_the_imap_source_and_delivery_touch_the_network():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        mods = _imports(ast.parse(path.read_text(encoding="utf-8")))
        net = {m for m in mods if m in NETWORK_MODULES or m.split(".")[0] in ("requests", "httpx", "aiohttp")}
        if net & NEVER or net - ALLOWED.get(rel, set()):
            offenders.append(f"{rel}: {sorted(net)}")
    assert not offenders, offenders


def test_nothing_sends_mail():
    """The only IMAP write is APPEND to the Drafts folder (delivery.py); no SMTP, no sendmail, no MOVE/COPY."""
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("sendmail", "send_message", "smtplib", "/usr/sbin/sendmail", ".move(", ".copy(",
                     ".delete_messages(", ".expunge(", ".add_flags(", ".set_flags("):
            assert word not in text, f"{path.name}: {word}"
        if ".append(" in text and "client.append(" in text:
            assert path.name == "delivery.py", path


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def browser(monkeypatch):
    opened: list[str] = []
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **kw: opened.append(url) or True)
    return opened


def test_a_local_scan_and_the_daily_commands_open_no_connection(tmp_home, tmp_path, no_network, browser):
    """Mails full of links (tracking pixels, accept links, HTML with remote images) are read, nothing fetched."""
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    for i, p in enumerate(sorted(SAMPLE.glob("cur/*"))):
        (md / "cur" / p.name).write_bytes(p.read_bytes())
    html_mail = (b"From: Max Muster via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n"
                 b"Message-ID: <net@x>\nContent-Type: text/html; charset=utf-8\n\n"
                 b"<img src='https://tracker.example/p.gif'><link rel=stylesheet href='https://cdn.example/x.css'>"
                 b"<script src='https://evil.example/x.js'></script><p>Hi Jana, see https://evil.example/note</p>"
                 b"<a href='https://www.linkedin.com/comm/in/max'>View profile</a>")
    (md / "cur" / "1900000000.M1P1.net:2,S").write_bytes(html_mail)
    runner = CliRunner()
    for args in (["scan", "--maildir", str(md), "--show"], ["list"], ["list", "--json"], ["show", "1"],
                 ["export"], ["stats", "--html", str(tmp_path / "r.html")], ["guide", "render", "--format", "html"],
                 ["check", "Hi, see https://evil.example/x"], ["review"]):
        res = runner.invoke(cli, args, input="s\n" * 30 + "q\n")
        assert res.exit_code in (0, 3), (args, res.output)
    assert no_network == [], no_network
    assert browser == []  # nothing is opened unless the user presses [o] ...
    res = runner.invoke(cli, ["review"], input="o\nq\n")
    assert res.exit_code == 0, res.output
    # ... and then only the sender's canonical profile (or the platform's request page), never a link from the mail
    assert len(browser) == 1 and browser[0].startswith(("https://www.linkedin.com/in/", "https://www.xing.com/",
                                                        "https://www.linkedin.com/mynetwork/")), browser
    assert no_network == []
