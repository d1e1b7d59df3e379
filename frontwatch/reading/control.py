"""Control statements of one article: who holds which place, per whom, since or as of when.

A text says who holds a place in a few ways, read here over the dependency parse (words in
data/lexicons/control_words.tsv, holders in data/holder_sides.csv):

- a capture told as an event (ACLED's territory sub-types) at a town or neighbourhood: the taker holds it
  since the event's date, and so do the places listed with it ("took A and B"). A doer who gives the place
  up ("withdrew from X") leaves it to the other side, when the text names one; entering, advancing,
  besieging or "fire control" is no full control. A capture of people ("captured a pilot") holds nothing; "X fell to Y" is Y's. The parse is read for captures too ("Rebels captured X in May", "the army
  and Kurdish fighters drove IS out of X"), so an old capture the events leave out still says who took X; a capture
  the article later tells undone by another side ("IS took X in 2015 ... the army retook X in 2017") is dropped;
- a description: "the rebel-held town of X", "rebel-dominated X", "opposition held X", "the IS-held area of X", "X, which is
  controlled by Y", "X, under the control of Y", "under IS control", "in the hands of Y", "X is a stronghold of Y", "the rebel
  stronghold of X", "Y controls X", "Y, which has held X since 2012": Y holds X as of the publication date. "The rebel-held districts of Aleppo" names a part
  of a city (data/lexicons/control_parts.tsv), not the city; a country is never a held place; a place said to lie in a
  held one ("the X neighbourhood in rebel-held Aleppo") is held too, and a place told by direction right after a named
  one ("took A east of B") only says where A lies;
- "Y lost control of X to Z": Z holds X; "Y has (full) control of X", "Y is in control of X": Y holds X;
- a group's self-styled seat ("with X as its de facto capital") is its stronghold; a held place noun with no name
  ("pounding the rebel-held enclave") points back to the place of its kind named before it in the sentence;
  a pronoun holder ("after they regained X") stands for the doer named in an enclosing clause, and a catch-all
  word ("the militants' stronghold") for the one group the sentence names.

Holders are side labels ("government", "opposition", "Islamic State", "Kurdish forces (YPG)" ...), a named
group before a catch-all word ("Al Nusra and its allies" is Nusra's, "ISIS terrorists" the Islamic State's).

The module reads the descriptions and gathers everything; captures are read in reading.captures, holder
labels in reading.holders, the places a statement names in reading.control_places.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading.attribution import attribute
from frontwatch.reading import lexicons
from frontwatch.reading.captures import Found, _out_of, _reference_point, date_of, from_events, intended, parse_captures, superseded_dropped
from frontwatch.reading.control_wording import compound_seats, fused_participles, holder_areas, negated, object_of_relative
from frontwatch.reading.control_places import (after, apposed_name, described, earlier_town, holdable, held_place, listed, mention_at,
                                               one_of, place_noun, role, sentences_before, span_text, whole_part)
from frontwatch.reading.holders import holder_label as holder_label
from frontwatch.reading.holders import groups_named, is_catch_all, names_holder, stand_in_before, stand_in_holder
from frontwatch.reading.mentions import Mentions, speakers_in
from frontwatch.reading.unreal import unreal
from frontwatch.records import Claim, Control, Document, Event, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = {"which", "that", "who"}


def _holder_before_hyphen(doc: Doc, tok: Token) -> str:
    """ "IS-held", "Islamic State-held", "Kurdish-controlled": the words before the hyphen (a run of names)."""
    j = tok.i - 2
    while j > 0 and doc[j - 1].is_title and doc[j].is_title and not doc[j - 1].is_sent_start and tok.i - j < 5:
        j -= 1
    return span_text(doc, list(doc[j : tok.i - 1]))


def _adjectival(tok: Token, before: Token | None) -> bool:
    """ "the opposition held area": a holder word right before the participle, as a modifier, not a subject
    ("the army held a meeting", "the rebels held the town until May" say nothing of now)."""
    return (before is not None and before.dep_ not in {"nsubj", "nsubjpass"} and tok.dep_ != "ROOT"
            and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in tok.children)
            and bool(holder_label(before.text, known_only=True)))


def _antecedent(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "bombs hit Wadi Barada, pounding the rebel-held enclave", "civilians were hurt in the X district when
    snipers fired into the rebel-held neighbourhood": a definite place noun with no name of its own points back
    to the nearest place of its kind named earlier in the sentence (data/lexicons/place_anaphors.tsv), though not
    to a reference point ("north of Damascus") nor to where the doer of its own verb is ("snipers in Y fired
    into the rebel-held neighbourhood")."""
    kinds = lexicons.mapping("place_anaphors.tsv").get(noun.lower_, "")
    if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    doer = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    before = [m for m in mentions.places if noun.sent.start_char <= m.start and m.end <= noun.left_edge.idx
              and m.place is not None and m.place.kind in kinds.split(",")]
    for m in reversed(before):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i in doer or _reference_point(span.root) or role(span[0]) == "direction":
            continue  # "north of Damascus" is a reference point however it is named
        if noun in span.root.conjuncts:
            return []  # "jets struck Idlib and the rebel-held town": a place listed beside it is another one
        return [m]
    return []


def _clause_of(participle: Token) -> Token:
    """The clause a passive participle's subject is found in: its own, or, for a second verb with no subject of
    its own, the first one's ("X, which lies near Y and is held by Z"; "the town was shelled and is held by Z")."""
    if participle.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children):
        return participle.head
    return participle


