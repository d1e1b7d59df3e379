"""Which event words of a sentence report events (reading.events reads each one kept into an Event).

A sentence holds more event words than events: a toll beside its act ("killed in airstrikes"), an event word
inside an actor's name ("regime warplanes"), a description ("13 days into the offensive"), the instruments of
one act ("shells and gunfire"), a definite noun that tells an event again ("the strike on Abbad"). The
functions here keep one cue per event, and say when a cue refers back to an event already read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.captures import intended
from frontwatch.reading.charges import charged
from frontwatch.reading.clauses import casualty_word
from frontwatch.reading.dates import weekday_number
from frontwatch.reading.event_cues import lexicon
from frontwatch.reading.event_parse import is_place, through_quantity, token_keys
from frontwatch.reading.event_types import EventCue
from frontwatch.reading.mentions import root_of
from frontwatch.reading.reported import concluded, reported
from frontwatch.records import ActorMention, Event, Location, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ACLED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"})
DEATHS = "Deaths reported"  # a toll with no act and no victims named: UCDP's, not ACLED's (data/event_types.tsv)
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_MADE = frozenset({"Agreement", "Headquarters or base established"})  # the event is making the thing the noun names


def definite(trigger: Token) -> bool:
    """ "the strike on Abbad", "this attack", "Monday's raid": a nominal trigger that refers to an event already told."""
    return trigger.pos_ in {"NOUN", "PROPN"} and (
        any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children) or day_owned(trigger)
    )


_SUBCLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "xcomp", "pcomp"})


def acts_at(trigger: Token, places: Sequence[PlaceMention], doc: Doc, location: Location | None) -> bool:
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


def retold(trigger: Token, cues: Sequence[EventCue]) -> Token | None:
    """The definite event noun that tells an event again: the trigger itself ("the strike on Abbad"), or the
    event noun (one of the sentence's ``cues``) whose act the trigger reports ("Monday's raid on the convoy
    destroyed ...", "the blast killed ...", a toll beside "the deadly attacks"); "the army established ..."
    names a doer, not an event."""
    if definite(trigger):
        return trigger
    def event_noun(t: Token) -> bool:
        return definite(t) and any(c.start <= t.idx < c.end for c in cues)
    if trigger.dep_ == "acl" and event_noun(trigger.head):
        return trigger.head
    if not token_keys(trigger).isdisjoint(toll_triggers()):
        # "the governor reported the deadly attacks, giving a toll of 20 killed": a toll told beside a
        # definite event noun of its sentence counts that event's dead
        return next((t for t in trigger.sent if t.i != trigger.i and event_noun(t)), None)
    return next((c for c in trigger.children if c.dep_ == "nsubj" and event_noun(c)), None)


def day_owned(trigger: Token) -> bool:
    """ "Monday's raid", "yesterdays attack" (copies lose the apostrophe): an event named by its day."""
    return any(
        c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < trigger.i
        and (weekday_number(c.lower_.removesuffix("s")) is not None or c.lower_ in {"yesterday", "yesterdays"})
        for c in trigger.children
    )


def anaphoric(trigger: Token, places: list[PlaceMention], actors: Sequence[ActorMention] = ()) -> bool:
    """A definite nominal trigger with no place of its own refers back ("The takeover carried ...")."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those", "its", "their"} for c in trigger.children) and not day_owned(trigger):
        return False
    # "The air force also killed 10 people ...": an actor that names the act (air force, warplanes) is the
    # doer of a new act, not a reference to one already told.
    if any(a.start <= trigger.idx < a.end for a in actors):
        return False
    sub = list(trigger.subtree)
    return not any(p.start >= sub[0].idx and p.end <= sub[-1].idx + len(sub[-1].text) for p in places)


