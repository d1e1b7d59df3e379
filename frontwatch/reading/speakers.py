"""Who a phrase names as a speaker: the subject of "said", the object of "according to".

In order:
- a source the dictionaries know ("the Observatory", "a military source") or an actor speaking for itself
  ("the army announced"), named inside the phrase;
- a named entity they do not know ("the Arabic-language al-Waha Daily") speaks under its own name;
- a pronoun, or a definite noun naming a speaker by what it is ("the source", "the reporter", "the group";
  lexicons/speaker_nouns.txt): the recent source that noun fits ("a security source" ... "said the
  source"), else the previous sentence's speaker;
- a medium named by its kind ("the Times of Israel newspaper", "Arabic-language media reports";
  lexicons/media_nouns.txt): the name with its kind;
- a speaker named by what he is ("a spokesman at the hospital"; data/source_titles.tsv).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.records import Source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from frontwatch.reading.sources import SourceMention, _Title

_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_DEFINITE = {"the", "this", "that", "its", "their"}
_ARTICLES = {"a", "an", "the"}
# Kinds of source named by a proper name that counts no people: "7 SANA" is a count run into the agency's name.
_NEVER_COUNTED = {"state media", "wire agency", "outlet", "media", "monitor"}
# Prepositions that place a speaker inside a body: "a source at the police command", "an official in the ministry".
_PLACING = {"at", "in", "inside", "within", "from"}
# How many sources named before a sentence an anaphoric "the source" may reach back to.
_RECENT = 6
# How many words may stand between a speaker's name and a closing "said" the parser left without a subject:
# the rest of the speaker's phrase ("a war monitor and medics in the rebel-held area said").
_GAP = 8
# Participles by which a medium relays another's words: "a source cited by SANA", "an official quoted by AFP".
_RELAYING = {"cite", "quote"}


@dataclass(frozen=True, slots=True)
class Context:
    """What a speaker phrase is read against."""

    mentions: Sequence[SourceMention]  # speakers named in the sentence
    previous: Source | None  # the speaker of the sentences before
    recent: tuple[Source, ...] = ()  # sources named before the sentence, latest last


def source_at(token: Token, mentions: Sequence[SourceMention]) -> SourceMention | None:
    """The speaker mention a token lies in ("the Observatory" for its "Observatory"), or None."""
    return next((m for m in mentions if m.start <= token.idx < m.end), None)


def mention_in(span_start: int, span_end: int, mentions: Sequence[SourceMention]) -> SourceMention | None:
    """The first speaker named inside [span_start, span_end), else one overlapping it."""
    inside = [m for m in mentions if m.start >= span_start and m.end <= span_end]
    if not inside:
        inside = [m for m in mentions if m.start < span_end and m.end > span_start]
    return inside[0] if inside else None


def subject_source(subj: Token, context: Context) -> Source | None:
    """The source the phrase headed by ``subj`` names, or None (module doc)."""
    mentions = context.mentions
    subtree = list(subj.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
    named = _named_after(subj, mentions)
    if named is not None:
        return named
    own = source_at(subj, mentions)
    if own is not None:
        return _qualified_sources(subj, own, mentions) if own.text.lower() == "sources" else own.source
    entity = named_entity(subj)
    if entity is not None:
        # "the Arabic-language al-Waha Daily reported": a named subject the dictionaries do not know speaks
        # for itself, even when a misparse puts other names ("terrorists") into its phrase.
        words = entity.text
        kind = "person" if entity.label_ == "PERSON" else _entity_kind(subj, entity.start)
        return Source(name=words, source_type=kind, words=words)
    start, end = _without_relative_clause(subj, start, end)
    found = mention_in(start, end, mentions)
    if found:
        return found.source
    if subj.lower_ in _PRONOUNS:
        return _clause_subject(subj, context) or _publisher_before(subj, context) or context.previous
    if _anaphoric(subj):
        referent = _antecedent(subj, context.recent) or _fitting(context.previous, subj) or _kind_alone(subj, start, end)
        if referent is not None:
            return referent
    if subj.ent_type_ == "PERSON":
        name = " ".join(t.text for t in subtree if t.ent_type_ == "PERSON")
        return Source(name=name, source_type="person", words=text_of(subj.doc)[start:end])
    if subj.ent_type_ in {"ORG", "NORP", "GPE"} or subj.pos_ == "PROPN":
        words = text_of(subj.doc)[start:end]
        return Source(name=words.removeprefix("the ").removeprefix("The "), source_type=_entity_kind(subj, subj.i), words=words)
    return _medium(subj) or _placed_title(subj, mentions) or _speaker_noun(subj) or _described(subj, start, end)


def _qualified_sources(subj: Token, own: SourceMention, mentions: Sequence[SourceMention]) -> Source:
    """ "sources in the civil defence", "sources from the army": bare "sources" placed inside a known body speak
    for it; "Russian sources", "civil sources", "sources in the Assyrian Church": the words that say whose they are
    stay their name (an analyst weighs Russian sources and rebel sources apart), of the kind bare sources are."""
    doc = subj.doc
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in _PLACING):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
            found = next((m for m in mentions if start <= m.start and m.end <= end and m.source != own.source), None)
            words = text_of(doc)[subj.idx : end]
            if found is not None:
                return Source(found.source.name, found.source.source_type, found.source.stance, words)
            if obj.pos_ == "PROPN":
                return Source(words, own.source.source_type, own.source.stance, words)
    qualifiers = [c for c in subj.children if c.dep_ in {"amod", "compound"} and c.i < subj.i]
    if not qualifiers:
        return own.source
    first = min(t.i for q in qualifiers for t in q.subtree)
    words = text_of(doc)[doc[first].idx : subj.idx + len(subj.text)]
    return Source(words, own.source.source_type, own.source.stance, words)


def _placed_title(subj: Token, mentions: Sequence[SourceMention]) -> Source | None:
    """ "citing a source at the Hama Police Command", "an official in the Foreign Ministry said": a speaker
    named by a title that says nothing of his side (data/source_titles.tsv, type unknown) speaks for the known
    source he is placed in. Without commas the parser often hangs the place on the verb ("citing ... at ..."),
    so the phrase right after the title's own words is read, whatever it hangs on."""
    title = title_of(subj)
    if title is None or title.source_type != "unknown":
        return None
    doc = subj.doc
    after = subj.i + 1
    if after >= len(doc) or doc[after].lower_ not in _PLACING or doc[after].dep_ != "prep":
        return None
    objects = [c for c in doc[after].children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    found = next((m for m in mentions if start <= m.start and m.end <= end and m.source.source_type != "unknown"), None)
    if found is None:
        return None
    first = min(t.i for t in subj.subtree)
    words = text_of(doc)[doc[first].idx : end]
    return Source(found.source.name, found.source.source_type, found.source.stance, words)


def _clause_subject(pronoun: Token, context: Context) -> Source | None:
    """ "The Observatory reported the transfer, which it said included 800 fighters": a pronoun speaking inside
    a clause of its own sentence stands for the source that speaks in a clause above it (the subject of a
    reporting verb), not for the speaker of the sentence before."""
    for verb in (v for v in pronoun.head.ancestors if v.lemma_.lower() in lexicons.words("reporting_verbs.txt")):
        for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i):
            if subj.lower_ not in _PRONOUNS and subj.tag_ not in {"WDT", "WP"}:
                source = subject_source(subj, context)
                if source is not None:
                    return source
    return None


