"""ucdp-headlines: read UCDP GED Syria 2016 source headlines and compare with the event UCDP coded from them.

Input per row: ``source_headline`` (several reports joined by ';' become separate paragraphs), the first
``source_date`` as publication date and the first ``source_office`` as outlet. Gold: the same row.

Which extracted event is compared with the row (the gated ``all.*`` / ``place_subset.*`` metrics): of the events
the reading could place (UCDP codes every event at a place; a nationwide daily toll is no event there), violent ones
first (UCDP codes lethal organised violence only), then the one with the most fatalities, ties broken by events
reported with deaths (a toll of killed or casualties, counted or not, a report of deaths alone, or words of
the report's own clause that tell deaths: "clashes in X and casualties in the air strike on Y"), then text order:
the deadliest event a headline reports is the one it is about, and in "fighting near Morek and casualties in Kafr
Zita" it is the deaths in Kafr Zita. No choice against the gold is made, so
when UCDP coded several events from one headline (about half of the rows share their headline) at most one of
them can be right. ``matched.*`` scores the multi-event reading instead: the rows of one headline are paired
one-to-one with its violent events (``matched_events``), so every event counts for at most one row.

Fields: found (any event at all); date (within date_start..date_end ±1 day); place (within 25 km when
where_prec ≤ 2, the same governorate for 3-4 and for a where_prec-5 part of one governorate ("Northern Aleppo
Governorate"), a country-level location for 5-6); side_a / both sides (the
event's dyad, i.e. its UCDP sides named or inferred by reading.sides, via the actor dictionary's ucdp_name);
deaths (low ≤ fatalities ≤ high); date_place = both of those; all_right = date, place and both sides together.
Scored on all rows and on the "place-naming" subset: rows whose headline names the coded place (the
where_coordinates name without its type suffix occurs in the headline, both normalised).

Baseline beside it: of the UCDP place names found in the headline, the one UCDP used most (string match against the UCDP
place list), the publication date, and the constant sides "Government of Syria" vs "Syrian insurgents".
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import random
import re
from dataclasses import dataclass
from pathlib import Path

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
    haversine_km,
    normalise,
    read_all,
    short_input_allowed,
    strip_place_type,
    within_days,
)
from frontwatch.evaluation.ucdp_actors import known_actor_names, side_names, sides_right
from frontwatch.reading import lexicons
from frontwatch.reading.sides import DEATHS, lethal
from frontwatch.records import ArticleInput, Event, Reading

NAME = "ucdp-headlines"
DESCRIPTION = "UCDP GED Syria 2016: headline -> event; date, place, sides, deaths vs the coded row"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("all.found", "all.date", "all.place", "all.side_a", "all.both_sides", "all.all_right", "place_subset.date", "place_subset.place", "place_subset.both_sides", "place_subset.all_right")
GED = ("data", "ucdp-ged-syria", "ged_syria_2016.csv")
PLACES = ("data", "gazetteer-syria-ucdp", "ged_syria_places.csv")
ACTORS = ("data", "ucdp-actors-syria", "ged_syria_actors.csv")
SAMPLE_FILE = EVAL_DIR / "ucdp_sample_300.txt"
FIELDS = ("found", "date", "place", "date_place", "side_a", "both_sides", "deaths", "all_right")
NEAR_KM = 25.0
_DEATH_KINDS = {"killed", "casualties"}
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class GoldRow:
    row_id: str
    headline: str
    published: dt.date | None
    outlet: str
    date_start: dt.date
    date_end: dt.date
    latitude: float
    longitude: float
    where_prec: int
    where_name: str
    admin1: str
    side_a: str
    side_b: str
    low: int
    high: int


def load_gold(path: Path) -> list[GoldRow]:
    """Every row of the UCDP GED slice as a GoldRow."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            dates = [d.strip() for d in r["source_date"].split(";") if d.strip()]
            published = None
            for d in dates:
                try:
                    published = dt.date.fromisoformat(d[:10])
                    break
                except ValueError:
                    continue
            rows.append(
                GoldRow(
                    row_id=r["id"],
                    headline=r["source_headline"],
                    published=published,
                    outlet=r["source_office"].split(";")[0].strip(),
                    date_start=dt.date.fromisoformat(r["date_start"]),
                    date_end=dt.date.fromisoformat(r["date_end"]),
                    latitude=float(r["latitude"]),
                    longitude=float(r["longitude"]),
                    where_prec=int(r["where_prec"]),
                    where_name=r["where_coordinates"],
                    admin1=r["adm_1"],
                    side_a=r["side_a"],
                    side_b=r["side_b"],
                    low=int(r["low"]),
                    high=int(r["high"]),
                )
            )
    return rows


