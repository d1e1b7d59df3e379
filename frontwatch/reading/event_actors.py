"""Who did what to whom in one event: actor1, actor2 and associated actors read off the trigger's parse
(reading.events); speakers, holders of a place and agents of other clauses are no parties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import ARMED_KINDS, ActorDictionary
from frontwatch.reading.attribution import reporting, speaks
from frontwatch.reading.event_types import EventCue
from frontwatch.reading.figure_kinds import harms
from frontwatch.reading.mentions import apposed_to, described_name, first_conjunct, named_by, root_of
from frontwatch.records import ActorMention, ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_HOLDING = frozenset({"held", "hold", "controlled", "control"})  # "-held", "controlled by": who holds a place
_LAUNCHING = frozenset({"fire", "launch", "lob"})  # weapons sent from a place: "shells fired from rebel-held Douma"


def _actor_tokens(doc: Doc, actors: list[ActorMention]) -> dict[int, ActorMention]:
    out: dict[int, ActorMention] = {}
    for a in actors:
        root = root_of(doc, a.start, a.end)
        if root is not None:
            out[root.i] = a
    return out


def _actor_in(tokens: Sequence[Token], by_token: dict[int, ActorMention], quiet: bool = False,
              skip: frozenset[int] | set[int] = frozenset()) -> ActorMention | None:
    """The first actor in the subtrees of ``tokens`` outside ``skip``; if ``quiet``, none unarmed that speaks in a
    clause inside: who was hit in "hit the district, where the civil defence said ...", who struck in "strikes
    that residents said were launched by jets"."""
    for tok in tokens:
        for t in tok.subtree:
            if t.i in by_token and t.i not in skip and not (quiet and speaks(t) and by_token[t.i].actor.kind not in ARMED_KINDS):
                return by_token[t.i]
    return None


