"""Scan every configured IMAP account through the pipeline; one failing account does not stop the rest.

Exit codes (AccountsResult.exit_code):
  0  every account was scanned and every mail handled
  3  partial failure: some accounts or folders failed, or some mails could not be read
  1  total failure: no account could be scanned
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from screener.config import Config, ConfigError
from screener.imap import SecretProvider, insecure_warning
from screener.models import RawMail, ScanReport
from screener.secrets import get_secret
from screener.sources.imap import ImapSource, Progress

EXIT_OK = 0
EXIT_TOTAL_FAILURE = 1
EXIT_PARTIAL = 3


@dataclass
class AccountStatus:
    name: str
    status: str = "ok"  # "ok", or the error message
    errors: list[str] = field(default_factory=list)  # folder-level problems (the account still ran)
    counts: dict[str, int] = field(default_factory=dict)  # seen/new/known/skipped/ignored
    reconnects: int = 0
    rescanned: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class AccountsResult:
    report: ScanReport
    accounts: list[AccountStatus]
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[AccountStatus]:
        return [a for a in self.accounts if not a.ok]

    @property
    def status(self) -> dict[str, str]:
        """Account name -> "ok" or what went wrong (one line each)."""
        out = {}
        for a in self.accounts:
            if not a.ok:
                out[a.name] = f"FAILED: {a.status}"
            elif a.errors:
                out[a.name] = f"partial: {'; '.join(a.errors)}"
            else:
                out[a.name] = "ok"
        return out

    @property
    def exit_code(self) -> int:
        if self.accounts and len(self.failed) == len(self.accounts):
            return EXIT_TOTAL_FAILURE
        if self.failed or self.report.errors or any(a.errors for a in self.accounts):
            return EXIT_PARTIAL
        return EXIT_OK


class _Guarded:
    """Wraps a source so an account-level failure ends that source, not the whole scan."""

    def __init__(self, source: ImapSource, status: AccountStatus):
        self.inner = source
        self.status = status
        self.name = source.name

    def mails(self) -> Iterator[RawMail]:
        try:
            yield from self.inner.mails()
        except Exception as exc:  # noqa: BLE001 - reported per account, the others go on
            self.status.status = str(exc) or type(exc).__name__
        finally:
            self.status.reconnects = self.inner.reconnects
            self.status.rescanned = list(self.inner.rescanned)

    def commit(self, key: str) -> None:
        self.inner.commit(key)

    def full(self, raw: RawMail) -> RawMail | None:
        return self.inner.full(raw)


def scan_accounts(
    config: Config,
    store: Any,
    guide: Any,
    *,
    account: str | None = None,
    dry_run: bool = False,
    on_request: Callable[[Any], None] | None = None,
    on_mail: Callable[[RawMail], None] | None = None,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
    secret_provider: SecretProvider = get_secret,
    backoff: tuple[float, ...] | None = None,
    detector: Any = None,
) -> AccountsResult:
    """Scan all accounts (or the one named) into the store; see the module doc for exit codes.

    `progress(account, folder, done, total)` is called when a folder starts and after each mail.
    `warn(text)` receives warnings that must reach the user (default: stderr).
    """
    from screener.scan.pipeline import (
        scan,  # late: the pipeline pulls in parser and detector
    )

    if not config.accounts:
        where = config.path or "the configuration file"
        raise ConfigError(f"no IMAP accounts configured: add an [[accounts]] table to {where} "
                          f"(`screener config init` writes a commented config)")
    accounts = [config.account(account)] if account else list(config.accounts)
    warn = warn or (lambda text: print(text, file=sys.stderr))

    result = AccountsResult(report=ScanReport(), accounts=[])
    sources = []
    for acc in accounts:
        if acc.insecure_skip_verify:
            text = insecure_warning(acc)
            result.warnings.append(text)
            warn(text)
        status = AccountStatus(acc.name)
        result.accounts.append(status)
        kwargs: dict[str, Any] = {}
        if backoff is not None:
            kwargs["backoff"] = backoff
        src = ImapSource(acc, store, secret_provider, config.scan.senders, config.scan.batch_size,
                         config.scan.max_size, progress=progress, **kwargs)
        sources.append(_Guarded(src, status))

    kw: dict[str, Any] = {}
    if detector is not None:
        kw["detector"] = detector
    report = scan(sources, store, guide, dry_run=dry_run, max_size=config.scan.max_size,
                  on_mail=on_mail, on_request=on_request, workers=config.scan.workers, **kw)
    for status, src in zip(result.accounts, sources):
        c = report.per_source.get(src.name, {})
        status.counts = dict(c)
        status.errors.extend(src.inner.errors)  # folder problems, and mails full() could not fetch
        for folder in status.rescanned:
            text = (f"warning: account {status.name!r}: folder {folder!r} was renumbered by the server "
                    f"(UIDVALIDITY changed) and was scanned again from the start")
            result.warnings.append(text)
            warn(text)
    for status in result.accounts:
        if not status.ok:
            report.errors.append(status.status)
        report.errors.extend(status.errors)
    result.report = report
    return result
