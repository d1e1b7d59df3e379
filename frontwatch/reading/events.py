"""Mentions -> typed events (ACLED taxonomy), one sentence at a time.

For each event cue in a sentence (reading.event_types) that is asserted (not negated, not
hypothetical, not an anaphoric "the takeover"), the event gets:
- its location: a place in the sentence whose role is "location", nearest the trigger in the
  parse; else a place named right after a generic noun ("a key neighborhood ... the Hanano
  Housing district"); else the last area named before, at a coarser precision;
- its date: a date in the sentence, else the narrative date (the last date named before it),
  else the publication date;
- its actors: subject / agent of the trigger, then its object, then other actors in the sentence;
- its source (reading.attribution) and hedge.
Events of the same type, place and date within one article are merged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import ARMED_KINDS, ActorDictionary, to_ref
from frontwatch.reading.attackers import carried_act, unnamed_attacker
from frontwatch.reading.attribution import hedge_in, speaks
from frontwatch.reading.breakdown import breakdown_places
from frontwatch.reading.charges import charge_spans, charged, charged_for
from frontwatch.reading.clauses import casualty_word, clause_spans
from frontwatch.reading.dates import weekday_number
from frontwatch.reading.discourse import read_discourse
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_parse import through_quantity
from frontwatch.reading.event_types import EventCue, find_event_cues
from frontwatch.reading.mentions import Mentions, in_span, root_of, tree_distance
from frontwatch.reading.merging import GENERIC_ACTS, covered, merge_events, refine
from frontwatch.reading.reported import concluded, reported
from frontwatch.reading.roles import place_role
from frontwatch.records import DAY, MONTH, WEEK, ActorMention, ActorRef, DateMention, Document, Event, Location, Place, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACLED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"})
DEATHS = "Deaths reported"  # a toll with no act and no victims named: UCDP's, not ACLED's (data/event_types.tsv)
_KIND_RANK = {"neighbourhood": 0, "crossing": 0, "village": 1, "locality": 1, "town": 2, "city": 3, "capital": 3, "area": 4, "admin2": 6, "admin1": 7, "country": 9}
_KIND_CLASS = {"town": "settlement", "city": "settlement", "capital": "settlement", "village": "settlement"}
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*(?:and|or|as\s+well\s+as))\s*(?:the\s+)?(?:(?:city|town|village|neighbou?rhood)\s+of\s+)?$", re.I)
_GENERIC_PLACE_NOUNS = {"neighborhood", "neighbourhood", "district", "town", "village", "city", "area", "suburb", "quarter", "hill", "base", "airport", "camp"}
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_HOLDING = frozenset({"held", "hold", "controlled", "control"})  # "-held", "controlled by": who holds a place
_CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_MADE = frozenset({"Agreement", "Headquarters or base established"})  # the event is making the thing the noun names
_HISTORY_DAYS = 45  # events dated further back than this before publication are background, not news


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What earlier sentences leave for later ones: the narrative date, the last area, the last source."""

    date: tuple[object, int] | None  # (date, time_precision)
    area: PlaceMention | None
    source: Source | None
    news: tuple[object, int] | None = None  # the last date in the news window, to come back to after background
    aside: bool = False  # ``date`` is background told in the sentence before (it dates the next sentence only)


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


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


def _definite(trigger: Token) -> bool:
    """ "the strike on Abbad", "this attack", "Monday's raid": a nominal trigger that refers to an event already told."""
    return trigger.pos_ in {"NOUN", "PROPN"} and (
        any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children) or _day_owned(trigger)
    )


_SUBCLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "xcomp", "pcomp"})


def _acts_at(trigger: Token, places: Sequence[PlaceMention], doc: Doc, location: Location | None) -> bool:
    """The retold act itself happened at ``location``: a place of the clause that reports the act ("the air
    strikes also destroyed vehicles in Rasm al-Sabaa"), not of a clause around it ("The bombardment came as
    talks entered a second day in Astana") nor a title ("the Governor of Hatay told ... the blast")."""
    if location is None:
        return False
    act = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for mention in places:
        if mention.place is None or location.name not in (mention.place.name, mention.text):
            continue
        tok = root_of(doc, mention.start, mention.end)
        while tok is not None and tok.i != act.i and tok.dep_ not in _SUBCLAUSES and tok.head.i != tok.i:
            tok = tok.head
        if tok is not None and tok.i == act.i:
            return True
    return False


