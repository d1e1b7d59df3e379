"""Place mentions in an article: recognition here, then disambiguation and relative places.

Recognition combines a dictionary scan of the gazetteer over the tokens (longest match, spelling-
tolerant keys) with spaCy's GPE/LOC/FAC entities. The small English model often tags Arabic place
names as PERSON or ORG, so Syrian, country and first-level names need only capitalisation (and a
stop-list); the 140,000 world towns, many of them English words or surnames, need entity support, a
locative preposition or a dateline. A name followed by a feature word ("Collins Avenue") names a site.

Then ``placeresolve`` chooses each name's place (priors, the article's countries and divisions, the
place the text puts it in) and ``placerelatives`` reads relation words ("eastern Aleppo", "the
northern countryside of Hama", "the city's eastern flank") into area places with coarser precision;
``relative`` keeps the words. Every mention is returned: deciding which ones are event locations is
the events stage's job.

Two readings: ``find_places`` (the pipeline: where events happen) and ``find_toponyms`` (any news
text, as geoparsing evaluations count toponyms: adjectival, embedded and metonymic uses included, and
every toponym placed, an unknown one at the article's focus).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch import settings
from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.reading.gazetteer import EXACT, SKELETON, Gazetteer
from frontwatch.reading.placecontext import feature_words
from frontwatch.reading.placelists import list_runs
from frontwatch.reading.placenames import name_key, place_words, read_small_table
from frontwatch.reading.placerelatives import Relatives
from frontwatch.reading.placeresolve import Resolver
from frontwatch.reading.placespans import Candidate, TokenView, capitalised, fits, lexicon
from frontwatch.reading.placeunknowns import LOCATIVE, unknown_places
from frontwatch.reading.sources import SourceDirectory
from frontwatch.records import Place, PlaceMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["Gazetteer", "find_places", "find_toponyms", "normalise"]

normalise = name_key  # the evaluation suites compare names with the gazetteer's own key

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
def _place_slot(tok: Token) -> bool:
    """ "took villages including X and Y", "the village of X": a name in a slot that only places fill (the
    examples or the "of" of a place noun, data/lexicons/place_anaphors.tsv) is a place whatever the tagger's
    person reading says ("Bashkuwi" tagged a person is a spelling of Bashkuy)."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "including X and Y": Y hangs on X
    link = first.head
    if first.dep_ not in {"pobj", "dobj"} or link.lower_ not in {"including", "of"} or link.i > first.i:
        return False
    nouns = lexicons.mapping("place_anaphors.tsv")
    return link.head.lemma_.lower() in nouns or link.head.lower_ in nouns


_CONNECTORS = frozenset({"of", "and", "de", "del", "la", "le", "du", "da", "upon", "on", "the", "bin", "ibn", "abu", "bani", "'s"})
_LOCATIVE = LOCATIVE
_STRONG_LAYERS = frozenset({"country", "admin1", "region", "syria", "extra"})
_NAMED = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})  # entities that may embed a toponym
_MAX_SPAN = 8


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in ``doc`` (an article body parsed by spaCy), with offsets into doc.text.

    Each mention is resolved to a gazetteer Place (or None when unknown); relative phrases give an
    area place and the relation words in ``relative``.
    """
    return _Reader(doc, gazetteer or Gazetteer.default(), adjectivals=False).read()


def find_toponyms(text: str, nlp: Language, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Toponyms of any news text (world-wide), as geoparsing evaluations count them: adjectival uses
    ("Syrian", "French"), names inside an organisation's name ("the Washington Post") and cities
    standing for a team ("Liverpool won") included, and every toponym placed (one the gazetteer lacks
    at the article's focus). No home country is assumed.

    Used by the GeoWebNews evaluation; the pipeline uses ``find_places``.
    """
    return _Reader(nlp(text), gazetteer or Gazetteer.default(), adjectivals=True).read()


_NAMED_AFTER = frozenset({"country", "admin1", "admin2", "city", "capital", "region"})


