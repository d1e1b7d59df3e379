"""Place mentions in an article: recognition, context disambiguation, relative places.

Recognition combines a dictionary scan of the gazetteer over the tokens (longest match, spelling-
tolerant keys) with spaCy's GPE/LOC/FAC entities. The small English model often tags Arabic place
names as PERSON or ORG, so Syrian, country and first-level names need only capitalisation (and a
stop-list); the 140,000 world towns, many of them English words or surnames, need entity support or
a locative preposition.

Disambiguation prefers places in the countries and governorates the article names (more so when they
are named right after: "Mansoura in rural Aleppo"), then bigger places.

Relative places ("eastern Aleppo", "the northern countryside of Hama", "east of Aleppo city", "the
city's eastern flank") become area places with coarser precision; ``relative`` keeps the words.
Every mention is returned: deciding which ones are event locations is the events stage's job.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.reading.gazetteer import EXACT, FUZZY, SKELETON, Gazetteer
from frontwatch.reading.placecontext import NEAR, container_relation, feature_words, focus, lies_in
from frontwatch.reading.placenames import name_key, place_words, read_small_table
from frontwatch.records import Place, PlaceMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["Gazetteer", "find_places", "find_toponyms", "normalise"]

normalise = name_key  # the evaluation suites compare names with the gazetteer's own key

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CONNECTORS = frozenset({"of", "and", "de", "del", "la", "le", "du", "da", "upon", "on", "the", "bin", "ibn", "abu", "bani", "'s"})
_LOCATIVE = frozenset({"in", "near", "at", "outside", "from", "to", "into", "around", "across", "toward", "towards", "via", "through", "of"})
_STRONG_LAYERS = frozenset({"country", "admin1", "region", "syria", "extra"})
_NAMED = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})  # entities that may embed a toponym
_MAX_SPAN = 8
# Places too big or too well known to be re-read as an unlisted namesake inside another place.
_NEVER_INSIDE = frozenset({"country", "admin1", "admin2", "region", "city", "capital"})
_CAPITAL = 0.4
_DIVISION_NAMESAKE = 0.15
# Nouns that name the surroundings of a place on their own ("Aleppo countryside", "Homs outskirts").
_SURROUNDINGS = frozenset({"countryside", "outskirts", "suburbs", "flank", "flanks", "periphery", "vicinity", "hinterland", "environs"})


@dataclass
class _Candidate:
    """A recognised span and the places it may name."""

    start: int  # token indices [start, end)
    end: int
    options: list[tuple[int, int]]  # (gazetteer row, tier)
    designated: str = ""  # kind named by a designator ("province", "city" ...)
    entity: str = ""  # spaCy label supporting the span
    adjectival: bool = False
    chosen: Place | None = None
    relative: str = ""
    rel_start: int = -1  # token span of the whole relative phrase
    rel_end: int = -1
    scores: dict[int, float] = field(default_factory=dict)
    container: int = -1  # index of the candidate it lies in, when no namesake lies there
    feature: str = ""  # "Avenue", "Castle": a street or site named after the place


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    words = place_words()
    directions = frozenset(words["directions"])
    regions = frozenset(words["region_words"])
    near = frozenset(w for w in words["near_words"] if " " not in w)
    stop = frozenset(name_key(w) for w in words["stoplist"])
    return directions, regions, near, stop, words["designators"]


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in ``doc`` (an article body parsed by spaCy), with offsets into doc.text.

    Each mention is resolved to a gazetteer Place (or None when unknown); relative phrases give an
    area place and the relation words in ``relative``.
    """
    return _Reader(doc, gazetteer or Gazetteer.default(), adjectivals=False).read()


