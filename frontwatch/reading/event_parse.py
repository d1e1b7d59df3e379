"""Who acts, who is hit, whether it happened: dependency-parse helpers for the event rules.

``event_rules`` and ``protest_rules`` read the parse around a cue with these: the subject or passive agent of
a verb (a pronoun stands for the subject above it), its object and victims, the side of an actor (state,
non-state), whether a phrase names civilians, a crowd, a place or a person, and how real the verb is
(negated, denied, threatened, planned).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

Roles = dict[str, set[str]]  # role -> lemmas (data/event_roles.tsv)

_NEGATORS = {"deny", "refute", "dismiss"}
_UNREAL = {"threaten", "plan", "vow", "intend", "prepare", "warn", "seek", "aim", "plot", "want", "could", "would", "may",
           "might", "propose", "urge", "demand", "ask", "call", "stop", "halt", "end", "prevent", "avoid"}
_GOVERNMENT_SIDES = {"government"}
_UNARMED = {"civilians", "protesters"}


def token_keys(token: Token) -> set[str]:
    """Lemma, lower-cased form, and crude stems for words the lemmatizer misses ("raped" -> "rape")."""
    return set(ordered_keys(token))


def ordered_keys(token: Token) -> list[str]:
    """``token_keys`` in order of trust: the lemma, the form, then the stems (no repeats)."""
    lower = token.lower_
    keys = [token.lemma_.lower(), lower]
    for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            keys.append(lower[: -len(suffix)] + repl)
    return list(dict.fromkeys(keys))


def governing_verb(token: Token) -> Token:
    """The verb a cue word belongs to: itself, or the nearest verb above it (at most three steps up)."""
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return node
        node = node.head
    return node


def modality(verb: Token) -> float:
    """1.0 for a reported event; lower when negated, denied, threatened or planned."""
    factor = 1.0
    node = verb
    for depth in range(3):
        lemma = node.lemma_.lower()
        if any(c.dep_ == "neg" for c in node.children) and depth < 2:
            factor *= 0.2
        if depth and lemma in _NEGATORS:
            factor *= 0.2
        if depth == 0 and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            factor *= 0.6  # "an offensive to recapture the road": aimed at, not done
        if (depth and lemma in _UNREAL) or any(c.lower_ in {"will", "would", "could", "might"} and c.dep_ == "aux" for c in node.children):
            factor *= 0.5
        if node.head is node:
            break
        node = node.head
    return factor


QUANTITY = {"dozen", "dozens", "tens", "scores", "number", "hundred", "hundreds", "thousand", "thousands", "set", "pair", "couple",
            "lot", "series", "quantity", "quantities", "amount", "batch", "tons", "ton", "tonne", "tonnes", "kg",
            "kilogram", "kilo", "gram", "pound", "consignment", "shipment", "haul", "load", "stash", "cache", "stockpile"}


def through_quantity(token: Token) -> Token:
    """What a quantity phrase counts: "300 kg of heroin" -> heroin, "dozens of mines" -> mines."""
    if token.lemma_.lower() in QUANTITY or token.lower_ in QUANTITY:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return pobj
    return token


def ancestors(token: Token, n: int) -> Iterable[Token]:
    """The ``n`` heads above a token, nearest first (fewer at the root)."""
    node = token
    for _ in range(n):
        if node.head is node:
            return
        node = node.head
        yield node


_PRONOUNS = {"it", "they", "he", "she", "we", "its", "their"}


def subject(verb: Token) -> Token | None:
    """Who did it; a pronoun ("the army announced that it had seized") stands for the subject above it."""
    subject = direct_subject(verb)
    node = verb
    for _ in range(3):
        if subject is None or subject.lower_ not in _PRONOUNS or node.head is node:
            break
        node = node.head
        above = direct_subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if above is not None and above.lower_ not in _PRONOUNS:
            return above
    return subject


def direct_subject(verb: Token) -> Token | None:
    """The active subject, the passive agent, or who something "fell to"."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in {"to", "into"} and verb.lemma_ == "fall":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_ == "hand":
                    of = next((g for g in pobj.children if g.lower_ == "of"), None)
                    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                return pobj
            if child.dep_ == "prep" and child.lower_ == "by" and verb.pos_ == "NOUN":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp"} and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def taken_from(verb: Token) -> Token | None:
    """Who lost the place: the object of "from" ("retook the town from the rebels"), also on the object."""
    for node in [verb] + [c for c in verb.children if c.dep_ == "dobj"]:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def object_of(verb: Token) -> Token | None:
    """What the verb acts on: its direct object, or the subject of its passive."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return None


def victims(first: Token, head: Token) -> list[Token]:
    """Who was hit: the object of "killed", the subject of "were killed", what an "attack on" targeted."""
    out = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    for node in (first, head):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at", "targeting"}:
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    if first.dep_ in {"dobj", "pobj"} and first.pos_ == "NOUN":  # "carried out an attack on", "killed in an attack"
        out.extend(c for c in first.head.children if c.dep_ == "nsubjpass")
    if first.dep_ in {"acl", "amod"} and first.tag_ == "VBN" and first.head.i < first.i:
        out.append(first.head)  # "four IS members killed in Deir Ezzor": the headline's participle on who was hit
    if first.tag_ in {"VBD", "VBN"} and first.lemma_.lower() in lexicons.words("toll_triggers.txt") \
            and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in first.children):
        # "200 IS fighters killed near Manbij": a headline drops "were"; a toll verb with no object tells who died
        out.extend(c for c in first.children if c.dep_ == "nsubj")
    return out


def span_words(token: Token) -> set[str]:
    """Lemmas and forms of the first words of a token's phrase."""
    subtree = list(token.subtree)[:12]
    return {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}


