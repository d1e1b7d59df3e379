"""Claims: every figure and every statement of control, each with the source that asserts it.

A figure's kind comes from the words that govern it (reading.figure_kinds); the event a toll belongs to and each
event's fatalities from reading.tolls. "put the number at 4,000" refers back to the last figure. A
displacement keeps its origin, its way and its destination ("escaped ... through Hanano";
"made their way to Jibreen"); a displacement with none of its own continues the previous
one. Two claims on the same quantity from different sources are linked as disputed.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.attribution import hedge_in
from frontwatch.reading.breakdown import breakdown_places, place_of_figure, respective_place
from frontwatch.reading.control import find_control as find_control  # the pipeline reads captions' control here
from frontwatch.reading.discourse import own_channel, read_discourse
from frontwatch.reading.doctext import text_of
from frontwatch.reading.figure_kinds import conjectured, counts_a_group_of_others, figure_kind, listed_after, of_the_wounded, subset_of
from frontwatch.reading.event_places import location_of
from frontwatch.reading.mentions import Mentions, in_span
from frontwatch.reading.merging import unplaced_into_placed
from frontwatch.reading.roles import place_role
from frontwatch.reading.toll_scope import day_part, over_separate_incidents, raised_over_a_span, raised_toll, running_total, superseded
from frontwatch.reading.tolls import VIOLENT_KINDS, nearest_event, restated, roundups_unlinked, told_before, with_claims
from frontwatch.records import Claim, Control, Document, Event, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _place_words(doc: Doc, mentions: Mentions, token: Token) -> dict[str, str]:
    """origin / via / destination / place named under the clause of ``token``."""
    out: dict[str, str] = {}
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head
    sub = list(clause.subtree)
    # "members of the Islamic State of Iraq and the Levant were killed", "US-led strikes": a name inside an actor's is no place
    actors = in_span(mentions.actors, sub[0].idx, sub[-1].idx + len(sub[-1].text))
    for p in in_span(mentions.places, sub[0].idx, sub[-1].idx + len(sub[-1].text)):
        if _in_brackets(text_of(doc), p.start, sub[0].idx):
            continue  # "killed 35 Daesh (outlawed in Russia) militants": an aside names no place of the count
        role = place_role(p, doc, actors)
        key = {"origin": "origin", "via": "via", "destination": "destination", "location": "place"}.get(role)
        if key == "place" and p.place is not None and p.place.kind == "region":
            continue  # "killed nine as they crossed the Euphrates": the count is of its event's place (reading.event_places)
        if key and key not in out:
            out[key] = p.place.name if p.place else p.text
    # Unnamed destinations still say something: "escaped to government-controlled areas".
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "into", "toward", "towards"} and "destination" not in out:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                words = list(objs[0].subtree)
                out["destination"] = text_of(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    return out


def _nationwide(doc: Doc, mentions: Mentions, governor: Token) -> bool:
    """A displacement counted over the whole war ("the war has displaced 6 million", "uprooted since the
    conflict began") or stated for a whole country ("displaced across Syria") comes from no one place: it takes
    no origin from the flow or the event told before it. A country it goes to ("fled to Turkey") says nothing
    of where it began."""
    if running_total(doc, mentions, governor):
        return True
    clause = governor if governor.pos_ in {"VERB", "AUX"} else governor.head
    sub = list(clause.subtree)
    here = in_span(mentions.places, sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return any(p.place is not None and p.place.kind == "country" and place_role(p, doc) not in {"destination", "via"} for p in here)


def _in_brackets(text: str, at: int, clause_start: int) -> bool:
    """Whether ``at`` lies inside a bracketed aside opened after ``clause_start`` and not yet closed."""
    opened = text.rfind("(", clause_start, at)
    return opened >= 0 and text.find(")", opened, at) < 0


def _added(governor: Token | None) -> bool:
    """The toll's own verb says its dead come on top of those told before: "Ten soldiers were also killed in the
    fighting" adds ten to the 15 rebels told killed (lexicons/addition_adverbs.txt)."""
    if governor is None or governor.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lexicons.words("addition_adverbs.txt") for c in governor.children)