def find_toponyms(text: str, nlp: Language, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Toponyms of any news text (world-wide), adjectival uses ("Syrian", "French") included.

    Used by the GeoWebNews evaluation; the pipeline uses ``find_places``.
    """
    return _Reader(nlp(text), gazetteer or Gazetteer.default(), adjectivals=True).read()


class _Reader:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, *, adjectivals: bool) -> None:
        self.doc = doc
        self.text = doc.text  # built anew by spaCy on every access
        self.countries: Counter[str] = Counter()  # the article's countries, from its clearest names
        self.g = gazetteer
        self.adjectivals = adjectivals
        self.tokens: list[Token] = list(doc)
        self.pieces = [_pieces(t.text) for t in self.tokens]
        self.entity = [""] * len(self.tokens)
        self.entity_span: list[tuple[int, int]] = [(-1, -1)] * len(self.tokens)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.entity[i] = ent.label_
                self.entity_span[i] = (ent.start, ent.end)

    # --- recognition ----------------------------------------------------------------------------

    def read(self) -> list[PlaceMention]:
        found = self._scan()
        found += self._abbreviations(found)
        found += self._entities(found)
        found.sort(key=lambda c: c.start)
        self._resolve(found)
        self._contain(found)
        self._relatives(found)
        self._localities(found)
        return [self._mention(c) for c in found if not c.adjectival or self.adjectivals]

    def _key(self, start: int, end: int) -> str:
        articles = place_words()["articles"]
        parts = [p for i in range(start, end) for p in self.pieces[i]]
        kept = [p for p in parts if p not in articles]
        return " ".join(kept or parts)

    def _can_start(self, i: int) -> bool:
        tok = self.tokens[i]
        if not self.pieces[i]:
            return False
        if tok.lower_ == "the":
            return False  # "The Washington Post": the name starts after the article
        if _capitalised(tok.text) or self._direction_name(i):
            return True
        # "al-Hellok", "as-Sakhour": a lower-case Arabic article joined to a capitalised name
        nxt = i + 2 if i + 2 < len(self.tokens) and self.tokens[i + 1].text == "-" else i + 1
        return tok.lower_ in place_words()["articles"] and tok.lower_ != "the" and nxt < len(self.tokens) \
            and self.tokens[nxt].text[:1].isupper() and (nxt == i + 2 or not tok.whitespace_)

    def _scan(self) -> list[_Candidate]:
        out: list[_Candidate] = []
        n, i = len(self.tokens), 0
        _, _, _, stop, _ = _lexicon()
        while i < n:
            if not self._can_start(i):
                i += 1
                continue
            best: _Candidate | None = None
            first = self._key(i, i + 1).split(" ")[0] if self.pieces[i] else ""
            width = max(self.g.max_tokens.get(first, 0), self.g.max_skeleton_tokens.get(first, 0), 3)
            # "eastern Ghouta": a lower-case direction starts only a name that holds it, matched exactly
            direction = not _capitalised(self.tokens[i].text) and self._direction_name(i)
            for j in range(i + 1, min(n, i + min(width, _MAX_SPAN) + 2) + 1):
                last = self.tokens[j - 1]
                if j - 1 > i and (last.is_punct and last.text not in "-'’" or last.is_space or "\n" in last.whitespace_ and j < n):
                    break
                if not _capitalised(last.text) and not last.is_digit or last.lower_ in place_words()["articles"]:
                    continue
                if any(not _capitalised(t.text) and t.lower_ not in _CONNECTORS and t.lower_ not in place_words()["articles"]
                       and t.text not in "-'’" and not t.is_digit for t in self.tokens[i + int(direction):j]):
                    break
                key = self._key(i, j)
                if direction:
                    exact = [o for o in self.g.candidates(key, skeletons=False) if o[1] == EXACT]
                    if exact:
                        best = _Candidate(i, j, exact)
                    continue
                adjectival = self.g.adjectival_rows(key)
                if j - i == 1 and (key in stop and not adjectival or self.tokens[i].text in ("I", "A")):
                    continue
                options = self.g.candidates(key) if key not in stop else []
                if adjectival and (not options or options[0][1] != EXACT or self._modifier(i, j)):
                    # "Syrian", "U.S. troops": a modifier, never a spelling variant of a town
                    best = _Candidate(i, j, [(r, EXACT) for r in adjectival], adjectival=True)
                    continue
                if options and self._variant_ok(i, j, options):
                    best = _Candidate(i, j, options)
            if best is None:
                i += 1
                continue
            self._designate(best)
            self._feature(best)
            out.append(best)
            i = best.end
        return [c for c in out if self._acceptable(c)]

    def _direction_name(self, i: int) -> bool:
        """A lower-case direction before a capitalised word: "eastern Ghouta" may be one name."""
        return self.tokens[i].lower_ in _lexicon()[0] and i + 1 < len(self.tokens) and _capitalised(self.tokens[i + 1].text)

    def _modifier(self, start: int, end: int) -> bool:
        last = self.tokens[end - 1]
        return last.tag_ == "JJ" or (last.dep_ in ("amod", "compound") and last.head.i >= end)

    def _variant_ok(self, start: int, end: int, options: list[tuple[int, int]]) -> bool:
        """Spelling-variant (skeleton) matches need an Arabic article ("al-Halk") or a proper noun of five
        letters or more that is not part of a longer person or organisation name."""
        if options[0][1] < SKELETON:
            return True
        if self.tokens[start].lower_ in place_words()["articles"]:
            return True
        for i in range(start, end):  # a person ("Bashir"), or part of a longer name ("Quds Brigade")
            s, e = self.entity_span[i]
            if self.entity[i] == "PERSON" and end - start == 1 or self.entity[i] in ("PERSON", "ORG", "NORP") and (s < start or e > end):
                return False
        if len(self._key(start, end).replace(" ", "")) < 5:
            return False  # short skeletons ("prk") match too much; "al-Halk" passed above
        return all(t.tag_ == "NNP" or not t.text[:1].isupper() for t in self.tokens[start:end])

    def _abbreviations(self, found: list[_Candidate]) -> list[_Candidate]:
        """"Baltimore, Md.", "Trenton, N.J.": abbreviated divisions, as written."""
        table = _abbreviation_table()
        # "HELENA, Mont.": the abbreviation, not the French town "Mont" that the scan found
        alone = {c.start: c for c in found if c.end == c.start + 1}
        covered = {i for c in found for i in range(c.start, c.end)}
        out = []
        for i, tok in enumerate(self.tokens):
            entry = table.get(tok.text)
            if entry is None or i in covered and i not in alone:
                continue
            if not (tok.text.count(".") >= 2 or (i > 0 and self.tokens[i - 1].text in (",", "("))):
                continue
            place = self.g.admin1_place(entry[1], entry[0])
            row = self.g.row_of(place) if place else None
            if row is not None:
                if i in alone:
                    found.remove(alone[i])
                out.append(_Candidate(i, i + 1, [(row, EXACT)], entity="GPE"))
        return out

    def _designate(self, c: _Candidate) -> None:
        """'Idlib province', 'Aleppo city', 'the town of X': the kind the text names."""
        designators = _lexicon()[4]
        if c.end < len(self.tokens) and self.tokens[c.end].lower_ in designators and not c.adjectival:
            want = designators[self.tokens[c.end].lower_]
            if any(_fits(self.g.entry_at(r).place.kind, want) for r, _ in c.options):
                c.designated = want
                if want in ("admin1", "city"):
                    c.end += 1  # the designator is part of the name ("Idlib province")
            return
        if c.start >= 2 and self.tokens[c.start - 1].lower_ == "of" and self.tokens[c.start - 2].lower_ in designators:
            c.designated = designators[self.tokens[c.start - 2].lower_]
        elif c.end - c.start > 1 and self.tokens[c.end - 1].lower_ in designators and not c.adjectival:
            c.designated = designators[self.tokens[c.end - 1].lower_]  # matched with its designator: "Washington Township"

    def _feature(self, c: _Candidate) -> None:
        """'Collins Avenue', 'Windsor Castle': the feature word joins the name, which now names a site."""
        start = end = c.end + (1 if c.end < len(self.tokens) and self.tokens[c.end].lower_ in ("'s", "’s") else 0)
        while end < len(self.tokens) and _capitalised(self.tokens[end].text) and self.tokens[end].lower_ in feature_words():
            end += 1
        if end > start and not c.adjectival:  # "St George's Chapel" too
            c.feature = self.tokens[end - 1].text
            c.end = end

    def _acceptable(self, c: _Candidate) -> bool:
        layers = {self.g.layer(r) for r, _ in c.options}
        label = self._support(c.start, c.end)
        c.entity = label
        s, e = self.entity_span[c.start]
        inside_longer = self.entity[c.start] in ("ORG", "PERSON", "WORK_OF_ART", "EVENT") and (s < c.start or e > c.end)
        # "Washington" in "the Washington Post" is a toponym too (GeoWebNews' embedded kinds); the pipeline,
        # reading where events happen, does not want it
        embedded = self.adjectivals and self.entity[c.start] != "PERSON"
        if inside_longer and not (layers & {"syria", "country"}) and c.end - c.start == 1 and not embedded:
            return False  # "Jordan" in "Michael Jordan", "Paris" in "Paris Hilton"
        if layers & _STRONG_LAYERS:
            return True
        if label:
            return True
        if embedded and self.entity[c.start] in _NAMED and self._well_known(c):
            return True  # "Liverpool won", "the Toronto Police": a city standing for its team or service
        if self._dateline(c):
            return True
        prev = self.tokens[c.start - 1].lower_ if c.start > 0 else ""
        # after "in", a name the small model takes for an organisation is still mostly a town ("a cinema in
        # Dewsbury"); the pipeline keeps to the stricter reading
        refused = ("PERSON",) if embedded else ("PERSON", "ORG")
        return prev in _LOCATIVE and not self.tokens[c.start].is_sent_start and self.entity[c.start] not in refused

    def _dateline(self, c: _Candidate) -> bool:
        """'TORONTO -', 'ALBUQUERQUE, N.M. (AP)': a capitalised name opening a paragraph, then a dash or comma."""
        first = self.tokens[c.start]
        opens = c.start == 0 or "\n" in self.tokens[c.start - 1].whitespace_ or self.tokens[c.start - 1].is_space
        after = self.tokens[c.end].text if c.end < len(self.tokens) else ""
        letters = "".join(t.text for t in self.tokens[c.start:c.end] if t.is_alpha)
        return opens and len(letters) > 2 and letters.isupper() and after in (",", "-", "–", "—", "(") and first.is_alpha

    def _well_known(self, c: _Candidate) -> bool:
        """An exact name of a city, capital or division (not merely of a town)."""
        return any(t == EXACT and self.g.entry_at(r).place.kind in ("city", "capital", "admin1") for r, t in c.options)

    def _support(self, start: int, end: int) -> str:
        labels = {self.entity[i] for i in range(start, end)} & _ENTITY_LABELS
        return next(iter(labels), "")

    def _entities(self, found: list[_Candidate]) -> list[_Candidate]:
        """spaCy's place entities the dictionary did not find, and (for toponyms) adjectival NORPs."""
        covered = {i for c in found for i in range(c.start, c.end)}
        out: list[_Candidate] = []
        for ent in self.doc.ents:
            if any(i in covered for i in range(ent.start, ent.end)):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if start >= ent.end:
                continue
            key = self._key(start, ent.end)
            if key in _lexicon()[3] and ent.label_ != "NORP":
                continue
            if ent.label_ in _ENTITY_LABELS and key:
                options = self.g.candidates(key) or self.g.fuzzy(key)
                prev = self.tokens[start - 1].lower_ if start > 0 else ""
                if not options and ent.end - start == 1 and prev not in _LOCATIVE:
                    continue  # one unknown word on the small model's word alone is mostly a person ("Buhari")
                out.append(_Candidate(start, ent.end, options, entity=ent.label_))
            elif ent.label_ == "NORP":
                rows = self.g.adjectival_rows(key)
                if rows:
                    out.append(_Candidate(start, ent.end, [(r, EXACT) for r in rows], entity="NORP", adjectival=True))
        return out

    # --- disambiguation -------------------------------------------------------------------------

    def _resolve(self, found: list[_Candidate]) -> None:
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str, str]] = Counter()
        for c in found:  # evidence from names that are (nearly) unambiguous
            top = self._prior(c)
            if not top:
                continue
            place = self.g.entry_at(top[0][1]).place
            exact = min(t for _, t in c.options) < SKELETON
            if exact and (place.kind in ("country", "admin1", "city", "capital") or len(top) == 1 or c.adjectival):
                countries[place.country_code] += 1
                if place.kind in ("admin1", "city") and place.admin1:
                    admin1s[(place.country_code, place.admin1)] += 1
        total = sum(countries.values()) or 1
        self.countries = countries
        for index, c in enumerate(found):
            local = self._local_admin1s(found, index)
            best: tuple[float, int] | None = None
            ranked = self._prior(c)
            # "Florida", "Wyoming" alone name the division, not a small town of the same name
            divisions = {self.g.entry_at(row).place.country_code for _, row in ranked
                         if self.g.entry_at(row).place.kind == "admin1" and dict(c.options).get(row) == EXACT}
            for prior, row in ranked:
                place = self.g.entry_at(row).place
                tier = dict(c.options).get(row, EXACT)
                if tier >= SKELETON and countries and not countries.get(place.country_code):
                    continue  # spelling-variant matches only inside the article's countries (if it names any)
                score = prior + 0.8 * countries.get(place.country_code, 0) / total
                if place.kind == "capital" and not c.designated:
                    score += _CAPITAL  # a capital is what its name means, whatever else the article is about
                if place.kind in ("town", "village") and place.country_code in divisions and not c.designated:
                    score -= _DIVISION_NAMESAKE
                else:
                    score += _admin1_weight(self.g.layer(row)) * min(3, admin1s.get((place.country_code, place.admin1), 0))
                if (place.country_code, place.admin1) in local and place.kind not in ("admin1", "country"):
                    score += 1.0
                if c.designated and _fits(place.kind, c.designated):
                    score += 0.8
                if best is None or score > best[0]:
                    best = (score, row)
            c.chosen = self.g.entry_at(best[1]).place if best else None
            if c.chosen is None and c.options and min(t for _, t in c.options) >= SKELETON:
                c.options = []  # only a spelling variant of a place outside the article's countries
        found[:] = [c for c in found if c.options or c.entity or c.relative]

    def _contain(self, found: list[_Candidate]) -> None:
        """A place the text puts inside another ("X in the countryside of Y", "Y's X") is the namesake
        inside it; with none there, it is marked to become a locality of its container."""
        for index in reversed(range(len(found))):  # containers follow what they contain: settle them first
            c = found[index]
            hit = self._container(found, index)
            if hit is None or c.adjectival:
                continue
            k, relation = hit
            outers = [o for o in self._coordinated(found, k) if o is not None]
            if not outers or c.chosen is not None and any(lies_in(c.chosen, o, relation) for o in outers):
                continue
            inside = [row for _, row in self._prior(c) if any(lies_in(self.g.entry_at(row).place, o, relation) for o in outers)]
            if inside:
                c.chosen = self.g.entry_at(inside[0]).place
            elif self.tokens[c.end].text != "," and (c.chosen is None or c.feature or c.chosen.kind not in _NEVER_INSIDE):
                c.container = k  # a village, street or quarter the gazetteer lacks: placed after _relatives

    def _container(self, found: list[_Candidate], index: int) -> tuple[int, str] | None:
        """The candidate that ``found[index]`` lies in, by the words between them, with the relation."""
        c = found[index]
        sent = self.tokens[c.start].sent
        if index + 1 < len(found) and found[index + 1].start < sent.end:
            nxt = found[index + 1]
            relation = container_relation([t.lower_ for t in self.tokens[c.end:nxt.start]], nxt.chosen) \
                if nxt.chosen and not nxt.adjectival else ""  # "near the Turkish border" is no container
            if relation:
                return index + 1, relation
        if index > 0 and found[index - 1].chosen is not None and found[index - 1].start >= sent.start:
            gap = [t.lower_ for t in self.tokens[found[index - 1].end:c.start]]
            if gap[:1] in (["'s"], ["’s"]) and all(w in _lexicon()[0] for w in gap[1:]):
                return index - 1, NEAR  # "north Aleppo's Ghazal": Aleppo stands for its governorate
        return None

    def _coordinated(self, found: list[_Candidate], k: int) -> list[Place | None]:
        """The container and the places joined to it ("in the countryside of Homs and Daraa")."""
        out = [found[k].chosen]
        while k + 1 < len(found) and " ".join(t.lower_ for t in self.tokens[found[k].end:found[k + 1].start]) in ("and", ",", "or", ", and"):
            k += 1
            out.append(found[k].chosen)
        return out

    def _localities(self, found: list[_Candidate]) -> None:
        """Places the gazetteer lacks: in their container, else (toponyms) at the article's focus."""
        for c in found:
            outer = found[c.container].chosen if c.container >= 0 else None
            if outer is not None:
                c.chosen = self.g.locality(self._name(c), outer, _kind_of(c))
        if not self.adjectivals:
            return  # the pipeline leaves an unknown name unplaced: an event never takes a guess for its place
        named = [self.g.get(c.chosen.parent_id) if c.relative else c.chosen for c in found
                 if c.chosen is not None and not c.adjectival and c.container < 0 and not c.feature
                 and min((t for _, t in c.options), default=FUZZY) < SKELETON]
        centre = focus([(p, self.g.entry(p).weight) for p in named if p is not None and self.g.entry(p) is not None])  # type: ignore[union-attr]
        if centre is None:
            return
        for c in found:
            if c.adjectival or c.relative or c.container >= 0:
                continue
            if c.chosen is None or c.feature and c.chosen.country_code not in self.countries:
                c.chosen = self.g.locality(self._name(c), centre, _kind_of(c))

    def _name(self, c: _Candidate) -> str:
        first, last = self.tokens[c.start], self.tokens[c.end - 1]
        return self.text[first.idx:last.idx + len(last.text)]

    def _prior(self, c: _Candidate) -> list[tuple[float, int]]:
        key = self._key(c.start, c.end)
        ranked = [(self.g.score(row, tier, key), row) for row, tier in c.options if self.g.layer(row) != "replaced"]
        return sorted(ranked, reverse=True)

    def _local_admin1s(self, found: list[_Candidate], index: int) -> set[tuple[str, str]]:
        """Governorates named right after a mention, in the same sentence ("X in rural Aleppo")."""
        c = found[index]
        sent_end = self.tokens[c.start].sent.end
        out: set[tuple[str, str]] = set()
        if index > 0 and c.start >= 2 and found[index - 1].end == c.start - 1 and self.tokens[c.start - 1].lower_ in ("'s", "’s"):
            for _, row in self._prior(found[index - 1])[:1]:  # "Aleppo's Ghazal"
                place = self.g.entry_at(row).place
                out.add((place.country_code, place.admin1))
        for other in found[index + 1:]:
            if other.start >= sent_end or other.start - c.end > 9:
                break
            for _, row in self._prior(other)[:1]:
                place = self.g.entry_at(row).place
                if place.kind in ("admin1", "city", "capital"):
                    out.add((place.country_code, place.admin1))
        return out

    # --- relative places ------------------------------------------------------------------------

    def _relatives(self, found: list[_Candidate]) -> None:
        directions, regions, near, _, designators = _lexicon()
        relation_words = directions | regions | near
        for c in found:
            if c.chosen is None or c.adjectival or c.chosen.kind == "country" and not self._before_words(c, directions):
                continue
            words: list[str] = []
            start, end = c.start, c.end
            # "the northern countryside of X", "east of X", "the outskirts of X"
            if start >= 2 and self.tokens[start - 1].lower_ == "of":
                k = start - 2
                while k >= 0 and self.tokens[k].lower_ in relation_words:
                    k -= 1
                if k < start - 2 and not all(t.lower_ in designators for t in self.tokens[k + 1:start - 1]):
                    words = [t.lower_ for t in self.tokens[k + 1:start]]
                    start = k + 1
            # "eastern Aleppo", "rural Idlib", "southern rural Hama"
            if not words:
                k = start - 1
                while k >= 0 and self.tokens[k].lower_ in (directions | {"rural", "central"}):
                    k -= 1
                if k < start - 1:
                    words = [t.lower_ for t in self.tokens[k + 1:start]]
                    start = k + 1
            # "near Azaz", "outside Homs": close to a town, not in it (ACLED precision 2)
            if not words and start > 0 and self.tokens[start - 1].lower_ in ("near", "outside") \
                    and c.chosen.kind in ("town", "village", "city", "capital", "neighbourhood"):
                words = [self.tokens[start - 1].lower_]
                start -= 1
            # "Aleppo countryside", "Aleppo's eastern flank", "Hama's northern countryside"
            if not words:
                k = end + (1 if end < len(self.tokens) and self.tokens[end].lower_ in ("'s", "’s") else 0)
                m = k
                while m < len(self.tokens) and self.tokens[m].lower_ in relation_words and m - k < 3:
                    m += 1
                tail = [t.lower_ for t in self.tokens[k:m]]
                if m < len(self.tokens) and self.tokens[m].lower_ == "of":
                    tail = []  # "al-Bab area northeast of Aleppo": the words belong to the next place
                if tail and (any(w in directions for w in tail) or tail[-1] in _SURROUNDINGS):
                    words = tail
                    end = m
            if words:
                c.relative = " ".join(words)
                c.rel_start, c.rel_end = start, end
                c.chosen = self.g.area(c.chosen, c.relative)
        self._anaphoric_relatives(found, directions, near)

    def _before_words(self, c: _Candidate, words: frozenset[str]) -> bool:
        return c.start > 0 and self.tokens[c.start - 1].lower_ in words

    def _anaphoric_relatives(self, found: list[_Candidate], directions: frozenset[str], near: frozenset[str]) -> None:
        """"the city's eastern flank": a part of the city named last."""
        anchors = []
        for c in found:  # "eastern Aleppo" names Aleppo too
            place = self.g.get(c.chosen.parent_id) if c.chosen is not None and c.relative else c.chosen
            if place is not None and place.kind in ("city", "capital", "town"):
                anchors.append((c.start, place))
        toks = self.tokens
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
            c = _Candidate(i - 1, m, [], chosen=None)
            c.relative = " ".join(t.lower_ for t in toks[i + 2:m])
            c.rel_start, c.rel_end = i - 1, m
            c.chosen = self.g.area(anchor, c.relative)
            found.append(c)
        found.sort(key=lambda c: c.start)

    def _mention(self, c: _Candidate) -> PlaceMention:
        start, end = (c.rel_start, c.rel_end) if c.relative else (c.start, c.end)
        s = self.tokens[start].idx
        last = self.tokens[end - 1]
        e = last.idx + len(last.text)
        return PlaceMention(text=self.text[s:e], start=s, end=e, place=c.chosen, relative=c.relative)


