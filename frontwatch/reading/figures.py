"""Figures: counts of people in a parsed text ("1,500 people", "roughly 100 families", "dozens of civilians").

A figure is a number with its qualifier and the noun it counts. Whether it counts the killed, the
displaced or the besieged is decided in claims.py from the words that govern it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.dates import month_number
from frontwatch.reading.doctext import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of people (or of something else, with ``unit`` saying what)."""

    value: int
    words: str  # the figure as written, qualifier included ("roughly 100")
    qualifier: str
    vague: bool
    start: int  # character offsets of ``words`` in the text
    end: int
    token: int  # index of the number's last token
    noun: int  # index of the counted noun, or -1 when the number stands alone
    unit: str  # people | families | fighters | "" (not people)


@functools.cache
def _numbers() -> dict[str, tuple[int, bool]]:
    return {r[0]: (int(r[1]), r[2] == "1") for r in lexicons.table("numbers.tsv")}


@functools.cache
def _multipliers() -> dict[str, int]:
    return {r[0]: int(r[1]) for r in lexicons.table("multipliers.tsv")}


def _number_value(tokens: list[Token]) -> tuple[int, bool] | None:
    """Value of a run of number tokens; ``vague`` is True for "dozens", "hundreds" ..."""
    numbers = _numbers()
    multipliers = _multipliers()
    text = " ".join(t.lower_ for t in tokens)
    if text in numbers:
        return numbers[text]
    total: float = 0  # "1.5 million": a decimal times a multiplier
    current: float = 0
    vague = False
    seen = False
    prev_digits = False
    for tok in tokens:
        word = tok.lower_
        digits = _DIGITS.match(word) is not None
        after_digits, prev_digits = prev_digits, digits
        if digits:
            if seen and len(word) == 3 and word.isdigit() and after_digits:
                current = current * 1000 + int(word)  # "300 000": a space between thousands
            else:
                current += float(word.replace(",", "")) if "." in word else int(word.replace(",", ""))
            seen = True
        elif word in multipliers and seen:
            current = (current or 1) * multipliers[word]
            if multipliers[word] >= 1000:
                total += current
                current = 0
        elif word in numbers:
            value, is_vague = numbers[word]
            vague = vague or is_vague
            if value == 100 and current:
                current *= 100
            else:
                current += value
            seen = True
        elif word in {"-", "and", "of", "a"}:
            continue
        else:
            return None
    if not seen:
        return None
    return int(total + current), vague


def _vague_word(tok: Token) -> bool:
    """ "thousands", "hundreds": a vague count that "tens of" or "hundreds of" multiplies."""
    entry = _numbers().get(tok.lower_)
    return entry is not None and entry[1]


_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _fraction_before(doc: Doc, i: int) -> tuple[int, float] | None:
    """ "a quarter of a million", "half a million": (index where the fraction's words start, its value) when a
    fraction word stands before the multiplier at ``i``."""
    if doc[i].lower_ not in _multipliers():
        return None
    k = i - 1
    while k >= 0 and doc[k].lower_ in {"a", "of"}:
        k -= 1
    if k < 0 or doc[k].lower_ not in _FRACTIONS:
        return None
    start = k - 1 if k >= 1 and doc[k - 1].lower_ in {"a", "one"} else k
    return start, _FRACTIONS[doc[k].lower_]


def _one_multiplier(doc: Doc, i: int, run: list[Token]) -> bool:
    """ "wounded at least a million", "a thousand fled": a multiplier alone after "a" counts one of it."""
    return len(run) == 1 and run[0].lower_ in _multipliers() and i > 0 and doc[i - 1].lower_ == "a"


def _fraction_value(fraction: float, run: list[Token]) -> tuple[int, bool] | None:
    """A fraction of a multiplier: a quarter of a million is 250,000."""
    multipliers = _multipliers()
    word = run[0].lower_
    return (int(fraction * multipliers[word]), False) if len(run) == 1 and word in multipliers else None


def _is_number(tok: Token) -> bool:
    if tok.ent_type_ in _NOT_COUNTS and not _counts_people(tok) and not _lone_number(tok) and not _before_time_word(tok):
        return False
    if _day_of_month(tok):
        return False
    word = tok.lower_
    if _DIGITS.match(word):
        return True
    if word in lexicons.words("numbers.tsv") or word in lexicons.words("multipliers.tsv"):
        return tok.pos_ in {"NUM", "NOUN", "DET", "ADJ", "PRON"} or tok.like_num
    return False