def sample_rows(rows: list[GoldRow], n: int, seed: int) -> list[GoldRow]:
    """A fixed sample: the ids in eval/ucdp_sample_300.txt for (300, 300); otherwise a seeded draw."""
    by_id = {r.row_id: r for r in rows}
    if n == 300 and seed == 300 and SAMPLE_FILE.exists():
        ids = [line.strip() for line in SAMPLE_FILE.read_text().splitlines() if line.strip() and not line.startswith("#")]
        return [by_id[i] for i in ids if i in by_id]
    ids = sorted(random.Random(seed).sample(sorted(by_id, key=int), min(n, len(by_id))), key=int)
    return [by_id[i] for i in ids]


def write_sample_file(rows: list[GoldRow], n: int = 300, seed: int = 300) -> None:
    """Store the CI sample's row ids so the sample stays the same when code or the draw changes."""
    ids = sorted(random.Random(seed).sample(sorted((r.row_id for r in rows), key=int), n), key=int)
    header = f"# UCDP GED ids of the fixed ucdp-headlines CI sample: random.Random({seed}).sample(ids sorted, {n})\n"
    SAMPLE_FILE.write_text(header + "\n".join(ids) + "\n", encoding="utf-8")


def headline_text(headline: str) -> str:
    """Several reports joined by ';' -> one paragraph each.

    Some headlines keep HTML character references ("&#8220;Islamic State&#8221;"); their own ';' is not a
    separator, so they are decoded before the split (splitting them cut 126 headlines mid-phrase)."""
    return "\n\n".join(part.strip() for part in html.unescape(headline).split(";") if part.strip())


def names_place(row: GoldRow) -> bool:
    """The headline names the coded place (type suffix stripped, both normalised)."""
    return contains_name(row.headline, strip_place_type(row.where_name))


def reports_deaths(event: Event, reading: Reading) -> bool:
    """The report says people died in this event: a killed or casualties claim on it, deaths are all it says, or
    its own words tell deaths uncounted ("casualties in the airstrike on X": a toll beside an act is that act's
    and leaves no claim without a figure; lexicons/death_words.txt)."""
    if event.sub_event_type == DEATHS:
        return True
    tolls = {c.claim_id for c in reading.claims if c.kind in _DEATH_KINDS}
    if any(i in tolls for i in event.claim_ids):
        return True
    return not lexicons.words("death_words.txt").isdisjoint(_WORD.findall(event.evidence.lower()))


def chosen_event(reading: Reading) -> Event | None:
    """The event compared with the gold row: placed before unplaced, violent before not (UCDP codes only lethal
    organised violence), then most fatalities, then reported with deaths, then first in the text."""
    if not reading.events:
        return None
    return max(enumerate(reading.events), key=lambda ie: (ie[1].location is not None, lethal(ie[1]), ie[1].fatalities,
                                                          reports_deaths(ie[1], reading), -ie[0]))[1]