def _agent_words(agent: Token) -> str:
    """The holder words of "by Y": Y without a party set against it ("controlled by the YPG but regime forces
    hold ..." names the YPG; the parser may hang the contrast on Y)."""
    cut = min((t.i for t in agent.subtree if t.dep_ == "cc" and t.lower_ in {"but", "while", "whereas"}), default=None)
    words = [t for t in agent.subtree if cut is None or t.i < cut]
    return span_text(agent.doc, words)


def _participles(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """(participle, holder words, places) of "X-held Y", "X held Y", "Y (which is) controlled by X"; the
    holder words of an adjective ("X-held") name a known holder."""
    for tok in doc:
        hyphened = role(tok) == "hyphen-held" and tok.tag_ in {"VBN", "VBD", "JJ"}  # "rebel-dominated", "Daesh-occupied"
        if not hyphened and (role(tok) != "held" or tok.lower_ not in {"held", "controlled"}):
            continue
        before = doc[tok.i - 1] if tok.i else None
        if tok.i >= 2 and doc[tok.i - 1].text == "-":  # "government-held district of Jibreen"
            words = _holder_before_hyphen(doc, tok)
            if not holder_label(words, known_only=True) and (hyphened or not words[:1].isupper()):
                continue  # "long-held" names no holder; "Israeli-controlled" names one the lexicon may not know
        elif hyphened:
            continue  # "dominated", "run" alone name no holding
        elif _adjectival(tok, before):
            assert before is not None
            words = before.text  # "the opposition held area of ..."
        else:  # "a neighborhood controlled by a Kurdish militia"; "the village is held by the rebels"
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            clause = _clause_of(tok)
            subject = [c for c in clause.children if c.dep_ in ({"nsubjpass"} if clause is tok else {"nsubj", "nsubjpass"})]
            if not agent or not (clause.dep_ in {"acl", "relcl"} or subject):  # "a town (which is) controlled by"
                continue
            relative = clause.dep_ in {"acl", "relcl"} and (not subject or subject[0].lower_ in _PRONOUNS)
            noun = whole_part(described(clause) if relative else subject[0])
            yield tok, _agent_words(agent[0]), listed(doc, mentions, noun, shared_clause=clause.dep_ == "relcl")
            continue
        right = after(doc, mentions, tok)
        if right is not None and right.relative and (apposed := apposed_name(doc, mentions, tok.head)) is not None:
            right = apposed  # "Douma another rebel-held area east of Damascus": the name, not the area beside the city
        span = doc.char_span(right.start, right.end, alignment_mode="expand") if right is not None else None
        if span is not None:  # "army-held Jableh and Baniyas", "opposition-held al-Ansari neighbourhood"
            places = listed(doc, mentions, span.root, shared_clause=False)
            yield tok, words, places + [m for m in [_inside(doc, mentions, tok)] if m is not None and m not in places]
            continue
        # the small model tags some place names as adjectives ("regime-held Tartous")
        named = mention_at(mentions, tok.head) is not None
        if tok.head.i > tok.i and (tok.head.pos_ in {"NOUN", "PROPN"} or named):
            places = listed(doc, mentions, tok.head, shared_clause=False) if tok.dep_ == "amod" else [
                m for m in [held_place(doc, mentions, tok.head)[0]] if m is not None]
            yield tok, words, places or _antecedent(doc, mentions, tok.head) or earlier_town(doc, mentions, tok.head)


def _inside(doc: Doc, mentions: Mentions, held: Token) -> PlaceMention | None:
    """ "the X neighbourhood in rebel-held Aleppo", "the village of X in IS-held Raqqa province": a place said to lie
    in a held place is held too (the parser often hangs the "in" on the verb, so the words are read in order)."""
    first = held.left_edge  # "rebel" of "rebel-held", or the participle itself
    if first.i > 0 and doc[first.i - 1].dep_ == "det":  # "in the rebel-held east"
        first = doc[first.i - 1]
    prep = doc[first.i - 1] if first.i > 0 else None
    if prep is None or prep.lower_ != "in" or prep.i == 0:
        return None
    before = doc[prep.i - 1]
    inner = mention_at(mentions, before) or (held_place(doc, mentions, before)[0] if before.pos_ == "NOUN" else None)
    return inner if inner is not None and not inner.relative and holdable(inner) else None


_WHERE = frozenset({"in", "near", "at", "inside", "outside", "around", "across"})


def _holder_of(noun: Token, *, skip: int = -1, skip_of: bool = False) -> str:
    """Holder words on a noun: its "of Y" (Y not the place at ``skip``; none when ``skip_of``: the "of" phrase
    names the place), else the names in front of it ("IS control")."""
    for prep in (c for c in noun.children if c.lower_ == "of" and not skip_of):
        for obj in prep.children:
            if obj.i != skip:
                # "a bastion of the extremist group in Aleppo province": where the group is names no group
                where = {t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in _WHERE for t in c.subtree}
                return span_text(noun.doc, [t for t in obj.subtree if t.i not in where])
    front = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"} and role(t) not in {"former", "self-styled"}
             and not _descriptive(t)]
    return span_text(noun.doc, [t for f in front for t in f.subtree if t.dep_ != "case"]) if front else ""


def _descriptive(word: Token) -> bool:
    """A word in front of a held noun that describes it and names no holder: "de" of "de facto", a nationality
    ("the group's de facto Syrian capital", "IS's Syrian bastion"; "Kurdish" names a holder)."""
    if word.lower_ == "de":
        return True
    return word.ent_type_ == "NORP" and not any(holder_label(t.text, known_only=True) for t in word.subtree)


