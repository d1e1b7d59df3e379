"""annotated: per-field scores on FA-KES articles annotated by hand (eval/annotations/fakes_*.json).

An annotation file names its article by corpus file, unit_id, outlet and date, with the sha1 of the article
body so a changed source file is detected (the suite then refuses to score it). It holds structured gold only:
events (date, ACLED type / sub-type, accepted place names + governorate, sides, fatalities), figures (kind,
value, source), control statements and places that must not become event locations. No article text.

Scoring (shared with the seed suite): each gold event is paired one-to-one with the extracted event that
agrees with it most (place 2, date 1, type 1, sub-type 1, sides 0.5, sources 0.5), provided the place agrees
(the gold lists every acceptable name, coarser ones included where the text is coarse); per-field ratios are over all gold events (an unpaired gold event is wrong on every
field); precision = extracted events paired with some gold event (optional ones included) / extracted events.
Figures pair on value and kind; control on place (then holder); control precision = extracted records that a gold
statement accepts by place and holder, in annotations marked ``control_complete`` (every statement listed, the
optional ones included). An annotation marked ``"only": ["control"]`` lists control statements alone: its events
and figures are not scored at all (neither found nor precision), since it does not list them.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwatch.evaluation.common import (
    EVAL_DIR,
    Options,
    SuiteResult,
    Table,
    Tally,
    Timer,
    contains_name,
    gold_path,
    governorate_key,
    normalise,
    parse_date,
    read_all,
)
from frontwatch.records import ArticleInput, Control, Event, Failure, Reading

NAME = "annotated"
DESCRIPTION = "FA-KES articles annotated by hand (eval/annotations): per-field event, figure, control scores"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("events.found", "events.date", "events.event_type", "events.sub_event_type", "events.admin1", "events.sides", "events.fatalities", "events.precision", "claims.found", "claims.source", "claims.precision", "claims.qualifier", "not_event_places.ok")
ANNOTATIONS = EVAL_DIR / "annotations"
EVENT_FIELDS = ("found", "date", "event_type", "sub_event_type", "place", "admin1", "sides", "fatalities", "sources")


@dataclass(frozen=True, slots=True)
class Annotated:
    """One annotation file with the article it describes."""

    key: str
    gold: dict[str, Any]
    item: ArticleInput


def body_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_fakes_article(options: Options, ref: dict[str, Any]) -> tuple[str, str, str]:
    """(body, title, outlet) of the FA-KES row named by unit_id + outlet + date; checks the body hash."""
    path = gold_path(options, *ref["file"].split("/"))
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["unit_id"] == str(ref["unit_id"]) and row["source"] == ref["outlet"] and row["date"] == ref["date"]:
                if body_sha1(row["article_content"]) != ref["sha1"]:
                    raise ValueError(f"FA-KES article {ref['unit_id']} changed (sha1 differs): re-check its annotation")
                return row["article_content"], row["article_title"], row["source"]
    raise LookupError(f"FA-KES article {ref['unit_id']} {ref['outlet']} {ref['date']} not found in {path}")


def load_annotations(options: Options, pattern: str = "fakes_*.json") -> list[Annotated]:
    """Annotation files with their articles read from ../shared."""
    out = []
    for path in sorted(ANNOTATIONS.glob(pattern)):
        gold = json.loads(path.read_text(encoding="utf-8"))
        body, title, outlet = load_fakes_article(options, gold["article"])
        published = parse_date(gold["published"])
        out.append(Annotated(path.stem, gold, ArticleInput(path.stem, body, title=title, published=published, outlet=outlet)))
    return out


# --- matching ---------------------------------------------------------------------------------


def _aliases(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def place_matches(event: Event, names: Sequence[str]) -> bool:
    """The event's location is one of the accepted names (by canonical name or the words the text used)."""
    loc = event.location
    if loc is None:
        return False
    ours = [n for n in (loc.name, loc.words) if n]
    # Ours may say more ("eastern neighborhoods of Aleppo city" holds "Aleppo"), never less: "Bab" is not "Bab al-Nairab".
    return any(normalise(o) == normalise(g) or contains_name(o, g) for o in ours for g in names if g)


