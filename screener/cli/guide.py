"""`screener guide …`: init, path, lint, render, learn, forget, edit — keeping the contact guide alive."""

from __future__ import annotations

from pathlib import Path

import click

from screener.cli.complete import request_ids
from screener.cli.context import Ctx, Fail, pass_ctx
from screener.cli.options import guide_option
from screener.sanitize import one_line
from screener.wording import plural


@click.group()
def guide() -> None:
    """Maintain the contact guide: profile, public guide text, reply templates, library."""


@guide.command("path")
@pass_ctx
def guide_path(c: Ctx) -> None:
    """Print the folder of the guide in use."""
    click.echo(str(c.guide_dir()))


@guide.command("init")
@click.argument("dest", type=click.Path(file_okay=False))
def guide_init(dest: str) -> None:
    """Copy the bundled guide to DEST so you can make it your own.

    \b
    Example:
      screener guide init ~/screener-guide && $EDITOR ~/screener-guide/profile.toml
    """
    from screener.guide import init_guide

    path = init_guide(Path(dest))
    click.echo(f"guide copied to {path}; edit profile.toml, then run `screener --guide {path} guide lint`")


@guide.command("lint")
@guide_option("Guide folder to check.")
@pass_ctx
def guide_lint(c: Ctx, guide_opt) -> None:
    """Check the guide: schema, every template in every language and register, library, link.

    It warns (exit 0) while the profile is still the bundled sample persona."""
    from screener.guide import lint_guide

    from screener.guide import lint_warnings

    g = c.guide(guide_opt)
    problems = lint_guide(g)
    for p in problems:
        click.echo(f"{one_line(p, 300)}", err=True)
    warnings = lint_warnings(g)
    for w in warnings:
        click.echo(f"warning: {one_line(w, 300)}", err=True)
    if problems:
        raise Fail(f"{plural(len(problems), 'problem')} in {g.path}")
    click.echo(f"{g.path}: ok" + (f", but {len(warnings)} warning{'s' if len(warnings) != 1 else ''}: "
                                  "drafts would be signed by the sample persona" if warnings else ""))


@guide.command("render")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--lang", type=click.Choice(["de", "en"]),
              help="Only this language (default: every language, the guide's own first).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@guide_option("Guide folder.")
@pass_ctx
def guide_render(c: Ctx, fmt, lang, output, guide_opt) -> None:
    """Render the public contact guide, ready to publish.

    It is built from the whole guide: the contact guide text and, under point 1, the
    topics, works and events of profile.toml a good request can refer to. Without
    --lang the page holds every language, linked to each other, the guide's own
    language (settings.toml [drafts] default_language) first.

    \b
    Examples:
      screener guide render --format html -o contact-guide.html
      screener guide render --format html --lang en -o contact-guide.en.html
    """
    from screener.guide.render import render_public_guide

    text = render_public_guide(c.guide(guide_opt), fmt, lang)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


@guide.command("learn")
@click.argument("request_id", type=int, shell_complete=request_ids)
@guide_option()
@pass_ctx
def guide_learn(c: Ctx, request_id: int, guide_opt: str | None) -> None:
    """Add a stored request's note to the guide's library of known templates.

    It goes to library/learned.<lang>.txt. This changes the guide only; `screener mark
    ID boilerplate` also re-labels the request and re-screens the open ones.

    \b
    Example:
      screener guide learn 17
    """
    from screener.guide import add_library_entry

    r = c.request(request_id)
    if not r.note.strip():
        raise Fail(f"request #{r.id} has no note to learn from")
    gdir = c.guide_dir(guide_opt)
    c.guide(guide_opt)  # a broken guide is reported before it is written to
    added = add_library_entry(gdir, r.note, r.language if r.language in ("de", "en") else "en")
    if added:
        click.echo(f"#{r.id}: note added to {gdir}/library/learned.{r.language}.txt")
    else:
        click.echo(f"#{r.id}: the library already holds this note")


@guide.command("forget")
@click.argument("request_id", type=int, shell_complete=request_ids)
@guide_option()
@pass_ctx
def guide_forget(c: Ctx, request_id: int, guide_opt: str | None) -> None:
    """Remove a stored request's note from the guide's library (every file, every copy).

    \b
    Example:
      screener guide forget 17
    """
    from screener.guide import remove_library_entry

    r = c.request(request_id)
    gdir = c.guide_dir(guide_opt)
    c.guide(guide_opt)
    removed = remove_library_entry(gdir, r.note)
    if not removed:
        raise Fail(f"#{r.id}: the library does not hold this note")
    click.echo(f"#{r.id}: {plural(removed, 'library entry', 'library entries')} removed from {gdir}")


def edit_targets(gdir: Path, what: tuple[str, ...]) -> list[Path]:
    """The files `guide edit` opens: the ones named, else profile.toml and the reply templates."""
    from screener.guide import PROFILE_FILE, REPLIES_DIR

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


@guide.command("edit")
@click.argument("files", nargs=-1)
@guide_option()
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
    from screener.guide import GuideError, lint_guide, load_guide

    gdir = c.guide_dir(guide_opt)
    if not gdir.is_dir():
        raise Fail(f"{gdir}: guide folder does not exist (create one with `screener guide init DIR`)")
    targets = edit_targets(gdir, files)
    try:
        click.edit(filename=[str(p) for p in targets])
    except click.ClickException as exc:  # no editor could be started: our one-line format
        raise Fail(exc.message) from exc
    try:
        problems = lint_guide(load_guide(gdir))
    except GuideError as exc:
        raise Fail(f"after editing: {exc}") from exc
    for p in problems:
        click.echo(one_line(p, 300), err=True)
    if problems:
        raise Fail(f"{plural(len(problems), 'problem')} in {gdir} after editing; run `screener guide edit` again")
    click.echo(f"{gdir}: ok")