def _under_control(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "X, which is under the control of Y", "areas under Y control", "X remains under Y's control", "X remains
    in the hands of Y", "X has been in rebel hands since 2012"."""
    for tok in doc:
        under = tok.lemma_.lower() == "control" and tok.head.lower_ == "under"
        # "in the hands of Y", "in rebel hands", "fell into rebel hands"
        hands = tok.lower_ == "hands" and tok.head.lower_ in {"in", "into"} and bool(_holder_of(tok))
        if tok.dep_ != "pobj" or not (under or hands):
            continue
        words = _holder_of(tok)
        attach = tok.head.head
        if negated(attach) or (tok.head.lower_ == "into" and _unreal_change(attach)):
            continue  # "X is no longer under IS control", "X would fall into rebel hands"
        if attach.pos_ in {"NOUN", "PROPN"}:
            noun = attach
        else:
            subject = next((c for c in attach.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            noun = described(attach) if subject.lower_ in _PRONOUNS and attach.dep_ == "relcl" else subject
            if subject.lower_ in _PRONOUNS and attach.dep_ == "relcl":
                noun = _place_before(mentions, subject, noun)
        noun = _controlled(noun)
        places = listed(doc, mentions, noun, shared_clause=attach.dep_ == "relcl") if words else []
        for one in _shared_holders(tok) or [words]:
            if one:
                yield tok, one, places


def _place_before(mentions: Mentions, pronoun: Token, noun: Token) -> Token:
    """ "the offensive in A and B sub-districts which are under IS control": the parser may hang a relative clause
    on a noun far before it; a plural place noun right before the pronoun is what the clause describes when the
    noun it was hung on is no place."""
    j = pronoun.i - 1 - (pronoun.i > 1 and pronoun.doc[pronoun.i - 1].text == ",")
    before = pronoun.doc[j] if j >= 0 else None
    if before is None or before.i == noun.i or before.tag_ != "NNS" or not place_noun(before):
        return noun
    return before if not place_noun(noun) and mention_at(mentions, noun) is None else noun


def _shared_holders(control: Token) -> list[str]:
    """ "under the shared control of the regime and Kurdish forces", "under the joint control of A and B": each
    group listed after "of" holds the place ([] when the list is not one of holders)."""
    of = next((g for c in control.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if of is None:
        return []
    # the parser hangs such lists every way ("the Syrian government and Kurdish forces": "government" on "forces"),
    # so the phrase is cut at its "and"s
    # (not inside a clause on the last one: "Kurdish authorities who rule the north and east")
    clause = min((t.i for t in of.subtree if t.dep_ in {"relcl", "acl"} for t in t.subtree), default=of.right_edge.i + 1)
    cuts = [t.i for t in of.subtree if t.lower_ == "and" and t.dep_ == "cc" and t.i < clause]
    if not cuts:
        return []
    bounds = [of.left_edge.i, *cuts, clause]
    words = [span_text(control.doc, [t for t in control.doc[a:b] if t.dep_ not in {"det", "punct", "cc"}]) for a, b in zip(bounds, bounds[1:])]
    return words if all(holder_label(w, known_only=True) for w in words) else []


def _unreal_change(verb: Token) -> bool:
    """ "X would fall into rebel hands", "to stop X falling into IS hands", "X could fall": a change of hands only
    foreseen or feared (a modal, an infinitive, or a verb the parse hangs under a preventing or fearing one)."""
    modal = any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "may", "might", "to"} for c in verb.children)
    return modal or verb.tag_ in {"VB", "VBG"} or unreal(verb)


def _controlled(noun: Token) -> Token:
    """ "Control of (for, over) X is in the hands of Y": the place is the one "control" is of."""
    if noun.lemma_.lower() != "control":
        return noun
    return next((g for c in noun.children if c.lower_ in {"of", "for", "over"} for g in c.children if g.dep_ == "pobj"), noun)


def _divided(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "X remains divided between IS and Kurdish control", "the city is split between rebel and regime control":
    each side named before "control" holds part of X."""
    for tok in doc:
        if tok.lemma_.lower() not in {"divide", "split"} or tok.tag_ not in {"VBN", "VBD"}:
            continue
        # "X divided since 2012 between ...": the parser may hang "between" on a word after the verb
        between = next((c for c in tok.children if c.lower_ == "between"), None) or next(
            (t for t in doc[tok.i + 1 : min(tok.i + 5, tok.sent.end)] if t.lower_ == "between"), None)
        items = [i for g in (between.children if between is not None else ()) if g.dep_ == "pobj" for i in (g, *g.conjuncts)]
        # "split between rebel control in its north and regime control in its south": the parser may hang the
        # second "control" anywhere after "between" in the clause
        control = [t for t in tok.subtree if between is not None and t.i > between.i and t.lemma_.lower() in {"control", "hand"}]
        subject = _divided_one(tok)
        holders = _between_holders(items) if not control and not _held_parts(doc, items) else []
        if subject is None or not control and not _held_parts(doc, items) and not holders:
            continue
        # "between IS and Kurdish control"; "between regime and IS control" (the parser may list "regime" beside "control")
        front = [t for c in control for t in c.lefts if t.dep_ in {"compound", "amod", "nmod", "poss"}]
        sides = {t.i: t for f in (*front, *(i for i in items if i not in control)) for t in (f, *f.conjuncts)}
        places = listed(doc, mentions, subject, shared_clause=False) or _antecedent(doc, mentions, subject)
        for side in sides.values():
            if holder_label(side.text, known_only=True):  # not "its" nor "north"
                yield tok, side.text, places
        for words in [*_held_parts(doc, items), *holders] if not control else ():
            yield tok, words, places


def _divided_one(verb: Token) -> Token | None:
    """What a "divided" is said of: the subject of its clause ("X is divided", "X remains split"), of the verb it
    is listed with ("X has been ravaged and divided between ..."; an "it" there stands for the subject of a verb
    before it), or the noun it describes ("X, divided since 2012 between ...", which texts without commas leave the
    parser to read as X's own verb)."""
    clause = verb.head if verb.dep_ in {"acomp", "xcomp", "oprd"} else verb
    heads = [clause]
    while heads[-1].dep_ == "conj" and len(heads) < 4:  # "X was a hub but it has been ravaged and divided ..."
        heads.append(heads[-1].head)
    subjects = [c for h in heads for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}]
    named = [s for s in subjects if s.lower_ != "it"]
    if subjects and subjects[0].lower_ in _PRONOUNS and heads[-1].dep_ == "relcl":
        # "the district of X, which is divided between ...": the noun the clause is said of, the name right before
        # the pronoun when the parser hangs the clause further back ("the capital's district of X which ...")
        before = verb.doc[subjects[0].i - 1] if subjects[0].i > 0 else None
        return before if before is not None and before.pos_ == "PROPN" else heads[-1].head
    if subjects:
        return named[0] if named and subjects[0].lower_ == "it" else subjects[0]
    if verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"}:
        return verb.head
    # "X divided since 2012 between ...": a headline-like clause the parser hangs the name on as a modifier
    return next((c for c in verb.lefts if c.pos_ == "PROPN"), None)


def _between_holders(items: list[Token]) -> list[str]:
    """ "the city is split between government forces and Kurdish fighters": with no "control" after "between",
    each item that names a holder by itself holds part of the place (not "between its east and west")."""
    words = [span_text(i.doc, [t for t in i.subtree if t.i <= i.i and t.dep_ not in {"det", "cc", "punct"}]) for i in items]
    return [w for w in words if holder_label(w, known_only=True)] if len(items) > 1 else []


def _held_parts(doc: Doc, items: list[Token]) -> list[str]:
    """ "divided between the regime-held west and the rebel-held east": with no "control" after "between", the
    holders of the held parts it lists each hold part of the place."""
    out = []
    for item in items:
        held = next((c for c in item.children if c.dep_ == "amod" and role(c) == "held" and c.i >= 2 and doc[c.i - 1].text == "-"), None)
        words = _holder_before_hyphen(doc, held) if held is not None else ""
        if words and holder_label(words, known_only=True):
            out.append(words)
    return out


def _strongholds(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "X is a stronghold of Y", "the IS stronghold of X", "X, a rebel stronghold", "with X as its de facto
    capital" (a group's self-styled seat is its stronghold; "the Syrian capital" is no group's)."""
    for tok in doc:
        # "IS's de facto capital Raqqa", "the rebel stronghold Morek": the parser hangs the words before the noun on the name
        named = tok.head if tok.dep_ == "compound" and mention_at(mentions, tok.head) is not None else None
        fronts = [t for f in named.lefts if f.i < tok.i for t in f.subtree] if named is not None else []
        seat = _self_styled_seat(tok) or (role(tok) == "seat" and any(role(t) == "self-styled" for t in fronts))
        if not (role(tok) == "stronghold" or seat) or any(role(c) == "former" for c in (*tok.children, *fronts)):
            continue
        of_place = next((g for c in tok.children if c.lower_ == "of" for g in c.children if mention_at(mentions, g) is not None), None)
        # "the group's capital of X state television reported": a copy stripped of its commas leaves the parser
        # the place deep inside the "of" phrase; the place named right after "of" is the one
        of_prep = next((c for c in tok.children if c.lower_ == "of"), None) if of_place is None else None
        right = after(doc, mentions, of_prep) if of_prep is not None else None
        of_words = next((g for g in of_prep.children if g.dep_ == "pobj"), None) if of_prep is not None and right is not None else None
        if of_words is not None and right is not None:
            of_place = next((t for t in of_words.subtree if right.start <= t.idx < right.end), None)
        # "in its Raqqa bastion", "the group's Idlib stronghold": the place named in front of the noun
        fused = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and mention_at(mentions, c) is not None), None)
        candidates = [of_place, *(c for c in tok.children if c.dep_ == "appos"), tok.head if tok.dep_ == "appos" else None, named,
                      _one_of(tok), fused]
        copula = tok if tok.dep_ == "attr" else _attr_one_of(tok)  # "X is a stronghold of Y", "X is one of Y's bastions"
        if copula is not None:
            candidates.append(next((c for c in copula.head.children if c.dep_ == "nsubj"), None))
        place = next((m for c in candidates if c is not None for m in [mention_at(mentions, c)] if m is not None), None)
        if place is None and tok.dep_ == "attr":  # "X was shelled again. It is the last rebel bastion near Y"
            place = _it_place(doc, mentions, next((c for c in tok.head.children if c.dep_ == "nsubj"), None))
        place = place or apposed_name(doc, mentions, tok)  # "the fall of Yabrud(,) a key rebel bastion"
        place = place or _stronghold_town(doc, mentions, tok)  # "a stronghold of IS in the northern town of X"
        if place is None and tok.dep_ == "pobj" and tok.head.lower_ == "as":  # "with the city of X as its capital"
            named = tok.head.head if tok.head.head.pos_ in {"NOUN", "PROPN"} else next(
                (c for c in tok.head.head.children if c.dep_ == "dobj"), None)  # "choosing X as its capital"
            place = held_place(doc, mentions, named)[0] if named is not None else None
        words = _holder_of(tok, skip=of_place.i if of_place is not None else -1, skip_of=of_words is not None and of_place is not None) or span_text(
            doc, [t for t in fronts if t.dep_ in {"poss", "compound", "amod", "nmod"} and t.dep_ != "case" and role(t) != "self-styled"
                  and t.pos_ != "X" and not _descriptive(t)])
        if fused is not None:
            words = _owner_in_front(tok, fused)
        if place is not None and words and holdable(place) and mention_at(mentions, tok) is None:
            yield tok, words, [place]


def _owner_in_front(noun: Token, place: Token) -> str:
    """The owner of "its Raqqa bastion", "the group's Idlib stronghold", "the rebels' Douma stronghold": the
    possessor in front of the noun, the place left out; a possessive pronoun stands for the nearest holder
    named before it in the sentence ("bombed the group in its Raqqa bastion": the group), not for the clause's
    doer (the jets that bombed it)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < place.i), None)
    if owner is None:
        return ""
    if role(owner) != "pronoun":
        return _stood_in(span_text(noun.doc, [t for t in owner.subtree if t.dep_ != "case"]), noun.sent)
    for before in reversed(noun.doc[noun.sent.start : owner.i]):
        if before.pos_ not in {"NOUN", "PROPN"} or before.dep_ == "compound":
            continue
        words = span_text(noun.doc, [t for t in before.subtree if t.i <= before.i])
        if is_catch_all(words) or holder_label(words, known_only=True):
            return _stood_in(words, noun.sent)
    return ""


def _stood_in(words: str, sent: Span) -> str:
    """ "the group": the one group named in the sentence or just before (lexicons/stand_in_holders.txt); other
    words as they are."""
    if not is_catch_all(words):
        return words
    return stand_in_holder(words, sent.text) or _stand_in_earlier(words, sent) or words


def _attr_one_of(noun: Token) -> Token | None:
    """ "X is one of the last rebel strongholds": the "one" a copula says of its subject, when ``noun`` is what it is
    one of (a place the sentence says is one of a group's bastions is held by it, as "X is a bastion of Y" is)."""
    one = one_of(noun)
    return one if one is not None and one.dep_ == "attr" else None


def _one_of(noun: Token) -> Token | None:
    """ "Idlib, one of the last remaining opposition bastions": the name "one of" the nouns stands beside (the
    parser may also read "one" as a modifier of the name when the comma is lost)."""
    one = one_of(noun)
    return one.head if one is not None and one.dep_ in {"appos", "npadvmod", "nummod"} else None


def _it_place(doc: Doc, mentions: Mentions, subject: Token | None) -> PlaceMention | None:
    """ "X has been under siege since 2012. It is the last rebel stronghold near Y": "it" opening a sentence points
    back to the one place the sentence before names (none when it names two, or none)."""
    if subject is None or subject.lower_ != "it" or subject.i != subject.sent.start:
        return None
    before = sentences_before(subject.sent, 1)
    if not before:
        return None
    prev = before[0]
    named = [m for m in mentions.places if prev.start_char <= m.start < prev.end_char and holdable(m) and not m.relative]
    return named[0] if len({m.place.place_id for m in named if m.place is not None}) == 1 else None


def _stronghold_town(doc: Doc, mentions: Mentions, stronghold: Token) -> PlaceMention | None:
    """ "pounded a major stronghold of the IS group in the northern town of X", "a rebel stronghold in the village of
    X": a stronghold is the town its "in" names by a place noun ("the town of X"; the parser may hang the "in" on the
    verb, right after the stronghold's phrase); a stronghold "in Idlib province" or "in the south of X" is somewhere
    in it, not all of it."""
    beside = [c for c in stronghold.head.children if c.i == stronghold.right_edge.i + 1] if stronghold.dep_ in {"dobj", "pobj"} else []
    towns = [g for c in (*stronghold.children, *beside) if c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in {"town", "village", "city"} and any(p.lower_ == "of" for p in g.children)]
    return held_place(doc, mentions, towns[0])[0] if towns else None


def _self_styled_seat(noun: Token) -> bool:
    """ "its de facto capital", "the group's self-declared capital": a seat a group gives itself."""
    return role(noun) == "seat" and any(role(t) == "self-styled" for t in noun.subtree if t.i < noun.i)


def _present_holding(tok: Token) -> bool:
    """ "controls", "hold", "has controlled since 2014": a present (or present perfect) of holding; a base form
    with a subject and no auxiliary is a present the tagger missed ("forces loyal to Y hold X")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"control", "hold"} or negated(tok):
        return False  # "IS no longer controls X"
    bare = tok.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    # "the monitor said the SDF now held X": reported speech shifts the present back; "now" keeps it the present
    reported_now = tok.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in {"now", "currently"} for c in tok.children)
    return (bare or reported_now or tok.tag_ in {"VBZ", "VBP"}
            or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in tok.children)))


def _majority_of(obj: Token) -> Token | None:
    """ "holds 70 percent of X": a share above half of a place is who holds it, as "most of X" is (the place is the
    object of its "of"); a smaller share ("30 percent of X") holds none of it, as "a third of" holds none."""
    if obj.lower_ not in {"percent", "%"}:
        return obj
    count = next((c for c in obj.children if c.dep_ == "nummod" and c.text.replace(".", "", 1).isdigit()), None)
    of = next((g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if count is None or of is None:
        return obj
    return of if float(count.text) > 50 else None


def _subject_words(subject: Token) -> str:
    """The holder words of a subject: its words up to its head ("the Nusra Front"), or all of it when those name
    no holder ("forces loyal to the government")."""
    head = span_text(subject.doc, [t for t in subject.subtree if t.i <= subject.i])
    if holder_label(head, known_only=True):
        return head
    whole = span_text(subject.doc, list(subject.subtree))
    return whole if holder_label(whole, known_only=True) else head


def _active_holding(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "IS controls X", "the SDF, which controls most of X", "rebels have held X since 2012"."""
    for tok in doc:
        if not _present_holding(tok):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = object_of_relative(tok, next((c for c in tok.children if c.dep_ == "dobj"), None))
        if subject is None or obj is None:
            continue
        if subject.lower_ in _PRONOUNS and tok.dep_ == "relcl":
            subject = tok.head  # "the SDF, which controls ..."
        words = _subject_words(subject)
        obj = _majority_of(obj)
        if obj is None:
            continue
        place, _ = held_place(doc, mentions, obj)
        if place is not None:  # "rebels control A and B", "most of A and B": the places listed with it are held too
            yield tok, words, listed(doc, mentions, obj, shared_clause=False)
        elif back := earlier_town(doc, mentions, obj):
            yield tok, words, back


def _having_control(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "regime troops had full control of X, the monitor said", "rebels now have control over X", "the army said
    it was in full control of X": the one who has control of a place, or is in control of it, holds it (not "has
    no control over X", nor "had control of X until May")."""
    for control in doc:
        if control.lemma_.lower() != "control" or control.pos_ != "NOUN":
            continue
        if control.dep_ == "dobj" and control.head.lemma_.lower() == "have":
            verb = control.head
        elif control.dep_ == "pobj" and control.head.lower_ == "in" and control.head.head.lemma_.lower() in {"be", "remain", "stay"}:
            verb = control.head.head
        else:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _denied(verb, control):
            continue
        places = [m for c in control.children if c.lower_ in {"of", "over"} for g in c.children
                  for m in listed(doc, mentions, g, shared_clause=False)]
        yield verb, span_text(doc, [t for t in subject.subtree if t.i <= subject.i]), places


def _denied(verb: Token, noun: Token) -> bool:
    """ "has no control", "did not have control", "had control until May": the holding is denied or over."""
    return (any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in {"no", "little"} for c in noun.children)
            or any(c.lower_ in {"until", "till"} for c in (*verb.children, *noun.children)))


def _lost_to(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "Y lost control of X to Z", "Y lost X to Z", "X, which IS lost to the army in March": Z holds X."""
    for tok in doc:
        if tok.lemma_.lower() != "lose" or negated(tok):
            continue
        control = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"), None)
        to = [g for c in (*tok.children, *(control.children if control is not None else ())) if c.lower_ == "to" for g in c.children]
        if not to:
            continue
        if control is not None:
            places = [m for c in control.children if c.lower_ == "of" for g in c.children
                      for m in [held_place(doc, mentions, g)[0]] if m is not None]
        else:  # a place lost, not fighters or ground ("lost 20 men to IS attacks")
            lost = [object_of_relative(tok, c) or c for c in tok.children if c.dep_ == "dobj"]
            places = [m for o in lost for m in [held_place(doc, mentions, o)[0]] if m is not None]
        yield tok, span_text(doc, list(to[0].subtree)), places


def _fall_of(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "after the fall of X to IS", "reeling from last month's loss of X to Kurdish fighters": the group after
    "to" took X (the parser hangs "to Y" on the noun or on X). Not a fall only feared or foreseen ("the fall of
    X would mark a victory", "to prevent the fall of X": reading.unreal, which tells events that did not happen)."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in {"fall", "loss"} or unreal(noun):
            continue
        of = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        # "reeling from the loss of X to Y": the parser may hang "to Y" on the verb, right after the noun's phrase
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        beside = [c for c in verb.children if c.i == noun.right_edge.i + 1]
        to = [g for c in (*(c for n in (noun, *of) for c in n.children), *beside) if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if not of or not to:
            continue
        places = listed(doc, mentions, of[0], shared_clause=False)
        yield noun, span_text(doc, list(to[0].subtree)), places


def _sought_from(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "an offensive to retake X from IS", "rebels are trying to capture X from the army", "a campaign to drive IS
    out of X": a capture only aimed at still leaves X with the side it would be taken from (a capture done, "seized X from IS", ends that holding
    and is read as the taker's)."""
    for tok in doc:
        expelling = tok.lemma_.lower() in lexicons.words("expelling_verbs.txt")
        if tok.pos_ != "VERB" or not (role(tok) == "capture" or expelling) or not intended(tok) or negated(tok):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        driven = [w for o in objects for w in [span_text(doc, [t for t in o.subtree if t.i <= o.i])] if holder_label(w, known_only=True)]
        if driven:  # "a campaign to drive IS from Raqqa", "to push the rebels out of X": the driven hold the place
            out = [g for c in _out_of(tok) for g in (*c.children, *(g for p in c.children if p.lower_ == "of" for g in p.children))
                   if g.dep_ == "pobj"]
            places = [m for g in out for m in listed(doc, mentions, g, shared_clause=False)]
            if places:
                yield tok, driven[0], places
            continue
        # "to capture the city of X from IS": the parser may hang "from IS" on the name inside the object
        named = [g for o in objects for c in o.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        losers = [g for h in (tok, *objects, *named) for c in h.children if c.lower_ == "from" and c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj"]
        words = [span_text(doc, list(g.subtree)) for g in losers]
        words = [w for w in words if holder_label(w, known_only=True)]
        places = [m for o in objects for m in listed(doc, mentions, o, shared_clause=False)]
        if words and places:
            yield tok, words[0], places


def _stationed(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "terrorists holed up in X fired shells", "militants entrenched in the village of X": a group a participle of
    lexicons/stationed_participles.txt puts in a place holds it. Read on the words: the parser often runs such a
    phrase into the verb after it ("X fired" read as a compound)."""
    for tok in doc:
        if tok.lower_ not in lexicons.words("stationed_participles.txt") or tok.tag_ not in {"VBN", "VBD", "JJ"} or tok.i == 0:
            continue
        j = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "up")
        if j >= len(doc) - 1 or doc[j].lower_ not in {"in", "inside"}:
            continue
        group = _noun_before(doc, tok) or _copula_subject(doc, tok)  # a group, not "the archdiocese of X located in Y"
        group = group if holder_label(group, known_only=True) else ""
        # "in X", "in the village of X": the first name within the phrase
        place = next((m for t in doc[j + 1 : min(j + 6, tok.sent.end)] if not t.is_punct for m in [mention_at(mentions, t)] if m is not None), None)
        if group and place is not None and holdable(place):
            yield tok, group, [place]


def _copula_subject(doc: Doc, participle: Token) -> str:
    """ "IS fighters are entrenched in X", "the rebels remain holed up in X": the subject of a "be" or "remain"
    right before the participle ("" when none, or a pronoun)."""
    verb = doc[participle.i - 1]
    if verb.lemma_.lower() not in {"be", "remain", "stay"}:
        return ""
    subject = next((c for h in (participle, verb) for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return ""
    return span_text(doc, [t for t in subject.subtree if t.i <= subject.i])


def _noun_before(doc: Doc, participle: Token) -> str:
    """The words of the noun phrase right before a participle ("the armed terrorists" of "the armed terrorists holed
    up in X"), "" when a noun does not end right before it."""
    end = participle.i - 1
    if doc[end].pos_ not in {"NOUN", "PROPN"}:
        return ""
    start = end
    while start > participle.sent.start and doc[start - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
        start -= 1
    return doc[start : end + 1].text


def _locating(doc: Doc, mentions: Mentions, place: PlaceMention) -> bool:
    """ "took the village of A east of B", "A, north of B": a place told relative to another right after a named
    place says where that place lies; the taker holds A, not the whole east of B."""
    if not place.relative:
        return False
    gap = doc.text[: place.start].rstrip(" ,")
    return any(m.end == len(gap) and m is not place and not m.relative for m in mentions.places)


def _taken_away(doc: Doc, place: PlaceMention) -> bool:
    """ "after the fall of Yabrud, a key rebel bastion", "the capture of the IS-held town of X": a holding told
    of a place whose fall or capture the same phrase names is the one that ended."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    noun = span.root if span is not None else None
    if noun is not None and _captured_object(noun):
        return True
    while noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        if role(noun.head.head) in {"yield", "capture"} and noun.head.head.pos_ == "NOUN":
            return True
        noun = noun.head.head  # "the fall of the town of X"
    return False


def _captured_object(noun: Token) -> bool:
    """ "the army captured the Khalidiyeh district, which had been held by rebels for two years", "troops seized
    rebel-held Morek": the place a capture verb acts on was held by the side it was taken from; that holding is
    the one the capture ended (the capture itself tells who holds it now)."""
    while noun.dep_ in {"compound", "appos", "conj"} and noun.head is not noun:
        noun = noun.head  # "the Khalidiyeh district", "Morek and Kafr Zita"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or role(verb) != "capture" or negated(verb):
        return False
    # told as done: "captured", "has seized"; not an aim ("an offensive to take the rebel-held X")
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _outward(tok: Token) -> Iterator[Token]:
    """The token and its heads up to the first clause that describes a noun (a relative clause or participle)."""
    yield tok
    while tok.dep_ not in {"relcl", "acl", "ROOT"} and tok.head is not tok:
        tok = tok.head
        yield tok


def _pronoun_holder(tok: Token, words: str) -> str:
    """ "shot by army units after they took back X", "the army said it had retaken X": a
    pronoun holder stands for the nearest group named as the doer (subject or agent) of a clause it sits in,
    looking outward from the statement's own verb, not past a clause that describes a noun ("the army shelled X,
    which is under their control": "their" is not the army), else, for a pronoun opening its sentence ("The SDF
    pressed on. Its forces seized X", "They took X"), the group the sentence before has as its subject; "" when
    none is named there. "Its forces" is a pronoun holder too."""
    first = words.lower().split()[:1]
    if not first or lexicons.mapping("control_words.tsv").get(first[0]) != "pronoun" or first[0] in _PRONOUNS:
        return ""
    for verb in _outward(tok):
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doers += [c for c in verb.children if c.dep_ == "nsubj"]  # a passive's subject is what was done to
        for doer in doers:
            if doer.lower_ in _PRONOUNS or role(doer) == "pronoun":
                continue
            found = span_text(tok.doc, [t for t in doer.subtree if t.i <= doer.i])
            if holder_label(found, known_only=True):
                return found
    return _subject_before(tok)


def _subject_before(tok: Token) -> str:
    """The holder words of the sentence before's subject, for a pronoun holder opening its own sentence."""
    sent = tok.sent
    pronoun = next((t for t in sent if t.pos_ in {"PRON", "NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"}), None)
    if pronoun is None or role(pronoun) != "pronoun" or sent.start == 0:  # "On Tuesday they took X"
        return ""
    prev = tok.doc[sent.start - 1].sent
    subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    words = _subject_words(subject) if subject is not None and role(subject) != "pronoun" else ""
    return words if holder_label(words, known_only=True) else ""


def _named_elsewhere(found: list[Found], catch_all: set[int]) -> list[Found]:
    """ "near the militant-held town of X ... X has been under IS control since 2014": a holding told with a
    catch-all word ("militant-held") whose sentence names no group yields to the named group's holding of the same
    place elsewhere in the article; the catch-all's own side (militants read as rebels) would contradict it."""
    named: dict[str, set[str]] = {}
    for f in found:
        if id(f) not in catch_all:
            named.setdefault(f.place_id, set()).add(f.holder)
    return [f for f in found if id(f) not in catch_all or f.holder in named.get(f.place_id, {f.holder})]


def _placed_from_context(told: Found, parsed: list[Found], mentions: Mentions) -> bool:
    """ "... found in a town retaken from IS. Troops regained control of the town on Saturday. The Palmyra
    committee said ...": a capture event whose place its own sentence does not name was placed from the text
    around it, and may have been placed wrong; when the parse read the same sentence's capture by the same taker
    as taking a named place ("the town" pointing back), that reading stands and the event's adds nothing."""
    named = any(told.start <= m.start < told.end and m.place is not None and m.place.place_id == told.place_id for m in mentions.places)
    return not named and any(told.start <= f.start < told.end and f.since and f.holder == told.holder and f.place_id != told.place_id for f in parsed)


_EARLIER = 2  # sentences back a catch-all holder word may stand for a group named there


def _stand_in_earlier(words: str, sent: Span) -> str:
    """The group a catch-all holder word stands for when its own sentence names none and one of the two before it
    names one ("... the ISIS group ... In May the militant group overran X")."""
    if groups_named(sent.text):
        return ""
    return stand_in_before(words, [s.text for s in sentences_before(sent, _EARLIER)])


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def find_control(
    document: Document, doc: Doc, mentions: Mentions, events: list[Event], outlet: Source, *, outside: str = ""
) -> tuple[list[Control], list[Claim]]:
    """Statements of who holds a place: captures, "X-held", "controlled by", "under the control of", strongholds.

    ``outside``: ``doc`` is not the body but a photo caption or the headline ("caption", "headline"); its claims
    carry offsets -1, that word as their source's words and the text as their quote.
    """
    found: list[Found] = []
    catch_all: set[int] = set()  # ids of statements whose holder is a catch-all word the sentence gave no group for
    for finder in (parse_captures, _participles, fused_participles, _under_control, _strongholds, compound_seats, _lost_to, _fall_of,
                   _active_holding, _having_control, _divided, holder_areas, _sought_from, _stationed):
        for tok, words, places in finder(doc, mentions):
            words = _pronoun_holder(tok, words) or words
            if not names_holder(words, loose=finder is _participles):
                continue
            sent: Span = tok.sent
            source = attribute(tok, sent, speakers_in(mentions, sent.start_char, sent.end_char), None, outlet).source
            if outside:
                source = replace(source, words=outside)
            where = (-1, -1) if outside else (tok.idx, tok.idx + len(tok.text))
            holder = stand_in_holder(words, sent.text) or _stand_in_earlier(words, sent) or holder_label(words)
            date = date_of(mentions, tok) if finder in (parse_captures, _lost_to, _fall_of) else None  # "lost X to Y on Friday"
            if finder in (_participles, fused_participles, _strongholds, compound_seats, _under_control, holder_areas):
                places = [m for m in places if not _taken_away(doc, m)]
            places = [m for m in places if not _locating(doc, mentions, m)]
            for m in places:
                assert m.place is not None
                found.append(Found(m.place.name, m.place.place_id, holder, date, source, date is not None, sent.text.strip(), *where))
                if not stand_in_holder(words, sent.text) and is_catch_all(words):  # one from sentences before yields too
                    catch_all.add(id(found[-1]))
    found = _named_elsewhere(found, catch_all)
    # "Rebels said on Monday they had taken X on Saturday": a capture read off the parse with a date in its own
    # clause comes before the event told of it, whose date may be the report's
    dated = [f for f in found if f.since and f.date is not None]
    told = [f for f in from_events(doc, mentions, events) if not _placed_from_context(f, found, mentions)]
    found = superseded_dropped([*dated, *told, *(f for f in found if f not in dated)])
    controls: list[Control] = []
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        if (f.place, f.holder) in seen:
            continue
        seen.add((f.place, f.holder))
        when = f.date or document.anchor
        claim_id = _hash(document.doc_id, "control", f.place, f.holder, f.start, f.quote if f.start < 0 else "")
        claims.append(
            Claim(claim_id, "control", None, "", f.source, "", f.place, "", "", "", when, f.quote, f.start, f.end, False, holder=f.holder)  # type: ignore[arg-type]
        )
        controls.append(Control(f.place, f.holder, when, f.source, claim_id, f.place_id, f.since))  # type: ignore[arg-type]
    return controls, claims