def admin1_matches(event: Event, admin1: str) -> bool:
    loc = event.location
    return bool(admin1) and loc is not None and governorate_key(loc.admin1 or "") == governorate_key(admin1)


def event_fields(event: Event, gold: dict[str, Any]) -> dict[str, bool | None]:
    """Each field right or wrong; None where the gold does not say."""
    date = parse_date(gold["date"]) if gold.get("date") else None
    slack = int(gold.get("date_slack", 0))
    sides = set(gold.get("sides") or [])
    ours = {r.side for r in (event.actor1, event.actor2, *event.assoc_actors) if r is not None}
    fatal = gold.get("fatalities")
    sources = _aliases(gold.get("sources"))
    return {
        "found": True,
        "date": _date_right(event.event_date, date, slack, gold.get("date_range")),
        "event_type": event.event_type in _aliases(gold["event_type"]),
        "sub_event_type": None if not gold.get("sub_event_type") else event.sub_event_type in _aliases(gold["sub_event_type"]),
        "place": place_matches(event, _aliases(gold["places"])),
        "admin1": None if not gold.get("admin1") else admin1_matches(event, gold["admin1"]),
        "sides": None if not sides else sides <= ours,
        "fatalities": None if fatal is None else event.fatalities == int(fatal),
        "sources": None if not sources else any(contains_name(s.name, g) or contains_name(s.words, g) for s in event.sources for g in sources),
    }


def _date_right(ours: dt.date | None, date: dt.date | None, slack: int, span: Sequence[str] | None) -> bool | None:
    """Gold gives a day (± slack) or a range ("recent, before 27 Nov")."""
    if span:
        return ours is not None and parse_date(span[0]) <= ours <= parse_date(span[1])
    if date is None:
        return None
    return ours is not None and abs((ours - date).days) <= slack


def _pair_weight(fields: dict[str, bool | None]) -> float:
    if not fields["place"]:
        return 0.0  # an event elsewhere is not this gold event, however well the rest agrees
    w = {"place": 2.0, "date": 1.0, "event_type": 1.0, "sub_event_type": 1.0, "sides": 0.5, "sources": 0.5}
    return sum(v for k, v in w.items() if fields[k]) + 0.01


def pair_events(events: Sequence[Event], golds: Sequence[dict[str, Any]]) -> dict[int, tuple[int, dict[str, bool | None]]]:
    """gold index -> (event index, fields), one-to-one, heaviest agreement first."""
    candidates = []
    for gi, gold in enumerate(golds):
        for ei, event in enumerate(events):
            fields = event_fields(event, gold)
            weight = _pair_weight(fields)
            if weight > 0:
                candidates.append((weight, gi, ei, fields))
    pairs: dict[int, tuple[int, dict[str, bool | None]]] = {}
    used: set[int] = set()
    for _, gi, ei, fields in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in pairs and ei not in used:
            pairs[gi] = (ei, fields)
            used.add(ei)
    return pairs


def score_reading(reading: Reading, gold: dict[str, Any], tally: Tally) -> None:
    """Add one article's field results to ``tally``."""
    only = set(gold.get("only", []))
    if only:
        if "control" in only:
            _score_control(reading, gold.get("control", []), tally, bool(gold.get("control_complete")))
        return
    golds = gold.get("events", [])
    pairs = pair_events(reading.events, golds)
    for gi, g in enumerate(golds):
        if g.get("optional"):
            continue  # optional gold events only keep their extracted event from counting as extra
        fields = pairs[gi][1] if gi in pairs else {f: False if _gold_says(g, f) else None for f in EVENT_FIELDS}
        for f in EVENT_FIELDS:
            if fields[f] is not None:
                tally.add(f"events.{f}", bool(fields[f]))
    paired_events = {ei for ei, _ in pairs.values()}
    for ei in range(len(reading.events)):
        tally.add("events.precision", ei in paired_events)
    _score_claims(reading, gold.get("claims", []), tally)
    _score_control(reading, gold.get("control", []), tally, bool(gold.get("control_complete")))
    for name in gold.get("not_event_places", []):
        tally.add("not_event_places.ok", not any(place_matches(e, [name]) for e in reading.events))


