"""The map's base layers (bundled GeoJSON) and name lookups against them.

Control records and displacement claims name places in words ("Masaken Hanano", "al-Sakhour");
the map needs a polygon or a point. ``GeoIndex`` matches names after the usual normalisation of
Arabic transliterations (article prefixes, hyphens, apostrophes, diacritics) against every spelling
the layer lists.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unidecode import unidecode

LAYERS = ("neighbourhoods", "governorates")
DATA = Path(__file__).resolve().parents[1] / "data" / "geo"  # package data, installed beside the code
_FILES = {"neighbourhoods": "aleppo_neighbourhoods.geojson", "governorates": "syria_governorates.geojson"}
# Arabic article forms as transliterated ("al-", "as-", "ash-" ...) and words that add nothing to a match.
_ARTICLES = {"al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ath", "adh"}
_FILLER = {"neighbourhood", "neighborhood", "district", "quarter", "area", "the", "province", "governorate", "city"}
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi"}


@functools.lru_cache(maxsize=None)
def layer_bytes(name: str) -> bytes:
    """The raw GeoJSON of a bundled base layer ("neighbourhoods" or "governorates")."""
    return (DATA / _FILES[name]).read_bytes()


@functools.lru_cache(maxsize=None)
def layer(name: str) -> dict[str, Any]:
    """A bundled base layer as parsed GeoJSON."""
    data: dict[str, Any] = json.loads(layer_bytes(name))
    return data


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Fold a place name for matching: ``"ash-Sheikh Maqsoud"`` and ``"Sheikh Maksoud"`` differ only in spelling."""
    text = unidecode(name).lower()
    text = re.sub(r"['’`ʿʾ]", "", text)
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    words = [w for w in words if w not in _ARTICLES and w not in _FILLER and w not in _ROMAN]
    # common vowel/consonant variants of the same Arabic name: Maqsoud/Maksoud, Sakhour/Sakhur, Hellok/Halak
    folded = []
    for w in words:
        w = w.replace("q", "k").replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("ay", "ai")
        w = re.sub(r"(.)\1", r"\1", w)
        w = re.sub(r"(iyeh|iyah|iyya|iya|ieh)$", "ia", w)  # Hamdaniyeh / Hamdaniya / Hamdaniyah
        w = re.sub(r"(eh|ah)$", "a", w) if len(w) > 4 else w  # Kallaseh / Kallasa
        folded.append(w)
    return " ".join(folded)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a named place sits on the map: a neighbourhood polygon and/or a point."""

    name: str
    polygon_ids: tuple[int, ...]
    longitude: float
    latitude: float


class GeoIndex:
    """Name -> map anchor, over the Aleppo neighbourhoods, the governorates and any extra points."""

    def __init__(self) -> None:
        self._by_name: dict[str, Anchor] = {}
        self._governorates: dict[str, Anchor] = {}  # last resort: a town or city of the same name wins
        polygons: dict[str, list[int]] = {}
        centres: dict[int, tuple[float, float]] = {}
        canonical: dict[str, str] = {}
        for feature in layer("neighbourhoods")["features"]:
            props = feature["properties"]
            pid = int(props["polygon_id"])
            centres.setdefault(pid, _centre(feature["geometry"]))
            for spelling in [props["name"], *props.get("alt_names", [])]:
                key = normalise(spelling)
                if key and pid not in polygons.setdefault(key, []):
                    polygons[key].append(pid)
                    canonical.setdefault(key, props["name"])
        for key, pids in polygons.items():
            lon, lat = centres[pids[0]]
            self._by_name[key] = Anchor(canonical[key], tuple(pids), lon, lat)
        for feature in layer("governorates")["features"]:
            props = feature["properties"]
            key = normalise(props["name"])
            if key and props.get("label_lon") is not None:
                self._governorates[key] = Anchor(props["name"], (), float(props["label_lon"]), float(props["label_lat"]))

    def add_point(self, name: str, longitude: float | None, latitude: float | None) -> None:
        """Teach the index a named point (e.g. a place from the store); polygons keep priority."""
        key = normalise(name)
        if key and key not in self._by_name and longitude is not None and latitude is not None:
            self._by_name[key] = Anchor(name, (), float(longitude), float(latitude))

    def find(self, name: str) -> Anchor | None:
        """The anchor for a place name, or None when nothing on the map matches it."""
        key = normalise(name)
        if not key:
            return None
        # "Masaken Hanano", "Hanano Housing", "eastern Aleppo", "Idlib province": also try the name without
        # the word in front or behind; neighbourhoods and known places, then the reading's gazetteer, then
        # governorates of the same name
        parts = key.split(" ")
        keys = [key] + ([" ".join(parts[1:]), " ".join(parts[:-1])] if len(parts) > 1 else [])
        for k in keys:
            if k in self._by_name:
                return self._by_name[k]
        words = name.split()
        for variant in [name] + ([" ".join(words[1:]), " ".join(words[:-1])] if len(words) > 1 else []):
            point = _gazetteer_point(variant)
            if point is not None:
                return point
        for k in keys:
            if k in self._governorates:
                return self._governorates[k]
        return None


@functools.lru_cache(maxsize=4096)
def _gazetteer_point(name: str) -> Anchor | None:
    """The best point the reading's gazetteer has for a name (Syria first), or None."""
    try:
        from frontwatch.reading.gazetteer import Gazetteer
    except ImportError:  # the map still works from its own layers
        return None
    places = Gazetteer.default().lookup(name)
    # a Syrian place, or a whole country (refugees crossing to Turkey); never a foreign town of the same name
    place = next((p for p in places if p.country_code == "SY" or p.kind == "country"), None)
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return Anchor(place.name, (), float(place.longitude), float(place.latitude))


def _centre(geometry: dict[str, Any]) -> tuple[float, float]:
    """Mean of the outer ring's vertices: close enough to label a small neighbourhood."""
    ring = geometry["coordinates"][0][0] if geometry["type"] == "MultiPolygon" else geometry["coordinates"][0]
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return sum(lons) / len(lons), sum(lats) / len(lats)