def _day_of_month(tok: Token) -> bool:
    """ "six died in the May 20 attack", "Killed in April 15 Terrorist Attack": a day number right after a month
    name is a date even where the tagger misses it, unless the nouns after it end on people ("In May 20
    civilians were killed")."""
    if tok.i == 0 or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31 or month_number(tok.nbor(-1).text) is None:
        return False
    last = None
    for nxt in tok.doc[tok.i + 1 :]:
        if nxt.pos_ not in {"NOUN", "PROPN"} or not nxt.is_alpha:
            break
        last = nxt
    return last is None or last.lemma_.lower() not in lexicons.mapping("person_nouns.txt") and last.lower_ not in lexicons.mapping("person_nouns.txt")


def _lone_number(tok: Token) -> bool:
    """ "the death toll was 45": the tagger calls a bare number a DATE (an age, a day); alone in its entity,
    with no month, weekday or year in it and not itself a year, it is a count."""
    if tok.ent_type_ != "DATE" or tok.ent_iob_ != "B" or not re.fullmatch(r"\d{1,3}(,\d{3})*", tok.text):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    before = tok.nbor(-1) if tok.i > 0 else None
    joined = nxt is not None and nxt.ent_iob_ == "I" or before is not None and before.ent_type_ == "DATE"
    return not joined and (before is None or before.lemma_.lower() not in lexicons.words("numbers.tsv"))


_TIME_WORDS = frozenset({"overnight", "today", "yesterday", "tonight"})


def _before_time_word(tok: Token) -> bool:
    """ "the toll reached 330 overnight": the tagger joins a bare count and the time word after it into one
    QUANTITY or TIME; a time word is no unit, so the number is a count."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    after = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
    return (_DIGITS.match(tok.lower_) is not None and nxt is not None and nxt.lower_ in _TIME_WORDS
            and (after is None or after.ent_iob_ != "I"))


def _counts_people(tok: Token) -> bool:
    """ "On Sunday 11 civilians were killed": a number the tagger joins to a weekday or month is a count
    when a person noun follows it (a day of the month is never followed by "civilians"); so is one it takes for a
    measure ("destroyed two tanks and 40 terrorists": no measure counts terrorists)."""
    if tok.ent_type_ not in {"DATE", "QUANTITY"} or _DIGITS.match(tok.lower_) is None:
        return False
    people = lexicons.mapping("person_nouns.txt")
    # the counted noun may follow a name or an adjective: "on Wednesday 22 Daesh fighters were killed"
    for nxt in tok.doc[tok.i + 1 : tok.i + 4]:
        if nxt.lemma_.lower() in people:
            return True
        if nxt.pos_ not in {"PROPN", "ADJ"} or not nxt.is_alpha or month_number(nxt.text) is not None or nxt.ent_type_ == "DATE":
            return False  # "on 22 July Syrian troops entered": the number is the month's day
    return False


def _qualifier(doc: Doc, first: int) -> tuple[str, int]:
    """The qualifier words right before token ``first`` and the index where they start; "almost a dozen", "more than
    a hundred": a number word counted with "a" takes the qualifier before the article."""
    if first > 0 and doc[first - 1].lower_ in {"a", "an"} and _is_number(doc[first]):
        found = _qualifier(doc, first - 1)
        if found[0]:
            return found
    best = ("", first)
    for n in range(1, 4):
        if first - n < 0:
            break
        words = " ".join(t.lower_ for t in doc[first - n : first])
        qualifier = lexicons.mapping("qualifiers.tsv").get(words)
        if qualifier:
            best = (qualifier, first - n)
    return best


