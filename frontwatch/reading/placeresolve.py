"""Which place a recognised name means: priors, the article's countries and divisions, containers.

Disambiguation prefers places in the countries and governorates the article names (more so when they
are named right after: "Mansoura in rural Aleppo"), then bigger places. A capital means itself; a
division named alone beats its country's towns of that name.

A place the text puts inside another ("X in the countryside of Y", "Y's X") is the namesake inside it;
with none there it becomes a *locality* of its container (see ``placecontext``). In the toponym reading
a name the gazetteer lacks is placed at the article's focus; the pipeline leaves it unplaced.
"""

from __future__ import annotations

import re
from collections import Counter

from frontwatch import settings
from frontwatch.reading.gazetteer import EXACT, FUZZY, SKELETON, Gazetteer
from frontwatch.reading.placecontext import NEAR, container_relation, focus, lies_in
from frontwatch.reading.placenames import distance_km, name_key
from frontwatch.reading.placespans import Candidate, TokenView, fits, lexicon
from frontwatch.records import Place

# a list that says the preposition again: "near A and in the village of B", "A, and around the town of B"
_SAID_AGAIN = re.compile(r"(?:, )?(?:and|as well as)(?: also)? (?:in|at|near|around)(?: the)?(?: (?:village|town|city|area|areas) of)?")

__all__ = ["Resolver"]

# Places too big or too well known to be re-read as an unlisted namesake inside another place.
_NEVER_INSIDE = frozenset({"country", "admin1", "admin2", "region", "city", "capital"})
_NEVER_VARIANT = frozenset({"country", "admin1", "admin2", "region", "capital"})  # names never read as another place's spelling
_CAPITAL = 0.4
_DIVISION_NAMESAKE = 0.15
_COUNTRYSIDE = frozenset({"countryside", "countrysides", "rural", "reef", "rif", "hinterland"})
# kinds a settlement noun names ("the town of X"): such a name is a place even when its spelling variant is elsewhere
_SETTLEMENT_KINDS = frozenset({"town", "village", "city", "neighbourhood"})
_NO_COUNTRYSIDE = frozenset({"village", "neighbourhood", "camp"})  # kinds of place that have no countryside of their own
_COUNTRYSIDE_NAMESAKE = 0.8
_STRANGER_EVIDENCE = 2  # clear mentions of other countries before a small foreign town is doubted
_QUARTER_REACH = 2  # sentences back a quarter's town may have been named ("... in Aleppo. The shell hit the X district")
_QUARTER_KM = 15.0  # a quarter lies this close to its town


