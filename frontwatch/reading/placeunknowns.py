"""Places the gazetteer lacks, recognised by how the text names them (reading.places adds them as candidates).

A name no gazetteer layer knows is still a place when the words around it say so:

- a settlement noun introduces it: "the village of al-Burjawiyeh", "the villages of A and B" (a plural lists);
- a neighbourhood or settlement noun follows it after a locative word: "injured in Zahrawi Qadim neighborhood";
- it opens with an Arabic toponym word after a locative word: "around Tal Hamdan Tal Burqa",
  "near Khirbet X" (lexicons/toponym_prefixes.txt; each name of a run whose commas were lost is its own);
- it is a name of a list of places whose commas were lost ("in Inkhil Jasim Nawa and Tafas", reading.placelists);
- it is an Arabic-article name listed between two recognised places: "shells hit al-Midan al-Izaa and Nile
  Street" (a list whose commas were lost; each article opens a name of its own).

Each becomes a candidate with no gazetteer options, marked ``entity="DESIGNATED"``; the resolver makes it a
locality of the place the text puts it in ("... in Hama countryside", a governorate opening the sentence) or
leaves it unplaced: an event keeps the name, never a guessed point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.placelists import ListRun, listed_unknowns
from frontwatch.reading.placenames import place_words
from frontwatch.reading.placespans import Candidate, capitalised

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

# words before a name that put a place there ("in X", "near X", "the outskirts of X")
LOCATIVE = frozenset({"in", "near", "at", "outside", "from", "to", "into", "around", "across", "toward", "towards", "via", "through", "of"})
_SETTLEMENT_NOUNS = frozenset({"village", "town", "hamlet"})  # nouns whose "of X" names a settlement, known or not
_NAMED_BEFORE = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "village", "town", "battlefield", "battlefields",
                           "valley"})  # nouns that make an unknown name before them a place ("Rashedin battlefield", "Zamla valley")
_ARTICLES = frozenset({"al", "el"})


def unknown_places(tokens: Sequence[Token], found: Sequence[Candidate], runs: Sequence[ListRun] = ()) -> list[Candidate]:
    """Candidates for the unknown names the text marks as places, outside the spans already ``found``; ``runs``:
    the runs of names of ``tokens`` that read as lists whose commas were lost (reading.placelists.list_runs)."""
    out = listed_unknowns(runs, found)
    out += _introduced(tokens, [*found, *out])
    out += _named_before_noun(tokens, [*found, *out])
    out += _prefixed(tokens, [*found, *out])
    return out + _listed_between(tokens, [*found, *out])


def _covered(found: Sequence[Candidate]) -> set[int]:
    return {i for c in found for i in range(c.start, c.end)}


def _introduced(tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """ "the village of al-Burjawiyeh", "the villages of Tal Hamdan and Zor Qasiya": a settlement noun and "of"
    (not "district" or "area of X", which may be administrative or vague), then capitalised names, listed with
    "and", "," or "as well as" after a plural noun."""
    covered = _covered(found)
    out: list[Candidate] = []
    for i, tok in enumerate(tokens[:-2]):
        singular = tok.lower_ if tok.lower_ in _SETTLEMENT_NOUNS else tok.lower_.rstrip("s")
        if singular not in _SETTLEMENT_NOUNS or tokens[i + 1].lower_ != "of":
            continue
        k = i + 2
        while k < len(tokens):
            end = _name_end(tokens, k)
            if end == k:
                break
            if not any(j in covered for j in range(k, end)):
                out.append(Candidate(k, end, [], designated=place_words()["designators"].get(singular, ""), entity="DESIGNATED"))
            k = end
            if not tok.lower_.endswith("s"):
                break  # "the village of X and Y": only a plural noun lists its names
            k = _after_list_link(tokens, k)
    return out


def _named_before_noun(tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """ "were injured in Zahrawi Qadim neighborhood", "shells hit the Kawkab village": an unknown capitalised name right
    before a neighbourhood or settlement noun, after a locative word ("in", "on", "the", a list link; a direction
    word may come between: "the eastern X neighbourhood"), is a place;
    an adjective of people is no name ("the Kurdish town of X")."""
    covered = _covered(found)
    out: list[Candidate] = []
    for i, tok in enumerate(tokens):
        if tok.lower_ not in _NAMED_BEFORE or i == 0 or i - 1 in covered:
            continue
        start = i
        while start > 0 and (tokens[start - 1].is_alpha and capitalised(tokens[start - 1].text) and not tokens[start - 1].is_sent_start
                             or tokens[start - 1].text == "-" or tokens[start - 1].lower_ in _ARTICLES and start < i and tokens[start].text == "-"):
            start -= 1
        while start < i and not capitalised(tokens[start].text) and tokens[start].lower_ not in _ARTICLES:
            start += 1
        before = tokens[start - 1].lower_ if start > 0 else ""
        if before in place_words()["directions"] and start > 1:
            before = tokens[start - 2].lower_  # "a hospital in the eastern Maadi neighbourhood"
        if start == i or before not in LOCATIVE | {"the", "and", ","} or any(j in covered for j in range(start, i)):
            continue
        if any(t.is_alpha and capitalised(t.text) and t.tag_ != "NNP" for t in tokens[start:i]):
            continue
        out.append(Candidate(start, i, [], designated=place_words()["designators"].get(tok.lower_, ""), entity="DESIGNATED"))
    return out


def _prefixed(tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """ "around Tal Hamdan Tal Burqa", "near Khirbet Ghazaleh": a capitalised name opening with an
    Arabic toponym word (lexicons/toponym_prefixes.txt) after a locative word, or right after another such name."""
    covered = _covered(found)
    prefixes = lexicons.words("toponym_prefixes.txt")
    out: list[Candidate] = []
    k = 0
    while k < len(tokens) - 1:
        tok = tokens[k]
        before = tokens[k - 1].lower_ if k > 0 else ""
        chained = bool(out) and out[-1].end == k  # a list whose commas were lost
        if tok.lower_ not in prefixes or not capitalised(tok.text) or k in covered or before not in LOCATIVE | {"and", ","} and not chained:
            k += 1
            continue
        end = _name_end(tokens, k)
        end = next((j for j in range(k + 2, end) if tokens[j].lower_ in prefixes), end)  # the next name opens
        if end - k < 2 or any(j in covered for j in range(k, end)) or any(t.tag_ != "NNP" for t in tokens[k:end] if t.is_alpha and capitalised(t.text)):
            k += 1
            continue
        out.append(Candidate(k, end, [], entity="DESIGNATED"))
        covered.update(range(k, end))
        k = end
    return out


def _listed_between(tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """ "rockets hit al-Midan al-Izaa al-Martini and Nile Street": names that open with an Arabic article joined
    by a hyphen ("al-Izaa"), listed with nothing, a comma or "and" between them, right after one recognised
    place and up to another in the same sentence, are places of that list; a run that does not end at a
    place ("in Aleppo al-Assad said") names none."""
    covered = _covered(found)
    starts = {c.start for c in found}
    out: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        run: list[Candidate] = []
        k = _after_list_link(tokens, c.end)
        while k < len(tokens) and k not in starts and not tokens[k].is_sent_start:
            end = _article_name_end(tokens, k)
            if end == k or any(j in covered for j in range(k, end)):
                break
            run.append(Candidate(k, end, [], entity="DESIGNATED"))
            k = _after_list_link(tokens, end)
        if run and k in starts and not tokens[k].is_sent_start:
            out += run
            covered.update(i for r in run for i in range(r.start, r.end))
    return out


def _article_name_end(tokens: Sequence[Token], k: int) -> int:
    """End of one article-joined name at ``k`` ("al-Izaa", "al-Bab al-Sharqi" is two), or k."""
    if k + 2 < len(tokens) and tokens[k].lower_ in _ARTICLES and tokens[k + 1].text == "-" and capitalised(tokens[k + 2].text) \
            and not tokens[k].whitespace_ and not tokens[k + 1].whitespace_:
        return k + 3
    return k


def _name_end(tokens: Sequence[Token], k: int) -> int:
    """End of a capitalised name starting at token ``k`` ("Tal Hamdan", "al-Burjawiyeh", "Zor al-Qasiya"), or k."""
    end = k
    while end < len(tokens):
        t = tokens[end]
        if t.lower_ in _ARTICLES and end + 2 < len(tokens) and tokens[end + 1].text == "-" and capitalised(tokens[end + 2].text):
            end += 3
        elif t.is_alpha and capitalised(t.text) and not (t.is_sent_start and end > k):
            end += 1
        else:
            break
    return end


def _after_list_link(tokens: Sequence[Token], k: int) -> int:
    """The token after a list link ("and", ",", ", and", "as well as") at ``k``, or k when there is none."""
    words = [t.lower_ for t in tokens[k:k + 3]]
    for link in (["as", "well", "as"], [",", "and"], ["and"], [","]):
        if words[: len(link)] == link:
            return k + len(link)
    return k
