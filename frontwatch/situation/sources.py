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

from unidecode import unidecode

from frontwatch.records import Source
from frontwatch.situation.tables import table

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s'&().-]")


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
    return not any(ch.isupper() for ch in source.name)


def source_identity(source: Source, outlet: str = "") -> str:
    """The originating source of a claim, used to count independent sources (see module doc)."""
    row = _aliases().get(normalise(source.name))
    if row:
        return row["source"]
    relay = canonical_outlet(outlet) if outlet else ""
    if relay and (source.source_type == "outlet" or not source.name.strip() or is_anonymous(source)):
        return relay
    return source.name.strip() or relay or "unknown"


def _representative(identity: str, members: list[Source]) -> Source:
    """One Source standing for an identity: a member named like it, else one built from the table."""
    for member in members:
        if member.name.strip() == identity:
            return member
    first = members[0]
    row = _aliases().get(normalise(identity))
    # An anonymous source stays visible as what it was ("a military source (via SANA)").
    name = f"{first.name} (via {identity})" if is_anonymous(first) else identity
    return Source(
        name=name,
        source_type=(row["source_type"] if row else first.source_type) or first.source_type,
        stance=(row["stance"] if row else first.stance) or first.stance,
        words=first.words or first.name,
    )


def distinct_sources(pairs: Iterable[tuple[Source, str]]) -> tuple[Source, ...]:
    """(source, outlet) pairs -> one Source per identity, in order of first appearance."""
    groups: dict[str, list[Source]] = {}
    for source, outlet in pairs:
        groups.setdefault(source_identity(source, outlet), []).append(source)
    return tuple(_representative(identity, members) for identity, members in groups.items())
