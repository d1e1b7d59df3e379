"""Control statements of one article: who holds which place, per whom, since or as of when.

A text says who holds a place in a few ways, read here over the dependency parse (words in
data/lexicons/control_words.tsv, holders in data/holder_sides.csv):

- a capture told as an event (ACLED's territory sub-types) at a town or neighbourhood: the taker holds it
  since the event's date, and so do the places listed with it ("took A and B"). A doer who gives the place
  up ("withdrew from X") leaves it to the other side, when the text names one; entering, advancing,
  besieging or "fire control" is no full control. A capture of people ("captured a pilot") holds nothing; "X fell to Y" is Y's. The parse is read for captures too ("Rebels captured X in May", "the army
  and Kurdish fighters drove IS out of X"), so an old capture the events leave out still says who took X; a capture
  the article later tells undone by another side ("IS took X in 2015 ... the army retook X in 2017") is dropped;
- a description: "the rebel-held town of X", "opposition held X", "the IS-held area of X", "X, which is
  controlled by Y", "X, under the control of Y", "under IS control", "in the hands of Y", "X is a stronghold of Y", "the rebel
  stronghold of X", "Y controls X", "Y, which has held X since 2012": Y holds X as of the publication date. "The rebel-held districts of Aleppo" names a part
  of a city (data/lexicons/control_parts.tsv), not the city; a country is never a held place;
- "Y lost control of X to Z": Z holds X.

Holders are side labels ("government", "opposition", "Islamic State", "Kurdish forces (YPG)" ...), a named
group before a catch-all word ("Al Nusra and its allies" is Nusra's, "ISIS terrorists" the Islamic State's).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import find_actors
from frontwatch.reading.attribution import attribute
from frontwatch.reading.doctext import text_of
from frontwatch.reading.mentions import Mentions, speakers_in
from frontwatch.records import ActorRef, Claim, Control, Document, Event, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}
_HOLDER_TABLE = Path(__file__).resolve().parents[1] / "data" / "holder_sides.csv"
_PRONOUNS = {"which", "that", "who"}


@dataclass(frozen=True, slots=True)
class _Found:
    """One control statement before de-duplication."""

    place: str
    place_id: str
    holder: str
    date: object
    source: Source
    since: bool
    quote: str
    start: int
    end: int


# --- holders ----------------------------------------------------------------------------------


@functools.cache
def _holder_words() -> tuple[dict[str, str], frozenset[str]]:
    """(words -> holder label, generic words) from data/holder_sides.csv."""
    text = _HOLDER_TABLE.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(line for line in text.splitlines() if line.strip() and not line.startswith("#"))))
    table: dict[str, str] = {}
    generic: set[str] = set()
    for row in rows:
        table.setdefault(row["words"].lower(), row["holder"])
        if row["generic"] == "1":
            generic.add(row["words"].lower())
    return table, frozenset(generic)


def _plain(words: str) -> str:
    """Lower-cased words without punctuation or possessives ("the regime's forces" -> "the regime forces")."""
    text = re.sub(r"'s\b", "", words.lower().replace("\u2019", "'"))
    return " ".join(re.sub(r"[^\w'\- ]", " ", text).split())


def _lexicon_holder(words: str, *, named_only: bool) -> str:
    """The holder a phrase names by the lexicon: a named group before a catch-all word, then the longest."""
    table, generic = _holder_words()
    padded = f" {_plain(words)} "
    hits = [w for w in table if f" {w} " in padded and not (named_only and w in generic)]
    best = max(hits, key=lambda w: (w not in generic, len(w), w), default=None)
    return table[best] if best else ""


def holder_label(words: str, *, known_only: bool = False) -> str:
    """The side label of the words naming a holder ("a Kurdish militia", "DAESH", "Al Nusra and its allies");
    an unknown group keeps its own words, or "" with ``known_only`` ("long-held" names no holder)."""
    named = _lexicon_holder(words, named_only=True)
    if named:
        return named
    found = find_actors(words)
    if found:
        return actor_holder(ActorRef(found[0].actor.name, found[0].actor.kind, found[0].actor.side, words))
    return _lexicon_holder(words, named_only=False) or ("" if known_only else words.strip())


def actor_holder(actor: ActorRef) -> str:
    """An actor's holder label: its own group where the lexicon names one (the Islamic State, Nusra), else its side's."""
    named = _lexicon_holder(actor.name, named_only=True) or _lexicon_holder(actor.words, named_only=True)
    if named:
        return named
    return lexicons.mapping("holders.tsv").get(actor.side, actor.side)




# --- places -----------------------------------------------------------------------------------


def _mention_at(mentions: Mentions, token: Token) -> PlaceMention | None:
    return next((p for p in mentions.places if p.start <= token.idx < p.end and p.place is not None), None)


def _role(token: Token) -> str:
    return lexicons.mapping("control_words.tsv").get(token.lemma_.lower(), "") or lexicons.mapping("control_words.tsv").get(token.lower_, "")


def _holdable(mention: PlaceMention) -> bool:
    """A country is not a held place ("shells hit rebel-held areas and neighbouring Lebanon")."""
    return mention.place is not None and mention.place.kind != "country"


def _part_of(noun: Token, mention: PlaceMention) -> bool:
    """ "the rebel-held districts of Aleppo": the noun names a part of the place, so the place is not held."""
    kinds = lexicons.mapping("control_parts.tsv").get(noun.lower_, "")
    return mention.place is not None and mention.place.kind in kinds.split(",")


def _named_in(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """A place named by the noun itself or in front of it ("Raqqa", "the al-Ansari neighbourhood")."""
    own = _mention_at(mentions, noun)
    if own is not None:
        return own
    for tok in doc[noun.left_edge.i : noun.i]:
        if tok.dep_ in {"compound", "amod", "nmod"} and tok.pos_ == "PROPN" and (m := _mention_at(mentions, tok)) is not None:
            return m
    return None


def held_place(doc: Doc, mentions: Mentions, noun: Token) -> tuple[PlaceMention | None, bool]:
    """(the place a held noun is about, whether the noun itself names it): the noun, what it is in apposition
    to ("Sheikh Maqsoud, a northern Aleppo neighbourhood controlled by ..."), a name in front of it ("the
    al-Ansari neighbourhood"), or its "of X" unless the noun is a part of X."""
    own = _mention_at(mentions, noun)
    if own is None and noun.dep_ == "appos":
        head = _mention_at(mentions, noun.head)
        if head is not None:
            return (head if _holdable(head) else None), False
    own = own or _named_in(doc, mentions, noun)
    if own is not None:
        return (own if _holdable(own) else None), True
    for prep in (c for c in noun.children if c.lower_ == "of"):
        for obj in prep.children:
            # "most of the town of Hish": the place may be one "of" further
            m = _named_in(doc, mentions, obj) or (held_place(doc, mentions, obj)[0] if obj.pos_ == "NOUN" else None)
            if m is not None:
                return (None if _part_of(noun, m) or not _holdable(m) else m), False
    return None, False


def _after(doc: Doc, mentions: Mentions, token: Token) -> PlaceMention | None:
    """A place named right after a participle ("opposition held al-Ansari district"), the parser's tree aside."""
    j = token.i + 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    return _mention_at(mentions, doc[j]) if j < len(doc) else None


def _described(clause: Token) -> Token:
    """The noun a participle or relative clause describes. "Homs and Hama, which is held by ...": a relative
    clause that opens right after the last of a list describes that last one, wherever the parser hung it."""
    noun = clause.head
    if clause.dep_ != "relcl":
        return noun
    before = [c for c in noun.conjuncts if c.i < clause.left_edge.i]
    if before:
        last = max(before, key=lambda c: c.i)
        if last.i > noun.i and all(t.is_punct for t in clause.doc[last.i + 1 : clause.left_edge.i]):
            return last
    return noun


def _whole_part(noun: Token) -> Token:
    """ "a neighbourhood of the city of Aleppo held by ...": a clause hung on the city a part is named of
    describes the part (the parser cannot tell), so the held noun is the part."""
    parts = lexicons.mapping("control_parts.tsv")
    up = noun
    while up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.pos_ == "NOUN":
        up = up.head.head
        if up.lower_ in parts:
            return up
    return noun


def _own_holder(noun: Token) -> bool:
    """The noun names who holds it: "X, which is controlled by ...", "the YPG-held X"."""
    holding = [t for t in (*noun.children, *(c for n in (noun.head, *noun.conjuncts) for c in n.children))
               if t.lemma_.lower() in {"hold", "control"} and t.dep_ in {"acl", "relcl", "amod"}]
    return any((t.dep_ == "amod" and t.head.i == noun.i) or (t.dep_ != "amod" and _described(t).i == noun.i) for t in holding)


def _listed(doc: Doc, mentions: Mentions, noun: Token, *, shared_clause: bool) -> list[PlaceMention]:
    """The places a holding is said of. "regime-held Tartus and Homs": the places listed after a named held
    place are held too, unless a holder of their own is named; "A and B sub-districts, which are ...": a plural
    noun closing a list carries its clause for the whole list."""
    first, named = held_place(doc, mentions, noun)
    out = [first] if first is not None else []
    if named:
        out += [m for c in noun.conjuncts if c.i > noun.i and not _own_holder(c) for m in [held_place(doc, mentions, c)[0]] if m is not None]
    if shared_clause and noun.tag_ == "NNS":
        out += [m for c in noun.conjuncts if c.i < noun.i for m in [held_place(doc, mentions, c)[0]] if m is not None]
    return out


# --- the statements ---------------------------------------------------------------------------


def _span_text(doc: Doc, tokens: Sequence[Token]) -> str:
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)] if tokens else ""


