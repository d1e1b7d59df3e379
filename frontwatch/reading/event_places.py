"""Where an event happened: the place of its clause nearest the trigger, the places listed with it, or the
area the story is in (reading.events)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.breakdown import breakdown_places
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_words import DEATHS
from frontwatch.reading.gazetteer import Gazetteer
from frontwatch.reading.mentions import root_of, tree_distance
from frontwatch.reading.roles import place_role
from frontwatch.records import ActorMention, Event, Location, Place, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KIND_RANK = {"neighbourhood": 0, "crossing": 0, "village": 1, "locality": 1, "town": 2, "city": 3, "capital": 3, "area": 4, "admin2": 6, "admin1": 7, "country": 9}
_KIND_CLASS = {"town": "settlement", "city": "settlement", "capital": "settlement", "village": "settlement", "locality": "settlement"}
_SEPARATOR = r"\s*(?:,|,?\s*(?:and|or|as\s+well\s+as))\s*(?:the\s+)?(?:(?:city|town|village|neighbou?rhood)\s+of\s+)?"
_COORDINATED = re.compile(rf"^{_SEPARATOR}$", re.I)
# a name the gazetteer does not know, listed between two it knows: "in Kafr Nabl, Hass and Maarat al-Numan"
_NAME = r"(?:al|el|ad|an|ar|as|ash|at|az|[A-Z][\w'’]*)(?:[\s-](?:al|el|ad|an|ar|as|ash|at|az|[A-Z][\w'’]*)){0,3}"
_UNKNOWN_LISTED = re.compile(rf"^{_SEPARATOR}(?:{_NAME}{_SEPARATOR})+$")
# the same in a copy that lost its commas: "in Kafr Nabl Hass and Binnish" (towns and villages only)
_UNKNOWN_LISTED_BARE = re.compile(rf"^\s+{_NAME}(?:{_SEPARATOR}{_NAME})*{_SEPARATOR}$")
# a round-up that says the preposition again for each place: "in the outskirts of A on Sunday and in the village
# of B", "near A, and also around the town of B" (an optional day or time between the two)
_DAY_WORD = r"(?:(?:early|late)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?"
_REPEATED_PREPOSITION = re.compile(
    rf"^\s*(?:{_DAY_WORD})?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in|at|near|around|outside|on)\s+(?:the\s+)?"
    r"(?:(?:outskirts|village|town|city|vicinity|neighbou?rhood|district)\s+of\s+)?", re.I)
# "X, the largest town in the Y region": a description that puts the place named before it inside the area after it
_APPOSED_IN = re.compile(r"^,?\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:town|city|village|district|neighbou?rhood|suburb|quarter)\s+(?:in|of)(?:\s+the)?$")
_QUARTERS = frozenset({"neighborhood", "neighbourhood", "district", "quarter", "suburb"})
_SETTLEMENTS = frozenset({"village", "town", "city"})
_SMALL_SETTLEMENTS = frozenset({"village", "town", "locality"})
_NOUN_CLASSES = {**{w: _QUARTERS for w in _QUARTERS}, **{w: _SETTLEMENTS for w in _SETTLEMENTS}}
_GENERIC_PLACE_NOUNS = {"neighborhood", "neighbourhood", "district", "town", "village", "city", "area", "suburb", "quarter", "hill", "base", "airport", "camp"}


def location_of(mention: PlaceMention, precision: int | None = None) -> Location:
    """An event Location from a resolved (or unresolved) place mention."""
    place: Place | None = mention.place
    if place is None:
        return Location(mention.text, "", "", "", None, None, precision or 3, "", mention.text)
    geo = place.geo_precision
    if mention.relative:
        geo = max(geo, 2)
    if precision:
        geo = max(geo, precision)
    return Location(place.name, place.admin1, place.admin2, place.country, place.latitude, place.longitude, geo, place.place_id, mention.text)


def same_area(earlier: list[Event], located: Sequence[Location | None], sub_event_type: str = "") -> list[Event]:
    """The earlier events an unnamed attacker may be carried over from: those in the governorate of the event
    (or unplaced). "Jihadists behead a shepherd near Maadan; two dead are counted in Inkhil", "Turkish guns pound
    villages near Azaz; shelling goes on in Douma": an attacker in another governorate is another report's.
    Deaths that name no act ("rebels and jihadists fight near Dabiq and nine dead in Hama city") are the toll of
    an earlier act only at its very place."""
    if sub_event_type == DEATHS:
        return [e for e in earlier if e.location is not None and e.location in located]
    areas = {(loc.country, loc.admin1) for loc in located if loc is not None}
    if not areas or any(not admin1 for _, admin1 in areas):
        return earlier  # placed no finer than a country: every earlier event may be its context
    return [e for e in earlier if e.location is None or not e.location.admin1 or (e.location.country, e.location.admin1) in areas]


def event_locations(
    trigger: Token, doc: Doc, places: list[PlaceMention], actors: list[ActorMention], area: PlaceMention | None, following: list[PlaceMention],
    earlier: Sequence[PlaceMention] = (),
) -> list[Location]:
    """Where the event happened (several for "the Hellok and Sakhour districts", or "9 in X, 8 in Y"); ``area``
    is the area the story is in (reading.narrative), the place of an event whose sentence names none;
    ``earlier``: the places named before the sentence, for "the same neighborhood"."""
    listed = breakdown_places(places, text_of(doc))
    if listed:
        return [location_of(p) for p in listed]
    roles = {id(p): place_role(p, doc, actors, trigger) for p in places}
    candidates = [p for p in places if roles[id(p)] == "location" and p.place is not None]
    same = _same_place(trigger, earlier)
    if same is not None and not any(p.place is not None and p.place.kind == same.place.kind for p in candidates):  # type: ignore[union-attr]
        return [location_of(same)]
    if not candidates and lexicons.mapping("control_words.tsv").get(trigger.lemma_.lower()) == "relinquish":
        # "rebels withdrew from al-Waer": the place given up is where the withdrawal happened
        candidates = [p for p in places if roles[id(p)] == "origin" and p.place is not None]
    # "killed in strikes ... near a Syrian village": the act's noun and the unnamed place both hang on the toll's verb
    scope = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB" else trigger
    generic = [t for t in scope.subtree if t.lemma_.lower() in _GENERIC_PLACE_NOUNS and t.tag_ == "NN" and any(c.lower_ in {"a", "an"} for c in t.children)]
    if generic and all(p.relative or (p.place is not None and p.place.geo_precision > 1) for p in candidates):
        text, end = text_of(doc), trigger.sent.end_char
        words = {w for t in generic for w in _NOUN_CLASSES.get(t.lemma_.lower(), {t.lemma_.lower()})}
        for p in following:  # "seized a key neighborhood ... the neighborhood, the Hanano Housing district, ..."
            # the place named after must be told as that kind of place ("the neighborhood, ..."): "executed 48 in a
            # northern village. ... the Qardaha hospital" names the hospital's town, not the village
            told = any(w in text[end : p.end + 20].lower() for w in words)
            if p.place is not None and p.place.kind not in {"country", "admin1", "area"} and not p.relative and told:
                return [location_of(p)]
    if candidates and area is not None and area.place is not None and all(p.place is not None and p.place.kind == "region" for p in candidates):
        # "killed 14 as they were crossing the Euphrates river": a river, sea or world region is where the event
        # happened only when the story names no area; the area says more.
        return [location_of(area, precision=2)]
    if candidates and area is not None and area.place is not None and all(p.place is not None and p.place.kind == "country" and p.place.country_code == area.place.country_code for p in candidates):
        # "ALALAM Syria ...": the country says less than the area the story is about.
        return [location_of(area, precision=2)]
    if candidates:
        scored = []
        for p in candidates:
            root = root_of(doc, p.start, p.end)
            dist = tree_distance(trigger, root) if root is not None else 99
            # A neighbourhood beats the city it lies in ("control over Jabal Badro ... in Aleppo").
            specific = (p.place.geo_precision * 10 + KIND_RANK.get(p.place.kind, 5)) if p.place else 30
            local = p.place is not None and "~in-" in p.place.place_id  # a locality (Gazetteer.locality), not an area around Y
            inside = [q for q in candidates if local and p.place and q.place and q.place.place_id == p.place.parent_id]
            if inside and inside[0].place:  # "the village of X in Quneitra": a place the gazetteer lacks, known to lie in Y, is finer than Y
                specific = inside[0].place.geo_precision * 10 + KIND_RANK.get(inside[0].place.kind, 5) - 1
            scored.append((specific if dist < 99 else 30, dist, p.start, p))
        # Most specific place near the trigger; "al-Salehia village in the countryside of Raqqa" -> al-Salehia.
        scored.sort(key=lambda s: (s[1] > 6, s[0], s[1], s[2]))
        best = scored[0][3]
        inner = _named_inside(best, candidates, text_of(doc))
        if inner is not None:  # "their building in Haritan in the north Aleppo countryside": the town, not its countryside
            best = inner
        return [location_of(p) for p in _coordinated(best, candidates, text_of(doc))]
    # A title names the place weakly: "the U.N. envoy to Syria proposed ..."
    described = [p for p in places if roles[id(p)] == "description" and p.place is not None and p.place.kind == "country"]
    if described:
        return [location_of(described[0])]
    if area is not None:
        return [location_of(area, precision=2)]
    # Last resort: a place the sentence names in passing ("fled to the north of Raqqa city").
    # "an accord under which fighters leave for Idlib from the town of Madaya": a place the event word's own
    # clause describes comes before one that is only where people go
    weak = [p for p in places if roles[id(p)] in {"destination", "via", "description"} and p.place is not None]
    weak.sort(key=lambda p: roles[id(p)] != "description")
    return [location_of(weak[0], precision=2)] if weak else []


def _named_inside(best: PlaceMention, candidates: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """A finer place the text puts right inside ``best`` ("X in the north Aleppo countryside"), when ``best`` is an
    area or division: the parser may hang the container nearer the event word than the place it contains; so
    too with a description of the place between ("in Douma, the biggest town in the Eastern Ghouta, where ...")."""
    if best.place is None or not (best.relative or best.place.kind in {"admin1", "admin2", "area"}):
        return None
    if best.relative:
        placing = _placed_before(best, candidates, text)
        if placing is not None:
            return placing
    for p in candidates:
        between = text[p.end:best.start].strip().lower() if p.end <= best.start else "x"
        if p.place is not None and not p.relative and p.place.geo_precision < best.place.geo_precision and (between in {"in", "in the"} or _APPOSED_IN.match(between)):
            return p
    return None


def _placed_before(best: PlaceMention, candidates: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """ "west of the town of Adra northeast of Damascus": a relative place right after a smaller one (no word
    between) says where that one lies; the parser may hang it on the event word, nearer than the town it places."""
    for p in candidates:
        if p.place is None or best.place is None or p.end > best.start or text[p.end : best.start].strip(" ,"):
            continue
        if KIND_RANK.get(p.place.kind, 5) < KIND_RANK.get(best.place.kind, 5):
            return p
    return None


_OWN_PLACING = re.compile(r"^\s*(?:(?:area|areas|countryside|region|district|neighbou?rhood|outskirts|suburbs?)\b|,?\s*(?:north|south|east|west|northeast|northwest|southeast|southwest|near)\b)", re.I)


def _placed_itself(mention: PlaceMention, text: str) -> bool:
    """ "the countryside of al-Tabaqa and the al-Bab area northeast of Aleppo": a name with a place noun or a
    direction of its own after it is placed by those, not by the relation said before the list."""
    return bool(_OWN_PLACING.match(text[mention.end : mention.end + 40]))


def _same_place(trigger: Token, earlier: Sequence[PlaceMention]) -> PlaceMention | None:
    """ "... injured due to a rocket attack on the same neighborhood": the last place named before of a kind the
    noun can name (lexicons/place_anaphors.tsv)."""
    kinds = lexicons.mapping("place_anaphors.tsv")
    for tok in trigger.sent:
        if tok.lower_ == "same" and tok.head.lemma_.lower() in kinds and any(c.lower_ == "the" for c in tok.head.children):
            fitting = set(kinds[tok.head.lemma_.lower()].split(","))
            return next((p for p in reversed(earlier) if p.place is not None and not p.relative and p.place.kind in fitting), None)
    return None


def _base_kind(mention: PlaceMention) -> str:
    """The kind of a place, or of the place a relative mention is about ("the outskirts of X")."""
    place = mention.place
    if place is not None and mention.relative and place.parent_id:
        place = Gazetteer.default().get(place.parent_id) or place
    return place.kind if place is not None else ""


def _said_again(gap: str, p: PlaceMention, best: PlaceMention) -> bool:
    """Two settlements each with its own locative phrase: "in the outskirts of A and in the village of B",
    "near A on Sunday and around B": a round-up's list, whether or not one of them is said relative to its town
    (towns and villages: cities so listed, "around the capital and in Hama", are a round-up's areas)."""
    # a relative place carries its preposition in its own words ("... and near the town of B")
    said = _REPEATED_PREPOSITION.match(gap + p.text if p.relative else gap)
    return said is not None and said.end() >= len(gap) and {_base_kind(p), _base_kind(best)} <= _SMALL_SETTLEMENTS


def _coordinated(best: PlaceMention, candidates: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """``best`` and the places listed with it: "the Hellok and Sakhour districts", "Jableh, Baniyas and Tartus",
    "Homs as well as Hama". The list is walked from ``best`` in both directions, one neighbour at a time."""
    ordered = sorted((p for p in candidates if p.place is not None), key=lambda p: p.start)
    if best.place is None or best not in ordered:
        return [best]
    at = ordered.index(best)
    chosen = [best]
    for step in (-1, 1):
        last, i = best, at + step
        while 0 <= i < len(ordered):
            p = ordered[i]
            assert p.place is not None and best.place is not None
            gap = text[min(p.end, last.end) : max(p.start, last.start)]
            # "in Tafas and Damascus", "the city of Idlib and the village of Binnish": a city and a village are alike
            alike = _KIND_CLASS.get(p.place.kind, p.place.kind) == _KIND_CLASS.get(best.place.kind, best.place.kind)
            # "Daraa Hama Idlib and Homs provinces", "in Saraqib Binnish and Taftanaz": copies that lost their commas
            # list governorates, or towns and villages, with a bare space ("in Damascus Aleppo and Hama": cities so
            # listed are a round-up's, each told by itself after)
            # "rockets hit al-Midan al-Muhafaza and Nile Street": quarters of a city are listed bare the same way
            small = {p.place.kind, best.place.kind} <= _SMALL_SETTLEMENTS or p.place.kind == best.place.kind == "neighbourhood"
            bare = (not gap.strip() or small and _UNKNOWN_LISTED_BARE.match(gap)) and (p.place.kind == best.place.kind == "admin1" or small)
            listed = _COORDINATED.match(gap) or _UNKNOWN_LISTED.match(gap) or bare
            # "in the vicinity of A and B", "near A and B": a relation said before the list holds for each name in it
            first, second = (p, last) if step == -1 else (last, p)
            spread = bool(first.relative) and not second.relative and bool(_COORDINATED.match(gap)) and not _placed_itself(second, text)
            related = p.relative == best.relative or spread
            if spread and not alike:  # the area "the vicinity of A" stands for is A's kind
                alike = _KIND_CLASS.get(_base_kind(first), "") == _KIND_CLASS.get(_base_kind(second), "") != ""
            if not (listed and alike and related) and not _said_again(gap, p, best):
                break
            chosen.append(p)
            last, i = p, i + step
    return sorted(chosen, key=lambda p: p.start)
