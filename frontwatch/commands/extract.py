"""``frontwatch extract``: read one article (or a JSON Lines file of articles) and print its reading."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HELP = "Read one article (text or HTML) or a JSON Lines file into events, claims and control."
EXAMPLE = "frontwatch extract ../shared/seed/000_82fb5c8a9c3c66ef.txt --format json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .txt/.html article, or a .jsonl file with one {id, text, ...} per line ('-' = stdin)")
    parser.add_argument("--format", choices=["json", "jsonl", "table"], default=None, help="output format (default: table on a terminal, else json; jsonl for .jsonl input)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides the inferred one)")
    parser.add_argument("--outlet", default="", help="the outlet that published the article (e.g. 'Los Angeles Times', 'sana')")
    parser.add_argument("--title", default="", help="the headline, if not in the text")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"frontwatch extract: --published must be YYYY-MM-DD, got {value!r}") from None


def _jsonl_items(lines: Iterator[bytes], args: argparse.Namespace) -> Iterator[tuple[str, Any]]:
    """(id, ArticleInput or error string) per line."""
    from frontwatch.records import ArticleInput

    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            if not isinstance(row, dict):
                raise ValueError("a line must be a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            yield f"line-{n}", f"malformed: line {n} is not a JSON object ({str(exc).splitlines()[0]})"
            continue
        ident = str(row.get("id", f"line-{n}"))
        text = row.get("text")
        if not isinstance(text, str):
            yield ident, "malformed: no 'text' string in this line"
            continue
        try:
            published = _date(args.published) or (dt.date.fromisoformat(str(row["published"])[:10]) if row.get("published") else None)
        except (ValueError, SystemExit):
            yield ident, f"malformed: 'published' must be YYYY-MM-DD, got {row.get('published')!r}"
            continue
        yield ident, ArticleInput(ident, text, row.get("title") or "", published, args.outlet or row.get("outlet") or "", row.get("url") or "")


def _run_jsonl(stream: Any, args: argparse.Namespace, fmt: str) -> int:
    from frontwatch.pipeline import read_many
    from frontwatch.records import ArticleInput, Failure, Reading

    out = sys.stdout
    errors: dict[str, str] = {}

    def inputs() -> Iterator[ArticleInput]:
        for ident, item in _jsonl_items(iter(stream), args):
            if isinstance(item, str):
                errors[ident] = item
                # A placeholder keeps the output in input order.
                yield ArticleInput(ident, b"", "")
            else:
                yield item

    for item, result in read_many(inputs()):
        if item.id in errors:
            print(json.dumps({"id": item.id, "error": errors.pop(item.id)}), file=out)
        elif isinstance(result, Failure):
            print(json.dumps({"id": item.id, "error": result.error}), file=out)
        elif isinstance(result, Reading):
            if fmt == "table":
                _print_table(result.to_dict(), out)
            else:
                print(json.dumps({"id": item.id, **result.to_dict()}, ensure_ascii=False), file=out)
        out.flush()
    return 0


def run(args: argparse.Namespace) -> int:
    """Print the reading of the article(s)."""
    is_jsonl = args.file.endswith(".jsonl") or args.format == "jsonl"
    fmt = args.format or ("jsonl" if is_jsonl else ("table" if sys.stdout.isatty() else "json"))
    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"frontwatch extract: no such file: {path}", file=sys.stderr)
            return 2
        if is_jsonl:
            with path.open("rb") as stream:
                return _run_jsonl(stream, args, fmt)
        data = path.read_bytes()
    if is_jsonl:
        return _run_jsonl(data.splitlines(), args, fmt)

    from frontwatch.errors import InputError
    from frontwatch.pipeline import extract

    try:
        reading = extract(data, published=_date(args.published), outlet=args.outlet, title=args.title)
    except InputError as exc:
        print(f"frontwatch extract: {args.file}: {exc}", file=sys.stderr)
        return 1
    result = reading.to_dict()
    if fmt == "table":
        _print_table(result, sys.stdout)
    else:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _dyad_text(dyad: dict[str, Any] | None) -> str:
    """The UCDP sides on their own line, an inferred side starred as the table's actors are."""
    if not dyad or not (dyad["side_a"] or dyad["side_b"]):
        return ""
    a, b = (dyad[k] + ("*" if dyad[f"{k}_inferred"] else "") for k in ("side_a", "side_b"))
    return f"\n      sides {a or '?'} vs {b or '?'}"


def _actor_text(event: dict[str, Any], role: str) -> str:
    """An event's actor as the table shows it, starred when a rule named it and the text did not."""
    if not event[role]:
        return "?"
    return event[role] + ("*" if event.get(f"{role}_inferred") else "")


def _print_table(result: dict[str, Any], out: Any) -> None:
    doc = result["document"]
    print(f"{doc['title']}\n  published {doc['published']} ({doc['published_source']}), outlet {doc['outlet'] or '-'}, byline {doc['byline'] or '-'}", file=out)
    print(f"\nEVENTS ({len(result['events'])}; * = a side a rule inferred, not named by the text)", file=out)
    for e in result["events"]:
        loc = e["location"] or {}
        print(
            f"  {e['event_date']} p{e['time_precision']}  {e['event_type']} / {e['sub_event_type']}\n"
            f"      at {loc.get('name', '?')} ({loc.get('admin1', '')}, geo {loc.get('geo_precision', '')})"
            f"  {_actor_text(e, 'actor1')} vs {_actor_text(e, 'actor2')}  killed {e['fatalities']}"
            f"  per {', '.join(e['sources'])}{'  [hedged]' if e['hedged'] else ''}{_dyad_text(e.get('dyad'))}",
            file=out,
        )
    print(f"\nCLAIMS ({len(result['claims'])})", file=out)
    for c in result["claims"]:
        where = " ".join(f"{k}={c[k]}" for k in ("place", "origin", "via", "destination") if c.get(k))
        value = c["value"] if c["value"] is not None else c.get("holder", "")
        disputed = f"  DISPUTED x{len(c['disputed_with'])}" if c["disputed_with"] else ""
        print(f"  {c['kind']:<12} {c['qualifier']:<10} {value!s:<10} {where}  per {c['source']} ({c['source_type']}){disputed}", file=out)
    print(f"\nCONTROL ({len(result['control'])})", file=out)
    for k in result["control"]:
        print(f"  {k['place']:<24} {k['holder']:<24} {'since' if k['since'] else 'as of'} {k['date']}  per {k['source']}", file=out)