def _publisher_before(pronoun: Token, context: Context) -> Source | None:
    """ "The Idlib Today page posted photos of the ruins. It said 12 were killed": "it" opening a sentence is who
    published something in the sentence before (lexicons/publishing_verbs.txt), not that sentence's speaker."""
    if pronoun.lower_ != "it" or pronoun.i != pronoun.sent.start or pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1].sent.root
    if before.lemma_.lower() not in lexicons.words("publishing_verbs.txt"):
        return None
    subj = next((c for c in before.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS and c.pos_ in {"NOUN", "PROPN"}), None)
    return subject_source(subj, context) if subj is not None else None


def _entity_kind(subj: Token, name_start: int) -> str:
    """The kind of a named speaker the dictionaries do not know (its name begins at token ``name_start``), from the
    noun that says what it is: the name's head ("the Interior Ministry": lexicons/office_types.tsv) or a medium's
    kind the name stands in apposition to ("the news agency Hawar", "the daily Tishreen": lexicons/media_nouns.txt).
    No stance: a ministry may be any state's."""
    offices = lexicons.mapping("office_types.tsv")
    if subj.lemma_.lower() in offices:
        return offices[subj.lemma_.lower()]
    media = lexicons.words("media_nouns.txt")
    if any(c.dep_ in {"compound", "appos", "amod"} and c.i < name_start and c.lower_ in media for c in subj.children):
        return "media"
    return "unknown"


