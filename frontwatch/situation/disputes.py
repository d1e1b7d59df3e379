"""Figures on the same quantity: disputes between sources, and low / best / high values.

Two claims are on the *same quantity* when they count the same thing (same kind family and unit,
compatible subject) about the same happening: linked to the same event or incident, or naming the same
place, origin, route or destination. Route and destination must agree exactly, because "1,500 left
through Hanano" and "6,000 went to Sheikh Maqsoud" are different flows even on the same day.
Claims are only ever compared inside small buckets (kind family and unit), never all against all.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from frontwatch.records import Claim, Dispute, Source
from frontwatch.situation.sources import normalise, source_identity
from frontwatch.situation.tables import mapping

# Figures that are not counts of one quantity.
_NOT_FIGURES = frozenset({"control", "quote"})
_VAGUE = frozenset({"vague"})
# Qualifiers that announce a further quantity ("an additional 6,000"), not another estimate of the same one.
_ADDITIVE = frozenset({"additional", "another", "further", "more", "other", "a further", "an additional"})


def kind_family(kind: str) -> str:
    """The family a claim kind counts in ("evacuated" and "fled" -> "displaced"); see data/claim_kinds.csv."""
    return mapping("claim_kinds.csv", "kind", "family").get(kind.lower(), kind.lower())


def _compatible(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    return not a or not b or a == b


def _same_strict(a: str, b: str) -> bool:
    return normalise(a) == normalise(b)


def same_quantity(a: Claim, b: Claim, *, linked: bool = False) -> bool:
    """True when ``a`` and ``b`` estimate the same quantity.

    ``linked`` says the caller already knows both claims are about one happening (same incident).
    """
    if a.value is None or b.value is None or a.kind in _NOT_FIGURES or b.kind in _NOT_FIGURES:
        return False
    if kind_family(a.kind) != kind_family(b.kind) or normalise(a.unit) != normalise(b.unit):
        return False
    if normalise(a.qualifier) in _ADDITIVE or normalise(b.qualifier) in _ADDITIVE:
        return False
    if not (_compatible(a.subject, b.subject) and _compatible(a.place, b.place) and _compatible(a.origin, b.origin)):
        return False
    if not (_same_strict(a.via, b.via) and _same_strict(a.destination, b.destination)):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if linked or b.claim_id in a.disputed_with or a.claim_id in b.disputed_with:
        return True
    if a.event_id and a.event_id == b.event_id:
        return True
    shared = [(x, y) for x, y in ((a.place, b.place), (a.origin, b.origin), (a.via, b.via), (a.destination, b.destination))]
    return any(normalise(x) and normalise(x) == normalise(y) for x, y in shared)


def quantities(
    claims: Iterable[Claim], *, linked: bool = False
) -> list[list[Claim]]:
    """Group figure claims into quantities (lists of claims estimating one number), deterministically."""
    buckets: dict[tuple[str, str], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.claim_id):
        if claim.value is not None and claim.kind not in _NOT_FIGURES:
            buckets.setdefault((kind_family(claim.kind), normalise(claim.unit)), []).append(claim)
    groups: list[list[Claim]] = []
    for bucket in buckets.values():
        # Complete linkage: a claim joins a quantity only if it matches every claim already in it.
        clusters: list[list[Claim]] = []
        for claim in bucket:
            home = next((c for c in clusters if all(same_quantity(claim, o, linked=linked) for o in c)), None)
            if home is None:
                clusters.append([claim])
            else:
                home.append(claim)
        groups.extend(clusters)
    return groups


def _fmt(claim: Claim) -> str:
    value = f"{claim.value:,}"
    qualifier = claim.qualifier.strip()
    return f"{qualifier} {value}" if qualifier else value


def _source_name(source: Source) -> str:
    return source.name.strip() or "an unnamed source"


def dispute_of(claims: Sequence[Claim], outlets: Mapping[str, str] | None = None) -> Dispute | None:
    """A Dispute when claims on one quantity come from two or more sources with different values."""
    outlets = outlets or {}
    # A vague word ("thousands") is not a competing estimate: it agrees with any precise figure near it.
    claims = [c for c in claims if normalise(c.qualifier) not in _VAGUE]
    identity = {c.claim_id: source_identity(c.source, outlets.get(c.claim_id, "")) for c in claims}
    if len(set(identity.values())) < 2 or len({c.value for c in claims}) < 2:
        return None
    ordered = sorted(claims, key=lambda c: (c.value or 0, identity[c.claim_id], c.claim_id))
    parts: list[str] = []
    seen: set[tuple[int | None, str]] = set()
    for claim in ordered:
        if (claim.value, identity[claim.claim_id]) in seen:
            continue  # the same source repeated by another outlet is said once
        seen.add((claim.value, identity[claim.claim_id]))
        parts.append(f"{_fmt(claim)} per {_source_name(claim.source)}")
    kinds = {c.kind for c in claims}
    return Dispute(
        kind=kinds.pop() if len(kinds) == 1 else kind_family(ordered[0].kind),
        claim_ids=tuple(c.claim_id for c in ordered),
        values=tuple(c.value for c in ordered),
        sources=tuple(_source_name(c.source) for c in ordered),
        note=" vs ".join(parts),
    )


def find_disputes(
    claims: Iterable[Claim], *, outlets: Mapping[str, str] | None = None, linked: bool = False
) -> list[Dispute]:
    """Disputes among ``claims`` (one article or one incident); ``outlets`` maps claim_id -> outlet."""
    out = [dispute_of(group, outlets) for group in quantities(claims, linked=linked)]
    return [d for d in out if d is not None]


@dataclass(frozen=True, slots=True)
class Figures:
    """One count across sources: range, a central value, and ACLED's conservative value."""

    low: int
    best: int
    high: int
    conservative: int


