"""Who attacked when the sentence does not say: a weapon only one side used, the attacker of the same kind of
attack told earlier in the article, the group that claims it; and who was attacked when the sentence names only
the ground ("an offensive on the regime-held district").

"A helicopter struck the neighbourhood with chlorine" (data/implied_actors.tsv: the state flew the
helicopters); "Syrian regime or Russian air strikes killed 26 ... A spokesman said an air strike hit the
hospital courtyard" (the second air strike is the first one's attacker's, as a reader takes it). Victims
named in the toll ("killed 12 people including rebel fighters") are never the attacker; events.py keeps
them out before asking here.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.reading.actors import ARMED_KINDS, STATE_KINDS, ActorDictionary, data_rows, find_actors, state_forces_of
from frontwatch.reading.event_parse import token_keys
from frontwatch.reading.mentions import root_of, trigger_word
from frontwatch.records import ActorMention, ActorRef, Event, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from frontwatch.reading.event_types import EventCue


@functools.cache
def _weapons() -> dict[tuple[str, ...], str]:
    return {tuple(r["word"].split()): r["actor_id"] for r in data_rows("implied_actors.tsv", "\t")}


def _modifier_actor(trigger: Token, dictionary: ActorDictionary) -> ActorRef | None:
    """ "rebel shelling", "army artillery fire": the attack word's modifier names the attacker."""
    doc = trigger.doc
    before = [doc[trigger.i - 1]] if trigger.i > 0 and doc[trigger.i - 1].pos_ in {"NOUN", "PROPN", "ADJ"} else []
    # The word right before counts too: the parser reads "in rebel shelling" as "in rebel" + a clause.
    modifiers = [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < trigger.i] + before
    for child in modifiers:
        if child.pos_ in {"NOUN", "PROPN", "ADJ"}:
            for key in (child.lower_, child.lower_ + "s", child.lemma_.lower() + "s"):
                actor = dictionary.get(key)
                if actor is not None and actor.kind != "civilians":
                    return ActorRef(actor.name, actor.kind, actor.side, child.text)
    return None


def _weapon_user(trigger: Token, dictionary: ActorDictionary) -> ActorRef | None:
    """The actor a weapon named in the trigger's clause implies ("a helicopter struck", "barrel bombs hit")."""
    # Up to the clause a reporting verb governs: "a helicopter struck the district with chlorine gas killing ...".
    clause = trigger
    for tok in [trigger, *trigger.ancestors]:
        clause = tok
        if tok.dep_ in {"ROOT", "ccomp"}:
            break
    tokens = sorted({*clause.subtree, *trigger.subtree}, key=lambda t: t.i)
    lemmas = [t.lemma_.lower() for t in tokens]
    for words, actor_id in sorted(_weapons().items(), key=lambda kv: -len(kv[0])):
        n = len(words)
        if any(tuple(lemmas[i : i + n]) == words for i in range(len(lemmas) - n + 1)):
            actor = dictionary.get(actor_id)
            if actor is not None:
                return ActorRef(actor.name, actor.kind, actor.side, " ".join(words))
    return None


def unnamed_attacker(
    trigger: Token, sub_event_type: str, earlier: Sequence[Event], dictionary: ActorDictionary, target: ActorRef | None = None
) -> ActorRef | None:
    """The attacker of an event whose sentence names none, or None: the attack word's modifier ("rebel
    shelling"); a weapon only one side used; the attacker of the same kind of attack told earlier in the
    article; else the attacker of an event told in the two sentences before, when it is not the target's side
    (and, for an air strike, one that has aircraft: a state's forces) ("Troops fought militants east of the town ... Mortar rounds later hit the militants' positions");
    for an air strike with none, the state force told acting in the same area before."""
    found = _modifier_actor(trigger, dictionary) or _weapon_user(trigger, dictionary)
    if found is not None:
        return found
    armed = [e for e in earlier if e.actor1 is not None and e.actor1.kind != "civilians"]
    same = [e for e in armed if e.sub_event_type == sub_event_type]
    if not same:
        doc = trigger.doc
        before = [s for s in doc.sents if s.end <= trigger.sent.start][-2:]
        floor = before[0].start_char if before else trigger.sent.start_char
        same = [e for e in armed if e.start >= floor and (target is None or e.actor1.side != target.side)]  # type: ignore[union-attr]
        if sub_event_type == "Air/drone strike":  # aircraft are flown by states, not by the rebels who shelled before
            same = [e for e in same if e.actor1.kind in STATE_KINDS]  # type: ignore[union-attr]
            # "troops began attacking IS near Ashara ... air strikes killed 15 in Boulil": with no act told just
            # before, the state force told fighting in the area (``earlier`` holds its governorate) flies the jets
            same = same or [e for e in armed if e.actor1.kind in STATE_KINDS and (target is None or e.actor1.side != target.side)]  # type: ignore[union-attr]
    if same:
        told = same[-1].actor1
        return ActorRef(told.name, told.kind, told.side, "") if told is not None else None
    return None


_DOING = frozenset({"fire", "launch", "carry", "conduct", "stage", "mount", "unleash", "drop", "lob", "execute", "perform"})