def _holder_before_hyphen(doc: Doc, tok: Token) -> str:
    """ "IS-held", "Islamic State-held", "Kurdish-controlled": the words before the hyphen (a run of names)."""
    j = tok.i - 2
    while j > 0 and doc[j - 1].is_title and doc[j].is_title and not doc[j - 1].is_sent_start and tok.i - j < 5:
        j -= 1
    return _span_text(doc, list(doc[j : tok.i - 1]))


def _adjectival(tok: Token, before: Token | None) -> bool:
    """ "the opposition held area": a holder word right before the participle, as a modifier, not a subject
    ("the army held a meeting", "the rebels held the town until May" say nothing of now)."""
    return (before is not None and before.dep_ not in {"nsubj", "nsubjpass"} and tok.dep_ != "ROOT"
            and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in tok.children)
            and bool(holder_label(before.text, known_only=True)))


def _participles(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """(participle, holder words, places) of "X-held Y", "X held Y", "Y (which is) controlled by X"; the
    holder words of an adjective ("X-held") name a known holder."""
    for tok in doc:
        if _role(tok) != "held" or tok.lower_ not in {"held", "controlled"}:
            continue
        before = doc[tok.i - 1] if tok.i else None
        if tok.i >= 2 and doc[tok.i - 1].text == "-":  # "government-held district of Jibreen"
            words = _holder_before_hyphen(doc, tok)
            if not holder_label(words, known_only=True) and not words[:1].isupper():
                continue  # "long-held" names no holder; "Israeli-controlled" names one the lexicon may not know
        elif _adjectival(tok, before):
            assert before is not None
            words = before.text  # "the opposition held area of ..."
        else:  # "a neighborhood controlled by a Kurdish militia"; "the village is held by the rebels"
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            subject = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not agent or not (tok.dep_ in {"acl", "relcl"} or subject):  # "a town (which is) controlled by"
                continue
            noun = _whole_part(_described(tok) if tok.dep_ in {"acl", "relcl"} else subject[0])
            yield tok, _span_text(doc, list(agent[0].subtree)), _listed(doc, mentions, noun, shared_clause=tok.dep_ == "relcl")
            continue
        right = _after(doc, mentions, tok)
        span = doc.char_span(right.start, right.end, alignment_mode="expand") if right is not None else None
        if span is not None:  # "army-held Jableh and Baniyas", "opposition-held al-Ansari neighbourhood"
            yield tok, words, _listed(doc, mentions, span.root, shared_clause=False)
            continue
        # the small model tags some place names as adjectives ("regime-held Tartous")
        named = _mention_at(mentions, tok.head) is not None
        if tok.head.i > tok.i and (tok.head.pos_ in {"NOUN", "PROPN"} or named):
            yield tok, words, _listed(doc, mentions, tok.head, shared_clause=False) if tok.dep_ == "amod" else [
                m for m in [held_place(doc, mentions, tok.head)[0]] if m is not None]


def _holder_of(noun: Token, *, skip: int = -1) -> str:
    """Holder words on a noun: its "of Y" (Y not the place at ``skip``), else the names in front of it ("IS control")."""
    for prep in (c for c in noun.children if c.lower_ == "of"):
        for obj in prep.children:
            if obj.i != skip:
                return _span_text(noun.doc, list(obj.subtree))
    front = [t for t in noun.lefts if t.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"} and _role(t) != "former"]
    return _span_text(noun.doc, [t for f in front for t in f.subtree if t.dep_ != "case"]) if front else ""


def _under_control(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "X, which is under the control of Y", "areas under Y control", "X remains under Y's control", "X remains
    in the hands of Y"."""
    for tok in doc:
        under = tok.lemma_.lower() == "control" and tok.head.lower_ == "under"
        hands = tok.lower_ == "hands" and tok.head.lower_ == "in" and any(c.lower_ == "of" for c in tok.children)
        if tok.dep_ != "pobj" or not (under or hands):
            continue
        words = _holder_of(tok)
        attach = tok.head.head
        if attach.pos_ in {"NOUN", "PROPN"}:
            noun = attach
        else:
            subject = next((c for c in attach.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            noun = _described(attach) if subject.lower_ in _PRONOUNS and attach.dep_ == "relcl" else subject
        if words:
            yield tok, words, _listed(doc, mentions, noun, shared_clause=attach.dep_ == "relcl")


def _strongholds(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "X is a stronghold of Y", "the IS stronghold of X", "X, a rebel stronghold"."""
    for tok in doc:
        if _role(tok) != "stronghold" or any(_role(c) == "former" for c in tok.children):
            continue
        of_place = next((g for c in tok.children if c.lower_ == "of" for g in c.children if _mention_at(mentions, g) is not None), None)
        candidates = [of_place, *(c for c in tok.children if c.dep_ == "appos"), tok.head if tok.dep_ == "appos" else None]
        if tok.dep_ == "attr":  # "X is a stronghold of Y"
            candidates.append(next((c for c in tok.head.children if c.dep_ == "nsubj"), None))
        place = next((m for c in candidates if c is not None for m in [_mention_at(mentions, c)] if m is not None), None)
        words = _holder_of(tok, skip=of_place.i if of_place is not None else -1)
        if place is not None and words and _holdable(place) and _mention_at(mentions, tok) is None:
            yield tok, words, [place]


def _present_holding(tok: Token) -> bool:
    """ "controls", "hold", "has controlled since 2014": a present (or present perfect) of holding."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"control", "hold"}:
        return False
    return tok.tag_ in {"VBZ", "VBP"} or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in tok.children))


def _active_holding(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "IS controls X", "the SDF, which controls most of X", "rebels have held X since 2012"."""
    for tok in doc:
        if not _present_holding(tok):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subject is None or obj is None:
            continue
        if subject.lower_ in _PRONOUNS and tok.dep_ == "relcl":
            subject = tok.head  # "the SDF, which controls ..."
        words = _span_text(doc, [t for t in subject.subtree if t.i <= subject.i])
        place, _ = held_place(doc, mentions, obj)
        if place is not None:
            yield tok, words, [place]


def _lost_to(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "Y lost control of X to Z": Z holds X."""
    for tok in doc:
        if tok.lemma_.lower() != "lose":
            continue
        control = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"), None)
        to = [g for c in (*tok.children, *(control.children if control is not None else ())) if c.lower_ == "to" for g in c.children]
        if control is None or not to:
            continue
        places = [m for c in control.children if c.lower_ == "of" for g in c.children
                  for m in [held_place(doc, mentions, g)[0]] if m is not None]
        yield tok, _span_text(doc, list(to[0].subtree)), places


def _reference_point(noun: Token, *, directions: bool = True) -> bool:
    """ "the area between Aleppo and the border", "villages north of the city of Latakia": a place named as a
    reference point is not the place taken or held. ``directions``: "north of (the city of) X" counts as one too;
    not for an event's own place ("the army took villages in the south of Aleppo province" is a capture there)."""
    while noun.dep_ == "pobj":
        prep = noun.head
        if _role(prep) == "reference" or (directions and prep.lower_ == "of" and _role(prep.head) == "direction"):
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head  # "the city of Latakia": look at what "the city" is
    return False


def _takers(verb: Token) -> list[Token]:
    """Who takes the place: the subject and the subjects listed with it ("the army and Kurdish fighters drove IS
    out of X"), the agent of a passive ("X was retaken by the army"), or the subject of the clause a participle
    hangs from ("the army returned, recapturing X")."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)  # "by rebels" after an active verb is no agent
    agent = [g for c in verb.children if c.dep_ == "agent" and passive for g in c.children if g.dep_ == "pobj"]
    subject = agent or [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.tag_ in {"VBG", "VBD"}:
        subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [t for s in subject for t in (s, *s.conjuncts)]


def _taker_words(taker: Token) -> str:
    """The taker's phrase without the takers listed after it ("Insurgents including the Nusra Front")."""
    listed = {t.i for c in taker.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return _span_text(taker.doc, [t for t in taker.subtree if t.i not in listed and t.dep_ != "punct" or t.i == taker.i])


def _taken(doc: Doc, mentions: Mentions, verb: Token) -> list[PlaceMention]:
    """The places a capture verb takes: its object and the places listed with it ("seized A and B"), the "of X"
    of "took control of X", the "from X" / "out of X" an enemy is driven from, or a passive's subject."""
    nouns: list[Token] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            nouns += [g for p in c.children if p.lower_ in {"of", "over"} for g in p.children] if c.lemma_.lower() == "control" else [c]
        elif c.lower_ in {"from", "out"}:  # "drove IS out of X", "expelled IS from X"
            nouns += [g for g in (*c.children, *(g for p in c.children if p.lower_ == "of" for g in p.children)) if g.dep_ == "pobj"]
    out: list[PlaceMention] = []
    for noun in nouns:
        if _captive(noun) and _mention_at(mentions, noun) is None:
            continue
        out += [m for m in _listed(doc, mentions, noun, shared_clause=False) if m not in out]
    return out


def _parse_captures(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "Rebels captured X in May", "the army and Kurdish fighters drove IS out of X", "X was retaken by the army":
    a capture read off the parse, whether or not it was also told as an event (an old one is not)."""
    for tok in doc:
        if tok.pos_ != "VERB" or _role(tok) != "capture" or _intended(tok) or tok.tag_ in {"VB", "VBZ", "VBP"}:
            continue  # "to take X", "seizes" (a headline's present, read as an event)
        places = _taken(doc, mentions, tok)
        if not places:
            continue
        for taker in _takers(tok):
            yield tok, _taker_words(taker), places


def _date_of(mentions: Mentions, verb: Token) -> object:
    """The date said in the capture's own clause ("captured X in May", "retook X on Saturday"), else None."""
    span = [t for c in verb.children if c.dep_ not in {"ccomp", "relcl", "advcl", "conj"} for t in c.subtree]
    lo, hi = (min(t.idx for t in span), max(t.idx + len(t) for t in span)) if span else (verb.idx, verb.idx)
    return next((d.date for d in mentions.dates if lo <= d.start and d.end <= hi and d.kind not in {"since", "period"}), None)


# --- captures told as events ----------------------------------------------------------------------


def _trigger(doc: Doc, event: Event) -> list[Token]:
    """The event's trigger words in the parse ("established fire control": three tokens)."""
    words = event.trigger.lower().split()
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not words:
        return []
    first = next((t for t in span if t.lower_ == words[0]), None)
    return [] if first is None else [t for t in doc[first.i : first.i + len(words) + 2] if t.lower_ in words]


def _intended(trigger: Token) -> bool:
    """ "his goal of taking back X", "has been trying to seize X": the capture is an aim, not a fact."""
    up = [trigger.head, trigger.head.head] if trigger.dep_ in {"pcomp", "xcomp", "acl", "advcl"} else []
    return any(_role(t) == "intent" for t in up)


def _captive(noun: Token) -> bool:
    """A noun naming people ("a pilot", "soldiers", "the journalist")."""
    lemma = noun.lemma_.lower()
    return _role(noun) == "captive" or lemma in lexicons.mapping("person_nouns.txt") or noun.ent_type_ == "PERSON"


def _fallen_to(trigger: Token) -> str:
    """ "X fell to IS fighters": the words after "to" name who holds X now ("" for any other verb)."""
    if _role(trigger) != "yield":
        return ""
    winner = next((g for c in trigger.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    words = _span_text(trigger.doc, list(winner.subtree)) if winner is not None else ""
    return words if words and _names_holder(words, loose=False) else ""


def _capture_holder(doc: Doc, mentions: Mentions, event: Event) -> str:
    """Who holds the place after a territory event, or "" when the event is no full control."""
    words = _trigger(doc, event)
    trigger = words[0] if words else None
    roles = {_role(t) for t in words}
    if "partial" in roles or (trigger is not None and _intended(trigger)):
        return ""  # "entered", "advanced into", "established fire control over"; "his goal of taking back X"
    taken = [c for c in trigger.children if c.dep_ == "dobj"] if trigger is not None else []
    if trigger is not None and trigger.dep_ == "relcl":
        taken.append(trigger.head)  # "a pilot they captured"
    expelled = trigger is not None and any(c.lower_ in {"out", "from"} for c in trigger.children)  # "drove IS fighters out of X"
    if not expelled and any(_mention_at(mentions, c) is None and _captive(c) for c in taken):
        return ""  # "captured a pilot": people taken, no place
    winner = _fallen_to(trigger) if trigger is not None else ""
    if winner and (_lexicon_holder(winner, named_only=True) or event.actor1 is None or event.actor1.side in {"neutral", "unknown"}):
        return holder_label(winner)  # "after the base fell to IS fighters": whoever the text names, not the subject
    if "relinquish" in roles:  # "the army withdrew from X as rebels advanced": the other side's
        return actor_holder(event.actor2) if event.actor2 is not None and event.actor2.side != getattr(event.actor1, "side", "") else ""
    if event.actor1 is not None:
        return actor_holder(event.actor1)
    return "government" if event.sub_event_type == "Government regains territory" else ""


def _event_places(doc: Doc, mentions: Mentions, event: Event) -> list[tuple[str, str]]:
    """The event's place and the places listed with it ("took A and B"); none when the place is only a reference
    point ("the villages between Aleppo and the border")."""
    loc = event.location
    assert loc is not None
    at = next((p for p in mentions.places if event.start <= p.start < event.end and p.place is not None
               and p.place.place_id == loc.place_id), None)
    if at is None:
        return [(loc.name, loc.place_id)]
    span = doc.char_span(at.start, at.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and _reference_point(root, directions=False):
        return []
    out = [(loc.name, loc.place_id)]
    for other in root.conjuncts if root is not None else ():
        m = _mention_at(mentions, other)
        if m is not None and m.place is not None and _holdable(m):
            out.append((m.place.name, m.place.place_id))
    return out


def _from_events(doc: Doc, mentions: Mentions, events: Sequence[Event]) -> Iterator[_Found]:
    for event in events:
        if event.sub_event_type not in TERRITORY or not event.location or event.location.geo_precision != 1:
            continue
        holder = _capture_holder(doc, mentions, event)
        if not holder:
            continue
        words = _trigger(doc, event)
        holding = bool(words) and words[0].pos_ == "VERB" and words[0].lemma_.lower() in {"control", "hold"}
        if holding and words[0].tag_ == "VBD":
            continue  # "IS controlled X until 2016": a holding that is over
        # "IS controls X", "IS has held X since 2014" say who holds it, not who took it
        since = not (holding or (words and words[0].tag_ in {"VBZ", "VBP"}))
        for name, place_id in _event_places(doc, mentions, event):
            yield _Found(name, place_id, holder, event.event_date, event.sources[0], since, event.evidence, event.start, event.end)


def _names_holder(words: str, *, loose: bool) -> bool:
    """Words that name a holder: a known one or a name ("the Grey Wolves"); ``loose`` (an agent: "controlled by
    local tribes") any words but a pronoun ("areas under their control", "the town they hold")."""
    plain = _plain(words)
    if not plain or lexicons.mapping("control_words.tsv").get(plain) == "pronoun":
        return False
    return loose or bool(holder_label(words, known_only=True)) or any(w[:1].isupper() for w in words.split() if w.lower() != "the")


def _superseded_dropped(found: list[_Found]) -> list[_Found]:
    """ "IS captured Palmyra in 2015 ... the army retook Palmyra in 2017": a capture the article later tells
    undone by another side's is history, not who holds the place."""
    def later_by_other(f: _Found) -> bool:
        return any(g.place_id == f.place_id and g.holder != f.holder and isinstance(g.date, type(f.date))
                   and g.date > f.date for g in found)  # type: ignore[operator]
    return [f for f in found if not (f.since and f.date is not None and later_by_other(f))]


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def find_control(
    document: Document, doc: Doc, mentions: Mentions, events: list[Event], outlet: Source, *, in_caption: bool = False
) -> tuple[list[Control], list[Claim]]:
    """Statements of who holds a place: captures, "X-held", "controlled by", "under the control of", strongholds.

    ``in_caption``: ``doc`` is a photo caption, not the body; its claims carry offsets -1 and the
    caption as their quote.
    """
    found: list[_Found] = []
    for finder in (_parse_captures, _participles, _under_control, _strongholds, _lost_to, _active_holding):
        for tok, words, places in finder(doc, mentions):
            if not _names_holder(words, loose=finder is _participles):
                continue
            sent: Span = tok.sent
            source = attribute(tok, sent, speakers_in(mentions, sent.start_char, sent.end_char), None, outlet).source
            if in_caption:
                source = replace(source, words="caption")
            where = (-1, -1) if in_caption else (tok.idx, tok.idx + len(tok.text))
            holder = holder_label(words)
            date = _date_of(mentions, tok) if finder is _parse_captures else None
            for m in places:
                assert m.place is not None
                found.append(_Found(m.place.name, m.place.place_id, holder, date, source, date is not None, sent.text.strip(), *where))
    found = _superseded_dropped([*_from_events(doc, mentions, events), *found])
    controls: list[Control] = []
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for f in found:
        if (f.place, f.holder) in seen:
            continue
        seen.add((f.place, f.holder))
        when = f.date or document.published
        claim_id = _hash(document.doc_id, "control", f.place, f.holder, f.start, f.quote if f.start < 0 else "")
        claims.append(
            Claim(claim_id, "control", None, "", f.source, "", f.place, "", "", "", when, f.quote, f.start, f.end, False, holder=f.holder)  # type: ignore[arg-type]
        )
        controls.append(Control(f.place, f.holder, when, f.source, claim_id, f.place_id, f.since))  # type: ignore[arg-type]
    return controls, claims