def _retold(trigger: Token, cues: Sequence[EventCue]) -> Token | None:
    """The definite event noun that tells an event again: the trigger itself ("the strike on Abbad"), or the
    event noun (one of the sentence's ``cues``) whose act the trigger reports ("Monday's raid on the convoy
    destroyed ...", "the blast killed ..."); "the army established ..." names a doer, not an event."""
    if _definite(trigger):
        return trigger
    def event_noun(t: Token) -> bool:
        return _definite(t) and any(c.start <= t.idx < c.end for c in cues)
    if trigger.dep_ == "acl" and event_noun(trigger.head):
        return trigger.head
    return next((c for c in trigger.children if c.dep_ == "nsubj" and event_noun(c)), None)


def _day_owned(trigger: Token) -> bool:
    """ "Monday's raid", "yesterdays attack" (copies lose the apostrophe): an event named by its day."""
    return any(
        c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < trigger.i
        and (weekday_number(c.lower_.removesuffix("s")) is not None or c.lower_ in {"yesterday", "yesterdays"})
        for c in trigger.children
    )


def _anaphoric(trigger: Token, places: list[PlaceMention], actors: Sequence[ActorMention] = ()) -> bool:
    """A definite nominal trigger with no place of its own refers back ("The takeover carried ...")."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"} for c in trigger.children) and not _day_owned(trigger):
        return False
    # "The air force also killed 10 people ...": an actor that names the act (air force, warplanes) is the
    # doer of a new act, not a reference to one already told.
    if any(a.start <= trigger.idx < a.end for a in actors):
        return False
    sub = list(trigger.subtree)
    return not any(p.start >= sub[0].idx and p.end <= sub[-1].idx + len(sub[-1].text) for p in places)


def _best_cues(cues: list[EventCue], doc: Doc, actors: Sequence[ActorMention] = (), clauses: Sequence[tuple[int, int]] = ()) -> list[EventCue]:
    """ACLED events only, no reporting verbs or descriptions (reading.reported), one cue per event type and clause.

    ``clauses``: the sentence's reported clauses (reading.clauses); the rules below hold within one of them."""
    reporting = lexicons.words("reporting_verbs.txt")
    kept: dict[tuple[str, int, int], EventCue] = {}

    def at(position: int) -> int:
        return next((k for k, (s0, s1) in enumerate(clauses) if s0 <= position < s1), 0)

    def part(cue: EventCue) -> int:
        return at(cue.start)

    # "airstrikes by the regime and Russian air forces", "regime aircraft bombed ...": an event word inside an
    # actor's name is the actor when another word of its clause reports an event of the same type ("The raid
    # came a day after air strikes ... regime warplanes killed 26": in a clause of their own the warplanes are the act).
    def named_actor(cue: EventCue) -> bool:
        inside = any(a.start <= cue.start and cue.end <= a.end for a in actors)
        return inside and any(o.event_type == cue.event_type and part(o) == part(cue)
                              and not any(a.start <= o.start and o.end <= a.end for a in actors) for o in cues)

    for cue in [c for c in cues if not named_actor(c)]:
        if cue.event_type not in ACLED_TYPES and cue.sub_event_type != DEATHS:
            continue
        trigger = root_of(doc, cue.start, cue.end)
        if trigger is None or trigger.lemma_.lower() in reporting or trigger.lemma_.lower() in lexicons.words("not_triggers.txt"):
            continue
        if cue.sub_event_type in _MADE and not concluded(trigger, cue.sub_event_type):
            continue  # "despite a ceasefire", "their hideouts were hit": the thing, not its making
        if not reported(trigger):
            continue  # before choosing per clause: a described "fighting" must not hide the clause's "raid"
        clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ in {"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"}), trigger)
        key = (cue.event_type, clause.i, part(cue))
        if key not in kept or cue.score > kept[key].score:
            kept[key] = cue
    # "targeted civilians with shells and gunfire", "air strikes and shelling hit Aleppo": the instruments of
    # one act, joined by "and", are one event; the first one named types it.
    triggers = {(t.i, part(c)) for c in kept.values() if (t := root_of(doc, c.start, c.end)) is not None}
    kept = {k: c for k, c in kept.items() if not ((t := root_of(doc, c.start, c.end)) is not None and t.dep_ == "conj" and (t.head.i, part(c)) in triggers and t.pos_ == "NOUN")}
    # "killed in airstrikes": the air strike is the event, "killed" its toll.
    outcome = lexicons.words("outcome_triggers.txt")

    def generic(cue: EventCue) -> bool:
        """An outcome word alone; "chemical attack", "suicide attack" name how it was done and are specific."""
        t = root_of(doc, cue.start, cue.end)
        return t is not None and t.lemma_.lower() in outcome and len(cue.trigger.split()) == 1

    def toll(cue: EventCue) -> bool:
        t = root_of(doc, cue.start, cue.end)
        return t is not None and casualty_word(t)

    def aside(cue: EventCue) -> bool:
        """ "operations inflicting heavy losses on them", "amid losses": a toll that an act inflicts, or a
        phrase mentions, is no report of its own; "casualties in X", "a child dies", "shelling causes
        casualties" are."""
        t = root_of(doc, cue.start, cue.end)
        if t is None or not casualty_word(t):
            return False
        if at(t.head.idx) != part(cue):  # a parse that hangs the toll on the clause before it
            return False
        counted = t.head.lower_ == "of" and through_quantity(t.head.head).i == t.i  # "tens of casualties"
        return (t.dep_ == "pobj" and not counted) or (t.dep_ == "dobj" and t.head.lemma_.lower() not in lexicons.words("toll_verbs.txt"))

    kept = {k: c for k, c in kept.items() if not aside(c)}

    specific = {part(c) for c in kept.values() if not generic(c)}
    kept = {k: c for k, c in kept.items() if not (generic(c) and part(c) in specific)}
    # "operations inflicted heavy losses": a toll beside any other violent word of its clause is that act's toll
    acts = {part(c) for c in kept.values() if c.event_type in _VIOLENT and not toll(c)}
    kept = {k: c for k, c in kept.items() if not (toll(c) and part(c) in acts)}
    # "air strikes killed 26 and damaged a hospital": the damage is what the attack did, not an event of its own.
    if any(c.event_type in _VIOLENT for c in kept.values()):
        kept = {k: c for k, c in kept.items() if c.sub_event_type != "Looting/property destruction"}
    # "air raids hit an aid convoy", "killed while unloading humanitarian aid": inside the phrase of an act of
    # violence or a death, the catch-all development ("Other") names what was hit or what the victims did.
    harm = [t for c in cues if c.event_type in _VIOLENT or c.sub_event_type == DEATHS or toll(c) if (t := root_of(doc, c.start, c.end)) is not None]

    def hit_or_victim(cue: EventCue) -> bool:
        t = root_of(doc, cue.start, cue.end)
        return t is not None and any(t is not h and h in t.ancestors for h in harm)

    kept = {k: c for k, c in kept.items() if not (c.sub_event_type == "Other" and hit_or_victim(c))}
    # "harassing reinforcements headed for the front", "blew himself up as reinforcements arrived": troops moved
    # inside the phrase of an act of violence are who was hit or when it happened, not a change of their own
    # (but "sent reinforcements and shelled the town" joins two acts).
    kept = {k: c for k, c in kept.items() if not (c.sub_event_type == "Change to group/activity" and _inside_harm(doc, c, harm))}
    # "seized a neighborhood, 13 days into an all-out offensive": a verb reports the event, the noun describes.
    verbal = {(c.event_type, part(c)) for c in kept.values() if (t := root_of(doc, c.start, c.end)) is not None and t.pos_ == "VERB"}
    out = [c for c in kept.values() if (c.event_type, part(c)) not in verbal or (t := root_of(doc, c.start, c.end)) is None or t.pos_ == "VERB"]
    return sorted(out, key=lambda c: c.start)