def _without_relative_clause(subj: Token, start: int, end: int) -> tuple[int, int]:
    """ "The group, which relies on sources on the ground, said ...": a relative clause describes the speaker; a
    source named inside it ("sources") does not speak. The phrase is cut where the clause begins."""
    clause = next((c for c in subj.children if c.dep_ == "relcl" and c.i > subj.i), None)
    if clause is None:
        return start, end
    first = clause.left_edge
    cut = first.idx
    # the comma before the clause goes with it
    if first.i > 0 and first.nbor(-1).is_punct and first.nbor(-1).i > subj.i:
        cut = first.nbor(-1).idx
    return start, max(start, min(end, cut))


def named_entity(subj: Token) -> Span | None:
    """The organisation or person entity a proper-noun subject heads, if any."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in {"ORG", "PERSON"}:
        return None
    return next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)


def _anaphoric(subj: Token) -> bool:
    """ "the source", "this group", "its director": a definite noun that names a speaker by what it is."""
    if subj.lemma_.lower() not in lexicons.words("speaker_nouns.txt"):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children):
        return False  # "the Gulf Courier newspaper" names its medium
    if any(c.dep_ == "prep" for c in subj.children):
        return False  # "the director of the hospital" describes a new speaker
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in subj.children) or _bare_after_according(subj)


def _bare_after_according(subj: Token) -> bool:
    """ "according to report ...": a singular noun with no article after "according to" has lost its "the"
    (the tagger may take it for a verb); it still points back ("according to a report" names a new one)."""
    return (subj.dep_ == "pobj" and subj.tag_ not in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss"} for c in subj.children)
            and subj.head.lower_ == "to" and subj.head.i > 0 and subj.doc[subj.head.i - 1].lower_ == "according")


def _antecedent(subj: Token, recent: Sequence[Source]) -> Source | None:
    """The latest recent source whose words hold the noun: "a security source" for "the source", "SANA
    reporter" for "the reporter", "a monitoring group" for "the Britain-based group"; else the latest source of a kind the noun names (lexicons/speaker_noun_types.tsv)."""
    noun = subj.lemma_.lower()
    fits = [source for source in recent[-_RECENT:] if _agrees(subj, source)]
    for source in reversed(fits):
        words = _words_of(source)
        if noun in words or f"{noun}s" in words:
            return source
    # "The Syrian Observatory for Human Rights said ... the group said": the noun names the source's kind
    kinds = set(lexicons.mapping("speaker_noun_types.tsv").get(noun, "").split("|")) - {""}
    return next((source for source in reversed(fits) if source.source_type in kinds), None)


def _words_of(source: Source) -> set[str]:
    """The words a source was named by and its name, lower case, without punctuation or a possessive."""
    return {w.lower().strip(".,'’s") for w in f"{source.words} {source.name}".split()}


