"""Who stands behind a claim: source identity across outlets.

Two outlets repeating SANA are one source, not two. A claim's *identity* is the originating source
as far as the text lets us know it:

* a named source is looked up in ``data/source_aliases.csv`` ("Syrian Arab News Agency" -> SANA);
* an unattributed statement (source type ``outlet``) belongs to the outlet that printed it;
* an anonymous source ("a military source", "activists": no proper noun) cannot be told apart from
  another outlet's anonymous source, so it counts as the outlet that relayed it: SANA's
  "military source" is SANA's account, and an LA Times article citing SANA adds nothing new.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from unidecode import unidecode

from frontwatch.records import Source
from frontwatch.situation.tables import table

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s'&().-]")


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower-case ASCII with single spaces and no trailing punctuation: the key of every lookup."""
    text = _PUNCT.sub(" ", unidecode(text or "").lower().replace("\u2019", "'"))
    return _SPACE.sub(" ", text).strip(" .-")


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, dict[str, str]]:
    return {normalise(row["alias"]): row for row in table("source_aliases.csv")}


def canonical_outlet(outlet: str) -> str:
    """The outlet's canonical name ("sana" -> "SANA"); unknown outlets keep their own spelling."""
    row = _aliases().get(normalise(outlet))
    return row["source"] if row else outlet.strip()


def is_anonymous(source: Source) -> bool:
    """True for sources without a proper name ("a military source", "activists", "residents")."""
    if normalise(source.name) in _aliases():
        return False
    return not _proper(source.name)


def _proper(name: str) -> bool:
    return any(ch.isupper() for ch in name)


def source_identity(source: Source, outlet: str = "") -> str:
    """The originating source of a claim, used to count independent sources (see module doc)."""
    row = _aliases().get(normalise(source.name))
    if row:
        return row["identity"]
    if outlet and (source.source_type == "outlet" or not source.name.strip() or is_anonymous(source)):
        relay = _aliases().get(normalise(outlet))
        return relay["identity"] if relay else outlet.strip()
    return source.name.strip() or outlet.strip() or "unknown"


def _representative(members: list[tuple[Source, str]]) -> Source:
    """One Source standing for an identity: a properly named member first ("SANA" over "state media")."""
    named = [m for m in members if not is_anonymous(m[0])]
    if not named:
        # An anonymous source stays visible as what it was ("a military source (via SANA)").
        source, outlet = members[0]
        relay = canonical_outlet(outlet) if outlet else ""
        return replace(source, name=f"{source.name} (via {relay})") if relay else source
    source, _ = next((m for m in named if _proper(m[0].name)), named[0])
    row = _aliases().get(normalise(source.name))
    if row is None:
        return source
    return Source(
        name=row["source"],
        source_type=row["source_type"] or source.source_type,
        stance=row["stance"] or source.stance,
        words=source.words or source.name,
    )


def distinct_sources(pairs: Iterable[tuple[Source, str]]) -> tuple[Source, ...]:
    """(source, outlet) pairs -> one Source per identity, in order of first appearance."""
    groups: dict[str, list[tuple[Source, str]]] = {}
    for source, outlet in pairs:
        groups.setdefault(source_identity(source, outlet), []).append((source, outlet))
    return tuple(_representative(members) for members in groups.values())
