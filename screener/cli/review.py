"""`screener review`: the daily loop over the pending requests (the screen is review/screen.py)."""

from __future__ import annotations

import click

from screener.cli.complete import account_names
from screener.cli.context import Ctx, pass_ctx
from screener.cli.options import platform_option, status_option, verdict_option, when_filters, when_options


def imap_saver(c: Ctx, account_name: str | None):
    """The review's [i] key: save one request's draft to the Drafts folder of the right account."""
    from screener.delivery import account_for, save_to_drafts

    def save(r) -> str:
        account = account_for(c.config, r, account_name)
        [saved] = save_to_drafts(account, [r])
        if saved.unchanged:
            return f"this draft is in {saved.folder} of account {saved.account} already (nothing was sent)"
        c.store.log_event(r.id, "imap-draft", f"{saved.account}/{saved.folder}")
        again = "; an older copy is still there, delete it in your mail client" if saved.older else ""
        return f"saved to {saved.folder} of account {saved.account}{again} (nothing was sent)"

    return save


@click.command()
@status_option("Only this status (default: new, drafted and approved).")
@verdict_option()
@platform_option()
@when_options
@click.option("--account", help="Only requests scanned from this account/source (e.g. work, maildir:).",
              shell_complete=account_names)
@click.option("--drafts-account", help="IMAP account for [i] (default: the request's own, or the only one).",
              shell_complete=account_names)
@pass_ctx
def review(c: Ctx, status, verdict, platform, since, today, untouched, search, account, drafts_account) -> None:
    """Go through pending requests, newest first: check the verdict, fix the draft, deliver it.

    Each request's first screen shows the sender, the note with the template-like parts
    highlighted, the verdict with its top evidence, and the start of the draft; space
    pages through the whole of it. Nothing is ever sent by screener: copy the draft or
    save it to your Drafts folder, send it on the platform, then mark it sent. d asks
    before it dismisses, r before it replaces an edited draft, and u undoes the last
    change. Without a terminal it reads one key per input line.

    \b
    Keys:
      a approve         e edit in $EDITOR     r regenerate (accept/ask/follow)
      c copy draft      o open profile        i save to IMAP Drafts
      m mark sent       d dismiss             b/p mark boilerplate/personal
      s skip            u undo                space the whole request
      y accept now (a request whose sender answered)              q quit

    \b
    Examples:
      screener review --today
      screener review --status answered     # they answered your question: accept now?
      screener review --status dismissed    # or: screener reopen ID
    """
    from screener.guide import sample_warning
    from screener.review.screen import run_review

    guide = c.guide()
    run_review(c.store, guide, guide_dir=c.guide_dir(), status=status, verdict=verdict, platform=platform,
               source=account, save_draft=imap_saver(c, drafts_account), warning=sample_warning(guide),
               **when_filters(since, today, untouched, search))


COMMANDS = (review,)
