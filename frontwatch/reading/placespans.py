"""The spans the place reader works on: a recognised candidate, the article's tokens, shared word tests.

Recognition (``places``), disambiguation (``placeresolve``) and relative places (``placerelatives``)
pass these between them; nothing here reads the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.reading.placenames import name_key, place_words
from frontwatch.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Candidate", "TokenView", "capitalised", "fits", "lexicon", "token_pieces"]


@dataclass
class Candidate:
    """A recognised span and the places it may name."""

    start: int  # token indices [start, end)
    end: int
    options: list[tuple[int, int]]  # (gazetteer row, tier)
    designated: str = ""  # kind named by a designator ("province", "city" ...)
    entity: str = ""  # spaCy label supporting the span ("DESIGNATED": a settlement noun introduced it)
    adjectival: bool = False
    chosen: Place | None = None
    relative: str = ""
    rel_start: int = -1  # token span of the whole relative phrase
    rel_end: int = -1
    anchored: bool = False  # its place was decided by words around it (a container, a division named next)
    evidence: str = ""  # the country this name counted as evidence for in the first pass of the resolver
    container: int = -1  # index of the candidate it lies in, when no namesake lies there
    feature: str = ""  # "Avenue", "Castle": a street or site named after the place
    listed: bool = False  # an unknown name of a list of places whose commas were lost (reading.placelists)


@dataclass
class TokenView:
    """An article's tokens with their name-key pieces and its text (spaCy rebuilds doc.text on each access)."""

    tokens: list[Token]
    text: str
    pieces: list[tuple[str, ...]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.pieces:
            self.pieces = [token_pieces(t.text) for t in self.tokens]

    def key(self, start: int, end: int) -> str:
        """The name key of tokens [start, end), articles dropped unless nothing else is left."""
        articles = place_words()["articles"]
        parts = [p for i in range(start, end) for p in self.pieces[i]]
        kept = [p for p in parts if p not in articles]
        return " ".join(kept or parts)

    def name(self, c: Candidate) -> str:
        """The candidate's words as written."""
        first, last = self.tokens[c.start], self.tokens[c.end - 1]
        return self.text[first.idx:last.idx + len(last.text)]


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    """(directions, region words, near words, stop-list keys, designators) from place_words.json."""
    words = place_words()
    directions = frozenset(words["directions"])
    regions = frozenset(words["region_words"])
    near = frozenset(w for w in words["near_words"] if " " not in w)
    stop = frozenset(name_key(w) for w in words["stoplist"])
    return directions, regions, near, stop, words["designators"]


_JOINED_ARTICLE = re.compile(r"^(?:a[lsdrtzn]|ash|adh|ath|e[lsdrtzn])[_\-’'][A-Z]")


def capitalised(text: str) -> bool:
    """A capitalised word, or one behind a joined Arabic article ("al_Sham", "el-Bab" as one token)."""
    return text[:1].isupper() or bool(_JOINED_ARTICLE.match(text))


@lru_cache(maxsize=50_000)
def token_pieces(text: str) -> tuple[str, ...]:
    """Name-key pieces of one token ("U.S." -> ("u", "s"), "al" -> ("al",), "-" -> ())."""
    key = name_key(text)
    return tuple(key.split()) if key else ()


def fits(kind: str, want: str) -> bool:
    """Whether a place of ``kind`` is what a designator asks for ("the town of X", "Idlib province")."""
    if want == "city":
        return kind in ("city", "capital", "town")
    if want in ("town", "village"):
        return kind in ("town", "city", "village")  # "the town of X" is no capital
    return kind == want
