"""Events -> the conflict dyad each belongs to (UCDP GED's side_a / side_b and type_of_violence).

ACLED's actor1 / actor2 record who acted on whom as the text says it; many reports name only one of
them, or neither ("airstrikes kill 12 in Idlib"). UCDP codes every violent event under a dyad anyway,
reading it the way an analyst does. This stage does the same, in order of evidence:

1. the actors the event names (actor1, actor2, associated actors), civilians excepted;
2. a missing side from the other armed actors named in the same sentence, then the regional front the
   event lies on (data/area_conflicts.csv), then the adversary the report's other events set against the
   known side, then the armed actors named most often in the article, none of them on the known side (nor
   allied to it, data/allied_sides.csv);
3. a missing perpetrator from the weapon (data/conflict_sides.csv: in Syria only the government side
   flies air strikes), a missing adversary from the usual opponent of the known side;
4. with no armed actor at all, the country's main conflict.

Every side filled in by 2-4 has no ``words`` and its rule in ``Dyad.basis``, so an analyst can tell
what the text said from what was inferred. Violence against civilians by a non-state group is
one-sided (side_b "Civilians"); civilians killed in air strikes or shelling belong to the dyad fighting there.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import ARMED_KINDS, STATE_KINDS, ActorDictionary, data_rows, to_ref
from frontwatch.reading.event_words import DEATHS, VIOLENT
from frontwatch.reading.fronts import Front, front_at
from frontwatch.reading.mentions import root_of
from frontwatch.records import ActorMention, ActorRef, Dyad, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


_PERPETRATOR = "side_a: perpetrator of"  # the basis of a side_a read off the weapon (rule 3), which _striker_named reuses


@dataclass(frozen=True, slots=True)
class ConflictRules:
    """data/conflict_sides.csv and data/allied_sides.csv, per country."""

    perpetrator: dict[tuple[str, str], str]  # (country, sub_event_type) -> actor_id
    opponent: dict[tuple[str, str], str]  # (country, actor_id or side) -> actor_id
    dyad: dict[str, tuple[str, str]]  # country -> (actor_id a, actor_id b)
    allied: frozenset[frozenset[str]]
    umbrella: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, state actor_id) -> umbrella actor_id
    own_side: frozenset[tuple[str, str]] = frozenset()  # (country, actor_id) of groups UCDP codes as a side of their own

    @classmethod
    @functools.cache
    def default(cls) -> ConflictRules:
        """The bundled rules (loaded once)."""
        perpetrator: dict[tuple[str, str], str] = {}
        opponent: dict[tuple[str, str], str] = {}
        dyad_parts: dict[str, dict[str, str]] = {}
        umbrella: dict[tuple[str, str], str] = {}
        own_side: set[tuple[str, str]] = set()
        for r in data_rows("conflict_sides.csv"):
            key = (r["country"], r["key"])
            if r["rule"] == "perpetrator":
                perpetrator[key] = r["actor_id"]
            elif r["rule"] == "opponent":
                opponent[key] = r["actor_id"]
            elif r["rule"] == "dyad":
                dyad_parts.setdefault(r["country"], {})[r["key"]] = r["actor_id"]
            elif r["rule"] == "umbrella":
                umbrella[key] = r["actor_id"]
            elif r["rule"] == "own_side":
                own_side.add(key)
            else:
                raise ValueError(f"conflict_sides.csv: unknown rule {r['rule']!r}")
        dyad = {c: (p["a"], p["b"]) for c, p in dyad_parts.items()}
        allied = frozenset(frozenset((r["side_a"], r["side_b"])) for r in data_rows("allied_sides.csv"))
        return cls(perpetrator, opponent, dyad, allied, umbrella, frozenset(own_side))


def _armed(ref: ActorRef | None) -> bool:
    return ref is not None and ref.kind in ARMED_KINDS


def _civilian(ref: ActorRef | None) -> bool:
    return ref is not None and (ref.kind == "civilians" or ref.side == "neutral" and ref.kind == "protesters")


def _inferred(dictionary: ActorDictionary, actor_id: str) -> ActorRef | None:
    """A dictionary actor as a side the text did not name (no words)."""
    actor = dictionary.get(actor_id)
    return ActorRef(actor.name, actor.kind, actor.side, "") if actor else None


def _actor_id(dictionary: ActorDictionary, ref: ActorRef) -> str:
    entry = dictionary.entry(ref.name)
    return entry.actor.actor_id if entry else ""


def _hostile(a: ActorRef, b: ActorRef, rules: ConflictRules, dictionary: ActorDictionary) -> bool:
    """Two armed actors that would sit on opposite sides of a dyad (not one side, not allies, not one UCDP side)."""
    if a.name == b.name or a.side == b.side and a.side not in {"unknown", ""}:
        return False
    ucdp_a, ucdp_b = dictionary.ucdp_name(a.name), dictionary.ucdp_name(b.name)
    if ucdp_a and ucdp_a == ucdp_b:  # "rebels" and "Islamist rebels" are both UCDP's Syrian insurgents
        return False
    return frozenset((a.side, b.side)) not in rules.allied


def _opponent_named(known: ActorRef, candidates: Iterable[ActorRef], rules: ConflictRules,
                    dictionary: ActorDictionary) -> ActorRef | None:
    # "gunmen" name no side: they are no adversary UCDP could code
    return next((c for c in candidates if _armed(c) and c.kind != "unidentified armed group" and _hostile(known, c, rules, dictionary)), None)


def _most_named_opponent(known: ActorRef, candidates: Sequence[ActorRef], rules: ConflictRules,
                         dictionary: ActorDictionary) -> ActorRef | None:
    """The adversary the report names most often (the first named on a tie): an offensive against the rebels
    that mentions a Kurdish-held district once is still the rebels' fight."""
    hostile = [c for c in candidates if _opponent_named(known, [c], rules, dictionary) is not None]
    if not hostile:
        return None
    counts = collections.Counter(c.name for c in hostile)
    return max(hostile, key=lambda c: counts[c.name])  # max keeps the first of equals: the first named