def place_right(row: GoldRow, lat: float | None, lon: float | None, admin1: str) -> bool:
    """Within 25 km for a precise gold place; the same governorate for a district or governorate; for a
    gold place that is only "Syria" or "northern Syria" (where_prec 5-6), a location no finer than the country.

    UCDP's where_prec 5 is "a larger area": a part of the country ("Northern Syria"), but also a part of one
    governorate ("Northern Aleppo Governorate", "Eastern Qalamoun", with adm_1 set). A reading of that part
    ("northern Aleppo", placed in Aleppo governorate) is right as the same governorate, as for where_prec 4."""
    if row.where_prec >= 5:
        if row.where_prec == 5 and row.admin1 and admin1 and governorate_key(admin1) == governorate_key(row.admin1):
            return True
        return lat is not None and not admin1
    if row.where_prec <= 2:
        return lat is not None and lon is not None and haversine_km(lat, lon, row.latitude, row.longitude) <= NEAR_KM
    return bool(admin1) and governorate_key(admin1) == governorate_key(row.admin1)


def score_row(row: GoldRow, event: Event | None, known: frozenset[str] = frozenset()) -> dict[str, bool]:
    """Each field right or wrong for one row."""
    if event is None:
        return dict.fromkeys(FIELDS, False)
    loc = event.location
    date_ok = within_days(event.event_date, row.date_start, row.date_end)
    place_ok = loc is not None and place_right(row, loc.latitude, loc.longitude, loc.admin1)
    sides = (event.dyad.side_a, event.dyad.side_b) if event.dyad else (event.actor1, event.actor2)
    a_ok, both_ok = sides_right(*sides, row.side_a, row.side_b, known)
    return {
        "found": True,
        "date": date_ok,
        "place": place_ok,
        "side_a": a_ok,
        "both_sides": both_ok,
        "deaths": row.low <= event.fatalities <= row.high,
        "date_place": date_ok and place_ok,
        "all_right": date_ok and place_ok and both_ok,
    }


def matched_events(group: list[GoldRow], reading: Reading | None, known: frozenset[str]) -> dict[str, Event | None]:
    """One-to-one pairing of the rows UCDP coded from one headline with the headline's violent events.

    UCDP often codes several events from one headline ("clashes in Dar'a and losses in Damascus"); one chosen
    event can match only one of them. Here each row gets its own event: pairs are taken best first (all
    fields right, then date and place, then place, date, sides), each event at most once, so one event never
    counts for two rows and a row with no event left is not found.
    """
    events = [e for e in reading.events if lethal(e)] if reading else []
    order = ("all_right", "date_place", "place", "date", "both_sides")
    pairs = []
    for r in group:
        for k, event in enumerate(events):
            scores = score_row(r, event, known)
            pairs.append((tuple(scores[f] for f in order), -k, r.row_id, k))
    pairs.sort(reverse=True)
    out: dict[str, Event | None] = dict.fromkeys((r.row_id for r in group), None)
    used: set[int] = set()
    for _, _, row_id, k in pairs:
        if out[row_id] is None and k not in used:
            out[row_id] = events[k]
            used.add(k)
    return out


# --- the baseline the issue describes ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UcdpPlace:
    key: str
    latitude: float
    longitude: float
    admin1: str
    n_events: int


def load_places(path: Path) -> list[UcdpPlace]:
    """UCDP's place list, names without type suffix, the most used point per name."""
    best: dict[str, UcdpPlace] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            key = normalise(strip_place_type(r["where_coordinates"]))
            if not key or key == "syria":
                continue
            place = UcdpPlace(key, float(r["latitude"]), float(r["longitude"]), r["adm_1"], int(r["n_events"] or 0))
            if key not in best or place.n_events > best[key].n_events:
                best[key] = place
    return list(best.values())