def _gold_says(gold: dict[str, Any], field: str) -> bool:
    """Whether the gold event states this field (found, type and place always)."""
    if field in ("found", "event_type", "place"):
        return True
    if field == "date" and gold.get("date_range"):
        return True
    return gold.get(field) is not None and gold.get(field) != []


def _score_claims(reading: Reading, golds: Sequence[dict[str, Any]], tally: Tally) -> None:
    used: set[int] = set()
    for g in golds:
        kinds = _aliases(g["kind"])
        match = next(
            (i for i, c in enumerate(reading.claims) if i not in used and c.value == g["value"] and c.kind in kinds), None
        )
        tally.add("claims.found", match is not None)
        claim = reading.claims[match] if match is not None else None
        if match is not None:
            used.add(match)
        if g.get("source"):
            ok = claim is not None and any(
                contains_name(claim.source.name, s) or contains_name(claim.source.words, s) for s in _aliases(g["source"])
            ) or (claim is not None and claim.source.source_type in _aliases(g.get("source_type")))
            tally.add("claims.source", ok)
        if "disputed" in g:
            tally.add("claims.disputed", claim is not None and bool(claim.disputed_with) == bool(g["disputed"]))
        if g.get("qualifier"):
            tally.add("claims.qualifier", claim is not None and normalise(claim.qualifier) in [normalise(q) for q in _aliases(g["qualifier"])])
        for part in ("origin", "via", "destination"):
            if g.get(part):
                tally.add(f"claims.{part}", claim is not None and any(contains_name(getattr(claim, part), n) for n in _aliases(g[part])))
    figures = [i for i, c in enumerate(reading.claims) if c.value is not None]
    for i in figures:
        tally.add("claims.precision", i in used)


def _control_place(control: Control, names: Sequence[str]) -> bool:
    """The record names one of the accepted places, in the gold's spelling or in the gazetteer's: a control record
    carries the gazetteer's name ("Tall Abyad", "Idleb"), so a gold "Tel Abyad" is matched through the places its
    name resolves to, as an event is matched through the words its location kept."""
    if any(contains_name(control.place, n) or contains_name(n, control.place) for n in names):
        return True
    return bool(control.place_id) and any(control.place_id in _resolved(n) for n in names if n)


@functools.lru_cache(maxsize=4096)
def _resolved(name: str) -> frozenset[str]:
    """Ids of the few places a gold place name most likely is (its spelling variants, not near misses)."""
    from frontwatch.reading.gazetteer import Gazetteer

    return frozenset(p.place_id for p in Gazetteer.default().lookup(name)[:3])


def _control_holder(control: Control, holders: Sequence[str]) -> bool:
    return any(contains_name(control.holder, h) for h in holders)


def _score_control(reading: Reading, golds: Sequence[dict[str, Any]], tally: Tally, complete: bool = False) -> None:
    """Each gold statement is found by a record on its place, the one naming an accepted holder first (a divided
    city has a record per holder); precision = records whose place and holder some gold statement (optional ones
    included: "the rebel-held east", a part the gold cannot name) accepts, counted only where the annotation says it
    lists every control statement of the article (``control_complete``; older ones list some or none)."""
    for g in golds:
        if g.get("optional"):
            continue
        names, holders = _aliases(g["places"]), _aliases(g["holder"])
        on_place = [c for c in reading.control if _control_place(c, names)]
        match = next((c for c in on_place if _control_holder(c, holders)), on_place[0] if on_place else None)
        tally.add("control.found", match is not None)
        tally.add("control.holder", match is not None and _control_holder(match, holders))
        if g.get("date"):
            tally.add("control.date", match is not None and match.date == dt.date.fromisoformat(g["date"]))
    for c in reading.control if complete else ():
        tally.add("control.precision", any(_control_place(c, _aliases(g["places"])) and _control_holder(c, _aliases(g["holder"])) for g in golds))