def _agrees(subj: Token, source: Source) -> bool:
    """Whether the words that say whose or which a speaker noun is fit a source named before: "the defence
    ministry", "the Turkish ministry", "Moscow's ministry" name their state or portfolio (a national or place name,
    lexicons/portfolio_words.txt), and refer back only to a source whose words say the same ("the Russian
    defence ministry"), never to "the Syrian government" because it too is a government. Other qualifiers ("the
    Britain-based monitor") describe and refer back freely."""
    portfolios = lexicons.words("portfolio_words.txt")
    qualifiers = [c.lower_ for c in subj.children
                  if c.i < subj.i and (c.ent_type_ in {"NORP", "GPE"} and c.dep_ in {"amod", "compound", "poss"} or c.lower_ in portfolios)]
    if not qualifiers:
        return True
    words = _words_of(source)
    # "Russia's" fits "Russian", "Syria" fits "Syrian": a national adjective begins with its state's name
    return all(any(w.startswith(q.removesuffix("'s")[:5]) for w in words) for q in qualifiers)


def _fitting(previous: Source | None, subj: Token) -> Source | None:
    """The previous speaker, unless the noun names kinds of source it is not: after "the governor said ...",
    "the watchdog reported ..." is no governor (a source of unknown kind may be any), and "the defence ministry"
    is no "Syrian government" (``_agrees``)."""
    if previous is None or not _agrees(subj, previous):
        return None
    if previous.source_type in {"unknown", "person"}:
        return previous
    kinds = set(lexicons.mapping("speaker_noun_types.tsv").get(subj.lemma_.lower(), "").split("|")) - {""}
    return previous if not kinds or previous.source_type in kinds else None


def _kind_alone(subj: Token, start: int, end: int) -> Source | None:
    """ "The Britain-based monitor said ..." with no source before it: "the monitor" names a monitor, though
    unnamed (the other nouns of lexicons/speaker_noun_types.tsv name several kinds, or an actor the
    dictionaries know: "the army")."""
    kinds = lexicons.mapping("speaker_noun_types.tsv").get(subj.lemma_.lower(), "").split("|")
    if len(kinds) != 1 or kinds[0] != "monitor":
        return None
    return Source(name=f"a {subj.lemma_.lower()}", source_type=kinds[0], words=text_of(subj.doc)[start:end])


def _described(subj: Token, start: int, end: int) -> Source | None:
    """ "..., the medical charity said", "the Kurdish-led watchdog reported": a speaker noun (lexicons/speaker_nouns.txt)
    that refers back to no source named before but is described by a word of its own is a source the report names
    by description; it speaks under those words, of the one kind the noun names (else of no known kind). A bare
    "the group said" with nothing to refer to stays unattributed."""
    noun = subj.lemma_.lower()
    if noun not in lexicons.words("speaker_nouns.txt") or subj.pos_ != "NOUN":
        return None
    if not any(c.dep_ in {"amod", "compound"} and c.i < subj.i for c in subj.children):
        return None
    kinds = [k for k in lexicons.mapping("speaker_noun_types.tsv").get(noun, "").split("|") if k]
    title = title_of(subj)  # "the medical charity": the qualifier says which kind
    # "the Iraqi defence ministry": an office's head noun says its kind (lexicons/office_types.tsv)
    office = lexicons.mapping("office_types.tsv").get(noun)
    kind = title.source_type if title is not None else office if office else kinds[0] if len(kinds) == 1 else "unknown"
    words = text_of(subj.doc)[start:end]
    name = " ".join(w for w in words.split() if w.lower() not in _ARTICLES)
    return Source(name=name, source_type=kind, words=words)


def _named_after(subj: Token, mentions: Sequence[SourceMention]) -> Source | None:
    """ "the pro-regime website al-Masdar News reported", "a second monitor the Local Coordination Committees
    reported": a speaker named by its kind (a medium, a speaker noun) with its name in apposition after it. The name
    speaks (the one the dictionaries know, if they do); the words before it only describe it ("opposition" in "the
    opposition website Zaman al-Wasl" is no opposition body). An unknown name after a medium's kind is a medium."""
    media = lexicons.words("media_nouns.txt")
    is_medium = subj.lemma_.lower() in media or subj.lower_ in media
    if subj.pos_ != "NOUN" or not (is_medium or subj.lemma_.lower() in lexicons.words("speaker_nouns.txt")):
        return None
    name = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    doc = subj.doc
    first, last = name.left_edge, name.right_edge
    known = next((m for m in mentions if first.idx <= m.start and m.end <= last.idx + len(last.text)), None)
    if known is not None:
        return known.source
    if not is_medium:
        return None
    words = text_of(doc)[subj.left_edge.idx : last.idx + len(last.text)]
    title = text_of(doc)[first.idx : last.idx + len(last.text)]
    return Source(name=" ".join(w for w in title.split() if w.lower() not in _ARTICLES), source_type="media", words=words)