def overlapping(token: Token, actors: list[ActorMention]) -> list[ActorMention]:
    """Actor mentions inside the phrase a token heads."""
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
    return [a for a in actors if a.start < end and a.end > start]


def side(subject: Token | None, actors: list[ActorMention], roles: Roles) -> str:
    """state | nonstate | unknown for the one who acts."""
    if subject is None:
        return "unknown"
    named = overlapping(subject, actors)
    if not named and subject.lower_ in {"they", "it", "we"}:
        # a pronoun left unresolved in its sentence stands for the last armed actor named before it
        # ("The army launched an offensive on Monday. By Tuesday they had retaken the town.")
        before = [a for a in actors if a.end <= subject.idx and a.actor.kind not in _UNARMED]
        named = [max(before, key=lambda a: a.start)] if before else []
    armed = [a for a in named if a.actor.kind not in _UNARMED]
    if armed:
        first = min(armed, key=lambda a: a.start)
        if first.actor.side in _GOVERNMENT_SIDES:
            return "state"
        # a state's own army acting in its own country ("Iraqi forces recaptured ..."), unless the dictionary
        # places that state with the opposition of the conflict it knows (Turkey's forces in Syria)
        return "state" if first.actor.kind == "foreign forces" and first.actor.side != "opposition" else "nonstate"
    words = span_words(subject)
    if words & roles["nonstate"]:
        return "nonstate"
    if words & roles["state"]:
        return "state"
    return "unknown"


def victim_kind(victims: list[Token], actors: list[ActorMention], roles: Roles) -> str:
    for victim in victims:
        # "two men killed by IS shelling": an actor in the clause describing the victims is not one of them
        clause = min((c.left_edge.idx for c in victim.children if c.dep_ in {"acl", "relcl"} and c.i > victim.i), default=None)
        named = [a for a in overlapping(victim, actors) if clause is None or a.start < clause]
        if any(a.actor.kind in {"civilians", "protesters"} for a in named):
            return "civilian"
        if named:
            return "armed"
        head = {victim.lemma_.lower(), victim.lower_}
        words = span_words(victim)
        if head & roles["armed_target"] or (words & roles["armed_target"] and not head & roles["civilian"]):
            return "armed"
        if head & roles["civilian"] or words & roles["civilian"] or victim.ent_type_ == "PERSON":
            return "civilian"
    return "unknown"


def crowd(subject: Token | None, actors: list[ActorMention], roles: Roles) -> bool:
    """Villagers, a crowd, rival communities: people acting without an armed organisation."""
    if subject is None or any(a.actor.kind not in {"civilians"} for a in overlapping(subject, actors)):
        return False
    # the subject's own words: "the attack which wounded dozens of people" names no people acting
    clause = {t.i for c in subject.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    own = [t for t in list(subject.subtree)[:12] if t.i not in clause]
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    if words & {"unknown", "unidentified", "masked", "armed"}:
        return False  # "unknown people set fire to the school": perpetrators, not a crowd
    return bool(words & roles["crowd"]) and not words & (roles["state"] | roles["nonstate"])


def is_place(token: Token, roles: Roles) -> bool:
    """Whether a phrase names a place (a place entity, or a place word such as "village", "checkpoint")."""
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    words = {t.lemma_.lower() for t in list(token.subtree)[:8]}
    return bool(words & roles["place"]) or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in token.subtree)


def is_person(token: Token, roles: Roles) -> bool:
    """Whether a phrase names a person or people ("a priest", "two officers", a PERSON entity)."""
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    head = {token.lemma_.lower(), token.lower_}
    if head & roles["place"]:
        return False
    if any(c.dep_ == "compound" and c.lower_ in roles["toponym_prefix"] for c in token.children):
        return False  # "Tel Hamis", "Kafr Nabl": a place the tagger took for a person
    return token.ent_type_ == "PERSON" or bool(head & roles["person"]) or token.ent_type_ == "NORP"
