"""Lists of places whose commas were lost: "in Inkhil Jasim Nawa and Tafas", "the villages of Kafr Nabl Hass and
Kansafra" (FA-KES copies and some wire feeds strip punctuation, so a round-up's list arrives as one run of names).

The small tagger reads such a run as one long PERSON or ORG name; ``places`` then would refuse each town in it as a
family name or part of an organisation's name. A run (``list_runs``) is found on the tokens alone: after a
locative word ("in", "near", "of" ...), capitalised names and Arabic-article names ("al-Yadudah") one after another,
with a list link ("and", ",") before its last name. The names in it are read as the places of a list
(``places``), and the names in it the gazetteer lacks are places too when the run is plainly a list of places
(``listed_unknowns``): it holds at least two known places, or one and a plural place noun after it ("... and X
areas", "... and X villages").

A name in a run is one word, an article name ("al-Mughayr"), or a compound name opened by a toponym word ("Tal
Hamdan", "Deir al-Adas"); an article name right after a word opens a name of its own ("Jasim al-Harra" in a run
is two), unless it is a qualifier of the word before ("al-Gharbiyeh", "al-Kabir": data/lexicons/name_qualifiers.txt).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.placenames import place_words
from frontwatch.reading.placespans import Candidate, capitalised

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["ListRun", "list_runs", "listed_unknowns"]

_ARTICLES = frozenset({"al", "el"})


@dataclass(frozen=True, slots=True)
class ListRun:
    """A run of names after a locative word: tokens [start, end), its names as token spans, whether a plural place
    noun follows it."""

    start: int
    end: int
    names: tuple[tuple[int, int], ...]
    noun_after: bool

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self.start <= i < self.end


def list_runs(tokens: Sequence[Token]) -> list[ListRun]:
    """The runs of names in ``tokens`` that read as a list whose commas were lost: after a locative word, at least
    three names, some of them side by side with nothing between, and a list link before the last one."""
    out: list[ListRun] = []
    k = 1
    while k < len(tokens):
        if tokens[k - 1].lower_ not in lexicons.words("list_openers.txt") or _piece_end(tokens, k) == k:
            k += 1
            continue
        names, links, bare, j = _names_from(tokens, k)
        if len(names) >= 3 and links and bare:
            noun_after = j < len(tokens) and tokens[j].lower_ in lexicons.words("list_place_nouns.txt")
            out.append(ListRun(k, j, tuple(names), noun_after))
            k = j
        else:
            k += 1
    return out


def _names_from(tokens: Sequence[Token], k: int) -> tuple[list[tuple[int, int]], int, int, int]:
    """The names of a run starting at ``k``: (names, links, names side by side with no link, end of the run)."""
    names: list[tuple[int, int]] = []
    links = bare = 0
    j = k
    linked = True
    while j < len(tokens):
        end = _name_at(tokens, j)
        if end == j:
            link = _link_end(tokens, j)
            if link == j or not names or _name_at(tokens, link) == link:
                break
            links += 1
            linked = True
            j = link
            continue
        if not linked:
            bare += 1
        names.append((j, end))
        linked = False
        j = end
    if names and linked:  # a trailing link is no part of the run
        j = names[-1][1]
    return names, links, bare, j


def _name_at(tokens: Sequence[Token], k: int) -> int:
    """End of one listed name at ``k``: a word, an article name, or a toponym word and the name it opens; a
    qualifier ("al-Gharbiyeh") stays with the name before it."""
    end = _piece_end(tokens, k)
    if end == k:
        return k
    if tokens[end - 1].lower_ in _heads():
        end = _piece_end(tokens, end)  # "Tal Hamdan", "al-Sheikh Taha": the name goes on
    while end < len(tokens):
        nxt = _piece_end(tokens, end)
        if nxt == end or tokens[nxt - 1].lower_ not in lexicons.words("name_qualifiers.txt"):
            break
        end = nxt
    return end


def _piece_end(tokens: Sequence[Token], k: int) -> int:
    """End of one name piece at ``k``: a capitalised word (not opening a sentence, not a stop-list word), or an
    article joined by a hyphen to one ("al-Yadudah"); else k."""
    if k >= len(tokens):
        return k
    tok = tokens[k]
    if tok.lower_ in _ARTICLES and k + 2 < len(tokens) and tokens[k + 1].text == "-" and capitalised(tokens[k + 2].text) \
            and not tok.whitespace_ and not tokens[k + 1].whitespace_ and tokens[k + 2].is_alpha:
        return k + 3
    if tok.is_alpha and capitalised(tok.text) and not tok.is_sent_start and not tok.text.isupper() and tok.text not in _stop_words():
        return k + 1
    return k


def _link_end(tokens: Sequence[Token], k: int) -> int:
    """The token after a list link ("and", ",", ", and") at ``k``, or k."""
    words = [t.lower_ for t in tokens[k:k + 2]]
    for link in ([",", "and"], ["and"], [","]):
        if words[: len(link)] == link:
            return k + len(link)
    return k


@functools.cache
def _heads() -> frozenset[str]:
    """Words that open a compound name ("Tal", "Deir", "Kafr", "Sheikh"): the name goes on after them."""
    return lexicons.words("toponym_prefixes.txt") | frozenset(place_words()["compound_heads"])


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(place_words()["stoplist"])


def listed_unknowns(runs: Sequence[ListRun], found: Sequence[Candidate]) -> list[Candidate]:
    """Candidates for the names of plain lists of places (a run of ``runs`` holding two places the gazetteer knows,
    or one and a plural place noun after it) that no candidate in ``found`` covers."""
    covered = {i for c in found for i in range(c.start, c.end)}
    places = [c for c in found if c.options and not c.adjectival]
    out: list[Candidate] = []
    for run in runs:
        inside = [c for c in places if c.start in run and c.end <= run.end]
        if not inside or len(inside) < 2 and not run.noun_after:
            continue
        last = run.names[-1]
        if not (run.noun_after or any(c.start <= last[0] and c.end >= last[1] for c in inside)):
            continue  # "in Aleppo Hama and Ahmad said": a list of places ends in a place
        for start, end in run.names:
            if any(j in covered for j in range(start, end)):
                continue
            out.append(Candidate(start, end, [], entity="DESIGNATED", listed=True))
    return out
