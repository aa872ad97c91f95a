"""The daily-loop commands: draft-to-imap, stats, and guide learn/forget/edit (click only)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli import Ctx, Fail, pass_ctx
from .safe import dumps, one_line


def imap_saver(c: Ctx, account_name: str | None):
    """The review's [i] key: save one request's draft to the Drafts folder of the right account."""
    from .delivery import DeliveryError, account_for, save_to_drafts

    def save(r) -> str:
        try:
            cfg = c.config
        except Fail as exc:
            raise DeliveryError(exc.message) from exc
        account = account_for(cfg, r, account_name)
        [saved] = save_to_drafts(account, [r])
        c.store.log_event(r.id, "imap-draft", f"{saved.account}/{saved.folder}")
        return f"saved to {saved.folder} of account {saved.account} (nothing was sent)"

    return save


# -- draft-to-imap ---------------------------------------------------------------------------


@click.command("draft-to-imap")
@click.argument("request_ids", nargs=-1, type=int, required=True)
@click.option("--account", help="IMAP account from the config (default: the one the request came from, "
                                "or the only one).")
@pass_ctx
def draft_to_imap(c: Ctx, request_ids: tuple[int, ...], account: str | None) -> None:
    """Save the drafts of requests to your IMAP Drafts folder. Nothing is sent.

    The Drafts folder is the one with the \\Drafts special-use flag (else one named
    Drafts). Each draft becomes a message with the \\Draft flag and no recipient: your
    own copy to paste into the platform's message box.

    \b
    Example:
      screener draft-to-imap 12 13 --account work
    """
    from .delivery import DeliveryError, account_for, save_to_drafts

    requests = []
    for rid in request_ids:
        r = c.store.get(rid)
        if r is None:
            raise Fail(f"no request with id {rid} (see `screener list`)")
        requests.append(r)
    try:
        acc = account_for(c.config, requests[0], account)
        others = {account_for(c.config, r, account).name for r in requests[1:]}
        if others - {acc.name}:
            raise Fail("the requests came from different accounts; choose one with --account")
        saved = save_to_drafts(acc, requests)
    except DeliveryError as exc:
        raise Fail(str(exc)) from exc
    for s in saved:
        c.store.log_event(s.request_id, "imap-draft", f"{s.account}/{s.folder}")
        click.echo(f"#{s.request_id} saved to {s.folder} ({s.account})")
    how = "special-use \\Drafts" if saved and saved[0].found_by == "special-use" else "its name"
    click.echo(f"{len(saved)} draft(s) saved; folder found by {how}; nothing was sent", err=True)


# -- stats -----------------------------------------------------------------------------------------


@click.command("stats")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only requests from this date on (YYYY-MM-DD).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a self-contained HTML report.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of tables.")
@pass_ctx
def stats(c: Ctx, since, html_file: str | None, as_json: bool) -> None:
    """Requests per week, share of templates, and how many asked requesters answered.

    "Templates" are requests judged boilerplate or empty. "Asked" are requests whose
    reply asked for the reason (action ask) and was marked sent; they count as answered
    once a message from the same sender arrived (linked by `screener scan`).

    \b
    Examples:
      screener stats --since 2024-01-01
      screener stats --html report.html
    """
    from .report_html import render_report
    from .stats import compute_stats

    st = compute_stats(c.store, since.date() if since else None)
    if html_file:
        try:
            Path(html_file).write_text(render_report(st), encoding="utf-8")
        except OSError as exc:
            raise Fail(f"{html_file}: {exc.strerror or exc}") from exc
        click.echo(f"wrote {html_file}", err=True)
    if as_json:
        click.echo(dumps(st.as_dict(), indent=2))
        return
    print_stats(st)


def print_stats(st) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .report_html import platform_label
    from .stats import percent

    console = Console(highlight=False)
    if not st.total.requests:
        click.echo("no requests stored" + (f" since {st.since}" if st.since else "") + " (run `screener scan`)",
                   err=True)
        return
    platforms = [p.platform for p in st.platforms]
    weeks = Table(title="Requests per week", header_style="bold", title_justify="left")
    weeks.add_column("week")
    for p in platforms:
        weeks.add_column(Text(one_line(platform_label(p), 20)), justify="right")  # Text: no markup
    weeks.add_column("total", justify="right")
    for w in st.weeks:
        counts = st.per_week.get(w, {})
        weeks.add_row(w, *[str(counts.get(p, 0)) for p in platforms], str(sum(counts.values())))
    console.print(weeks)
    table = Table(title="By platform", header_style="bold", title_justify="left")
    for col in ("platform", "requests", "templates", "share", "asked", "answered", "answer rate"):
        table.add_column(col, justify="left" if col == "platform" else "right")
    for p in [*st.platforms, st.total]:
        table.add_row(Text(one_line(platform_label(p.platform), 20)), str(p.requests), str(p.templates),
                      percent(p.template_share), str(p.asked), str(p.answered), percent(p.answer_rate))
    console.print(table)
    if st.median_days_to_answer is not None:
        click.echo(f"median time to an answer: {st.median_days_to_answer:g} days")
    if st.waiting:
        click.echo(f"{len(st.waiting)} asked requester(s) have not answered yet")


# -- guide learn / forget / edit ---------------------------------------------------------------------


def _request(c: Ctx, rid: int):
    r = c.store.get(rid)
    if r is None:
        raise Fail(f"no request with id {rid} (see `screener list`)")
    return r


@click.command("learn")
@click.argument("request_id", type=int)
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder (default: the configured guide).")
@pass_ctx
def guide_learn(c: Ctx, request_id: int, guide_opt: str | None) -> None:
    """Add a stored request's note to the guide's library of known templates.

    It goes to library/learned.<lang>.txt. This changes the guide only; `screener mark
    ID boilerplate` also re-labels the request and re-screens the open ones.

    \b
    Example:
      screener guide learn 17
    """
    from .guide import GuideError, add_library_entry

    r = _request(c, request_id)
    if not r.note.strip():
        raise Fail(f"request #{r.id} has no note to learn from")
    gdir = c.guide_dir(guide_opt)
    c.guide(guide_opt)  # a broken guide is reported before it is written to
    try:
        added = add_library_entry(gdir, r.note, r.language if r.language in ("de", "en") else "en")
    except (GuideError, OSError) as exc:
        raise Fail(str(exc)) from exc
    if added:
        click.echo(f"#{r.id}: note added to {gdir}/library/learned.{r.language}.txt")
    else:
        click.echo(f"#{r.id}: the library already holds this note")


@click.command("forget")
@click.argument("request_id", type=int)
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder (default: the configured guide).")
@pass_ctx
def guide_forget(c: Ctx, request_id: int, guide_opt: str | None) -> None:
    """Remove a stored request's note from the guide's library (every file, every copy).

    \b
    Example:
      screener guide forget 17
    """
    from .guide import GuideError, remove_library_entry

    r = _request(c, request_id)
    gdir = c.guide_dir(guide_opt)
    c.guide(guide_opt)
    try:
        removed = remove_library_entry(gdir, r.note)
    except (GuideError, OSError) as exc:
        raise Fail(str(exc)) from exc
    if not removed:
        raise Fail(f"#{r.id}: the library does not hold this note")
    click.echo(f"#{r.id}: {removed} library entr{'y' if removed == 1 else 'ies'} removed from {gdir}")


def edit_targets(gdir: Path, what: tuple[str, ...]) -> list[Path]:
    """The files `guide edit` opens: the ones named, else profile.toml and the reply templates."""
    from .guide import PROFILE_FILE, REPLIES_DIR

    if what:
        out = []
        root = gdir.resolve()
        for name in what:
            p = (gdir / name).resolve()
            if root not in p.parents:
                raise Fail(f"{name}: not inside the guide folder {gdir}")
            if not p.is_file():
                raise Fail(f"{name}: no such file in {gdir}")
            out.append(p)
        return out
    return [gdir / PROFILE_FILE, *sorted((gdir / REPLIES_DIR).glob("*.txt"))]


@click.command("edit")
@click.argument("files", nargs=-1)
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder (default: the configured guide).")
@pass_ctx
def guide_edit(c: Ctx, files: tuple[str, ...], guide_opt: str | None) -> None:
    """Open the guide's files in $EDITOR, then check the guide again.

    Without FILES: profile.toml and the reply templates. FILES are paths inside the
    guide folder (e.g. replies/ask.de.sie.txt, library/learned.de.txt).
    Exit 1 when the guide has problems after editing.

    \b
    Example:
      screener guide edit replies/ask.en.txt
    """
    from .guide import GuideError, lint_guide, load_guide

    gdir = c.guide_dir(guide_opt)
    if not gdir.is_dir():
        raise Fail(f"{gdir}: guide folder does not exist (create one with `screener guide init DIR`)")
    targets = edit_targets(gdir, files)
    try:
        click.edit(filename=[str(p) for p in targets])
    except click.ClickException as exc:
        raise Fail(exc.message) from exc
    try:
        problems = lint_guide(load_guide(gdir))
    except GuideError as exc:
        raise Fail(f"after editing: {exc}") from exc
    for p in problems:
        click.echo(one_line(p, 300), err=True)
    if problems:
        raise Fail(f"{len(problems)} problem(s) in {gdir} after editing; run `screener guide edit` again")
    click.echo(f"{gdir}: ok")


def register(cli: click.Group) -> None:
    """Add these commands to the top-level group and to its `guide` group (idempotent)."""
    for cmd in (draft_to_imap, stats):
        cli.add_command(cmd)
    guide = cli.commands["guide"]
    for cmd in (guide_learn, guide_forget, guide_edit):
        guide.add_command(cmd)


__all__ = ["draft_to_imap", "stats", "guide_learn", "guide_forget", "guide_edit", "register", "imap_saver"]
