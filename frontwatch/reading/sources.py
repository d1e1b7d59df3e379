"""Sources: who asserts a fact inside an article (not the outlet that publishes it).

``find_sources`` finds candidate source mentions ("SANA's correspondent", "a military source", "the
Observatory", "opposition activists", "regional expert Mouin Rabbani") with their type and stance, from
``data/sources.csv`` + ``data/source_aliases.tsv`` + ``data/source_titles.tsv``. Whether a mention actually
asserts something (is it the subject of "said", the object of "according to"?) is decided by the claims
stage; this module only names and classifies.

``outlet_source`` maps an outlet (FA-KES code, name or web domain) to the Source used when a fact is not
attributed inside the article; ``actor_source`` turns an actor that speaks ("the army announced") into one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from frontwatch.reading.actors import AliasIndex, data_rows, normalise_token, tokenize
from frontwatch.records import Actor, Source

_ARTICLES = {"a", "an", "the"}
# Lower-case words that may qualify a title ("regional expert", "Syria analyst") but are not part of it.
_NOT_QUALIFIER = {"said", "says", "told", "according", "to", "the", "a", "an", "by", "of", "and", "with",
                  "from", "as", "for", "in", "on", "at", "said", "added", "wrote", "is", "was", "who"}
_NAME_PARTICLES = {"al", "el", "de", "bin", "ibn", "abu", "van", "von", "der"}


@dataclass(frozen=True, slots=True)
class SourceMention:
    """A source named in the text, with offsets into it."""

    text: str
    start: int
    end: int
    source: Source


@dataclass(frozen=True, slots=True)
class _Title:
    source_type: str
    stance: str


class SourceDirectory:
    """Known sources, their aliases, the titles that introduce named people, and outlets."""

    def __init__(self) -> None:
        self.sources = {r["source_id"]: Source(r["name"], r["source_type"], r["stance"]) for r in data_rows("sources.csv")}
        self.index: AliasIndex[str] = AliasIndex()
        for row in data_rows("source_aliases.tsv", "\t"):
            if row["source_id"] not in self.sources:
                raise ValueError(f"source alias {row['alias']!r} names unknown source {row['source_id']!r}")
            self.index.add(row["alias"], row["source_id"], row["match"] == "cs")
        self.titles = {r["title"]: _Title(r["source_type"], r["stance"]) for r in data_rows("source_titles.tsv", "\t")}
        self.outlets = {r["code"]: Source(r["name"], r["source_type"], r["stance"]) for r in data_rows("outlets.csv")}
        self.outlet_keys = {_key(r["code"]): r["code"] for r in data_rows("outlets.csv")}
        self.outlet_keys.update({_key(r["name"]): r["code"] for r in data_rows("outlets.csv")})
        self.outlet_keys.update({_key(r["alias"]): r["code"] for r in data_rows("outlet_aliases.tsv", "\t")})

    @classmethod
    @functools.cache
    def default(cls) -> SourceDirectory:
        """The bundled directory (loaded once)."""
        return cls()

    def names_outlet(self, name: str) -> bool:
        """Whether ``name`` is an outlet's code, name or alias ("Ahram Online", "Daily Sabah")."""
        return _key(name) in self.outlet_keys

    def get(self, source_id_or_alias: str) -> Source | None:
        """A source by id, canonical name or alias ("the Observatory" -> SOHR)."""
        key = source_id_or_alias.strip()
        if key in self.sources:
            return self.sources[key]
        for source in self.sources.values():
            if source.name.lower() == key.lower():
                return source
        found = self.index.lookup(key)
        return self.sources[found] if found else None


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))


