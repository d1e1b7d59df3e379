"""Event cues: the patterns of ``data/event_lexicon.tsv`` and where they match in a parsed sentence.

A pattern is a sequence of lemmas ("air strike", "take control") or a head with a dependent ("take>control":
"took full control"; "defuse>>bomb": the bomb is what was defused). ``raw_matches`` finds them all, before any
context rule: ``event_types`` then decides what each match stands for.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.actors import data_rows
from frontwatch.reading.event_parse import ordered_keys, through_quantity, token_keys

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_POS = {"V": {"VERB", "AUX"}, "N": {"NOUN", "PROPN"}, "A": {"ADJ", "ADV"}}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of the cue lexicon."""

    words: tuple[tuple[str, ...], ...]  # sequence of slots, each a set of alternatives
    child: tuple[str, ...]  # for head>child patterns: the dependent's alternatives, else ()
    object_only: bool  # head>>child: the dependent must be what the head acts on, not its subject
    pos: str
    sub_event_type: str
    weight: float
    rule: str


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched in a sentence: its first and last tokens, and for head>>child the phrase it owns."""

    pattern: Pattern
    first: Token
    last: Token
    owned: frozenset[int]  # head>>child: token indices of the phrase the head acts on


class Lexicon:
    """The bundled cue patterns, role words and taxonomy."""

    def __init__(self) -> None:
        self.types = {r["sub_event_type"]: r for r in data_rows("event_types.tsv", "\t")}
        self.by_first: dict[str, list[Pattern]] = defaultdict(list)
        self.by_head: dict[str, list[Pattern]] = defaultdict(list)
        for r in data_rows("event_lexicon.tsv", "\t"):
            if r["sub_event_type"] not in self.types:
                raise ValueError(f"event lexicon: unknown sub-event type {r['sub_event_type']!r}")
            head, _, child = r["pattern"].partition(">")
            object_only = child.startswith(">")
            child = child.lstrip(">")
            words = tuple(tuple(w.split("|")) for w in _split_words(head))
            pattern = Pattern(words if not child else words[:1], tuple(child.split("|")) if child else (),
                               object_only, r["pos"], r["sub_event_type"], float(r["weight"]), r["rule"])
            for first in pattern.words[0]:
                (self.by_head if child else self.by_first)[first].append(pattern)
        for patterns in self.by_first.values():
            patterns.sort(key=lambda p: -len(p.words))
        self.roles = {role: set(words) for role, words in lexicons.event_roles().items()}

    def event_type(self, sub_event_type: str) -> str:
        """The ACLED event type of a sub-event type."""
        return self.types[sub_event_type]["event_type"]

    def case_code(self, sub_event_type: str) -> str:
        """The CASE 2021 code of a sub-event type."""
        return self.types[sub_event_type]["case_code"]

    def sub_event_type(self, case_code: str) -> str:
        """The ACLED sub-event type (or unseen type name) for a CASE 2021 code."""
        for name, row in self.types.items():
            if row["case_code"] == case_code:
                return name
        raise KeyError(case_code)


def _split_words(phrase: str) -> list[str]:
    # spaCy splits "cease-fire" into "cease" "-" "fire": patterns are split the same way.
    return [w for w in re.split(r"\s+|(?<=\w)(-)(?=\w)", phrase) if w]


@functools.cache
def lexicon() -> Lexicon:
    """The bundled lexicon (loaded once)."""
    return Lexicon()


def _matches(token: Token, alternatives: tuple[str, ...]) -> bool:
    return not token_keys(token).isdisjoint(alternatives)


def _dependent_matches(token: Token, alternatives: tuple[str, ...]) -> bool:
    """The dependent of a head>child cue, never the second half of a hyphenated word: no fire was opened
    "during cease-fires"."""
    hyphenated = token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_ \
        and not token.doc[token.i - 2].whitespace_
    return not hyphenated and _matches(token, alternatives)


def _pos_ok(token: Token, pos: str) -> bool:
    if token.ent_type_ in {"DATE", "TIME"}:  # "March 5", "the Spring"
        return False
    return pos == "*" or token.pos_ in _POS[pos]


def raw_matches(sent: Span, lex: Lexicon) -> list[Match]:
    """Pattern matches: longest sequences first, then head>child pairs; one per sub-type, rule and place."""
    found: list[Match] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        best = 0
        hits: list[Pattern] = []
        for key in ordered_keys(token):  # the lemma's reading first, the same on every run
            for pattern in lex.by_first.get(key, ()):
                n = len(pattern.words)
                if n < best or i + n > len(tokens) or not _pos_ok(token, pattern.pos):
                    continue
                if all(_matches(tokens[i + k], pattern.words[k]) for k in range(1, n)):
                    if n > best:
                        best, hits = n, []
                    if all((h.sub_event_type, h.rule) != (pattern.sub_event_type, pattern.rule) for h in hits):
                        hits.append(pattern)
        found.extend(Match(p, token, tokens[i + best - 1], frozenset()) for p in hits)
        i += max(best, 1)
    children: set[int] = set()
    for token in tokens:
        for key in ordered_keys(token):
            for pattern in lex.by_head.get(key, ()):
                if not _pos_ok(token, pattern.pos):
                    continue
                if pattern.rule == "downed" and not _downed(token):
                    continue  # "shot a helicopter" is no helicopter shot down
                child = _find_child(token, pattern.child, pattern.object_only)
                if child is not None:
                    if not pattern.object_only:  # a head>>child cue's phrase is settled once its rule holds
                        children.add(child.i)
                    owned = frozenset(_phrase(child, token)) if pattern.object_only else frozenset()
                    first, last = (token, child) if child.i > token.i else (child, token)
                    found.append(Match(pattern, first, last, owned))
    # the word that completes a head>child cue is not a cue of its own ("set fire" is not a fire)
    found = [m for m in found if m.pattern.child or not (m.first is m.last and m.first.i in children)]
    # "shot down a helicopter" is the battle alone, not also a weapon taken out of use
    downed = {t.i for m in found if m.pattern.rule == "downed" for t in (m.first, m.last)}
    found = [m for m in found if not (m.pattern.sub_event_type == "Disrupted weapons use" and m.first.i in downed)]
    strongest: dict[tuple[str, str, int], Match] = {}
    for m in found:
        place = (m.pattern.sub_event_type, m.pattern.rule, m.first.i)
        if place not in strongest or m.pattern.weight > strongest[place].pattern.weight:
            strongest[place] = m
    return sorted(strongest.values(), key=lambda m: m.first.i)


def _downed(head: Token) -> bool:
    """The head brings something down: "downed", "shot down", "brought down" (a "down" particle or adverb)."""
    return head.lemma_.lower() == "down" or any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in head.children)


def _phrase(child: Token, head: Token) -> set[int]:
    """Token indices of the phrase a head>child cue took as its dependent (not reaching back to the head)."""
    if head in child.subtree:  # the child governs the head ("the fire that broke out"): the child alone
        return {child.i}
    return {t.i for t in child.subtree}


_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd", "dative", "prep", "pobj"}  # what a head>>child head acts on


def _find_child(token: Token, alternatives: tuple[str, ...], object_only: bool = False) -> Token | None:
    for child in token.children:
        if object_only and child.dep_ not in _OBJECTS:
            continue  # "a bomb destroyed the car" is no bomb destroyed, "it is claimed a helicopter struck" no claim
        if _dependent_matches(child, alternatives):
            return child
        counted = through_quantity(child)  # "dismantled dozens of mines"
        if counted is not child and _dependent_matches(counted, alternatives):
            return counted
        if child.dep_ == "dobj":  # "accused the rebels of shelling": the complement hangs on the object
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and _dependent_matches(grandchild, alternatives):
                    return grandchild
        if child.dep_ != "prep" or object_only:  # "took out a rally in the town" took no town
            continue
        for grandchild in child.children:  # "fell into the hands of", "set his house on fire"
            if grandchild.dep_ == "pobj" and _dependent_matches(grandchild, alternatives):
                return grandchild
    return None


__all__ = ["Lexicon", "Match", "Pattern", "lexicon", "raw_matches"]
