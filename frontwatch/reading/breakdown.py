"""Tolls broken down by place: "40 civilians were killed ... including 7 in the neighborhood Alsukkari,
6 in Alkalasa, 3 in Almashhad": each "N in <place>" is an event of its own at that place, with N as its toll.

events.py asks ``breakdown_places`` for the places a sentence lists that way (two or more); claims.py
asks ``place_of_figure`` for the place a count is given for, so that the event there takes it as its
own toll instead of the sentence's total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontwatch.reading import lexicons
from frontwatch.records import PlaceMention

# Between a count and its place: "in", then at most a generic place noun ("the neighborhood", "the town of");
# "five more civilians were killed in X and one in Y" counts on from a toll told before.
# "five were killed in X and three others - a woman among them - died in the Y district" too; "10 strikes, nine
# near Kobani and one at Deir Ezzor" counts acts by place the same way.
_GAP = re.compile(r"^\s+(?:(?:more|other|further)\s+)?(?:(?:people|civilians|persons|others|children|fighters|soldiers)\s+)?(?:-\s[^-]{1,40}\s-\s+)?"
                  r"(?:(?:were|was)\s+(?:killed|wounded|injured)\s+|died\s+)?(?:in|at|near)\s+(?:(?:the|a|an)\s+)?"
                  r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central)\s+(?=\w+\s+of\s+$))?"
                  r"(?:(?:neighbou?rhoods?|districts?|towns?|villages?|city|area|quarter|suburb)\s+(?:of\s+)?)?$", re.I)
_SETTLEMENT_BEFORE = re.compile(r"\b(?:neighbou?rhood|district|town|village|quarter|suburb)\s+of\s+$", re.I)


def _own_preposition(place: PlaceMention) -> str:
    """ "near" when the place's own words begin with it: "nine near Kobani" is a mention "near Kobani" right after
    the count, and the gap before it holds no preposition."""
    return "near " if place.text.lower().startswith("near ") else ""


def _count_before(text: str, place: PlaceMention) -> int:
    """Start of the count right before "in <place>", or -1."""
    head = text[max(0, place.start - 80) : place.start]
    for m in re.finditer(r"(?:\d[\d,]*|\b[A-Za-z]+)\b", head):
        word = m.group(0).lower()
        if not (word[0].isdigit() or word in lexicons.words("numbers.tsv")):
            continue
        if _GAP.match(head[m.end() :] + _own_preposition(place)):
            return place.start - len(head) + m.start()
    return -1


def breakdown_places(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The places a sentence gives counts for ("7 in Alsukkari 6 in Alkalasa"), when it gives two or more."""
    # a name the gazetteer lacks counts too when a settlement noun introduced it ("3 in the village of X")
    listed = [p for p in places if (p.place is not None or _SETTLEMENT_BEFORE.search(text, 0, p.start)) and _count_before(text, p) >= 0]
    return listed if len(listed) >= 2 else []


def place_of_figure(figure_end: int, places: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """The place a count is given for: "7 in the neighborhood Alsukkari" -> Alsukkari."""
    for p in places:
        if p.start > figure_end and _GAP.match(text[figure_end : p.start] + _own_preposition(p)):
            return p
    return None


# Between two places of one list: "Saraqib and Maarat al-Numan", "Saraqib, Binnish and the town of Taftanaz".
_LIST_JOINT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:the\s+)?"
                         r"(?:(?:neighbou?rhoods?|districts?|towns?|villages?|city|area|quarter|suburb)\s+(?:of\s+)?)?$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def respective_place(figure_start: int, counts: Sequence[int], places: Sequence[PlaceMention], text: str,
                     sentence_end: int) -> PlaceMention | None:
    """The place a count of a "respectively" list is given for: in "strikes hit Saraqib and Binnish, killing nine
    and six people respectively" the n-th count goes with the n-th place of the list before it.

    ``counts``: start offsets of the sentence's counts, in order; the list is the counts between the last place
    list and "respectively", and it must be as long as the place list (else the pairing is unsure: None)."""
    after = _RESPECTIVELY.search(text, figure_start, sentence_end)
    if after is None:
        return None
    listed = [p for p in places if p.end <= figure_start]
    run: list[PlaceMention] = []
    for p in listed:
        if run and _LIST_JOINT.match(text[run[-1].end : p.start]):
            run.append(p)
        else:
            run = [p]
    if len(run) < 2:
        return None
    mine = [c for c in counts if run[-1].end < c < after.start()]
    if len(mine) != len(run) or figure_start not in mine:
        return None
    return run[mine.index(figure_start)]


__all__ = ["breakdown_places", "place_of_figure", "respective_place"]
