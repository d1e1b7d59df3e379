"""Events from many articles -> incidents, each with every claim kept and attributed.

Fusion is a keyed grouping, not an all-pairs pass, so that it stays near-linear and can run on a
distributed engine (map: ``fusion_keys``; reduce: ``cluster_block``; then ``settle_guests``):

1. every event gets a *home* block ``(country, admin1, week)`` and, when its date window (which follows
   its time_precision) reaches into neighbouring weeks, *guest* entries in those blocks;
2. inside a block, events are clustered with complete linkage: an event joins an incident only if it
   is compatible with every event already in it (``matching.compatible``: same day or window, same or
   contained place, compatible type and actors, a different article). Complete linkage stops a month of daily clashes
   in one city from chaining into one incident;
3. every event then ends in exactly one cluster: its home block's, unless it is alone there and
   was a guest in a cluster of a neighbouring block, which it then joins (``settle_guests``).
   No union across blocks, so a month-precision report cannot chain weeks of fighting together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from frontwatch.reading.sides import best_dyad
from frontwatch.records import ActorRef, Claim, Incident, Reading
from frontwatch.situation.disputes import NO_FIGURES, figures, find_disputes
from frontwatch.situation.matching import FusionItem, compatible, contains, distance_km, tolerance
from frontwatch.situation.sources import distinct_sources, normalise

BLOCK_DAYS = 7


class BlockKey(NamedTuple):
    """A fusion block: governorate and week (``bucket`` = days since 0001-01-01 // BLOCK_DAYS)."""

    country: str
    admin1: str
    bucket: int


def items_of(reading: Reading) -> list[FusionItem]:
    """A reading's events as fusion items, each carrying the claims linked to it."""
    by_event: dict[str, list[Claim]] = {}
    wanted = {cid: e.event_id for e in reading.events for cid in e.claim_ids}
    for claim in reading.claims:
        owner = claim.event_id or wanted.get(claim.claim_id, "")
        if owner:
            by_event.setdefault(owner, []).append(claim)
    doc = reading.document
    return [
        FusionItem(e, doc.doc_id, doc.outlet, tuple(by_event.get(e.event_id, ())), doc.published)
        for e in reading.events
    ]


def fusion_keys(item: FusionItem) -> list[BlockKey]:
    """Blocks the item belongs to: its home block first, then guest blocks its date window reaches.

    An event without a date or location gets a block of its own: nothing can be said to match it.
    """
    loc, day = item.event.location, item.date
    if loc is None or day is None:
        return [BlockKey("", f"unplaced:{item.doc_id}:{item.event.event_id}", 0)]
    country, admin1 = normalise(loc.country), normalise(loc.admin1)
    ordinal, tol = day.toordinal(), tolerance(item)
    home = ordinal // BLOCK_DAYS
    keys = [BlockKey(country, admin1, home)]
    keys += [BlockKey(country, admin1, b) for b in range((ordinal - tol) // BLOCK_DAYS, (ordinal + tol) // BLOCK_DAYS + 1) if b != home]
    return keys


# --- clustering ---------------------------------------------------------------------------------


def _order(item: FusionItem) -> tuple[object, ...]:
    # Precise reports first (day, then place), so that they pair with each other before coarse ones pick
    # a cluster: a month-dated "clashes in east Aleppo" must not seed the cluster that a day-dated capture
    # of one of its neighbourhoods joins, leaving the other article's report of that capture alone.
    loc = item.event.location
    return (item.event.time_precision, loc.geo_precision if loc else 9, item.date or dt.date.min, item.doc_id, item.event.event_id)


def _affinity(item: FusionItem, cluster: Sequence[FusionItem]) -> float:
    """How well an item fits a cluster it is compatible with: same place and sub-type count most."""
    score = 0.0
    for other in cluster:
        a, b = item.event.location, other.event.location
        if a is not None and b is not None:
            same = (a.place_id and a.place_id == b.place_id) or normalise(a.name) == normalise(b.name)
            score += 4 if same else -(distance_km(a, b) or 0.0) / 10
        score += 2 if item.event.sub_event_type == other.event.sub_event_type else 0
        score += 1 if item.date == other.date else 0
    return score / len(cluster)


def cluster_block(items: Sequence[FusionItem]) -> list[list[FusionItem]]:
    """Complete-linkage clusters of one block, deterministic; candidates are looked up by day.

    Among the clusters an item is compatible with, it joins the best fit (``_affinity``), so that a
    city-level report joins the capture of the neighbourhood it names rather than the first one met.
    """
    max_tol = max((tolerance(i) for i in items), default=0)
    clusters: list[list[FusionItem]] = []
    # (day, event type) -> indexes of clusters holding such an event: only same-type events can match.
    by_day: dict[tuple[int, str], list[int]] = {}
    for item in sorted(items, key=_order):
        day, kind = (item.date or dt.date.min).toordinal(), item.event.event_type
        candidates = sorted({c for d in range(day - max_tol, day + max_tol + 1) for c in by_day.get((d, kind), ())})
        fits = [c for c in candidates if all(compatible(item, other) for other in clusters[c])]
        if fits:
            home = max(fits, key=lambda c: (_affinity(item, clusters[c]), -c))
        else:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(item)
        by_day.setdefault((day, kind), []).append(home)
    return clusters


def fuse_group(items: Sequence[FusionItem]) -> list[Incident]:
    """Incidents of one block (all items at home in it)."""
    return sorted((build_incident(c) for c in cluster_block(items)), key=_incident_order)


Key = tuple[str, str]


def fuse_items(items: Iterable[FusionItem]) -> list[Incident]:
    """Keys -> blocks -> clusters -> settle guests -> incidents (see module doc)."""
    blocks: dict[BlockKey, list[FusionItem]] = {}
    home_of: dict[Key, BlockKey] = {}
    for item in items:
        if item.key in home_of:
            continue  # the same article read twice
        keys = fusion_keys(item)
        home_of[item.key] = keys[0]
        for key in keys:
            blocks.setdefault(key, []).append(item)
    clusters = [(key, c) for key in sorted(blocks) for c in cluster_block(blocks[key])]
    return sorted((build_incident(c) for c in settle_guests(clusters, home_of)), key=_incident_order)


def settle_guests(clusters: Sequence[tuple[BlockKey, list[FusionItem]]], home_of: dict[Key, BlockKey]) -> list[list[FusionItem]]:
    """Give every event exactly one cluster: its home block's, or one guest cluster it moves to.

    An event moves out of its home block only when no other event stays there with it (so nothing
    is split) and into the best-fitting cluster where it was a guest; the home events of a cluster
    that received a guest are pinned there. Every event ends in one cluster, so nothing chains: a
    month-precision report cannot glue together the weeks it overlaps.
    """
    homes: list[list[FusionItem]] = [[i for i in c if home_of[i.key] == block] for block, c in clusters]
    home_cluster = {i.key: index for index, members in enumerate(homes) for i in members}
    guest_in: dict[Key, list[tuple[int, FusionItem]]] = {}
    for index, (block, cluster) in enumerate(clusters):
        for item in cluster:
            if home_of[item.key] != block and homes[index]:
                guest_in.setdefault(item.key, []).append((index, item))
    moved: dict[Key, int] = {}
    pinned: set[Key] = set()
    for key in sorted(guest_in):
        own = homes[home_cluster[key]]
        if key in pinned or len(own) > 1:
            continue  # it has company at home: it stays
        targets = [t for t, _ in guest_in[key] if not any(i.key in moved for i in homes[t])]
        if not targets:
            continue
        target = max(targets, key=lambda t: (_affinity(own[0], homes[t]), -t))
        moved[key] = target
        pinned.add(key)
        pinned.update(i.key for i in homes[target])
    out = [[i for i in members if i.key not in moved] for members in homes]
    for key, target in sorted(moved.items()):
        out[target].append(homes[home_cluster[key]][0])
    return [members for members in out if members]


def fuse(readings: Iterable[Reading]) -> list[Incident]:
    """Many articles' readings -> incidents, deterministic and near-linear in the number of events."""
    return fuse_items(item for reading in readings for item in items_of(reading))


# --- one incident -------------------------------------------------------------------------------


def _incident_order(incident: Incident) -> tuple[object, ...]:
    return (incident.event_date or dt.date.min, incident.incident_id)


def _representative(items: Sequence[FusionItem]) -> FusionItem:
    """The best-located, most precisely dated report, then the one with most claims."""

    def inside(item: FusionItem) -> int:
        # How many other reports' places hold this one: the neighbourhood beats its city.
        loc = item.event.location
        if loc is None:
            return 0
        others = [o.event.location for o in items if o is not item and o.event.location is not None]
        return sum(1 for o in others if contains(o, loc) and not contains(loc, o))  # type: ignore[arg-type]

    def rank(item: FusionItem) -> tuple[object, ...]:
        loc = item.event.location
        return (
            loc is None,
            loc.geo_precision if loc else 9,
            -inside(item),
            not (loc and loc.place_id),
            item.event.time_precision,
            item.event.event_date is None,
            -len(item.claims),
            item.doc_id,
            item.event.event_id,
        )

    return min(items, key=rank)


def incident_id(event_keys: Iterable[tuple[str, str]]) -> str:
    """Content hash of the sorted (doc_id, event_id) pairs: the same reports give the same id."""
    text = "\n".join(f"{d}:{e}" for d, e in sorted(event_keys))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def build_incident(items: Sequence[FusionItem]) -> Incident:
    """One incident from the reports fusion grouped; every claim is kept with its source."""
    items = sorted(items, key=_order)
    rep = _representative(items)
    events = [i.event for i in items]
    claims: dict[str, Claim] = {}
    outlets: dict[str, str] = {}
    for item in items:
        for claim in item.claims:
            claims.setdefault(claim.claim_id, claim)
            outlets.setdefault(claim.claim_id, item.outlet)
    claim_list = list(claims.values())
    sources = distinct_sources(
        [(s, i.outlet) for i in items for s in i.event.sources] + [(c.source, outlets[c.claim_id]) for c in claim_list]
    )
    # A figure dated well away from the incident (a toll "since last week") is kept but not counted.
    reach = max(tolerance(rep), 1)
    day = rep.date
    counted = [c for c in claim_list if c.date is None or day is None or abs((c.date - day).days) <= reach]
    killed = figures(counted, "killed", outlets=outlets)
    if killed == NO_FIGURES:
        # No sourced figure: fall back on the readers' event fatalities (0 means "not reported").
        values = sorted(e.fatalities for e in events if e.fatalities > 0)
        if values:
            killed = type(killed)(values[0], int(statistics.median_low(values)), values[-1], values[0])
    assoc: dict[str, ActorRef] = {}
    for event in events:
        for actor in event.assoc_actors:
            assoc.setdefault(actor.name, actor)
    claim_ids = {cid for e in events for cid in e.claim_ids} | set(claims)
    return Incident(
        incident_id=incident_id(i.key for i in items),
        event_date=rep.date,
        time_precision=rep.event.time_precision,
        event_type=rep.event.event_type,
        sub_event_type=rep.event.sub_event_type,
        actor1=rep.event.actor1 or next((e.actor1 for e in events if e.actor1), None),
        actor2=rep.event.actor2 or next((e.actor2 for e in events if e.actor2), None),
        assoc_actors=tuple(assoc.values()),
        location=rep.event.location,
        fatalities=killed.conservative,
        fatalities_low=killed.low,
        fatalities_best=killed.best,
        fatalities_high=killed.high,
        sources=sources,
        hedged=all(e.hedged for e in events),
        evidence=rep.event.evidence,
        documents=tuple(sorted({i.doc_id for i in items})),
        event_ids=tuple(sorted({e.event_id for e in events})),
        claim_ids=tuple(sorted(claim_ids)),
        disputes=tuple(find_disputes(claim_list, outlets=outlets, linked=True)),
        dyad=best_dyad(e.dyad for e in events),
    )
