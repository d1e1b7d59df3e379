"""Actor dictionary for the Syrian war and actor mentions in text.

The dictionary (``data/actors.csv`` + ``data/actor_aliases.tsv`` + ``data/actor_slots.tsv``) gives every
actor an ACLED-style canonical name, a kind, a side and the UCDP GED side name it is coded under.
``find_actors`` finds the press's words for them ("pro-government troops", "the regime", "Assad's forces",
"ISIS terrorists", "Russian and Syrian warplanes") with character offsets into the text.

The matcher (``AliasIndex``) is a token trie: one walk per token, longest match wins, so a 1,000-word
article takes a few milliseconds. ``frontwatch.reading.sources`` reuses it for sources.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from frontwatch.reading import index_cache
from frontwatch.records import Actor, ActorMention, ActorRef

DATA = Path(__file__).resolve().parent.parent / "data"

# Actor kinds that can be a side of an armed conflict, and those that are a state's forces (they alone fly aircraft).
ARMED_KINDS = frozenset({"state forces", "foreign forces", "rebel group", "militia", "police", "unidentified armed group"})
STATE_KINDS = frozenset({"state forces", "foreign forces"})

# A token is a run of word characters that may contain inner dots, hyphens and apostrophes
# ("U.S.-led", "al-Nusra", "Hay'at", "army's"); quotes and other punctuation separate tokens.
_TOKEN = re.compile(r"\w(?:[\w.'’\-]*\w)?")
_POSSESSIVE = re.compile(r"['’]s$")
_FILES = ("actors.csv", "actor_aliases.tsv", "actor_slots.tsv")  # the dictionary's data files

T = TypeVar("T")


def read_data(name: str) -> str:
    """Text of a bundled data file (the only I/O a reading stage does)."""
    return (DATA / name).read_text(encoding="utf-8")


def data_rows(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    """Rows of a bundled CSV/TSV file; lines starting with '#' are comments."""
    lines = [line for line in read_data(name).splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter))


def normalise_token(token: str) -> str:
    """Lower-case, straight apostrophes, no possessive: "Army’s" -> "army"."""
    return _POSSESSIVE.sub("", token.replace("’", "'").lower()).rstrip(".")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every word-like token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# Arabic "al-" takes the sound of a sun letter after it, and many transliterations write it so:
# "Jabhat al-Nusra" is also "Jabhat an-Nusra", "Ahrar al-Sham" "Ahrar ash-Sham", "Faylaq al-Rahman" "Faylaq ar-Rahman".
_SUN_LETTER = re.compile(r"\bal-(th|dh|sh|[tdrzsln])", re.I)


def alias_variants(alias: str) -> set[str]:
    """Spelling variants of an alias: hyphens as spaces ("al-Nusra" / "al Nusra"), the article dropped, the
    article written as it sounds before a sun letter ("an-Nusra": _SUN_LETTER)."""
    # "ash-Sham" and "as-Sham" both write "al-Sham"
    variants = {alias, *(_SUN_LETTER.sub(lambda m: f"a{m.group(1).lower()[:n]}-{m.group(1)}", alias) for n in (1, 2))}
    variants |= {v.replace("-", " ") for v in variants}
    variants |= {re.sub(r"\bal-", "", v, flags=re.I) for v in list(variants)}
    return {" ".join(v.split()) for v in variants if v.strip()}


@dataclass(frozen=True, slots=True)
class AliasHit(Generic[T]):
    """One alias found in a text: the value it stands for and where (token and character offsets)."""

    value: T
    first: int  # first token index
    last: int  # last token index (inclusive)
    start: int
    end: int


class AliasIndex(Generic[T]):
    """Token trie of aliases -> values. Case-sensitive aliases keep their exact spelling."""

    _END = "\0"

    def __init__(self, root: dict[str, Any] | None = None) -> None:
        # token -> child node; _END -> [(value, exact form or None)]. ``root``: a trie ``root`` gave before.
        self._root: dict[str, Any] = root if root is not None else {}

    @property
    def root(self) -> dict[str, Any]:
        """The trie as plain nested dicts (what the index cache stores)."""
        return self._root

    def add(self, alias: str, value: T, case_sensitive: bool = False) -> None:
        """Register ``alias`` (and its spelling variants) for ``value``."""
        for variant in alias_variants(alias):
            tokens = [t for t, _, _ in tokenize(variant)]
            if not tokens:
                continue
            node = self._root
            for token in tokens:
                node = node.setdefault(normalise_token(token), {})
            exact = tuple(_exact_form(t) for t in tokens) if case_sensitive else None
            entries = node.setdefault(self._END, [])
            if (value, exact) not in entries:
                entries.append((value, exact))

    def scan(self, tokens: list[tuple[str, int, int]]) -> Iterator[AliasHit[T]]:
        """Longest non-overlapping matches, left to right. A match opened by an article ("the Islamic
        State") yields to a longer one that starts right after it ("Islamic State in Iraq and Syria")."""
        norm = [normalise_token(t) for t, _, _ in tokens]
        lost = [_lost_apostrophe(t) or _lost_lower_apostrophe(tokens, k) for k, (t, _, _) in enumerate(tokens)]
        i, n = 0, len(tokens)
        while i < n:
            best = self._longest(tokens, norm, lost, i)
            if best is None:
                i += 1
                continue
            j, value = best
            # "so-called" opens a name as an article does: it too yields to the longer name after it (ISIL's full one)
            k = i
            while k + 1 < j and norm[k] in _ARTICLE_TOKENS:
                k += 1
            if k > i:
                after = self._longest(tokens, norm, lost, k)
                if after is not None and after[0] > j:
                    i = k
                    continue
            yield AliasHit(value, i, j - 1, tokens[i][1], tokens[j - 1][2])
            i = j

    def _longest(self, tokens: list[tuple[str, int, int]], norm: list[str], lost: list[str], i: int) -> tuple[int, T] | None:
        """(end, value) of the longest alias starting at token ``i``; ``lost``: each token's key read as a
        possessive that lost its apostrophe ("" when it is none)."""
        best: tuple[int, T] | None = None
        node = self._root
        j, n = i, len(tokens)
        while j < n and (norm[j] in node or lost[j] in node):
            key = norm[j] if norm[j] in node else lost[j]
            node = node[key]
            j += 1
            for value, exact in node.get(self._END, ()):
                if exact is None or self._exact_ok(tokens, i, j, exact):
                    best = (j, value)
                    break
            # a possessive whose apostrophe was lost ends the name unless an alias goes on past it: "ISILs attacks" is
            # ISIL's, "Assads forces" the alias "Assad's forces"
        return best

    @staticmethod
    def _exact_ok(tokens: list[tuple[str, int, int]], i: int, j: int, exact: tuple[str, ...]) -> bool:
        words = tuple(_exact_form(t) for t, _, _ in tokens[i:j])
        if words != exact:
            return False
        # An acronym inside an all-capitals headline ("IS THE ARMY WINNING") is an ordinary word.
        return not any(_shouting(tokens, k) for k in (i - 1, j))

    def lookup(self, phrase: str) -> T | None:
        """The value of an alias given whole (case rules apply)."""
        tokens = tokenize(phrase)
        for hit in self.scan(tokens):
            if hit.first == 0 and hit.last == len(tokens) - 1:
                return hit.value
        return None


_ARTICLE_TOKENS = {"the", "a", "an", "so-called", "self-styled"}


def _exact_form(token: str) -> str:
    form = _POSSESSIVE.sub("", token.replace("’", "'")).rstrip(".")
    return form[:-1] if _LOST_APOSTROPHE.match(form) else form


# "ISILs attacks", "Hezbollahs fighters", "al-Assads forces": a possessive whose apostrophe the page lost (FA-KES strips them)
_LOST_APOSTROPHE = re.compile(r"^(?:[Aa]l-|[Ee]l-)?(?:[A-Z]{2,}|[A-Z][a-z]{3,})s$")


def _lost_apostrophe(token: str) -> str:
    """The name key of a capitalised token read as a possessive that lost its apostrophe, or ""."""
    return normalise_token(token[:-1]) if _LOST_APOSTROPHE.match(token) else ""


def _lost_lower_apostrophe(tokens: list[tuple[str, int, int]], k: int) -> str:
    """ "the armys air strikes", "the governments recapture of X": the name key of a lower-case state noun read as a
    possessive that lost its apostrophe (lexicons/lost_possessives.txt), or "". Only between "the" and a word that
    is no function word nor past-tense verb: "the governments of Turkey and Iran", "the governments condemned"
    are plurals."""
    word = tokens[k][0]
    if word not in _lost_possessives() or k == 0 or k + 1 >= len(tokens) or tokens[k - 1][0].lower() != "the":
        return ""
    following = tokens[k + 1][0]
    from frontwatch.reading.validation import english_function_words

    if not following.isalpha() or not following.islower() or following in english_function_words() or following.endswith("ed"):
        return ""
    return normalise_token(word[:-1])


@functools.lru_cache(maxsize=1)
def _lost_possessives() -> frozenset[str]:
    from frontwatch.reading import lexicons

    return lexicons.words("lost_possessives.txt")


def _shouting(tokens: list[tuple[str, int, int]], k: int) -> bool:
    if not 0 <= k < len(tokens):
        return False
    word = tokens[k][0]
    return len(word) > 2 and word.isupper() and word.isalpha()


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor with the dictionary's extra columns (ACLED inter code, UCDP side name)."""

    actor: Actor
    acled_inter: int
    ucdp_name: str
    ucdp_id: str
    generic: bool


def expand_slots(alias: str, slots: dict[str, list[str]]) -> list[str]:
    """ "{GOV} {FORCES}" -> every combination of the slots' words."""
    parts = re.split(r"(\{[A-Z]+\})", alias)
    choices = [slots[p[1:-1]] if p.startswith("{") else [p] for p in parts]
    return ["".join(combo) for combo in itertools.product(*choices)]


class ActorDictionary:
    """Actors by id, canonical name and alias; built from the bundled data files."""

    def __init__(self, entries: Iterable[ActorEntry], aliases: Iterable[tuple[str, str, bool]],
                 slots: dict[str, list[str]], tries: tuple[dict[str, Any], dict[str, Any]] | None = None) -> None:
        """``tries``: the alias and tail tries as ``tries()`` gave them for these same aliases and slots
        (from the index cache); without them they are built here."""
        self.entries = {e.actor.actor_id: e for e in entries}
        self.index: AliasIndex[str] = AliasIndex(tries[0] if tries else None)
        self.tail: AliasIndex[str] = AliasIndex(tries[1] if tries else None)
        if tries is None:
            for actor_id, alias, case_sensitive in aliases:
                if actor_id not in self.entries:
                    raise ValueError(f"alias {alias!r} names unknown actor {actor_id!r}")
                for phrase in expand_slots(alias, slots):
                    self.index.add(phrase, actor_id, case_sensitive)
            for word in slots.get("TAIL", ()):
                self.tail.add(word, "tail")
        # bare words ("army", "the government") that another country's name before them takes away
        self.bare = {tuple(normalise_token(t) for t, _, _ in tokenize(w)) for w in slots.get("BARE", ())}
        self._by_name = {e.actor.name.lower(): e for e in self.entries.values()}
        self._by_ucdp: dict[str, ActorEntry] = {}
        # The first actor listed under a UCDP name stands for it; a supporting state coded under the side it
        # backs (the coalition under "SDF") never stands for that side.
        for e in sorted(self.entries.values(), key=lambda e: e.actor.kind == "foreign forces"):
            if e.ucdp_name:
                self._by_ucdp.setdefault(e.ucdp_name.lower(), e)

    @classmethod
    @functools.cache
    def default(cls) -> ActorDictionary:
        """The bundled Syrian-war dictionary (loaded once)."""
        entries = [
            ActorEntry(
                Actor(r["actor_id"], r["name"], r["kind"], r["side"], r["country"]),
                int(r["acled_inter"] or 0), r["ucdp_name"], r["ucdp_id"], r["generic"] == "1",
            )
            for r in data_rows(_FILES[0])
        ]
        aliases = [(r["actor_id"], r["alias"], r["match"] == "cs") for r in data_rows(_FILES[1], "\t")]
        slots = {r["slot"]: r["words"].split("|") for r in data_rows(_FILES[2], "\t")}
        # building the tries (every alias times its slot words and spellings) is most of the load: they are cached
        cache = index_cache.cache_file("actors", [index_cache.digest_of(Path(__file__).read_bytes())]
                                       + [index_cache.digest_of((DATA / name).read_bytes()) for name in _FILES])
        tries = index_cache.load(cache)
        if not (isinstance(tries, tuple) and len(tries) == 2):
            built = cls(entries, aliases, slots)
            index_cache.store(cache, built.tries())
            return built
        return cls(entries, aliases, slots, tries)

    def tries(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The alias and tail tries (plain nested dicts), as the index cache stores them."""
        return self.index.root, self.tail.root

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, actor_id_or_name: str) -> ActorEntry | None:
        """The full entry for an actor id, canonical name, UCDP name or alias."""
        key = actor_id_or_name.strip()
        if key in self.entries:
            return self.entries[key]
        if key.lower() in self._by_name:
            return self._by_name[key.lower()]
        actor_id = self.index.lookup(key)
        if actor_id:
            return self.entries[actor_id]
        return self._by_ucdp.get(key.lower())

    def get(self, actor_id_or_name: str) -> Actor | None:
        """The actor for an id, canonical name, UCDP name or alias ("the regime"), else None."""
        entry = self.entry(actor_id_or_name)
        return entry.actor if entry else None

    def ucdp_name(self, actor: Actor | str) -> str:
        """The UCDP GED side name an actor is coded under ("" if UCDP codes none)."""
        entry = self.entry(actor.actor_id if isinstance(actor, Actor) else actor)
        return entry.ucdp_name if entry else ""


def find_actors(text: str, dictionary: ActorDictionary | None = None) -> list[ActorMention]:
    """Actor mentions in ``text``, in order, with offsets into ``text``.

    Longest alias wins; a named actor absorbs a generic head after it ("ISIS terrorists" = one
    Islamic State mention); "Russian and Syrian warplanes" gives two mentions (Russia, Syria).
    """
    dictionary = dictionary or ActorDictionary.default()
    tokens = tokenize(text)
    hits = list(dictionary.index.scan(tokens))
    mentions: list[ActorMention] = []
    previous_last = -1
    for k, hit in enumerate(hits):
        if hit.first <= previous_last:  # absorbed by the named actor before it
            continue
        if _foreign_bare(dictionary, tokens, hit):
            continue
        entry = dictionary.entries[hit.value]
        last = hit.last
        if not entry.generic and 1 <= entry.acled_inter <= 4:
            last = _absorb_tail(text, dictionary, tokens, hits, k, last)
        start, end = hit.start, tokens[last][2]
        mentions.extend(_coordinated(dictionary, tokens, hit, previous_last))
        mentions.append(ActorMention(text[start:end], start, end, entry.actor))
        previous_last = last
    mentions.sort(key=lambda m: m.start)
    return _bare_names_refer_back(_coalition_of(text, _members_of(text, dictionary, mentions)))


_BARE = frozenset({"coalition", "the coalition"})


def _bare_names_refer_back(mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The Syrian Coalition called on the UN ... the Coalition said": a bare "Coalition" after another actor
    whose name holds the word is that actor, not the US-led coalition it names on its own."""
    out: list[ActorMention] = []
    for m in mentions:
        if m.text.lower() in _BARE:
            named = next((o.actor for o in reversed(out) if o.text.lower() not in _BARE and "coalition" in o.text.lower()), None)
            if named is not None and named.actor_id != m.actor.actor_id:
                m = ActorMention(m.text, m.start, m.end, named)
        out.append(m)
    return out


def _coalition_of(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "a coalition of rebel groups called Jaish al-Fatah", "the coalition of Islamist factions": a coalition of
    the groups named next is those groups, not the US-led coalition a bare "coalition" names on its own."""
    out = list(mentions)
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        if m.text.lower() in _BARE | {"a coalition"} and _OF.match(text[m.end : nxt.start]):
            out[k] = ActorMention(m.text, m.start, m.end, nxt.actor)
    return out


_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
# "militants of the Nusra Front", "fighters from Syria's al-Qaeda-affiliated Nusra Front", "members of the so-called IS"
_MEMBER_OF = re.compile(r"^\s+(?:from|of|belonging\s+to|affiliated\s+(?:to|with))\s+(?:the\s+)?(?:so-called\s+|self-styled\s+)?"
                        r"(?:\w+'s\s+)?(?:[\w-]+-(?:affiliated|linked|backed|allied|inspired|led|run)\s+)?$", re.I)


def _members_of(text: str, dictionary: ActorDictionary, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "terrorists from the Islamic State", "militants of the Nusra Front", "Daesh terrorists": a generic word
    tied to a group names that group; the same generic word later in the text ("then the terrorists withdrew")
    means the same group, until the word is tied to another group."""
    generic = {e.actor.actor_id for e in dictionary.entries.values() if e.generic}
    meant: dict[str, Actor] = {}
    out: list[ActorMention] = []
    for k, m in enumerate(mentions):
        word = m.text.lower()
        tail = _generic_tail(dictionary, m, generic)
        if tail:
            # "Daesh terrorists", "IS militants": "the terrorists" later refers back to that group (a bare
            # "terrorists", with no article, keeps the word's own meaning: state media's name for the rebels)
            meant["the " + tail] = m.actor
        if m.actor.actor_id in generic:
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if nxt is not None and nxt.actor.actor_id not in generic and 1 <= _inter(dictionary, nxt.actor) <= 4 \
                    and _MEMBER_OF.match(text[m.end : nxt.start]):
                meant[word] = nxt.actor
            definite = word if word.startswith("the ") else ("the " + word if text[max(0, m.start - 4):m.start].lower() == "the " else word)
            if word in meant or definite in meant:
                m = ActorMention(m.text, m.start, m.end, meant.get(word) or meant[definite])
        out.append(m)
    return out


def _generic_tail(dictionary: ActorDictionary, mention: ActorMention, generic: set[str]) -> str:
    """The generic word a named armed group's mention ends in ("Daesh terrorists" -> "terrorists"), else ""."""
    if mention.actor.actor_id in generic or not 1 <= _inter(dictionary, mention.actor) <= 4:
        return ""
    words = mention.text.split()
    if len(words) < 2:
        return ""
    last = dictionary.entry(words[-1].lower())
    return words[-1].lower() if last is not None and last.actor.actor_id in generic else ""


def _inter(dictionary: ActorDictionary, actor: Actor) -> int:
    entry = dictionary.entry(actor.actor_id)
    return entry.acled_inter if entry is not None else 0


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic|ch)$")


def _foreign_bare(dictionary: ActorDictionary, tokens: list[tuple[str, int, int]], hit: AliasHit[str]) -> bool:
    """ "Egyptian army", "Nigerian police": a bare word after another country's adjective is not Syria's."""
    words = tuple(normalise_token(t) for t, _, _ in tokens[hit.first:hit.last + 1])
    if words not in dictionary.bare or hit.first == 0:
        return False
    before = tokens[hit.first - 1][0]
    return bool(_DEMONYM.fullmatch(before)) and before != "Syrian"


_BRACKETED_NAME = re.compile(r"^\s*\(\s*(formerly|previously|once|also known as|known as|aka)?\s*$", re.IGNORECASE)


def _absorb_tail(text: str, dictionary: ActorDictionary, tokens: list[tuple[str, int, int]],
                 hits: list[AliasHit[str]], k: int, last: int) -> int:
    """Extend a named armed actor over generic heads right after it ("IS militants", "Nusra Front terrorists"),
    also past its other name in brackets ("ISIS (Daesh) militants")."""
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    opening = _BRACKETED_NAME.match(text[tokens[last][2]:tokens[nxt.first][1]]) if nxt and nxt.first > last else None
    # "Fatah al-Sham (formerly Al-Nusra Front) terrorists": the group's former name is the group too
    same = nxt is not None and opening is not None and (nxt.value == hits[k].value or bool(opening.group(1)))
    if nxt and same and nxt.last + 1 < len(tokens) and text[tokens[nxt.last][2]:tokens[nxt.last + 1][1]].strip() == ")":
        after = hits[k + 2] if k + 2 < len(hits) else None
        if after and after.first == nxt.last + 1 and dictionary.entries[after.value].generic:
            return _absorb_tail(text, dictionary, tokens, hits, k + 1, after.last)
        for hit in dictionary.tail.scan(tokens[nxt.last + 1: nxt.last + 4]):
            if hit.first == 0:  # "ISIS (Daesh) fighters"
                return _absorb_tail(text, dictionary, tokens, hits, k + 1, nxt.last + 1 + hit.last)
            break
        return last
    if last + 1 >= len(tokens) or text[tokens[last][2]:tokens[last + 1][1]].strip():
        return last  # punctuation between: "ISIS, rebels" are two actors
    if nxt and nxt.first == last + 1 and dictionary.entries[nxt.value].generic:
        return _absorb_tail(text, dictionary, tokens, hits, k, nxt.last)
    for hit in dictionary.tail.scan(tokens[last + 1: last + 4]):
        if hit.first == 0:  # "terrorist organization" then perhaps "members": absorb again
            return _absorb_tail(text, dictionary, tokens, hits, k, last + 1 + hit.last)
        break
    return last


def _coordinated(dictionary: ActorDictionary, tokens: list[tuple[str, int, int]],
                 hit: AliasHit[str], previous_last: int) -> list[ActorMention]:
    """The first conjunct of "Russian and Syrian warplanes": "Russian" + "warplanes" is an actor too."""
    i = hit.first
    if i < 2 or hit.last == hit.first or normalise_token(tokens[i - 1][0]) not in {"and", "or", "&"}:
        return []
    if i - 2 <= previous_last:
        return []
    head = " ".join(t for t, _, _ in tokens[i + 1: hit.last + 1])
    out: list[ActorMention] = []
    # "Russian, Syrian and Iranian forces", "Russian Syrian and Iranian forces" (punctuation stripped): each
    # word of the list before "and" that names an actor with the shared head is one
    k = i - 2
    while k > previous_last and (k == i - 2 or tokens[k + 1][1] - tokens[k][2] <= 2):
        word, start, end = tokens[k]
        actor_id = dictionary.index.lookup(f"{word} {head}")
        if actor_id is None or actor_id == hit.value or k < i - 2 and not word[:1].isupper():
            break
        out.insert(0, ActorMention(word, start, end, dictionary.entries[actor_id].actor))
        k -= 1
    return out


def to_ref(mention: ActorMention) -> ActorRef:
    """The ActorRef an Event carries for a mention: canonical name, kind, side, and the words used."""
    actor = mention.actor
    return ActorRef(name=actor.name, kind=actor.kind, side=actor.side, words=mention.text)


_COUNTRY_SHORT = {"us": "united states", "u.s.": "united states", "u.s": "united states", "usa": "united states", "america": "united states"}


def state_forces_of(country: str, dictionary: ActorDictionary | None = None) -> Actor | None:
    """The military of a country named as acting ("Israel struck", "the United States fired"): the armed
    forces the dictionary lists for it (actors.csv country), else None."""
    key = " ".join(w for w in country.lower().split() if w != "the")
    return _forces_by_country(dictionary or ActorDictionary.default()).get(_COUNTRY_SHORT.get(key, key))


@functools.cache
def _forces_by_country(dictionary: ActorDictionary) -> dict[str, Actor]:
    """Country (lower case) -> the first state military the dictionary lists for it, built once per dictionary."""
    out: dict[str, Actor] = {}
    for entry in dictionary.entries.values():
        actor = entry.actor
        if actor.kind in STATE_KINDS and actor.name.startswith("Military"):
            out.setdefault(actor.country.lower(), actor)
    return out


def is_state_actor(actor: Actor | None) -> bool:
    """True for government forces and their allies (state forces, pro-government militias, allied armies)."""
    return actor is not None and actor.side == "government"


__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "AliasIndex",
    "find_actors",
    "is_state_actor",
    "state_forces_of",
    "to_ref",
]
