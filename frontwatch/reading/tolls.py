"""Tolls: which event a count of the dead or wounded belongs to, and each event's conservative fatalities.

A toll goes to an event told in its sentence (the one nearest in the parse, or the one at the place the count is
given for), else to the event at a place the sentence names, else to the violent event just told. A toll counted
over a span ("since the war began", "in a week of bombing") or for the whole war is no event's (reading.toll_scope
says which); a round-up total
that the counts after it add up to stays a claim without an event. An event's fatalities are ACLED's conservative
value: per source the fullest statement (the same toll told twice counts once, parts are not added), then the
lowest across sources (data/lexicons/*: toll verbs, war nouns, day parts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_cues import lexicon
from frontwatch.reading.figures import Figure
from frontwatch.reading.mentions import Mentions, in_span, root_of, sentence_of, tree_distance, trigger_word
from frontwatch.records import Claim, DateMention, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


VIOLENT_KINDS = {"killed", "injured", "casualties"}
# "Fifteen others were killed in two more incidents", "... in a separate attack", "... elsewhere": a toll that
# says it is another incident's does not count toward the event told before it.
_OTHER_INCIDENT = re.compile(
    r"\b(?:another|other|more|separate|different)\s+(?:\w+\s+)?(?:incidents?|attacks?|strikes?|raids?|bombings?|blasts?"
    r"|districts?|neighbou?rhoods?|areas|towns|villages|places)\b|\belsewhere\b",
    re.IGNORECASE,
)
_NEWS_DAYS = 45  # a toll dated further from an event than this is another time's (as events.py's news window)


def _dated_elsewhere(event: Event, dates: Sequence[DateMention]) -> bool:
    """The sentence dates its toll to another time than the event's: "Hundreds were killed in the town in
    chemical strikes in August 2013" is no toll of this week's shelling of the town."""
    told = [d.date for d in dates if d.kind not in {"since", "period"}]
    if not told or event.event_date is None:
        return False
    return all(abs((event.event_date - day).days) > _NEWS_DAYS for day in told)


def nearest_event(
    events: list[Event], position: int, kind: str, doc: Doc | None = None, mentions: Mentions | None = None, own_place: str = "",
    own_name: str = "", verb_place: str = "",
) -> Event | None:
    """The event a figure counts: one told in its sentence (the one whose place follows the figure, "7 in
    Alsukkari", else the one whose word is nearest the figure in the parse); else the event of this article
    at a place the sentence names (events are merged per place; one told in this sentence first); else, for a toll in a sentence naming no place and no period ("He said at least 26 people were
    killed"), the last violent event of the two sentences before, unless the sentence gives it to another
    incident ("in two more incidents", "elsewhere"). ``verb_place``: the place the toll's own verb names
    ("killed 37 in Maarat al-Numan"), whose event alone, among those of places the sentence names, it counts
    when it is a town or a quarter, or a name the gazetteer lacks (a country or a region holds the others)."""
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

    def kinds(found: list[Event]) -> list[Event]:
        if kind in VIOLENT_KINDS:
            # ACLED counts no fatalities on strategic developments: "an agreement was reached after a gas attack
            # killed 1,400" gives the toll to no agreement
            return [e for e in found if e.event_type in violent or e.sub_event_type == "Deaths reported"] \
                or [e for e in found if e.event_type != "Strategic developments"]
        return found

    same = kinds([e for e in events if e.start <= position < e.end])
    if own_place:
        placed = [e for e in same if e.location is not None and e.location.words == own_place]
        if placed:
            return _governing_event(doc, placed, position) if doc is not None else placed[0]
        # the event told at that place in this sentence was merged into one told before at the same place
        merged = kinds([e for e in events if e.location is not None and own_name and e.location.name == own_name])
        if merged and same:
            return merged[0]
    if doc is None or mentions is None:
        return same[0] if same else None
    sent = sentence_of(doc, position)
    if len(same) > 1:
        after = text_of(doc)[position : min(sent.end_char, position + 80)]
        placed = [e for e in same if e.location is not None and e.location.words and e.location.words in after]
        placed = placed or _placed_in_clause(doc, same, position)
        return _governing_event(doc, placed or same, position)
    if same:
        return same[0]
    places = in_span(mentions.places, sent.start_char, sent.end_char)
    named = {p.text for p in places}
    # the place may be spelled otherwise where its event was first told ("Tariq al-Bab" ... "Tareeq al-Bab")
    resolved = {p.place.place_id for p in places if p.place is not None and p.place.kind not in {"country", "admin1"}}
    dates = in_span(mentions.dates, sent.start_char, sent.end_char)
    at_place = kinds([e for e in events if e.location is not None and not _dated_elsewhere(e, dates) and (
        e.location.words in named or (e.location.place_id in resolved and e.location.geo_precision == 1))])  # not "near X"
    if any((p.place is None and p.text == verb_place) or (p.place is not None and p.place.name == verb_place and p.place.admin1
                                                          and p.place.geo_precision == 1) for p in places):
        # "strikes killed 37 in Maarat al-Numan in April ... hundreds escaped Manbij on Sunday": the place the
        # toll's own verb names is where its dead are; an event at another place of the sentence is not theirs
        at_place = [e for e in at_place if e.location is not None and e.location.name == verb_place]
    if at_place:
        here = [e for e in at_place if sent.start_char <= e.start < sent.end_char]
        return _governing_event(doc, here, position) if here else at_place[0]
    periods = [d for d in dates if d.kind in {"since", "period"}]
    if kind not in VIOLENT_KINDS or places or periods or _OTHER_INCIDENT.search(sent.text):
        return None
    before = [s for s in doc.sents if s.end_char <= sent.start_char][-2:]
    if not before:
        return None
    recent = [e for e in events if (e.event_type in violent or e.sub_event_type == "Deaths reported") and before[0].start_char <= e.start < sent.start_char
              and not _dated_elsewhere(e, dates)]
    return recent[-1] if recent else None