def best_cues(cues: list[EventCue], doc: Doc, actors: Sequence[ActorMention] = (), clauses: Sequence[tuple[int, int]] = ()) -> list[EventCue]:
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
    # An act's own noun inside the name that is the subject of the clause's verb ("a government air raid destroyed
    # a depot and eliminated 12 fighters") stays the act: the name is its doer, the verbs tell what it did.
    def named_actor(cue: EventCue) -> bool:
        inside = any(a.start <= cue.start and cue.end <= a.end for a in actors)
        if inside and (t := root_of(doc, cue.start, cue.end)) is not None and t.dep_ == "nsubj" \
                and t.lemma_.lower() in lexicons.words("event_nouns.txt"):
            return False
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
        if cue.sub_event_type in CAPTURES and intended(trigger):
            continue  # "fighting to recapture Tabqa", "an offensive to seize the airport": the aim, not a capture
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
        # "killed and 5 others wounded in a similar attack on X": an act likened to one told before has that
        # act's kind, so it is specific and carries the toll beside it
        return t is not None and t.lemma_.lower() in outcome and len(cue.trigger.split()) == 1 and not likened(t)

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
        return (t.dep_ == "pobj" and not counted) or (t.dep_ == "dobj" and t.head.lemma_.lower() not in lexicons.words("toll_verbs.txt")
                                                       and inflicter(t, actors) is None)

    kept = {k: c for k, c in kept.items() if not aside(c)}

    # "bombardments on Palmyra killing 30 terrorists and destroying two tanks": what a specific act destroyed is
    # its outcome, not a clash of its own (but "destroyed two tanks killing 5" is the clash, the toll its outcome)
    damage = lexicons.words("damage_outcomes.txt")

    def destroyed(cue: EventCue) -> bool:
        t = root_of(doc, cue.start, cue.end)
        return t is not None and t.lemma_.lower() in damage

    acting = {part(c) for c in kept.values() if c.event_type in VIOLENT and not generic(c) and not destroyed(c) and not toll(c)}
    kept = {k: c for k, c in kept.items() if not (destroyed(c) and c.event_type in VIOLENT and part(c) in acting)}
    # damage does not tell how a generic act of violence was done: "targeted gatherings of terrorists,
    # destroying their cars" is a clash whose damage goes with it (below), not property destruction
    specific = {part(c) for c in kept.values() if not generic(c)}
    specific_act = {part(c) for c in kept.values() if not generic(c) and c.sub_event_type != "Looting/property destruction"}
    kept = {k: c for k, c in kept.items() if not (generic(c) and part(c) in (specific_act if c.event_type in VIOLENT else specific))}
    # "operations inflicted heavy losses": a toll beside any other violent word of its clause is that act's toll
    acts = {part(c) for c in kept.values() if c.event_type in VIOLENT and not toll(c)}
    kept = {k: c for k, c in kept.items() if not (toll(c) and part(c) in acts)}
    # "air strikes killed 26 and damaged a hospital": the damage is what the attack did, not an event of its own.
    if any(c.event_type in VIOLENT for c in kept.values()):
        kept = {k: c for k, c in kept.items() if c.sub_event_type != "Looting/property destruction"}
    # "air raids hit an aid convoy", "killed while unloading humanitarian aid": inside the phrase of an act of
    # violence or a death, the catch-all development ("Other") names what was hit or what the victims did.
    harm = [t for c in cues if c.event_type in VIOLENT or c.sub_event_type == DEATHS or toll(c) if (t := root_of(doc, c.start, c.end)) is not None]

    def hit_or_victim(cue: EventCue) -> bool:
        t = root_of(doc, cue.start, cue.end)
        return t is not None and any(t is not h and h in t.ancestors for h in harm)

    kept = {k: c for k, c in kept.items() if not (c.sub_event_type == "Other" and hit_or_victim(c))}
    # "harassing reinforcements headed for the front", "blew himself up as reinforcements arrived": troops moved
    # inside the phrase of an act of violence are who was hit or when it happened, not a change of their own
    # (but "sent reinforcements and shelled the town" joins two acts).
    kept = {k: c for k, c in kept.items() if not (c.sub_event_type == "Change to group/activity" and _inside_harm(doc, c, harm))}
    # "cluster munitions were deployed over the city", "jets deployed barrel bombs": what is deployed is a weapon
    # of an act of violence, so the deployment is that act, not a move of troops.
    kept = {k: c for k, c in kept.items() if not (c.sub_event_type == "Change to group/activity" and _deploys_weapon(doc, c, harm))}
    kept = {k: c for k, c in kept.items() if not _done_by_act(doc, c, kept.values())}
    kept = {k: c for k, c in kept.items() if not _withdrawal_before_capture(doc, c, kept.values())}
    # "seized a neighborhood, 13 days into an all-out offensive": a verb reports the event, the noun describes.
    verbal = {(c.event_type, part(c)) for c in kept.values() if (t := root_of(doc, c.start, c.end)) is not None and t.pos_ == "VERB"}
    out = [c for c in kept.values() if (c.event_type, part(c)) not in verbal or (t := root_of(doc, c.start, c.end)) is None or t.pos_ == "VERB"]
    return sorted(out, key=lambda c: c.start)


