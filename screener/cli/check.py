"""Judging without storing: `check` (one note or a JSONL batch) and `eval` (figures on a labelled corpus)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from screener.cli.context import EXIT_PARTIAL, EXIT_USAGE, Ctx, Fail, pass_ctx
from screener.cli.options import guide_option, json_option, platform_option
from screener.sanitize import clean, dumps, one_line


@click.command()
@click.argument("text", required=False)
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True), help="Batch: one request per line ('-' for stdin).")
@platform_option("For TEXT.", default="linkedin", show_default=True)
@click.option("--name", "sender_name", default="", help="Sender name, for TEXT.")
@click.option("--headline", default="", help="Sender headline, for TEXT.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input line (exit 1) instead of skipping it.")
@guide_option("Guide folder for this check.")
@pass_ctx
def check(c: Ctx, text, jsonl, platform, sender_name, headline, strict, guide_opt) -> None:
    """Judge a note (TEXT) or a batch of requests (--jsonl) without storing anything.

    The batch reads one JSON object per line with id, platform, sender_name,
    sender_headline, date (ISO 8601) and message; it judges them in date order, each
    against the guide and the requests dated before it, and writes one JSON object per
    input line (id, verdict, score, guide_point, action, language, register, evidence,
    draft). A bad line is reported on stderr with its number and skipped (exit 3), or
    stops the run with --strict (exit 1).

    \b
    Examples:
      screener check "Hi, I'd love to expand my network with like-minded professionals."
      screener check --jsonl requests.jsonl --guide ./my-guide > verdicts.jsonl
    """
    from screener.evaluate.batch import BadLine, check_records, read_jsonl

    if bool(text) == bool(jsonl):
        raise Fail("give either TEXT or --jsonl FILE", EXIT_USAGE)
    guide = c.guide(guide_opt)
    if text is not None:
        rec = {"id": "1", "platform": platform, "sender_name": sender_name, "sender_headline": headline,
               "date": "1970-01-01T00:00:00+00:00", "message": text}
        lines = [json.dumps(rec)]
    else:
        try:
            fh = sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8")
            lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise Fail(f"{jsonl}: {getattr(exc, 'strerror', None) or exc}") from exc
    records, bad = [], 0
    for item in read_jsonl(lines):
        if isinstance(item, BadLine):
            bad += 1
            if strict:
                raise Fail(f"{jsonl}:{item.lineno}: {item.reason}")
            click.echo(f"screener: {jsonl}:{item.lineno}: {item.reason} (skipped)", err=True)
            continue
        records.append(item[1])
    results = check_records(records, guide)
    if text is not None:
        _print_check(results[0])
        return
    for res in results:
        click.echo(dumps(res))
    if bad:
        sys.exit(EXIT_PARTIAL)


def _print_check(res: dict) -> None:
    click.echo(f"verdict: {res['verdict']}  score: {res['score']:.2f}  guide point {res['guide_point']} → {res['action']}"
               f"  [{res['language']}/{res['register'] or '-'}]")
    for e in res["evidence"]:
        click.echo(f"  · {one_line(e, 160)}")
    click.echo("draft:")
    for line in clean(res["draft"], keep_newlines=True).splitlines():
        click.echo("  " + line)


@click.command("eval")
@click.argument("jsonl_file", type=click.Path(dir_okay=False))
@guide_option("Guide folder: templates, library, settings (default: the configured guide).")
@click.option("--profile", "profile_file", type=click.Path(dir_okay=False),
              help="Judge as this persona: a profile.toml that replaces the guide's (a corpus has its own).")
@json_option("Print the figures as JSON.")
@click.option("--max-errors", type=int, default=50, show_default=True, help="How many misjudged requests to list.")
@pass_ctx
def eval_cmd(c: Ctx, jsonl_file, guide_opt, profile_file, as_json, max_errors) -> None:
    """Measure screening on a labelled corpus: precision, recall, F1, confusion, misjudged requests.

    The file has the `check --jsonl` fields plus `label` (empty|boilerplate|personal) and
    optionally `language` and `register`. Requests are judged online, as `check --jsonl` does.
    Each corpus in tests/data comes with its persona's profile.toml.

    \b
    Example (in a checkout of screener):
      screener eval tests/data/corpus/requests.jsonl --profile tests/data/corpus/profile.toml
    """
    from dataclasses import replace

    from screener.evaluate.metrics import evaluate, format_report
    from screener.guide.load import load_profile

    if not Path(jsonl_file).is_file():
        raise Fail(f"{jsonl_file}: no such file (a JSONL corpus, e.g. tests/data/corpus/requests.jsonl)")
    guide = c.guide(guide_opt)
    if profile_file:
        if not Path(profile_file).is_file():
            raise Fail(f"{profile_file}: no such file (a profile.toml, e.g. tests/data/corpus/profile.toml)")
        guide = replace(guide, profile=load_profile(profile_file))
    report = evaluate(Path(jsonl_file), guide)
    if as_json:
        click.echo(dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_report(report, max_errors=max_errors))


COMMANDS = (check, eval_cmd)