def event_actors(
    trigger: Token, sent_actors: list[ActorMention], doc: Doc, previous_actor: ActorMention | None, speaker: str = ""
) -> tuple[ActorMention | None, ActorMention | None, list[ActorMention]]:
    """(actor1, actor2, associated actors) for a trigger; ``speaker`` names the source the sentence is told by."""
    tellers = _relative_tellers(trigger)
    if tellers:
        sent_actors = [a for a in sent_actors if (r := root_of(doc, a.start, a.end)) is None or r.i not in tellers]
    by_token = _actor_tokens(doc, sent_actors)
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if trigger.dep_ in {"amod", "compound"} and trigger.head.dep_ == "nsubj":
        verb = trigger.head.head  # "booby-trapped vehicles target the SDF": the weapon's verb hits the SDF
    elif (done_by := _agent_of(trigger)) is not None:
        verb = done_by  # "30 people killed by Russian warplanes": the weapon is the agent of the verb
    actor1 = None
    blame = _blaming(trigger)
    if blame is not None:
        # "the chemical attack, which Washington blames on Damascus": the blamed did it; who blames is no party
        blamers = {t.i for c in blame.children if c.dep_ == "nsubj" for t in c.subtree}
        sent_actors = [a for a in sent_actors if (r := root_of(doc, a.start, a.end)) is None or r.i not in blamers]
        by_token = _actor_tokens(doc, sent_actors)
        actor1 = _actor_in([g for c in blame.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children], by_token)
    sides = _between_sides(trigger, by_token) if actor1 is None else None
    if sides is not None:
        # "residents trapped by heavy fighting between the army and IS": the two named are the parties,
        # whoever the sentence's subject is
        rest = [a for a in sent_actors if a is not sides[0] and a is not sides[1] and not _speaker(doc, a, speaker)
                and a.actor.side in {sides[0].actor.side, sides[1].actor.side}]
        return sides[0], sides[1], [a for a in rest if a.actor.name not in {sides[0].actor.name, sides[1].actor.name}]
    if actor1 is None:
        # "killed by Turkish artillery fire", "US airstrikes hit ...": an actor whose words hold the act does it
        actor1 = next((a for a in sent_actors if a.start <= trigger.idx < a.end and a.actor.kind in ARMED_KINDS), None)
    # "airstrikes launched by the aircraft of the coalition": the agent of a participle on the trigger.
    # "a bomb blast claimed by IS": the participle may hang on the noun the trigger names ("blast" for "bomb")
    participles = [c for t in dict.fromkeys((trigger, named_by(trigger))) for c in t.children if c.dep_ == "acl"]
    for holder in (trigger, verb, *participles) if actor1 is None else ():
        subj = [c for c in holder.children if c.dep_ in {"nsubj", "agent", "poss", "compound", "amod"} and not _reduced_passive(c)
                and not (c.dep_ == "nsubj" and holder.lemma_.lower() in _DYING)]  # "IS members died in strikes": no doers
        agents = [g for c in holder.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children]
        agents += _hands_of(holder)
        found = _actor_in(subj + agents, by_token, quiet=True)
        if found is None and (found := _antecedent_actor(holder, subj, by_token)) is not None:
            # "the coalition backs the SDF, which took X after IS retreated": who acts outside the relative
            # clause is no party to its act
            clause = {t.i for t in holder.subtree}
            sent_actors = [a for a in sent_actors if a is found or (r := root_of(doc, a.start, a.end)) is not None and r.i in clause]
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
    if actor1 is None:
        # the event's noun, or the weapon subject of its verb ("air strikes that residents said were launched by X killed 12")
        noun = named_by(trigger)
        nouns = [noun, *(c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i)]
        actor1 = _actor_in([g for n in nouns for g in _told_doers(n, verb)], by_token)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in [*verb.children, *trigger.children] if c.dep_ == "prep" and c.lower_ in {"against", "on", "targeting", "with"} for g in c.children]
    if lexicons.mapping("control_words.tsv").get(verb.lemma_.lower()) == "capture":
        # "troops recaptured the town from IS fighters": who it was taken from is the other side, never the taker
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    patients, inside = _patients(verb)
    objects += patients
    # "struck IS positions, killing 50 terrorists": the participle's dead are of the group whose positions were struck
    targets = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
    actor2 = _named_over_generic(_actor_in(objects, by_token, quiet=True, skip=inside), objects + targets, by_token, inside, actor1)
    # "..., the civil defence said": a speaker is no party to the event by default
    rest = [a for a in sent_actors if a is not actor1 and a is not actor2 and not _speaker(doc, a, speaker)]
    # "killed 14 people including women and rebel fighters": the victims are never the attacker.
    hit = {t.i for o in objects for t in o.subtree} - inside
    victims = [a for a in rest if (r := root_of(doc, a.start, a.end)) is not None and r.i in hit]
    # "hit Qamishli, which is controlled by the YPG", "a YPG-held town": the holder of the place is no attacker.
    victims += [a for a in rest if a not in victims and _holds_place(doc, a)]
    # "rockets hit the town, one police officer killed": whom a harm word is said of was hit, not the striker
    # (in a clash the dead of either side are a side of it: "two IS fighters killed in clashes with the army")
    reciprocal = lexicons.words("reciprocal_verbs.txt")
    one_sided = trigger.lemma_.lower() not in reciprocal and verb.lemma_.lower() not in reciprocal
    victims += [a for a in rest if a not in victims and one_sided and _harmed(doc, a, trigger)]
    # "bombers blew themselves up near the police headquarters": whose building or post was hit is no attacker
    owners = [a for a in rest if a not in victims and _owns_target(doc, a)]
    victims += owners
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
    hurt = _hurt(doc, trigger, [a for a in victims if a in rest], actor1) if actor2 is None and one_sided else None
    if hurt is not None:
        struck = root_of(doc, hurt.start, hurt.end)
        actor2 = _named_over_generic(hurt, [struck] if struck is not None else [], by_token, inside, actor1)
        rest = [a for a in rest if a.actor.name not in {hurt.actor.name, actor2.actor.name if actor2 else ""}]
    if actor2 is None and owners and owners[0] in rest and (actor1 is None or owners[0].actor.side != actor1.actor.side):
        actor2 = owners[0]
        rest.remove(actor2)
    # "Nusra fighters and other rebel groups shelled the town": who is joined to the doer by "and" acts with it
    partners = [a for a in rest if actor1 is not None and one_sided and _joined_to(doc, a, actor1)]
    if actor2 is None and actor1 is not None:
        others = [a for a in rest if a.actor.side != actor1.actor.side and a not in partners]
        if others:
            actor2 = others[0]
            rest.remove(actor2)
    assoc = [a for a in rest if actor1 is not None and (a.actor.side == actor1.actor.side or a in partners)
             and a.actor.name != actor1.actor.name]
    return actor1, actor2, assoc


_RELATIVE = frozenset({"which", "who", "that"})


