"""geowebnews: toponym recognition and resolution on GeoWebNews (Gritta et al. 2019). GPL-3: test only.

Gold toponyms: those the annotators resolved to coordinates (Gritta et al.'s geoparsing protocol counts
toponyms with coordinates): Literal, Literal_Modifier, Non_Literal_Modifier, Metonymic, Mixed, Coercion,
Embedded_Literal and Embedded_Non_Lit with a latitude. Demonyms, languages, homonyms, non-toponyms and the
un-resolvable "expression" spans are not gold; our mentions overlapping them are not counted as false
positives either (they are not toponyms with coordinates, but not clear errors).

Recognition: a predicted mention matches a gold toponym when their character spans overlap (each gold used
once); precision, recall, F1. Resolution, over recognised gold toponyms: exact GeoNames id (only where both
sides have one) and distance ≤ 161 km (100 miles, the usual "accuracy@161").
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwatch.evaluation.common import Options, SuiteResult, Table, Tally, Timer, gold_path, haversine_km, prf
from frontwatch.records import PlaceMention

NAME = "geowebnews"
DESCRIPTION = "GeoWebNews: toponym recognition P/R/F1 and resolution (GeoNames id, 161 km); test only"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("recognition.precision", "recognition.recall", "recognition.f1", "resolution.within_161km")
GOLD = ("data", "geowebnews", "geowebnews.jsonl")
FAR_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    kind: str
    geonames_id: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    file: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    ignored: tuple[tuple[int, int], ...]  # spans that are neither gold nor errors


def load_gold(path: Path) -> list[GoldArticle]:
    """Articles with their gold toponyms (those with coordinates) and the spans to ignore."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        a: dict[str, Any] = json.loads(line)
        gold, ignored = [], []
        for t in a["toponyms"]:
            if t.get("latitude") is not None:
                gold.append(
                    GoldToponym(t["start"], t["end"], t["extractedName"], t["type"], str(t.get("geonamesID") or ""),
                                float(t["latitude"]), float(t["longitude"]))
                )
            else:
                ignored.append((t["start"], t["end"]))
        articles.append(GoldArticle(a["file"], a["text"], tuple(gold), tuple(ignored)))
    return articles


def geonames_id(place_id: str) -> str:
    """'geonames:2643743' or '2643743' -> '2643743'; other ids -> ''."""
    m = re.fullmatch(r"(?:geonames[:_-]?)?(\d+)", place_id or "")
    return m.group(1) if m else ""


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def toponym_finder():  # type: ignore[no-untyped-def]
    """The world toponym function the places stage offers: find_toponyms(text, nlp), else find_places(doc)."""
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading import places

    nlp = load_nlp()
    if hasattr(places, "find_toponyms"):
        return lambda texts: [places.find_toponyms(t, nlp) for t in texts]
    return lambda texts: [places.find_places(doc) for doc in nlp.pipe(texts, batch_size=8)]


def score_article(article: GoldArticle, predicted: Sequence[PlaceMention], tally: Tally) -> tuple[int, int, int]:
    """Update resolution tallies; return (tp, fp, fn) of recognition."""
    used: set[int] = set()
    tp = fp = 0
    for mention in sorted(predicted, key=lambda m: m.start):
        span = (mention.start, mention.end)
        match = next((i for i, g in enumerate(article.toponyms) if i not in used and _overlaps(span, (g.start, g.end))), None)
        if match is None:
            if not any(_overlaps(span, ig) for ig in article.ignored):
                fp += 1
            continue
        used.add(match)
        tp += 1
        gold = article.toponyms[match]
        place = mention.place
        near = place is not None and haversine_km(place.latitude, place.longitude, gold.latitude, gold.longitude) <= FAR_KM
        tally.add("resolution.within_161km", near)
        ours = geonames_id(place.place_id) if place else ""
        # Exact ids can only be compared where both sides carry one (the bundled world table may hold none).
        tally.add("resolution.exact_geonames", ours == gold.geonames_id, bool(gold.geonames_id) and bool(ours))
    return tp, fp, len(article.toponyms) - len(used)


def run(options: Options) -> SuiteResult:
    """Recognise and resolve toponyms in all 200 articles and score them."""
    with Timer() as timer:
        articles = load_gold(gold_path(options, *GOLD))
        finder = toponym_finder()
        predictions = finder([a.text for a in articles])
        tally = Tally()
        tp = fp = fn = 0
        by_kind: dict[str, list[int]] = {}
        for article, predicted in zip(articles, predictions, strict=True):
            a_tp, a_fp, a_fn = score_article(article, predicted, tally)
            tp, fp, fn = tp + a_tp, fp + a_fp, fn + a_fn
            for g in article.toponyms:
                hit = any(_overlaps((m.start, m.end), (g.start, g.end)) for m in predicted)
                by_kind.setdefault(g.kind, [0, 0])[0] += int(hit)
                by_kind[g.kind][1] += 1
        p, r, f = prf(tp, fp, fn)
    metrics = {"recognition.precision": p, "recognition.recall": r, "recognition.f1": f} | tally.ratios()
    counts = {"recognition.precision": tp + fp, "recognition.recall": tp + fn, "recognition.f1": tp + fn} | tally.counts()
    kinds = Table(
        f"{NAME}: recall by gold toponym type",
        ("type", "recall", "n"),
        tuple((k, v[0] / v[1], v[1]) for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1][1])),
    )
    notes: tuple[str, ...] = ("gold = toponyms with coordinates; spans overlap; other annotated spans neither gold nor errors",)
    if "resolution.exact_geonames" not in metrics:
        notes += ("exact GeoNames match not measurable: the gazetteer's places carry no GeoNames ids",)
    return SuiteResult(NAME, metrics, counts, (kinds,), notes, timer.seconds, {})
