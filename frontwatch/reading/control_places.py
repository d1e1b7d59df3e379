"""Places in control statements (reading.control, reading.captures): the place a phrase names, the places
listed with it, a part of a city ("the rebel-held districts of Aleppo"), and the words of
data/lexicons/control_words.tsv by role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.reading.mentions import Mentions
from frontwatch.records import PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def mention_at(mentions: Mentions, token: Token) -> PlaceMention | None:
    return next((p for p in mentions.places if p.start <= token.idx < p.end and p.place is not None), None)


def role(token: Token) -> str:
    return lexicons.mapping("control_words.tsv").get(token.lemma_.lower(), "") or lexicons.mapping("control_words.tsv").get(token.lower_, "")


def holdable(mention: PlaceMention) -> bool:
    """A country is not a held place ("shells hit rebel-held areas and neighbouring Lebanon")."""
    return mention.place is not None and mention.place.kind != "country"


# "near X", "outside X": words that place a mention around a place, not in a part of it
_SURROUNDINGS = frozenset({"near", "outside", "around", "close to", "near to"})


def _anchored(mention: PlaceMention | None) -> PlaceMention | None:
    """ "killed near Palmyra, which the army retook in March": the held noun is the name itself, so the place is
    the one named, not the surroundings the mention was read as ("villages near Palmyra" hold nothing of it)."""
    if mention is None or mention.relative.strip().lower() not in _SURROUNDINGS:
        return mention
    return _anchored_part(mention)


def _part_of(noun: Token, mention: PlaceMention) -> bool:
    """ "the rebel-held districts of Aleppo": the noun names a part of the place, so the place is not held."""
    kinds = lexicons.mapping("control_parts.tsv").get(noun.lower_, "")
    return mention.place is not None and mention.place.kind in kinds.split(",")


def _named_in(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """A place named by the noun itself or in front of it ("Raqqa", "the al-Ansari neighbourhood")."""
    own = mention_at(mentions, noun)
    if own is not None:
        return own
    for tok in doc[noun.left_edge.i : noun.i]:
        if tok.dep_ in {"compound", "amod", "nmod"} and tok.pos_ == "PROPN" and (m := mention_at(mentions, tok)) is not None:
            return m
    return None


def _front_listed(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "the Azaz and Marea districts", "A and B areas": names listed in front of a noun that is no name itself
    are all the noun's places, not only the first (however the parser hung the list inside the phrase)."""
    if mention_at(mentions, noun) is not None:
        return []
    lo, hi = noun.left_edge.idx, noun.idx
    return [m for m in mentions.places if lo <= m.start and m.end <= hi and m.place is not None and holdable(m)]


def held_place(doc: Doc, mentions: Mentions, noun: Token) -> tuple[PlaceMention | None, bool]:
    """(the place a held noun is about, whether the noun itself names it): the noun, what it is in apposition
    to ("Sheikh Maqsoud, a northern Aleppo neighbourhood controlled by ..."), a name in front of it ("the
    al-Ansari neighbourhood"), or its "of X" unless the noun is a part of X."""
    own = _anchored(mention_at(mentions, noun))
    if own is None and noun.dep_ == "appos":
        head = mention_at(mentions, noun.head)
        if head is not None:
            return (head if holdable(head) else None), False
    own = own or _named_in(doc, mentions, noun)
    if own is not None:
        return (own if holdable(own) else None), True
    for prep in (c for c in noun.children if c.lower_ == "of"):
        for obj in prep.children:
            # "most of the town of Hish": the place may be one "of" further
            m = _named_in(doc, mentions, obj) or (held_place(doc, mentions, obj)[0] if obj.pos_ == "NOUN" else None)
            if m is not None:
                return (None if _part_of(noun, m) or not holdable(m) else m), False
    beside = apposed_name(doc, mentions, noun)  # "Darayya(,) the last rebel-held town"
    if beside is not None:
        return (None if _part_of(noun, beside) or not holdable(beside) else beside), False
    part = _city_part(doc, mentions, noun)
    if part is not None:
        return part, False
    one = one_of(noun)
    if one is not None and one.dep_ == "appos":  # "Douma, one of the last rebel-held towns"
        named = mention_at(mentions, one.head)
        return (named if named is not None and holdable(named) and not _part_of(noun, named) else None), False
    titled = _titled_name(mentions, noun)
    return (titled if titled is not None and holdable(titled) else None), False


