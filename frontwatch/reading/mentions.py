"""Mentions: every place, actor, source, date and figure in one parsed body, as spans.

This is the only module that calls the dictionaries' finders; events.py and claims.py work on
the Mentions record it returns.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from frontwatch.reading import lexicons
from frontwatch.reading.actors import ARMED_KINDS, find_actors
from frontwatch.reading.dates import find_dates
from frontwatch.reading.doctext import text_of
from frontwatch.reading.figures import Figure, find_figures
from frontwatch.reading.places import find_places
from frontwatch.reading.sources import SourceMention, actor_source, find_sources
from frontwatch.records import ActorMention, DateMention, Document, Event, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_M = TypeVar("_M", PlaceMention, ActorMention, SourceMention, DateMention, Figure)


@dataclass(frozen=True, slots=True)
class Mentions:
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]
    sources: tuple[SourceMention, ...]
    dates: tuple[DateMention, ...]
    figures: tuple[Figure, ...]


def find_mentions(document: Document, doc: Doc) -> Mentions:
    """All mentions in the body of ``document`` (parsed as ``doc``), each list in text order."""
    text = text_of(doc)
    sources = [m for m in find_sources(text) if not _credit(text, m)]
    sources += _second_mentions(doc, sources)
    sources = _unnamed_monitors(sources)
    sources = [m for m in sources if not _modifies_source(text, m, sources)]
    places = sorted(find_places(doc), key=lambda m: m.start)
    sources = [m for m in sources if not _placed(text, m, places)]
    # "the Qatar-based al-Mayadeen TV said", "the Aleppo Media Center": a town's name inside a source's own name
    # names the source, not a place ("Talbisseh activist Hassaan Abu Nuh" is an activist of the town)
    places = [p for p in places if not any(_names_source(text, p, m) for m in sources)]
    actors = [a for a in find_actors(text) if not _inside(a, sources) and not _closing_tag(text, a) and not _modifies_source(text, a, sources)]
    actors += _described_again(doc, actors)
    return Mentions(
        places=tuple(places),
        actors=tuple(sorted(actors, key=lambda m: m.start)),
        sources=tuple(sorted(sources, key=lambda m: m.start)),
        dates=tuple(sorted(find_dates(text, document.anchor), key=lambda m: m.start)),
        figures=tuple(find_figures(doc)),
    )


def _described_again(doc: Doc, actors: list[ActorMention]) -> list[ActorMention]:
    """ "Jaish al-Fatah, an alliance of Islamist factions ... Alliance fighters stormed the base": a group noun that
    described a named actor (in apposition to its name) stands for that actor when it comes back bare ("the
    alliance", "Alliance fighters"); the last actor so described before it is meant."""
    described: list[tuple[int, str, ActorMention]] = []  # (position, group noun, actor)
    out: list[ActorMention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in lexicons.words("group_nouns.txt") or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(a.start <= tok.idx < a.end for a in actors):
            continue
        before = described_name(tok)
        named = next((a for a in actors if a.start <= before.idx < a.end), None) if before is not None else None
        if named is not None and named.actor.kind in ARMED_KINDS and named.actor.kind != "unidentified armed group":
            described.append((tok.idx, lemma, named))
            continue
        bare = [c for c in tok.children if c.i < tok.i and c.dep_ not in {"det"}] == [] and tok.dep_ != "appos" \
            and all(c.lower_ == "the" for c in tok.children if c.dep_ == "det")
        meant = next((a for at, word, a in reversed(described) if word == lemma and at < tok.idx), None)
        if bare and meant is not None:
            end = tok.head if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() in _MEMBERS else tok
            out.append(ActorMention(text_of(doc)[tok.idx : end.idx + len(end)], tok.idx, end.idx + len(end), meant.actor))
    return out


_MEMBERS = frozenset({"fighter", "force", "member", "militant", "unit"})  # "Alliance fighters": the alliance's own


_WORDS_BEFORE = re.compile(r"(?:([A-Za-z]+)\W+)?([A-Za-z]+)\W*$")


def _placed(text: str, mention: SourceMention, places: list[PlaceMention]) -> bool:
    """ "killed in the area of Mayadeen", "fighting near Mayadeen": a source named like a town (the Al-Mayadeen
    channel) is the town where a place mention covers it and a place word leads to it (lexicons/place_lead_words.tsv:
    "in", "near" ..., or "of" after "area", "town" ...); "according to Mayadeen" still names the channel."""
    if not any(p.place is not None and p.start <= mention.start and mention.end <= p.end for p in places):
        return False
    before = _WORDS_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
    if before is None:
        return False
    leads = lexicons.mapping("place_lead_words.tsv")
    noun, word = (before.group(1) or "").lower(), before.group(2).lower()
    return leads.get(word) == "preposition" or (word == "of" and leads.get(noun) == "place noun")


def _names_source(text: str, place: PlaceMention, mention: SourceMention) -> bool:
    """The place's words are part of the source's own name: the name runs on past them ("the Aleppo Media Center"),
    or a noun of a broadcaster follows ("al-Mayadeen TV said", lexicons/outlet_nouns.txt). "Mayadeen is one of the
    group's last bastions" names the town."""
    if not (mention.start <= place.start and place.end <= mention.end) or text[place.start : place.end].lower() not in mention.source.name.lower():
        return False
    after = text[mention.end :].split(maxsplit=1)
    return (mention.start, mention.end) != (place.start, place.end) or bool(after) and after[0].lower().strip(".,") in lexicons.words("outlet_nouns.txt")


def _modifies_source(text: str, mention: ActorMention | SourceMention, sources: list[SourceMention]) -> bool:
    """ "the opposition Syrian Observatory for Human Rights", "the pro-government Al-Watan daily": a word right
    before a named source says which side the source leans to; it names neither another source nor a party."""
    return any(
        other is not mention and other.start > mention.end and text[mention.end : other.start].strip() == "" and text[other.start].isupper()
        for other in sources
    )


_CREDIT_BEFORE = re.compile(r"\((?:\s*(?:photo|source|image)s?\s*:)?\s*$", re.I)
_CREDIT_AFTER = re.compile(r"^\s*(?:(?:and|&)\s+(?:other\s+)?agencies\s*)?\)", re.I)


def _credit(text: str, mention: SourceMention) -> bool:
    """ "MOSCOW (Sputnik)", "(TRT World and Agencies)", "(Photo: AFP)": an agency alone in brackets credits
    the wire copy or the picture; it is no speaker (a following "it said" does not refer to it). An acronym
    glossing a full name ("the Observatory (SOHR)") is dropped too: the full name speaks."""
    return bool(_CREDIT_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
                and _CREDIT_AFTER.match(text[mention.end : mention.end + 24]))


def _second_mentions(doc: Doc, sources: list[SourceMention]) -> list[SourceMention]:
    """A person named in full as a source is later named by surname: "Observatory head Rami Abdel Rahman"
    ... "Abdel Rahman told AFP"; "analyst Mouin Rabbani" ... "Rabbani said". Later person entities equal to
    the full name without its first word are the same source."""
    surnames: dict[str, SourceMention] = {}
    for mention in sources:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2 and mention.start <= ent.start_char < mention.end:
                surnames.setdefault(ent[1:].text, mention)
    out = []
    for ent in doc.ents:
        first = surnames.get(ent.text)
        if (ent.label_ == "PERSON" and first is not None and ent.start_char >= first.end
                and not any(m.start <= ent.start_char < m.end for m in sources)):
            out.append(SourceMention(ent.text, ent.start_char, ent.end_char, replace(first.source, words=ent.text)))
    return out


def _unnamed_monitors(sources: list[SourceMention]) -> list[SourceMention]:
    """ "a monitoring group said", "the Britain-based monitor": the press names the Syrian Observatory (or
    another monitor) once and then only as "a monitor". When an article names exactly one monitor, its
    unnamed monitors are that one; military and security sources stay anonymous on purpose."""
    generic = [m for m in sources if m.source.source_type == "monitor" and m.source.name.startswith("a ")]
    named = {m.source.name for m in sources if m.source.source_type == "monitor" and not m.source.name.startswith("a ")
             and "(" not in m.source.name}  # "Rami Abdul Rahman (SOHR)" speaks for a monitor named apart
    if not generic or len(named) != 1:
        return sources
    (name,) = named
    monitor = next(m.source for m in sources if m.source.name == name)
    return [replace(m, source=replace(monitor, words=m.source.words)) if m in generic else m for m in sources]


def _inside(mention: ActorMention, sources: list[SourceMention]) -> bool:
    """An actor named only as a source ("the army's statement" is not; "SANA" is) stays a source."""
    return any(s.start <= mention.start and mention.end <= s.end and s.source.source_type in {"state media", "monitor", "wire agency", "international organisation"} for s in sources)


_TAG_BEFORE = re.compile(r"(?::|\s[-–—]|\s-)\s*(?:the\s+)?$")
_TAG_AFTER = re.compile(r"^[\s.\u2019'\"]*(?:\n|$)")


def _closing_tag(text: str, mention: ActorMention) -> bool:
    """ "... killed near al-Bab: army", "... in northern Syria - military": a wire headline closes on the source it
    quotes, after a colon or a dash. A bare "army" there names who said it (often a foreign army), not a party to
    the event; a named force ("Turkish army") stays an actor (lexicons/closing_tags.txt)."""
    if mention.text.lower().removeprefix("the ").strip() not in lexicons.words("closing_tags.txt"):
        return False
    return bool(_TAG_BEFORE.search(text[max(0, mention.start - 8) : mention.start]) and _TAG_AFTER.match(text[mention.end :]))


def in_span(mentions: tuple[_M, ...], start: int, end: int) -> list[_M]:
    """The mentions that lie inside [start, end)."""
    starts = [m.start for m in mentions]
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            out.append(mentions[i])
        i += 1
    return out


def speakers_in(mentions: Mentions, start: int, end: int) -> list[SourceMention]:
    """Who may assert something in [start, end): named sources first, then actors speaking for themselves."""
    named = [_resolve_group(s, mentions, start) for s in in_span(mentions.sources, start, end)]
    actors = [
        SourceMention(a.text, a.start, a.end, actor_source(a.actor, a.text))
        for a in in_span(mentions.actors, start, end)
        if not any(s.start <= a.start < s.end for s in named)
    ]
    return named + actors


_GROUP_BODIES = frozenset({"monitor", "humanitarian", "international organisation", "opposition body", "activists"})


def _resolve_group(mention: SourceMention, mentions: Mentions, sentence_start: int) -> SourceMention:
    """"the group's official account" speaks for the group the sentence is about: the first armed
    group named in the sentence before it, else the last armed group or monitoring or aid group named
    before the sentence."""
    if not mention.source.name.startswith("the group"):
        return mention
    earlier = [a for a in mentions.actors if a.end <= mention.start and a.actor.kind not in {"civilians", "state forces"}]
    here = [a for a in earlier if a.start >= sentence_start]
    # "... the Syrian Observatory for Human Rights said. Another 14 were killed ..., the group said": a
    # monitoring or aid group named after the last armed group is the one meant
    bodies = [m for m in mentions.sources if m.end <= mention.start and m.source.source_type in _GROUP_BODIES]
    if not here and bodies and (not earlier or bodies[-1].start > earlier[-1].start):
        return SourceMention(mention.text, mention.start, mention.end, replace(bodies[-1].source, words=mention.text))
    if not earlier:
        return mention
    group = (here[0] if here else earlier[-1]).actor
    speaker = actor_source(group, mention.text)
    # the group's own kind where the actor says it ("the White Helmets ... the group said" is an aid group)
    kind = speaker.source_type if speaker.source_type != "unknown" else mention.source.source_type
    return SourceMention(mention.text, mention.start, mention.end, replace(speaker, source_type=kind))


def before(mentions: tuple[_M, ...], position: int) -> list[_M]:
    """The mentions that end before ``position``, in text order."""
    return [m for m in mentions if m.end <= position]


def root_of(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head token of the character span [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def first_conjunct(token: Token) -> Token:
    """The first of the words ``token`` is listed with ("A and B and C": A), which holds the list's place in the
    clause; the token itself when it is listed with none."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def named_by(word: Token) -> Token:
    """The noun a word is part of: "blast" for "bomb" in "a bomb blast", "strikes" for "weapons" in "chemical
    weapons strikes"; a clause on that noun ("claimed by IS", "carried out in August") tells the word's act."""
    own = word
    while own.dep_ in {"compound", "amod"} and own.head.i != own.i and own.head.pos_ in {"NOUN", "PROPN"}:
        own = own.head
    return own


def trigger_word(doc: Doc, event: Event) -> Token | None:
    """The token of an event's trigger in its evidence span, or None."""
    at = text_of(doc).find(event.trigger, event.start, event.end) if event.trigger else -1
    return root_of(doc, at, at + len(event.trigger)) if at >= 0 else None


def tree_distance(a: Token, b: Token) -> int:
    """Tree distance between two tokens of one sentence (99 when they share no ancestor)."""
    path_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(path_a)}
    for m, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i] + m
    return 99


def sentence_of(doc: Doc, position: int) -> Span:
    """The sentence containing character ``position``."""
    token = doc[min(len(doc) - 1, max(0, _token_at(doc, position)))]
    return token.sent


def _token_at(doc: Doc, position: int) -> int:
    starts = doc.user_data.get("frontwatch_token_starts")
    if starts is None or len(starts) != len(doc):  # built once per Doc: claims ask for many positions
        starts = doc.user_data["frontwatch_token_starts"] = [t.idx for t in doc]
    return max(0, bisect.bisect_right(starts, position) - 1)


def apposed_to(noun: Token) -> int | None:
    """The token right before a group noun's phrase, which it may describe: "the YPG a Kurdish
    militia which ..." (a copy without commas, where the parser makes the description an object of its own)."""
    if noun.lemma_.lower() not in lexicons.words("group_nouns.txt"):
        return None
    before = noun.left_edge.i - 1
    if before >= 0 and noun.doc[before].text == ",":
        before -= 1
    return before if before >= 0 and noun.doc[before].pos_ == "PROPN" else None


def described_name(noun: Token) -> Token | None:
    """The name a description stands beside: the head of an appositive ("the YPG, a Kurdish militia"), or the
    proper noun right before a group noun's phrase when the commas were lost (``apposed_to``); else None."""
    if noun.dep_ == "appos":
        return noun.head
    i = apposed_to(noun)
    return noun.doc[i] if i is not None else None