NO_FIGURES = Figures(0, 0, 0, 0)


def _quantity_figures(claims: Sequence[Claim], identity: Callable[[Claim], str]) -> Figures:
    # One value per independent source: an outlet repeating SANA must not weigh twice.
    per_source: dict[str, list[Claim]] = {}
    for claim in claims:
        per_source.setdefault(identity(claim), []).append(claim)
    values = sorted(min(c.value or 0 for c in group) for group in per_source.values())
    firm = [min(c.value or 0 for c in g) for g in per_source.values() if not all(c.hedged for c in g)]
    return Figures(
        low=values[0],
        best=int(statistics.median_low(values)),
        high=max(c.value or 0 for c in claims),
        conservative=min(firm) if firm else values[0],
    )


def figures(
    claims: Iterable[Claim], family: str, *, outlets: Mapping[str, str] | None = None, linked: bool = False
) -> Figures:
    """Low / best / high / conservative for one kind family, summed over distinct quantities.

    Distinct quantities (civilians and fighters killed, or "an additional 6,000") add up; estimates
    of the same quantity give the range. best is the (lower) median over independent sources.
    """
    outlets = outlets or {}
    selected = [c for c in claims if kind_family(c.kind) == family and c.value is not None]
    if not selected:
        return NO_FIGURES

    def identity(claim: Claim) -> str:
        return source_identity(claim.source, outlets.get(claim.claim_id, ""))

    parts = [_quantity_figures(group, identity) for group in quantities(selected, linked=linked)]
    return Figures(
        low=sum(p.low for p in parts),
        best=sum(p.best for p in parts),
        high=sum(p.high for p in parts),
        conservative=sum(p.conservative for p in parts),
    )


def find_disputes_across(pairs: Iterable[tuple[Claim, str]]) -> list[Dispute]:
    """Disputes among figures from many articles ((claim, outlet) pairs), by keyed blocks.

    Claims are blocked by kind family, unit, date and the first place field they name (route,
    destination, origin, place), so the pass stays near-linear; claims naming no place can only be
    compared inside their own article (``find_disputes``).
    """
    blocks: dict[tuple[str, str, str, str], list[Claim]] = {}
    outlets: dict[str, str] = {}
    for claim, outlet in pairs:
        if claim.value is None or claim.kind in _NOT_FIGURES:
            continue
        anchor = next((normalise(x) for x in (claim.via, claim.destination, claim.origin, claim.place) if normalise(x)), "")
        if not anchor:
            continue
        key = (kind_family(claim.kind), normalise(claim.unit), claim.date.isoformat() if claim.date else "", anchor)
        blocks.setdefault(key, []).append(claim)
        outlets.setdefault(claim.claim_id, outlet)
    out: list[Dispute] = []
    for key in sorted(blocks):
        out.extend(find_disputes(blocks[key], outlets=outlets))
    return out