def find_sources(text: str, directory: SourceDirectory | None = None) -> list[SourceMention]:
    """Candidate source mentions in ``text``, in order, each with its type and stance."""
    directory = directory or SourceDirectory.default()
    tokens = tokenize(text)
    mentions: list[SourceMention] = []
    taken: set[int] = set()
    titles: set[int] = set()  # one-word sources that are also titles: "activist" in "activist Abu Omar Halabi"
    for hit in directory.index.scan(tokens):
        if _describes_a_network(tokens, hit.first):
            continue  # "the Observatory, which relies on a wide network of activists": who a monitor draws on, no speaker
        start = hit.start
        if (hit.first > 0 and normalise_token(tokens[hit.first - 1][0]) in _ARTICLES
                and text[tokens[hit.first - 1][2]:hit.start].isspace()):
            start = tokens[hit.first - 1][1]  # "a military source", "the Observatory"
        source = directory.sources[hit.value]
        other = _other_nation(tokens, hit.first, source)
        if other:  # "the Iranian foreign ministry": not the Syrian one a bare "foreign ministry" names
            start = tokens[hit.first - 1][1]
            source = Source(f"{other} {text[start:hit.end].split(' ', 1)[1]}", source.source_type, "", "")
        words = text[start:hit.end]
        mentions.append(SourceMention(words, start, hit.end, _with_words(source, words)))
        taken.update(range(hit.first, hit.last + 1))
        if hit.first == hit.last and tokens[hit.first][0].lower() in directory.titles:
            titles.add(hit.first)
    people = _named_people(text, tokens, directory, taken - titles)
    mentions = [m for m in mentions if not _titles_person(m, people, tokens, titles)]
    mentions.extend(people)
    mentions.sort(key=lambda m: m.start)
    return mentions


_NETWORK = re.compile(r"\b(?:(?:relies|rely|relying|relied|draws|drawing) on|(?:network|web) of)\b")


def _describes_a_network(tokens: list[tuple[str, int, int]], first: int) -> bool:
    """The few words before the alias say whom a source draws on: "relies on a network of sources", "a web of
    activists on the ground"."""
    before = " ".join(normalise_token(t) for t, _, _ in tokens[max(0, first - 6):first])
    return _NETWORK.search(before) is not None


@functools.cache
def _demonyms() -> dict[str, str]:
    """Nationality adjectives, lower case -> as written ("iranian" -> "Iranian"), from the bundled countries.tsv."""
    from frontwatch.reading.placenames import read_small_table

    return {a.lower(): a for row in read_small_table("countries.tsv") for a in (row.get("adjectivals") or "").split("|") if a}


def _other_nation(tokens: list[tuple[str, int, int]], first: int, source: Source) -> str:
    """The nationality adjective before a bare alias when it names another nation than the source's own name
    does ("the Iranian foreign ministry" against "Syrian Foreign Ministry"), else "". Only sources named by their
    nation: "the Lebanese Hezbollah" is still Hezbollah."""
    if first == 0:
        return ""
    before = _demonyms().get(tokens[first - 1][0].lower(), "")
    own = source.name.split(" ", 1)[0].lower()
    return before if before and own in _demonyms() and own != before.lower() else ""


def _titles_person(mention: SourceMention, people: list[SourceMention], tokens: list[tuple[str, int, int]],
                   titles: set[int]) -> bool:
    """ "Activist Abu Omar Halabi told AFP": the title word the dictionary knows as a source ("activists") is
    the named person's title; the person speaks, as an activist."""
    return any(tokens[i][1] >= mention.start and tokens[i][2] <= mention.end for i in titles) and any(
        p.start <= mention.end and mention.start <= p.end for p in people)


def _with_words(source: Source, words: str) -> Source:
    return Source(source.name, source.source_type, source.stance, words)


