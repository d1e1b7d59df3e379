"""Control statements in wordings the parser breaks apart (reading/control.py gathers them with the rest).

- a participle with a multi-word holder and no hyphen: "rebels stormed the Syrian Arab Army held base of X",
  "shells hit the Free Syrian Army held town of X". The small parser reads "the Syrian Arab Army held ..." as a
  clause of its own (the army as subject of a past "held"), which says nothing of now; but a clause cannot open
  right after a verb that takes an object or a preposition, so there the words are a noun phrase, a holding
  described as of now. After a reporting verb ("said the army held X") the clause is real and is left alone.
- a group's seat named by a compound: "the group's self-proclaimed capital city of X" ("capital" hangs on
  "city", which carries the modifier and the "of X"); "the Islamic State's power base(,) X".
- a holder in front of an area noun, with no participle: "rebel areas east of Damascus", "opposition districts
  of Aleppo", "regime territory in Hama" (the press drops "-held").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.control_places import after, described, examples, held_place, listed, mention_at, place_noun, role, span_text
from frontwatch.reading.holders import holder_label, stand_in_holder
from frontwatch.reading.mentions import Mentions
from frontwatch.records import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SEAT_HEADS = frozenset({"city", "town"})  # "capital city": the seat word in front of the noun it names
_AREA_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "part", "territory", "zone", "enclave", "pocket"})


def _name_run(doc: Doc, tok: Token) -> list[Token]:
    """The capitalised words right before ``tok`` ("the Syrian Arab Army held": Syrian Arab Army)."""
    j = tok.i
    while j > 0 and doc[j - 1].is_title and tok.i - j < 5:
        j -= 1
    return list(doc[j : tok.i])


def _opens_no_clause(before: Token | None) -> bool:
    """A word after which a clause cannot open, so what follows is a noun phrase: a verb that is no reporting
    verb ("stormed", "attacked") or a preposition ("in the Free Syrian Army held town")."""
    if before is None:
        return False
    if before.pos_ == "ADP":
        return True
    return before.pos_ == "VERB" and before.lemma_.lower() not in lexicons.words("reporting_verbs.txt") and before.lemma_.lower() != "say"


def fused_participles(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """(participle, holder words, places) of "stormed the Syrian Arab Army held village of X": a run of names
    that names a known holder, with "the" before it, right after a verb taking an object or a preposition."""
    for tok in doc:
        if role(tok) != "held" or tok.lower_ not in {"held", "controlled"} or tok.i < 3:
            continue
        run = _name_run(doc, tok)
        if len(run) < 2 or run[0].i == 0 or doc[run[0].i - 1].lower_ != "the":
            continue  # one word before the participle is read in reading.control ("the opposition held area")
        words = span_text(doc, run)
        if not holder_label(words, known_only=True):
            continue
        det = run[0].i - 1
        if not _opens_no_clause(doc[det - 1] if det > 0 else None):
            continue
        right = after(doc, mentions, tok)
        if right is not None:
            span = doc.char_span(right.start, right.end, alignment_mode="expand")
            places = listed(doc, mentions, span.root, shared_clause=False) if span is not None else [right]
        else:  # "held village of X": the object the parser gave the participle
            nouns = [c for c in tok.children if c.dep_ == "dobj"] or [t for t in doc[tok.i + 1 : tok.i + 4] if t.pos_ in {"NOUN", "PROPN"}][:1]
            places = [m for n in nouns for m in listed(doc, mentions, n, shared_clause=False)]
        if places:
            yield tok, words, places


def _seat_noun(tok: Token) -> Token | None:
    """The noun a compound seat word names: "capital city" is "city", "power base" is "base"."""
    if tok.dep_ != "compound":
        return None
    if role(tok) == "seat" and tok.head.lemma_.lower() in _SEAT_HEADS:
        return tok.head
    if tok.lower_ == "power" and tok.head.lemma_.lower() == "base":
        return tok.head
    return None


def compound_seats(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "the group's self-proclaimed capital city of X", "X, the Islamic State's power base": a capital only the
    group calls one (self-styled) or a power base is the possessor's stronghold; the plain "capital city of X"
    is no group's."""
    for tok in doc:
        noun = _seat_noun(tok)
        if noun is None:
            continue
        fronts = [t for t in noun.lefts if t.i < tok.i]
        styled = any(role(t) == "self-styled" for f in fronts for t in f.subtree)
        if role(tok) == "seat" and not styled:
            continue
        # "the group's", or "the violent groups" where a copy lost its apostrophes
        owner = [t for f in fronts if f.dep_ in {"poss", "compound", "nmod", "amod"} and not any(role(t) == "self-styled" for t in f.subtree)
                 for t in f.subtree if t.dep_ not in {"case", "det"}]
        if not owner and noun.dep_ == "appos":  # the parser may set the phrase beside its owner ("the rebels capital city")
            owner = [t for t in noun.head.subtree if t.i <= noun.head.i and t.dep_ not in {"case", "det"}]
        fronted = _fronted_place(mentions, owner)
        owner = [t for t in owner if fronted is None or not fronted.start <= t.idx < fronted.end]
        # "Daesh militants fleeing the group's capital": a catch-all owner is the one group the sentence names
        words = stand_in_holder(span_text(doc, owner), tok.sent.text) or span_text(doc, owner)
        if not words:
            continue
        place = next((m for c in noun.children if c.lower_ == "of" for g in c.children for m in [held_place(doc, mentions, g)[0]] if m is not None), None)
        place = place or _apposed(doc, mentions, noun) or fronted
        if place is not None and mention_at(mentions, noun) is None:
            yield tok, words, [place]