class Resolver:
    """Chooses the places of an article's candidates, in the steps ``places`` runs."""

    def __init__(self, view: TokenView, gazetteer: Gazetteer, *, toponyms: bool) -> None:
        self.view = view
        self.g = gazetteer
        self.toponyms = toponyms  # the toponym reading places unknown names at the article's focus
        self.countries: Counter[str] = Counter()  # the article's countries, from its clearest names
        self.home = str(settings.get("home_country")) if not toponyms else ""

    def choose(self, found: list[Candidate]) -> None:
        """Each candidate's place: its prior, the article's countries and divisions, a designator.

        Twice: first with the evidence of the article's clearest names (countries, divisions, cities,
        names with one place), then again with the countries every other name settled on, so that a
        report about Cirencester and Cheltenham reads its "Gloucester" in England too."""
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str, str]] = Counter()
        for index in range(len(found)):
            self._variants_nearby(found, index)
        for c in found:  # evidence from names that are (nearly) unambiguous
            top = self.prior(c)
            if not top:
                continue
            place = self.g.entry_at(top[0][1]).place
            if c.adjectival and self.home and place.country_code != self.home:
                continue  # "Russian airstrikes target X": a foreign nationality says whose forces, not where
            exact = min(t for _, t in c.options) < SKELETON
            if exact and (place.kind in ("country", "admin1", "city", "capital") or len(top) == 1 or c.adjectival):
                countries[place.country_code] += 1
                c.evidence = place.country_code
                if place.kind in ("admin1", "city") and place.admin1:
                    admin1s[(place.country_code, place.admin1)] += 1
        if not countries and not self.toponyms and self.home:
            countries[self.home] = _STRANGER_EVIDENCE  # a headline from the conflict that names no country
        self.countries = countries
        self._variants_in_focus(found, countries, admin1s)
        for index, c in enumerate(found):
            c.chosen = self._pick(found, index, countries, admin1s)
        settled = Counter(c.chosen.country_code for c in found if c.chosen is not None and c.options
                          and min(t for _, t in c.options) < SKELETON)
        for index, c in enumerate(found):
            if c.chosen is None:
                continue
            others = countries + settled
            others[c.chosen.country_code] -= 1  # a name is no evidence for itself
            c.chosen = self._pick(found, index, +others, admin1s)
        for c in found:
            if c.chosen is None and c.options and min(t for _, t in c.options) >= SKELETON:
                c.options = []  # only a spelling variant of a place outside the article's countries
                if c.designated in _SETTLEMENT_KINDS and not c.entity:
                    c.entity = "DESIGNATED"  # "in the town of X": a settlement still, one the gazetteer lacks here
        found[:] = [c for c in found if c.options or c.entity or c.relative]

    def _pick(self, found: list[Candidate], index: int, countries: Counter[str], admin1s: Counter[tuple[str, str]]) -> Place | None:
        """The best-scoring place of ``found[index]`` given the article's evidence."""
        c = found[index]
        total = sum(countries.values()) or 1
        local = self._local_admin1s(found, index)
        best: tuple[float, int] | None = None
        ranked = self.prior(c)
        holding = self._holding_divisions(found, index)
        # "Florida", "Wyoming" alone name the division, not a small town of the same name
        divisions = {self.g.entry_at(row).place.country_code for _, row in ranked
                     if self.g.entry_at(row).place.kind == "admin1" and dict(c.options).get(row) == EXACT}
        for prior, row in ranked:
            place = self.g.entry_at(row).place
            tier = dict(c.options).get(row, EXACT)
            if tier >= SKELETON and countries and not countries.get(place.country_code):
                continue  # spelling-variant matches only inside the article's countries (if it names any)
            if tier >= SKELETON and place.kind not in ("admin1", "city", "capital") and self._elsewhere(found, index, place):
                continue
            if self._stranger(row, place, own=int(c.evidence == place.country_code)):
                continue
            score = prior + 0.8 * countries.get(place.country_code, 0) / total
            if place.kind in ("capital", "country") and not c.designated:
                score += _CAPITAL  # a country or capital is what its name means, whatever else the article is about
            if place.kind in ("town", "village") and place.country_code in divisions and not c.designated:
                score -= _DIVISION_NAMESAKE
            else:
                score += _admin1_weight(self.g.layer(row)) * min(3, admin1s.get((place.country_code, place.admin1), 0))
            nearby = (place.country_code, place.admin1) in local and place.kind not in ("admin1", "country")
            if nearby:
                score += 1.0
            if c.designated and (fits(place.kind, c.designated) or self._district_seat(c, place)):
                score += 0.8
            if place.kind in _NO_COUNTRYSIDE and self._countryside_of(c):
                score -= _COUNTRYSIDE_NAMESAKE
            if row in holding:
                score += 1.0
            if best is None or score > best[0]:
                best = (score, row)
                c.anchored = nearby or row in holding
        return self.g.entry_at(best[1]).place if best else None

    def _variants_nearby(self, found: list[Candidate], index: int) -> None:
        """ "al-Maleh north of Aleppo" (a spelling of Al Mallah): when every place of a name's spelling lies outside the governorate named
        right after it, a spelling variant inside that governorate (Al Mallah, Aleppo) is one more option;
        the nearby-governorate bonus of ``_pick`` then prefers it to the oil field of the same spelling in
        Deir ez-Zor."""
        c = found[index]
        if not c.options or c.adjectival:
            return
        local = self._local_admin1s(found, index)
        if not local:
            return
        rows = {row for row, _ in c.options}
        places = [self.g.entry_at(r).place for r in rows]
        if any((p.country_code, p.admin1) in local for p in places):
            return
        if any(p.kind in _NEVER_VARIANT for p in places):
            return  # "in Syria ... in Daraa": a country's or a governorate's own name is no village's spelling
        c.options += [(row, tier) for row, tier in self.g.variants(self.view.key(c.start, c.end), loose=True) if row not in rows
                      and (self.g.entry_at(row).place.country_code, self.g.entry_at(row).place.admin1) in local]

    def _variants_in_focus(self, found: list[Candidate], countries: Counter[str], admin1s: Counter[tuple[str, str]]) -> None:
        """ "rebels took Zeitan and Barna south of Aleppo": a name whose only exact places lie abroad (a town
        "Barna" in Romania) in a report about one governorate of the home country gets that governorate's
        spelling variants (Birnah, Aleppo) as options too; ``_stranger`` then drops the foreign town the
        report never leads to. Only the home country's governorate the clearest names point to most, and
        never beside an exact match at home."""
        if not self.home or not admin1s or countries.most_common(1)[0][0] != self.home:
            return
        top = max((n for (cc, _), n in admin1s.items() if cc == self.home), default=0)
        focus = {key for key, n in admin1s.items() if key[0] == self.home and n == top}
        if len(focus) != 1:
            return  # a report about Aleppo and Idlib alike says nothing of where an unknown spelling lies
        for c in found:
            if not c.options or c.adjectival or c.relative:
                continue
            places = [self.g.entry_at(r).place for r, _ in c.options]
            if any(p.country_code == self.home or p.kind in _NEVER_VARIANT or p.kind == "city"
                   or countries.get(p.country_code, 0) > int(c.evidence == p.country_code) for p in places):
                continue  # a clear match at home, a foreign city, or a town in a country the report names ("the Turkish town of X")
            rows = {r for r, _ in c.options}
            c.options += [(row, tier) for row, tier in self.g.variants(self.view.key(c.start, c.end)) if row not in rows
                          and (self.g.entry_at(row).place.country_code, self.g.entry_at(row).place.admin1) in focus]

    def _countryside_of(self, c: Candidate) -> bool:
        """ "the countryside of al-Suwaidaa", "Hama countryside", "rural Idlib": a name with a countryside is
        a town, city or division, not the village or city quarter of the same name."""
        tokens = self.view.tokens
        after = tokens[c.end].lower_ if c.end < len(tokens) else ""
        before = [t.lower_ for t in tokens[max(0, c.start - 2):c.start]]
        return after in _COUNTRYSIDE or bool(before) and before[-1] in _COUNTRYSIDE or before[-2:] in (["countryside", "of"], ["countrysides", "of"])

    def _stranger(self, row: int, place: Place, own: int = 0) -> bool:
        """A small world town in a country the article never names, while it clearly names others:
        "al-Marj", "Tal" in a report from Syria are Syrian places the gazetteer may lack, not towns in
        Libya or India. ``own``: the evidence the name itself gave for its country (a name with one place
        counts for it), which is no evidence that the article is about that country."""
        clear = self.countries
        return (self.g.layer(row) == "world" and place.kind == "town" and sum(clear.values()) - own >= _STRANGER_EVIDENCE
                and clear.get(place.country_code, 0) <= own)

    def _holding_divisions(self, found: list[Candidate], index: int) -> set[int]:
        """"Tacoma, Washington": the rows of the divisions a name right before the comma lies in."""
        c = found[index]
        if index == 0 or c.start < 2 or self.view.tokens[c.start - 1].text != "," or found[index - 1].end != c.start - 1:
            return set()
        town = [self.g.entry_at(r).place for r, t in found[index - 1].options if t < SKELETON]
        out = set()
        for row, _ in c.options:
            division = self.g.entry_at(row).place
            if division.kind in ("admin1", "country") and any(p.kind not in ("admin1", "country") and lies_in(p, division, NEAR) for p in town):
                out.add(row)
        return out

    def contain(self, found: list[Candidate]) -> None:
        """A place the text puts inside another ("X in the countryside of Y", "Y's X") is the namesake
        inside it; with none there, it is marked to become a locality of its container."""
        for index in reversed(range(len(found))):  # containers follow what they contain: settle them first
            c = found[index]
            hit = self._container(found, index)
            shared = self._listed_with_next(found, index) if hit is None and c.chosen is None else -1
            if shared >= 0:
                c.container = shared  # "the villages of A and B in Hama countryside": A lies there too
                continue
            if hit is None or c.adjectival:
                continue
            k, relation = hit
            if c.feature and found[k].chosen is not None:
                c.container = k  # "Loyola University in Los Angeles": in the city, whatever "Loyola" names
                continue
            outers = [o for o in self._coordinated(found, k) if o is not None]
            if not outers or c.chosen is not None and any(lies_in(c.chosen, o, relation) for o in outers):
                continue
            inside = [row for _, row in self.prior(c) if any(lies_in(self.g.entry_at(row).place, o, relation) for o in outers)]
            if inside:
                c.chosen = self.g.entry_at(inside[0]).place
                c.anchored = True
            elif self.view.tokens[c.end].text != "," and (c.chosen is None or c.feature or c.chosen.kind not in _NEVER_INSIDE):
                c.container = k  # a village, street or quarter the gazetteer lacks: placed after _relatives

    def quarters(self, found: list[Candidate]) -> None:
        """ "A missile hit the old quarter of Aleppo ... it struck homes in the Maghayir district": a name the text
        calls a district, neighbourhood or quarter, with no container of its own, lies in the town or city named
        just before it (in its sentence or the two before). A namesake quarter near that town is chosen; a
        village of the same spelling far away is not (the name becomes a locality of the town)."""
        for index, c in enumerate(found):
            if not self._called_quarter(c) or c.container >= 0 or c.adjectival or c.relative:
                continue
            if c.chosen is not None and c.chosen.kind != "village" and min(t for _, t in c.options) < SKELETON:
                continue  # a quarter, a town or a division the gazetteer knows by this very name
            k = self._town_before(found, index)
            if k is None:
                continue
            town = found[k].chosen
            assert town is not None
            near = [row for _, row in self.prior(c) if _near(self.g.entry_at(row).place, town)]
            if near:
                c.chosen, c.anchored = self.g.entry_at(near[0]).place, True
            elif c.chosen is None or not _near(c.chosen, town):
                c.container = k

    def _district_seat(self, c: Candidate, place: Place) -> bool:
        """ "the Hama district", "Manbij District": a town that gives its name to its district is the district
        the text means, whatever quarter or village elsewhere shares the name."""
        tokens = self.view.tokens
        words = {tokens[k].lower_ for k in (c.end - 1, c.end) if 0 <= k < len(tokens)}  # the name may hold it
        return bool(words & {"district", "districts"}) and place.kind in ("city", "town") and bool(place.admin2) \
            and name_key(place.admin2) == name_key(place.name)

    def _called_quarter(self, c: Candidate) -> bool:
        """ "the Sahel district", "the district of Sahel": the text calls the name a quarter (lexicon's designators)."""
        designators, tokens = lexicon()[4], self.view.tokens
        after = tokens[c.end].lower_ if c.end < len(tokens) else ""
        before = [t.lower_ for t in tokens[max(0, c.start - 2):c.start]]
        word = after if after in designators else before[0] if len(before) == 2 and before[1] == "of" else ""
        return c.designated == "neighbourhood" or designators.get(word) == "neighbourhood"

    def _town_before(self, found: list[Candidate], index: int) -> int | None:
        """The last town or city named before ``found[index]``, in its sentence or the _QUARTER_REACH before."""
        sent = self.view.tokens[found[index].start].sent
        first = sent.start
        for _ in range(_QUARTER_REACH):
            if first == 0:
                break
            first = self.view.tokens[first - 1].sent.start
        for k in range(index - 1, -1, -1):
            other = found[k]
            if other.start < first:
                return None
            if other.chosen is not None and not other.adjectival and not other.relative and other.chosen.kind in ("city", "capital", "town"):
                return k
        return None

    def agree(self, found: list[Candidate]) -> None:
        """One name, one place in an article: where the words around one mention decided its place
        ("Salhiyyeh neighbourhood in Al-Hasakah city"), its other mentions take that place too."""
        decided: dict[str, set[str]] = {}
        places: dict[str, Place] = {}
        for c in found:
            if c.anchored and c.chosen is not None and c.container < 0:
                decided.setdefault(self.view.key(c.start, c.end), set()).add(c.chosen.place_id)
                places[c.chosen.place_id] = c.chosen
        for c in found:
            ids = decided.get(self.view.key(c.start, c.end), set())
            if len(ids) == 1 and not c.anchored and c.container < 0 and not c.adjectival and c.chosen is not None:
                place = places[next(iter(ids))]
                if any(self.g.entry_at(r).place.place_id == place.place_id for r, _ in c.options):
                    c.chosen = place

    def _container(self, found: list[Candidate], index: int) -> tuple[int, str] | None:
        """The candidate that ``found[index]`` lies in, by the words between them, with the relation."""
        c = found[index]
        sent = self.view.tokens[c.start].sent
        if index + 1 < len(found) and found[index + 1].start < sent.end:
            nxt = found[index + 1]
            relation = container_relation([t.lower_ for t in self.view.tokens[c.end:nxt.start]], nxt.chosen) \
                if nxt.chosen and not nxt.adjectival else ""  # "near the Turkish border" is no container
            if relation:
                return index + 1, relation
        if index > 0 and found[index - 1].chosen is not None and found[index - 1].start >= sent.start:
            gap = [t.lower_ for t in self.view.tokens[found[index - 1].end:c.start]]
            if gap[:1] in (["'s"], ["’s"]) and all(w in lexicon()[0] for w in gap[1:]):
                return index - 1, NEAR  # "north Aleppo's Ghazal": Aleppo stands for its governorate
        return None

    def _listed_with_next(self, found: list[Candidate], index: int) -> int:
        """The container of the next candidate when it is listed with this one ("A and B", "A, B", "A as well as B",
        "near A and in the village of B in Quneitra countryside"), else -1. The next one's container counts whether
        the gazetteer lacks that place (a locality of it) or knows it there ("A and Khirbet B in Hama countryside")."""
        if index + 1 >= len(found):
            return -1
        gap = " ".join(t.lower_ for t in self.view.tokens[found[index].end:found[index + 1].start])
        if gap not in ("and", ",", "or", ", and", "as well as") and not _SAID_AGAIN.fullmatch(gap):
            return -1
        nxt = found[index + 1]
        if nxt.container >= 0:
            return nxt.container
        hit = self._container(found, index + 1) if nxt.chosen is not None else None
        return hit[0] if hit is not None and hit[1] != NEAR else -1

    def _coordinated(self, found: list[Candidate], k: int) -> list[Place | None]:
        """The container and the places joined to it ("in the countryside of Homs and Daraa")."""
        out = [found[k].chosen]
        while k + 1 < len(found) and " ".join(t.lower_ for t in self.view.tokens[found[k].end:found[k + 1].start]) in ("and", ",", "or", ", and"):
            k += 1
            out.append(found[k].chosen)
        return out

    def localities(self, found: list[Candidate]) -> None:
        """Places the gazetteer lacks: in their container, else (toponyms) at the article's focus."""
        for index, c in enumerate(found):
            outer = found[c.container].chosen if c.container >= 0 else None
            if outer is not None:
                quarter = outer.kind in ("city", "capital") and not _kind_of(c) and self._beside_quarter(found, index)
                c.chosen = self.g.locality(self.view.name(c), outer, "neighbourhood" if quarter else _kind_of(c))
        for index, c in enumerate(found):
            opener = self._area_opening(found, index) if c.chosen is None and c.entity == "DESIGNATED" else None
            city = self._listed_after_quarter(found, index) if opener is None and c.chosen is None and c.entity == "DESIGNATED" else None
            if city is not None:
                c.chosen = self.g.locality(self.view.name(c), city, "neighbourhood")
                continue
            opener = opener or (self._listed_after_settlement(found, index) if c.chosen is None and c.entity == "DESIGNATED" else None)
            if opener is not None:
                c.chosen = self.g.locality(self.view.name(c), opener, _kind_of(c))
        if not self.toponyms:
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
                c.chosen = self.g.locality(self.view.name(c), centre, _kind_of(c))

    def _beside_quarter(self, found: list[Candidate], index: int) -> bool:
        """ "al-Martini and Nile Street in Aleppo city": a name listed next to a known quarter is a quarter too."""
        for k in (index - 1, index + 1):
            if not 0 <= k < len(found) or found[k].chosen is None or found[k].chosen.kind != "neighbourhood":  # type: ignore[union-attr]
                continue
            a, b = sorted((found[k], found[index]), key=lambda x: x.start)
            if " ".join(t.lower_ for t in self.view.tokens[a.end:b.start]) in ("", ",", "and", ", and"):
                return True
        return False

    def _listed_after_quarter(self, found: list[Candidate], index: int) -> Place | None:
        """ "al-Midan al-Izaa and Nile Street": a name the gazetteer lacks listed right after a quarter of a city
        (bare, or after a comma or "and") is another quarter of it: the city."""
        if index == 0:
            return None
        before = found[index - 1].chosen
        gap = " ".join(t.lower_ for t in self.view.tokens[found[index - 1].end:found[index].start])
        if before is None or found[index - 1].relative or before.kind != "neighbourhood" or not before.parent_id or gap not in ("", ",", "and", ", and"):
            return None
        return self.g.get(before.parent_id)

    def _listed_after_settlement(self, found: list[Candidate], index: int) -> Place | None:
        """ "in Khan Touman and Rashedin battlefields": a place the gazetteer lacks, listed right after a known town or
        village, lies beside it (fronts and villages a report lists together are neighbours): in its governorate.
        A name of a list whose commas were lost ("in Dweirqa Kabanah Zaweeqa and Qaroush areas", ``listed`` by
        reading.placelists) lies beside the nearest known town or village of its list, before it or else after it."""
        links = ("and", ", and", "as well as")
        for step in (-1, 1) if found[index].listed else (-1,):
            k = index
            while 0 <= k + step < len(found):
                a, b = sorted((found[k], found[k + step]), key=lambda x: x.start)
                gap = " ".join(t.lower_ for t in self.view.tokens[a.end:b.start])
                near = found[k + step]
                if gap not in links and not (found[index].listed and gap in ("", ",")):
                    break
                if near.chosen is not None and not near.relative and near.chosen.kind in ("town", "village"):
                    return near.chosen
                if not (found[index].listed and near.listed):
                    break
                if near.chosen is not None:  # placed already beside a town of the list: beside it too
                    return self.g.get(near.chosen.parent_id) if near.chosen.parent_id else None
                k += step
        return None

    def _area_opening(self, found: list[Candidate], index: int) -> Place | None:
        """ "In the countryside of Quneitra, the army struck gatherings ... in the village of X": a governorate or
        its countryside that opens the sentence is where a village it names lies when nothing closer contains it."""
        sent = self.view.tokens[found[index].start].sent
        first = next((c for c in found[:index] if c.start >= sent.start and c.chosen is not None and not c.adjectival), None)
        if first is None or first.chosen is None or first.chosen.kind not in ("admin1", "area"):
            return None
        opens = first.rel_start if first.relative and first.rel_start >= 0 else first.start
        before = [t.lower_ for t in self.view.tokens[sent.start:opens]]
        return first.chosen if before[:1] == ["in"] and len(before) <= 6 else None

    def prior(self, c: Candidate) -> list[tuple[float, int]]:
        key = self.view.key(c.start, c.end)
        ranked = [(self.g.score(row, tier, key), row) for row, tier in c.options if self.g.layer(row) != "replaced"]
        return sorted(ranked, reverse=True)

    def _elsewhere(self, found: list[Candidate], index: int, place: Place) -> bool:
        """A loose spelling match ("al-Rmeili" read as Ramlah) in a governorate that none of the sentence's
        clearly named places lies in, while they do name one: the sentence is about somewhere else."""
        sent = self.view.tokens[found[index].start].sent
        named: set[tuple[str, str]] = set()
        for k, other in enumerate(found):
            if k == index or not (sent.start <= other.start < sent.end) or not other.options:
                continue
            if min(t for _, t in other.options) >= SKELETON:
                continue
            top = self.g.entry_at(self.prior(other)[0][1]).place if self.prior(other) else None
            if top is not None and top.kind not in ("country", "region") and top.admin1:
                named.add((top.country_code, top.admin1))
        return bool(named) and (place.country_code, place.admin1) not in named

    def _local_admin1s(self, found: list[Candidate], index: int) -> set[tuple[str, str]]:
        """Governorates named right after a mention, in the same sentence ("X in rural Aleppo"); a city that is a
        governorate of its own counts for the governorate around it too ("Madaya ... taken to a Damascus
        hospital": the Madaya of Rural Damascus, not a namesake in a governorate the article names elsewhere)."""
        c = found[index]
        sent_end = self.view.tokens[c.start].sent.end
        out: set[tuple[str, str]] = set()
        if index > 0 and c.start >= 2 and found[index - 1].end == c.start - 1 and self.view.tokens[c.start - 1].lower_ in ("'s", "’s"):
            for _, row in self.prior(found[index - 1])[:1]:  # "Aleppo's Ghazal"
                place = self.g.entry_at(row).place
                out.add((place.country_code, place.admin1))
        for other in found[index + 1:]:
            if other.start >= sent_end or other.start - c.end > 9:
                break
            for _, row in self.prior(other)[:1]:
                place = self.g.entry_at(row).place
                if place.kind in ("admin1", "city", "capital"):
                    out.add((place.country_code, place.admin1))
                if place.kind in ("city", "capital"):
                    out.add((place.country_code, self.g.surrounding_admin1(place)))
        return out


def _near(place: Place, town: Place) -> bool:
    return distance_km(place.latitude, place.longitude, town.latitude, town.longitude) <= _QUARTER_KM


def _admin1_weight(layer: str) -> float:
    """How much each mention of a division raises its places: much for Syria's villages, whose names
    repeat across governorates with little else to tell them apart; little for world towns, whose
    population says more than the other cities a report lists."""
    return 0.3 if layer in ("syria", "extra") else 0.1


def _kind_of(c: Candidate) -> str:
    """The kind a locality gets: a street or site, the kind its designator names, else none."""
    return "site" if c.feature else c.designated if c.designated not in ("", "admin1", "city") else ""
