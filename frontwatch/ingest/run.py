"""Batch ingest: inputs -> readings -> store, then the picture (incidents, disputes, control).

Commits once per chunk, so a run killed half-way keeps everything it committed, and a re-run
skips every input already stored (by the hash of the input, then by the document's content hash)
before any parsing, which makes it fast.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.ingest.engines import Job, Outcome, run_chunks
from frontwatch.ingest.readers import Columns, Input, count_inputs, iter_inputs
from frontwatch.records import EXTRACTOR_VERSION, ControlInterval, Dispute, Failure, Incident, Reading
from frontwatch.store import db


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did, and what the store holds after it."""

    run_id: int
    inputs: int
    docs_new: int
    docs_present: int
    failed: int
    failures: tuple[tuple[str, Failure], ...]  # (origin, failure), the first 50
    failure_kinds: tuple[tuple[str, int], ...]  # (kind, count)
    totals: dict[str, int] = field(default_factory=dict)  # store.db.counts after the run
    seconds: float = 0.0
    situation: str = "ok"  # "ok", or why incidents/control were not recomputed


@dataclass(slots=True)
class _Batch:
    """A chunk of inputs: jobs to read, and inputs already settled (stored before, or unreadable)."""

    jobs: list[Job]
    settled: list[Outcome]


def _batches(conn: sqlite3.Connection, inputs: Iterable[Input], size: int) -> Iterator[_Batch]:
    iterator = iter(inputs)
    while chunk := list(itertools.islice(iterator, size)):
        keyed = [(db.input_key(i.item), i) for i in chunk]
        known = db.known_inputs(conn, (k for k, _ in keyed))
        batch = _Batch([], [])
        taken: set[str] = set()
        for key, inp in keyed:
            job = Job(key, inp.item, inp.origin)
            if inp.failure is not None:
                batch.settled.append(Outcome(job, failure=inp.failure))
            elif key in known or key in taken:
                batch.settled.append(Outcome(job, present="(input)"))  # same input seen: skip before reading
            else:
                taken.add(key)
                batch.jobs.append(job)
        yield batch


def situation(readings: Sequence[Reading]) -> tuple[list[Incident], list[Dispute], list[ControlInterval]]:
    """Incidents (situation.fusion), disputes and control intervals (situation.control) from readings.

    Disputes come from three places: those riding on incidents, those inside one article, and those
    across articles (keyed blocks); one whose claims all sit in a bigger dispute of its kind is dropped.
    """
    from frontwatch.situation import control, fusion
    from frontwatch.situation.disputes import find_disputes, find_disputes_across

    incidents = fusion.fuse(readings)
    found = [d for i in incidents for d in i.disputes]
    for reading in readings:
        outlets = {c.claim_id: reading.document.outlet for c in reading.claims}
        found.extend(find_disputes(reading.claims, outlets=outlets))
    found.extend(find_disputes_across((c, r.document.outlet) for r in readings for c in r.claims))
    intervals = control.control_timeline((c, r.document.doc_id) for r in readings for c in r.control)
    return incidents, _widest(found), list(intervals)


def _widest(disputes: Sequence[Dispute]) -> list[Dispute]:
    """Distinct disputes, leaving out any whose claims all belong to a bigger one of the same kind."""
    unique = {(d.kind, frozenset(d.claim_ids)): d for d in disputes}
    ordered = sorted(unique.items(), key=lambda kv: -len(kv[0][1]))
    kept: list[tuple[str, frozenset[str], Dispute]] = []
    for (kind, ids), dispute in ordered:
        if not any(kind == k and ids <= bigger for k, bigger, _ in kept):
            kept.append((kind, ids, dispute))
    return [d for _, _, d in kept]


