"""Place names: keys that survive transliteration, and the place tables they index.

Three tiers of name matching, tried in order:

1. the *name key*: ASCII, lower case, no apostrophes/ʿ, Arabic articles (al-, as-, ash- ...) and "the"
   dropped, so "ash-Sheikh Maqsoud" and "Sheikh Maqsoud" meet;
2. the *skeleton*: consonants only (q->k, ou/oo->u, kh->k, doubled letters collapsed, a leading vowel
   kept as "a"), so Hellok / al-Halk / Hulluk / Halak or Idleb / Idlib meet. Only the layers where
   transliteration varies (Syria, countries, regions, user imports) are indexed this way: on the 140,000
   world towns it would produce nonsense matches;
3. a strict fuzzy match (rapidfuzz) on long names of the same layers.

The tables are TSV files under ``frontwatch/data/gazetteer`` built by ``scripts/build_gazetteer.py``
(keys precomputed, so loading needs no transliteration); a user table made by
``frontwatch gazetteer import-geonames`` has the same columns.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from unidecode import unidecode

from frontwatch.records import Place

DATA = "frontwatch.data.gazetteer"
# The curated table comes last: its rows extend or replace generated ones (a place id already present is replaced).
BUNDLED_TABLES = ("world.tsv.gz", "syria.tsv.gz", "syria_curated.tsv")
# Layers whose names are transliterations: indexed by skeleton too.
SKELETON_LAYERS = frozenset({"syria", "country", "region", "extra"})
# Columns of every place table (bundled and user). names/adjectivals/keys are |-separated.
COLUMNS = (
    "place_id", "name", "kind", "admin1", "admin2", "country_code", "latitude", "longitude",
    "geo_precision", "parent_id", "weight", "layer", "names", "adjectivals", "keys",
)
KEY_VERSION = "2"  # bump when name_key changes: tables carrying an older version are re-keyed at load

_APOSTROPHES = re.compile(r"['`’‘ʿʾ´ʻʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=1)
def place_words() -> dict:  # type: ignore[type-arg]
    """The lexicon of place words (articles, designators, directions, stop-list)."""
    text = resources.files(DATA).joinpath("place_words.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(place_words()["articles"])


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Spelling-tolerant key of a name: ``"ash-Sheikh Maqsoud"`` -> ``"sheikh maqsoud"``."""
    flat = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", unidecode(text).lower()))
    # a final -ah is written with or without the h (taa marbuta): Hamah/Hama, Zarah/Zara
    tokens = [_ABBREVIATIONS.get(t, t[:-1] if len(t) > 3 and t.endswith("ah") else t) for t in flat.split()]
    kept = [t for t in tokens if t not in _articles()]
    return " ".join(kept or tokens)


_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"),
             ("th", "t"), ("dh", "d"), ("ph", "f"), ("q", "k"), ("ck", "k"), ("dj", "j"), ("z", "s"))
_VOWELS = re.compile(r"[aeiouwy]")


@lru_cache(maxsize=200_000)
def _token_skeleton(token: str) -> str:
    if token.isdigit():
        return token
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    if len(token) > 2 and token.endswith("h") and token[-2] in "aeiou":
        token = token[:-1]  # Hamah/Hama, Dauleh/Dawla: a final h after a vowel is not written alike
    head = "a" if token[0] in "aeiou" else token[0]
    body = head + _VOWELS.sub("", token[1:])
    return re.sub(r"(.)\1+", r"\1", body)


def skeleton(key: str) -> str:
    """Consonant skeleton of a name key: ``"trab hellok"`` -> ``"trb hlk"``."""
    return " ".join(_token_skeleton(t) for t in key.split())


def joined_article_variant(key: str) -> str:
    """``"bab alnairab"`` -> ``"bab nairab"``: an article written together with the name.

    Only stripped before a consonant, so Aleppo or Alexandria stay whole. Empty when nothing changes.
    """
    out, changed = [], False
    for token in key.split():
        if len(token) >= 6 and token[:2] in ("al", "el") and token[2] not in "aeiou":
            token, changed = token[2:], True
        out.append(token)
    return " ".join(out) if changed else ""


def slug(text: str) -> str:
    """ASCII slug for place ids."""
    return _NON_ALNUM.sub("-", unidecode(text).lower()).strip("-")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class Entry:
    """A table row: the Place plus what ranking and matching need."""

    place: Place
    weight: float  # prior importance 0..1 (kind, events, population or town density)
    layer: str  # country | region | admin1 | world | syria | extra
    names: tuple[str, ...]
    adjectivals: tuple[str, ...] = ()


def read_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """Cells of each row of a place table (see COLUMNS); keys are recomputed for an older key version."""
    rekey = True
    header_seen = False
    for line in lines:
        if line.startswith("#"):
            rekey = f"key_version={KEY_VERSION}" not in line
            continue
        cells = line.rstrip("\n").split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise ValueError(f"not a frontwatch place table (columns {cells[:4]}...)")
            header_seen = True
            continue
        if rekey or not cells[14]:
            cells[14] = "|".join(sorted({name_key(n) for n in cells[12].split("|") if n} - {""}))
        yield cells


def parse_entry(cells: list[str], countries: dict[str, str]) -> Entry:
    """The Entry of one table row."""
    cc = cells[5]
    place = Place(
        place_id=cells[0], name=cells[1], kind=cells[2], admin1=cells[3], admin2=cells[4],
        country=countries.get(cc, ""), latitude=float(cells[6]), longitude=float(cells[7]),
        geo_precision=int(cells[8]), country_code=cc, parent_id=cells[9],
    )
    names = tuple(n for n in cells[12].split("|") if n)
    adjectivals = tuple(a for a in cells[13].split("|") if a)
    return Entry(place, float(cells[10]), cells[11], names, adjectivals)


def write_table(path: Path, entries: Iterable[Entry]) -> int:
    """Write entries as a place table (gzip when the name ends in .gz); returns the row count."""
    count = 0
    # gzip without a timestamp: rebuilding unchanged tables gives the same bytes
    raw = gzip.GzipFile(path, "wb", mtime=0) if path.suffix == ".gz" else path.open("wb")
    with raw, io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as out:
        out.write(f"# frontwatch place table key_version={KEY_VERSION}\n")
        out.write("\t".join(COLUMNS) + "\n")
        for e in entries:
            p = e.place
            keys = sorted({name_key(n) for n in e.names} - {""})
            cells = (p.place_id, p.name, p.kind, p.admin1, p.admin2, p.country_code, f"{p.latitude:.5f}",
                     f"{p.longitude:.5f}", str(p.geo_precision), p.parent_id, f"{e.weight:.3f}", e.layer,
                     "|".join(e.names), "|".join(e.adjectivals), "|".join(keys))
            out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")
            count += 1
    return count


def read_small_table(name: str) -> list[dict[str, str]]:
    """Rows of a small bundled TSV (``#`` comment lines, then a header)."""
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def country_names() -> dict[str, str]:
    """ISO code -> English country name, from the bundled countries.tsv."""
    text = resources.files(DATA).joinpath("countries.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    for cells in rows[1:]:
        out[cells[0]] = cells[2]
    return out


def bundled_lines(table: str) -> Iterator[str]:
    """Lines of a bundled place table (gzip, or plain text for the hand-kept one)."""
    if not table.endswith(".gz"):
        yield from resources.files(DATA).joinpath(table).read_text(encoding="utf-8").splitlines(keepends=True)
        return
    with resources.files(DATA).joinpath(table).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        yield from f


def file_lines(path: Path) -> Iterator[str]:
    """Lines of a user place table (plain or gzip)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        yield from f
