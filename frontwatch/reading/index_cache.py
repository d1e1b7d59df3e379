"""Indexes built from the bundled data, kept between runs in the user cache (setting ``cache_dir``).

Building the gazetteer's name index or the actor trie is a noticeable part of a cold ``frontwatch extract``;
unpickling the built index takes a fraction of that. A cached file is named by a digest of everything the
index was built from (the data files and the source of the code that builds it), so a changed table or a
changed builder makes a new file and the stale one is removed. Nothing is ever downloaded into the cache,
and a missing or unwritable cache directory only means that every run builds its index.

Only plain lists, tuples, dicts and strings are stored: no class of the project is pickled, so a file
written by one version can never hand objects of an older shape to another.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def digest_of(data: bytes) -> str:
    """A short digest of one input of an index (a data file's bytes, a module's source)."""
    return hashlib.sha1(data).hexdigest()


def cache_file(kind: str, parts: Iterable[str]) -> Path | None:
    """Where the index of ``kind`` built from these inputs lives (None: caching is off).

    ``kind`` names one live file ("actors", "gazetteer-<config>"): storing a new one removes the others
    of the same kind."""
    from frontwatch import settings

    root = str(settings.get("cache_dir"))
    if not root:
        return None
    digest = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]
    return Path(root).expanduser() / f"{kind}-{digest}.pickle"


def load(path: Path | None) -> Any | None:
    """The index stored at ``path``, or None when there is none or it cannot be read (it is then rebuilt)."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f, _collector_paused():
            return pickle.load(f)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return None


def store(path: Path | None, value: Any) -> None:
    """Write ``value`` at ``path`` atomically and remove older files of the same kind."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an index of inputs that no longer exist
    except OSError:
        pass  # read-only home: work without a cache


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Unpickling an index makes millions of objects, none of them garbage and all of them alive until the
    process ends. A cycle collection on each allocation burst would only cost time (about a third of the load),
    and every later full collection would walk them all again: they are moved out of the collector's sight
    (``gc.freeze``) before it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