def _default_opponent(known: ActorRef, country: str, dictionary: ActorDictionary, rules: ConflictRules) -> tuple[ActorRef | None, str]:
    for key in (_actor_id(dictionary, known), known.side):
        actor_id = rules.opponent.get((country, key))
        if actor_id:
            return _inferred(dictionary, actor_id), f"usual opponent of {key} ({country})"
    return None, ""


def _party(dictionary: ActorDictionary, ref: ActorRef, actor_id: str, own_side: bool = False) -> ActorRef | None:
    """``ref`` as the front's ``actor_id`` when it is that party: the same actor or UCDP side, or a catch-all
    ("rebels", "Islamist factions") for the front's named armed opposition group, which UCDP names instead.
    ``own_side``: the front's group holds a dyad of its own with the state (the Islamic State); no report calls it
    "the factions", so "factions advance near al-Bab" on the front of Turkey and the Islamic State are not it."""
    front_actor = dictionary.get(actor_id)
    if front_actor is None:
        return None
    if _actor_id(dictionary, ref) == actor_id or (dictionary.ucdp_name(ref.name) and dictionary.ucdp_name(ref.name) == dictionary.ucdp_name(front_actor)):
        return ref
    entry = dictionary.entry(ref.name)
    catch_all = entry is not None and entry.generic and ref.kind == "rebel group" and not own_side
    if catch_all and front_actor.kind == "rebel group" and {ref.side, front_actor.side} <= {"opposition", "jihadist"}:
        return ActorRef(front_actor.name, front_actor.kind, front_actor.side, ref.words)
    return None


def _adversary(
    side_a: ActorRef, sentence_actors: Sequence[ActorMention], article_actors: Sequence[ActorMention], front: Front | None,
    country: str, dictionary: ActorDictionary, rules: ConflictRules, opposed: Mapping[str, Sequence[ActorRef]],
) -> tuple[ActorRef, ActorRef | None, list[str]]:
    """(side_a, side_b, basis) for an event that names one side: an armed adversary named in the same sentence,
    else the other side of the front the event lies on (the named side taken as that front's party), else the
    side's adversary in the report's other events, else an adversary named elsewhere in the report, else the
    named side's usual opponent in the country."""
    side_b = _opponent_named(side_a, [to_ref(m) for m in sentence_actors], rules, dictionary)
    if side_b is not None:
        return side_a, replace(side_b, words=""), ["side_b: adversary named in the same report"]
    pairs = ((front.side_a, front.side_b), (front.side_b, front.side_a)) if front is not None else ()
    area = front.area if front is not None else ""
    for mine, theirs in pairs:
        as_party = _party(dictionary, side_a, mine, (country, mine) in rules.own_side)
        other = _inferred(dictionary, theirs)
        if as_party is not None and other is not None:
            notes = [] if as_party is side_a else [f"side_a: the {side_a.words or side_a.name} of the front in {area}"]
            return as_party, other, [*notes, f"side_b: the other side of the front in {area}"]
    side_b = _most_named_opponent(side_a, opposed.get(side_a.name, ()), rules, dictionary)
    if side_b is not None:
        return side_a, replace(side_b, words=""), ["side_b: the side's adversary in the report's other events"]
    side_b = _most_named_opponent(side_a, [to_ref(m) for m in article_actors], rules, dictionary)
    if side_b is not None:
        return side_a, replace(side_b, words=""), ["side_b: adversary named in the same report"]
    side_b, why = _default_opponent(side_a, country, dictionary, rules)
    return side_a, side_b, [f"side_b: {why}"] if side_b is not None else []


