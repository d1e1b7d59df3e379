"""Our actors -> UCDP GED actor names, so extracted sides can be compared with side_a / side_b.

The actor dictionary carries a ``ucdp_name`` column where an actor has a UCDP counterpart. An actor without
one falls back on UCDP's coding habits for Syria: generic government forces are "Government of Syria",
generic rebels "Syrian insurgents", civilians "Civilians". Anything else counts as unmatched.

UCDP codes supporting states as the side they support: Russian air strikes are "Government of Syria" in GED
Syria, which never lists Russia as a side. So when ``known`` (the actor names GED Syria actually uses) is given
and our actor's UCDP name is not among them, the actor's side decides.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from frontwatch.records import ActorRef

DATA = Path(__file__).resolve().parents[1] / "data"

# Used only when the dictionary row has no ucdp_name: UCDP's generic names for the two main sides in Syria.
_BY_SIDE = {"government": "Government of Syria", "opposition": "Syrian insurgents"}


@functools.lru_cache(maxsize=1)
def dictionary_ucdp_names() -> dict[str, str]:
    """canonical actor name (lower-case) -> UCDP name, from every bundled actor CSV with a ucdp_name column."""
    names: dict[str, str] = {}
    for path in sorted(DATA.rglob("*.csv")) + sorted(DATA.rglob("*.tsv")):
        if "actor" not in path.name:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))  # the dictionaries carry comment headers
            reader = csv.DictReader(lines, delimiter="\t" if path.suffix == ".tsv" else ",")
            if not reader.fieldnames or "ucdp_name" not in reader.fieldnames:
                continue
            key = next((c for c in ("name", "canonical", "canonical_name", "actor_name") if c in reader.fieldnames), None)
            if key is None:
                continue
            for row in reader:
                if row.get("ucdp_name"):
                    names[row[key].strip().lower()] = row["ucdp_name"].strip()
    return names


def ucdp_name(ref: ActorRef | None, known: frozenset[str] = frozenset()) -> str:
    """The UCDP name of an extracted actor, or "" when it has none."""
    if ref is None:
        return ""
    found = dictionary_ucdp_names().get(ref.name.strip().lower())
    if found and (not known or found.lower() in known):
        return found
    if found and ref.side in _BY_SIDE:
        return _BY_SIDE[ref.side]  # a supporting state or allied militia: UCDP codes the side it fights for
    if ref.kind == "civilians" or ref.side == "civilians":
        return "Civilians"
    if ref.side == "government" and ref.kind in {"state forces", ""}:
        return _BY_SIDE["government"]
    if ref.side == "opposition" and ref.kind in {"rebel group", ""}:
        return _BY_SIDE["opposition"]
    return ""


def side_names(ucdp_side: str) -> set[str]:
    """UCDP joins allied actors with ', ' in one side; each counts as that side."""
    return {part.strip().lower() for part in ucdp_side.split(",") if part.strip()}


def sides_right(actor1: ActorRef | None, actor2: ActorRef | None, side_a: str, side_b: str,
                known: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(side_a found among our two actors, both sides found in one assignment of our actors to the two sides)."""
    ours = [ucdp_name(actor1, known).lower(), ucdp_name(actor2, known).lower()]
    a, b = side_names(side_a), side_names(side_b)
    a_ok = any(o in a for o in ours if o)
    both = (ours[0] in a and ours[1] in b) or (ours[1] in a and ours[0] in b)
    return a_ok, bool(both and ours[0] and ours[1])


def known_actor_names(path: Path) -> frozenset[str]:
    """Lower-case actor names UCDP GED Syria uses (../shared/data/ucdp-actors-syria/ged_syria_actors.csv)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["actor_name"].strip().lower() for row in csv.DictReader(handle))
