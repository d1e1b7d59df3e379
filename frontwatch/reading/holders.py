"""Holders of places: the side label a phrase or an actor names ("government", "opposition", "Islamic State",
"Kurdish forces (YPG)" ...), from data/holder_sides.csv and the actor dictionary. A named group before a
catch-all word wins ("Al Nusra and its allies" is Nusra's, "ISIS terrorists" the Islamic State's)."""

from __future__ import annotations

import csv
import functools
import io
import re
from pathlib import Path

from frontwatch.reading import lexicons
from frontwatch.reading.actors import find_actors
from frontwatch.records import ActorRef

_HOLDER_TABLE = Path(__file__).resolve().parents[1] / "data" / "holder_sides.csv"


@functools.cache
def _holder_words() -> tuple[dict[str, str], frozenset[str]]:
    """(words -> holder label, generic words) from data/holder_sides.csv."""
    text = _HOLDER_TABLE.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(line for line in text.splitlines() if line.strip() and not line.startswith("#"))))
    table: dict[str, str] = {}
    generic: set[str] = set()
    for row in rows:
        table.setdefault(row["words"].lower(), row["holder"])
        if row["generic"] == "1":
            generic.add(row["words"].lower())
    return table, frozenset(generic)


def _plain(words: str) -> str:
    """Lower-cased words without punctuation or possessives ("the regime's forces" -> "the regime forces")."""
    text = re.sub(r"'s\b", "", words.lower().replace("\u2019", "'"))
    return " ".join(re.sub(r"[^\w'\- ]", " ", text).split())


def lexicon_holder(words: str, *, named_only: bool) -> str:
    """The holder a phrase names by the lexicon: a named group before a catch-all word, then the longest."""
    table, generic = _holder_words()
    padded = f" {_plain(words)} "
    hits = [w for w in table if f" {w} " in padded and not (named_only and w in generic)]
    best = max(hits, key=lambda w: (w not in generic, len(w), w), default=None)
    return table[best] if best else ""


def _sponsor_dropped(words: str) -> str:
    """ "Turkish-backed rebels" -> "rebels": the sponsor before "-backed" is not who holds the place."""
    sponsors = "|".join(sorted(lexicons.words("sponsor_participles.txt")))
    dropped = re.sub(rf"[\w.']+-(?:{sponsors})\b", " ", words, flags=re.IGNORECASE)
    return dropped if dropped.strip() else words


def holder_label(words: str, *, known_only: bool = False) -> str:
    """The side label of the words naming a holder ("a Kurdish militia", "DAESH", "Al Nusra and its allies");
    an unknown group keeps its own words, or "" with ``known_only`` ("long-held" names no holder)."""
    words = _sponsor_dropped(words)
    named = lexicon_holder(words, named_only=True)
    if named:
        return named
    found = find_actors(words)
    if found:
        return actor_holder(ActorRef(found[0].actor.name, found[0].actor.kind, found[0].actor.side, words))
    return lexicon_holder(words, named_only=False) or ("" if known_only else words.strip())


def actor_holder(actor: ActorRef) -> str:
    """An actor's holder label: its own group where the lexicon names one (the Islamic State, Nusra), else its side's;
    the words of a sponsored group ("Turkish-backed rebels") name the group, whatever actor the sponsor made it."""
    if actor.words and _sponsor_dropped(actor.words) != actor.words and holder_label(actor.words, known_only=True):
        return holder_label(actor.words)
    named = lexicon_holder(actor.name, named_only=True) or lexicon_holder(actor.words, named_only=True)
    if named:
        return named
    labels = lexicons.mapping("holders.tsv")
    if actor.side in labels:
        return labels[actor.side]
    # a state's forces with no side of their own in the war ("Iraqi forces") hold a place by their own name;
    # civilians, aid workers and an unidentified group hold nothing
    return actor.name if actor.side == "other" else ""