def dyad_for(
    event: Event,
    sentence_actors: Sequence[ActorMention],
    article_actors: Sequence[ActorMention],
    country: str,
    dictionary: ActorDictionary | None = None,
    rules: ConflictRules | None = None,
    opposed: Mapping[str, Sequence[ActorRef]] | None = None,
) -> Dyad | None:
    """The dyad of one event (None for non-violent events); ``opposed``: actor name -> the adversaries the
    report's other events pair it with."""
    if not lethal(event):
        return None
    dictionary = dictionary or ActorDictionary.default()
    rules = rules or ConflictRules.default()
    basis: list[str] = []
    named = [r for r in (event.actor1, event.actor2, *event.assoc_actors) if r is not None]
    victims = [r for r in named if _civilian(r)]
    # "Unidentified gunmen" name no side: UCDP cannot code one either, so the rules below fill it in.
    armed = [r for r in named if _armed(r) and r.kind != "unidentified armed group"]
    side_a = armed[0] if armed else None
    # "regime forces regain the hospital in Deir Ezzor": a counterpart the event typing supplied (no words) is no
    # named side; the front, a named adversary or the usual opponent decides it
    side_b = next((r for r in armed[1:] if side_a is not None and r.words and _hostile(side_a, r, rules, dictionary)), None)
    front = front_at(event.location, event.event_date)
    if side_a is None and front is not None:
        if event.event_type == "Violence against civilians" and front.holder and _holders_act(event):
            holder = _inferred(dictionary, front.holder)
            civilians = victims[0] if victims else _inferred(dictionary, "civilians")
            notes = [f"side_a: held {front.area}"] + ([] if victims else ["side_b: civilians, the targets of violence against civilians"])
            return Dyad(holder, civilians, 3, tuple(notes))
        side_a, side_b = _inferred(dictionary, front.side_a), _inferred(dictionary, front.side_b)
        return Dyad(side_a, side_b, _violence(side_a, side_b), (f"both sides: the front in {front.area}",))
    if side_a is None:
        actor_id = rules.perpetrator.get((country, event.sub_event_type))
        side_a = _inferred(dictionary, actor_id) if actor_id else None
        if side_a is not None:
            basis.append(f"{_PERPETRATOR} {event.sub_event_type} ({country})")
    one_sided = event.event_type == "Violence against civilians" and side_a is not None and side_a.side != "government"
    if side_a is not None and side_b is None and one_sided:
        civilians = victims[0] if victims else _inferred(dictionary, "civilians")
        return Dyad(side_a, civilians, 3, tuple(basis) if victims else (*basis, "side_b: civilians, the targets of violence against civilians"))
    if side_a is not None and side_b is None:
        side_a, side_b, notes = _adversary(side_a, sentence_actors, article_actors, front, country, dictionary, rules, opposed or {})
        basis += notes
    if side_a is None:
        pair = rules.dyad.get(country)
        if pair is None:
            return Dyad(None, None, 0, ())
        side_a, side_b = _inferred(dictionary, pair[0]), _inferred(dictionary, pair[1])
        basis.append(f"both sides: the main conflict in {country}")
    side_a, side_b = _under_umbrella(side_a, side_b, country, dictionary, rules, basis)
    return Dyad(side_a, side_b, _violence(side_a, side_b), tuple(basis))


