"""frontwatch gazetteer: look places up, or add a country in depth from a GeoNames dump.

``import-geonames`` reads the standard tab-separated GeoNames dump (``SY.txt``, ``allCountries.txt``)
and writes the user place table (setting ``gazetteer_extra``) that ``Gazetteer.default()`` loads on
top of the bundled one. Importing the same file twice gives the same table (rows are keyed by
GeoNames id).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

HELP = "Look up a place name, or import a GeoNames dump into your gazetteer."
EXAMPLE = "frontwatch gazetteer lookup 'Trab al-Hellok'   |   frontwatch gazetteer import-geonames SY.txt --admin1-codes admin1CodesASCII.txt"

# GeoNames feature class -> (kind, ACLED geo_precision); feature codes refine below.
_CLASSES = {"P": ("town", 1), "A": ("area", 3), "T": ("hill", 1), "S": ("facility", 1), "L": ("area", 2), "H": ("water", 2),
            "R": ("road", 2), "V": ("area", 2), "U": ("area", 3)}
_CODES = {"PPLC": ("capital", 1), "PPLA": ("city", 1), "PPLX": ("neighbourhood", 1), "ADM1": ("admin1", 3),
          "ADM2": ("admin2", 3), "ADM3": ("admin3", 2), "PCLI": ("country", 3), "CMPRF": ("camp", 1)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import-geonames", help="add places from a GeoNames dump (XX.txt / allCountries.txt)")
    imp.add_argument("file", type=Path, help="GeoNames dump, tab-separated (plain text)")
    imp.add_argument("--admin1-codes", type=Path, help="admin1CodesASCII.txt (else the dump's own ADM1 rows name the divisions)")
    imp.add_argument("--output", type=Path, help="user place table to write (default: setting gazetteer_extra)")
    imp.add_argument("--classes", default="PATLS", help="GeoNames feature classes to keep (default PATLS)")
    imp.add_argument("--min-population", type=int, default=0, help="skip populated places smaller than this")
    look = sub.add_parser("lookup", help="places a name may refer to, best first")
    look.add_argument("name")
    look.add_argument("--country", default="", help="ISO code, e.g. SY")
    look.add_argument("--admin1", default="", help="first-level division, any spelling")
    look.add_argument("--limit", type=int, default=10)
    look.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    if args.action == "import-geonames":
        from frontwatch import settings

        output = args.output or Path(str(settings.get("gazetteer_extra"))).expanduser()
        count = import_geonames(args.file, output, admin1_codes=args.admin1_codes, classes=args.classes,
                                min_population=args.min_population)
        print(f"{count} places from {args.file} in {output}")
        return 0
    return _lookup(args)


def _lookup(args: argparse.Namespace) -> int:
    from frontwatch.reading.gazetteer import Gazetteer
    from frontwatch.records import to_json

    places = Gazetteer.default().lookup(args.name, country_code=args.country, admin1=args.admin1)[: args.limit]
    if args.json:
        print(json.dumps(to_json(places), ensure_ascii=False, indent=1))
    else:
        for p in places:
            print(f"{p.place_id}\t{p.name}\t{p.kind}\t{p.admin1}\t{p.country_code}\t{p.latitude:.5f}\t{p.longitude:.5f}\tprecision {p.geo_precision}")
    if not places:
        print(f"no place named {args.name!r}", file=sys.stderr)
        return 1
    return 0


def import_geonames(path: Path, output: Path, *, admin1_codes: Path | None = None, classes: str = "PATLS",
                    min_population: int = 0) -> int:
    """Add the places of a GeoNames dump to the user table ``output``; returns the rows written for it."""
    from frontwatch.reading import gazetteer as gz
    from frontwatch.reading.placenames import file_lines, parse_entry, read_rows, write_table

    rows = [line.rstrip("\n").split("\t") for line in _lines(path) if line.strip() and not line.startswith("#")]
    admin1_names = _admin1_names(admin1_codes, rows)
    bundled = gz.Gazetteer.default()
    countries = gz.country_names()
    fresh = list(_entries(rows, admin1_names, bundled, countries, classes, min_population))
    kept = []
    if output.is_file():  # re-importing replaces rows by GeoNames id, other rows stay
        new_ids = {e.place.place_id for e in fresh}
        kept = [parse_entry(cells, countries) for cells in read_rows(file_lines(output))]
        kept = [e for e in kept if e.place.place_id not in new_ids]
    output.parent.mkdir(parents=True, exist_ok=True)
    write_table(output, [*kept, *fresh])
    gz._default.cache_clear()
    return len(fresh)


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        yield from f


def _admin1_names(codes: Path | None, rows: list[list[str]]) -> dict[tuple[str, str], str]:
    """(country code, admin1 code) -> division name."""
    out: dict[tuple[str, str], str] = {}
    if codes is not None:
        for line in _lines(codes):
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3 and "." in cells[0]:
                cc, _, code = cells[0].partition(".")
                out[(cc, code)] = cells[2] or cells[1]
        return out
    for r in rows:
        if len(r) >= 11 and r[7] == "ADM1":
            out[(r[8], r[10])] = r[2] or r[1]
    return out


def _entries(rows: Iterable[list[str]], admin1_names: dict[tuple[str, str], str], bundled, countries: dict[str, str],  # type: ignore[no-untyped-def]
             classes: str, min_population: int):
    from frontwatch.reading.placenames import Entry
    from frontwatch.records import Place

    for r in rows:
        if len(r) < 15 or r[6] not in classes:
            continue
        population = int(r[14] or 0)
        if r[6] == "P" and population < min_population and r[7] not in ("PPLC", "PPLA"):
            continue
        kind, precision = _CODES.get(r[7], _CLASSES.get(r[6], ("area", 2)))
        cc = r[8]
        division = admin1_names.get((cc, r[10]), "")
        known = bundled.admin1_place(division, cc) if division else None
        admin1 = known.admin1 if known else division  # the bundled spelling when it knows the division
        if kind == "admin1":
            admin1 = known.admin1 if known else (r[2] or r[1])
        names = [r[1], r[2], *[a for a in r[3].split(",") if _latin(a)][:30]]
        weight = {"capital": 0.95, "admin1": 0.8, "country": 1.0, "admin2": 0.5}.get(kind, 0.25)
        if r[6] == "P" and kind != "capital":
            weight = min(0.8, 0.2 + 0.08 * math.log10(population + 1))
        place = Place(f"geonames:{r[0]}", r[1], kind, admin1, "", countries.get(cc, ""), float(r[4]), float(r[5]),
                      precision, cc)
        yield Entry(place, round(weight, 3), "extra", tuple(dict.fromkeys(n for n in names if n)))


def _latin(name: str) -> bool:
    """Alternate names worth matching in English text: Latin script, not a code or a URL."""
    return bool(name) and len(name) > 2 and "http" not in name and all(ord(ch) < 0x250 for ch in name) and not name.isupper()