def _inside_harm(doc: Doc, cue: EventCue, harm: Sequence[Token]) -> bool:
    """The cue's word hangs below one of the ``harm`` words (violent acts, deaths) without a "conj" on the way."""
    t = root_of(doc, cue.start, cue.end)
    if t is None:
        return False
    for h in harm:
        tok = t
        while tok.head.i != tok.i and tok.dep_ != "conj" and tok.i != h.i:
            tok = tok.head
        if tok.i == h.i and t.i != h.i:
            return True
    return False


def _same_area(earlier: list[Event], located: Sequence[Location | None], sub_event_type: str = "") -> list[Event]:
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


def _outside_charges(cues: list[EventCue], doc: Doc, charges: list[tuple[int, int]]) -> list[EventCue]:
    """The cues of a sentence but those inside the charge another act of it is for: "shot in a square on charges
    of stealing a car" is a killing, not a theft (reading.charges)."""
    inside = [c for c in cues if (t := root_of(doc, c.start, c.end)) is not None and charged(t, charges)]
    return [c for c in cues if c not in inside] if len(inside) < len(cues) else cues


def _tolls() -> frozenset[str]:
    return frozenset(lexicons.words("toll_triggers.txt"))


def _toll_only(cues: list[EventCue], doc: Doc, places: list[PlaceMention], earlier: list[Event]) -> bool:
    """A sentence that only counts victims ("He said at least 26 people were killed") and names no place
    tells the toll of an event already read, not a new one."""
    if not cues or places or not any(e.event_type in _VIOLENT for e in earlier):
        return False
    return _counts_only(cues, doc)


