"""Relative places: "eastern Aleppo", "the northern countryside of Hama", "east of Aleppo city",
"near Azaz", "Aleppo countryside", "the city's eastern flank".

Each becomes an area place (``Gazetteer.area``) with coarser precision; the candidate keeps the
relation words in ``relative`` and the span of the whole phrase.
"""

from __future__ import annotations

from collections import Counter

from frontwatch.reading.gazetteer import Gazetteer
from frontwatch.reading.placespans import Candidate, TokenView, lexicon

__all__ = ["Relatives"]

# Nouns that name the surroundings of a place on their own ("Aleppo countryside", "Homs outskirts").
_SURROUNDINGS = frozenset({"countryside", "outskirts", "suburbs", "flank", "flanks", "periphery", "vicinity", "hinterland", "environs"})


class Relatives:
    """Finds the relation words around resolved candidates."""

    def __init__(self, view: TokenView, gazetteer: Gazetteer) -> None:
        self.view = view
        self.g = gazetteer

    def apply(self, found: list[Candidate]) -> None:
        """Turn each candidate with relation words around it into an area of its place."""
        directions, regions, near, _, designators = lexicon()
        relation_words = directions | regions | near
        for c in found:
            if c.chosen is None or c.adjectival or c.chosen.kind == "country" and not self._before_words(c, directions):
                continue
            words: list[str] = []
            start, end = c.start, c.end
            # "the northern countryside of X", "east of X", "the outskirts of X"
            if start >= 2 and self.view.tokens[start - 1].lower_ == "of":
                k = start - 2
                while k >= 0 and self.view.tokens[k].lower_ in relation_words:
                    k -= 1
                # "the neighborhoods of al-Mazzeh and Rukn al-Din" names the neighbourhoods: no part of them
                naming = c.chosen.kind in ("neighbourhood", "village", "camp") and all(
                    t.lower_ in designators or t.lower_.removesuffix("s") in designators for t in self.view.tokens[k + 1:start - 1])
                if k < start - 2 and not naming and not all(t.lower_ in designators for t in self.view.tokens[k + 1:start - 1]):
                    words = [t.lower_ for t in self.view.tokens[k + 1:start]]
                    start = k + 1
            # "eastern Aleppo", "rural Idlib", "southern rural Hama"
            if not words:
                k = start - 1
                while k >= 0 and self.view.tokens[k].lower_ in (directions | {"rural", "central"}):
                    k -= 1
                if k < start - 1:
                    words = [t.lower_ for t in self.view.tokens[k + 1:start]]
                    start = k + 1
            # "near Azaz", "outside Homs": close to a town, not in it (ACLED precision 2)
            # ... also across a designation: "near the capital Damascus", "outside the northern town of Azaz"
            k = self._before_designation(start, frozenset(designators) | {"capital"}, directions)
            if not words and k > 0 and self.view.tokens[k - 1].lower_ in ("near", "outside") \
                    and c.chosen.kind in ("town", "village", "city", "capital", "neighbourhood"):
                words = [self.view.tokens[k - 1].lower_]
                start = k - 1
            # "southwest of the city of Aleppo", "north of the town of Azaz": a direction across a designation
            if not words and k < start and k > 1 and self.view.tokens[k - 1].lower_ == "of" and self.view.tokens[k - 2].lower_ in directions \
                    and c.chosen.kind in ("town", "village", "city", "capital"):
                words = [self.view.tokens[k - 2].lower_, "of"]
                start = k - 2
            # "Aleppo countryside", "Aleppo's eastern flank", "Hama's northern countryside"
            if not words:
                k = end + (1 if end < len(self.view.tokens) and self.view.tokens[end].lower_ in ("'s", "’s") else 0)
                m = k
                while m < len(self.view.tokens) and self.view.tokens[m].lower_ in relation_words and m - k < 3:
                    m += 1
                tail = [t.lower_ for t in self.view.tokens[k:m]]
                if m < len(self.view.tokens) and self.view.tokens[m].lower_ == "of":
                    tail = []  # "al-Bab area northeast of Aleppo": the words belong to the next place
                if tail and (any(w in directions for w in tail) or tail[-1] in _SURROUNDINGS):
                    words = tail
                    end = m
            if words:
                c.relative = " ".join(words)
                c.rel_start, c.rel_end = start, end
                c.chosen = self.g.area(c.chosen, c.relative)
        self._anaphoric_relatives(found, directions, near)

    def _before_designation(self, start: int, designators: frozenset[str], directions: frozenset[str]) -> int:
        """Where "the (northern) town of" / "the capital" before a name starts (``start`` when there is none)."""
        tokens = self.view.tokens
        k = start
        if k > 0 and tokens[k - 1].lower_ == "of":
            k -= 1
        named = k
        while k > 0 and (tokens[k - 1].lower_ in designators or tokens[k - 1].lower_ in directions):
            k -= 1
        if k == named or not any(tokens[j].lower_ in designators for j in range(k, named)):
            return start
        if k > 0 and tokens[k - 1].lower_ in ("the", "a"):
            k -= 1
        return k

    def _before_words(self, c: Candidate, words: frozenset[str]) -> bool:
        return c.start > 0 and self.view.tokens[c.start - 1].lower_ in words

    def _anaphoric_relatives(self, found: list[Candidate], directions: frozenset[str], near: frozenset[str]) -> None:
        """"the city's eastern flank": a part of the city named last."""
        anchors = []
        for c in found:  # "eastern Aleppo" names Aleppo too
            place = self.g.get(c.chosen.parent_id) if c.chosen is not None and c.relative else c.chosen
            if place is not None and place.kind in ("city", "capital", "town"):
                anchors.append((c.start, place))
        toks = self.view.tokens
        for i in range(1, len(toks) - 2):
            if toks[i].lower_ not in ("city", "town") or toks[i - 1].lower_ != "the" or toks[i + 1].lower_ not in ("'s", "’s"):
                continue
            m = i + 2
            while m < len(toks) and toks[m].lower_ in (directions | near) and m - i < 5:
                m += 1
            if m == i + 2 or toks[m - 1].lower_ not in near:
                continue
            before = [p for s, p in anchors if s < i - 1 and p is not None]
            if not before:
                continue
            # "the city" is the article's city: the one named most so far (the latest on a tie)
            counts = Counter(p.place_id for p in before)
            anchor = max(reversed(before), key=lambda p: counts[p.place_id])
            c = Candidate(i - 1, m, [], chosen=None)
            c.relative = " ".join(t.lower_ for t in toks[i + 2:m])
            c.rel_start, c.rel_end = i - 1, m
            c.chosen = self.g.area(anchor, c.relative)
            found.append(c)
        found.sort(key=lambda c: c.start)
