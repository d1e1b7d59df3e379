"""Figures on the same quantity: disputes between sources, and low / best / high values.

Two claims are on the *same quantity* when they count the same thing (same kind family and unit,
compatible subject) about the same happening: linked to the same event or incident, or naming the same
place, origin, route or destination. Route and destination must agree exactly, because "1,500 left
through Hanano" and "6,000 went to Sheikh Maqsoud" are different flows even on the same day.
Claims are only ever compared inside small buckets (kind family and unit), never all against all.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
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


_NOT_HEADCOUNTS = frozenset({"families", "family", "households"})


def subject_group(claim: Claim) -> str:
    """general | civilians | combatants | subset | "" (not a headcount), from data/subject_groups.csv."""
    unit = normalise(claim.unit)
    if unit in _NOT_HEADCOUNTS:
        return ""
    groups = mapping("subject_groups.csv", "word", "group")
    subject = normalise(claim.subject)
    if subject in groups:
        return groups[subject]
    return "combatants" if unit == "fighters" else "subset"


def _account(claims: Sequence[Claim]) -> tuple[int, int, bool]:
    """One source's account of a toll: (its lowest total, its highest total, all hedged?)."""
    low: dict[str, int] = {}
    high: dict[str, int] = {}
    extra = 0
    for claim in claims:
        group, value = subject_group(claim), claim.value or 0
        if normalise(claim.qualifier) in _ADDITIVE:
            extra += value  # "an additional 200": only the high end grows
            continue
        low[group] = min(low.get(group, value), value)
        high[group] = max(high.get(group, value), value)

    def total(by: dict[str, int]) -> int:
        # Civilians and combatants add up; a general toll estimates the same total; a subset bounds it.
        return max(by.get("general", 0), by.get("civilians", 0) + by.get("combatants", 0), by.get("subset", 0))

    return total(low), total(high) + extra, all(c.hedged for c in claims)


def figures(claims: Iterable[Claim], family: str, *, outlets: Mapping[str, str] | None = None) -> Figures:
    """Low / best / high / conservative headcount of one happening for a kind family (killed, injured ...).

    ``claims`` are all about one happening (an incident, or one event). Each independent source gives
    one account (two outlets repeating SANA are one): within it, civilians and combatants add up, a
    general toll ("people") estimates the same total and a subset ("children") only bounds it, so
    "86 killed, 30 of them children" is 86. Across accounts: low and high are the extremes, best the
    lower median, conservative (ACLED's) the lowest unhedged account. Vague words ("dozens") count
    only when no source gives a number; a subset-only account only when no source gives a total.
    """
    outlets = outlets or {}
    selected = [c for c in claims if kind_family(c.kind) == family and c.value is not None and subject_group(c)]
    precise = [c for c in selected if normalise(c.qualifier) not in _VAGUE]
    selected = precise or selected
    if not selected:
        return NO_FIGURES
    by_source: dict[str, list[Claim]] = {}
    for claim in selected:
        by_source.setdefault(source_identity(claim.source, outlets.get(claim.claim_id, "")), []).append(claim)
    accounts = [_account(group) for _, group in sorted(by_source.items())]
    totals = [a for a, g in zip(accounts, sorted(by_source)) if any(subject_group(c) != "subset" for c in by_source[g])]
    accounts = totals or accounts
    lows = sorted(a[0] for a in accounts)
    firm = [a[0] for a in accounts if not a[2]]
    return Figures(
        low=lows[0],
        best=int(statistics.median_low(lows)),
        high=max(a[1] for a in accounts),
        conservative=min(firm) if firm else lows[0],
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