def _counts_only(cues: list[EventCue], doc: Doc) -> bool:
    """Every event word of the sentence only tells a toll ("killed", "died", "casualties")."""
    return bool(cues) and all((t := root_of(doc, c.start, c.end)) is not None and t.lemma_.lower() in _tolls() for c in cues)


def _locations(
    trigger: Token, doc: Doc, places: list[PlaceMention], actors: list[ActorMention], context: SentenceContext, following: list[PlaceMention]
) -> list[Location]:
    """Where the event happened (several for "the Hellok and Sakhour districts", or "9 in X, 8 in Y")."""
    listed = breakdown_places(places, text_of(doc))
    if listed:
        return [location_of(p) for p in listed]
    roles = {id(p): place_role(p, doc, actors, trigger) for p in places}
    candidates = [p for p in places if roles[id(p)] == "location" and p.place is not None]
    if not candidates and lexicons.mapping("control_words.tsv").get(trigger.lemma_.lower()) == "relinquish":
        # "rebels withdrew from al-Waer": the place given up is where the withdrawal happened
        candidates = [p for p in places if roles[id(p)] == "origin" and p.place is not None]
    generic = [t for t in trigger.subtree if t.lemma_.lower() in _GENERIC_PLACE_NOUNS and t.tag_ == "NN" and any(c.lower_ in {"a", "an"} for c in t.children)]
    if generic and all(p.relative or (p.place is not None and p.place.geo_precision > 1) for p in candidates):
        for p in following:  # "seized a key neighborhood ... the neighborhood, the Hanano Housing district, ..."
            if p.place is not None and p.place.kind not in {"country", "admin1", "area"} and not p.relative:
                return [location_of(p)]
    if candidates and context.area is not None and context.area.place is not None and all(p.place is not None and p.place.kind == "country" and p.place.country_code == context.area.place.country_code for p in candidates):
        # "ALALAM Syria ...": the country says less than the area the story is about.
        return [location_of(context.area, precision=2)]
    if candidates:
        scored = []
        for p in candidates:
            root = root_of(doc, p.start, p.end)
            dist = tree_distance(trigger, root) if root is not None else 99
            # A neighbourhood beats the city it lies in ("control over Jabal Badro ... in Aleppo").
            specific = (p.place.geo_precision * 10 + _KIND_RANK.get(p.place.kind, 5)) if p.place else 30
            scored.append((specific if dist < 99 else 30, dist, p.start, p))
        # Most specific place near the trigger; "al-Salehia village in the countryside of Raqqa" -> al-Salehia.
        scored.sort(key=lambda s: (s[1] > 6, s[0], s[1], s[2]))
        best = scored[0][3]
        return [location_of(p) for p in _coordinated(best, candidates, text_of(doc))]
    # A title names the place weakly: "the U.N. envoy to Syria proposed ..."
    described = [p for p in places if roles[id(p)] == "description" and p.place is not None and p.place.kind == "country"]
    if described:
        return [location_of(described[0])]
    if context.area is not None:
        return [location_of(context.area, precision=2)]
    # Last resort: a place the sentence names in passing ("fled to the north of Raqqa city").
    weak = [p for p in places if roles[id(p)] in {"destination", "via", "description"} and p.place is not None]
    return [location_of(weak[0], precision=2)] if weak else []


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
            if not (_COORDINATED.match(gap) and alike and p.relative == best.relative):
                break
            chosen.append(p)
            last, i = p, i + step
    return sorted(chosen, key=lambda p: p.start)