def baseline_row(row: GoldRow, places: list[UcdpPlace]) -> dict[str, bool]:
    text = f" {normalise(row.headline)} "
    hits = [p for p in places if f" {p.key} " in text]
    place = max(hits, key=lambda p: (p.n_events, len(p.key))) if hits else None
    date_ok = within_days(row.published, row.date_start, row.date_end)
    place_ok = place is not None and place_right(row, place.latitude, place.longitude, place.admin1)
    a, b = side_names(row.side_a), side_names(row.side_b)
    both = "government of syria" in a and "syrian insurgents" in b
    return {
        "found": place is not None,
        "date": date_ok,
        "place": place_ok,
        "side_a": "government of syria" in a,
        "both_sides": both,
        "deaths": False,
        "date_place": date_ok and place_ok,
        "all_right": date_ok and place_ok and both,
    }


# --- the suite -------------------------------------------------------------------------------


def run(options: Options) -> SuiteResult:
    """Score the reading (and the baseline) on all rows or on a fixed sample."""
    with Timer() as timer:
        rows = load_gold(gold_path(options, *GED))
        if not SAMPLE_FILE.exists():
            write_sample_file(rows)
        if options.sample:
            rows = sample_rows(rows, options.sample, options.seed)
        places = load_places(gold_path(options, *PLACES))
        known = known_actor_names(gold_path(options, *ACTORS))
        items = [ArticleInput(r.row_id, headline_text(r.headline), published=r.published, outlet=r.outlet) for r in rows]
        with short_input_allowed():
            readings = read_all(items, batch_size=64)
        ours, base = Tally(), Tally()
        failures = 0
        groups: dict[str, list[GoldRow]] = {}
        for row in rows:
            groups.setdefault(row.headline, []).append(row)
        matched: dict[str, Event | None] = {}
        for group in groups.values():
            first = readings.get(group[0].row_id)
            matched |= matched_events(group, first if isinstance(first, Reading) else None, known)
        for row in rows:
            reading = readings.get(row.row_id)
            if not isinstance(reading, Reading):
                failures += 1
                reading = None
            scores = score_row(row, chosen_event(reading) if reading else None, known)
            paired = score_row(row, matched[row.row_id], known)
            baseline = baseline_row(row, places)
            subset = names_place(row)
            for f in FIELDS:
                ours.add(f"all.{f}", scores[f])
                ours.add(f"place_subset.{f}", scores[f], subset)
                ours.add(f"matched.all.{f}", paired[f])
                ours.add(f"matched.place_subset.{f}", paired[f], subset)
                base.add(f"all.{f}", baseline[f])
                base.add(f"place_subset.{f}", baseline[f], subset)
    metrics = ours.ratios() | {f"baseline.{k}": v for k, v in base.ratios().items() if not k.endswith(".deaths")}
    counts = ours.counts() | {"rows": len(rows), "failures": failures}
    table = Table(
        f"{NAME}: reading vs baseline ({len(rows)} rows, {counts.get('place_subset.found', 0)} name the coded place)",
        ("field", "all", "all baseline", "place subset", "subset baseline"),
        tuple(
            (f, metrics[f"all.{f}"], base.ratios().get(f"all.{f}", 0.0), metrics.get(f"place_subset.{f}", 0.0),
             base.ratios().get(f"place_subset.{f}", 0.0))
            for f in FIELDS
        ),
    )
    paired_table = Table(
        f"{NAME}: each UCDP row paired one-to-one with a violent event of its headline (rows from one headline share it)",
        ("field", "all", "place subset"),
        tuple((f, metrics[f"matched.all.{f}"], metrics.get(f"matched.place_subset.{f}", 0.0)) for f in FIELDS),
    )
    notes = (
        "chosen event = placed before unplaced, violent before not, then most fatalities, then reported with deaths, then first in the text",
        "matched.* = one-to-one pairing within each headline (matched_events); no event serves two rows",
        "baseline = most-used UCDP place name found in the headline + publication date + Government of Syria vs Syrian insurgents",
    )
    params = {"sample": options.sample, "seed": options.seed if options.sample else None}
    return SuiteResult(NAME, metrics, counts, (table, paired_table), notes, timer.seconds, params)