def refresh_situation(conn: sqlite3.Connection) -> str:
    """Recompute incidents, disputes and control from every stored reading; returns "ok" or why not."""
    try:
        from frontwatch.situation import control, fusion  # noqa: F401 - only checks they exist
    except ImportError as exc:
        return f"situation engine not available ({exc})"
    # Fusion is a keyed grouping (near-linear), so recomputing it all stays cheap and always consistent.
    readings = list(db.load_readings(conn, bodies=False))
    try:
        incidents, disputes, intervals = situation(readings)
    except Exception as exc:  # the readings are committed; a fusion bug must not hide that, nor lose them
        return f"situation engine failed: {type(exc).__name__}: {exc}".splitlines()[0]
    with db.transaction(conn):
        db.replace_situation(conn, incidents, disputes, intervals)
    return "ok"


def ingest(
    paths: Sequence[str | Path],
    db_path: str | Path,
    *,
    columns: Columns = Columns(),
    workers: int = 1,
    engine: str = "processes",
    chunk_size: int = 32,
    progress: bool = True,
    fuse: bool = True,
) -> IngestReport:
    """Ingest every article under ``paths`` into the store at ``db_path``; see the module docstring."""
    from tqdm import tqdm

    started = time.perf_counter()
    conn = db.open_db(db_path)
    total = count_inputs(paths, columns) if progress else None
    run_id = db.start_run(conn, "ingest", " ".join(str(p) for p in paths), EXTRACTOR_VERSION)
    tally = {"inputs": 0, "docs_new": 0, "docs_present": 0, "failed": 0}
    failures: list[tuple[str, Failure]] = []
    kinds: dict[str, int] = {}
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not progress, dynamic_ncols=True, smoothing=0.1)
    status = "failed"
    try:
        batches = _batches(conn, iter_inputs(paths, columns), chunk_size)
        for batch, outcomes in run_chunks(
            batches, lambda b: b.jobs, db_path=str(db_path), workers=workers, engine=engine
        ):
            with db.transaction(conn):
                for outcome in [*batch.settled, *outcomes]:
                    _write(conn, outcome, run_id, tally, failures, kinds)
            bar.update(len(batch.settled) + len(batch.jobs))
            bar.set_postfix(new=tally["docs_new"], failed=tally["failed"], refresh=False)
        bar.close()
        state = refresh_situation(conn) if fuse else "not requested (--no-fuse)"
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        bar.close()
        totals = db.counts(conn)
        db.finish_run(
            conn, run_id, status, incidents=totals["incidents"], disputes=totals["disputes"],
            events=totals["events"], claims=totals["claims"], **{k: v for k, v in tally.items() if k != "inputs"},
        )
        conn.close()
    return IngestReport(
        run_id=run_id,
        inputs=tally["inputs"],
        docs_new=tally["docs_new"],
        docs_present=tally["docs_present"],
        failed=tally["failed"],
        failures=tuple(failures),
        failure_kinds=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
        totals=totals,
        seconds=time.perf_counter() - started,
        situation=state,
    )


def _write(
    conn: sqlite3.Connection,
    outcome: Outcome,
    run_id: int,
    tally: dict[str, int],
    failures: list[tuple[str, Failure]],
    kinds: dict[str, int],
) -> None:
    job = outcome.job
    tally["inputs"] += 1
    if outcome.reading is not None:
        new = db.write_reading(conn, outcome.reading, key=job.key, item_id=job.item.id, origin=job.origin, run_id=run_id)
        tally["docs_new" if new else "docs_present"] += 1
    elif outcome.failure is not None:
        db.write_failure(conn, outcome.failure, key=job.key, origin=job.origin, run_id=run_id)
        tally["failed"] += 1
        kinds[outcome.failure.kind] = kinds.get(outcome.failure.kind, 0) + 1
        if len(failures) < 50:
            failures.append((job.origin, outcome.failure))
    elif outcome.present == "(input)" or db.has_document(conn, outcome.present):
        if outcome.present != "(input)":
            db.add_input(conn, job.key, outcome.present, item_id=job.item.id, origin=job.origin)
        tally["docs_present"] += 1
    else:
        # Same body as an input earlier in the chunk whose reading failed: report it like that one.
        failure = Failure(job.item.id, "duplicate", f"duplicate: same text as document {outcome.present}, which could not be read")
        _write(conn, Outcome(job, failure=failure), run_id, tally, failures, kinds)
        tally["inputs"] -= 1  # counted once, by the call above
