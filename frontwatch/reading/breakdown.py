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

# Between a count and its place: "in", then at most a generic place noun ("the neighborhood", "the town of").
# "five were killed in X and three others - a woman among them - died in the Y district" too.
_GAP = re.compile(r"^\s+(?:(?:people|civilians|persons|others|children|fighters|soldiers)\s+)?(?:-\s[^-]{1,40}\s-\s+)?"
                  r"(?:(?:were|was)\s+(?:killed|wounded|injured)\s+|died\s+)?(?:in|at)\s+(?:the\s+)?"
                  r"(?:(?:neighbou?rhoods?|districts?|towns?|villages?|city|area|quarter|suburb)\s+(?:of\s+)?)?$", re.I)


def _count_before(text: str, place: PlaceMention) -> int:
    """Start of the count right before "in <place>", or -1."""
    head = text[max(0, place.start - 80) : place.start]
    for m in re.finditer(r"(?:\d[\d,]*|\b[A-Za-z]+)\b", head):
        word = m.group(0).lower()
        if not (word[0].isdigit() or word in lexicons.words("numbers.tsv")):
            continue
        if _GAP.match(head[m.end() :]):
            return place.start - len(head) + m.start()
    return -1


def breakdown_places(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The places a sentence gives counts for ("7 in Alsukkari 6 in Alkalasa"), when it gives two or more."""
    listed = [p for p in places if p.place is not None and _count_before(text, p) >= 0]
    return listed if len(listed) >= 2 else []


def place_of_figure(figure_end: int, places: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """The place a count is given for: "7 in the neighborhood Alsukkari" -> Alsukkari."""
    for p in places:
        if p.start > figure_end and _GAP.match(text[figure_end : p.start]):
            return p
    return None


__all__ = ["breakdown_places", "place_of_figure"]