def acting_state(trigger: Token, places: Sequence[PlaceMention], dictionary: ActorDictionary) -> ActorRef | None:
    """ "The United States fired 59 cruise missiles", "Israel struck a convoy", "Turkey launched air strikes": a
    country that is the subject of the act's verb, or of a verb of doing whose object is the act, acts as its
    state, through its forces ("Russia condemned the strikes" is no doer). So does the agent of the act told
    in the passive: "air strikes carried out by the United States", "raids by Turkey"."""
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "fired dozens of cruise missiles": the act counted
    verb: Token | None = None
    if trigger.pos_ in {"VERB", "AUX"}:
        verb = trigger
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DOING:
        verb = noun.head
    # the act and the verbs of doing hung on it as participles ("strikes carried out by ...")
    acting = {trigger.i, noun.i} | ({verb.i} if verb is not None else set()) | {
        c.i for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _DOING}
    doc = trigger.doc
    for mention in places:
        root = root_of(doc, mention.start, mention.end)
        if mention.place is None or mention.place.kind != "country" or root is None:
            continue
        subject = verb is not None and root.dep_ == "nsubj" and root.head.i == verb.i
        agent = root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.i in acting
        if subject or agent:
            actor = state_forces_of(mention.place.name, dictionary)
            if actor is not None:
                return ActorRef(actor.name, actor.kind, actor.side, mention.text)
    return None


_TAKING = frozenset({"claim", "accept", "admit", "assume", "bear"})  # verbs that take responsibility (not "blame")
_TOLD = frozenset({"the", "this", "that", "these", "those", "both", "its", "their"})  # "the attack": one told before


def claimer(cues: Sequence[EventCue], doc: Doc, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The armed group that claims an act told before ("IS claimed responsibility for the attack", "the Nusra Front
    has claimed the bombing", "... claimed responsibility"): the subject of the verb that takes responsibility, or
    None; not when the act claimed is told here ("claimed a suicide attack in X that killed 16")."""
    for cue in cues:
        if cue.sub_event_type != "Attribution of responsibility":
            continue
        verb = root_of(doc, cue.start, cue.end)
        if verb is not None and verb.pos_ == "NOUN":  # "responsibility"
            verb = verb.head
        if verb is None or verb.lemma_.lower() not in _TAKING or verb.pos_ != "VERB":
            continue
        claimed = [c for c in verb.children if c.dep_ == "dobj"]
        claimed += [g for c in claimed if c.lemma_.lower() in {"responsibility", "credit"}
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
        acts = [c for c in claimed if c.lemma_.lower() not in {"responsibility", "credit"}]
        if any(not (a.pos_ == "PRON" or any(d.dep_ in {"det", "poss"} and d.lower_ in _TOLD for d in a.children)) for a in acts):
            continue  # an act with its own words ("a suicide attack in X") is told here, an event of its own
        subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        found = next((a for a in actors if (r := root_of(doc, a.start, a.end)) is not None and r.i in subjects
                      and a.actor.kind in ARMED_KINDS and a.actor.kind != "unidentified armed group"), None)
        if found is not None:
            return found
    return None


_HOLDING_WORDS = frozenset({"held", "controlled"})  # "regime-held", "IS-controlled": who holds the place


def held_target(trigger: Token, actor1: ActorRef | None) -> ActorMention | None:
    """Whose ground a fight is taken to: "began an offensive to liberate the regime-held district of X", "stormed
    the IS-controlled village": the holder a hyphened word names on the act's target (the act's words, its verb's
    object) is the other side, when the doer is of another side."""
    if actor1 is None:
        return None
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    doc = trigger.doc
    # the act's words, its verb's object, and a clause of its aim ("launched an assault to free the regime-held X")
    aims = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    tokens = [*trigger.subtree, *(t for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree), *(t for c in aims for t in c.subtree)]
    for tok in tokens:
        if tok.lower_ not in _HOLDING_WORDS or tok.i < 2 or doc[tok.i - 1].text != "-":
            continue
        word = doc[tok.i - 2]
        for text in (word.text, word.text + "s", word.text + " forces"):
            found = find_actors(text)
            if len(found) == 1 and found[0].text == text and found[0].actor.kind in ARMED_KINDS:
                actor = found[0].actor
                if actor.side != actor1.side:
                    return ActorMention(word.text, word.idx, word.idx + len(word), actor)
                break
    return None


_ACTS = frozenset({"Battles", "Explosions/Remote violence"})


def carried_act(trigger: Token, earlier: Sequence[Event], tolls: frozenset[str]) -> Event | None:
    """The act a bare count of the dead at places of its own belongs to: "Jets pounded the city ... four
    people were killed in Bustan al-Qasr and three died in Salahuddin" counts the jets' dead in those
    quarters. ``earlier``: the events already told in the governorate of the count's places; only an act
    (a strike, shelling, a battle) told in the three sentences before is carried, never another count."""
    doc = trigger.doc
    before = [s for s in doc.sents if s.end <= trigger.sent.start][-3:]
    if not before:
        return None

    def is_act(event: Event) -> bool:
        word = trigger_word(doc, event)
        return word is not None and token_keys(word).isdisjoint(tolls)

    acts = [e for e in earlier if e.event_type in _ACTS and e.start >= before[0].start_char and is_act(e)]
    return acts[-1] if acts else None


__all__ = ["acting_state", "carried_act", "claimer", "held_target", "unnamed_attacker"]
