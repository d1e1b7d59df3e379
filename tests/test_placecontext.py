"""What the words around a name say: container relations, containment, an article's focus."""

from __future__ import annotations

import pytest

from frontwatch.reading.placecontext import INSIDE, NEAR, container_relation, focus, lies_in
from frontwatch.records import Place


def _place(name: str, kind: str, admin1: str, lat: float = 36.0, lon: float = 37.0, cc: str = "SY") -> Place:
    return Place(f"{cc}:{name}", name, kind, admin1, "", "", lat, lon, 1, cc)


TOWN = _place("Manbij", "town", "Aleppo", 36.53, 37.95)
GOVERNORATE = _place("Aleppo", "admin1", "Aleppo", 36.2, 37.2)


@pytest.mark.parametrize(
    ("gap", "container", "relation"),
    [
        (["in"], TOWN, INSIDE),
        (["neighbourhood", "in"], TOWN, INSIDE),
        (["of"], TOWN, INSIDE),
        (["in", "the", "northern", "countryside", "of"], TOWN, NEAR),
        (["camp", "south", "of"], TOWN, NEAR),
        (["at", "the", "outskirts", "of"], TOWN, NEAR),
        ([","], GOVERNORATE, INSIDE),
        ([","], TOWN, ""),  # "Aleppo, Manbij": a list, not a containment
        (["and"], TOWN, ""),
        (["was", "shelled", "from"], TOWN, ""),
        ([], TOWN, ""),
    ],
)
def test_container_relation(gap: list[str], container: Place, relation: str) -> None:
    assert container_relation(gap, container) == relation


def test_lies_in() -> None:
    village = _place("Arima", "village", "Aleppo", 36.62, 37.73)  # ~23 km from the town
    suburb = _place("Hazawneh", "neighbourhood", "Aleppo", 36.54, 37.96)
    elsewhere = _place("Marata", "town", "Idleb", 35.7, 36.5)
    assert lies_in(suburb, TOWN, INSIDE) and not lies_in(village, TOWN, INSIDE)
    assert lies_in(village, TOWN, NEAR)  # "in the countryside of Manbij": the same governorate
    assert lies_in(village, GOVERNORATE, INSIDE) and not lies_in(elsewhere, GOVERNORATE, INSIDE)
    assert not lies_in(GOVERNORATE, TOWN, NEAR)  # a division never lies inside a town


def test_focus_prefers_the_most_named_town() -> None:
    idlib = _place("Idlib", "city", "Idleb")
    named = [(TOWN, 0.5), (idlib, 0.9), (GOVERNORATE, 0.8), (TOWN, 0.5)]
    assert focus(named) == TOWN
    assert focus([(TOWN, 0.5), (idlib, 0.9)]) == idlib  # a tie goes to the bigger place
    assert focus([(GOVERNORATE, 0.8)]) == GOVERNORATE
    assert focus([]) is None


@pytest.mark.parametrize("gap", [
    ["which", "is", "located", "in", "the", "eastern", "part", "of"],
    [",", "which", "lies", "in"],
    ["located", "in"],
    [",", "situated", "in", "the", "northern"],
])
def test_a_clause_that_says_where_a_place_lies_is_a_container(gap: list[str]) -> None:
    assert container_relation(gap, GOVERNORATE) in {INSIDE, NEAR}


def test_a_clause_that_says_what_happened_there_is_no_container() -> None:
    assert container_relation(["which", "was", "shelled", "in"], GOVERNORATE) == ""