def _actor_tokens(doc: Doc, actors: list[ActorMention]) -> dict[int, ActorMention]:
    out: dict[int, ActorMention] = {}
    for a in actors:
        root = root_of(doc, a.start, a.end)
        if root is not None:
            out[root.i] = a
    return out


def _actor_in(tokens: Sequence[Token], by_token: dict[int, ActorMention], hit: bool = False) -> ActorMention | None:
    """The first actor in the subtrees of ``tokens``; for who was ``hit``, none that speaks in a clause
    inside ("hit the district, where the civil defence said ...")."""
    for tok in tokens:
        for t in tok.subtree:
            if t.i in by_token and not (hit and speaks(t) and by_token[t.i].actor.kind not in ARMED_KINDS):
                return by_token[t.i]
    return None


def _actors(
    trigger: Token, sent_actors: list[ActorMention], doc: Doc, previous_actor: ActorMention | None, speaker: str = ""
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """(actor1, actor2, associated actors) for a trigger; ``speaker`` names the source the sentence is told by."""
    by_token = _actor_tokens(doc, sent_actors)
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if trigger.dep_ in {"amod", "compound"} and trigger.head.dep_ == "nsubj":
        verb = trigger.head.head  # "booby-trapped vehicles target the SDF": the weapon's verb hits the SDF
    actor1 = None
    # "airstrikes launched by the aircraft of the coalition": the agent of a participle on the trigger.
    participles = [c for c in trigger.children if c.dep_ == "acl"]
    for holder in (trigger, verb, *participles):
        subj = [c for c in holder.children if c.dep_ in {"nsubj", "agent", "poss", "compound", "amod"}]
        agents = [g for c in holder.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children]
        found = _actor_in(subj + agents, by_token)
        if found is not None:
            actor1 = found
            break
        if any(s.lower_ in {"it", "they"} for s in subj):
            # "the army announced that it had seized ...": the pronoun is the reporting verb's subject.
            saying = next((a for a in holder.ancestors if a.dep_ in {"ROOT", "conj"} or a.pos_ == "VERB"), None)
            said_by = _actor_in([c for c in saying.children if c.dep_ == "nsubj"], by_token) if saying is not None else None
            actor1 = said_by or previous_actor
            if actor1 is not None:
                break
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in [*verb.children, *trigger.children] if c.dep_ == "prep" and c.lower_ in {"against", "on", "targeting", "with"} for g in c.children]
    if lexicons.mapping("control_words.tsv").get(verb.lemma_.lower()) == "capture":
        # "troops recaptured the town from IS fighters": who it was taken from is the other side, never the taker
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    actor2 = _actor_in(objects, by_token, hit=True)
    # "..., the civil defence said": a speaker is no party to the event by default
    rest = [a for a in sent_actors if a is not actor1 and a is not actor2 and not _speaker(doc, a, speaker)]
    # "killed 14 people including women and rebel fighters": the victims are never the attacker.
    hit = {t.i for o in objects for t in o.subtree}
    victims = [a for a in rest if (r := root_of(doc, a.start, a.end)) is not None and r.i in hit]
    # "hit Qamishli, which is controlled by the YPG", "a YPG-held town": the holder of the place is no attacker.
    victims += [a for a in rest if a not in victims and _holds_place(doc, a)]
    # "jets pounded the city days after a truce brokered by the US and Russia collapsed": who acts in another
    # clause (the agent of another verb) is no party to this event
    victims += [a for a in rest if a not in victims and _acts_elsewhere(doc, a, verb, trigger)]
    if actor1 is None and [a for a in rest if a not in victims]:
        rest_free = [a for a in rest if a not in victims]
        armed = [a for a in rest_free if a.actor.kind != "civilians"]
        rest = rest_free + victims
        if armed:
            actor1 = armed[0]
            rest.remove(actor1)
        elif actor2 is None:
            # Civilians alone are the ones hit; who hit them is asked of the context (reading.attackers).
            actor2 = rest_free[0]
            rest.remove(actor2)
    if actor2 is None and actor1 is not None:
        others = [a for a in rest if a.actor.side != actor1.actor.side]
        if others:
            actor2 = others[0]
            rest.remove(actor2)
    assoc = [a for a in rest if actor1 is not None and a.actor.side == actor1.actor.side and a.actor.name != actor1.actor.name]
    return actor1, actor2, assoc