def _under_umbrella(side_a: ActorRef | None, side_b: ActorRef | None, country: str, dictionary: ActorDictionary,
                    rules: ConflictRules, basis: list[str]) -> tuple[ActorRef | None, ActorRef | None]:
    """UCDP codes the groups fighting a state as one side ("Jabhat Fateh al-Sham attacks an army post" is the
    government against the Syrian insurgents); a group's own name is its side only against other groups, or
    when it holds a dyad of its own with the state (the Islamic State)."""

    def cover(state: ActorRef | None, group: ActorRef | None, slot: str) -> ActorRef | None:
        if state is None or group is None:
            return group
        state_side = dictionary.ucdp_name(state.name)  # Russian jets and the NDF fight on the government's side
        umbrella_id = next((u for (c, k), u in rules.umbrella.items() if c == country and state_side
                            and dictionary.ucdp_name(k) == state_side), "")
        umbrella = _inferred(dictionary, umbrella_id) if umbrella_id else None
        group_id = _actor_id(dictionary, group)
        if umbrella is None or group.kind != "rebel group" or group.side not in {"opposition", "jihadist"}:
            return group
        if group_id == umbrella_id or (country, group_id) in rules.own_side or dictionary.ucdp_name(group.name) == dictionary.ucdp_name(umbrella.name):
            return group
        basis.append(f"{slot}: the {group.words or group.name} fight the state under one side ({umbrella.name})")
        return replace(umbrella, words=group.words)

    return cover(side_b, side_a, "side_a"), cover(side_a, side_b, "side_b")


def _holders_act(event: Event) -> bool:
    """An act of violence against civilians that only whoever holds the ground commits (an execution, an abduction;
    lexicons/holder_acts.txt): with no perpetrator named it is the holder's. "Casualties in the massacre of Idlib city"
    in a rebel-held town is no such act: the aircraft overhead commit most of them, so the front's two sides stand."""
    return event.trigger.lower() in lexicons.words("holder_acts.txt")


def lethal(event: Event) -> bool:
    """Organised violence UCDP would code: a battle, a remote attack, violence against civilians, or a report
    of deaths that names no act."""
    return event.event_type in VIOLENT or event.sub_event_type == DEATHS


def _violence(a: ActorRef | None, b: ActorRef | None) -> int:
    """UCDP type_of_violence: state-based when a state is a side, else non-state."""
    if a is None or b is None:
        return 0
    if _civilian(a) or _civilian(b):
        return 3
    return 1 if any(x.kind in STATE_KINDS or x.side == "government" for x in (a, b)) else 2


_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "pobj"})  # a pobj acts only under "by" (the agent)
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})  # "coalition jets struck": the jets' coalition acts
_HOLDING = frozenset({"held", "capture"})  # control_words roles of verbs whose subject holds or takes a place
_ASSERTED = 1.0  # a cue scoring below this is negated, denied or only planned ("operations do not target the regime")


def acting(events: Sequence[Event], actors: Sequence[ActorMention], doc: Doc | None = None) -> list[ActorMention]:
    """The mentions of actors that act in the report: a side of one of its events (actor1, actor2, associated),
    or the subject of an asserted event verb ("rebels had shelled the base", "IS fighters held the town"). A
    passing mention ("the coalition's strikes do not target the army", "the plan the coalition sponsors") is no
    party to the report's violence, and must not become an event's inferred adversary."""
    parties = {r.name for e in events for r in (e.actor1, e.actor2, *e.assoc_actors) if r is not None and r.words}
    cues: dict[int, list[tuple[int, int]]] = {}
    out = []
    for mention in actors:
        if to_ref(mention).name in parties or (doc is not None and _subject_of_act(doc, mention, cues)):
            out.append(mention)
    return out