def _placed_part(doc: Doc, mentions: Mentions, sent: Span, own: PlaceMention | None) -> bool:
    """The count is one of two or more the sentence gives each for its own place ("seven in Ariha and five in
    Binnish"), not one count told over several places ("12 civilians in Ariha and Binnish")."""
    if own is None:
        return False
    listed = breakdown_places(in_span(mentions.places, sent.start_char, sent.end_char), text_of(doc))
    return any(p.start == own.start for p in listed)


def _later_part_place(doc: Doc, mentions: Mentions, sent: Span, after: int, name: str) -> bool:
    """``name`` is a place the sentence gives a later count of its own for, in a list of counts by place."""
    listed = breakdown_places(in_span(mentions.places, sent.start_char, sent.end_char), text_of(doc))
    return any(p.start > after and (p.place.name if p.place is not None else p.text) == name for p in listed)


def counted_noun(doc: Doc, noun: int) -> str:
    """The noun a count counts, or the site count it is given within: "the bodies of three victims were brought
    to the hospital" counts bodies that reached one hospital (lexicons/site_count_nouns.txt), a part of the dead
    told by that site, not a source's whole toll of "victims"."""
    if noun < 0:
        return ""
    word = doc[noun]
    holder = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
    if holder is not None and holder.lower_ in lexicons.words("site_count_nouns.txt"):
        return holder.text
    return word.text


