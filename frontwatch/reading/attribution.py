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
from frontwatch.reading.doctext import text_of
from frontwatch.records import Source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from frontwatch.reading.mentions import Mentions
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
    own = next((m for m in mentions if m.start <= subj.idx < m.end), None)
    if own is not None:
        return own.source
    entity = _named_entity(subj)
    if entity is not None:
        # "the Arabic-language al-Waha Daily reported": a named subject the dictionaries do not know speaks
        # for itself, even when a misparse puts other names ("terrorists") into its phrase.
        words = entity.text
        return Source(name=words, source_type="person" if entity.label_ == "PERSON" else "unknown", words=words)
    found = _mention_in(start, end, mentions)
    if found:
        return found.source
    if subj.lower_ in _PRONOUNS or (subj.lemma_.lower() in _ANAPHORA and any(c.lower_ in {"the", "this"} for c in subj.children)):
        return previous
    if subj.ent_type_ == "PERSON":
        name = " ".join(t.text for t in subtree if t.ent_type_ == "PERSON")
        return Source(name=name, source_type="person", words=text_of(subj.doc)[start:end])
    if subj.ent_type_ in {"ORG", "NORP", "GPE"} or subj.pos_ == "PROPN":
        words = text_of(subj.doc)[start:end]
        return Source(name=words.removeprefix("the ").removeprefix("The "), source_type="unknown", words=words)
    return _speaker_noun(subj)


def _named_entity(subj: Token) -> Span | None:
    """The organisation or person entity a proper-noun subject heads, if any."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in {"ORG", "PERSON"}:
        return None
    return next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)


def _trailing(verb: Token, sent: Span) -> bool:
    """A reporting verb that closes the sentence with nothing to report of its own ("... damaged a school
    a monitoring group said"; "... SANA news agency reported on Tuesday"): without commas the parser hangs
    it on a noun, but it attributes the whole sentence."""
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return False
    governed = {t.i for t in verb.subtree}
    return all(t.i in governed or t.is_punct for t in sent if t.i > verb.i)


def _speaker_noun(subj: Token) -> Source | None:
    """ "A spokesman at the hospital said", "an official in the town said": a speaker named by what he is
    (data/source_titles.tsv), kept with the words that say where he speaks from."""
    from frontwatch.reading.sources import SourceDirectory

    title = SourceDirectory.default().titles.get(subj.lemma_.lower())
    if title is None:
        return None
    tokens = [t for t in subj.subtree if t.i <= subj.i or not any(p.dep_ == "prep" and p.i < t.i and p.head.i != subj.i for p in subj.subtree)]
    words = text_of(subj.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    name = " ".join(w for w in words.split() if w.lower() not in {"a", "an", "the"})
    return Source(name=name, source_type=title.source_type, stance=title.stance, words=words)


def _speaker_before(verb: Token, mentions: Sequence[SourceMention]) -> Source | None:
    """A source named right before a reporting verb that the parser left without a subject: corpora that
    strip commas give "... on the western side the Syrian Observatory for Human Rights said", parsed with
    the Observatory in apposition to "side". Only a short gap of nouns and adjectives ("news agency",
    "a Britain-based monitor") may lie between the name and the verb."""
    before = [m for m in mentions if m.end <= verb.idx and m.start >= verb.sent.start_char]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    gap = [t for t in verb.sent if nearest.end <= t.idx < verb.idx]
    if len(gap) > 5 or any(t.pos_ in {"VERB", "AUX"} and not _in_hyphen_compound(t) for t in gap):
        return None
    if any(t.text in {".", ";", ":", '"'} for t in gap):
        return None
    return nearest.source


def _in_hyphen_compound(token: Token) -> bool:
    """ "Britain-based": a participle joined to a word by a hyphen describes, it is no clause."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-"


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
    candidates += [t for t in sent if t.lemma_.lower() in reporting and t.pos_ == "VERB" and t not in candidates and _trailing(t, sent)]
    for verb in candidates:
        if verb.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"life", "responsibility"} for c in verb.children):
            continue  # "claiming the lives of ten" kills; it asserts nothing
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl":  # "A military source announced ...", parsed as a noun phrase
            subjects = [verb.head]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # A subject that names itself first: "militants rocket fire the al-Waha Daily reported" has two.
        speaking = sorted(subjects + agents, key=lambda t: not any(m.start <= t.idx < m.end for m in mentions) and _named_entity(t) is None)
        for subj in speaking:
            source = _subject_source(subj, mentions, previous)
            if source:
                return Attribution(source, "reporting_verb", verb.i)
        adjacent = _speaker_before(verb, mentions) if not subjects else None
        if adjacent is not None:
            return Attribution(adjacent, "reporting_verb", verb.i)
        # "..., saying that ..." takes the subject of the verb it hangs on.
        if verb.dep_ in {"advcl", "xcomp"} and verb.head is not verb:
            for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
                source = _subject_source(subj, mentions, previous)
                if source:
                    return Attribution(source, "reporting_verb", verb.i)
    return Attribution(outlet, "outlet")


def previous_speakers(doc: Doc, mentions: Mentions, outlet: Source) -> dict[int, Source | None]:
    """Sentence start (char) -> the source that "he said", "it added", "the group said" in that sentence
    refer back to: the speaker of the latest earlier sentence that has one ("Abdel Rahman told AFP" ->
    Abdel Rahman, not AFP), else the last source an earlier sentence named."""
    from frontwatch.reading.mentions import in_span, speakers_in

    out: dict[int, Source | None] = {}
    previous: Source | None = None
    for sent in doc.sents:
        out[sent.start_char] = previous
        said = attribute(sent.root, sent, speakers_in(mentions, sent.start_char, sent.end_char), previous, outlet)
        if said.how != "outlet":
            previous = said.source
        else:
            named = in_span(mentions.sources, sent.start_char, sent.end_char)
            previous = named[-1].source if named else previous
    return out


def hedge_in(sent: Span) -> str:
    """The hedge words of a sentence ("reportedly", "if genuine" ...), or ""."""
    lower = sent.text.lower()
    for phrase in lexicons.phrases("hedges.txt"):
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", lower):
            if phrase.startswith("claim") and _NOT_HEDGE_AFTER_CLAIM.match(lower[match.end() :]):
                continue
            return sent.text[match.start() : match.end()]
    return ""