def _antecedent_actor(verb: Token, subj: Sequence[Token], by_token: dict[int, ActorMention]) -> ActorMention | None:
    """ "the YPG, a Kurdish militia, which seized X": the subject of a relative clause is the noun it
    hangs on, and a noun in apposition to a named actor ("a Kurdish militia") stands for that actor."""
    if verb.dep_ != "relcl" or not any(s.lower_ in _RELATIVE for s in subj):
        return None
    noun = verb.head
    for tok in (noun, described_name(noun)):
        if tok is not None and tok.i in by_token:
            return by_token[tok.i]
    # an appositive whose phrase also follows a bare proper noun ("the YPG a Kurdish militia")
    return by_token.get(i) if noun.dep_ == "appos" and (i := apposed_to(noun)) is not None else None


def _hurt(doc: Doc, trigger: Token, candidates: Sequence[ActorMention], actor1: ActorMention | None) -> ActorMention | None:
    """Of the victims, the side hit: "five Nusra fighters were killed in air raids" (whom a harm word is said of,
    whoever struck). With no doer named, a named armed group harmed comes first ("Dozens of IS members were killed
    in air raids"), whatever the event word; else the act must be a noun or the harm itself ("were killed ... and
    expelled them" tells another act by another side), and a generic word ("terrorists were killed") counts too."""
    harmed = [a for a in candidates if _harmed(doc, a, trigger) and (actor1 is None or a.actor.side != actor1.actor.side)]
    if actor1 is None:
        named = ActorDictionary.default()
        first = next((a for a in harmed if a.actor.kind in ARMED_KINDS
                      and (entry := named.entry(a.actor.actor_id)) is not None and not entry.generic), None)
        if first is not None:
            return first
    if trigger.pos_ in {"VERB", "AUX"} and not harms(trigger):
        return None
    return harmed[0] if harmed else None


