"""The one command line: ``frontwatch SUBCOMMAND ...`` (also ``python -m frontwatch``).

Each subcommand lives in ``frontwatch/commands/<name>.py`` and declares ``HELP``, ``EXAMPLE``,
``add_arguments(parser)`` and ``run(args) -> int``. Command modules import heavy libraries
inside ``run`` so that ``frontwatch --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Order shown in --help: the reading of one article, then the picture, then tools.
COMMANDS = ("extract", "ingest", "events", "disputes", "control", "export", "serve", "demo", "eval", "gazetteer")


def _load(name: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(f"frontwatch.commands.{name}")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="frontwatch",
        description="Turn news reports on armed conflict into sourced events, figures and control.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = _load(name)
        except ModuleNotFoundError as exc:
            if exc.name == f"frontwatch.commands.{name}":
                continue  # command not built yet
            raise
        p = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"example:\n  {module.EXAMPLE}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``frontwatch`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("frontwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