def _fronted_place(mentions: Mentions, owner: list[Token]) -> PlaceMention | None:
    """ "In Raqqa Islamic States power base in Syria": a copy stripped of commas and apostrophes runs the place
    into the owner's words; a place name opening them, with more words after it, is the place the phrase is of."""
    first = mention_at(mentions, owner[0]) if owner else None
    if first is None or not any(t.idx >= first.end for t in owner):
        return None
    return first


def _apposed(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """The place a seat phrase stands beside: "X, the group's power base" (a name and a comma right before the
    phrase) or "the group's power base, X" (a name right after the comma that closes it)."""
    left = noun.left_edge
    j = left.i - 1
    if j > 0 and doc[j].text == ",":
        m = mention_at(mentions, doc[j - 1])
        if m is not None:
            return m
    k = noun.i + 1
    if k + 1 < len(doc) and doc[k].text == ",":
        return mention_at(mentions, doc[k + 1])
    return None


def negated(verb: Token) -> bool:
    """ "the army has not yet taken X", "rebels never took X", "IS no longer controls X": a capture or holding
    the text denies, or says is over, holds nothing."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def _before_pronoun(pronoun: Token) -> Token | None:
    """ "killed near X which the army retook in May": a text stripped of commas leaves the parser a relative
    clause it hangs on the main verb, with "which" as its object; the noun right before the pronoun (a comma
    aside) is what it stands for."""
    j = pronoun.i - 1
    if pronoun.doc[j].text == "," and j > 0:
        j -= 1
    noun = pronoun.doc[j]
    if noun.dep_ == "pobj" and noun.head.lower_ != "of" and place_noun(noun.head.head):
        return None  # "the area near X which rebels hold": the clause is the area's
    return noun if noun.pos_ in {"PROPN", "NOUN"} else None


def object_of_relative(verb: Token, obj: Token | None) -> Token | None:
    """What a holding verb holds when it describes the place: "the town of X, which the rebels control", "X, a
    town the Islamic State controls" (a relative clause whose object is its pronoun, or none at all, holds the noun
    it describes); else the verb's own object."""
    if verb.dep_ != "relcl" and obj is not None and obj.lower_ == "which" and obj.i > 0:
        return _before_pronoun(obj) or obj
    if verb.dep_ != "relcl" or (obj is not None and obj.lower_ not in {"which", "that"}):
        return obj
    if any(c.dep_ == "nsubj" and c.lower_ in {"which", "that", "who"} for c in verb.children):
        return obj  # "the SDF, which controls ...": the pronoun is the holder, not the place
    # "clashes outside X which the army took": the parser may hang the clause on a noun before the name it follows
    # (not "the area near X which rebels hold", where it hangs it on a place noun of its own)
    name = _before_pronoun(obj) if obj is not None and obj.lower_ == "which" and obj.i > 0 else None
    noun = described(verb)
    return name if name is not None and name.pos_ == "PROPN" and not place_noun(noun) else noun


def holder_areas(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "jets killed 10 in rebel areas east of Damascus", "shells hit government areas of Aleppo": a holder word
    right in front of an area noun holds the area (the place it is or names with "of" or "in"). Nationalities
    ("Syrian territory", "Turkish areas") name a country's land, not a holder in the war, and are left alone."""
    for tok in doc:
        if tok.lemma_.lower() not in _AREA_NOUNS or tok.pos_ != "NOUN" or tok.i == 0:
            continue
        front = doc[tok.i - 1]
        if front.dep_ not in {"compound", "amod", "nmod"} or front.head.i != tok.i or front.ent_type_ == "NORP" or role(front) == "held":
            continue
        if not holder_label(front.text, known_only=True):
            continue
        place = mention_at(mentions, tok) or held_place(doc, mentions, tok)[0] or next(
            (m for p in tok.children if p.lower_ == "in" for g in p.children if g.dep_ == "pobj" for m in [mention_at(mentions, g)] if m), None)
        if place is not None:
            # "rebel territory in X, particularly the towns of A and B": the towns singled out are held too
            yield tok, front.text, [place, *(m for m in examples(doc, mentions, tok) if m != place)]