class _Reader:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, *, adjectivals: bool) -> None:
        self.doc = doc
        self.g = gazetteer
        self.adjectivals = adjectivals
        self.view = TokenView(list(doc), text_of(doc))
        self.tokens: list[Token] = self.view.tokens
        self.pieces = self.view.pieces
        self.text = self.view.text
        self.entity = [""] * len(self.tokens)
        self.entity_span: list[tuple[int, int]] = [(-1, -1)] * len(self.tokens)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.entity[i] = ent.label_
                self.entity_span[i] = (ent.start, ent.end)
        # "activist Mohammad al-Halabi said ... al-Halabi believes": the family name of a person named in full
        # names that person when it comes back alone (words -> where the full name ends)
        self.family_names: dict[tuple[str, ...], int] = {}
        for ent in doc.ents:
            # "Syrias Aleppo", "Aleppos Hamdaniya" tagged PERSON: a place's possessive (apostrophe lost), no given name
            if ent.label_ == "PERSON" and len(ent) >= 2 and not self._large_place(ent[0].text):
                for k in range(ent.start + 1, ent.end):
                    self.family_names.setdefault(tuple(t.lower_ for t in doc[k:ent.end]), ent.end)
        # words the text also writes in lower case: "Missile" in a title-case headline is the word "missile"
        self.common = frozenset(t.text for t in self.tokens if t.is_alpha and t.text.islower())
        # "in Inkhil Jasim Nawa and Tafas": runs of names that read as lists whose commas were lost
        self.runs = list_runs(self.tokens)

    # --- recognition ----------------------------------------------------------------------------

    def read(self) -> list[PlaceMention]:
        found = self._scan()
        found += self._abbreviations(found)
        found += self._entities(found)
        found += unknown_places(self.tokens, found, self.runs)
        found = [c for c in found if not self._group_name(c)]
        groups = {self.view.key(c.start, c.end) for c in found if self._names_a_group(c)}
        found = [c for c in found if self.view.key(c.start, c.end) not in groups]
        if not self.adjectivals:  # toponym corpora annotate names, not a capital named by its role
            found += self._capitals(found)
        found.sort(key=lambda c: c.start)
        resolver = Resolver(self.view, self.g, toponyms=self.adjectivals)
        resolver.choose(found)
        resolver.contain(found)
        resolver.quarters(found)
        resolver.agree(found)
        Relatives(self.view, self.g).apply(found)
        resolver.localities(found)
        return [self._mention(c) for c in found if not c.adjectival or self.adjectivals]

    def _names_a_group(self, c: Candidate) -> bool:
        """ "the Hazm movement", "the Hamza brigade": a name before a group word is the group's, and so is the
        same name elsewhere in the article ("Hazm is present in northern Syria"). Words that also follow a
        place ("Aleppo forces") are not counted (lexicons/group_words.txt)."""
        nxt = self.tokens[c.end] if c.end < len(self.tokens) else None
        if nxt is None or nxt.lower_ not in lexicons.words("group_words.txt") or c.relative:
            return False
        # a city or a division lends its name to units without ceasing to be named ("the Aleppo brigades shelled Aleppo")
        if not c.options:
            return False
        key = self.view.key(c.start, c.end)
        row = max(c.options, key=lambda o: self.g.score(o[0], o[1], key))[0]
        return self.g.entry_at(row).place.kind not in _NAMED_AFTER

    def _group_name(self, c: Candidate) -> bool:
        """ "Liwaa al-Fath", "Jaish al-Fatah": a name opening with a group word names an armed group."""
        first = self.tokens[c.start].lower_
        if first not in lexicons.words("group_name_prefixes.txt"):
            return False
        nxt = self.tokens[c.start + 1] if c.start + 1 < len(self.tokens) else None
        return c.end - c.start > 1 or (nxt is not None and nxt.lower_ in place_words()["articles"])

    def _can_start(self, i: int) -> bool:
        tok = self.tokens[i]
        if not self.pieces[i]:
            return False
        if tok.lower_ == "the":
            return False  # "The Washington Post": the name starts after the article
        if capitalised(tok.text) or self._direction_name(i):
            return True
        # "al-Hellok", "as-Sakhour": a lower-case Arabic article joined to a capitalised name
        nxt = i + 2 if i + 2 < len(self.tokens) and self.tokens[i + 1].text == "-" else i + 1
        return tok.lower_ in place_words()["articles"] and tok.lower_ != "the" and nxt < len(self.tokens) \
            and self.tokens[nxt].text[:1].isupper() and (nxt == i + 2 or not tok.whitespace_)

    def _scan(self) -> list[Candidate]:
        out: list[Candidate] = []
        n, i = len(self.tokens), 0
        _, _, _, stop, _ = lexicon()
        while i < n:
            if not self._can_start(i):
                i += 1
                continue
            best: Candidate | None = None
            # the widest name opening with the first word that is no article ("al-Samdaniyah al-Gharbiyah" opens
            # with "samdaniyah"); an article joined by a hyphen takes two tokens more than its name key counts
            first = self.view.key(i, min(n, i + 3)).split(" ")[0] if self.pieces[i] else ""
            width = max(self.g.max_tokens.get(first, 0), self.g.max_skeleton_tokens.get(first, 0), 3)
            width += sum(2 for t in self.tokens[i:i + 3 * width] if t.text == "-" and not t.whitespace_)
            # "eastern Ghouta": a lower-case direction starts only a name that holds it, matched exactly
            direction = not capitalised(self.tokens[i].text) and self._direction_name(i)
            for j in range(i + 1, min(n, i + min(width, _MAX_SPAN) + 2) + 1):
                last = self.tokens[j - 1]
                if j - 1 > i and (last.is_punct and last.text not in "-'’" or last.is_space or "\n" in last.whitespace_ and j < n):
                    break
                if not capitalised(last.text) and not last.is_digit or last.lower_ in place_words()["articles"]:
                    continue
                if any(not capitalised(t.text) and t.lower_ not in _CONNECTORS and t.lower_ not in place_words()["articles"]
                       and t.text not in "-'’" and not t.is_digit for t in self.tokens[i + int(direction):j]):
                    break
                key = self.view.key(i, j)
                if direction:
                    exact = [o for o in self.g.candidates(key, skeletons=False) if o[1] == EXACT]
                    if exact:
                        best = Candidate(i, j, exact)
                    continue
                adjectival = self.g.adjectival_rows(key)
                if j - i > 1 and self.g.adjectival_rows(self.view.key(i, i + 1)) and all(
                        t.lower_ in lexicon()[4] for t in self.tokens[i + 1:j]):
                    continue  # "Gas Dropped on Syrian Town": a nation's adjective and a settlement noun, no town's name
                if j - i == 1 and (key in stop and not adjectival or self.tokens[i].text in ("I", "A")):
                    continue
                options = self.g.candidates(key) if key not in stop else []
                options = self._acronyms_as_written(i, j, options)
                if adjectival and (not options or options[0][1] != EXACT or self._modifier(i, j)):
                    # "Syrian", "U.S. troops": a modifier, never a spelling variant of a town
                    best = Candidate(i, j, [(r, EXACT) for r in adjectival], adjectival=True)
                    continue
                after_place = bool(out) and out[-1].end == i and not out[-1].adjectival or self._opens_listed(i, j)
                if options and self._variant_ok(i, j, options, after_place=after_place):
                    best = Candidate(i, j, options)
            if best is None:
                i += 1
                continue
            if self._name_goes_on(best):
                i = best.end
                continue
            self._designate(best)
            self._feature(best)
            out.append(best)
            i = best.end
        kept: list[Candidate] = []
        for c in out:
            # "in Saraqeb Khan Sheikhoun Maarat al-Numan": a list whose commas were lost is one PERSON to the
            # tagger; a name right after an accepted place is the next place, not a family name
            listed = bool(kept) and kept[-1].end == c.start and not kept[-1].adjectival and _named_exactly(kept[-1]) and _named_exactly(c) \
                or self._in_list(c, out)
            if self._acceptable(c, listed=listed):
                c.adjectival = c.adjectival or self._stance(c)
                kept.append(c)
        return kept

    def _opens_listed(self, start: int, end: int) -> bool:
        """Tokens [start, end) are a name of a run of names (reading.placelists) that opens where a name of the
        list opens ("in Busra Sham Inkhil and Nawa"), not inside a longer name ("the villages of Qarit Zamel ...")."""
        run = next((r for r in self.runs if start in r), None)
        if run is None or end > run.end or not any(a == start for a, _ in run.names):
            return False
        joined = place_words()["joined_articles"]
        if any(t.lower_ in joined and k + 1 < end and self.tokens[k + 1].text == "-" for k, t in enumerate(self.tokens[start + 1 : end], start + 1)):
            return True  # "in Bustan al-Qasr al-Kallaseh and ...": a name that holds its article name ends a listed name
        # "Tal Burj al-Hawa": a name an article name follows may go on with it
        return end + 1 >= len(self.tokens) or not (self.tokens[end].lower_ in joined and self.tokens[end + 1].text == "-")

    def _in_list(self, c: Candidate, scanned: list[Candidate]) -> bool:
        """ "in Busra Sham Inkhil Jasim and Nawa": a name of a run of names that holds another name the
        gazetteer knows, or is followed by a plural place noun ("... and Kabanah areas"), is a place of that list
        whatever the tagger made of the run (one PERSON)."""
        if not self._opens_listed(c.start, c.end):
            return False
        run = next(r for r in self.runs if c.start in r)
        others = [o for o in scanned if o is not c and o.start in run and o.end <= run.end and not o.adjectival]
        return bool(others) or run.noun_after

    def _stance(self, c: Candidate) -> bool:
        """ "pro-Damascus media", "anti-Ankara protesters": a place joined to "pro-" or "anti-" names a side
        taken, not where anything happens (a modifier, as "Syrian" is)."""
        if c.start < 2 or self.tokens[c.start - 1].text != "-" or self.tokens[c.start - 1].whitespace_:
            return False
        return self.tokens[c.start - 2].lower_ in ("pro", "anti") and not self.tokens[c.start - 2].whitespace_

    def _name_goes_on(self, c: Candidate) -> bool:
        """ "Qasr al-Sharkasi" when only "Qasr" is known: a generic first word of a name, followed by an
        article joined to a capitalised word, starts a longer name; it is not the place of that word alone.
        "Bab Tadmor" when only "Tadmor" is known: a name after such a word is part of that longer name (a
        gate, a khan, a hill named after the place), not the place itself."""
        heads = place_words()["compound_heads"]
        if c.start > 0:
            before = self.tokens[c.start - 1]
            if before.lower_ in heads and capitalised(before.text) and not before.is_sent_start and not before.whitespace_ == "":
                return True
        if c.end - c.start != 1 or c.end + 1 >= len(self.tokens) or self.tokens[c.start].lower_ not in heads:
            return False
        nxt = self.tokens[c.end]
        if capitalised(nxt.text) and nxt.lower_ not in lexicon()[3] and nxt.lower_ not in lexicon()[4] and nxt.is_alpha:
            return True  # "Bab Tadmor": the name goes on with a capitalised word
        if c.end + 2 >= len(self.tokens):
            return False
        article, dash, word = self.tokens[c.end], self.tokens[c.end + 1], self.tokens[c.end + 2]
        return article.lower_ in place_words()["articles"] and dash.text == "-" and capitalised(word.text)

    def _direction_name(self, i: int) -> bool:
        """A lower-case direction before a capitalised word: "eastern Ghouta" may be one name."""
        return self.tokens[i].lower_ in lexicon()[0] and i + 1 < len(self.tokens) and capitalised(self.tokens[i + 1].text)

    def _modifier(self, start: int, end: int) -> bool:
        last = self.tokens[end - 1]
        return last.tag_ == "JJ" or (last.dep_ in ("amod", "compound") and last.head.i >= end)

    def _acronyms_as_written(self, start: int, end: int, options: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A place known by an acronym ("CAR", "UAE", "DRC") only where the text writes it in capitals: "Car
        bombs struck ..." names no country."""
        written = self.text[self.view.tokens[start].idx : self.view.tokens[end - 1].idx + len(self.view.tokens[end - 1].text)]
        if written.isupper() or len(written) > 4:
            return options
        def by_acronym(row: int) -> bool:
            names = self.g.entry_at(row).names
            same = [n for n in names if n.lower() == written.lower()]
            return bool(same) and all(n.isupper() for n in same)
        return [o for o in options if not by_acronym(o[0])]

    def _variant_ok(self, start: int, end: int, options: list[tuple[int, int]], *, after_place: bool = False) -> bool:
        """Spelling-variant (skeleton) matches need an Arabic article ("al-Halk") or a proper noun of five
        letters or more that is not part of a longer person or organisation name, and no unit word after them.
        ``after_place``: the name follows a place with nothing between ("the towns of Rastan Talbeesah Ter
        Maaleh", a list whose commas were lost): the tagger's one long name is a run of places."""
        if options[0][1] < SKELETON:
            return True
        if end < len(self.tokens) and self.tokens[end].lower_ in place_words()["unit_words"]:
            return False  # "al-Namer forces", "the Taafish committees": a unit named after a person or clan
        if self.tokens[start].lower_ in place_words()["articles"]:
            return True
        if all(t.lower_ in self.common for t in self.tokens[start:end]):
            return False  # "US Missile Attack on Syrian Air Base" above "a missile strike": a word, not Mashale
        for i in range(start, end) if not after_place else ():  # a person ("Bashir"), or part of a longer name ("Quds Brigade")
            s, e = self.entity_span[i]
            # "Um Batina Mosque": a site named after the place, the longer name is the place's
            site = s >= start and e > end and all(t.lower_ in feature_words() for t in self.tokens[end:e])
            if self.entity[i] == "PERSON" and end - start == 1 and not _place_slot(self.tokens[i]) or \
                    self.entity[i] in ("PERSON", "ORG", "NORP") and (s < start or e > end) and not site:
                return False
        if len(self.view.key(start, end).replace(" ", "")) < 5:
            return False  # short skeletons ("prk") match too much; "al-Halk" passed above
        return all(t.tag_ == "NNP" or not t.text[:1].isupper() for t in self.tokens[start:end])

    def _abbreviations(self, found: list[Candidate]) -> list[Candidate]:
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
                out.append(Candidate(i, i + 1, [(row, EXACT)], entity="GPE"))
        return out

    def _designate(self, c: Candidate) -> None:
        """'Idlib province', 'Aleppo city', 'the town of X': the kind the text names."""
        designators = lexicon()[4]
        if c.end < len(self.tokens) and self.tokens[c.end].lower_ in designators and not c.adjectival:
            want = designators[self.tokens[c.end].lower_]
            if want == "neighbourhood" and not any(fits(self.g.entry_at(r).place.kind, want) for r, _ in c.options):
                # "Khalidiya neighbourhood": a quarter spelled otherwise, not the village spelled alike
                known = {r for r, _ in c.options}
                c.options += [o for o in self.g.variants(self.view.key(c.start, c.end))
                              if o[0] not in known and fits(self.g.entry_at(o[0]).place.kind, want)]
                home = str(settings.get("home_country"))
                if not self.adjectivals and home and all(self.g.entry_at(r).place.country_code != home for r, _ in c.options):
                    c.options = []  # "Mashhad neighborhood" in a report from the war: a quarter the gazetteer lacks, not Iran's city
            if any(fits(self.g.entry_at(r).place.kind, want) for r, _ in c.options):
                c.designated = want
                if want in ("admin1", "city"):
                    c.end += 1  # the designator is part of the name ("Idlib province")
            return
        if c.start >= 2 and self.tokens[c.start - 1].lower_ == "of" and self.tokens[c.start - 2].lower_ in designators:
            c.designated = designators[self.tokens[c.start - 2].lower_]
        elif (want := self._listed_under(c.end)) and any(fits(self.g.entry_at(r).place.kind, want) for r, _ in c.options):
            c.designated = want  # "Idlib and Hama provinces": each name of the list is a province
        elif c.end - c.start > 1 and self.tokens[c.end - 1].lower_ in designators and not c.adjectival:
            c.designated = designators[self.tokens[c.end - 1].lower_]  # matched with its designator: "Washington Township"

    def _listed_under(self, k: int) -> str:
        """The kind a plural designator gives the list the name at token ``k`` ends in ("Daraa, Hama, Idlib and
        Homs provinces"; FA-KES copies lose the commas: "Daraa Hama Idlib and Homs provinces"): the tokens up
        to it are only names, commas and "and"."""
        designators = lexicon()[4]
        for tok in self.tokens[k:k + 12]:
            low = tok.lower_
            plural = low.removesuffix("s") if low.endswith("s") else ""
            if plural in designators and plural != "area":
                return designators[plural]
            if not (low in {",", "and", "or", "-"} or capitalised(tok.text) or low in place_words()["articles"]):
                return ""
        return ""

    def _feature(self, c: Candidate) -> None:
        """'Collins Avenue', 'Windsor Castle': the feature word joins the name, which now names a site."""
        start = end = c.end + (1 if c.end < len(self.tokens) and self.tokens[c.end].lower_ in ("'s", "’s") else 0)
        while end < len(self.tokens) and capitalised(self.tokens[end].text) and self.tokens[end].lower_ in feature_words():
            end += 1
        if end > start and not c.adjectival:  # "St George's Chapel" too
            c.feature = self.tokens[end - 1].text
            c.end = end

    def _acceptable(self, c: Candidate, *, listed: bool = False) -> bool:
        """Whether a scanned name is a place here; ``listed``: it follows an accepted place with nothing between."""
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
        if (self.entity[c.start] == "PERSON" and s < c.start and e == c.end and not self.adjectivals and not self._country_owns(c.start)
                and not self._city_owns(c) and not listed):
            return False  # "Omar al-Homsi", "Hamza al-Kurdi": a family name after a given name, not a town
        if self._family_name_again(c, layers):
            return False
        if not embedded and self._outlet_speaking(c, s, e):
            return False  # "Al Jazeera reported": a news outlet's name, not a village spelled alike
        if [t.lower_ for t in self.tokens[max(0, c.start - 2):c.start]] in (["identified", "as"], ["named", "as"]):
            return False  # "one identified as Abu Omar": a person's name
        if self._loose_tail(c) or self._kunya(c) or self._after_kunya(c):
            return False
        nxt = self.tokens[c.end].lower_ if c.end < len(self.tokens) else ""
        if nxt in _WATERS and not any(self.g.entry_at(r).place.kind in _WATERS for r, _ in c.options):
            return False  # "the al-Sajour river": the river, not a village spelled alike

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

    def _outlet_speaking(self, c: Candidate, s: int, e: int) -> bool:
        """The name is a news outlet's (an ORG) that reports or is quoted: "Al Jazeera reported", "according to Al
        Jazeera". An outlet named after a town ("Al Mayadeen") is still the town where nothing says it speaks."""
        if self.entity[c.start] != "ORG" or not s <= c.start or not c.end <= e:
            return False
        if not SourceDirectory.default().names_outlet(self.tokens[s].doc[s:e].text):
            return False
        after = self.tokens[e] if e < len(self.tokens) else None
        before = [t.lower_ for t in self.tokens[max(0, s - 2) : s]]
        return (after is not None and after.lemma_.lower() in lexicons.words("reporting_verbs.txt")) or before in (["according", "to"], ["told"])

    def _large_place(self, word: str) -> bool:
        """A country's or capital's name, or a Syrian governorate's or city's, the possessive "s" perhaps left on it."""
        return any(p.kind in {"country", "capital"} or (p.kind in {"admin1", "city"} and p.country == "Syria")
                   for p in self._possessive_places(word))

    def _possessive_places(self, word: str) -> list[Place]:
        """The places a possessive names, its apostrophe perhaps lost ("Syrias", "Aleppos", "Turkey")."""
        names = [word, word[:-1]] if word.endswith("s") else [word]
        return [p for name in names for p in self.g.lookup(name)]

    def _possessor_places(self, i: int) -> list[Place]:
        """The places the word before token ``i`` names as the owner of the name at ``i`` ("Turkey's Kilis",
        "Aleppos Marjeh")."""
        if i == 0:
            return []
        before = self.tokens[i - 1].text
        if before in ("'s", "’s") and i > 1:
            before = self.tokens[i - 2].text
        return self._possessive_places(before)

    def _family_name_again(self, c: Candidate, layers: set[str]) -> bool:
        """ "local activist Ahmad al-Halabi ... the attack, which al-Halabi blames on IS": a family name the text
        gave a person earlier is that person again, not the town it is spelled like; after "in", "near" and the
        like it is still a place."""
        ended = self.family_names.get(tuple(t.lower_ for t in self.tokens[c.start:c.end]))
        if ended is None or ended > c.start or self.adjectivals or layers & {"country"}:
            return False
        return c.start == 0 or self.tokens[c.start - 1].lower_ not in _LOCATIVE

    def _country_owns(self, i: int) -> bool:
        """ "in northern Syrias Afrin", "Turkey's Kilis": the word before the name is a country's, its apostrophe
        perhaps lost, so the tagger's one PERSON name is a country and a town in it, not a given and family name."""
        return any(p.kind == "country" for p in self._possessor_places(i))

    def _city_owns(self, c: Candidate) -> bool:
        """ "Aleppos Marjeh district", "Homs's Waer": the word before the name is a city's (its apostrophe perhaps lost)
        and the name is one of that city's own neighbourhoods, so the tagger's one PERSON name is the city and a
        quarter of it, not a given and family name."""
        cities = {p.place_id for p in self._possessor_places(c.start) if p.kind in ("city", "capital")}
        return any(self.g.entry_at(r).place.parent_id in cities for r, _ in c.options)

    def _kunya(self, c: Candidate) -> bool:
        """ "commander Abu Omar al-Shishani": "Abu" or "Umm" and a given name, then a family name in "al-", is
        how a fighter is named; a village spelled like the first two words is not meant."""
        if self.tokens[c.start].lower_ not in {"abu", "umm"} or c.end - c.start != 2:
            return False
        after = [t.text for t in self.tokens[c.end:c.end + 3]]
        return len(after) == 3 and after[0].lower() in {"al", "el"} and after[1] == "-" and capitalised(after[2])

    def _after_kunya(self, c: Candidate) -> bool:
        """ "appointed Abu Saleh Tahan as military chief": a name right after "Abu" or "Umm" and a given name is the
        family name of the person so named, not the village it is spelled like."""
        if c.start < 2 or c.end - c.start != 1:
            return False
        kunya, given = self.tokens[c.start - 2], self.tokens[c.start - 1]
        return kunya.lower_ in {"abu", "umm"} and capitalised(kunya.text) and capitalised(given.text) and given.is_alpha

    def _loose_tail(self, c: Candidate) -> bool:
        """ "Qoraa al-Kabireh": a name opening with an article right after a capitalised word is the tail of a
        longer name the gazetteer lacks; only its exact spelling may stand for a place, not a spelling variant."""
        if c.start == 0 or not c.options or min(t for _, t in c.options) < SKELETON:
            return False
        before, first = self.tokens[c.start - 1], self.tokens[c.start]
        return first.lower_ in place_words()["articles"] and capitalised(before.text) and not before.is_sent_start

    def _dateline(self, c: Candidate) -> bool:
        """'TORONTO -', 'ALBUQUERQUE, N.M. (AP)': a capitalised name opening a paragraph, then a dash or comma."""
        first = self.tokens[c.start]
        opens = c.start == 0 or "\n" in self.tokens[c.start - 1].whitespace_ or self.tokens[c.start - 1].is_space
        after = self.tokens[c.end].text if c.end < len(self.tokens) else ""
        letters = "".join(t.text for t in self.tokens[c.start:c.end] if t.is_alpha)
        return opens and len(letters) > 2 and letters.isupper() and after in (",", "-", "–", "—", "(") and first.is_alpha

    def _well_known(self, c: Candidate) -> bool:
        """An exact name of a city, capital or division (not merely of a town)."""
        return any(t == EXACT and self.g.entry_at(r).place.kind in ("city", "capital", "admin1") for r, t in c.options)

    def _support(self, start: int, end: int) -> str:
        labels = {self.entity[i] for i in range(start, end)} & _ENTITY_LABELS
        return next(iter(labels), "")

    def _entities(self, found: list[Candidate]) -> list[Candidate]:
        """spaCy's place entities the dictionary did not find, and (for toponyms) adjectival NORPs."""
        covered = {i for c in found for i in range(c.start, c.end)}
        out: list[Candidate] = []
        for ent in self.doc.ents:
            if any(i in covered for i in range(ent.start, ent.end)):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if start >= ent.end:
                continue
            key = self.view.key(start, ent.end)
            if key in lexicon()[3] and ent.label_ != "NORP":
                continue
            if ent.label_ in _ENTITY_LABELS and key:
                options = self.g.candidates(key) or self.g.fuzzy(key)
                prev = self.tokens[start - 1].lower_ if start > 0 else ""
                if not options and ent.end - start == 1 and prev not in _LOCATIVE:
                    continue  # one unknown word on the small model's word alone is mostly a person ("Buhari")
                out.append(Candidate(start, ent.end, options, entity=ent.label_))
            elif ent.label_ == "NORP":
                rows = self.g.adjectival_rows(key)
                if rows:
                    out.append(Candidate(start, ent.end, [(r, EXACT) for r in rows], entity="NORP", adjectival=True))
        return out

    def _capitals(self, found: list[Candidate]) -> list[Candidate]:
        """ "casualties in the capital", "south of the capital", "the Syrian capital": a capital named by its
        role is the capital of the country the words before it name, else of a country the article names, else
        of the home country. "the capital Damascus" names it (the name is read), "the capital of the caliphate"
        is a role, not a place."""
        if not any(tok.lower_ == "capital" for tok in self.tokens):
            return []
        covered = {i for c in found for i in range(c.start, c.end)}
        named = {self.g.entry_at(r).place.country_code for c in found if not c.adjectival for r, t in c.options
                 if t == EXACT and self.g.entry_at(r).place.kind == "country"}
        home = str(settings.get("home_country"))
        out = []
        for i, tok in enumerate(self.tokens):
            if tok.lower_ != "capital" or i in covered or i == 0:
                continue
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if nxt is not None and (nxt.lower_ in ("of", "'s", "’s") or capitalised(nxt.text) and nxt.is_alpha):
                continue
            # the article's countries and the home country: the resolver weighs them as for any name
            start, countries = i - 1, named | ({home} if home else set())
            if self.tokens[i - 1].lower_ != "the":
                rows = self.g.adjectival_rows(self.view.key(i - 1, i))
                if not rows or i < 2 or self.tokens[i - 2].lower_ != "the":
                    continue
                start, countries = i - 2, {self.g.entry_at(r).place.country_code for r in rows}  # "the Turkish capital"
            options = [(r, EXACT) for cc in sorted(countries) for r in self.g.capital_rows(cc)]
            if options:
                out.append(Candidate(start, i + 1, options))
        return out

    def _mention(self, c: Candidate) -> PlaceMention:
        start, end = (c.rel_start, c.rel_end) if c.relative else (c.start, c.end)
        s = self.tokens[start].idx
        last = self.tokens[end - 1]
        e = last.idx + len(last.text)
        return PlaceMention(text=self.text[s:e], start=s, end=e, place=c.chosen, relative=c.relative)


def _named_exactly(c: Candidate) -> bool:
    """The candidate's words are a place's name, not only a spelling variant of one."""
    return bool(c.options) and min(t for _, t in c.options) < SKELETON


_WATERS = frozenset({"river", "lake", "stream", "canal"})


@lru_cache(maxsize=1)
def _abbreviation_table() -> dict[str, tuple[str, str]]:
    """'Md.' -> ('US', 'Maryland')."""
    rows = read_small_table("admin1_abbreviations.tsv")
    return {r["abbreviation"]: (r["cc"], r["admin1"]) for r in rows}


