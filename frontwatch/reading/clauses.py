"""Clauses of one sentence that each report their own event: "A car bomb in Azaz and fighting near Tadef and
mortar fire on its outskirts" tells three events, each with its own place.

News headlines and wire summaries chain reports with "and" or a comma, without a verb between them, and a
small parser often hangs the second report under the first one's place (a capitalised "Shells" read as a
proper noun in "Air raids hit Saraqib and Shells hit Binnish"). Reading them as separate clauses gives each
event the places and actors of its own clause.

A sentence is cut before a joining word ("and", a comma, a semicolon, a dash) when the words before it say
where (a place, or a phrase such as "in the city") and do not end on an event word the next one joins ("with
mortars and sniper fire"), and the words right after it begin a new report: an event word (a cue, or a
casualty word of ``lexicons/casualty_nouns.txt``) after at most a determiner, a number or an adjective ("and a
loud blast in ...", "and more casualties in ..."), or an actor with its verb ("and government troops shell ..."). "Casualties and injuries in Harem", "fighting
between rebels and the army near Kafr Nabl" and "in Tafas and Busra" stay one clause: the words before the
joint say no place, or the words after it begin no report.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.records import ActorMention, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from frontwatch.reading.event_types import EventCue

_JOINERS = {"and", ",", ";", "–", "—", "…", "...", "while"}
_LEAD_POS = {"DET", "NUM", "ADJ", "ADV", "PUNCT"}
_VERB_TAGS = {"VBZ", "VBP", "VBD", "VBN", "VBG", "VB"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP"}
_PHRASE_POS = {"ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"}  # a place phrase: "on the Aleppo district of Salaheddin"
_WINDOW = 6  # how many words after a joint may come before the report's own word


def casualty_word(token: Token) -> bool:
    """A word that reports people killed or hurt without an act: "casualties", "martyrs", "losses", "dies"."""
    return bool({token.lemma_.lower(), token.lower_} & lexicons.words("casualty_nouns.txt"))


def clause_spans(sent: Span, cues: Sequence[EventCue], places: Sequence[PlaceMention], actors: Sequence[ActorMention]) -> list[tuple[int, int]]:
    """The sentence as (start, end) character spans, one per reported clause (one span when it is not cut)."""
    cue_tokens = {t.i for t in sent if any(c.start <= t.idx < c.end for c in cues)}

    def reports(tok: Token) -> bool:
        return tok.i in cue_tokens or casualty_word(tok)

    spans: list[tuple[int, int]] = []
    start = sent.start_char
    for tok in sent:
        if tok.lower_ not in _JOINERS or tok.i == sent.start or tok.i >= sent.end - 1:
            continue
        if any(a.start <= tok.idx < a.end for a in actors):
            continue  # "the Islamic State of Iraq and the Levant were driven out": a joiner inside a name joins no reports
        left = [t for t in sent if start <= t.idx < tok.idx]
        # the report before the joint is complete: it names a place, or says where ("clashes in the city")
        # a place inside an actor's name ("the Syria Democratic Forces", "the Manbij Military Council") says no where
        placed = any(start <= p.start and p.end <= tok.idx and not any(a.start <= p.start and p.end <= a.end for a in actors)
                     for p in places) or any(
            t.dep_ == "pobj" and t.head.dep_ == "prep" and t.lemma_.lower() in _place_nouns() for t in left[1:])
        said = [t for t in left if reports(t) and not casualty_word(t)]  # a toll is no instrument
        # "hit the market with mortars and sniper fire": instruments of one act, joined right after the
        # first one, are no second report
        told = not said or any(not t.is_punct for t in left if t.i > said[-1].i)
        if not (placed and told):
            continue
        if _opens_report(tok, sent, reports, actors, any(p.start > tok.idx for p in places)):
            spans.append((start, tok.idx))
            start = tok.idx + len(tok.text)
    spans.append((start, sent.end_char))
    return [(s + _lead_space(sent, s), e) for s, e in spans]


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Nouns that say where without naming a place ("in the city", "in its countryside"): event_roles.tsv's places."""
    return lexicons.event_roles()["place"]


def _lead_space(sent: Span, start: int) -> int:
    text = text_of(sent.doc)[start : start + 8]
    return len(text) - len(text.lstrip())