def _more_after(doc: Doc, last: Token) -> bool:
    """ "three more civilians", "killing 5 more": "more" right after a number, not "more than"."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    after = doc[last.i + 2] if last.i + 2 < len(doc) else None
    return nxt is not None and nxt.lower_ == "more" and not (after is not None and after.lower_ == "than")


def _person_unit(noun: Token, person_units: dict[str, str]) -> str:
    """The unit of a counted noun; a capitalised plural the tagger took for a name ("70 ISIS Terrorists killed")
    keeps its own lemma, so its singular is looked up too."""
    for key in (noun.lemma_.lower(), noun.lower_):
        if key in person_units:
            return person_units[key]
    if noun.pos_ == "PROPN" and noun.text[:1].isupper() and noun.lower_.endswith("s"):
        word = noun.lower_
        for key in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "", word[:-1]):
            if key and key in person_units:
                return person_units[key]
    return ""


def _counted_noun(doc: Doc, last: Token) -> Token | None:
    """The noun a number counts: its head for "100 families", the object of "of" for "dozens of civilians".
    A number right before "in"/"at" counts nothing after it ("7 in Alsukkari 6 in Alkalasa": the parser
    hangs 6 on the place before it)."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ in {"in", "at"}:
        return None
    if nxt is not None and nxt.lower_ in _TIME_WORDS:
        return None  # "the toll reached 330 overnight civil defence sources said": the count ends at the time word
    if last.dep_ in {"nummod", "quantmod", "amod", "compound"} and last.head.pos_ in {"NOUN", "PROPN"} and last.head.i > last.i:
        if any(t.lower_ in {"a", "an", "the"} for t in doc[last.i + 1 : last.head.i]):
            return None  # "the toll rose to 112 a monitoring group said": a lost comma; no count runs over an article
        if _vague_word(last.head) and last.head.i > last.i + 1:
            return None  # "attacks kill 8 injure scores": a headline's lost comma joins two counts; 8 counts no "scores"
        if _speaker_run_in(last, last.head):
            return None
        if (run_on := _people_before_run_on(last)) is not None:
            return run_on
        return _shared_person_noun(last.head) or _noun_after_aside(last.head) or _compound_person_noun(last.head) or last.head
    if nxt is not None and nxt.lower_ == "of":
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                return child
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.head.i == last.i:
        return nxt
    if nxt is not None and nxt.pos_ == "NOUN" and last.dep_ == "nummod" and last.head.i < last.i:
        return _noun_run_after(nxt)
    return None


def _speaker_run_in(number: Token, noun: Token) -> bool:
    """ "killing 8 and wounding 11 injured the agency correspondent reported": with the comma lost, the parser
    makes the speaker of the report the noun the number counts; a participle between them ("11 injured") and a
    speaker noun (lexicons/speaker_nouns.txt) or a name heading the reporting verb's subject say the number
    stands alone, and the participle says what befell those it counts."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in lexicons.words("reporting_verbs.txt"):
        return False
    if noun.lemma_.lower() not in lexicons.words("speaker_nouns.txt") and noun.pos_ != "PROPN":
        return False
    return any(t.tag_ == "VBN" and t.head.i == noun.i for t in number.doc[number.i + 1 : noun.i])


def _people_before_run_on(number: Token) -> Token | None:
    """ "killing at least 10 civilians activists said", "killed 12 people monitor Raqqa is Being Slaughtered
    Silently said": with the comma lost the parser makes the plural people right after the number qualify the
    speaker's noun; the number counts those people."""
    doc = number.doc
    people = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if people is None or people.tag_ != "NNS" or people.dep_ not in {"compound", "nmod", "amod"} or people.head.i <= people.i:
        return None
    speaker = people.head.lemma_.lower()
    if speaker in lexicons.mapping("person_nouns.txt") and speaker not in lexicons.words("speaker_nouns.txt"):
        return None  # "2600 civilians citizens injured": two words for the same people
    return people if people.lemma_.lower() in lexicons.mapping("person_nouns.txt") else None


def _noun_run_after(first: Token) -> Token:
    """ "destroyed a tank two rocket launchers": a lost comma makes the parser hang the number on the noun
    before it, but a number counts the noun phrase that follows it; its last noun ("launchers")."""
    noun = first
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun


_ASIDE_REACH = 8  # tokens an aside in brackets may run to


def _noun_after_aside(head: Token) -> Token | None:
    """ "killed 35 Daesh (outlawed in Russia) militants": a bracketed aside after a group's name splits the
    parse, and the number hangs on the name; the person noun right after the brackets is what it counts."""
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != "(":
        return None
    close = next((t for t in doc[head.i + 2 : head.i + 2 + _ASIDE_REACH] if t.text == ")"), None)
    after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in lexicons.mapping("person_nouns.txt"):
        return after
    return None


def _compound_person_noun(head: Token) -> Token | None:
    """ "Fifteen SARC volunteers", "two MSF doctors": the parser hangs the number on the name that qualifies
    the people counted; the person noun the name is compounded with is what is counted."""
    noun = head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun if noun is not head and noun.lemma_.lower() in lexicons.mapping("person_nouns.txt") else None