def _between_sides(trigger: Token, by_token: dict[int, ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """ "clashes between the army and IS", "fighting between regime forces and ISIS": a fight's noun with "between"
    names both its parties, the first named first (a verb's doer would be the subject instead); so does "the
    clashes pitted X against Y"."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.lemma_.lower() not in lexicons.words("reciprocal_verbs.txt"):
        return None
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"):
        named = list(dict.fromkeys(by_token[t.i] for t in prep.subtree if t.i in by_token))
        if len(named) >= 2 and named[0].actor.side != named[1].actor.side:
            return named[0], named[1]
    verb = trigger.head
    if trigger.dep_ == "nsubj" and verb.lemma_.lower() == "pit":
        # "the fighting pitted IS militants against the YPG": the object and the "against" phrase are the parties
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        first = _actor_in(objects, by_token)
        second = _actor_in([g for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ == "against"
                            for g in c.children], by_token)
        if first is not None and second is not None and first.actor.name != second.actor.name:
            return first, second  # rival jihadists too: "pitted Nusra against IS"
    return None


def _named_over_generic(actor2: ActorMention | None, objects: Sequence[Token], by_token: dict[int, ActorMention],
                        skip: set[int] | frozenset[int], actor1: ActorMention | None) -> ActorMention | None:
    """ "an air strike on an IS training camp killed 11 militants": the generic word ("militants", "terrorists",
    which alone name the rebels) counts the named group's members that were hit, so the named armed group among
    the objects is the one hit."""
    entries = ActorDictionary.default()
    first = entries.entry(actor2.actor.actor_id) if actor2 is not None else None
    if actor2 is None or first is None or not first.generic:
        return actor2
    for tok in objects:
        for t in tok.subtree:
            named = by_token.get(t.i)
            entry = entries.entry(named.actor.actor_id) if named is not None and t.i not in skip else None
            if named is not None and entry is not None and not entry.generic and 1 <= entry.acled_inter <= 4 \
                    and (actor1 is None or named.actor.side != actor1.actor.side):
                return named
    return actor2


def _harmed(doc: Doc, mention: ActorMention, trigger: Token | None = None) -> bool:
    """A harm word is said of the mention's noun: "one police officer killed", "two soldiers were wounded",
    "officers killed in the blast" (a participle after it, or the passive verb it is the subject of). Not when
    the event's own verb is joined to that harm word: "10 soldiers were killed ... and expelled them from the
    city" makes the soldiers the subject of both."""
    noun = root_of(doc, mention.start, mention.end)
    if noun is None:
        return False
    while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i:  # "police officer": the officer was killed
        noun = noun.head
    if noun.dep_ == "cc":  # a name the parser cut at its "and" ("... of Iraq and the Levant") hangs on the word before
        noun = noun.head
    noun = first_conjunct(noun)  # "soldiers and militiamen were killed": each listed was
    nouns = [noun]
    # "militants from the Nusra Front were killed", "dozens of members of IS": the count the group's members are
    # taken from was hit
    for _ in range(3):
        governor = noun.head.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in {"from", "of"} or governor.pos_ not in {"NOUN", "NUM"} or governor.i > noun.i:
            break
        noun = governor
        nouns.append(noun)
    words = [c for n in nouns for c in n.children if c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" and c.i > n.i]
    for n in nouns:
        # "scores of IS members died in air strikes": the subject of a verb of dying, too
        if n.dep_ == "nsubjpass" or _reduced_passive(n) or (n.dep_ == "nsubj" and n.head.lemma_.lower() in _DYING):
            words.append(n.head)
        if n.i + 1 < len(doc) and doc[n.i + 1].tag_ == "VBN":
            words.append(doc[n.i + 1])  # the parser may hang "killed" elsewhere: it still follows the noun
    joined = trigger is not None and trigger.dep_ == "conj" and not harms(trigger)
    return any(harms(w) and not (joined and trigger is not None and trigger.head.i == w.i) for w in words)


_DYING = frozenset({"die", "perish"})  # verbs whose subject is the dead


def _reduced_passive(noun: Token) -> bool:
    """ "..., one police officer killed and two injured": a counted subject of a harm verb with no object and no
    auxiliary is the headline passive (the officer was killed), not the killer ("gunmen killed two")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and any(c.dep_ == "nummod" for c in noun.children) and harms(verb) \
        and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children)


def _joined_to(doc: Doc, mention: ActorMention, doer: ActorMention) -> bool:
    """The mention is a conjunct of the doer's noun ("Nusra terrorists and other terrorist groups"): a partner in
    the act, never the side it is done to."""
    mine, theirs = root_of(doc, mention.start, mention.end), root_of(doc, doer.start, doer.end)
    if mine is None or theirs is None or mine.i == theirs.i:
        return False
    return first_conjunct(mine).i == first_conjunct(theirs).i


def _acts_elsewhere(doc: Doc, mention: ActorMention, verb: Token, trigger: Token) -> bool:
    """The mention is the agent ("brokered by the US") of another verb than the event's, one that governs
    neither the event's verb nor its word ("strikes carried out by Russian jets" are the jets')."""
    root = root_of(doc, mention.start, mention.end)
    while root is not None and root.dep_ == "conj":
        root = root.head
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "by" and root.head.dep_ != "agent":
        return False
    other = root.head.head
    return other.pos_ == "VERB" and other.i != verb.i and other.head.i not in {trigger.i, named_by(trigger).i} \
        and other not in list(verb.ancestors)


def _agent_of(trigger: Token) -> Token | None:
    """The verb whose agent or means the trigger is: a weapon or force named after "by" or "with" ("targeted by
    Turkish warplanes", "targeted by helicopters with barrel bombs") does the verb's act; its preposition hits no one."""
    tok = trigger
    for _ in range(3):
        prep = tok.head
        if tok.dep_ != "pobj" or not (prep.dep_ == "agent" or prep.lower_ in {"by", "with"}):
            return None
        if prep.head.pos_ in {"VERB", "AUX"}:
            return prep.head
        tok = prep.head
    return None


def _told_doers(noun: Token, verb: Token) -> list[Token]:
    """Who a clause on the event's noun says did it, through a reporting or believing verb: "strikes that activists
    said were carried out by government helicopters", "raids believed to have been launched by Russian jets",
    "rockets fired from an IS-controlled area" (whoever holds where they came from). Only the agent counts: the
    subject of "said" is the speaker, not the doer."""
    out: list[Token] = []
    frontier = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    if noun.head.i == verb.i and verb.lemma_.lower() in _LAUNCHING:  # "shells fired from X killed two" parsed with
        frontier.append(verb)  # "fired" as the sentence's verb
    while frontier:
        clause = frontier.pop()
        out += [g for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children]
        if clause.lemma_.lower() in _LAUNCHING:  # "rockets fired from an IS-held area": who holds the launch site fired
            out += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        if reporting(clause) or clause.lemma_.lower() in lexicons.words("belief_verbs.txt"):
            frontier += [c for c in clause.children if c.dep_ in {"ccomp", "xcomp"}]
    return out


def _hands_of(holder: Token) -> list[Token]:
    """Who an act was done by when told "killed at the hands of IS militants": the doer, like a "by" agent."""
    return [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "at"
            for h in c.children if h.lower_ == "hands"
            for o in h.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children]


def _patients(verb: Token) -> tuple[list[Token], set[int]]:
    """Who a passive participle on a noun hit, and the tokens to leave out of it: "48 people executed by the
    army" hit the people (not the army inside the participle), and "13 rebels were among 48 people executed"
    hit the rebels the copula counts among them."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return [], set()
    noun = verb.head
    out = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "among":
        out += [c for c in noun.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return out, {t.i for t in verb.subtree}


def _blaming(trigger: Token) -> Token | None:
    """The verb "blame" whose object is the event: "rebels blamed the attack on ...", "the attack, which
    Washington blames on Damascus"."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "blame":
        return trigger.head
    return next((c for c in trigger.children if c.dep_ == "relcl" and c.lemma_.lower() == "blame"), None)


def _relative_tellers(trigger: Token) -> set[int]:
    """ "a gas attack that rebel groups say killed dozens": the act's subject is the relative pronoun
    (the attack), and who says so tells the act, armed or not; no party to it (the tokens of the teller)."""
    # the trigger is the verb said of the noun ("killed"), or the noun itself ("bombing")
    # (the parser may hang the pronoun on "say" and the act on it as its xcomp)
    saids = [trigger.head] if trigger.dep_ in {"ccomp", "xcomp"} else [c for c in named_by(trigger).children if c.dep_ == "relcl"]
    out: set[int] = set()
    for said in saids:
        if said.dep_ != "relcl" or not reporting(said):
            continue
        clauses = [said, *(c for c in said.children if c.dep_ in {"ccomp", "xcomp"})]
        if any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in _RELATIVE for c in clauses for g in c.children):
            out |= {t.i for c in said.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for t in c.subtree}
    return out


def _speaker(doc: Doc, mention: ActorMention, speaker: str) -> bool:
    """The mention names the sentence's source, or is the subject of a reporting verb, and is no armed party
    (rescuers and monitors report what others did; "the army said its units ..." reports its own acts), or
    the body a speaker belongs to ("a source at the Police Command said")."""
    root = root_of(doc, mention.start, mention.end)
    if root is not None and root.dep_ == "pobj" and speaks(root.head.head):
        return True
    if root is not None and root.dep_ == "pobj" and root.head.lower_ in {"at", "from"} and reporting(root.head.head):
        return True  # "the agency cited an officer from the provincial police as saying": "from" hangs on the verb
    head = root
    while head is not None and head.dep_ in {"compound", "amod", "poss"} and head.head.i != head.i:
        head = head.head
    if head is not None and head is not root and speaks(head):
        return True  # "US President Donald Trump said", "the army spokesman said": the speaker's country or body
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


_LOCATIVE = frozenset({"near", "outside", "at", "in", "inside", "on", "against", "into", "beside", "behind"})


def _owns_target(doc: Doc, actor: ActorMention) -> bool:
    """The actor names whose site was hit: "near the police headquarters", "outside an army checkpoint" (its
    name modifies a building or post that a locative preposition governs)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None  # "the police" modifies "headquarters" from its last word
    if last is None or last.dep_ not in {"compound", "amod", "poss", "nmod"}:
        return False
    site = last.head
    return site.lemma_.lower() in lexicons.site_nouns() and site.dep_ == "pobj" and site.head.lower_ in _LOCATIVE


def territory_by_side(cue: EventCue, actor1: ActorRef | None) -> EventCue:
    """ACLED names a capture by who takes it: the state regains, a non-state actor overtakes."""
    if actor1 is None or cue.sub_event_type not in {"Government regains territory", "Non-state actor overtakes territory"}:
        return cue
    state = actor1.kind == "state forces" or actor1.side == "government"
    return replace(cue, sub_event_type="Government regains territory" if state else "Non-state actor overtakes territory")


def implied_actor2(cue: EventCue, actor1: ActorRef | None, dictionary: ActorDictionary) -> ActorRef | None:
    """Territory taken by the government was taken from someone: the generic rebel actor."""
    if cue.sub_event_type == "Government regains territory" and (actor1 is None or actor1.side == "government"):
        rebels = dictionary.get("rebels")
        return ActorRef(rebels.name, rebels.kind, rebels.side, "") if rebels else None
    return None