def media_source(subj: Token) -> Source | None:
    """A medium named by its kind ("a Turkish broadcaster"), for callers outside this module (see _medium)."""
    return _medium(subj)


def _medium(subj: Token) -> Source | None:
    """ "the Times of Israel newspaper reported", "Arabic-language media reports said": a medium named with
    its kind. Without commas the parser may leave the name before the kind outside the phrase; a run of
    proper names right before it is taken in."""
    if _media_at_large(subj):
        return Source(name="media", source_type="media", words=subj.text)
    media = lexicons.words("media_nouns.txt")
    if (subj.lemma_.lower() not in media and subj.lower_ not in media) or subj.pos_ != "NOUN":
        return None  # the tagger lemmatises "media" to "medium"
    if title_of(subj) is not None:
        return None  # "an aid agency" is named by its work (data/source_titles.tsv), not a news agency
    doc = subj.doc
    # "a February report by the Damascus Centre for Studies": the report is its author's.
    for author in (g for c in subj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"):
        entity = next((e for e in doc.ents if e.start <= author.i < e.end and e.label_ in {"ORG", "PERSON"}), None)
        if entity is not None:
            return Source(name=entity.text.removeprefix("the ").removeprefix("The "), source_type="unknown", words=entity.text)
    first = min(t.i for t in subj.subtree if t.i <= subj.i)
    i = first
    # a determiner opens the phrase: "... in northern Syria a Turkish broadcaster claims" takes no name before it
    while doc[first].pos_ != "DET" and i > subj.sent.start and (doc[i - 1].pos_ == "PROPN" or (doc[i - 1].lower_ in {"of", "-"} and i - 2 >= subj.sent.start and doc[i - 2].pos_ == "PROPN")):
        i -= 1
    # "the Times of Israel newspaper": the parser may hang the name on the kind as an nmod
    if i == first and not any(c.dep_ in {"amod", "compound", "nmod"} for c in subj.children):
        return None  # "the newspaper said" without a name: an anaphor, handled before
    words = text_of(doc)[doc[i].idx : subj.idx + len(subj.text)]
    name = " ".join(w for w in words.split() if w.lower() not in _ARTICLES)
    return Source(name=name, source_type="media", words=words)


def _media_at_large(subj: Token) -> bool:
    """ "..., media reported Sunday", "press reports said": news media at large, unnamed and without an article
    (the tagger lemmatises "media" to "medium"); "the media" and "the newspaper" refer back instead."""
    if subj.lower_ not in {"media", "press"} or subj.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in subj.children)


