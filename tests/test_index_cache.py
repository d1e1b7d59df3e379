"""The index cache: built indexes kept between runs, named by their inputs, rebuilt when an input changes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from frontwatch.reading import gazetteer as gz
from frontwatch.reading import index_cache
from frontwatch.reading.actors import ActorDictionary, find_actors


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRONTWATCH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_store_and_load(cache_dir: Path) -> None:
    path = index_cache.cache_file("things", ["table:1", "code:1"])
    assert path is not None and path.parent == cache_dir and path.name.startswith("things-")
    assert index_cache.load(path) is None  # nothing stored yet
    index_cache.store(path, {"a": [1, 2], "b": ("x",)})
    assert index_cache.load(path) == {"a": [1, 2], "b": ("x",)}
    assert gc.isenabled()  # the collector runs again after a load


def test_changed_input_replaces_the_stale_file(cache_dir: Path) -> None:
    old = index_cache.cache_file("things", ["table:1"])
    new = index_cache.cache_file("things", ["table:2"])
    other = index_cache.cache_file("others", ["table:1"])
    assert old != new
    index_cache.store(old, [1])
    index_cache.store(other, [3])
    index_cache.store(new, [2])
    assert old is not None and not old.exists()
    assert index_cache.load(new) == [2] and index_cache.load(other) == [3]  # another kind is left alone


def test_broken_or_missing_cache_is_no_error(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = index_cache.cache_file("things", ["x"])
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert index_cache.load(path) is None
    monkeypatch.setenv("FRONTWATCH_CACHE_DIR", "")
    assert index_cache.cache_file("things", ["x"]) is None
    index_cache.store(None, [1])  # caching off: nothing happens
    assert index_cache.load(None) is None


def test_gazetteer_from_the_cache_reads_as_built(cache_dir: Path) -> None:
    gz._default.cache_clear()
    try:
        built = gz._default("")  # builds and stores
        assert [p.name for p in cache_dir.glob("gazetteer-*.pickle")]
        gz._default.cache_clear()
        cached = gz._default("")  # unpickled
        assert cached is not built
        assert cached.fuzzy_keys() == built.fuzzy_keys() and cached.fuzzy_keys()
        for name in ("Aleppo", "Sheikh Maqsoud", "Hellok", "Kafr Nabudah", "Deir Hafer"):
            assert [p.place_id for p in cached.lookup(name)] == [p.place_id for p in built.lookup(name)], name
    finally:
        gz._default.cache_clear()


def test_actor_dictionary_from_the_cache_reads_as_built(cache_dir: Path) -> None:
    ActorDictionary.default.cache_clear()
    try:
        built = ActorDictionary.default()
        assert [p.name for p in cache_dir.glob("actors-*.pickle")]
        ActorDictionary.default.cache_clear()
        cached = ActorDictionary.default()
        assert cached is not built and cached.tries() == built.tries()
        text = "Regime forces and Jabhat an-Nusra fighters clashed as Russian warplanes struck the town."
        found = [(m.actor.actor_id, m.start) for m in find_actors(text, cached)]
        assert len(found) >= 3 and found == [(m.actor.actor_id, m.start) for m in find_actors(text, built)]
    finally:
        ActorDictionary.default.cache_clear()