def _acts_elsewhere(doc: Doc, mention: ActorMention, verb: Token, trigger: Token) -> bool:
    """The mention is the agent ("brokered by the US") of another verb than the event's, one that governs
    neither the event's verb nor its word ("strikes carried out by Russian jets" are the jets')."""
    root = root_of(doc, mention.start, mention.end)
    while root is not None and root.dep_ == "conj":
        root = root.head
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "by" and root.head.dep_ != "agent":
        return False
    other = root.head.head
    return other.pos_ == "VERB" and other.i != verb.i and other.head.i != trigger.i and other not in list(verb.ancestors)


def _speaker(doc: Doc, mention: ActorMention, speaker: str) -> bool:
    """The mention names the sentence's source, or is the subject of a reporting verb, and is no armed party
    (rescuers and monitors report what others did; "the army said its units ..." reports its own acts), or
    the body a speaker belongs to ("a source at the Police Command said")."""
    root = root_of(doc, mention.start, mention.end)
    if root is not None and root.dep_ == "pobj" and speaks(root.head.head):
        return True
    if mention.actor.kind in ARMED_KINDS:
        return False
    return mention.actor.name == speaker or (root is not None and speaks(root))


def _holds_place(doc: Doc, actor: ActorMention) -> bool:
    """The actor is named as who holds a place ("controlled by the YPG", "regime-held"), not as a doer."""
    root = root_of(doc, actor.start, actor.end)
    if root is None:
        return False
    after = doc[root.i + 1 : root.i + 3]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in _HOLDING:
        return True
    for tok in root.ancestors:
        if tok.lemma_.lower() in _HOLDING and tok.dep_ in {"acl", "relcl", "amod"}:
            return True
        if tok.dep_ in {"ROOT", "ccomp", "conj"}:
            break
    return False


def _territory_by_side(cue: EventCue, actor1: ActorRef | None) -> EventCue:
    """ACLED names a capture by who takes it: the state regains, a non-state actor overtakes."""
    if actor1 is None or cue.sub_event_type not in {"Government regains territory", "Non-state actor overtakes territory"}:
        return cue
    state = actor1.kind == "state forces" or actor1.side == "government"
    return replace(cue, sub_event_type="Government regains territory" if state else "Non-state actor overtakes territory")


def _implied_actor2(cue: EventCue, actor1: ActorRef | None, dictionary: ActorDictionary) -> ActorRef | None:
    """Territory taken by the government was taken from someone: the generic rebel actor."""
    if cue.sub_event_type == "Government regains territory" and (actor1 is None or actor1.side == "government"):
        rebels = dictionary.get("rebels")
        return ActorRef(rebels.name, rebels.kind, rebels.side, "") if rebels else None
    return None


