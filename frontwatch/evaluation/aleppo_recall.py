"""aleppo-recall: does reading FA-KES Nov–Dec 2016 (plus the seed) find the events UCDP coded in Aleppo?

For each UCDP GED event in Aleppo governorate, 1 Nov – 31 Dec 2016: is there an extracted event dated within
date_start..date_end ±1 day, located in Aleppo governorate, of a kind UCDP codes (lethal organised violence:
Battles, Explosions/Remote violence, Violence against civilians)? That share is the recall. FA-KES covers only
part of what UCDP coded, so recall is bounded well below 1. Because UCDP codes many events a day in Aleppo,
one extracted event can "find" all of them; ``recall_one_to_one`` lets each extracted event count once.

Support, the other way round: of the extracted events located in Aleppo governorate, the share that a UCDP
event (same rule) or one of our own annotated gold events of the same article (same day ±1, same type)
supports. An extracted event of another kind (displacement, control statements) can only be supported by an
annotation.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

from frontwatch.evaluation.annotated import ANNOTATIONS, load_annotations
from frontwatch.evaluation.common import Options, SuiteResult, Table, Timer, gold_path, governorate_key, parse_date, read_all, within_days
from frontwatch.records import ArticleInput, Event, Reading

NAME = "aleppo-recall"
DESCRIPTION = "UCDP Aleppo events Nov–Dec 2016 found by reading FA-KES of that period plus the seed"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("recall", "recall_one_to_one", "support")
UCDP = ("data", "ucdp-ged-syria", "ged_syria_aleppo_2016-11_2016-12.csv")
FAKES = ("data", "fa-kes", "fakes_2016-11_2016-12.csv")
SEED = ("seed", "000_82fb5c8a9c3c66ef.txt")
LETHAL = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
ALEPPO = governorate_key("Aleppo")


def load_ucdp(path: Path) -> list[tuple[str, dt.date, dt.date]]:
    """(id, date_start, date_end) of each UCDP Aleppo event."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["id"], dt.date.fromisoformat(r["date_start"]), dt.date.fromisoformat(r["date_end"])) for r in csv.DictReader(handle)]


def load_articles(options: Options) -> list[ArticleInput]:
    """FA-KES Nov–Dec 2016 (one item per unit_id: the file repeats an article once per crowd location) and the seed."""
    items: dict[str, ArticleInput] = {}
    with gold_path(options, *FAKES).open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            key = f"fakes_{r['unit_id']}"
            items.setdefault(key, ArticleInput(key, r["article_content"], title=r["article_title"], published=parse_date(r["date"]), outlet=r["source"]))
    seed = gold_path(options, *SEED).read_text(encoding="utf-8")
    items["seed"] = ArticleInput("seed", seed, published=dt.date(2016, 11, 27), outlet="Los Angeles Times")
    return list(items.values())


def in_aleppo(event: Event) -> bool:
    return event.location is not None and governorate_key(event.location.admin1) == ALEPPO


def annotation_support(options: Options) -> dict[str, list[tuple[dt.date, set[str]]]]:
    """article id -> (date, accepted types) of its annotated gold events in Aleppo."""
    support: dict[str, list[tuple[dt.date, set[str]]]] = {}
    names = {p.stem for p in ANNOTATIONS.glob("fakes_*.json")}
    annotated = load_annotations(options) if names else []
    for a in annotated:
        for g in a.gold.get("events", []):
            if g.get("date") and governorate_key(g.get("admin1", "")) == ALEPPO:
                types = {g["event_type"]} if isinstance(g["event_type"], str) else set(g["event_type"])
                support.setdefault(a.item.id, []).append((parse_date(g["date"]), types))
    return support


def one_to_one(ucdp: list[tuple[str, dt.date, dt.date]], events: list[Event]) -> int:
    """UCDP events matched when each extracted event may stand for one UCDP event only (greedy by date): a
    stricter recall, since UCDP codes many events a day in Aleppo and one reading event cannot find them all."""
    free = sorted((e.event_date for e in events if e.event_date is not None))
    used = [False] * len(free)
    hits = 0
    for _, start, end in sorted(ucdp, key=lambda u: (u[1], u[2])):
        for i, day in enumerate(free):
            if not used[i] and within_days(day, start, end):
                used[i] = True
                hits += 1
                break
    return hits


def run(options: Options) -> SuiteResult:
    """Read the articles, then score recall of UCDP events and support of extracted Aleppo events."""
    with Timer() as timer:
        ucdp = load_ucdp(gold_path(options, *UCDP))
        articles = load_articles(options)
        readings = read_all(articles, batch_size=8)
        extracted = [(key, e) for key, r in readings.items() if isinstance(r, Reading) for e in r.events]
        aleppo = [(key, e) for key, e in extracted if in_aleppo(e)]
        lethal = [e for _, e in aleppo if e.event_type in LETHAL]
        found = [any(within_days(e.event_date, start, end) for e in lethal) for _, start, end in ucdp]
        matched = one_to_one(ucdp, lethal)
        annotations = annotation_support(options)
        supported = 0
        for key, e in aleppo:
            by_ucdp = e.event_type in LETHAL and any(within_days(e.event_date, s, t) for _, s, t in ucdp)
            by_gold = any(within_days(e.event_date, d, d) and e.event_type in types for d, types in annotations.get(key, []))
            supported += int(by_ucdp or by_gold)
        per_day = Counter(start for (_, start, _), hit in zip(ucdp, found, strict=True) if hit)
    failures = sum(1 for r in readings.values() if not isinstance(r, Reading))
    metrics = {"recall": sum(found) / len(ucdp) if ucdp else 0.0, "support": supported / len(aleppo) if aleppo else 0.0,
               "recall_one_to_one": matched / len(ucdp) if ucdp else 0.0}
    counts = {"recall": len(ucdp), "support": len(aleppo), "recall_one_to_one": len(ucdp), "articles": len(articles), "failures": failures,
              "extracted_events": len(extracted), "aleppo_lethal_events": len(lethal)}
    weeks = Counter((s.isocalendar()[1]) for _, s, _ in ucdp)
    hit_weeks = Counter((s.isocalendar()[1]) for (_, s, _), hit in zip(ucdp, found, strict=True) if hit)
    table = Table(f"{NAME}: UCDP Aleppo events found, by ISO week", ("week", "ucdp events", "found"),
                  tuple((w, weeks[w], hit_weeks[w]) for w in sorted(weeks)))
    notes = (f"days with a found UCDP event: {len(per_day)}",)
    return SuiteResult(NAME, metrics, counts, (table,), notes, timer.seconds, {})