def _shared_person_noun(head: Token) -> Token | None:
    """ "40 army and rebel fighters", "25 army and 12 rebel fighters": the parser takes the first modifier
    ("army") for the counted noun and joins the person noun to it; both modifiers describe the fighters. A plural
    noun is counted itself: "destroyed three tanks and 40 terrorists" counts three tanks, not three terrorists."""
    if head.lemma_.lower() in lexicons.mapping("person_nouns.txt") or head.tag_ in {"NNS", "NNPS"}:
        return None
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN" and child.lemma_.lower() in lexicons.mapping("person_nouns.txt"):
            return child
    return None


@functools.cache
def _exact_only() -> frozenset[str]:
    """Nouns that count people only after an exact number (lexicons/person_nouns.txt "exact": nationalities)."""
    return frozenset(r[0] for r in lexicons.table("person_nouns.txt") if len(r) > 2 and r[2] == "exact")


def find_figures(doc: Doc) -> list[Figure]:
    """Every count in the text, in text order."""
    person_units = lexicons.mapping("person_nouns.txt")
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _is_number(tok):
            i += 1
            continue
        j = i
        # "tens of thousands", "1.5 million", "twenty - five": extend over the run of number words.
        while j + 1 < len(doc) and (
            _is_number(doc[j + 1])
            or (doc[j + 1].lower_ == "-" and j + 2 < len(doc) and _is_number(doc[j + 2]))
            # "tens of thousands", "hundreds of thousands"; "12 of 300" is a part of a count, not one number
            or (doc[j + 1].lower_ == "of" and j + 2 < len(doc) and _is_number(doc[j + 2]) and _vague_word(doc[j + 2]))
        ):
            j += 2 if doc[j + 1].lower_ in {"of", "-"} else 1
        run = list(doc[i : j + 1])
        fraction = _fraction_before(doc, i)
        parsed = _number_value(run) if fraction is None else _fraction_value(fraction[1], run)
        if parsed is None and fraction is None and _one_multiplier(doc, i, run):
            parsed, i = (_multipliers()[tok.lower_], False), i - 1  # "at least a million": the "a" is one
        if parsed is None or (i > 0 and doc[i - 1].lower_ == "no" and tok.lower_ == "one"):
            i = j + 1  # "if no one leaves": nobody, no count
            continue
        value, vague = parsed
        if fraction is not None:
            i = fraction[0]
        last = doc[j]
        qualifier, q_start = _qualifier(doc, i)
        if not qualifier and not vague and _more_after(doc, last):
            qualifier = "additional"  # "three more civilians were killed": on top of those told before ("thousands more" stays vague)
        noun = _counted_noun(doc, last)
        if noun is not None:
            unit = _person_unit(noun, person_units) or _members_of_named(last, noun)
            if vague and {noun.lemma_.lower(), noun.lower_} & _exact_only():
                unit = ""  # "thousands of Syrians have fled": the war's background, no count of an incident
        else:
            unit = "people"  # a bare number ("put the number at 4,000"): claims.py decides if it counts people
        word = last.text
        is_year = bool(re.fullmatch(r"(19|20)\d\d", word)) and noun is None
        if noun is None and _age_of_named(last):
            named = last.head  # "Ziad, 13, was wounded": the boy named is one person, 13 his age
            figures.append(Figure(1, named.text, "", False, named.idx, named.idx + len(named.text), named.i, -1, "people"))
        elif not is_year and value > 0 and not _names_a_unit(doc, i, noun):
            start = doc[q_start].idx
            figures.append(
                Figure(
                    value=value,
                    words=text_of(doc)[start : last.idx + len(last.text)],
                    qualifier=qualifier,
                    vague=vague,
                    start=start,
                    end=last.idx + len(last.text),
                    token=last.i,
                    noun=noun.i if noun is not None else -1,
                    unit=unit,
                )
            )
        i = j + 1
    figures = _ranges_bounded(doc, figures)
    figures += _single_people(doc, person_units, {f.noun for f in figures})
    return sorted(figures, key=lambda f: f.start)


_RANGE_JOINS = {"between": {"and"}, "": {"to", "-"}}