def find_claims(
    document: Document, doc: Doc, mentions: Mentions, events: list[Event], outlet: Source, history: Sequence[Event] = ()
) -> tuple[list[Claim], list[Control], list[Event]]:
    """Claims and control records of one article; events come back with claim_ids and fatalities.
    ``history``: captures told as background (reading.events), read for control only."""
    claims: list[Claim] = []
    last_source: Source | None = None
    last_flow: Claim | None = None
    discourse = read_discourse(doc, mentions, outlet, summary=any(r.kind == "tags" for r in document.removed))
    own_place_ids: set[str] = set()
    named_place_ids: set[str] = set()  # claims whose place the text gives (not the event's, taken over)
    uncounted_ids: set[str] = set()  # counts that add no dead: replaced by a later one, or told again
    restated_ids: set[str] = set()  # of those, the ones told again
    toll_verbs: list[tuple[Claim, int]] = []  # violent counts with the index of the verb that governs each
    day_parts: dict[str, str] = {}  # violent counts told for a part of a day ("three in the morning")
    for figure in mentions.figures:
        kind, governor, refers_back = figure_kind(doc, figure)
        token = doc[figure.token]
        sent = token.sent
        attribution = discourse.attribute(token, sent, last_source)
        places: dict[str, str] = {}
        subject = counted_noun(doc, figure.noun)
        if refers_back and claims:
            ref = claims[-1]
            kind, subject = ref.kind, ref.subject
            places = {"origin": ref.origin, "via": ref.via, "destination": ref.destination, "place": ref.place}
        sent_actors = in_span(mentions.actors, sent.start_char, sent.end_char)
        sent_places = [p for p in in_span(mentions.places, sent.start_char, sent.end_char)
                       if not any(a.start <= p.start and p.end <= a.end for a in sent_actors)]  # "died in US-led strikes"
        own = place_of_figure(figure.end, sent_places, text_of(doc)) or respective_place(
            figure.start, [f.start for f in mentions.figures if sent.start_char <= f.start < sent.end_char], sent_places,
            text_of(doc), sent.end_char)
        if not kind and own is not None and claims and claims[-1].start >= sent.start_char and claims[-1].place:
            # "including 7 in Alsukkari 6 in Alkalasa 3 in ...": a list of counts by place goes on with the first one's kind.
            kind, governor = claims[-1].kind, None
        if not kind and claims and claims[-1].start >= sent.start_char and listed_after(doc, figure):
            # "15 dead among the rebels and 23 among their adversaries as well as two civilians"
            kind, governor = claims[-1].kind, None
        if not kind or (figure.unit == "" and figure.noun >= 0 and kind != "besieged"):
            continue
        if counts_a_group_of_others(doc, figure, mentions.figures):
            continue  # "seven members of one family": one family is no count of its own
        # "killed including a doctor and 15 others wounded": the wounded are no part of the dead
        own_state = governor is not None and figure.noun >= 0 and governor.i == figure.noun + 1
        whole = claims[-1] if claims and claims[-1].start >= sent.start_char else None
        # "three of the wounded later died": dead taken from the wounded come on top of the dead told
        died_of_wounds = kind == "killed" and of_the_wounded(token)
        subset = subset_of(token) and not (own_state and whole is not None and whole.kind != kind) and not died_of_wounds
        if conjectured(governor):
            continue  # "the death toll could rise": no figure is asserted
        if governor is not None and not places:
            places = _place_words(doc, mentions, governor)
            if kind != "displaced":  # only movements have an origin, a way and a destination
                places = {"place": places.get("place", "")}
            else:
                places.pop("place", None)
        nationwide = kind == "displaced" and _nationwide(doc, mentions, governor or token)
        if kind == "displaced" and last_flow is not None and not nationwide and not any(places.get(k) for k in ("origin", "via")):
            # A displacement figure with no way of its own continues the last one ("State media said ... 1,500").
            if figure.qualifier != "additional":
                places = {"origin": last_flow.origin, "via": last_flow.via, "destination": places.get("destination") or last_flow.destination, "place": last_flow.place}
        if own is not None:
            # "7 in the neighborhood Alsukkari"; a name the gazetteer lacks ("2 in the village of X") as the text gives it
            places = {**places, "place": own.place.name if own.place is not None else own.text}
        elif kind in VIOLENT_KINDS and places.get("place") and _later_part_place(doc, mentions, sent, figure.end, places["place"]):
            # "21 were killed in the area, 15 in the town of X and six in Y": X is the place of the 15, not of the total
            places = {**places, "place": ""}
        raised = raised_toll(token) if kind in VIOLENT_KINDS else None
        running = kind in VIOLENT_KINDS and (
            running_total(doc, mentions, governor)
            # "separate raids killed seven in Ariha and five in Binnish": a count given for its own place is
            # that place's incident's toll, not the round-up over the incidents
            or (not _placed_part(doc, mentions, sent, own) and over_separate_incidents(governor, in_span(mentions.places, sent.start_char, sent.end_char)))
            or (raised is not None and raised_over_a_span(raised))
        )
        event = None if running else nearest_event(events, figure.start, kind, doc, mentions, own.text if own is not None else "",
                                                       own.place.name if own is not None and own.place is not None else "",
                                                       places.get("place", "") if kind in VIOLENT_KINDS else "")
        told = told_before(doc, figure, kind, claims, events)
        if told is not None and not running:
            event = told  # "besides the seven at the school": the seven told before, at their event
        if refers_back and claims and event is None and kind not in VIOLENT_KINDS and claims[-1].event_id:
            # "put the number at 4,000" (of the evacuated): another count of the people told before, at their event
            # (a toll's own words place it: reading.tolls)
            event = next((e for e in events if e.event_id == claims[-1].event_id), None)
        hedge = hedge_in(sent)
        claim = Claim(
            claim_id=_hash(document.doc_id, kind, figure.start, figure.value),
            kind=kind,
            value=figure.value,
            qualifier="including" if subset else (figure.qualifier or ("vague" if figure.vague else "")
                                                  or ("additional" if kind in VIOLENT_KINDS and (_added(governor) or died_of_wounds) else "")),
            source=attribution.source,
            event_id=event.event_id if event else "",
            place=places.get("place", "") or (event.location.name if event and event.location else ""),
            origin=places.get("origin", ""),
            via=places.get("via", ""),
            destination=places.get("destination", ""),
            date=event.event_date if event else document.anchor,
            quote=sent.text.strip(),
            start=figure.start,
            end=figure.end,
            hedged=bool(hedge),
            hedge=hedge,
            words=figure.words,
            unit=figure.unit or "people",
            subject=subject,
        )
        if kind == "displaced" and not claim.origin and event is None and events and not nationwide:
            earlier = [e for e in events if e.end <= figure.start and e.location is not None]
            if earlier:
                claim = replace(claim, origin=earlier[-1].location.name)  # type: ignore[union-attr]
        claims.append(claim)
        if kind in VIOLENT_KINDS and (part := day_part(token, governor)):
            day_parts[claim.claim_id] = part
        if own is not None and own.place is not None:
            own_place_ids.add(claim.claim_id)
        if places.get("place"):
            named_place_ids.add(claim.claim_id)
        if kind in VIOLENT_KINDS and superseded(token):
            uncounted_ids.add(claim.claim_id)
        if raised is not None and claim.event_id:
            # "Two of the wounded died, raising the toll to 22": the counts told of the event before are in the 22
            uncounted_ids.update(c.claim_id for c in claims[:-1] if c.kind == kind and c.event_id == claim.event_id)
        if kind in VIOLENT_KINDS and governor is not None:
            verb = governor if governor.pos_ in {"VERB", "AUX"} else governor.head
            if restated(claim, verb.i, [(c, v) for c, v in toll_verbs if c.start >= sent.start_char]):
                uncounted_ids.add(claim.claim_id)
                restated_ids.add(claim.claim_id)
            toll_verbs.append((claim, verb.i))
        if kind == "displaced":
            last_flow = claim
        last_source = attribution.source
    starts = [s.start_char for s in doc.sents]
    kept = without_run_in_repeats(claims, starts)
    # the run-in copy dropped, its restatement is the one count left: it counts
    kept_ids = {c.claim_id for c in kept}
    dropped = {(c.kind, c.value, c.event_id) for c in claims if c.claim_id not in kept_ids}
    uncounted_ids -= {c.claim_id for c in kept if c.claim_id in restated_ids and (c.kind, c.value, c.event_id) in dropped}
    claims = kept
    controls, control_claims = find_control(document, doc, mentions, [*events, *history], outlet)
    claims = link_disputes(roundups_unlinked(claims, events) + control_claims, day_parts)
    events = with_claims(events, claims, frozenset(own_place_ids), frozenset(named_place_ids), frozenset(uncounted_ids))
    events, claims = unplaced_into_placed(events, claims, {p.place.name: location_of(p) for p in mentions.places if p.place is not None})
    # Tolls are read from the voices as told (a restatement by the same voice is not more dead); the figures
    # then carry the source that gives them.
    return restated_sources(claims, starts, outlet), controls, events


