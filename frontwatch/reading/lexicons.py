"""Loader for the small word lists in frontwatch/data/lexicons (data, not code)."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "data" / "lexicons"


def _lines(name: str) -> list[list[str]]:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon (comment lines start with #)."""
    return tuple(tuple(r) for r in _lines(name))


@functools.cache
def words(name: str) -> frozenset[str]:
    """First column of a lexicon as a set."""
    return frozenset(r[0] for r in _lines(name))


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """First column -> second column."""
    return {r[0]: r[1] for r in _lines(name) if len(r) > 1}


@functools.cache
def phrases(name: str) -> tuple[str, ...]:
    """First column, longest first (for greedy phrase matching), phrases of one length in alphabetical order so
    that the first match does not depend on the set's order, which changes from one process to the next."""
    return tuple(sorted(words(name), key=lambda phrase: (-len(phrase), phrase)))


@functools.cache
def event_roles() -> dict[str, frozenset[str]]:
    """The word lists of data/event_roles.tsv by role ("place", "building", "state", ...)."""
    text = (LEXICONS.parent / "event_roles.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {role: frozenset(words.strip().split("|")) for role, words in rows[1:]}


@functools.cache
def site_nouns() -> frozenset[str]:
    """Nouns of places and buildings ("village", "checkpoint", "headquarters"): what an actor's or a country's
    name may own as a place ("the police headquarters", "Turkey's border")."""
    roles = event_roles()
    return roles["place"] | roles["building"]


@functools.cache
def country_names() -> frozenset[str]:
    """Country names of data/countries.csv, lower case ("syria", "lebanon")."""
    with (LEXICONS.parent / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["country"].lower() for row in csv.DictReader(handle))