def _ranges_bounded(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """ "between 500 and 1,300 people died", "20 to 35 were killed": two numbers that bound one unknown count are
    its least ("at least") and its most ("up to"), never two counts to add. "rose from 20 to 35" is a toll replaced
    by a higher one, not a range, and is left to the words that govern it."""
    text = text_of(doc)
    out = list(figures)
    for k, (low, high) in enumerate(zip(figures, figures[1:])):
        if low.qualifier or high.qualifier or low.vague or high.vague or high.value <= low.value:
            continue
        join = text[low.end : high.start].strip().lower()
        before = (text[: low.start].split() or [""])[-1].lower()
        opener = before if before == "between" else ""
        if before == "from" or join not in _RANGE_JOINS[opener]:
            continue
        start = low.start - len(before) - 1 if opener else low.start  # "between 500" keeps its opener in the words
        out[k] = replace(low, qualifier="at least", words=text[start : low.end], start=start)
        out[k + 1] = replace(high, qualifier="up to")
    return out


def _members_of_named(number: Token, noun: Token) -> str:
    """ "killed five of al-Nusra", "seven of Jaish al-Islam": a number with "of" and a name after it counts
    members of the named body (people), not the name."""
    named = noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == number.i
    return "people" if named and number.pos_ == "NUM" else ""


def _age_of_named(number: Token) -> bool:
    """ "Ziad, 13, suffered a head injury", "Mohammed al-Ali 45 was killed": a bare number set beside the name of
    the person a clause is about (its subject) is that person's age, no count of people."""
    name, doc = number.head, number.doc
    listed = number.i + 1 < len(doc) and doc[number.i + 1].lower_ in {"in", "at"}  # "9 in Salheen 8 in Ansari": tolls per place
    beside = doc[name.i + 1 : number.i] if name.i < number.i else None  # right after the name, or after its comma
    return (beside is not None and all(t.text == "," for t in beside) and number.dep_ in {"nummod", "appos"} and name is not number and name.pos_ == "PROPN" and name.text[:1].isupper()
            and name.dep_ in {"nsubj", "nsubjpass"} and name.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP"}
            and not listed and number.text.isdigit() and 0 < int(number.text) < 110)


def _names_a_unit(doc: Doc, first: int, noun: Token | None) -> bool:
    """ "Base 46", "Regiment 111", "Brigade 137": a number after a capitalised military word names the unit or
    site (lexicons/numbered_units.txt); it counts nobody."""
    if noun is not None or first == 0:
        return False
    before = doc[first - 1]
    return before.text[:1].isupper() and before.lower_ in lexicons.words("numbered_units.txt")


def _single_people(doc: Doc, person_units: dict[str, str], counted: set[int]) -> list[Figure]:
    """ "killing a woman and injuring three others", "a soldier was killed": one person is a count of 1
    (whether it counts a toll is for claims.py to say, from the words that govern it). Nouns of occupations
    count only with a number ("a doctor said" is a speaker; lexicons/person_nouns.txt "numbered"). Single people
    joined by "and" are one count: "a woman and (a) child were killed" counts two."""
    numbered = {r[0] for r in lexicons.table("person_nouns.txt") if len(r) > 2 and r[2] in {"numbered", "exact"}}
    out = []
    joined: set[int] = set()
    for noun in doc:
        if noun.i in counted or noun.i in joined or not _single_person(noun, person_units, numbered):
            continue
        det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in {"a", "an", "another"}), None)
        if det is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "a family of six" counts six
        if det.i > 0 and doc[det.i - 1].lower_ == "not":
            continue  # "not a single family would stay": nobody, no count
        others = [c for c in noun.children if c.dep_ == "conj" and c.i not in counted and _one_more(c, person_units)]
        joined.update(c.i for c in others)
        last = others[-1] if others else noun
        # "another woman was killed" counts one too, with no "more": it may be another incident's dead, told
        # elsewhere ("another militant was killed in a village east of the town"), so it adds to no toll by itself
        out.append(Figure(1 + len(others), text_of(doc)[det.idx : last.idx + len(last.text)], "", False, det.idx,
                          last.idx + len(last.text), det.i, noun.i, person_units[noun.lemma_.lower()]))
    return out


def _single_person(noun: Token, person_units: dict[str, str], numbered: set[str]) -> bool:
    return noun.tag_ == "NN" and noun.lemma_.lower() in person_units and noun.lemma_.lower() not in numbered


def _one_more(noun: Token, person_units: dict[str, str]) -> bool:
    """A person joined to a single person by "and": one more when it has "a", "her", "his" or no word before it
    ("a woman and child", "a man and his son": kinship nouns too, which count only with a number when alone), not
    when it has a number or "the" of its own."""
    own = [c for c in noun.children if c.dep_ in {"det", "nummod", "poss", "amod"} and c.i < noun.i]
    return _single_person(noun, person_units, set()) and all(
        c.lower_ in {"a", "an", "her", "his", "their"} or c.dep_ == "amod" for c in own
    ) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