def _dates_other_act(trigger: Token, date: Token | None) -> bool:
    """A date inside a clause that describes another noun, outside the trigger's own words, dates that noun's
    act: "a strike hits a funeral for the dead of a raid that took place two days earlier", "shells hit the town
    that was captured last week"."""
    if date is None:
        return False
    for tok in [date, *date.ancestors]:
        if tok is trigger or tok.i == trigger.i:
            return False
        if tok.dep_ in {"relcl", "acl"} and tok.head.i != trigger.i and not any(t.i == trigger.i for t in tok.subtree):
            return True
    return False


def _date_for(trigger: Token, sent: Span, mentions: Mentions, context: SentenceContext, document: Document) -> tuple[object, int]:
    in_sent = [d for d in in_span(mentions.dates, sent.start_char, sent.end_char) if d.kind not in {"since"}
               and not _dates_other_act(trigger, root_of(trigger.doc, d.start, d.end))]
    if in_sent:
        # A named day beats a duration ("A day earlier ... 13 days into the offensive").
        precise = [d for d in in_sent if d.kind not in {"offset", "period"}] or in_sent
        best = min(precise, key=lambda d: abs(d.start - trigger.idx))
        return best.date, best.time_precision
    if context.date is not None:
        return context.date
    return document.published, DAY if document.published else MONTH


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
    discourse = read_discourse(doc, mentions, outlet)
    kinds = {p.place.place_id: p.place.kind for p in mentions.places if p.place is not None}

    def rank(loc: Location) -> int:
        return loc.geo_precision * 10 + _KIND_RANK.get(kinds.get(loc.place_id, ""), 5)

    text = text_of(doc)
    for sent in doc.sents:
        if _after_headline(text, sent.start_char):
            # joined headlines: each paragraph is its own report, and a report that names no place or date
            # is not at the place or on the day the report before it named
            context = SentenceContext(None, None, None)
        s0, s1 = sent.start_char, sent.end_char
        places = in_span(mentions.places, s0, s1)
        sent_actors = in_span(mentions.actors, s0, s1)
        following = [p for p in mentions.places if s1 <= p.start < s1 + 400]
        hedge = hedge_in(sent)
        # "Siege Watch reported", "Raqqa is Being Slaughtered Silently said": an event word inside a source's name is no event
        named = in_span(mentions.sources, s0, s1)
        found = [c for c in find_event_cues(sent, sent_actors) if not any(m.start <= c.start and c.end <= m.end for m in named)]
        charges = charge_spans(sent)
        if charges:
            found = _outside_charges(found, doc, charges)
        clauses = clause_spans(sent, found, places, sent_actors)
        cues = _best_cues(found, doc, sent_actors, clauses)
        if _toll_only(cues, doc, [p for p in places if place_role(p, doc, sent_actors) == "location"], events):
            cues = []
        counts_only = _counts_only(cues, doc)
        for cue in cues:
            trigger = root_of(doc, cue.start, cue.end)
            # "The takeover carried ...": a definite event word with no place of its own tells an event again
            # (nothing told yet: nothing to refer back to); it can only place that event more precisely
            # ("The blast took place in al-Mashi")
            back = bool(events) and trigger is not None and _anaphoric(trigger, places, sent_actors)
            if trigger is None or (back and not places):
                continue
            date, precision = _date_for(trigger, sent, mentions, context, document)
            old = bool(document.published and date and (document.published - date).days > _HISTORY_DAYS)  # type: ignore[operator]
            if old and (history is None or cue.sub_event_type not in _CAPTURES):
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
            a1, a2, assoc = _actors(trigger, own_actors, doc, previous_actor, attribution.source.name)
            if casualty_word(trigger):
                # "losses among the rebels", "regime forces' casualties": who a toll counts was hit, not who hit them
                hit = {t.i for t in trigger.subtree}
                counted = [a for a in own_actors if (r := root_of(doc, a.start, a.end)) is not None and r.i in hit]
                a1, a2, assoc = None, counted[0] if counted else a2 if a2 is not None else None, []
            located: list[Location | None] = [*_locations(trigger, doc, own_places or places, own_actors, context, following)]
            act = carried_act(trigger, _same_area(events, located), _tolls()) if counts_only and cue.event_type in _VIOLENT else None
            if act is not None:  # "... four people were killed in Bustan al-Qasr": the dead of the strikes told before
                cue = replace(cue, event_type=act.event_type, sub_event_type=act.sub_event_type)
            ref1 = to_ref(a1) if a1 else unnamed_attacker(trigger, cue.sub_event_type, _same_area(events, located, cue.sub_event_type),
                                                          dictionary, to_ref(a2) if a2 else None)
            cue = _territory_by_side(cue, ref1)
            ref2 = to_ref(a2) if a2 else _implied_actor2(cue, ref1, dictionary)
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
                if old and history is not None:
                    history.append(told)
                elif not ((told_again := _retold(trigger, found)) is not None and refine(events, told, rank, dated=_day_owned(told_again),
                                                                            generic=told_again.lemma_.lower() in GENERIC_ACTS)) \
                        and (not back or (not covered(events, told, rank) and _acts_at(trigger, places, doc, told.location))):
                    # "the air strikes also destroyed ... in Rasm al-Sabaa, 75 km east of Homs": a definite noun
                    # that names a place of its own, where no event of its type was told, tells one more
                    events.append(told)
        context = _advance(context, sent, mentions, doc, document.published)
        if sent_actors:
            previous_actor = sent_actors[-1]
    return merge_events(events, [(s.start_char, s.end_char) for s in doc.sents], rank, kinds)