def inflicter(toll: Token, actors: Sequence[ActorMention]) -> ActorMention | None:
    """ "Syrian forces inflicted heavy losses upon insurgents": the armed actor that is the subject of a verb of
    inflicting (lexicons/inflicting_verbs.txt) whose object is the toll word. Such a toll tells the actor's act
    (best_cues keeps it) and the actor is its doer (reading.events); "operations inflicting losses" leave the act
    to "operations", and "suffered heavy losses" names who was hit."""
    verb = toll.head
    if toll.dep_ != "dobj" or verb.lemma_.lower() not in lexicons.words("inflicting_verbs.txt"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((a for a in actors if a.actor.kind not in {"civilians", "protesters"} and any(a.start <= s.idx < a.end for s in subjects)), None)


_RESULTS = frozenset({"Armed clash", "Attack", "Looting/property destruction"})


def act_subject(verb: Token) -> Token | None:
    """The subject of a verb, its own or the one it shares with the verb it is joined to ("an air strike hit the
    camp and eliminated 49 fighters": the strike eliminated them; "shelling hit ..." may be parsed as a gerund subject)."""
    for _ in range(3):
        own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        if own is not None or verb.dep_ != "conj" or verb.head is verb:
            return own
        verb = verb.head
    return None


CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _withdrawal_before_capture(doc: Doc, cue: EventCue, kept: Iterable[EventCue]) -> bool:
    """ "the rebels took the town after the army withdrew", "seized the base as troops pulled out": a withdrawal in
    a clause on a capture of its sentence is how that capture came about, not a transfer of its own."""
    t = root_of(doc, cue.start, cue.end)
    if t is None or cue.sub_event_type != "Non-violent transfer of territory" or t.dep_ != "advcl":
        return False
    return any(o.sub_event_type in CAPTURES and (r := root_of(doc, o.start, o.end)) is not None and r.i == t.head.i for o in kept)


def _done_by_act(doc: Doc, cue: EventCue, kept: Iterable[EventCue]) -> bool:
    """ "an airstrike left the leader in a coma and eliminated 49 fighters", "the shelling targeted a school":
    a verb whose doer is another violent act of the sentence tells what that act did (its dead, its damage),
    not an event of its own. Captures are told apart ("the offensive seized three villages")."""
    t = root_of(doc, cue.start, cue.end)
    if t is None or t.pos_ != "VERB" or cue.sub_event_type not in _RESULTS:
        return False
    doer = act_subject(t)
    return doer is not None and (doer.pos_ in {"NOUN", "PROPN"} or doer.tag_ == "VBG") and any(
        o is not cue and o.event_type in VIOLENT and (r := root_of(doc, o.start, o.end)) is not None and r.i == doer.i for o in kept)


def _deploys_weapon(doc: Doc, cue: EventCue, harm: Sequence[Token]) -> bool:
    """The cue's verb acts on (object, passive subject) a word of violence: "munitions were deployed"."""
    t = root_of(doc, cue.start, cue.end)
    if t is None or t.pos_ != "VERB":
        return False
    acted_on = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(h in c.subtree for c in acted_on for h in harm)


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


def outside_charges(cues: list[EventCue], doc: Doc, charges: list[tuple[int, int]]) -> list[EventCue]:
    """The cues of a sentence but those inside the charge another act of it is for: "shot in a square on charges
    of stealing a car" is a killing, not a theft (reading.charges)."""
    inside = [c for c in cues if (t := root_of(doc, c.start, c.end)) is not None and charged(t, charges)]
    return [c for c in cues if c not in inside] if len(inside) < len(cues) else cues


def toll_triggers() -> frozenset[str]:
    return frozenset(lexicons.words("toll_triggers.txt"))


def toll_only(cues: list[EventCue], doc: Doc, places: list[PlaceMention], earlier: list[Event]) -> bool:
    """A sentence that only counts victims ("He said at least 26 people were killed") and names no place
    tells the toll of an event already read, not a new one."""
    if not cues or places or not any(e.event_type in VIOLENT for e in earlier):
        return False
    return counts_only(cues, doc)


def likened(trigger: Token) -> bool:
    """ "killed in similar attacks on the village of X": the event word is likened to an act told before
    (lexicons/likening_words.txt), whose kind it shares; "attacks" alone would say nothing of how."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in lexicons.words("likening_words.txt") for c in trigger.children)


def outcomes_only(cues: list[EventCue], doc: Doc) -> bool:
    """Every event word of the sentence only tells what was done, by no one it names: a toll ("killed", "died")
    or damage told in the passive with no doer ("a command post and 80 fighters were destroyed near X"): the
    outcome of an act told before, of that act's kind (reading.attackers.carried_act)."""
    damage = lexicons.words("damage_outcomes.txt")

    def outcome(t: Token) -> bool:
        if not token_keys(t).isdisjoint(toll_triggers()):
            # "army units killed a number of militants in X": a toll told with its doer is that doer's act (a
            # place the parser took for the subject, "targeted the X neighborhood killing two", is no doer)
            doers = [c for c in t.children if c.dep_ == "nsubj" and not is_place(c, lexicon().roles)]
            return not (doers and any(c.dep_ == "dobj" for c in t.children))
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in t.children)
        return t.lemma_.lower() in damage and passive and not any(c.dep_ == "agent" for c in t.children)

    return bool(cues) and all((t := root_of(doc, c.start, c.end)) is not None and outcome(t) for c in cues)


def counts_only(cues: list[EventCue], doc: Doc) -> bool:
    """Every event word of the sentence only tells a toll ("killed", "died", "casualties")."""
    # by every key of the word, not the lemma alone: the tagger lemmatises "corpses" as "corps"
    return bool(cues) and all((t := root_of(doc, c.start, c.end)) is not None and not token_keys(t).isdisjoint(toll_triggers()) for c in cues)
