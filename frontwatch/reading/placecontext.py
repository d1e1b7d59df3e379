"""What the words around a place name say about where it is: containers and the article's focus.

A text often places a name inside another: "al-Hazwanah neighbourhood in Manbij city", "Maratah in the
countryside of Aleppo", "north Aleppo's Ghazal", "the Old City of Aleppo", "Collins Avenue in Miami
Beach". The container decides between namesakes, and when no namesake lies inside it the name is a
place the gazetteer lacks (a neighbourhood, a village, a street): it is then placed in its container
(a *locality*), never at a namesake in another governorate or country.

A name the gazetteer does not know at all, with no container, lies most likely where the article is
about: its *focus*, the place it names most (see ``focus``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from frontwatch.reading.placenames import distance_km, place_words
from frontwatch.records import Place

__all__ = ["BEYOND", "INSIDE", "NEAR", "container_relation", "feature_words", "focus", "lies_in"]

INSIDE, NEAR = "inside", "near"  # "X in Y" / "X in the countryside of Y", "X south of Y", "X near Y"
BEYOND = "beyond"  # "X east of Y": a kind of NEAR that lies outside Y, in its surroundings whatever their division
_JOINERS = frozenset({"in", "of", "at", "inside", "within"})
_NEAR_JOINERS = frozenset({"near", "outside", "around"})
_FILLERS = frozenset({"the", "a", "its", "'s", "’s", "-", "far", "extreme"})  # "in the far northwest of"
_MAX_GAP = 6
# A plain "in Y" with Y a town: namesakes this close count as inside (a town's villages and suburbs).
_TOWN_RADIUS_KM = 15.0


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    words = place_words()
    regional = frozenset(words["directions"]) | frozenset(words["region_words"]) | frozenset(w for w in words["near_words"] if " " not in w)
    return regional, frozenset(words["designators"])


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    """Words that make a name a street, building or site ("Collins Avenue", "Windsor Castle")."""
    return frozenset(place_words()["feature_words"])


def container_relation(gap: Sequence[str], container: Place) -> str:
    """How the words between a name and a following place relate them: INSIDE, NEAR or "" (not at all).

    ``gap`` holds the lower-case tokens between the two names: "in", "neighbourhood in", "in the
    northern countryside of", "camp south of", ",". A comma places a name only in a division or a
    country ("Paris, Texas", "Oulton Park, Cheshire").
    """
    regional, designators = _vocabulary()
    words = _without_locating_clause(list(gap))
    spaced = _without_distance(words)
    directions = place_words()["directions"]
    if spaced != words and all(w in designators or w in _FILLERS or w in directions or w in {",", "of"} for w in spaced):
        return NEAR  # "X village 75 km to the east of Y", "X, 20 kilometres south of Y": X lies out from Y
    if words == [","]:
        return INSIDE if container.kind in ("admin1", "admin2", "country") else ""
    if not words or len(words) > _MAX_GAP:
        return ""
    if any(w not in _JOINERS and w not in _NEAR_JOINERS and w not in _FILLERS and w not in regional
           and w not in designators for w in words):
        return ""  # "and", verbs, other nouns: two places side by side, not one in the other
    if not any(w in _JOINERS or w in _NEAR_JOINERS for w in words):
        return ""
    if words[-1] == "of" and len(words) >= 2 and words[-2] in place_words()["directions"] and not any(w in designators for w in words):
        return BEYOND  # "east of", "south-west of": not "the eastern countryside of", not "a village south of"
    if any(w in _NEAR_JOINERS or w in regional for w in words):
        return NEAR
    return INSIDE


_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"})


def at_distance(words_before: Sequence[str]) -> bool:
    """The words right before a relative place tell a distance ("some 40 kilometers (25 miles) north of X",
    "12 km south of X"): the place says where another lies, measured out from X."""
    words = [w.lower() for w in words_before]
    if words[-1:] == [")"] and "(" in words:  # the distance converted in brackets: "(25 miles)"
        words = words[: len(words) - 1 - words[::-1].index("(")]
    return len(words) >= 2 and words[-1] in _DISTANCE_UNITS and words[-2].replace(",", "").replace(".", "").isdigit()


def _without_distance(words: list[str]) -> list[str]:
    """The gap without a distance told before a relative place: "village 75 km to the" -> "village"."""
    for k in range(len(words) - 1):
        if words[k].replace(",", "").replace(".", "").isdigit() and words[k + 1] in _DISTANCE_UNITS:
            rest = words[k + 2:]
            while rest[:1] in (["to"], ["the"]):
                rest = rest[1:]
            return words[:k] + rest
    return words


def _without_locating_clause(words: list[str]) -> list[str]:
    """ "X, which is located in the east of Y", "X that lies in Y", "X situated in Y": a relative clause that only
    says where X lies places it as plainly as "X in Y"; its opening words are dropped."""
    at = 1 if words[:1] == [","] else 0
    if words[at : at + 1] in (["which"], ["that"]):
        at += 1
        if words[at : at + 1] in (["is"], ["was"], ["lies"]):
            at += 1
    elif not words[at : at + 1] in (["located"], ["situated"], ["lying"]):
        return words
    if words[at : at + 1] in (["located"], ["situated"], ["lying"]):
        at += 1
    rest = words[at:]
    return rest if at > 0 and rest[:1] in (["in"], ["near"], ["outside"], ["around"], ["within"], ["inside"]) else words


def lies_in(place: Place, container: Place, relation: str) -> bool:
    """Whether ``place`` fits "in" (or, for NEAR, in the surroundings of) ``container``."""
    if place.place_id == container.place_id or place.country_code != container.country_code:
        return False
    if container.kind == "country":
        return place.kind != "country"
    if place.kind in ("country", "admin1") or place.kind == "admin2" and container.kind != "admin1":
        return False  # a division is never inside a town
    if relation == BEYOND and container.kind in ("city", "capital", "town"):
        # "Dumeir east of Damascus": outside the city in that direction, whatever governorate that is (the
        # capital's surroundings are Rural Damascus), never one of the city's own quarters
        near = distance_km(place.latitude, place.longitude, container.latitude, container.longitude)
        return place.kind != "neighbourhood" and (near <= _BEYOND_RADIUS_KM or bool(place.admin1) and place.admin1 == container.admin1)
    # "in Idlib", "in Aleppo": a city often stands for its governorate, which mostly bears its name
    if container.kind in ("admin1", "admin2", "area", "region", "city", "capital") or relation in (NEAR, BEYOND):
        return bool(place.admin1) and place.admin1 == container.admin1
    near = distance_km(place.latitude, place.longitude, container.latitude, container.longitude)
    return near <= _TOWN_RADIUS_KM and (not place.admin1 or place.admin1 == container.admin1)


_BEYOND_RADIUS_KM = 60  # how far "X east of <city>" may lie from the city


def focus(places: Sequence[tuple[Place, float]]) -> Place | None:
    """The place an article is about, from the places it names with their prior weights.

    Narrowed step by step, so that one far-off namesake cannot pull the focus away: the country named
    most, then its division named most (itself or through its towns), then that division's most-named
    town (the bigger of a tie); without a town, the division, else the country."""
    if not places:
        return None
    weight: dict[str, float] = {}
    for p, w in places:
        weight[p.country_code] = weight.get(p.country_code, 0.0) + 1 + w / 10  # a tie goes to the bigger places
    country = max(weight, key=lambda cc: weight[cc])
    inside = [(p, w) for p, w in places if p.country_code == country]
    divisions: dict[str, float] = {}
    for p, w in inside:
        if p.admin1 and p.kind != "country":
            divisions[p.admin1] = divisions.get(p.admin1, 0.0) + 1 + w / 10
    if divisions:
        admin1 = max(divisions, key=lambda a: divisions[a])
        inside = [(p, w) for p, w in inside if p.admin1 == admin1]
    for kinds in (("city", "capital", "town", "village"), ("admin1", "admin2"), ("country",)):
        named = [(p, w) for p, w in inside if p.kind in kinds]
        if named:
            counts = Counter(p.place_id for p, _ in named)
            return max(named, key=lambda pw: (counts[pw[0].place_id], pw[1]))[0]
    return inside[0][0]