def _named_people(text: str, tokens: list[tuple[str, int, int]], directory: SourceDirectory,
                  taken: set[int]) -> list[SourceMention]:
    """ "regional expert Mouin Rabbani", "analyst Sam Heller": a title word, then a capitalised name."""
    found: list[SourceMention] = []
    for i, (word, _, _) in enumerate(tokens):
        title = directory.titles.get(word.lower())
        if title is None or i in taken:
            continue
        name_end = i
        for k in range(i + 1, min(i + 5, len(tokens))):
            token = tokens[k][0]
            gap = text[tokens[k - 1][2]:tokens[k][1]]
            if gap.strip() or not (token[:1].isupper() or token.lower() in _NAME_PARTICLES or token.lower().startswith("al-")):
                break
            name_end = k
        capitals = [t for t, _, _ in tokens[i + 1:name_end + 1] if t[:1].isupper()]
        if len(capitals) < 2 or tokens[name_end][0].lower() in _NAME_PARTICLES:
            continue
        first = i
        while first > 0 and i - first < 2:
            prev = tokens[first - 1][0]
            if not re.fullmatch(r"[a-z][a-z\-]+|[A-Z][a-z]+", prev) or prev.lower() in _NOT_QUALIFIER:
                break
            if prev[:1].isupper() and first - 1 > 0 and text[tokens[first - 2][2]:tokens[first - 1][1]].strip() == "":
                # a capitalised qualifier ("Syria analyst") only right after a lower-case word
                if not tokens[first - 2][0].islower():
                    break
            first -= 1
        start, end = tokens[first][1], tokens[name_end][2]
        name = text[tokens[i + 1][1]:end]
        words = text[start:end]
        # "Observatory director Rami Abdel Rahman": a title qualified by a known source speaks for it.
        employer = directory.index.lookup(text[start:tokens[i][1]].strip()) if first < i else None
        # "spokesman Igor Konashenkov": a person the dictionary knows is the source it files him under
        known = directory.index.lookup(name) if employer is None else None
        if known is not None:
            source = directory.sources[known]
            found.append(SourceMention(words, start, end, Source(source.name, source.source_type, source.stance, words)))
            continue
        if employer is not None:
            source = directory.sources[employer]
            found.append(SourceMention(words, start, end, Source(f"{name} ({source.name})", source.source_type, source.stance, words)))
            continue
        found.append(SourceMention(words, start, end, Source(name, title.source_type, title.stance, words)))
    return found


def outlet_source(outlet: str, directory: SourceDirectory | None = None) -> Source:
    """The Source an outlet stands for when it reports something itself (unattributed facts).

    Accepts FA-KES codes ("sana", "etilaf"), names ("Los Angeles Times") and domains ("reuters.com").
    An unknown outlet becomes a neutral-less plain "outlet" source under its own name.
    """
    directory = directory or SourceDirectory.default()
    code = directory.outlet_keys.get(_key(outlet))
    if code is None and "." in outlet:  # a URL or host: try the registered domain
        host = re.sub(r"^(https?://)?(www\.)?", "", outlet.strip().lower()).split("/")[0]
        code = directory.outlet_keys.get(_key(host))
    if code is None:
        return Source(outlet.strip() or "unknown outlet", "outlet", "", outlet)
    return _with_words(directory.outlets[code], outlet)


_KIND_TO_SOURCE_TYPE = {
    "state forces": "military",
    "foreign forces": "military",
    "police": "government",
    "militia": "armed group",
    "rebel group": "armed group",
    "unidentified armed group": "armed group",
    "opposition political body": "opposition body",
    "international organisation": "international organisation",
    "humanitarian organisation": "humanitarian",
    "civilians": "witness",
    "protesters": "witness",
}
_SIDE_TO_STANCE = {
    "government": "pro-government",
    "opposition": "pro-opposition",
    "kurdish": "pro-kurdish",
    "jihadist": "pro-jihadist",
    "neutral": "neutral",
}


def actor_source(actor: Actor, words: str = "") -> Source:
    """An actor speaking for itself ("the army announced", "the Quds Brigade said") as a Source."""
    return Source(
        name=actor.name,
        source_type=_KIND_TO_SOURCE_TYPE.get(actor.kind, "unknown"),
        stance=_SIDE_TO_STANCE.get(actor.side, ""),
        words=words or actor.name,
    )


__all__ = ["SourceDirectory", "SourceMention", "actor_source", "find_sources", "outlet_source"]