# How many sentences on a report may restate a figure it first gave bare (headline, lede, then the source's
# sentence: "Four civilians were injured in Aleppo. A source at the police told the agency that shells hit the
# square injuring four civilians").
_RESTATED_WITHIN = 4


def without_run_in_repeats(claims: list[Claim], sentence_starts: Sequence[int]) -> list[Claim]:
    """A subheading run into its paragraph repeats the paragraph's first count in one parsed sentence ("Four
    civilians injured in rocket attacks in Aleppo Four civilians were injured when shells fell ..."): the copy
    before a count that opens a new sentence mid-sentence (capitalised: "Four", "At least 3", "A woman") and
    says the same (kind, value, part, voice) is dropped; the body's sentence keeps the count."""
    dropped: set[int] = set()
    for i, copy in enumerate(claims):
        here = bisect_right(sentence_starts, copy.start)
        for later in claims[i + 1 :]:
            if bisect_right(sentence_starts, later.start) != here:
                break
            if (later.start not in sentence_starts and later.words[:1].isupper() and later.kind == copy.kind
                    and later.value == copy.value and later.qualifier == copy.qualifier and later.source == copy.source):
                dropped.add(i)
                break
    return [c for i, c in enumerate(claims) if i not in dropped]


def restated_sources(claims: list[Claim], sentence_starts: Sequence[int], outlet: Source) -> list[Claim]:
    """A figure told in the outlet's voice that the report restates soon after with a named source is that
    source's: a headline or lede gives the count bare and the body says who gives it ("Five people were killed
    in Homs. ... The governor said the shell killed five people"). Only the same kind, value and part (an
    "including" count restates an "including" count); vague counts ("dozens") and additions name no quantity.
    A state agency's bare count stays its own though its police or army restate it (discourse.own_channel)."""
    out = list(claims)
    for i, bare in enumerate(claims):
        if bare.source.name != outlet.name or bare.value is None or bare.qualifier in {"vague", "additional"}:
            continue
        here = bisect_right(sentence_starts, bare.start)
        for later in claims[i + 1 :]:
            if bisect_right(sentence_starts, later.start) - here > _RESTATED_WITHIN:
                break
            if later.source.name != outlet.name and _restates(bare, later) and not own_channel(later.source, outlet):
                out[i] = replace(bare, source=later.source)
                break
    return out