# --- the suite ----------------------------------------------------------------------------------


def pairing_rows(key: str, reading: Reading, gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    """One row per gold event: what it was paired with and which fields are wrong (for --verbose)."""
    pairs = pair_events(reading.events, gold.get("events", []))
    rows: list[tuple[Any, ...]] = []
    for gi, g in enumerate(gold.get("events", [])):
        wanted = f"{g.get('date') or '..'.join(g.get('date_range', []))} {g['event_type'][0]} @ {g['places'][0]}"
        if gi not in pairs:
            rows.append((key, gi, wanted, "-", "optional" if g.get("optional") else "MISSING"))
            continue
        e = reading.events[pairs[gi][0]]
        got = f"{e.event_date} {e.event_type}/{e.sub_event_type} @ {e.location.name if e.location else ''}"
        wrong = ", ".join(f for f, ok in pairs[gi][1].items() if ok is False)
        rows.append((key, gi, wanted, got, wrong or "ok"))
    return rows


def score_all(annotated: Sequence[Annotated], verbose: bool = False) -> tuple[Tally, list[tuple[Any, ...]], list[str]]:
    """Read the annotated articles and score them: the overall tally, a row per article (per gold event
    with ``verbose``), failure messages."""
    readings = read_all([a.item for a in annotated], batch_size=8)
    total = Tally()
    rows: list[tuple[Any, ...]] = []
    failures: list[str] = []
    for a in annotated:
        reading = readings[a.item.id]
        one = Tally()
        if isinstance(reading, Failure):
            failures.append(f"{a.key}: {reading.error}")
            for _ in a.gold.get("events", []):
                one.add("events.found", False)
        else:
            score_reading(reading, a.gold, one)
        for k in one.total:
            total.right[k] += one.right[k]
            total.total[k] += one.total[k]
        r = one.ratios()
        if verbose and isinstance(reading, Reading):
            rows.extend(pairing_rows(a.key, reading, a.gold))
            continue
        rows.append((a.key, a.gold["article"].get("outlet", ""), len(a.gold.get("events", [])),
                     r.get("events.found", 0.0), r.get("events.date", 0.0), r.get("events.event_type", 0.0),
                     r.get("events.place", 0.0), r.get("claims.found", 0.0)))
    return total, rows, failures


def result_from(name: str, tally: Tally, rows: list[tuple[Any, ...]], failures: list[str], seconds: float,
                verbose: bool = False) -> SuiteResult:
    if verbose:
        table = Table(f"{name}: gold events and their pairs", ("article", "#", "gold", "paired with", "wrong fields"), tuple(rows))
    else:
        table = Table(f"{name}: per article", ("article", "outlet", "gold events", "found", "date", "type", "place", "figures"), tuple(rows))
    counts = tally.counts() | {"articles": len({r[0] for r in rows}), "failures": len(failures)}
    notes = tuple(f"failed: {f}" for f in failures)
    return SuiteResult(name, tally.ratios(), counts, (table,), notes, seconds, {})


def score_folder(name: str, options: Options, pattern: str = "fakes_*.json") -> SuiteResult:
    """Suite ``name``: every annotated article matching ``pattern`` under eval/annotations, scored."""
    with Timer() as timer:
        annotated = load_annotations(options, pattern)
        tally, rows, failures = score_all(annotated, options.verbose)
    return result_from(name, tally, rows, failures, timer.seconds, options.verbose)


def run(options: Options) -> SuiteResult:
    """Score every eval/annotations/fakes_*.json article."""
    return score_folder(NAME, options)