def _background(date: DateMention, published: dt.date | None) -> bool:
    """ "Homs has seen fierce violence since the revolt began three years ago", "the town fell in 2012": a year
    or a month before the news window frames background (a day named before the window does not: a story of an
    earlier battle tells it on that day; nor does a period reaching up to the news, "in recent months")."""
    if published is None or date.kind == "period" or (published - date.date).days <= _HISTORY_DAYS:
        return False
    return date.time_precision != DAY


_CLOSING = frozenset('.!?"”’\')…')


def _after_headline(text: str, start: int) -> bool:
    """The sentence opens a paragraph that follows one ending without a full stop (a headline)."""
    before = text[:start]
    if "\n\n" not in before[-8:] and not before.rstrip(" ").endswith("\n\n"):
        return False
    previous = before.rstrip()
    return bool(previous) and previous[-1] not in _CLOSING


def _advance(context: SentenceContext, sent: Span, mentions: Mentions, doc: Doc, published: dt.date | None = None) -> SentenceContext:
    """Carry the narrative date, the last area named and the last source to the next sentence.

    A background date ("since the revolt began three years ago", "in 2012") dates the sentence after it,
    which often goes on with that story; the sentences after that are back in the news."""
    found = [d for d in in_span(mentions.dates, sent.start_char, sent.end_char) if d.kind != "since"]
    dates = [d for d in found if not _background(d, published)] or found
    # A named day carries over, not a period that only frames it ("... on Saturday, since the offensive began
    # this month": the story goes on on Saturday).
    dates = [d for d in dates if d.time_precision == DAY] or dates
    aside = bool(dates) and _background(dates[-1], published)
    date: tuple[object, int] | None
    if dates:
        date = (dates[-1].date, dates[-1].time_precision)
    else:
        date = context.news if context.aside else context.date
    news = context.news if aside or not dates else date
    areas = [
        p
        for p in in_span(mentions.places, sent.start_char, sent.end_char)
        if p.place is not None
        and (p.relative or p.place.kind in {"town", "city", "area", "admin1"})
        and place_role(p, doc, in_span(mentions.actors, sent.start_char, sent.end_char)) == "location"
    ]
    area = areas[-1] if areas else context.area
    sources = in_span(mentions.sources, sent.start_char, sent.end_char)
    source = sources[-1].source if sources else context.source
    return SentenceContext(date, area, source, news, aside)


__all__ = ["DAY", "DEATHS", "MONTH", "WEEK", "SentenceContext", "find_events", "location_of", "merge_events"]