def _subject_of_act(doc: Doc, mention: ActorMention, cues: dict[int, list[tuple[int, int]]]) -> bool:
    """The mention (or the noun it modifies: "coalition jets") is the subject or agent of a verb that reports an
    asserted act, or of a verb of holding or taking a place."""
    from frontwatch.reading.event_types import find_event_cues

    token = root_of(doc, mention.start, mention.end)
    while token is not None and token.dep_ in _MODIFIER_DEPS and token.head is not token:
        token = token.head
    if token is None or token.dep_ not in _ACTING_DEPS:
        return False
    if token.dep_ == "pobj" and not (token.head.lower_ == "by" and token.head.dep_ == "agent"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lexicons.mapping("control_words.tsv").get(verb.lower_) in _HOLDING or lexicons.mapping("control_words.tsv").get(verb.lemma_.lower()) in _HOLDING:
        return True
    sent = verb.sent
    if sent.start not in cues:
        cues[sent.start] = [(c.start, c.end) for c in find_event_cues(sent) if c.score >= _ASSERTED]
    return any(start <= verb.idx < end for start, end in cues[sent.start])


def assign_dyads(events: Sequence[Event], actors: Sequence[ActorMention], default_country: str = "",
                 sentences: Sequence[tuple[int, int]] = (), doc: Doc | None = None) -> list[Event]:
    """Every event with its dyad; ``actors`` are the article's actor mentions (for adversaries named elsewhere:
    only those that act, see ``acting``; with the parsed ``doc``, subjects of event verbs count too),
    ``sentences`` the (start, end) of each sentence (an event told in one clause of a sentence cut into
    several reports does not take its adversary from the other clauses)."""
    dictionary = ActorDictionary.default()
    rules = ConflictRules.default()
    out = []
    parties = acting(events, actors, doc)
    opposed = _opposed(events)  # an event that names both sides never asks for its adversary
    for event in events:
        sentence = [a for a in actors if event.start <= a.start and a.end <= event.end]
        # "Jets strike Duma and IS blows up a bridge": an actor named as the doer or target of another event,
        # elsewhere, is that event's party, not this one's unnamed adversary
        elsewhere = {ref.name for other in events if other is not event and other.location != event.location
                     for ref in (other.actor1, other.actor2) if ref is not None and ref.words}
        around = [a for a in parties if a.actor.name not in elsewhere or a in sentence]
        # "Jets kill 16 in Saraqib and the Islamic State mobilises near Maadan": the other clause is a report
        # of its own, and its actors are its own
        cut = next(((s0, s1) for s0, s1 in sentences if s0 <= event.start < s1 and (s0, s1) != (event.start, event.end)), None)
        if cut is not None:
            around = [a for a in around if a in sentence or not cut[0] <= a.start < cut[1]]
        country = event.location.country if event.location and event.location.country else ""
        if country not in rules.dyad:  # no rules for where it happened: the article's main country's, if any
            country = default_country
        out.append(_fought_named(_striker_named(replace(event, dyad=dyad_for(event, sentence, around, country, dictionary, rules, opposed)))))
    return out


def _fought_named(event: Event) -> Event:
    """A battle has two sides: "troops battled to restore control", "SDF fighters captured the area" name one, and
    the other is the dyad's side_b (the adversary the report names, the other side of the front), as actor2 with no
    ``words`` (inferred); only when side_a is the named actor1 and side_b is an armed side hostile to it."""
    dyad = event.dyad
    a1 = event.actor1
    if event.event_type != "Battles" or event.actor2 is not None or a1 is None or not a1.words or dyad is None:
        return event
    side_a, side_b = dyad.side_a, dyad.side_b
    if side_a is None or side_b is None or not _armed(side_b) or side_b.kind == "unidentified armed group" \
            or side_a.side != a1.side or side_b.side in {a1.side, "unknown", ""}:
        return event
    return replace(event, actor2=replace(side_b, words=""))


def _striker_named(event: Event) -> Event:
    """An air strike no one is named for is the air force's that flies there ("air strikes on a rebel-held town
    killed 12": in Syria the government side's, data/conflict_sides.csv), the same rule that gives the dyad its
    side_a; an analyst filtering by actor1 then finds it. actor1 has no ``words``, so it reads as inferred
    (``actor1_inferred`` in the JSON, a star in the table), and whoever the text named as hit stays actor2."""
    if event.sub_event_type != "Air/drone strike" or any(_armed(r) for r in (event.actor1, event.actor2, *event.assoc_actors)):
        return event
    dyad = event.dyad
    if dyad is None or dyad.side_a is None or not any(b.startswith(_PERPETRATOR) for b in dyad.basis):
        return event  # a front or the story's fighting decided the dyad: no air force to name from the weapon alone
    hit = event.actor2 if event.actor2 is not None else event.actor1
    return replace(event, actor1=dyad.side_a, actor2=hit)


def _opposed(events: Sequence[Event]) -> dict[str, list[ActorRef]]:
    """Actor name -> the armed actors the events set against it, once per event ("troops took Hanano from the
    rebels": the troops' adversary is the rebels, and theirs the troops)."""
    out: dict[str, list[ActorRef]] = collections.defaultdict(list)
    for event in events:
        a1, a2 = event.actor1, event.actor2
        if a1 is not None and a2 is not None and _armed(a1) and _armed(a2):
            out[a1.name].append(a2)
            out[a2.name].append(a1)
    return out


def best_dyad(dyads: Iterable[Dyad | None]) -> Dyad | None:
    """Of several reports' dyads for one incident, the one that infers least (named sides beat inferred ones)."""
    known = [d for d in dyads if d is not None and (d.side_a or d.side_b)]
    return min(known, key=lambda d: len(d.basis)) if known else None


__all__ = ["DEATHS", "VIOLENT", "ConflictRules", "acting", "assign_dyads", "best_dyad", "dyad_for", "lethal"]