def _placed_in_clause(doc: Doc, same: list[Event], position: int) -> list[Event]:
    """Of a sentence's events, the one whose place the toll's own clause names first after the count, however far
    after the number it comes: "Three people were killed and two wounded when a bomb went off on the outskirts
    of Kafr Nabl in the Idlib countryside" are Kafr Nabl's dead (a town is named before the area holding it)."""
    figure = root_of(doc, position, position + 1)
    verb = next((t for t in (figure, *figure.ancestors) if t.pos_ in {"VERB", "AUX"}), None) if figure is not None else None
    if verb is None:
        return []
    words = list(verb.subtree)
    start, end = max(words[0].idx, position), words[-1].idx + len(words[-1].text)
    clause = text_of(doc)[start:end]
    found = [(clause.find(e.location.words), n) for n, e in enumerate(same) if e.location is not None and e.location.words]
    found = [(at, n) for at, n in found if at >= 0]
    return [same[min(found)[1]]] if found else []


def _act_named(figure: Token) -> str:
    """The event type of the act a toll's own verb names after a preposition: "killed in the fighting"
    (Battles), "died in the shelling" (Explosions/Remote violence); "" when it names none."""
    verb = next((t for t in figure.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return ""
    lex = lexicon()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "by"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            single = [p for p in lex.by_first.get(obj.lemma_.lower(), []) + lex.by_first.get(obj.lower_, [])
                      if len(p.words) == 1 and p.pos in {"N", "*"} and not p.child]
            if single:
                return lex.event_type(max(single, key=lambda p: p.weight).sub_event_type)
    return ""


def _governing_event(doc: Doc, same: list[Event], position: int) -> Event:
    """Of the events one sentence tells, the one whose word is nearest the toll in the parse: "The raid came a
    day after air strikes by warplanes killed 31": the 31 are the strikes' dead, not the raid's."""
    figure = root_of(doc, position, position + 1)
    if figure is None or len(same) == 1:
        return same[0]
    named = _act_named(figure)
    if named and any(e.event_type == named for e in same):
        same = [e for e in same if e.event_type == named]  # "... and 11 troops were killed in the fighting"

    def distance(event: Event) -> int:
        word = trigger_word(doc, event)
        if word is None:
            return 99
        # "air force raids left 15 dead": a word naming the act's kind on the act's noun is as near as the noun
        if word.dep_ in {"compound", "amod"} and word.head.pos_ in {"NOUN", "PROPN"}:
            return min(tree_distance(figure, word), tree_distance(figure, word.head))
        return tree_distance(figure, word)

    return min(same, key=distance)  # the first told wins a tie


def told_before(doc: Doc, figure: Figure, kind: str, claims: list[Claim], events: list[Event]) -> Event | None:
    """The event of an earlier count that "the <N> ..." points back to: "Seven died when a shell hit a school ...
    besides the seven at the school, 12 others died in raids on the market": the definite article says these
    seven are the ones already told, so they count at the school's event, not the sentence's."""
    if figure.token < 1 or doc[figure.token - 1].lower_ != "the" or figure.value is None:
        return None
    earlier = [c for c in claims if c.kind == kind and c.value == figure.value and c.event_id and c.qualifier != "including"]
    if not earlier:
        return None
    return next((e for e in events if e.event_id == earlier[-1].event_id), None)


def restated(claim: Claim, verb: int, earlier: Sequence[tuple[Claim, int]]) -> bool:
    """The same toll told again in one run of text with a verb of its own: "Three killed two injured in bomb
    blast in Hama countryside Three citizens were killed ..." (a headline glued to its lead) says three dead,
    not six. Two counts under one verb are two counts ("killed 3 children and 3 women"), and so are counts of
    other people ("three soldiers were killed and three rebels died"), counts said to come on top ("three more")
    or counts of other events (another place's). An earlier count said to come on top of another sentence's
    ("20 civilians were also killed when jets pounded X, killing 20 civilians") is still the count the same
    sentence tells again: only the later count's own "more" sets it apart. ``earlier``: the sentence's claims
    before this one, each with the index of the verb that governs it."""
    return bool(claim.event_id) and claim.qualifier not in {"including", "additional"} and any(
        c.kind == claim.kind and c.value == claim.value and v != verb and c.event_id == claim.event_id
        and (not c.subject or not claim.subject or c.subject.lower() == claim.subject.lower())
        and c.qualifier != "including"
        for c, v in earlier
    )


_ROUNDUP_REACH = 8  # claims after a total that may break it down


def roundups_unlinked(claims: list[Claim], events: Sequence[Event] = ()) -> list[Claim]:
    """ "At least 30 civilians were killed across the province ... Raids left 12 dead in X. Shelling killed 7
    in Y. Another 11 died in Z": a total that the counts told right after it, each with an event of its own,
    add up to is a round-up of those events, no event's toll; it stays a claim, linked to no event. A toll
    of an event in one town ("strikes hit the market in the town of X killing 10") is that town's, whatever
    the next towns' counts add up to."""
    out = list(claims)
    towns = {e.event_id for e in events if e.location is not None and e.location.geo_precision == 1
             and e.location.admin1 and e.location.name != e.location.admin1}
    for i, total in enumerate(claims):
        if total.kind not in VIOLENT_KINDS or not total.value or total.qualifier in {"including", "additional", "vague"}:
            continue
        following = [(k, c) for k, c in enumerate(claims[i + 1 : i + 1 + _ROUNDUP_REACH], start=i + 1)
                     if c.kind == total.kind and c.value and c.qualifier not in {"including", "vague"} and c.event_id]
        own = [(k, c) for k, c in following if c.event_id == total.event_id and c.qualifier != "additional"]
        own_sums = [sum(c.value or 0 for _, c in own[:n]) for n in range(2, len(own) + 1)]
        if total.event_id and total.value in own_sums:
            # "three men were shot dead ... two died at once, one later in hospital": the same dead told
            # one by one are parts of the count, not more dead
            for k, c in own[: own_sums.index(total.value) + 2]:
                out[k] = replace(c, qualifier="including")
            continue
        parts = _distinct_parts([c for _, c in following if c.event_id != total.event_id])
        sums = [sum(c.value or 0 for c in parts[:n]) for n in range(2, len(parts) + 1)]
        if (total.value in sums and len({c.event_id for c in parts[: sums.index(total.value) + 2]}) >= 2 and total.event_id not in towns) \
                or _parts_with_own(total, [c for _, c in following], events) or _wider_round_up(total, following, events, claims):
            out[i] = replace(total, event_id="")
            # "Scores of civilians were killed ...": the same total told vaguely is no event's toll either
            out = [replace(c, event_id="") if c.event_id == total.event_id and c.qualifier == "vague" else c for c in out]
    return out


def _parts_with_own(total: Claim, following: Sequence[Claim], events: Sequence[Event]) -> bool:
    """ "At least 16 were killed in raids across the province ... raids killed 10 in the town of X ... six others
    died in Y": a total told for a wider area than the town its event was placed in, that the town's own
    count and the next events' counts add up to, is a round-up of those events; the town keeps its own
    count. A total told for the town itself stays the town's."""
    here = next((e.location for e in events if e.event_id == total.event_id and e.location is not None), None)
    if here is None or not total.place or total.place == here.name:
        return False
    parts = _distinct_parts(list(following))
    sums = [sum(c.value or 0 for c in parts[:n]) for n in range(2, len(parts) + 1)]
    if total.value not in sums:
        return False
    used = parts[: sums.index(total.value) + 2]
    return total.event_id in {c.event_id for c in used} and len({c.event_id for c in used}) >= 2


def _wider_round_up(total: Claim, following: Sequence[tuple[int, Claim]], events: Sequence[Event], claims: Sequence[Claim] = ()) -> bool:
    """ "troops killed 40 militants in the east over two days ... 12 died in Mayadin ... 20 near Albu Kamal": a
    total told for an area wider than any town the story places an event in, that the counts
    after it break into the tolls of two or more events (not quite adding up: a round-up holds dead no
    sentence tells), is a round-up of those events, not the toll of the town its event was placed in. A total
    its own sentence breaks down ("six were killed, among them four children and a woman") counts one event's
    dead, whoever they were: the counts after it are not its parts."""
    named = {e.location.name for e in events if e.location is not None and e.location.geo_precision == 1}
    if not total.place or total.place in named:
        return False
    if any(c.qualifier == "including" and c.quote == total.quote and c.kind == total.kind and c.event_id == total.event_id for c in claims):
        return False
    parts = _distinct_parts([c for _, c in following])
    share = sum(c.value or 0 for c in parts)
    return len({c.event_id for c in parts}) >= 2 and (total.value or 0) / 2 <= share <= (total.value or 0)


def _distinct_parts(parts: list[Claim]) -> list[Claim]:
    """The counts of a breakdown, each event's count once: "19 died ... Seven died at a school ... besides the
    seven at the school, 12 others died at the market" breaks the 19 into 7 and 12, not 7, 7 and 12."""
    seen: set[tuple[str, int | None]] = set()
    out = []
    for c in parts:
        if (c.event_id, c.value) in seen:
            continue
        seen.add((c.event_id, c.value))
        out.append(c)
    return out


def _group_of(claim: Claim) -> str:
    """Which people a count is of: "civilians" or "fighters" (lexicons/civilian_nouns.txt, the "fighters" rows of
    lexicons/person_nouns.txt), else "" (people of any kind: "20 people", "the dead")."""
    noun = claim.subject.lower()
    if noun in lexicons.words("civilian_nouns.txt"):
        return "civilians"
    units = lexicons.mapping("person_nouns.txt")
    if units.get(noun) == "fighters" or units.get(noun.rstrip("s")) == "fighters":
        return "fighters"
    return ""


def _fullest_by_source(by_sentence: dict[tuple[str, str], int], groups: dict[tuple[str, str], set[str]]) -> dict[str, int]:
    """Each source's toll: its fullest sentence ("at least 70 were killed ... 30 soldiers and 39 rebels died"
    restate one toll); but one sentence counting only civilians and another only fighters ("IS fighters
    stormed the village, killing 15 civilians ... 23 militants were killed in the assault") count people no
    one can be both of, so the fullest of each adds up, unless a sentence counting people of any kind says more."""
    fullest: dict[str, dict[str, int]] = {}
    for key, total in by_sentence.items():
        kinds = groups.get(key, {""})
        group = next(iter(kinds)) if len(kinds) == 1 else ""
        mine = fullest.setdefault(key[0], {})
        mine[group] = max(mine.get(group, 0), total)
    return {name: max(g.get("", 0), g.get("civilians", 0) + g.get("fighters", 0)) for name, g in fullest.items()}


def _counts_attackers(claim: Claim) -> bool:
    """ "A car bomb killed 15 people at the market ... Three attackers were killed": the doers' dead are never
    among the victims another sentence counts, so they come on top of the toll (lexicons/attacker_nouns.txt)."""
    return claim.subject.lower() in lexicons.words("attacker_nouns.txt")


def _without_part_only_sources(killed: dict[str, int], tolls: Sequence[Claim]) -> dict[str, int]:
    """ "UNICEF said 25 children were killed ... the monitor said 58 people died": a source that counts only a
    part of the dead (children, women: lexicons/subgroup_nouns.txt), or only the bodies one site received or
    found ("the hospital took in the bodies of two": lexicons/site_count_nouns.txt), gives no lower total than a
    source that counts them all; ACLED's lowest value is taken over the sources' totals."""
    parts = lexicons.words("subgroup_nouns.txt") | lexicons.words("site_count_nouns.txt")
    only_parts = {name for name in killed
                  if all(c.subject.lower() in parts for c in tolls if c.source.name == name)}
    whole = [total for name, total in killed.items() if name not in only_parts]
    if not only_parts or not whole:
        return killed
    return {name: total for name, total in killed.items() if name not in only_parts or total > min(whole)}


def _without_other_places(event: Event, tolls: list[Claim], named_place: frozenset[str] | None) -> list[Claim]:
    """ "A strike on a market in X killed 12, and another on a bakery in Y killed 8": when one sentence gives the
    event a count at its own place and another count at another place the text names, that other count is the
    other place's dead (an incident the sentence tells apart), not more dead at the event's place."""
    if event.location is None or named_place is None:
        return tolls
    here = event.location.name
    own_quotes = {c.quote for c in tolls if c.place == here and c.claim_id in named_place}
    return [c for c in tolls if not (c.quote in own_quotes and c.claim_id in named_place and c.place and c.place != here
                                     and c.place != event.location.admin1 and c.place != event.location.country)]


def _without_range_tops(tolls: list[Claim]) -> list[Claim]:
    """ "between 500 and 1,300 people died": the most a source gives beside its least for the same dead (figures.py
    reads the pair as "at least" and "up to") is no more dead; ACLED keeps the least."""
    lows = {(c.source.name, c.quote) for c in tolls if c.qualifier == "at least"}
    return [c for c in tolls if not (c.qualifier == "up to" and (c.source.name, c.quote) in lows)]


def with_claims(events: list[Event], claims: list[Claim], own_place: frozenset[str] = frozenset(),
                 named_place: frozenset[str] | None = None, uncounted: frozenset[str] = frozenset()) -> list[Event]:
    """Events with their claim ids and ACLED's conservative fatalities (lowest sourced value).

    ``own_place``: ids of counts given for a place ("7 in Alsukkari"), the toll of the event there.
    ``named_place``: ids of counts whose place the text names (None: every claim's place is taken as named).
    ``uncounted``: ids of counts that add no dead: replaced by a later one ("the previous toll was 20") or the
    same toll told again in one sentence."""
    out = []
    for event in events:
        mine = [c for c in claims if c.event_id == event.event_id]
        killed: dict[str, int] = {}
        # (a part whose whole is not this event's, "attacks on the city killed 3 including two women" told as a
        # round-up of two quarters, leaves the quarter's own "two women were killed" its toll)
        parts = {c.value for c in mine if c.kind == "killed" and c.qualifier == "including"
                 and any(w.quote == c.quote and w.kind == "killed" and w.qualifier != "including" for w in mine)}
        # "- Jets kill 6 boys - ... 6 boys were among 30 killed": a count also given as a part of the event's
        # toll is that part, not more dead, whoever gives it ("killing five including four pupils ... a
        # photographer saw the bodies of four children": the four are of the five)
        tolls = [c for c in mine if c.kind == "killed" and c.value is not None and c.qualifier != "including"
                 and c.value not in parts and c.claim_id not in uncounted]
        # "including 7 in Alsukkari": a count given for the event's own place is its toll, not the sentence's total.
        # A count a later one raised or replaced ("killed 15 in the town ... the toll rose to 22") is no toll, placed or not.
        placed = [c for c in mine if c.claim_id in own_place and c.kind == "killed" and c.value is not None
                  and event.location is not None and c.place == event.location.name and c.claim_id not in uncounted]
        # "five others including a baby died in the Fardous quarter": the baby is one of the five, no count of the place
        placed = [c for c in placed if c.qualifier != "including" or not any(
            o.quote == c.quote and o.place == c.place and o.kind == "killed" and (o.value or 0) > (c.value or 0) for o in mine)]
        # "14 civilians including a teacher were killed in Douma": a part told with the event's own place is
        # no breakdown when the whole is told for that place too.
        whole_here = [c for c in tolls if event.location is not None and c.place == event.location.name and c.claim_id not in own_place
                      and (named_place is None or c.claim_id in named_place)]
        # "at least 20 killed in the city ... six were killed in Bustan al-Qasr": the count given for the event's
        # own quarter is its toll, not the city's total the event was first told with.
        if placed and not whole_here:
            # "killed eight in the town of Azaz ... two of the injured died overnight": dead told to come on top,
            # at no place of their own, stay on top of the placed count
            tolls = placed + [c for c in tolls if c.qualifier == "additional" and c.claim_id not in own_place and c not in placed]
        tolls = _without_range_tops(_without_other_places(event, tolls, named_place))
        exact = [c for c in tolls if c.qualifier != "vague"]
        told: dict[tuple[str, int | None], list[tuple[str, int, str]]] = {}
        by_sentence: dict[tuple[str, str], int] = {}
        groups: dict[tuple[str, str], set[str]] = {}  # the groups each sentence's counts are of
        extra: dict[str, int] = {}
        more_of: set[str] = set()  # voices whose extra dead are told as more ("three more died"), not only as attackers
        for c in exact or tolls:  # "dozens" counts only when nothing more precise is said
            # the lead and the body both saying "at least 42 killed" of one event: said twice, not 84 dead;
            # "3 children and 3 women" in one sentence, or "7 in X ... 7 in Y", are two counts
            country = event.location.country if event.location is not None else ""
            place = c.place if c.claim_id in own_place and c.place != country else ""  # "20 in Syria" is no breakdown
            earlier = told.setdefault((c.source.name, c.value), [])
            # another sentence, or the same words told again further on (a wire copy repeating its lead)
            again = any((quote != c.quote or abs(start - c.start) >= len(c.quote)) and (not where or not place or where == place)
                        for quote, start, where in earlier)
            earlier.append((c.quote, c.start, place))
            if again and c.qualifier != "additional":
                continue
            key = (c.source.name, c.quote)
            if c.qualifier == "additional" or _counts_attackers(c):
                extra[c.source.name] = extra.get(c.source.name, 0) + (c.value or 0)
                if c.qualifier == "additional":
                    more_of.add(c.source.name)
            else:
                by_sentence[key] = by_sentence.get(key, 0) + (c.value or 0)
                groups.setdefault(key, set()).add(_group_of(c))
        # one source's sentences restate one toll ("at least 70 were killed ... 30 soldiers and 39 rebels died in
        # the battle"): the fullest sentence counts, plus what it says came on top ("another five")
        for name, total in _fullest_by_source(by_sentence, groups).items():
            killed[name] = total
        for name, more in extra.items():
            if name in killed or not killed:
                killed[name] = killed.get(name, 0) + more
                continue
            if name not in more_of and more in killed.values():
                # "repelled the offensive, killing 40 attackers, the army said ... At least 40 people were killed,
                # the agency said": the same number of dead another voice counts are those dead, not more of them
                killed[name] = more
                continue
            # "Activists said 20 were killed ... Three more died in the evening": more dead told by a voice that
            # gave no count of its own come on top of the counts already told
            for other in list(killed):
                killed[other] += more
        killed = _without_part_only_sources(killed, exact or tolls)
        out.append(replace(event, claim_ids=tuple(c.claim_id for c in mine), fatalities=min(killed.values()) if killed else 0))
    return out
