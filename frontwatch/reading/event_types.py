"""Event typing: ACLED event types / sub-event types from lemma and dependency cues.

The cues live in ``data/event_lexicon.tsv`` (designed from ACLED's codebook definitions), the word lists
that tell who acts and who is hit in ``data/event_roles.tsv``, and the taxonomy with CASE 2021 codes in
``data/event_types.tsv``. ``find_event_cues`` reports every cue in a parsed sentence with a score (negated
or merely threatened events score low); ``classify_snippet`` picks one CASE code for a short news text.

Context rules (the ``rule`` column): a capture verb is Government regains territory when its subject is
government-side and Non-state actor overtakes territory otherwise; a killing is an Attack when civilians
are hit and an Armed clash when fighters are; tear gas, live fire and stone throwing change what a
protest is. Rules read the dependency parse, so "rebels were driven out by the army" has the army as agent.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frontwatch.reading.actors import data_rows, find_actors
from frontwatch.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PROTEST_FAMILY = ("Violent demonstration", "Excessive force against protesters", "Protest with intervention", "Peaceful protest")
_POS = {"V": {"VERB", "AUX"}, "N": {"NOUN", "PROPN"}, "A": {"ADJ", "ADV"}}
_NEGATORS = {"deny", "refute", "dismiss"}
_UNREAL = {"threaten", "plan", "vow", "intend", "prepare", "warn", "seek", "aim", "plot", "want", "could", "would", "may", "might"}
_FAILED = {"fail", "attempt", "try"}
_GOVERNMENT_SIDES = {"government"}
_AIR_CAPABLE = {"state forces", "foreign forces"}
_SETBACK = {"despite", "violate", "violation", "breach", "ahead", "before", "collapse"}


@dataclass(frozen=True, slots=True)
class EventCue:
    """One event-type cue in a sentence (offsets into the Doc's text)."""

    event_type: str
    sub_event_type: str
    trigger: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[tuple[str, ...], ...]  # sequence of slots, each a set of alternatives
    child: tuple[str, ...]  # for head>child patterns: the dependent's alternatives, else ()
    pos: str
    sub_event_type: str
    weight: float
    rule: str


@dataclass(frozen=True, slots=True)
class _Found:
    cue: EventCue
    rule: str


class Lexicon:
    """The bundled cue patterns, role words and taxonomy."""

    def __init__(self) -> None:
        self.types = {r["sub_event_type"]: r for r in data_rows("event_types.tsv", "\t")}
        self.by_first: dict[str, list[_Pattern]] = defaultdict(list)
        self.by_head: dict[str, list[_Pattern]] = defaultdict(list)
        for r in data_rows("event_lexicon.tsv", "\t"):
            if r["sub_event_type"] not in self.types:
                raise ValueError(f"event lexicon: unknown sub-event type {r['sub_event_type']!r}")
            head, _, child = r["pattern"].partition(">")
            words = tuple(tuple(w.split("|")) for w in _split_words(head))
            pattern = _Pattern(words if not child else words[:1], tuple(child.split("|")) if child else (),
                               r["pos"], r["sub_event_type"], float(r["weight"]), r["rule"])
            for first in pattern.words[0]:
                (self.by_head if child else self.by_first)[first].append(pattern)
        for patterns in self.by_first.values():
            patterns.sort(key=lambda p: -len(p.words))
        self.roles = {r["role"]: set(r["words"].split("|")) for r in data_rows("event_roles.tsv", "\t")}

    def event_type(self, sub_event_type: str) -> str:
        return self.types[sub_event_type]["event_type"]

    def case_code(self, sub_event_type: str) -> str:
        return self.types[sub_event_type]["case_code"]

    def sub_event_type(self, case_code: str) -> str:
        """The ACLED sub-event type (or unseen type name) for a CASE 2021 code."""
        for name, row in self.types.items():
            if row["case_code"] == case_code:
                return name
        raise KeyError(case_code)


def _split_words(phrase: str) -> list[str]:
    # spaCy splits "cease-fire" into "cease" "-" "fire": patterns are split the same way.
    return [w for w in re.split(r"\s+|(?<=\w)(-)(?=\w)", phrase) if w]


@functools.cache
def lexicon() -> Lexicon:
    """The bundled lexicon (loaded once)."""
    return Lexicon()


def _keys(token: Token) -> set[str]:
    """Lemma, lower-cased form, and crude stems for words the lemmatizer misses ("raped" -> "rape")."""
    lower = token.lower_
    keys = {token.lemma_.lower(), lower}
    for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            keys.add(lower[: -len(suffix)] + repl)
    return keys


def _matches(token: Token, alternatives: tuple[str, ...]) -> bool:
    return not _keys(token).isdisjoint(alternatives)


def _pos_ok(token: Token, pos: str) -> bool:
    if token.ent_type_ in {"DATE", "TIME"}:  # "March 5", "the Spring"
        return False
    return pos == "*" or token.pos_ in _POS[pos]


def find_event_cues(sent: Span, actors: Sequence[ActorMention] = ()) -> list[EventCue]:
    """Every event-type cue in a parsed sentence, with offsets in the Doc's text and a score.

    ``actors`` (mentions with offsets into the same text) decide who acts; without them the sentence's
    own actor mentions are looked up. A negated ("did not seize", "denied shelling") or unrealised
    ("threatened to attack") cue keeps a low score rather than disappearing.
    """
    found = _sentence_cues(sent, list(actors) or _own_actors(sent), protest=None)
    return [f.cue for f in found]


def _own_actors(sent: Span) -> list[ActorMention]:
    offset = sent.start_char
    return [ActorMention(m.text, m.start + offset, m.end + offset, m.actor) for m in find_actors(sent.text)]


def _sentence_cues(sent: Span, actors: list[ActorMention], protest: bool | None) -> list[_Found]:
    lex = lexicon()
    raw = _raw_matches(sent, lex)
    if protest is None:
        protest = any(p.rule == "protest" and p.weight >= 2.5 for p, _, _ in raw)
    out: list[_Found] = []
    for pattern, first, last in raw:
        sub, factor = _apply_rule(pattern, first, last, actors, protest, lex)
        if sub is None:
            continue
        head = _governing_verb(first)
        factor *= _modality(head)
        if head is sent.root or head.head is sent.root and head.dep_ == "conj":
            factor *= 1.25  # the main clause carries the news
        if any(a.lemma_.lower() in _SETBACK for a in _ancestors(first, 3)):
            factor *= 0.3  # "despite the truce", "in violation of the ceasefire": not the event itself
        doc = first.doc
        start, end = min(first.idx, last.idx), max(first.idx + len(first), last.idx + len(last))
        cue = EventCue(lex.event_type(sub), sub, doc.text[start:end], start, end, round(pattern.weight * factor, 3))
        out.append(_Found(cue, pattern.rule))
    return out


def _raw_matches(sent: Span, lex: Lexicon) -> list[tuple[_Pattern, Token, Token]]:
    """(pattern, first token, last token): longest sequences first, then head>child pairs."""
    found: list[tuple[_Pattern, Token, Token]] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        best = 0
        hits: list[_Pattern] = []
        for key in _keys(token):
            for pattern in lex.by_first.get(key, ()):
                n = len(pattern.words)
                if n < best or i + n > len(tokens) or not _pos_ok(token, pattern.pos):
                    continue
                if all(_matches(tokens[i + k], pattern.words[k]) for k in range(1, n)):
                    if n > best:
                        best, hits = n, []
                    if all((h.sub_event_type, h.rule) != (pattern.sub_event_type, pattern.rule) for h in hits):
                        hits.append(pattern)
        found.extend((p, token, tokens[i + best - 1]) for p in hits)
        i += max(best, 1)
    children: set[int] = set()
    for token in tokens:
        for key in _keys(token):
            for pattern in lex.by_head.get(key, ()):
                if not _pos_ok(token, pattern.pos):
                    continue
                child = _find_child(token, pattern.child)
                if child is not None:
                    children.add(child.i)
                    found.append((pattern, token, child) if child.i > token.i else (pattern, child, token))
    # a word that completes a head>child cue is not a cue of its own ("set fire" is not a fire)
    found = [(p, a, b) for p, a, b in found if not (a is b and a.i in children and not p.child)]
    # one cue per sub-type, rule and place: the strongest pattern
    best: dict[tuple[str, str, int], tuple[_Pattern, Token, Token]] = {}
    for p, a, b in found:
        key = (p.sub_event_type, p.rule, a.i if not p.child else min(a.i, b.i))
        if key not in best or p.weight > best[key][0].weight:
            best[key] = (p, a, b)
    return sorted(best.values(), key=lambda m: m[1].i)


def _find_child(token: Token, alternatives: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if _matches(child, alternatives):
            return child
        for grandchild in child.children:  # "fell into the hands of", "took full control"
            if child.dep_ in {"prep", "dobj", "prt", "pobj"} and _matches(grandchild, alternatives):
                return grandchild
    return None


def _governing_verb(token: Token) -> Token:
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return node
        node = node.head
    return node


def _modality(verb: Token) -> float:
    """1.0 for a reported event; lower when negated, denied, threatened or planned."""
    factor = 1.0
    node = verb
    for depth in range(3):
        lemma = node.lemma_.lower()
        if any(c.dep_ == "neg" for c in node.children) and depth < 2:
            factor *= 0.2
        if depth and lemma in _NEGATORS:
            factor *= 0.2
        if depth == 0 and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            factor *= 0.6  # "an offensive to recapture the road": aimed at, not done
        if (depth and lemma in _UNREAL) or any(c.lower_ in {"will", "would", "could", "might"} and c.dep_ == "aux" for c in node.children):
            factor *= 0.5
        if node.head is node:
            break
        node = node.head
    return factor


def _apply_rule(pattern: _Pattern, first: Token, last: Token, actors: list[ActorMention], protest: bool,
                lex: Lexicon) -> tuple[str | None, float]:
    """The sub-event type this cue stands for in its context, and a score factor."""
    rule, sub = pattern.rule, pattern.sub_event_type
    if rule == "with_protest":
        return (sub, 1.0) if protest else (None, 0.0)
    if rule == "intervention":
        return sub, 1.0
    if rule == "violent":
        if protest:
            return "Violent demonstration", 1.0
        if sub != "Violent demonstration" and _crowd(_subject(_governing_verb(first)), actors, lex):
            return "Mob violence", 1.0  # a crowd burning a house; burning tyres stays a riot
        return sub, 1.0
    if rule == "arrest":
        return ("Protest with intervention", 0.8) if protest else (sub, 1.0)
    head = _governing_verb(first) if first.pos_ not in {"VERB", "AUX"} else first
    place_factor = 1.0
    if rule == "capture":
        obj = _object(head)
        if obj is not None and _is_person(obj, lex):
            side = _side(_subject(head), actors, lex)
            return ("Abduction/forced disappearance" if side == "nonstate" else "Arrests"), 0.9
        if obj is not None and not _is_place(obj, lex):
            place_factor = 0.4  # "seized drugs", "captured a tank": things, not territory
        rule = "territory"
    if rule == "territory":
        if any(a.lemma_.lower() in _FAILED for a in _ancestors(head, 2)):
            return "Armed clash", 0.8
        side = _side(_subject(head), actors, lex)
        if side == "state":
            return "Government regains territory", place_factor
        if side == "nonstate":
            return "Non-state actor overtakes territory", place_factor
        return sub, 0.9 * place_factor
    if rule == "clash":
        return ("Mob violence", 1.0) if _crowd(_subject(head), actors, lex) else (sub, 1.0)
    if rule == "blame":
        scope = list(head.subtree) if head is not first else list(first.subtree)
        violent = any(not _keys(t).isdisjoint(lex.roles["violence"]) for t in scope if t is not first)
        return (sub, 1.0) if violent else (None, 0.0)
    if rule == "bomb":
        near = [first] + [t for t in (_subject(head),) if t is not None]
        armed = [a for t in near for a in _overlapping(t, actors) if a.actor.kind in _AIR_CAPABLE]
        return ("Air/drone strike", 1.0) if armed else (sub, 1.0)
    if rule == "target":
        if _crowd(_subject(head), actors, lex):
            return "Mob violence", 1.2
        victims = _victims(first, head)
        kind = _victim_kind(victims, actors, lex)
        if kind == "civilian":
            return "Attack", 1.3
        if kind == "armed":
            return "Armed clash", 1.0
        return sub, 0.8
    return sub, 1.0


def _ancestors(token: Token, n: int) -> Iterable[Token]:
    node = token
    for _ in range(n):
        if node.head is node:
            return
        node = node.head
        yield node


def _subject(verb: Token) -> Token | None:
    """Who did it: the active subject, the passive agent, or who something "fell to"."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in {"to", "into"} and verb.lemma_ == "fall":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_ == "hand":
                    of = next((g for g in pobj.children if g.lower_ == "of"), None)
                    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                return pobj
            if child.dep_ == "prep" and child.lower_ == "by" and verb.pos_ == "NOUN":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp"} and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return None


def _victims(first: Token, head: Token) -> list[Token]:
    """Who was hit: the object of "killed", the subject of "were killed", what an "attack on" targeted."""
    out = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    for node in (first, head):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at", "targeting"}:
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    if first.dep_ in {"dobj", "pobj"} and first.pos_ == "NOUN":  # "carried out an attack on", "killed in an attack"
        out.extend(c for c in first.head.children if c.dep_ == "nsubjpass")
    return out


def _span_words(token: Token) -> set[str]:
    subtree = list(token.subtree)[:12]
    return {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}


def _overlapping(token: Token, actors: list[ActorMention]) -> list[ActorMention]:
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
    return [a for a in actors if a.start < end and a.end > start]


def _side(subject: Token | None, actors: list[ActorMention], lex: Lexicon) -> str:
    """state | nonstate | unknown for the one who acts."""
    if subject is None:
        return "unknown"
    named = _overlapping(subject, actors)
    armed = [a for a in named if a.actor.kind not in {"civilians", "protesters"}]
    if armed:
        first = min(armed, key=lambda a: a.start)
        return "state" if first.actor.side in _GOVERNMENT_SIDES else "nonstate"
    words = _span_words(subject)
    if words & lex.roles["nonstate"]:
        return "nonstate"
    if words & lex.roles["state"]:
        return "state"
    return "unknown"


def _victim_kind(victims: list[Token], actors: list[ActorMention], lex: Lexicon) -> str:
    for victim in victims:
        if any(a.actor.kind in {"civilians", "protesters"} for a in _overlapping(victim, actors)):
            return "civilian"
        if _overlapping(victim, actors):
            return "armed"
        head = {victim.lemma_.lower(), victim.lower_}
        words = _span_words(victim)
        if head & lex.roles["armed_target"] or (words & lex.roles["armed_target"] and not head & lex.roles["civilian"]):
            return "armed"
        if head & lex.roles["civilian"] or words & lex.roles["civilian"] or victim.ent_type_ == "PERSON":
            return "civilian"
    return "unknown"


def _crowd(subject: Token | None, actors: list[ActorMention], lex: Lexicon) -> bool:
    """Villagers, a crowd, rival communities: people acting without an armed organisation."""
    if subject is None or any(a.actor.kind not in {"civilians"} for a in _overlapping(subject, actors)):
        return False
    words = _span_words(subject)
    return bool(words & lex.roles["crowd"]) and not words & (lex.roles["state"] | lex.roles["nonstate"])


def _is_place(token: Token, lex: Lexicon) -> bool:
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    words = {t.lemma_.lower() for t in list(token.subtree)[:8]}
    return bool(words & lex.roles["place"]) or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in token.subtree)


def _is_person(token: Token, lex: Lexicon) -> bool:
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    head = {token.lemma_.lower(), token.lower_}
    if head & lex.roles["place"]:
        return False
    return token.ent_type_ == "PERSON" or bool(head & lex.roles["person"]) or token.ent_type_ == "NORP"


def classify_snippet(text: str, nlp: Any) -> str:
    """One CASE 2021 code (AIR_STRIKE, ARMED_CLASH, ..., ORG_CRIME, DIPLO, ATTRIB) for a short news text.

    Cues from all sentences are pooled per sub-type (the strongest cue plus a share of the others; the
    first sentence, where the news is, counts a little more). A protest with tear gas, live fire or stone
    throwing becomes the matching protest/riot sub-type. With no cue at all the answer is OTHER.
    """
    return lexicon().case_code(classify_sub_event(text, nlp))


def classify_sub_event(text: str, nlp: Any) -> str:
    """The ACLED sub-event type (or unseen type name) for a short news text; see ``classify_snippet``."""
    doc = nlp(text)
    actors = find_actors(doc.text)
    sentences = list(doc.sents)
    per_sentence = [_sentence_cues(s, actors, protest=None) for s in sentences]
    protest = any(f.rule == "protest" and f.cue.score >= 2.5 for cues in per_sentence for f in cues)
    if protest:
        per_sentence = [_sentence_cues(s, actors, protest=True) for s in sentences]
    # ACLED types a killing by its means: once a weapon (air strike, shelling, bomb ...) is named, the
    # generic "killed"/"attacked" cues describe that event and do not compete with it.
    remote = any(f.cue.event_type == "Explosions/Remote violence" and f.cue.score >= 2 for cues in per_sentence for f in cues)
    scores: dict[str, list[float]] = defaultdict(list)
    for k, cues in enumerate(per_sentence):
        boost = 1.25 if k == 0 else 1.0
        for f in cues:
            if remote and f.rule == "target":
                continue
            scores[f.cue.sub_event_type].append(f.cue.score * boost)
    return decide(scores, protest)


def decide(scores: dict[str, list[float]], protest: bool) -> str:
    """Pick a sub-event type from pooled cue scores (strongest cue + 30% of the rest)."""
    totals = {sub: max(v) + 0.3 * (sum(v) - max(v)) for sub, v in scores.items() if v and max(v) > 0}
    if not totals:
        return "Other"
    air, artillery = totals.get("Air/drone strike", 0.0), totals.get("Shelling/artillery/missile attack", 0.0)
    if air >= 2 and artillery and air >= 0.6 * artillery:
        totals["Air/drone strike"] = max(air, artillery + 0.1)  # rockets and missiles fired by aircraft
    if protest:
        family = sum(totals.get(s, 0.0) for s in PROTEST_FAMILY)
        rest = max((v for s, v in totals.items() if s not in PROTEST_FAMILY), default=0.0)
        if family >= rest:
            for sub, floor in zip(PROTEST_FAMILY, (3.0, 3.0, 2.0, 0.0)):
                if totals.get(sub, 0.0) >= floor:
                    return sub
    return max(totals.items(), key=lambda kv: kv[1])[0]


__all__ = ["EventCue", "Lexicon", "classify_snippet", "classify_sub_event", "decide", "find_event_cues", "lexicon"]