def _speaker_noun(subj: Token) -> Source | None:
    """ "A spokesman at the hospital said", "an official in the town said": a speaker named by what he is
    (data/source_titles.tsv), kept with the words that say where he speaks from."""
    title = title_of(subj)
    if title is None:
        return None
    # "at the hospital" says where he speaks from; a phrase nested in it ("in Idlib") is left out, with its preposition.
    tokens = [t for t in subj.subtree if t.i <= subj.i or not any(p.dep_ == "prep" and p.i <= t.i and p.head.i != subj.i for p in subj.subtree)]
    words = text_of(subj.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    name = " ".join(w for w in words.split() if w.lower() not in _ARTICLES)
    kind, stance = title.source_type, title.stance
    if kind == "unknown":
        kind, stance = _office_of(subj) or (kind, stance)
    person = _name_before(tokens[0])
    if person is not None:  # "Fadi Haddad an official at the ministry told ...": the name his title follows
        return Source(name=person.text, source_type=kind, stance=stance, words=f"{person.text} {words}")
    return Source(name=name, source_type=kind, stance=stance, words=words)


def title_of(noun: Token) -> _Title | None:
    """The title a noun names a speaker by (data/source_titles.tsv), read with the noun that qualifies it first:
    "a rescue worker" and "an aid worker" are rescuers, "a health worker" a medic, "a worker" no kind."""
    from frontwatch.reading.sources import SourceDirectory

    titles = SourceDirectory.default().titles
    lemma = noun.lemma_.lower()
    for mod in (c for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i):
        # the word as written first: "rights" in "rights group" is no plural of "right"
        title = titles.get(f"{mod.lower_} {lemma}") or titles.get(f"{mod.lemma_.lower()} {lemma}")
        if title is not None:
            return title
    return titles.get(lemma)


def _office_of(subj: Token) -> tuple[str, str] | None:
    """ "a source at Daraa Governorate", "a spokesman for the ministry", "a hospital official": the kind of the office
    a speaker of no kind speaks from or for (lexicons/office_types.tsv), after him or as the noun qualifying him."""
    offices = {row[0]: (row[1], row[2]) for row in lexicons.table("office_types.tsv")}
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in {"at", "in", "from", "within", "for"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in offices:
                return offices[obj.lemma_.lower()]
    for mod in (c for c in subj.children if c.dep_ == "compound" and c.i < subj.i):
        if mod.lemma_.lower() in offices:
            return offices[mod.lemma_.lower()]
    return None


def _name_before(first: Token) -> Span | None:
    """A person's name right before an indefinite title phrase: its apposition once commas are lost."""
    doc = first.doc
    if first.lower_ not in {"a", "an"} or first.i == 0:
        return None
    return next((e for e in doc.ents if e.label_ == "PERSON" and e.end == first.i), None)


def speaker_before(verb: Token, mentions: Sequence[SourceMention], after: int = -1) -> Source | None:
    """A source named right before a reporting verb that the parser left without a subject: corpora that
    strip commas give "... on the western side the Syrian Observatory for Human Rights said", parsed with
    the Observatory in apposition to "side". Only a short gap without a verb ("news agency", "a Britain-based
    monitor", "and medics in the rebel-held area") may lie between the name and the verb; with ``after``, only a
    name from that offset on (a name before the verb's own subject is no speaker of it)."""
    before = [m for m in mentions if m.end <= verb.idx and m.start >= max(verb.sent.start_char, after)]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    if _counted(nearest, verb.sent):
        return None  # "... killed 35 IS militants in the last 24 hours media reported": the dead say nothing
    gap = [t for t in verb.sent if nearest.end <= t.idx < verb.idx]
    if sum(not t.is_punct for t in gap) > _GAP or any(t.pos_ in {"VERB", "AUX"} and not _in_hyphen_compound(t) for t in gap):
        return None
    if any(t.text in {".", ";", ":", '"'} for t in gap):
        return None
    return _relayed(nearest, verb.sent, before) or nearest.source


def surname_before(verb: Token, recent: Sequence[Source]) -> Source | None:
    """ "... in Hama and Idlib Haddad said": a closing "said" the parser left without a subject (a text without commas
    runs the place into the name) right after the surname of a person who spoke before ("coordinator Karim Haddad
    said ...") is that person speaking again. Only a name already heard as a speaker's counts."""
    if verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    if word.pos_ != "PROPN" or not word.text[:1].isupper():
        return None
    for source in reversed(recent[-_RECENT:]):
        names = source.name.split()
        if len(names) >= 2 and names[-1] == word.text:
            return source
    return None


def _relayed(medium: SourceMention, sent: Span, named: Sequence[SourceMention]) -> Source | None:
    """ "... a military source cited by SANA said", "an official quoted by state media said": the medium named
    last only carries the words; the source it cites or quotes speaks."""
    token = next((t for t in sent if medium.start <= t.idx < medium.end), None)
    while token is not None and token.dep_ == "compound":
        token = token.head
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "by" or token.head.head.lemma_.lower() not in _RELAYING:
        return None
    speaker = token.head.head.head
    found = source_at(speaker, named)
    return found.source if found is not None else None


def _counted(mention: SourceMention, sent: Span) -> bool:
    """The mention is a count of people ("35 IS militants", "12 soldiers"): those a figure counts, not a speaker.
    Its last word is its noun (a mention that runs from a count into a speaker's name ends on the name)."""
    words = [t for t in sent if mention.start <= t.idx < mention.end and not t.is_punct]
    if words and words[-1].pos_ == "PROPN" and mention.source.source_type in _NEVER_COUNTED:
        return False  # "... and injuring 7 SANA reported": a misparse hangs the count on the agency's name
    return bool(words) and any(c.dep_ == "nummod" and not _opens_after(words[0], c) for c in words[-1].children)


def _opens_after(first: Token, count: Token) -> bool:
    """ "... hurt at least 40 a war monitor said": an article opens a new noun phrase, so a count before
    it counts something else (a misparse of a text without commas hangs it on the speaker)."""
    return first.lower_ in _ARTICLES and count.i < first.i


def medium_before(verb: Token, mentions: Sequence[SourceMention] = ()) -> Source | None:
    """ "... in the last 24 hours media reported Sunday": bare "media" or "press" right before a reporting verb the
    parser left without a subject (it hangs the word on the phrase before) is news media at large speaking. Not a
    word of a known source: "... in Aleppo state media reported" is state media (``speaker_before``)."""
    if verb.i < 2:
        return None
    word, before = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if word.lower_ not in {"media", "press"} or before.pos_ in {"DET", "ADJ", "PROPN"} or before.is_punct:
        return None
    if any(m.start <= word.idx < m.end and m.start < word.idx for m in mentions):
        return None
    return Source(name="media", source_type="media", words=word.text)


def speaker_after(verb: Token, mentions: Sequence[SourceMention]) -> Source | None:
    """ "... killed 1102 people said the Observatory adding ...": a speaker named right after a verb that
    puts its subject last (lexicons/inverting_verbs.txt). The parser often takes another noun for the
    subject; a known source right after "said" can only be the one saying."""
    if verb.lemma_.lower() not in lexicons.words("inverting_verbs.txt") or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    # "... but said government forces had repelled it": the name opens the clause that is said. A clause
    # headed by a bare participle ("said the Observatory adding that ...", "said the rescuers, known locally as
    # ...") is a misparse of the inversion.
    if any(c.dep_ == "ccomp" and not _bare_participle(c) and after in c.subtree for c in verb.children):
        return None
    found = source_at(after, mentions)
    return found.source if found is not None else _titled_after(verb, after, mentions)


def _titled_after(verb: Token, after: Token, mentions: Sequence[SourceMention]) -> Source | None:
    """ "... were killed said a source in the governor's office", "... said an official at the hospital": a speaker
    the dictionaries name by his title (data/source_titles.tsv), right after the inverting verb whose object the
    parser made him."""
    noun = after.doc[after.i + 1] if after.lower_ in _ARTICLES and after.i + 1 < len(after.doc) else after
    while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i:
        noun = noun.head  # "said a rescue worker", "said a local doctor": the noun the words before qualify
    if noun.head.i != verb.i or noun.dep_ not in {"dobj", "nsubj", "attr"} or noun.pos_ != "NOUN":
        return None
    return _placed_title(noun, mentions) or _speaker_noun(noun)


def _bare_participle(head: Token) -> bool:
    """A participle with no auxiliary ("adding", "known as", "based in"): it describes a noun, it heads no clause
    that could be said ("had repelled", "were killed" have their auxiliary)."""
    return head.tag_ in {"VBG", "VBN"} and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)


def _in_hyphen_compound(token: Token) -> bool:
    """ "Britain-based": a participle joined to a word by a hyphen describes, it is no clause."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-"


__all__ = ["Context", "medium_before", "mention_in", "named_entity", "source_at", "speaker_after", "speaker_before", "subject_source", "surname_before"]
