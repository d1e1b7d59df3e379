"""seed: per-field scores on the seed article against eval/annotations/seed.json (EXPECTED.md as structured gold).

The article is read from ../shared/seed at run time; its sha1 is checked so a changed file is noticed. The
caller gives the outlet but no publication date, so the inferred date is scored too. Besides the event,
figure and control fields of the annotated suite: document fields (headline by hash, publication date,
byline, captions kept once, kinds of removed boilerplate, boilerplate markers absent from the body).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from frontwatch.evaluation.annotated import ANNOTATIONS, Annotated, body_sha1, pairing_rows, result_from, score_reading
from frontwatch.evaluation.common import Options, SuiteResult, Tally, Timer, _fallback_normalise, gold_path, read_all
from frontwatch.records import ArticleInput, Failure, Reading

NAME = "seed"
DESCRIPTION = "the seed article (LA Times, 27 Nov 2016) vs EXPECTED.md encoded in eval/annotations/seed.json"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("document.title", "document.published", "document.byline", "document.captions", "document.removed_kinds", "document.body_clean", "events.found", "events.date", "events.event_type", "events.sub_event_type", "events.place", "events.sides", "events.precision", "claims.found", "claims.source", "claims.disputed", "control.found", "control.holder", "control.date", "not_event_places.ok")


def title_hash(title: str) -> str:
    """The headline is checked by hash so the annotation holds no article prose."""
    return hashlib.sha1(_fallback_normalise(title).encode("utf-8")).hexdigest()


def load_seed(options: Options) -> Annotated:
    gold = json.loads((ANNOTATIONS / "seed.json").read_text(encoding="utf-8"))
    ref = gold["article"]
    text = gold_path(options, *ref["file"].split("/")).read_text(encoding="utf-8")
    if body_sha1(text) != ref["sha1"]:
        raise ValueError(f"{ref['file']} changed (sha1 differs): re-check eval/annotations/seed.json")
    return Annotated("seed", gold, ArticleInput("seed", text, outlet=ref.get("outlet", "")))


def score_document(reading: Reading, gold: dict[str, Any], tally: Tally) -> None:
    doc, g = reading.document, gold["document"]
    tally.add("document.title", title_hash(doc.title) == g["title_sha1"])
    tally.add("document.published", doc.published is not None and doc.published.isoformat() == g["published"])
    tally.add("document.byline", g["byline"].lower() in doc.byline.lower())
    tally.add("document.captions", len(doc.captions) == g["captions"] and len(set(doc.captions)) == len(doc.captions))
    kinds = {r.kind for r in doc.removed}
    for alternatives in g["removed_kinds"]:
        tally.add("document.removed_kinds", any(k in kinds for k in alternatives))
    for marker in g["not_in_body"]:
        tally.add("document.body_clean", marker not in doc.body)


def run(options: Options) -> SuiteResult:
    """Read the seed and score every row of EXPECTED.md."""
    with Timer() as timer:
        seed = load_seed(options)
        reading = read_all([seed.item])["seed"]
        tally = Tally()
        failures: list[str] = []
        if isinstance(reading, Failure):
            failures.append(f"seed: {reading.error}")
            tally.add("events.found", False)
        else:
            score_document(reading, seed.gold, tally)
            score_reading(reading, seed.gold, tally)
        r = tally.ratios()
        verbose = options.verbose and isinstance(reading, Reading)
        rows = pairing_rows("seed", reading, seed.gold) if verbose and isinstance(reading, Reading) else [(
            "seed", seed.gold["article"]["outlet"], len(seed.gold["events"]), r.get("events.found", 0.0),
            r.get("events.date", 0.0), r.get("events.event_type", 0.0), r.get("events.place", 0.0), r.get("claims.found", 0.0))]
    return result_from(NAME, tally, rows, failures, timer.seconds, verbose)
