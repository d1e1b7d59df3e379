"""Who asserts a fact, and how firmly: attribution of a token to a source, and hedges.

Rules, in order: "according to X"; the subject of a reporting verb that governs the token ("SANA
reported the army had ..."; "..., state media said"); a pronoun subject ("it said", "the source
added") takes the previous sentence's source; otherwise the outlet (nothing attributed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.records import Source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from frontwatch.reading.sources import SourceMention

_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_ANAPHORA = {"source", "group", "monitor", "observatory", "agency", "statement", "account", "ministry", "official", "spokesman", "command"}
_NOT_HEDGE_AFTER_CLAIM = re.compile(r"^\s*(the\s+)?(lives?|responsibility)\b", re.I)


@dataclass(frozen=True, slots=True)
class Attribution:
    source: Source
    how: str  # according_to | reporting_verb | pronoun | outlet
    verb: int = -1  # token index of the reporting verb, if any


def _mention_in(span_start: int, span_end: int, mentions: Sequence[SourceMention]) -> SourceMention | None:
    inside = [m for m in mentions if m.start >= span_start and m.end <= span_end]
    if not inside:
        inside = [m for m in mentions if m.start < span_end and m.end > span_start]
    return inside[0] if inside else None


def _subject_source(
    subj: Token, mentions: Sequence[SourceMention], previous: Source | None
) -> Source | None:
    subtree = list(subj.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
    found = _mention_in(start, end, mentions)
    if found:
        return found.source
    if subj.lower_ in _PRONOUNS or (subj.lemma_.lower() in _ANAPHORA and any(c.lower_ in {"the", "this"} for c in subj.children)):
        return previous
    if subj.ent_type_ == "PERSON":
        name = " ".join(t.text for t in subtree if t.ent_type_ == "PERSON")
        return Source(name=name, source_type="person", words=subj.doc.text[start:end])
    if subj.ent_type_ in {"ORG", "NORP", "GPE"} or subj.pos_ == "PROPN":
        words = subj.doc.text[start:end]
        return Source(name=words.removeprefix("the ").removeprefix("The "), source_type="unknown", words=words)
    return None


def attribute(
    token: Token,
    sent: Span,
    mentions: Sequence[SourceMention],
    previous: Source | None,
    outlet: Source,
) -> Attribution:
    """The source that asserts what ``token`` (a figure, an event trigger) says."""
    doc = sent.doc
    # 1. "according to X" in the same sentence.
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if pobj:
                sub = list(pobj[0].subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                found = _mention_in(start, end, mentions)
                if found:
                    return Attribution(found.source, "according_to")
                source = _subject_source(pobj[0], mentions, previous)
                if source:
                    return Attribution(source, "according_to")
    # 2. A reporting verb that governs the token (closest first), or the sentence's reporting root.
    reporting = lexicons.words("reporting_verbs.txt")
    ancestors = [token, *token.ancestors]
    candidates = [t for t in ancestors if t.lemma_.lower() in reporting and t.pos_ in {"VERB", "AUX"}]
    candidates += [t for t in sent if t.lemma_.lower() in reporting and t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj", "parataxis"} and t not in candidates]
    for verb in candidates:
        if verb.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"life", "responsibility"} for c in verb.children):
            continue  # "claiming the lives of ten" kills; it asserts nothing
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl":  # "A military source announced ...", parsed as a noun phrase
            subjects = [verb.head]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for subj in subjects + agents:
            source = _subject_source(subj, mentions, previous)
            if source:
                return Attribution(source, "reporting_verb", verb.i)
        # "..., saying that ..." takes the subject of the verb it hangs on.
        if verb.dep_ in {"advcl", "xcomp"} and verb.head is not verb:
            for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
                source = _subject_source(subj, mentions, previous)
                if source:
                    return Attribution(source, "reporting_verb", verb.i)
    return Attribution(outlet, "outlet")


def hedge_in(sent: Span) -> str:
    """The hedge words of a sentence ("reportedly", "if genuine" ...), or ""."""
    lower = sent.text.lower()
    for phrase in lexicons.phrases("hedges.txt"):
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", lower):
            if phrase.startswith("claim") and _NOT_HEDGE_AFTER_CLAIM.match(lower[match.end() :]):
                continue
            return sent.text[match.start() : match.end()]
    return ""