@lru_cache(maxsize=1)
def _abbreviation_table() -> dict[str, tuple[str, str]]:
    """'Md.' -> ('US', 'Maryland')."""
    rows = read_small_table("admin1_abbreviations.tsv")
    return {r["abbreviation"]: (r["cc"], r["admin1"]) for r in rows}


_JOINED_ARTICLE = re.compile(r"^(?:a[lsdrtzn]|ash|adh|ath|e[lsdrtzn])[_\-’'][A-Z]")


def _capitalised(text: str) -> bool:
    """A capitalised word, or one behind a joined Arabic article ("al_Sham", "el-Bab" as one token)."""
    return text[:1].isupper() or bool(_JOINED_ARTICLE.match(text))


@lru_cache(maxsize=50_000)
def _pieces(text: str) -> tuple[str, ...]:
    """Name-key pieces of one token ("U.S." -> ("u", "s"), "al" -> ("al",), "-" -> ())."""
    key = name_key(text)
    return tuple(key.split()) if key else ()


def _admin1_weight(layer: str) -> float:
    """How much each mention of a division raises its places: much for Syria's villages, whose names
    repeat across governorates with little else to tell them apart; little for world towns, whose
    population says more than the other cities a report lists."""
    return 0.3 if layer in ("syria", "extra") else 0.1


def _kind_of(c: _Candidate) -> str:
    """The kind a locality gets: a street or site, the kind its designator names, else none."""
    return "site" if c.feature else c.designated if c.designated not in ("", "admin1", "city") else ""


def _fits(kind: str, want: str) -> bool:
    if want == "city":
        return kind in ("city", "capital", "town")
    if want in ("town", "village"):
        return kind in ("town", "city", "village")  # "the town of X" is no capital
    return kind == want