def _restates(bare: Claim, later: Claim) -> bool:
    """``later`` gives the same count of the same people as ``bare``."""
    return (later.kind == bare.kind and later.value == bare.value and later.unit == bare.unit
            and later.qualifier not in {"vague", "additional"} and (later.qualifier == "including") == (bare.qualifier == "including"))


def _same_quantity(a: Claim, b: Claim) -> bool:
    """Two figures on one quantity: same kind and unit, and the same event or the same flow of people."""
    if a.kind != b.kind or a.kind == "control" or a.value is None or b.value is None or a.unit != b.unit:
        return False
    if {"additional", "vague", "including"} & {a.qualifier, b.qualifier}:
        return False
    same_flow = bool(a.origin or a.via or a.destination) and (a.origin, a.via, a.destination) == (b.origin, b.via, b.destination)
    same_event = bool(a.event_id) and a.event_id == b.event_id and a.place == b.place
    return same_flow or same_event


def link_disputes(claims: list[Claim], day_parts: Mapping[str, str] | None = None) -> list[Claim]:
    """Link claims on the same quantity from different sources with different values (all kept). ``day_parts``:
    the part of a day some counts are told for (claim id -> "morning"), see _day_pieces."""
    parts = day_parts or {}
    split = _split_days(claims, parts)
    disputed: dict[str, list[str]] = {c.claim_id: [] for c in claims}
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if _same_quantity(a, b) and a.source.name != b.source.name and a.value != b.value and not _day_pieces(a, b, parts, split):
                disputed[a.claim_id].append(b.claim_id)
                disputed[b.claim_id].append(a.claim_id)
    return [replace(c, disputed_with=tuple(disputed[c.claim_id])) for c in claims]


def _split_days(claims: Sequence[Claim], parts: Mapping[str, str]) -> set[tuple[str, str]]:
    """(kind, event) whose count the text splits into parts of the day ("3 killed in the morning ... 7 more in the
    evening"): two or more counts on it are told for different parts."""
    seen: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.claim_id in parts:
            seen.setdefault((c.kind, c.event_id), set()).add(parts[c.claim_id])
    return {key for key, told in seen.items() if len(told) > 1}


def _day_pieces(a: Claim, b: Claim, parts: Mapping[str, str], split: set[tuple[str, str]]) -> bool:
    """Two counts on different parts of a day ("3 in the morning", "7 in the evening") count different dead, and
    so do a part and the whole day ("10 killed on Sunday") where the text splits the day: no dispute. A lone part
    ("10 killed on Monday evening" against another source's 8) is the whole toll told with its hour."""
    pa, pb = parts.get(a.claim_id, ""), parts.get(b.claim_id, "")
    if pa == pb:
        return False
    return bool(pa and pb) or (a.kind, a.event_id) in split
