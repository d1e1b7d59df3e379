"""The gazetteer: places by id and by name, spelling-tolerant lookup, containment, relative areas.

Public interface (other stages code against exactly this): ``Gazetteer.default()``, ``get``, ``lookup``,
``contains``, ``admin1_place``. The bundled tables (about 150,000 places: every country, first-level
division and GeoNames town of the world, and Syria in depth down to Aleppo's neighbourhoods) plus the
user table of setting ``gazetteer_extra`` are read once; rows are parsed into Places only when asked for,
so loading is a single pass over precomputed name keys.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from frontwatch.reading import index_cache, lexicons, placenames
from frontwatch.reading.placenames import (
    _NON_ALNUM,
    BUNDLED_TABLES,
    DATA,
    KEY_VERSION,
    SKELETON_LAYERS,
    Entry,
    bundled_lines,
    country_names,
    distance_km,
    file_lines,
    joined_article_variant,
    name_key,
    parse_entry,
    place_words,
    read_rows,
    skeleton,
    slug,
)
from frontwatch.records import Place

# Tiers of a match, best first.
EXACT, JOINED, DESIGNATED, SKELETON, FUZZY = range(5)
_LOCALITY = "in-"  # id of a locality: "<container id>~in-<slug of its name>"
_SHIFT_KM = {"city": 4.0, "admin2": 20.0, "admin1": 45.0, "country": 250.0, "region": 1200.0}
_SETTLEMENTS = frozenset({"town", "city", "village", "capital", "admin1", "admin2", "country"})  # not quarters of another place


class Gazetteer:
    """Places by id and by name; spelling-tolerant lookup; containment."""

    def __init__(self, tables: Iterable[Iterable[list[str]]] = (), countries: dict[str, str] | None = None) -> None:
        self._countries = countries if countries is not None else country_names()
        self._rows: list[str] = []  # raw table rows, parsed on demand
        self._parsed: dict[int, Entry] = {}
        self._layers: list[str] = []
        self._by_id: dict[str, int] = {}
        self._keys: dict[str, list[int]] = {}
        self._skeletons: dict[str, list[int]] = {}
        self._adjectivals: dict[str, list[int]] = {}
        self._admin1: dict[tuple[str, str], int] = {}
        self.max_tokens: dict[str, int] = {}  # first token of a key -> longest key (tokens) starting so
        self.max_skeleton_tokens: dict[str, int] = {}
        self._shifts: dict[str, float] = {}  # country code -> km, see _country_shift
        self._by_country: dict[str, list[int]] | None = None  # built on first use, dropped by add_row
        self._capitals: dict[str, list[int]] | None = None
        self._fuzzy_keys: tuple[str, ...] | None = None  # see fuzzy_keys; dropped by add_row
        for table in tables:
            for cells in table:
                self.add_row(cells)

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer plus the user's extra table (setting ``gazetteer_extra``), loaded once."""
        from frontwatch import settings

        return _default(str(settings.get("gazetteer_extra")))

    @classmethod
    def from_files(cls, extra: Path | None = None) -> Gazetteer:
        """Load the bundled tables and, when it exists, a user table."""
        tables = [read_rows(bundled_lines(t)) for t in BUNDLED_TABLES]
        if extra is not None and extra.is_file():
            tables.append(read_rows(file_lines(extra)))
        return cls(tables)

    def add_row(self, cells: list[str]) -> None:
        """Index one table row (see placenames.COLUMNS); a place id already present is replaced."""
        self._by_country = self._capitals = self._fuzzy_keys = None
        index = len(self._rows)
        place_id, kind, layer = cells[0], cells[2], cells[11]
        old = self._by_id.get(place_id)
        if old is not None:
            self._layers[old] = "replaced"
        self._rows.append("\t".join(cells))
        self._layers.append(layer)
        self._by_id[place_id] = index
        skeletal = layer in SKELETON_LAYERS
        keys = [k for k in cells[14].split("|") if k]
        for key in keys:
            _push(self._keys, key, index)
            _widen(self.max_tokens, key)
            if skeletal:
                skel = skeleton(key)
                _push(self._skeletons, skel, index)
                _widen(self.max_skeleton_tokens, skel)
        for adjectival in cells[13].split("|"):
            if adjectival:
                _push(self._adjectivals, name_key(adjectival), index)
        if kind == "admin1":
            for key in keys:
                self._admin1.setdefault((cells[5], key), index)

    def add(self, entry: Entry) -> None:
        """Index one entry (tests and importers build small gazetteers this way)."""
        p = entry.place
        keys = sorted({name_key(n) for n in entry.names} - {""})
        self.add_row([p.place_id, p.name, p.kind, p.admin1, p.admin2, p.country_code, repr(p.latitude),
                      repr(p.longitude), str(p.geo_precision), p.parent_id, repr(entry.weight), entry.layer,
                      "|".join(entry.names), "|".join(entry.adjectivals), "|".join(keys)])

    def entry_at(self, index: int) -> Entry:
        """The parsed entry of row ``index``."""
        entry = self._parsed.get(index)
        if entry is None:
            entry = parse_entry(self._rows[index].split("\t"), self._countries)
            if self._layers[index] == "replaced":
                entry = Entry(entry.place, -1.0, "replaced", entry.names)
            self._parsed[index] = entry
        return entry

    # --- reading ------------------------------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        """The place with this id; area ids (``anchor~relation``) are rebuilt from their anchor."""
        index = self._by_id.get(place_id)
        if index is not None:
            return self.entry_at(index).place
        if "~" in place_id:
            base, _, relation = place_id.rpartition("~")
            anchor = self.get(base)
            if anchor is not None and relation.startswith(_LOCALITY):
                return self.locality(relation[len(_LOCALITY):].replace("-", " ").title(), anchor)
            return self.area(anchor, relation.replace("-", " ")) if anchor else None
        return None

    def row_of(self, place: Place) -> int | None:
        """The table row of a place (None for derived areas)."""
        return self._by_id.get(place.place_id)

    def entry(self, place: Place) -> Entry | None:
        """The table entry of a place (None for derived areas)."""
        index = self._by_id.get(place.place_id)
        return self.entry_at(index) if index is not None else None

    def candidates(self, key: str, *, skeletons: bool = True) -> list[tuple[int, int]]:
        """(entry index, tier) for a name key, from the best tier that has any."""
        hits = self._keys.get(key)
        if hits:
            return [(i, EXACT) for i in hits]
        joined = joined_article_variant(key)
        if joined and joined in self._keys:
            return [(i, JOINED) for i in self._keys[joined]]
        tokens = key.split()
        english = lexicons.mapping("translated_qualifiers.tsv").get(tokens[-1]) if len(tokens) > 1 else None
        translated = f"{english} {' '.join(tokens[:-1])}" if english else ""
        if translated and translated in self._keys:  # "Homs al-Jadida" would be New Homs
            return [(i, JOINED) for i in self._keys[translated]]
        kinds = place_words()["designators"]
        if len(tokens) > 1 and (tokens[-1] in kinds or tokens[0] in place_words()["name_prefix_designators"]):
            core = " ".join(tokens[:-1] if tokens[-1] in kinds else tokens[1:])
            found = self.candidates(core, skeletons=skeletons)
            if tokens[-1] not in kinds:
                # "Masaken Hanano" is the Hanano quarter; "Bab Tadmor" (a gate of Homs) is not the town of Tadmor
                found = [(i, t) for i, t in found if self.entry_at(i).place.kind not in _SETTLEMENTS]
            return [(i, max(t, DESIGNATED)) for i, t in found]
        if skeletons:
            skel = skeleton(joined or key)
            shortest = 2 if len(key.replace(" ", "")) >= 5 else 3  # "Outaya" is "at" in consonants
            if len(skel.replace(" ", "")) >= shortest and skel in self._skeletons:
                probe = joined or key
                floor = 75 if len(skel.replace(" ", "")) < 3 else 50
                return [(i, SKELETON) for i in self._skeletons[skel] if _variant_of(probe, self.entry_at(i).names, floor)]
            if len(tokens) == 2 and tokens[0] in place_words()["compound_heads"]:
                # "Deir Mama" is Deirmama: a toponym word written apart from the name
                # it is joined to elsewhere; as close a spelling as any variant
                probe = "".join(tokens)
                return [(i, SKELETON) for i in self._skeletons.get(skeleton(probe), []) if _variant_of(probe, self.entry_at(i).names, 50)]
        return []

    def capital_rows(self, country_code: str) -> list[int]:
        """The row of a country's capital (its current entry), for a capital named by its role ("the capital")."""
        if self._capitals is None:  # read off the raw rows once: parsing every entry of a country is slow
            capitals: dict[str, list[int]] = {}
            for i, row in enumerate(self._rows):
                if "\tcapital\t" not in row:
                    continue
                cells = row.split("\t", 6)
                if cells[2] == "capital" and self._layers[i] != "replaced":
                    capitals.setdefault(cells[5], [i])
            self._capitals = capitals
        return self._capitals.get(country_code, [])

    def variants(self, key: str, *, loose: bool = False) -> list[tuple[int, int]]:
        """Spelling variants of a name key (skeleton tier) even when the key matches some place exactly: the
        words around a name may ask for a kind of place only a variant is ("Khalidiya neighbourhood").

        ``loose``: the caller already knows the governorate (a name placed "north of Aleppo"), so a short
        name ("Maleh" / "Al Mallah") need only be as close as a long one, its article aside."""
        skel = skeleton(key)
        if len(skel.replace(" ", "")) < (2 if len(key.replace(" ", "")) >= 5 else 3) or skel not in self._skeletons:
            return []
        floor = 75 if len(skel.replace(" ", "")) < 3 and not loose else 50
        return [(i, SKELETON) for i in self._skeletons[skel]
                if _variant_of(key, self.entry_at(i).names, floor, without_article=loose)]

    def fuzzy(self, key: str, threshold: float = 90.0) -> list[tuple[int, int]]:
        """Near misses of long names (>= 8 letters) among transliterated layers."""
        if len(key) < 8:
            return []
        from rapidfuzz import fuzz, process

        pool = [k for k in self.fuzzy_keys() if abs(len(k) - len(key)) <= 2]
        best = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=threshold, limit=3)
        return [(i, FUZZY) for k, _, _ in best for i in self._keys[k]]

    def fuzzy_keys(self) -> tuple[str, ...]:
        """The name keys of the transliterated layers, in index order: the pool ``fuzzy`` draws from."""
        if self._fuzzy_keys is None:
            self._fuzzy_keys = tuple(k for k, ids in self._keys.items()
                                     if any(self._layers[i] in SKELETON_LAYERS for i in ids))
        return self._fuzzy_keys

    def lookup(self, name: str, *, country_code: str = "", admin1: str = "") -> list[Place]:
        """Places a name may refer to, best first (exact before spelling variants, bigger first).

        ``country_code`` and ``admin1`` restrict the answer. "Idlib province" finds the governorate,
        "Aleppo city" the city.
        """
        key = name_key(name)
        found = self.candidates(key) or self.fuzzy(key)
        admin1_name = ""
        if admin1:
            a1 = self.admin1_place(admin1, country_code or "SY")
            admin1_name = a1.admin1 if a1 else admin1
        ranked = [
            (self.score(index, tier, key), self.entry_at(index).place)
            for index, tier in found
            if self._layers[index] != "replaced"
        ]
        ranked = [
            r for r in ranked
            if (not country_code or r[1].country_code == country_code) and (not admin1_name or r[1].admin1 == admin1_name)
        ]
        ranked.sort(key=lambda r: -r[0])
        return [p for _, p in ranked]

    def score(self, index: int, tier: int, key: str) -> float:
        """Prior score of a candidate for a name key: match tier, importance, fit to a designator."""
        entry = self.entry_at(index)
        value = entry.weight - 0.6 * tier
        want = _designated_kind(key)
        if want and _kind_fits(entry.place.kind, want):
            value += 0.5
        if tier >= SKELETON:  # among spelling variants, the closest spelling first
            from rapidfuzz import fuzz

            value += 0.03 * max((fuzz.ratio(key, name_key(n)) for n in entry.names), default=0.0)
        return value

    def adjectival_rows(self, key: str) -> list[int]:
        """Rows of the places whose adjectival form this key is ("syrian" -> Syria)."""
        return list(self._adjectivals.get(key, ()))

    def layer(self, index: int) -> str:
        """The layer of row ``index`` (country, region, admin1, world, syria, extra, replaced)."""
        return self._layers[index]

    def admin1_place(self, admin1: str, country_code: str = "SY") -> Place | None:
        """The first-level division named ``admin1`` (any known spelling) in a country."""
        key = name_key(admin1)
        tokens = key.split()
        if len(tokens) > 1 and tokens[-1] in ("province", "governorate", "state", "region"):
            key = " ".join(tokens[:-1])
        index = self._admin1.get((country_code, key))
        if index is None:
            skel = skeleton(key)
            for i in self._skeletons.get(skel, ()):
                place = self.entry_at(i).place
                if place.kind == "admin1" and place.country_code == country_code:
                    return place
            return None
        return self.entry_at(index).place

    def contains(self, outer: Place, inner: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a place contains itself).

        Country > admin1 > admin2 by the admin fields; a city contains its neighbourhoods (parent id,
        or a neighbourhood of the same admin1 within 12 km); an area contains what lies within its
        radius of its point.
        """
        if outer.place_id == inner.place_id:
            return True
        if outer.kind == "country":
            return inner.country_code == outer.country_code and inner.kind != "country"
        if outer.country_code != inner.country_code or inner.kind == "country":
            return False
        if outer.kind == "admin1":
            return inner.admin1 == outer.admin1 and inner.kind != "admin1"
        if outer.kind == "admin2":
            return bool(outer.admin2) and inner.admin2 == outer.admin2 and inner.kind not in ("admin1", "admin2")
        if inner.parent_id:
            if inner.parent_id == outer.place_id:
                return True
            parent = self.get(inner.parent_id)
            if parent is not None and parent.place_id != inner.place_id and self.contains(outer, parent):
                return True
        near = distance_km(outer.latitude, outer.longitude, inner.latitude, inner.longitude)
        if outer.kind in ("city", "capital") and inner.kind == "neighbourhood":
            return inner.admin1 == outer.admin1 and near <= 12.0
        if outer.kind == "area":
            radius = 15.0 if outer.geo_precision <= 2 else 60.0
            return inner.admin1 == outer.admin1 and near <= radius and inner.kind not in ("admin1", "area")
        return False

    def within(self, outer: Place) -> list[Place]:
        """Every gazetteer place that ``outer`` contains (a governorate's towns, a city's neighbourhoods)."""
        if not outer.country_code:
            return []
        rows = self._rows_by_country().get(outer.country_code, [])
        if outer.kind == "admin1":  # cheap pre-filter on the admin1 column before parsing rows
            rows = [i for i in rows if self._rows[i].split("\t", 4)[3] == outer.admin1]
        found = [self.entry_at(i).place for i in rows if self._layers[i] != "replaced"]
        return [p for p in found if p.place_id != outer.place_id and self.contains(outer, p)]

    @lru_cache(maxsize=1)  # noqa: B019 - one gazetteer per process
    def _rows_by_country(self) -> dict[str, list[int]]:
        if self._by_country is None:
            out: dict[str, list[int]] = {}
            for i, row in enumerate(self._rows):
                out.setdefault(row.split("\t", 6)[5], []).append(i)
            self._by_country = out
        return self._by_country

    def area(self, anchor: Place, relation: str) -> Place:
        """A part or the surroundings of ``anchor`` ("eastern", "northern countryside of", "east of").

        Precision 2 for a part of (or near) a town or city, 3 for a region; the point is the anchor's,
        shifted a little in the named direction.
        """
        words = place_words()
        tokens = [t for t in _NON_ALNUM.sub(" ", relation.lower().replace("-", "")).split() if t]
        joined = relation.lower()
        dlat = dlon = 0.0
        for t in tokens:
            if t in words["directions"]:
                dlat, dlon = words["directions"][t]
                break
            for direction, (a, b) in words["directions"].items():
                if "-" in direction and direction.replace("-", "") == t:
                    dlat, dlon = a, b
        regional = any(t in words["region_words"] for t in tokens) or "country side" in joined
        scale = anchor.kind if anchor.kind in _SHIFT_KM else "city"
        if regional and scale == "city":
            scale = "admin2"  # the countryside of a town is a region around it
        precision = 3 if regional or anchor.kind in ("admin1", "admin2", "country", "region", "area") else 2
        full = self._country_shift(anchor.country_code) if scale == "country" else _SHIFT_KM[scale]
        km = full * (0.5 if relation.strip().endswith(" of") and not regional else 1.0)
        lat = anchor.latitude + dlat * km / 111.0
        lon = anchor.longitude + dlon * km / (111.0 * max(0.2, math.cos(math.radians(anchor.latitude))))
        label = relation.strip()
        noun = tokens[-1] if tokens else ""
        adjective = noun in words["directions"] or noun in ("rural", "near", "outside", "around") or label.endswith(" of")
        name = f"{label} {anchor.name}" if adjective else f"{label} of {anchor.name}"
        around = any(t in words["surroundings_words"] for t in tokens)
        admin1 = self.surrounding_admin1(anchor) if around else anchor.admin1
        return Place(
            place_id=f"{anchor.place_id}~{slug(label)}", name=name, kind="area", admin1=admin1,
            admin2=anchor.admin2, country=anchor.country, latitude=round(lat, 5), longitude=round(lon, 5),
            geo_precision=max(precision, anchor.geo_precision), country_code=anchor.country_code,
            parent_id=anchor.place_id,
        )

    def surrounding_admin1(self, anchor: Place) -> str:
        """The governorate around a city that is a governorate of its own: "the outskirts of Damascus" are in
        Rural Damascus, the division the gazetteer knows as "Damascus countryside"; any other city's surroundings
        are in its own governorate."""
        if anchor.kind not in ("city", "capital"):
            return anchor.admin1
        around = [p for p in self.lookup(f"{anchor.name} countryside", country_code=anchor.country_code) if p.kind == "admin1"]
        return around[0].admin1 if around and around[0].admin1 else anchor.admin1

    def _country_shift(self, country_code: str) -> float:
        """How far "northern X" lies from country X's point: 0.6 times the median distance of its
        divisions' points (Syria ~105 km, Lebanon ~35 km), at most the default 250 km. A fixed distance
        would put "northern Syria" in Turkey and "southern Lebanon" in Israel."""
        shifts = self._shifts
        if country_code not in shifts:
            anchor = self.get(country_code)
            points = [self.entry_at(i).place for (cc, _), i in self._admin1.items() if cc == country_code]
            far = sorted(distance_km(anchor.latitude, anchor.longitude, p.latitude, p.longitude) for p in points) if anchor else []
            shifts[country_code] = min(_SHIFT_KM["country"], max(20.0, 0.6 * far[len(far) // 2])) if far else _SHIFT_KM["country"]
        return float(shifts[country_code])

    def locality(self, name: str, container: Place, kind: str = "") -> Place:
        """A place the gazetteer lacks, known only to lie in ``container`` ("al-Hazwanah neighbourhood in
        Manbij city", "Collins Avenue in Miami Beach"): the container's point under the text's name.

        Precision 1 for a neighbourhood or site of a town (ACLED codes the town), else at least 2."""
        town = container.kind in ("city", "capital", "town", "village", "neighbourhood")
        precision = container.geo_precision if town and kind in ("neighbourhood", "") else max(2, container.geo_precision)
        return Place(
            place_id=f"{container.place_id}~{_LOCALITY}{slug(name)}", name=name, kind=kind or "locality",
            admin1=container.admin1, admin2=container.admin2, country=container.country,
            latitude=container.latitude, longitude=container.longitude, geo_precision=precision,
            country_code=container.country_code, parent_id=container.place_id,
        )

    def __len__(self) -> int:
        return len(self._by_id)


def _variant_of(probe: str, names: tuple[str, ...], floor: float, *, without_article: bool = False) -> bool:
    """Whether a name key is a spelling of one of ``names``: same consonants is not enough ("Situation"
    and Zaytan share them). Spellings of one name stay this close ("Halak"/"Hellok" 54, "Seif al-Dawla"/
    "Sayf ad-Dauleh" 57) and end alike, in a vowel or a consonant ("Jobar" is not "Jabriya")."""
    from rapidfuzz import fuzz

    for name in names:
        key = name_key(name)
        if without_article and key.split(" ", 1)[0] in ("al", "el", "as", "ad", "ar", "ash", "at", "az") and " " in key:
            key = key.split(" ", 1)[1]
        if key and _vowel_end(probe) == _vowel_end(key) and fuzz.ratio(probe, key) >= floor:
            return True
    return False


def _vowel_end(key: str) -> bool:
    if len(key) > 2 and key.endswith("h") and key[-2] in "aeiouy":
        key = key[:-1]  # Dauleh ends like Dawla
    return key[-1] in "aeiouy"


def _push(index: dict[str, list[int]], key: str, value: int) -> None:
    bucket = index.get(key)
    if bucket is None:
        index[key] = [value]
    elif bucket[-1] != value:
        bucket.append(value)


def _widen(widths: dict[str, int], key: str) -> None:
    first, _, _ = key.partition(" ")
    n = key.count(" ") + 1
    if widths.get(first, 0) < n:
        widths[first] = n


def _designated_kind(key: str) -> str:
    tokens = key.split()
    return place_words()["designators"].get(tokens[-1], "") if len(tokens) > 1 else ""


def _kind_fits(kind: str, want: str) -> bool:
    if want == "city":
        return kind in ("city", "capital", "town")
    if want == "town":
        return kind in ("town", "city", "village")
    return kind == want


_STATE = ("_rows", "_layers", "_by_id", "_keys", "_skeletons", "_adjectivals", "_admin1", "max_tokens", "max_skeleton_tokens",
          "_fuzzy_keys")


@lru_cache(maxsize=4)
def _default(extra: str) -> Gazetteer:
    """Bundled + user tables; the built index is kept in the user cache (index_cache: plain lists and dicts,
    rebuilt whenever a table or the indexing code changes) because indexing 190,000 rows takes seconds,
    unpickling a fraction of that."""
    path = Path(extra).expanduser() if extra else None
    cache = _cache_file(path)
    state = index_cache.load(cache)
    if isinstance(state, tuple) and len(state) == len(_STATE):
        g = Gazetteer()
        for name, value in zip(_STATE, state, strict=True):
            setattr(g, name, value)
        return g
    g = Gazetteer.from_files(path)
    g.fuzzy_keys()  # part of the stored index: finding them scans every key
    index_cache.store(cache, tuple(getattr(g, name) for name in _STATE))
    return g


def _cache_file(extra: Path | None) -> Path | None:
    """Where the index of these exact tables is cached (None: caching off); one live file per user table."""
    parts = [KEY_VERSION, "|".join(_STATE)]
    for module in (__file__, placenames.__file__):
        parts.append(index_cache.digest_of(Path(module).read_bytes()))
    for table in BUNDLED_TABLES:
        data = resources.files(DATA).joinpath(table).read_bytes()
        parts.append(f"{table}:{index_cache.digest_of(data)}")
    if extra is not None and extra.is_file():
        stat = extra.stat()
        parts.append(f"{extra.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    config = index_cache.digest_of(str(extra.resolve() if extra else "").encode())[:8]
    return index_cache.cache_file(f"gazetteer-{config}", parts)
