"""Where the reading of a batch runs: in this process, in worker processes, or on Ray.

Each engine maps ``read_chunk`` over chunks of jobs and yields the results chunk by chunk, in
input order, with a bounded number of chunks in flight, so memory stays flat however long the
input stream is. A worker loads spaCy once and parses a whole chunk with ``nlp.pipe``.
"""

from __future__ import annotations

import collections
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from frontwatch.errors import InputError
from frontwatch.records import ArticleInput, Document, Failure, Reading

ENGINES = ("processes", "ray")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Job:
    """One input to read: its input key (store.db.input_key), the article, where it came from."""

    key: str
    item: ArticleInput
    origin: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one job: a reading, a failure, or the id of a document already stored."""

    job: Job
    reading: Reading | None = None
    failure: Failure | None = None
    present: str = ""  # doc_id, when the same body is in the store (or earlier in the chunk) already


_STATE: dict[str, Any] = {}


def _store(db_path: str | None) -> sqlite3.Connection | None:
    """A read-only connection per process to skip stored documents before parsing them."""
    if not db_path:
        return None
    if _STATE.get("db_path") != db_path:
        from frontwatch.store.db import open_db

        try:
            _STATE["conn"] = open_db(db_path, readonly=True)
        except sqlite3.Error:
            _STATE["conn"] = None
        _STATE["db_path"] = db_path
    conn: sqlite3.Connection | None = _STATE["conn"]
    return conn


def read_chunk(jobs: list[Job], db_path: str | None = None, batch_size: int = 16) -> list[Outcome]:
    """Read a chunk of jobs: clean each, skip bodies already stored, parse the rest in one nlp.pipe."""
    from frontwatch.pipeline import load_nlp, read
    from frontwatch.reading.documents import read_document
    from frontwatch.store.db import has_document

    conn = _store(db_path)
    outcomes: list[Outcome | None] = []
    todo: list[tuple[int, Document]] = []
    seen: set[str] = set()
    for job in jobs:
        item = job.item
        try:
            document = read_document(item.text, published=item.published, outlet=item.outlet, title=item.title, url=item.url)
        except InputError as exc:
            outcomes.append(Outcome(job, failure=Failure(item.id, exc.kind, str(exc))))
            continue
        except Exception as exc:  # a cleaning bug must not abort the batch; it is reported per item
            outcomes.append(Outcome(job, failure=_crash(item.id, exc)))
            continue
        if document.doc_id in seen or (conn is not None and has_document(conn, document.doc_id)):
            outcomes.append(Outcome(job, present=document.doc_id))
            continue
        seen.add(document.doc_id)
        todo.append((len(outcomes), document))
        outcomes.append(None)
    if todo:
        nlp = load_nlp()
        parsed = nlp.pipe((d.body for _, d in todo), batch_size=batch_size)
        for (index, document), doc in zip(todo, parsed, strict=True):
            job = jobs[index]
            try:
                outcomes[index] = Outcome(job, reading=read(document, doc))
            except Exception as exc:
                outcomes[index] = Outcome(job, failure=_crash(job.item.id, exc))
    return [o for o in outcomes if o is not None]


def _crash(item_id: str, exc: Exception) -> Failure:
    return Failure(item_id, "crash", f"crash: {type(exc).__name__}: {exc}".splitlines()[0])


def _init_worker() -> None:
    # Load spaCy once per worker process, before the first chunk arrives.
    from frontwatch.pipeline import load_nlp

    load_nlp()


def run_chunks(
    chunks: Iterable[T], jobs_of: Callable[[T], list[Job]], *, db_path: str | None, workers: int = 1, engine: str = "processes"
) -> Iterator[tuple[T, list[Outcome]]]:
    """Read every chunk (``jobs_of(chunk)`` gives its jobs) and yield (chunk, outcomes) in order."""
    if engine == "ray":
        yield from _run_ray(chunks, jobs_of, db_path=db_path, workers=workers)
    elif engine != "processes":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    elif workers <= 1:
        for chunk in chunks:
            jobs = jobs_of(chunk)
            yield chunk, read_chunk(jobs, db_path) if jobs else []
    else:
        yield from _run_pool(chunks, jobs_of, db_path=db_path, workers=workers)


def _run_pool(
    chunks: Iterable[T], jobs_of: Callable[[T], list[Job]], *, db_path: str | None, workers: int
) -> Iterator[tuple[T, list[Outcome]]]:
    import multiprocessing

    # spawn, not fork: the parent holds an SQLite connection and a progress-bar thread.
    context = multiprocessing.get_context("spawn")
    window = 2 * workers  # chunks in flight: enough to keep every worker busy, few enough to stay flat
    with context.Pool(workers, initializer=_init_worker) as pool:
        pending: collections.deque[tuple[T, Any]] = collections.deque()
        for chunk in chunks:
            jobs = jobs_of(chunk)
            pending.append((chunk, pool.apply_async(read_chunk, (jobs, db_path)) if jobs else None))
            if len(pending) >= window:
                done, result = pending.popleft()
                yield done, result.get() if result is not None else []
        while pending:
            done, result = pending.popleft()
            yield done, result.get() if result is not None else []


def _run_ray(
    chunks: Iterable[T], jobs_of: Callable[[T], list[Job]], *, db_path: str | None, workers: int
) -> Iterator[tuple[T, list[Outcome]]]:
    import ray

    started_here = not ray.is_initialized()
    if started_here and os.environ.get("RAY_ADDRESS"):
        ray.init(log_to_driver=False)  # join the cluster named there; its size is its own
    elif started_here:
        ray.init(num_cpus=max(workers, 1), include_dashboard=False, log_to_driver=False)
    remote: Any = ray.remote(read_chunk)
    window = 2 * max(workers, 1)
    try:
        pending: collections.deque[tuple[T, Any]] = collections.deque()
        for chunk in chunks:
            jobs = jobs_of(chunk)
            pending.append((chunk, remote.remote(jobs, db_path) if jobs else None))
            if len(pending) >= window:
                done, ref = pending.popleft()
                yield done, ray.get(ref) if ref is not None else []
        while pending:
            done, ref = pending.popleft()
            yield done, ray.get(ref) if ref is not None else []
    finally:
        if started_here:
            ray.shutdown()