def _titled_name(mentions: Mentions, noun: Token) -> PlaceMention | None:
    """ "once a trading hub(,) X has been divided ...": a common noun the parser makes the subject, with the place
    name it describes hung on it in apposition right after it, stands for that place."""
    if noun.pos_ != "NOUN":
        return None
    return next((m for c in noun.rights if c.dep_ == "appos" and c.i <= noun.i + 2 for m in [mention_at(mentions, c)] if m is not None), None)


def _city_part(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """ "IS-held neighbourhoods in X", "the government-held west of the city": a part noun
    (lexicons/control_parts.tsv) of a city named with "in", or of "the city" pointing back to the one city named
    before it, is that part of the city ("west of X", "parts of X"), not the city."""
    kinds = lexicons.mapping("control_parts.tsv").get(noun.lower_, "").split(",")
    for prep in (c for c in noun.children if c.lower_ in {"in", "of"} and c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            named = mention_at(mentions, obj)
            if prep.lower_ == "of" and named is not None:
                continue  # "the districts of X": the place recognition reads that part itself
            town = [named] if named is not None else _town_meant(doc, mentions, obj)
            if len(town) != 1 or town[0].place is None or town[0].place.kind not in kinds or town[0].place.kind not in _CITIES:
                continue  # "rebel territory in X province" is read as the province's, as before
            from frontwatch.reading.gazetteer import Gazetteer

            relation = noun.lower_ if noun.lower_ in _DIRECTIONS else _PARTS  # "the east of X" is east X, a part of it
            area = Gazetteer.default().area(town[0].place, relation)
            return PlaceMention(span_text(doc, [t for t in noun.subtree if t.i >= noun.i]), noun.idx, obj.idx + len(obj.text), area, relation)
    return _bare_part(doc, mentions, noun)


_BARE_PARTS = frozenset({"parts", "districts", "neighbourhoods", "neighborhoods", "areas", "side", "half"})


def _bare_part(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """ "shells fell on the regime-held parts of the city ... jets then hit the IS-held parts", "the rebel-held
    east": a definite part noun with no place of its own is that part of the one city its sentence, else one of
    the two before, names (a part of it named counts for it: "parts of X"); none when they name no city or two."""
    if noun.lower_ not in _BARE_PARTS | _DIRECTIONS or any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in noun.children):
        return None
    # "rebel-held eastern districts": parts told by their side of the city are that side of it, "the" or not
    side = next((_SIDES[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in _SIDES), "")
    if not side and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(t.lower_ == "between" for t in noun.ancestors):
        return None  # "X is split between the rebel-held east and ...": the division is read whole (reading.control)
    starts = [s.start_char for s in sentences_before(noun.sent, _EARLIER_SENTENCES)] + [noun.sent.start_char]
    for start, end in ((noun.sent.start_char, noun.idx), (starts[0], noun.sent.start_char)):
        named = [_anchored_part(m) for m in mentions.places if start <= m.start and m.end <= end and m.place is not None]
        towns = {m.place.place_id: m for m in named if m.place is not None and m.place.kind in _CITIES}
        if len(towns) > 1:
            return None
        if towns:
            from frontwatch.reading.gazetteer import Gazetteer

            town = next(iter(towns.values()))
            assert town.place is not None
            relation = noun.lower_ if noun.lower_ in _DIRECTIONS else side or _PARTS  # "the east of X" is east X, a part of it
            return PlaceMention(span_text(doc, [t for t in noun.subtree if t.i >= noun.i]), noun.idx, noun.idx + len(noun.text),
                                Gazetteer.default().area(town.place, relation), relation)
    return None


_DIRECTIONS = frozenset({"east", "west", "north", "south"})
_SIDES = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}
_PARTS = "parts of"
_CITIES = frozenset({"city", "capital", "town"})  # places whose parts a text tells held apart


def _called_else(doc: Doc, mention: PlaceMention, noun: Token) -> bool:
    """ "to the town of X ... in the west of the city": a place the text calls by another kind word ("town of X")
    is not the one "the city" points back to."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    kind = doc[span.start - 2].lower_
    return kind in lexicons.mapping("place_anaphors.tsv") and kind != noun.lower_


def _town_meant(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """The town "the city" / "the town" stands for: the one of its kind named before it in its own sentence ("In X
    jets raid districts in the city"), else the one named in the sentences before."""
    kinds = lexicons.mapping("place_anaphors.tsv").get(noun.lower_, "")
    if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    own = [_anchored_part(m) for m in mentions.places if noun.sent.start_char <= m.start < noun.idx and m.place is not None]
    if not own:
        return earlier_town(doc, mentions, noun)
    # "food is short in east X, the part of the city rebels hold": a part named before it stands for its city
    towns = [m for m in own if m.place is not None and m.place.kind in kinds.split(",") and not _called_else(doc, m, noun)]
    if not towns:  # "the X district that holds the road to the west of the city": a quarter stands for its city
        return _home_city(mentions, own, kinds.split(",")) or earlier_town(doc, mentions, noun)
    return towns[-1:] if len({m.place.place_id for m in towns if m.place is not None}) == 1 else []


def _home_city(mentions: Mentions, named: list[PlaceMention], kinds: list[str]) -> list[PlaceMention]:
    """The one city the quarters named before "the city" in its sentence lie in, as a mention at the last of them
    ([] when they lie in none or in two)."""
    from frontwatch.reading.gazetteer import Gazetteer

    homes = [(m, Gazetteer.default().get(m.place.parent_id)) for m in named if m.place is not None and m.place.kind == "neighbourhood"
             and m.place.parent_id]
    cities = [(m, home) for m, home in homes if home is not None and home.kind in kinds]
    if len({home.place_id for _, home in cities}) != 1:
        return []
    mention, home = cities[-1]
    return [replace(mention, place=home, relative="")]


def _anchored_part(mention: PlaceMention) -> PlaceMention:
    """A part or the surroundings of a place ("east Aleppo") as the place itself, for what "the city" points to."""
    if mention.place is None or not mention.relative or not mention.place.parent_id:
        return mention
    from frontwatch.reading.gazetteer import Gazetteer

    anchor = Gazetteer.default().get(mention.place.parent_id)
    return mention if anchor is None else replace(mention, place=anchor, relative="")


def one_of(noun: Token) -> Token | None:
    """The "one" of "one of the <nouns>" when ``noun`` is its object ("Douma, one of the last rebel-held towns"), else
    None; its head is the name the phrase stands beside."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return one if one is not None and one.lower_ == "one" else None


def apposed_name(doc: Doc, mentions: Mentions, noun: Token) -> PlaceMention | None:
    """ "shells hit Darayya(,) the last rebel-held town", "bussed to X province a rebel stronghold": a noun phrase
    opening with a determiner right after a place name is in apposition to it, though texts stripped of commas leave the parser two objects. A noun in
    front of the name's own phrase ("the town Darayya") is not this."""
    left = noun.left_edge
    if left.pos_ != "DET" or left.i == 0:
        return None
    j = left.i - 1
    if doc[j].text == "," and j > 0:
        j -= 1
    name = doc[j]
    # "Idlib province a rebel stronghold": a name may end in a common noun its mention covers
    if name.head.i == noun.i or noun.is_ancestor(name) or (name.pos_ != "PROPN" and not _name_ends(mentions, name)):
        return None
    return mention_at(mentions, name)


def _name_ends(mentions: Mentions, token: Token) -> bool:
    """The token closes a place mention that began before it ("Idlib province", "Aleppo city")."""
    m = mention_at(mentions, token)
    return m is not None and m.start < token.idx and m.end == token.idx + len(token.text)


def after(doc: Doc, mentions: Mentions, token: Token) -> PlaceMention | None:
    """A place named right after a participle ("opposition held al-Ansari district"), the parser's tree aside."""
    j = token.i + 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    return mention_at(mentions, doc[j]) if j < len(doc) else None


def described(clause: Token) -> Token:
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


def whole_part(noun: Token) -> Token:
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
    return any((t.dep_ == "amod" and t.head.i == noun.i) or (t.dep_ != "amod" and described(t).i == noun.i) for t in holding)


def listed(doc: Doc, mentions: Mentions, noun: Token, *, shared_clause: bool) -> list[PlaceMention]:
    """The places a holding is said of. "regime-held Tartus and Homs": the places listed after a named held
    place are held too, unless a holder of their own is named; "A and B sub-districts, which are ...": a plural
    noun closing a list carries its clause for the whole list."""
    first, named = held_place(doc, mentions, noun)
    out = [first] if first is not None else []
    if first is not None and not named:  # "the rebel-held towns of A and B"
        out += [m for prep in noun.children if prep.lower_ == "of" for obj in prep.children for c in obj.conjuncts
                if c.i > obj.i and not _own_holder(c) for m in [held_place(doc, mentions, c)[0]] if m is not None and m not in out]
        out += [m for m in _named_among(doc, mentions, noun) if m not in out]
    if named:
        out += [m for c in noun.conjuncts if c.i > noun.i and not _own_holder(c) for m in [held_place(doc, mentions, c)[0]] if m is not None]
        out += [m for m in _front_listed(doc, mentions, noun) if m not in out]
    if shared_clause and (noun.tag_ == "NNS" or _plural_clause(noun)):
        out += [m for c in noun.conjuncts if c.i < noun.i for m in [held_place(doc, mentions, c)[0]] if m is not None]
    if first is None:
        out += [m for m in examples(doc, mentions, noun) if m not in out]
    elif not named and first.relative == _PARTS and (singled := examples(doc, mentions, noun)):
        return singled  # "IS-held areas in X, including A and B": the towns listed, not parts of X
    return out or _run_before(doc, mentions, noun) or earlier_town(doc, mentions, noun) or named_later(mentions, noun)


_LIST_JOINS = frozenset({"and", "or", ",", "&"})


def _run_before(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "A and B sub-districts, which are ...": names listed right before a plural place noun the parser cut off
    from them (read on the words: a hyphened prefix such as "sub-" aside) are its places, unless the noun names a
    part of them ("Aleppo districts" are some of Aleppo's)."""
    if noun.tag_ != "NNS" or not place_noun(noun) or mention_at(mentions, noun) is not None:
        return []
    j = noun.i - 1
    while j > 1 and doc[j].text == "-" and doc[j - 1].is_alpha and doc[j - 1].is_lower:
        j -= 2  # "sub-districts"
    out: list[PlaceMention] = []
    while j >= 0:
        m = mention_at(mentions, doc[j])
        if m is None or m.end != doc[j].idx + len(doc[j].text) or m in out:
            break
        out.insert(0, m)
        k = j
        while k >= 0 and doc[k].idx >= m.start:
            k -= 1
        if k < 1 or doc[k].lower_ not in _LIST_JOINS:
            break
        j = k - 1
    if not out or any(not holdable(m) or _part_of(noun, m) for m in out):
        return []
    return out


def _named_among(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "much of X province including A is held by Y", "most of X, including the town of A, ...": the towns
    "including" names inside the held share of a place are held too (the parser hangs it on the share or the place)."""
    owners = [noun, *(g for prep in noun.children if prep.lower_ == "of" for g in prep.children if g.dep_ == "pobj")]
    return [m for owner in owners for prep in owner.children if prep.dep_ == "prep" and role(prep) == "example"
            for obj in prep.children if obj.dep_ == "pobj" for item in (obj, *obj.conjuncts)
            for m in _example_places(doc, mentions, item)]


def _plural_clause(noun: Token) -> bool:
    """ "A and B, which are held by Y": a relative clause with a plural verb on the last of listed names is said of
    them all ("which is" on the last name is said of it alone)."""
    # the parser may hang the clause on the first name of the list
    return any(c.dep_ == "relcl" and any(t.lower_ in {"are", "were"} for t in (c, *c.children))
               for n in (noun, *noun.conjuncts) for c in n.children)


_EARLIER_SENTENCES = 2  # sentences back "the town" may point to a town named before


def sentences_before(sent: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences right before ``sent``, in reading order (each found from the token before it,
    without listing the whole document's sentences)."""
    out: list[Span] = []
    while len(out) < count and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        out.insert(0, sent)
    return out


def earlier_town(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "Rebels attacked X on Monday. On Tuesday they captured the town", "jets struck the X area ... the
    neighbourhood is under rebel control": a definite "the town" / "the village" / "the neighbourhood" that names
    no place of its own in its sentence points back to the one place of its kind named in the two sentences before
    (kinds from data/lexicons/place_anaphors.tsv); none when those name two ("fighting in A and B ... they took the
    town" is not said of either). "The two cities", "both towns" point back to as many places of their kind, named
    in the sentences before."""
    count = _counted(noun)
    every = _said_before(noun)
    kinds = lexicons.mapping("place_anaphors.tsv").get(noun.lemma_.lower() if count or every else noun.lower_, "")
    if not kinds or not (count or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []  # "the town of X" names its own place
    before_sents = sentences_before(noun.sent, _EARLIER_SENTENCES)
    if not before_sents:
        return []
    start, end = before_sents[0].start_char, noun.sent.start_char
    # a town named earlier in its own sentence is the nearer one (read by the sentence's own rules), unless the text
    # calls it by another kind word ("aid for the town of X ... in the west of the city")
    if any(m.place is not None and end <= m.start < noun.idx and m.place.kind in kinds.split(",") and not _called_else(doc, m, noun)
           for m in mentions.places):
        return []
    # "the X area outside Damascus": a place told relative to another ("outside Damascus") is no antecedent
    before = [m for m in mentions.places if start <= m.start < end and m.place is not None and m.place.kind in kinds.split(",") and not m.relative]
    # "Al Mayadeen TV reported": a medium named like a town is a speaker, not a place
    # (a source span that runs over a sentence's end is no name: "... of X. Observatory chief Y")
    text = text_of(doc)
    before = [m for m in before if not any(s.start <= m.start and m.end <= s.end and ". " not in text[s.start:s.end] for s in mentions.sources)]
    latest = {m.place.place_id: m for m in before if m.place is not None}
    if len(latest) != (count or 1) and not (every and latest):
        return []
    return sorted(latest.values(), key=lambda m: m.start) if count or every else [before[-1]]


def named_later(mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "strikes killed 56 near a Syrian village held by IS ... fleeing fighting in the village of X": an
    indefinite place noun with no name ("a village", "an IS-held town") is the one place the article calls by that
    noun ("the village of X"), else the one place of its kind (data/lexicons/place_anaphors.tsv) it names anywhere,
    when that place is named after the noun; "a neighbourhood of X" is one that lies in X."""
    kinds = lexicons.mapping("place_anaphors.tsv").get(noun.lower_, "").split(",")
    if noun.tag_ != "NN" or kinds == [""] or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return []
    same = [m for m in mentions.places if m.place is not None and m.place.kind in kinds and not m.relative]
    # "a regime-held neighbourhood of X": the one named later must lie in X
    of = [mention_at(mentions, g) or next((m for c in g.children if c.lower_ == "of" for h in c.children  # "of the city of X"
                                           for m in [mention_at(mentions, h)] if m is not None), None)
          for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of:
        home = of[0].place.place_id if of[0] is not None and of[0].place is not None else None
        same = [m for m in same if home is not None and m.place is not None and (m.place.parent_id == home or m.place.place_id.startswith(home + "~"))]
    # "the Aleppo province village of X": a place the text itself calls by the noun is the likelier one
    called = [m for m in same if _called_so(noun.doc, m, noun.lower_)]
    for group in (called, same):
        if len({m.place.place_id for m in group if m.place is not None}) == 1:
            later = [m for m in group if m.start > noun.idx]
            return later[:1] if later and holdable(later[0]) else []
    return []


def _called_so(doc: Doc, mention: PlaceMention, word: str) -> bool:
    """The text calls the place by ``word``: "the village of X", "X village"."""
    text = text_of(doc)
    before = text[max(0, mention.start - len(word) - 4) : mention.start].lower().split()
    after = text[mention.end : mention.end + len(word) + 1].lower().split()
    return before[-2:] == [word, "of"] or after[:1] == [word]


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


_SAID_BEFORE = frozenset({"abovementioned", "above-mentioned", "aforementioned", "aforesaid", "mentioned"})


def _said_before(noun: Token) -> bool:
    """ "the abovementioned villages": a plural place noun that points back to all the places of its kind listed
    in the sentences before."""
    return noun.tag_ == "NNS" and any(c.lower_ in _SAID_BEFORE for c in noun.children if c.dep_ in {"amod", "compound", "advmod"})


def _counted(noun: Token) -> int:
    """The number of places a plural place noun counts ("the two cities", "both towns"), 0 when it counts none."""
    if noun.tag_ != "NNS":
        return 0
    words = [c.lower_ for c in noun.children if c.dep_ in {"nummod", "det", "predet", "quantmod"}]
    return next((_COUNTS[w] for w in words if w in _COUNTS), 0)


def examples(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "took villages including A and B", "five hills and villages including A, B and C", "IS-held areas of the
    province, including the towns of A and B": a place noun with no name of its own (a place noun of
    data/lexicons/place_anaphors.tsv or a part of data/lexicons/control_parts.tsv) stands for the places its
    "including" lists (data/lexicons/control_words.tsv, "example")."""
    if not place_noun(noun) and not any(place_noun(c) for c in noun.conjuncts):
        return []  # "took weapons including rockets" lists no places
    out: list[PlaceMention] = []
    for prep in _including(noun):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for item in (obj, *obj.conjuncts):
                out += [m for m in _example_places(doc, mentions, item) if m not in out]
    # "rebel territory, particularly the towns of A and B": a phrase beside the noun that an adverb singles out
    for item in (a for a in noun.children if a.dep_ == "appos" and any(role(c) == "example" for c in a.children)):
        out += [m for m in _example_places(doc, mentions, item) if m not in out]
    anaphors = lexicons.mapping("place_anaphors.tsv")
    if out or not any(n.lemma_.lower() in anaphors or n.lower_ in anaphors for n in (noun, *noun.conjuncts)):
        return out  # "areas in north-western Syria": a part noun's dashes set off no list
    return _dashed(doc, mentions, noun)


def _including(noun: Token) -> list[Token]:
    """The "including" of a place noun (or of the nouns listed with it); with none, an "including" the parser hung
    on the clause's verb after the noun's phrase ("reported strikes on IS-held areas as well including A and B")."""
    own = [c for owner in (noun, *noun.conjuncts) for c in owner.children if role(c) == "example"]
    if own:
        return own
    verb = next((t for t in noun.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return [c for c in verb.children if role(c) == "example" and c.i > noun.right_edge.i] if verb is not None else []


def place_noun(noun: Token) -> bool:
    """A noun for places: "villages", "the town", "areas", "parts" (not "weapons")."""
    nouns = {**lexicons.mapping("place_anaphors.tsv"), **lexicons.mapping("control_parts.tsv")}
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _example_places(doc: Doc, mentions: Mentions, item: Token) -> list[PlaceMention]:
    """The places one listed example names: its name ("including Hish"), or the names of "the towns of A and B"."""
    m = mention_at(mentions, item) or _named_in(doc, mentions, item)
    if m is not None:
        return [m] if holdable(m) else []
    if not place_noun(item):
        return []
    named = [mention_at(mentions, t) or _named_in(doc, mentions, t)
             for prep in item.children if prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj" for t in (obj, *obj.conjuncts)]
    return [n for n in named if n is not None and holdable(n)]


def _dashed(doc: Doc, mentions: Mentions, noun: Token) -> list[PlaceMention]:
    """ "captured three villages south of X from the army - A, B and C -": the names set off by dashes after a
    plural place noun, within its sentence, are the places it counts (no more than the count it gives)."""
    if noun.tag_ != "NNS":
        return []
    sent = noun.sent
    dashes = [t.i for t in doc[noun.i + 1 : sent.end] if t.text in {"-", "–", "—"} and t.i - noun.i <= 10]
    if not dashes:
        return []
    close = next((t.i for t in doc[dashes[0] + 1 : sent.end] if t.text in {"-", "–", "—"}), sent.end)
    lo, hi = doc[dashes[0]].idx, doc[close - 1].idx + len(doc[close - 1])
    inside = [m for m in mentions.places if lo <= m.start and m.end <= hi and holdable(m)]
    count = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
    limit = int(count.text) if count is not None and count.text.isdigit() else len(inside)
    return inside if 0 < len(inside) <= max(limit, 1) else []
def span_text(doc: Doc, tokens: Sequence[Token]) -> str:
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)] if tokens else ""
