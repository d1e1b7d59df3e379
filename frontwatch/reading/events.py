"""Mentions -> typed events (ACLED taxonomy), one sentence at a time.

For each sentence, the event words that report events are kept (reading.event_words: asserted, one per act,
not an anaphoric "the takeover"); each one kept becomes an event with
- its location (reading.event_places): a place in the sentence whose role is "location", nearest the trigger
  in the parse; else a place named right after a generic noun ("a key neighborhood ... the Hanano Housing
  district"); else the area the story is in, at a coarser precision;
- its date (reading.narrative): a date in the sentence, else the narrative date (the last date named
  before it), else the publication date;
- its actors (reading.event_actors): subject / agent of the trigger, then its object, then other actors in
  the sentence; an attacker left unnamed is asked of the events before (reading.attackers);
- its source (reading.discourse) and hedge.
A definite event noun that tells an event again refines that event instead of adding one; events of the same
type, place and date within one article are merged (reading.merging). A running total ("the battle for Aleppo has
killed 300 in two weeks") at the place of a violent event already told is that event's campaign, not one more event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import ARMED_KINDS, STATE_KINDS, ActorDictionary, to_ref
from frontwatch.reading.attackers import acting_state, carried_act, claimer, held_target, unnamed_attacker
from frontwatch.reading.attribution import hedge_in, reporting
from frontwatch.reading.charges import charge_spans, charged_for
from frontwatch.reading.clauses import casualty_word, clause_spans
from frontwatch.reading.discourse import read_discourse
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_actors import event_actors, implied_actor2, territory_by_side
from frontwatch.reading.event_places import KIND_RANK, event_locations, location_of, same_area
from frontwatch.reading.event_parse import token_keys
from frontwatch.reading.event_types import claimed_acts, find_event_cues
from frontwatch.reading.event_words import CAPTURES, DEATHS, VIOLENT, acts_at, anaphoric, best_cues, day_owned, definite, inflicter, likened, outcomes_only, outside_charges, retold, toll_only, toll_triggers
from frontwatch.reading.mentions import Mentions, in_span, root_of
from frontwatch.reading.merging import merge_events
from frontwatch.reading.narrative import HISTORY_DAYS, SentenceContext, advance, after_headline, date_for, new_scene, story_area
from frontwatch.reading.retelling import GENERIC_ACTS, campaign_told, covered, refine
from frontwatch.reading.roles import place_role
from frontwatch.reading.tellings import Unsaid
from frontwatch.reading.toll_scope import running_total
from frontwatch.records import DAY, MONTH, WEEK, ActorMention, ActorRef, DateMention, Document, Event, Location, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def find_events(
    document: Document, doc: Doc, mentions: Mentions, outlet: Source, title_places: Sequence[PlaceMention] = (),
    history: list[Event] | None = None,
) -> list[Event]:
    """The events of one article, merged within the article, in text order.

    ``title_places``: places named in the headline; the first one is where the story is until the
    body names another area (news headlines carry the lede's place).
    ``history``: when given, captures told as background (dated before the news window: "troops retook
    the town in March") are appended to it; they are no events of the article but say who holds what since.
    """
    dictionary = ActorDictionary.default()
    events: list[Event] = []
    lede = next((p for p in title_places if p.place is not None and p.place.kind not in {"country"}), None)
    context = SentenceContext(None, lede, None)
    previous_actor: ActorMention | None = None
    discourse = read_discourse(doc, mentions, outlet, summary=any(r.kind == "tags" for r in document.removed))
    kinds = {p.place.place_id: p.place.kind for p in mentions.places if p.place is not None}
    unsaid: dict[str, Unsaid] = {}  # event id -> the day or place its sentence left to the story
    by_article: set[str] = set()  # events no day was told for, in or before their sentence: dated by the article's own day

    def rank(loc: Location) -> int:
        return loc.geo_precision * 10 + KIND_RANK.get(kinds.get(loc.place_id, ""), 5)

    text = text_of(doc)
    for sent in doc.sents:
        if after_headline(text, sent.start_char):
            # joined headlines: each paragraph is its own report, and a report that names no place or date
            # is not at the place or on the day the report before it named
            context = SentenceContext(None, None, None)
        context = new_scene(context, sent)
        s0, s1 = sent.start_char, sent.end_char
        places = in_span(mentions.places, s0, s1)
        sent_actors = in_span(mentions.actors, s0, s1)
        following = [p for p in mentions.places if s1 <= p.start < s1 + 400]
        hedge = hedge_in(sent)
        # "Siege Watch reported", "Raqqa is Being Slaughtered Silently said": an event word inside a source's name is no event
        named = in_span(mentions.sources, s0, s1)
        found = [c for c in find_event_cues(sent, sent_actors) if not any(m.start <= c.start and c.end <= m.end for m in named)]
        found += claimed_acts(sent, found, sent_actors)
        charges = charge_spans(sent)
        if charges:
            found = outside_charges(found, doc, charges)
        clauses = clause_spans(sent, found, places, sent_actors)
        cues = best_cues(found, doc, sent_actors, clauses)
        claimed_by = claimer(found, doc, sent_actors)
        if claimed_by is not None:
            # "A car bomb hit the market ... IS claimed responsibility for the attack": the claimer did the act told
            _doer_to_last(events, to_ref(claimed_by), [s.start_char for s in doc.sents if s.end_char <= s0][-3:])
        if toll_only(cues, doc, [p for p in places if place_role(p, doc, sent_actors) == "location"], events):
            _victims_to_last(events, _victims_told(sent, sent_actors))
            cues = []
        outcomes = outcomes_only(cues, doc)
        for cue in cues:
            trigger = root_of(doc, cue.start, cue.end)
            # "The takeover carried ...": a definite event word with no place of its own tells an event again
            # (nothing told yet: nothing to refer back to); it can only place that event more precisely
            # ("The blast took place in al-Mashi")
            back = bool(events) and trigger is not None and anaphoric(trigger, places, sent_actors)
            if trigger is None or (back and not places):
                if back:  # "Fifteen people died, including five policemen, in the blast": whom the act told before hit
                    _victims_to_last(events, _victims_told(sent, sent_actors))
                    if trigger is not None and any(d.kind != "since" and not _dates_report(doc, d) for d in in_span(mentions.dates, s0, s1)):
                        _day_to_last(events, cue.event_type, date_for(trigger, sent, mentions, context, document), by_article)
                continue
            date, precision = date_for(trigger, sent, mentions, context, document)
            own_day = any(d.kind != "since" for d in in_span(mentions.dates, s0, s1))
            day_unsaid = context.date is None and not own_day
            old = bool(document.anchor and date and (document.anchor - date).days > HISTORY_DAYS)  # type: ignore[operator]
            if old and (history is None or cue.sub_event_type not in CAPTURES):
                continue
            # A clause of a chained headline has its own places and actors; a clause naming no place is read
            # with the sentence's ("Mortars hit Nawa and jets strike it too").
            c0, c1 = next(((a, b) for a, b in clauses if a <= cue.start < b), (s0, s1))
            own_places = [p for p in places if c0 <= p.start and p.end <= c1]
            if not own_places and c0 > s0:  # "air raids pound Saraqib and fighting goes on in the town"
                own_places = [p for p in places if p.end <= c0 and p.place is not None][-1:]
            own_actors = [a for a in sent_actors if c0 <= a.start and a.end <= c1] if len(clauses) > 1 else sent_actors
            attribution = discourse.attribute(trigger, sent)
            if charges:  # "shot for informing for the army": the army is no party to the killing
                own_actors = [a for a in own_actors if (r := root_of(doc, a.start, a.end)) is None or not charged_for(trigger, r, charges)]
            a1, a2, assoc = event_actors(trigger, own_actors, doc, previous_actor, attribution.source.name)
            if casualty_word(trigger):
                # "losses among the rebels", "regime forces' casualties": who a toll counts was hit, not who hit them
                hit = {t.i for t in trigger.subtree}
                counted = [a for a in own_actors if (r := root_of(doc, a.start, a.end)) is not None and r.i in hit]
                # "Syrian forces inflicted heavy losses upon insurgents": the subject of the verb that inflicts them did
                a1, a2, assoc = inflicter(trigger, own_actors), counted[0] if counted else a2 if a2 is not None else None, []
            located: list[Location | None] = [*event_locations(trigger, doc, own_places or places, own_actors, story_area(context, sent), following,
                                                               [p for p in mentions.places if p.end <= s0])]
            carries = outcomes and cue.event_type in VIOLENT or likened(trigger)
            act = carried_act(trigger, same_area(events, located), toll_triggers()) if carries else None
            if act is not None:  # "... four people were killed in Bustan al-Qasr": the dead of the strikes told before
                cue = replace(cue, event_type=act.event_type, sub_event_type=act.sub_event_type)
            # "The United States fired 59 cruise missiles at ...": a country acting is its state's forces
            ref1 = to_ref(a1) if a1 else acting_state(trigger, own_places or places, dictionary) or unnamed_attacker(
                trigger, cue.sub_event_type, same_area(events, located, cue.sub_event_type), dictionary, to_ref(a2) if a2 else None)
            if ref1 is not None and a1 is not None and _grounded(cue.sub_event_type, ref1, trigger):
                # "Airstrikes on Daesh-held villages killed 85 as fighting raged between the militants and US-backed
                # fighters": no armed group of the ground flies air strikes; the raid's doer is left to be inferred
                ref1 = unnamed_attacker(trigger, cue.sub_event_type, same_area(events, located, cue.sub_event_type), dictionary,
                                        to_ref(a2) if a2 else None)
            cue = territory_by_side(cue, ref1)
            if a2 is None and cue.event_type == "Battles":
                a2 = held_target(trigger, ref1)  # "an offensive on the regime-held district": the holder fights back
            ref2 = to_ref(a2) if a2 else implied_actor2(cue, ref1, dictionary)
            if ref1 is not None and ref2 is not None and ref2.name == ref1.name:
                ref2 = None  # "SDF fighters repelled attacks on SDF positions": one actor named twice is no dyad
            evidence = text_of(doc)[c0:c1].rstrip(" ,;")
            for location in located or [None]:
                told = Event(
                    event_id=_hash(document.doc_id, cue.sub_event_type, location.name if location else "", date, c0),
                    event_date=date,  # type: ignore[arg-type]
                    time_precision=precision,
                    event_type=cue.event_type,
                    sub_event_type=cue.sub_event_type,
                    actor1=ref1,
                    actor2=ref2,
                    assoc_actors=tuple(to_ref(a) for a in assoc),
                    location=location,
                    fatalities=0,
                    sources=(attribution.source,),
                    hedged=bool(hedge),
                    evidence=evidence.strip(),
                    start=c0 + len(evidence) - len(evidence.lstrip()),
                    end=c0 + len(evidence.rstrip()),
                    trigger=cue.trigger,
                )
                place_unsaid = location is not None and (not location.admin1 or _story_area(location, context, places))
                # "died in the attack": a definite generic act word says only that some violent act was told
                act_unsaid = (definite(trigger) or _toll_of(trigger)) and trigger.lemma_.lower() in GENERIC_ACTS
                listed = trigger.idx if len(located) > 1 else -1  # "jets struck A, B and C": one event per place listed
                if day_unsaid or place_unsaid or act_unsaid or listed >= 0:
                    unsaid[told.event_id] = Unsaid(day_unsaid, place_unsaid, act_unsaid, listed)
                if context.date is None and not any(not _dates_report(doc, d) for d in in_span(mentions.dates, s0, s1) if d.kind != "since"):
                    by_article.add(told.event_id)
                if old and history is not None:
                    history.append(told)
                elif running_count(trigger, doc, mentions) and campaign_told(events, told, rank):
                    continue  # "the battle for Aleppo has killed 300 in two weeks": the campaign of an event told
                elif not ((told_again := retold(trigger, found)) is not None and refine(events, told, rank, dated=day_owned(told_again),
                                                                            generic=told_again.lemma_.lower() in GENERIC_ACTS, sentence=s0,
                                                                            day_unsaid=not own_day, undated=by_article,
                                                                            beside=_listed_before(places, told.location, text))) \
                        and (not back or (not covered(events, told, rank, dated=day_owned(trigger), undated=by_article)
                                          and acts_at(trigger, places, doc, told.location))):
                    # "the air strikes also destroyed ... in Rasm al-Sabaa, 75 km east of Homs": a definite noun
                    # that names a place of its own, where no event of its type was told, tells one more
                    events.append(told)
        context = advance(context, sent, mentions, doc, document.anchor)
        if sent_actors:
            previous_actor = sent_actors[-1]
    return merge_events(_one_bomber(events), [(s.start_char, s.end_char) for s in doc.sents], rank, kinds, unsaid)


def _one_bomber(events: list[Event]) -> list[Event]:
    """ "A suicide bomber struck a wedding ... IS said one of its fighters blew himself up at a gathering": a report
    whose suicide bombings name one doer, and only one, tells that doer's attack each time it names none."""
    doers = {e.actor1.name: e.actor1 for e in events if e.sub_event_type == "Suicide bomb" and e.actor1 is not None
             and e.actor1.words and e.actor1.kind in ARMED_KINDS and e.actor1.kind != "unidentified armed group"}
    if len(doers) != 1:
        return events
    doer = replace(next(iter(doers.values())), words="")
    return [replace(e, actor1=doer) if e.sub_event_type == "Suicide bomb" and e.actor1 is None
            and (e.actor2 is None or e.actor2.name != doer.name) else e for e in events]


_JOINED = re.compile(r"^(?:(?:city|town|province|district|countryside)\b\s*)?(?:,|and\b|as well as\b)", re.I)


def _listed_before(places: Sequence[PlaceMention], location: Location | None, text: str) -> set[str]:
    """Ids of the places a sentence lists before ``location``'s own mention, joined to the phrase that names it
    ("the raids hit the old quarter of Idlib city and also the villages X and Y": Idlib for X), with the place a part
    of one is of ("the old quarter of Idlib" names Idlib). A place named after it holds it ("X in Aleppo")."""
    if location is None:
        return set()
    own = next((p for p in places if p.place is not None and p.place.place_id == location.place_id), None)
    if own is None:
        return set()
    out: set[str] = set()
    for p in places:
        if p.place is None or p.end > own.start or p is own:
            continue
        gap = text[p.end : own.start].strip()
        words = gap.split()
        if not _JOINED.match(gap) or len(words) > 12:
            continue
        out.add(p.place.place_id)
        if "~" in p.place.place_id and "~in-" not in p.place.place_id and p.place.parent_id:
            out.add(p.place.parent_id)
    return out


def _victims_told(sent: Span, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The people a sentence's toll counts, when named as a group: "Fifteen people died, among them five
    policemen", "Four policemen were killed": an actor inside the subject (or object) of a toll word
    (lexicons of event_words.toll_triggers), or after its "including"."""
    inside: set[int] = set()
    for word in sent:
        if token_keys(word).isdisjoint(toll_triggers()):
            continue
        inside |= {t.i for c in word.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} for t in c.subtree}
        inside |= {t.i for c in word.children if c.dep_ == "prep" and c.lower_ in {"including", "among"} for t in c.subtree}
    doc = sent.doc
    return [a for a in actors if (r := root_of(doc, a.start, a.end)) is not None and r.i in inside]


def _victims_to_last(events: list[Event], victims: Sequence[ActorMention]) -> None:
    """The group a toll-only sentence counts is whom the act told just before hit, when that act names none
    ("A bomb went off in Midan. Fifteen people died, including five policemen"): its second actor."""
    last = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT), None)
    if last is None or events[last].actor2 is not None or len(victims) != 1:
        return
    victim, doer = to_ref(victims[0]), events[last].actor1
    if doer is None or doer.name != victim.name:
        events[last] = replace(events[last], actor2=victim)


def _doer_to_last(events: list[Event], doer: ActorRef, starts: Sequence[int]) -> None:
    """The violent act told in the three sentences before, with no named doer, takes the one who claimed it."""
    if not starts:
        return
    last = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT), None)
    if last is None or events[last].start < starts[0]:
        return
    event = events[last]
    if (event.actor1 is None or not event.actor1.words) and (event.actor2 is None or event.actor2.name != doer.name):
        events[last] = replace(event, actor1=doer)


def _day_to_last(events: list[Event], event_type: str, day: tuple[object, int], undated: set[str]) -> None:
    """ "Air strikes killed 12 in Saraqib. The strikes hit a market on Wednesday": an act the article could only
    date by its own day takes the day its retelling names, up to two days before."""
    date, precision = day
    if not events or events[-1].event_id not in undated or events[-1].event_type != event_type:
        return
    last = events[-1]
    if isinstance(date, dt.date) and last.event_date is not None and 0 < (last.event_date - date).days <= 2:
        events[-1] = replace(last, event_date=date, time_precision=precision)


def _dates_report(doc: Doc, day: DateMention) -> bool:
    """The day word hangs on a reporting verb ("killed 14 people, the agency said on Wednesday"): it dates the
    report, not the act."""
    token = root_of(doc, day.start, day.end)
    if token is None:
        return False
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and reporting(verb)


def _grounded(sub_event_type: str, actor: ActorRef, trigger: Token) -> bool:
    """An air strike given to an actor that flies no aircraft (only states' forces do: actors.STATE_KINDS); a drone
    named in the sentence may be any group's ("an IS drone dropped a bomb")."""
    if sub_event_type != "Air/drone strike" or actor.kind in STATE_KINDS:
        return False
    return not any(t.lemma_.lower() == "drone" for t in trigger.sent)


def _toll_of(trigger: Token) -> bool:
    """ "the toll of Monday's attack on Jableh has reached 25": an act word a toll noun owns
    (lexicons/toll_statements.tsv) counts the dead of an act told elsewhere; like "the attack" it says only that
    some violent act was told."""
    owner = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"of", "from"} else None
    return owner is not None and owner.lemma_.lower() in {w for kind, w in lexicons.table("toll_statements.tsv") if kind == "noun"}


def running_count(trigger: Token, doc: Doc, mentions: Mentions) -> bool:
    """The event word is counted over a span: "the battle has killed 300 in two weeks", "clashes have killed 60
    since the truce ended", "200 have died since April" (reading.toll_scope.running_total): the word itself or
    the subject of the toll verb."""
    tolls = toll_triggers()
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in tolls:
        return running_total(doc, mentions, trigger.head)
    return trigger.lemma_.lower() in tolls and running_total(doc, mentions, trigger)


def _story_area(location: Location, context: SentenceContext, places: Sequence[PlaceMention]) -> bool:
    """The event is placed at the area the story is in because its sentence names no place of it ("the attack
    took place with two barrel bombs")."""
    area = context.area
    if area is None or area.place is None or location.place_id != area.place.place_id:
        return False
    return not any(p.place is not None and p.place.place_id == location.place_id for p in places)


__all__ = ["DAY", "DEATHS", "MONTH", "WEEK", "SentenceContext", "find_events", "location_of", "merge_events"]