def names_holder(words: str, *, loose: bool) -> bool:
    """Words that name a holder: a known one or a name ("the Grey Wolves"); ``loose`` (an agent: "controlled by
    local tribes") any words but a pronoun ("areas under their control", "the town they hold")."""
    plain = _plain(words)
    if not plain or lexicons.mapping("control_words.tsv").get(plain.split()[0]) == "pronoun":
        return False  # "they", "its forces": a pronoun names nobody by itself
    return loose or bool(holder_label(words, known_only=True)) or any(w[:1].isupper() for w in words.split() if w.lower() != "the")


def is_catch_all(words: str) -> bool:
    """ "militant", "the terrorists": holder words that are a catch-all for an armed group (data/lexicons/
    stand_in_holders.txt) and name no group themselves ("IS militants" names one)."""
    plain = _plain(words).split()
    return bool(plain) and plain[-1] in lexicons.words("stand_in_holders.txt") and not lexicon_holder(words, named_only=True)


def stand_in_holder(words: str, sentence: str) -> str:
    """The group a catch-all holder word stands for: "the Islamic State released a video from the militants'
    stronghold of X" -> the Islamic State, the one armed group the sentence names besides states' forces
    (data/lexicons/stand_in_holders.txt);
    "" when the words name a group themselves, are no stand-in, or the sentence names no group or several."""
    plain = _plain(words).split()
    if not plain or plain[-1] not in lexicons.words("stand_in_holders.txt") or lexicon_holder(words, named_only=True):
        return ""
    # "IS blamed coalition raids on X, a bastion of the extremist group", "the army moved to drive the terrorists
    # from X": no catch-all for militants stands for a state's forces
    named = _fitting(plain[-1], groups_named(sentence) - _state_labels())
    return named.pop() if len(named) == 1 else ""


def _fitting(word: str, labels: set[str]) -> set[str]:
    """The group labels a catch-all word can stand for: all of them, but only jihadist groups for a word naming a
    creed ("the extremists", "takfiris"; lexicons/creed_stand_ins.txt)."""
    if word not in lexicons.words("creed_stand_ins.txt"):
        return labels
    table = lexicons.mapping("holders.tsv")
    return labels & {table.get("is", ""), table.get("jihadist", "")}


def _state_labels() -> set[str]:
    """The holder labels of states' forces (the government, the coalition, Turkey)."""
    return set(lexicons.mapping("holders.tsv").get(side, "") for side in ("government", "coalition", "turkey"))


def groups_named(text: str) -> set[str]:
    """The holder labels the text names by a group's own name ("the Islamic State", "the YPG"), not a catch-all."""
    table, generic = _holder_words()
    padded = f" {_plain(text)} "
    return {table[w] for w in table if w not in generic and f" {w} " in padded and not _spelled_as_word(w, text)}


@functools.cache
def _word_acronyms() -> dict[str, str]:
    """Acronyms spelled like English words (lexicons/acronym_norms.tsv), by their lower-case form."""
    return {a.lower(): a for a in lexicons.mapping("acronym_norms.tsv")}


def _spelled_as_word(words: str, text: str) -> bool:
    """An acronym written like an English word (lexicons/acronym_norms.tsv: "IS", "US") names its group only in
    capitals: "X is one of the last rebel bastions" names no Islamic State."""
    acronyms = _word_acronyms()
    return words in acronyms and re.search(rf"\b{acronyms[words]}\b", text) is None


def stand_in_before(words: str, before: list[str]) -> str:
    """ "IS fighters shelled X ... In May the militant group overran Y": a catch-all holder word in a sentence that
    names no group stands for the one armed group the sentences just before it name, the nearest first (never
    the state's forces, whom no catch-all for militants stands for); "" when none or several are named."""
    plain = _plain(words).split()
    if not plain or plain[-1] not in lexicons.words("stand_in_holders.txt") or lexicon_holder(words, named_only=True):
        return ""
    state = _state_labels()
    for sentence in reversed(before):
        named = _fitting(plain[-1], groups_named(sentence) - state)
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""