def _opens_report(joint: Token, sent: Span, reports: Callable[[Token], bool], actors: Sequence[ActorMention],
                  placed_after: bool = False) -> bool:
    """The words after a joint begin a report: an event word after a short lead, an actor and its verb, or (after
    a contrasting "while", with a place named after it: ``placed_after``) a toll verb with its own subject."""
    doc = sent.doc
    elided = False  # "and five more in rebel shelling on Y": a count with its verb elided, then the act it died in
    for i in range(joint.i + 1, min(sent.end, joint.i + 1 + _WINDOW)):
        tok = doc[i]
        if elided and reports(tok):
            return True  # the act's noun after "in" ("in rebel shelling"), whatever the tagger calls it
        actor = next((a for a in actors if a.start <= tok.idx < a.end), None)
        if actor is not None:
            after = [t for t in doc[i : min(sent.end, i + 8)] if t.idx >= actor.end and not t.is_punct]
            return bool(after) and (reports(after[0]) or (_verb_after_actor(after) and not _others_verb(actor, after[0])))
        if reports(tok):
            # "..., killing 3": a participle tells what the act before it did, not a report of its own
            return (tok.tag_ not in {"VBG", "VBN"} or _gerund_subject(tok)) and not _shared_toll(tok) and not _shared_act(tok, reports) \
                and not _coordinated_agent(tok, joint, actors)
        if tok.pos_ in _LEAD_POS or tok.lower_ in lexicons.words("clause_lead_words.txt"):
            continue
        if joint.lower_ == "while" and placed_after and tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i > tok.i \
                and reports(tok.head) and tok.head.i < joint.i + 1 + _WINDOW:
            # "..., while five fighters were killed in clashes near Daraya": a toll with its own subject set against
            # the report before it, at a place of its own, is another event ("and 12 people were killed in the town" is
            # the same one's toll)
            return True
        if tok.lower_ in {"in", "by"} and any(t.pos_ == "NUM" and t.dep_ == "conj" for t in doc[joint.i + 1 : i]):
            elided = True
            continue
        if _owner_word(tok) and i + 1 < sent.end and reports(doc[i + 1]) and not casualty_word(doc[i + 1]):
            continue  # "and rebel shelling on ...", "while army artillery hit ...": a noun naming whose act it is
        return False
    return False


def _owner_word(tok: Token) -> bool:
    """A noun right before an event word names whose act it is ("army artillery"); the tagger takes "rebel" in
    "and rebel shelling" for a bare verb, which it cannot be right after a joint."""
    return tok.pos_ in {"NOUN", "PROPN"} or tok.tag_ == "VB"


def _gerund_subject(word: Token) -> bool:
    """ "..., while rebel shelling on Mhardeh killed two children": a gerund the tagger read as a participle is the
    subject of a finite verb that follows it across a place phrase only, so it names a report of its own; in
    "..., killing 3 people in the town" no finite verb follows, and the participle tells what the act before did."""
    if word.tag_ != "VBG":
        return False
    for tok in word.doc[word.i + 1 : word.sent.end]:
        if tok.tag_ in _FINITE_TAGS:
            return True
        if tok.pos_ not in _PHRASE_POS or tok.lower_ in _JOINERS:
            return False
    return False


def _shared_toll(word: Token) -> bool:
    """ "warplanes strike a camp and kill 5 fighters": a toll verb with no subject of its own shares the doer of
    the act before it and tells what that act did; it is no report of its own."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in lexicons.words("toll_triggers.txt"):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in word.children)


def _shared_act(word: Token, reports: Callable[[Token], bool]) -> bool:
    """ "an air strike hit the camp and eliminated 49 fighters": a verb with no subject of its own whose joined
    verb's subject is an event word tells what that act did; it is no report of its own."""
    if word.pos_ != "VERB" or word.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in word.children):
        return False
    doer = next((c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    return doer is not None and reports(doer)


def _others_verb(actor: ActorMention, word: Token) -> bool:
    """ "a meeting for leaders of Ahrar al-Sham and the Nusra Front was being held": the verb after the actor
    has a subject of its own, elsewhere; the actor is not its doer."""
    verb = word.head if word.dep_ in {"aux", "auxpass"} else word
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and not any(actor.start <= t.idx < actor.end for s in subjects for t in s.subtree)


def _verb_after_actor(after: list[Token]) -> bool:
    """The word after an actor is its verb: tagged as one, or a headline verb the tagger took for a singular
    noun ("the Islamic State mobilize fighters") because a noun phrase, its object, follows it."""
    word = after[0]
    if word.tag_ in _VERB_TAGS:
        return True
    return word.tag_ == "NN" and word.is_lower and len(after) > 1 and after[1].pos_ in {"DET", "NUM", "ADJ", "NOUN", "PROPN"}


def _coordinated_agent(word: Token, joint: Token, actors: Sequence[ActorMention]) -> bool:
    """ "struck by government jets and Russian air forces": the word after the joint is a second
    doer of the same act (a conjunct of an actor or of a "by" phrase), not a report of its own."""
    if casualty_word(word):
        return False  # the dead are never the doers
    head = word
    while head.dep_ in {"compound", "amod"} and head.head.i > head.i:
        head = head.head
    if head.dep_ != "conj" or head.head.i >= joint.i:
        return False
    left = head.head
    by_phrase = left.dep_ == "pobj" and left.head.lower_ == "by"
    return by_phrase or any(a.start <= left.idx < a.end for a in actors)


__all__ = ["casualty_word", "clause_spans"]
