"""Who speaks for a sentence that does not say: attribution that follows the discourse.

A report names its source once and goes on in its voice. reading.attribution reads one sentence; a fact
in a sentence that attributes nothing itself is asserted, in this order, by:
1. the speaker of the quotation it stands in: '"... . ..." said X', 'X said: "... . ..."'; a quotation
   standing alone right after X's sentence is X's too;
2. a speaker the sentence itself names with a reporting verb its parse does not hang the fact on
   ("... killed 58 people a war monitor and medics said");
3. the source of a run: a bare sentence between two of one source's ("The source said ... . <bare> . The
   source added ..."): "added" says the source spoke just before; a bare elliptical count ("Another 70
   were wounded.") goes on with the count before it;
4. the source framing its paragraph: a paragraph opened by "According to SANA, ..." or "The Observatory
   said that ..." is in that voice until another speaker is named in it;
5. the source of the sentence next to it that it speaks of by a definite noun: "The Observatory said jets struck
   the town. The strikes killed five." goes on in the Observatory's account; "Five civilians were killed.
   These civilians were fleeing the town, the Observatory said." names the account it told;
5b. the source of a delayed attribution: a lede told bare ("At least 51 civilians were killed ...") takes
   the source the report names within its first sentences (wire style names it in the second paragraph);
6. else the outlet: its own voice (background, analysis, what its reporter saw).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.attribution import Attribution, attribute, sentence_speaker
from frontwatch.reading.doctext import text_of
from frontwatch.reading.mentions import in_span, speakers_in

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from frontwatch.reading.mentions import Mentions
    from frontwatch.records import Source

# A lede is the report's first sentences; wire copy names their source by the fourth at the latest
# (or in the second paragraph, where a page keeps its paragraphs).
_LEDE_SENTENCES = 4
_LEDE_PARAGRAPHS = 2
# A quotation longer than this many sentences is taken for a stray quote mark, not a quotation.
_LONGEST_QUOTE = 8
# Sources a bare lede can be delayed to: those that report news. An expert's comment or a witness's
# memory comes after a lede; it is not where the lede's facts come from.
_NOT_LEDE_SOURCES = {"expert", "witness", "person", "unknown"}
# Sources through which a state agency reports: its officials, army and sister media.
_STATE_CHANNELS = {"government", "military", "state media"}
_OPENING = "“«„"
_CLOSING = "”»"


@dataclass(frozen=True, slots=True)
class Discourse:
    """The speakers of one article's sentences, keyed by sentence start (char)."""

    mentions: Mentions
    outlet: Source
    previous: dict[int, Source | None]  # who "he said", "the source added" refer back to
    voices: dict[int, Attribution]  # the voice of a sentence that attributes nothing itself
    spoken: tuple[tuple[int, Source], ...] = ()  # each earlier sentence's own speaker, by sentence start

    def attribute(self, token: Token, sent: Span, previous: Source | None = None) -> Attribution:
        """The source that asserts what ``token`` says: the sentence's own attribution, else its voice."""
        s0 = sent.start_char
        said = attribute(token, sent, speakers_in(self.mentions, s0, sent.end_char), self.previous.get(s0) or previous, self.outlet,
                         _recent(self.mentions, s0, self.spoken))
        if said.how == "outlet":
            return self.voices.get(s0, said)
        return said


def read_discourse(doc: Doc, mentions: Mentions, outlet: Source, summary: bool = False) -> Discourse:
    """Each sentence's own attribution and the voice its bare facts take (module doc). ``summary``: the first
    paragraph is the page's summary, set apart from the body by a list of topic tags (reading.documents): the
    outlet's precis, like a headline, which no source named in the body delays to."""
    sents = list(doc.sents)
    previous, own = _own_attributions(sents, mentions, outlet)
    spoken = tuple((s.start_char, a.source) for s, a in zip(sents, own) if a.how != "outlet")
    voices: dict[int, Attribution] = {}
    paragraphs = _paragraphs(doc, sents)
    named = _named_in(sents, own, mentions, outlet)
    # Weakest first: a stronger rule overwrites a weaker one's voice.
    voices.update(_lede(sents, [named.get(s.start_char, a) for s, a in zip(sents, own)], paragraphs, mentions, outlet, summary))
    voices.update(_frames(sents, own, paragraphs))
    voices.update(_anaphoric(sents, own, paragraphs, mentions, outlet))
    voices.update(_runs(sents, own))
    voices.update(named)
    voices.update(_quotations(doc, sents, own))
    return Discourse(mentions, outlet, previous, {k: v for k, v in voices.items() if v.source != outlet}, spoken)


def _own_attributions(
    sents: Sequence[Span], mentions: Mentions, outlet: Source
) -> tuple[dict[int, Source | None], list[Attribution]]:
    """Who "he said" refers to at each sentence (the speaker of the latest earlier sentence that has one,
    "Abdel Rahman told AFP" -> Abdel Rahman, not AFP; before any, the last source a sentence named), and
    each sentence's own attribution."""
    previous: dict[int, Source | None] = {}
    own: list[Attribution] = []
    last: Source | None = None
    spoke = False
    spoken: list[tuple[int, Source]] = []
    for sent in sents:
        previous[sent.start_char] = last
        said = attribute(sent.root, sent, speakers_in(mentions, sent.start_char, sent.end_char), last, outlet,
                         _recent(mentions, sent.start_char, tuple(spoken)))
        own.append(said)
        if said.how != "outlet":
            spoken.append((sent.start_char, said.source))
            last = said.source
            spoke = True
        elif not spoke:
            # Before anyone speaks, "it said" may refer to a source only named ("The Observatory, a monitor
            # based in Britain, ... It said ..."); once someone has spoken, "he said" is that speaker's.
            named = in_span(mentions.sources, sent.start_char, sent.end_char)
            last = named[-1].source if named else last
    return previous, own


def _recent(mentions: Mentions, position: int, spoken: tuple[tuple[int, Source], ...] = ()) -> tuple[Source, ...]:
    """The sources named before ``position``, latest last, with the speakers earlier sentences found by their
    parse and no dictionary names ("the defence ministry in Moscow said ...": a later "the ministry" is it)."""
    named = [(m.end, m.source) for m in mentions.sources if m.end <= position]
    names = {source.name for _, source in named}
    said = [(start, source) for start, source in spoken if start < position and source.name not in names]
    return tuple(source for _, source in sorted([*named, *said], key=lambda pair: pair[0]))


def _paragraphs(doc: Doc, sents: Sequence[Span]) -> list[int] | None:
    """The paragraph number of each sentence, or None when the text keeps no paragraphs (one long line)."""
    text = text_of(doc)
    if "\n" not in text.strip():
        return None
    return [len(re.findall(r"\n\s*", text[: s.start_char + len(s.text) - len(s.text.lstrip())])) for s in sents]


def _said(a: Attribution) -> bool:
    return a.how != "outlet"


def _lede(sents: Sequence[Span], own: Sequence[Attribution], paragraphs: list[int] | None, mentions: Mentions,
          outlet: Source | None = None, summary: bool = False) -> dict[int, Attribution]:
    """Delayed attribution: the bare sentences before the report's first attributed one take its source,
    when it comes soon enough to be the lede's. Background ("since 2011") is the outlet's, and so is a page's
    summary set apart from the body (``summary``: its first paragraph)."""
    first = next((i for i, a in enumerate(own) if _said(a) and not _remark(a, sents[i])), None)
    if not first:
        return {}
    soon = paragraphs[first] - paragraphs[0] < _LEDE_PARAGRAPHS if paragraphs else first < _LEDE_SENTENCES
    source = own[first].source
    if not soon or source.source_type in _NOT_LEDE_SOURCES or own_channel(source, outlet):
        return {}
    out = {}
    for i, sent in enumerate(sents[:first]):
        if any(d.kind == "since" for d in in_span(mentions.dates, sent.start_char, sent.end_char)):
            continue
        if summary and paragraphs is not None and paragraphs[i] == paragraphs[0]:
            continue
        out[sent.start_char] = Attribution(source, "lede")
    return out


_QUOTES = frozenset('"“”')
# Sources that are parties to the fighting: a remark of theirs may be a comment on the news, not an account of it.
_PARTIES = frozenset({"government", "military", "armed group"})


def _remark(attribution: Attribution, sent: Span) -> bool:
    """ 'The army said the attack "will not go unpunished."': a party's remark quoted with no figure in it is its
    comment on the news, not the account the bare lede before it was told from (an activist's quoted words,
    '"helicopters struck the district," an activist said', are an account)."""
    if attribution.source.source_type not in _PARTIES:
        return False
    return any(t.text in _QUOTES for t in sent) and not any(t.like_num for t in sent)


# Determiners that make a noun point back to one told of before: "the strikes", "these civilians".
_ANAPHORIC = {"the", "these", "those", "this", "that"}
# Dependencies of a noun that only qualifies another ("war" in "war-ravaged", "strike" in "strike sites").
_MODIFIERS = {"compound", "amod", "npadvmod", "nmod"}
# Attributions a neighbour can share: a source's statement (not what a witness saw, not the outlet speaking of itself).
_SHARED = {"reporting_verb", "according_to"}


def _anaphoric(sents: Sequence[Span], own: Sequence[Attribution], paragraphs: list[int] | None, mentions: Mentions,
               outlet: Source | None = None) -> dict[int, Attribution]:
    """A bare sentence and a source's sentence next to it in one paragraph that speak of the same thing, the later
    naming it with a definite noun the earlier used: one account, told by that source. Forward ("The Observatory
    said jets struck the town. The strikes killed five.") and back ("Five civilians were killed. These civilians
    were fleeing the town, the Observatory said."). A state agency's bare count stays its own (``own_channel``);
    background ("since 2011") is the outlet's, as in a lede."""
    out: dict[int, Attribution] = {}
    for i, sent in enumerate(sents):
        if _said(own[i]) or any(d.kind == "since" for d in in_span(mentions.dates, sent.start_char, sent.end_char)):
            continue
        before = own[i - 1] if i > 0 and _same_paragraph(paragraphs, i - 1, i) else None
        after = own[i + 1] if i + 1 < len(sents) and _same_paragraph(paragraphs, i, i + 1) else None
        if before is not None and before.how in _SHARED and _refers_back(sent, sents[i - 1]):
            out[sent.start_char] = Attribution(before.source, "run")
        elif (after is not None and after.how in _SHARED and not own_channel(after.source, outlet)
              and _refers_back(sents[i + 1], sent)):
            out[sent.start_char] = Attribution(after.source, "run")
    return out


def _same_paragraph(paragraphs: list[int] | None, i: int, j: int) -> bool:
    return paragraphs is None or paragraphs[i] == paragraphs[j]


def _refers_back(later: Span, earlier: Span) -> bool:
    """The later sentence's subject is a definite noun the earlier sentence used, in the same number ("the strikes"
    after "air strikes on Irbin", "these civilians" after "15 civilians"; "the strikes" after "a strike" are others)."""
    subject = next((t for t in later if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in subject.children):
        return False
    if any(c.dep_ == "nummod" for c in subject.children):
        return False  # "the 10 civilians killed on the bus": a count told again (claims.restated_sources weighs it)
    lemma = subject.lemma_.lower()
    # the earlier noun heads its phrase: "the war-ravaged country" speaks of a country, not of "the war"
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.tag_ == subject.tag_ and t.dep_ not in _MODIFIERS for t in earlier)


def own_channel(source: Source, outlet: Source | None) -> bool:
    """A state agency's bare lede is its own account: the officials it goes on to quote ("Six civilians were
    killed in Homs. A source at the police command said a shell hit the market killing two ...") are its
    channels for one part of the day's news, not a lede's delayed source as in wire copy."""
    return (outlet is not None and outlet.source_type == "state media" and source.source_type in _STATE_CHANNELS
            and source.stance == outlet.stance)


def _front(a: Attribution, sent: Span) -> bool:
    """The attribution opens the sentence: "According to SANA, ...", "The Observatory said that ..."."""
    doc = sent.doc
    if a.how == "according_to":
        return any(t.lower_ == "according" for t in sent[:4])
    if a.how != "reporting_verb" or a.verb < 0:
        return False
    verb = doc[a.verb]
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) and verb.i - sent.start < 12


def _frames(sents: Sequence[Span], own: Sequence[Attribution], paragraphs: list[int] | None) -> dict[int, Attribution]:
    """A paragraph whose first sentence opens with its source is in that voice until another speaks."""
    if paragraphs is None:
        return {}
    out: dict[int, Attribution] = {}
    frame: Attribution | None = None
    for i, sent in enumerate(sents):
        if i == 0 or paragraphs[i] != paragraphs[i - 1]:
            frame = own[i] if _said(own[i]) and _front(own[i], sent) else None
            continue
        if frame is None:
            continue
        if _said(own[i]):
            if own[i].source.name != frame.source.name:
                frame = None
            continue
        out[sent.start_char] = Attribution(frame.source, "frame")
    return out


def _named_in(sents: Sequence[Span], own: Sequence[Attribution], mentions: Mentions, outlet: Source) -> dict[int, Attribution]:
    """A bare sentence that names a speaker with a reporting verb the parse left aside is that speaker's."""
    out: dict[int, Attribution] = {}
    for sent, said in zip(sents, own):
        if _said(said):
            continue
        found = sentence_speaker(sent, speakers_in(mentions, sent.start_char, sent.end_char), outlet, _recent(mentions, sent.start_char))
        if found is not None:
            out[sent.start_char] = found
    return out


def _runs(sents: Sequence[Span], own: Sequence[Attribution]) -> dict[int, Attribution]:
    """A bare sentence inside one source's run, a bare elliptical count right after a source's count, or a part of
    "the victims" told soon after a source's toll ("Most of the victims - 14 - died in Saqba")."""
    out: dict[int, Attribution] = {}
    for i, sent in enumerate(sents):
        if _said(own[i]) or i == 0:
            continue
        if _PART_OF_TOLL.match(sent.text.strip()):
            # what a witness saw ("a photographer saw six wounded") is no toll the victims are part of
            toll = next((own[j] for j in range(i - 1, max(-1, i - 1 - _TOLL_LOOKBACK), -1) if _said(own[j]) and own[j].how != "witness"), None)
            if toll is not None:
                out[sent.start_char] = Attribution(toll.source, "run")
                continue
        spoken = _run_between(own, sents, i)
        if spoken is not None:
            out[sent.start_char] = Attribution(spoken, "run")
            continue
        before = own[i - 1]
        if not _said(before):
            continue
        if _elliptical(sent):
            out[sent.start_char] = Attribution(before.source, "run")
    return out


# How many bare sentences a source's run may hold between its statement and the one that goes on with it.
_RUN_GAP = 3


def _run_between(own: Sequence[Attribution], sents: Sequence[Span], i: int) -> Source | None:
    """The source whose run bare sentence ``i`` stands in: a few bare sentences between two of one source's
    statements, the later of which goes on from the earlier ("The source said ... . <bare> . <bare> . The shells,
    according to the source, damaged ..."): the source told them all."""
    j = i - 1
    while j >= 0 and i - j <= _RUN_GAP and not _said(own[j]):
        j -= 1
    k = i + 1
    while k < len(sents) and k - j <= _RUN_GAP + 1 and not _said(own[k]):
        k += 1
    if j < 0 or k >= len(sents) or not _said(own[j]) or not _said(own[k]) or k - j - 1 > _RUN_GAP:
        return None
    if own[k].source.name != own[j].source.name or not _continues(own[k], sents[k]):
        return None
    wars = lexicons.words("war_nouns.txt")
    if any(t.lemma_.lower() in wars for m in range(j + 1, k) for t in sents[m]):
        return None  # "... a conflict that has killed 280,000": background told between, the outlet's
    return own[j].source


def _continues(a: Attribution, sent: Span) -> bool:
    """ "The source added that ...", "It also said ...": a statement that presupposes the same speaker spoke
    just before ("The Observatory said" after a bare sentence does not: it names the speaker again)."""
    if _by_anaphor(a, sent):
        return True
    if a.verb < 0:
        return False
    verb = sent.doc[a.verb]
    if verb.lemma_.lower() in lexicons.words("continuing_verbs.txt"):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in {"also", "further"} for c in verb.children)


def _by_anaphor(a: Attribution, sent: Span) -> bool:
    """ "according to the source", "the source said", "it said": a speaker named by a pronoun or a definite speaker
    noun points back to one who spoke just before."""
    doc = sent.doc
    if a.how == "according_to":
        speakers = [g for t in sent if t.lower_ == "according" and t.i + 1 < sent.end for g in doc[t.i + 1].children if g.dep_ == "pobj"]
    elif a.verb >= 0:
        speakers = [c for c in doc[a.verb].children if c.dep_ == "nsubj"]
    else:
        return False
    nouns = lexicons.words("speaker_nouns.txt")
    # a common noun: "the Observatory" is a name told again, not "the source" pointing back
    # a pronoun that is the whole subject ("he Pentagon said", a name that lost its first letter, is no pronoun)
    return any((s.lower_ in {"it", "he", "she", "they"} and len(speakers) == 1) or (s.pos_ == "NOUN" and s.lemma_.lower() in nouns
                                                          and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in s.children))
               for s in speakers)


_PART_OF_TOLL = re.compile(r"^(?:(?:but|and|yet)\s+)?(?:(?:among|of)\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured|casualties)\b"
                           r"|(?:most|many|half|some)\s+of\s+the\s+(?:victims|dead|casualties)\b"
                           # "Those killed overnight included 12 aid workers", "The dead include five children"
                           r"|(?:those|the)\s+(?:killed|dead|victims|wounded|injured|casualties)\s+(?:\w+\s+){0,3}?includ(?:e|es|ed)\b"
                           # "At least 14 of the dead were children", "Nine of those killed were fighters"
                           r"|(?:(?:at\s+least|more\s+than|over|some|nearly|almost|about|around)\s+)?"
                           r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty"
                           r"|seventy|eighty|ninety|dozens|several)(?:-\w+)?)\s+of\s+(?:the|those)\s+(?:killed|dead|victims|wounded|injured|casualties)\b)", re.I)
# How many sentences back a breakdown of "the victims" may reach for the toll it breaks down (a witness's
# sentence may come between: "... the monitor said. A photographer saw the wounded. Most of the victims ...").
_TOLL_LOOKBACK = 2


def _elliptical(sent: Span) -> bool:
    """ "Another 70 were wounded.", "Dozens more were hurt.", "Six were also hurt.": a short count that goes on
    with the one before ("More than 6 million are displaced" is a count of its own)."""
    words = [t for t in sent if not t.is_punct]
    if _PART_OF_TOLL.match(sent.text) or (words and words[0].lower_ in {"another", "further"} and any(t.like_num or t.pos_ == "NUM" for t in words[1:3])):
        return True  # "Among those killed were 105 children ...", "Another five civilians were killed in ...": the same count goes on
    if len(words) > 8 or not any(t.like_num or t.pos_ == "NUM" for t in words):
        return False
    if words[0].lower_ in {"another", "further"} or any(t.lower_ == "also" for t in words):
        return True
    return any(t.lower_ == "more" and t.i > 0 and (t.nbor(-1).like_num or t.nbor(-1).pos_ == "NUM") for t in words[1:3])


def _quotations(doc: Doc, sents: Sequence[Span], own: Sequence[Attribution]) -> dict[int, Attribution]:
    """Sentences wholly inside a quotation: the speaker named where it closes, else where it opens, else
    the speaker of the sentence before it."""
    out: dict[int, Attribution] = {}
    starts = [s.start_char for s in sents]
    for open_at, close_at in _quote_spans(text_of(doc)):
        inside = [i for i, s in enumerate(sents) if _within(s, open_at, close_at)]
        if not inside or len(inside) > _LONGEST_QUOTE:
            continue
        speaker = _quote_speaker(doc, sents, own, starts, open_at, close_at)
        if speaker is None:
            continue
        for i in inside:
            if not _said(own[i]):
                out[sents[i].start_char] = Attribution(speaker, "quote")
    return out


def _within(sent: Span, open_at: int, close_at: int) -> bool:
    """The sentence's words lie inside the quotation (its marks and final stop may stand just outside)."""
    raw = text_of(sent.doc)[sent.start_char : sent.end_char]  # Span.text rebuilds the string on each access
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(raw.strip())
    return open_at <= start + 1 and end - 2 <= close_at


def _quote_speaker(
    doc: Doc, sents: Sequence[Span], own: Sequence[Attribution], starts: list[int], open_at: int, close_at: int
) -> Source | None:
    closing = _sentence_at(starts, close_at)
    said = own[closing]
    if _said(said) and (said.verb < 0 or doc[said.verb].idx > close_at):
        return said.source  # '"..." said X', '"...," he added'
    opening = _sentence_at(starts, open_at)
    said = own[opening]
    if _said(said) and said.verb >= 0 and doc[said.verb].idx < open_at:
        return said.source  # 'X said: "..."'
    if opening > 0 and _said(own[opening - 1]) and sents[opening].start_char >= open_at - 1:
        return own[opening - 1].source  # a quotation standing alone after X's sentence
    return None


def _sentence_at(starts: list[int], position: int) -> int:
    i = 0
    while i + 1 < len(starts) and starts[i + 1] <= position:
        i += 1
    return i


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) character offsets of the quotations in ``text``. Curly marks say which way they face;
    a straight mark opens after a space and closes after a word. An opening mark without its close is
    dropped (a stray mark must not turn the rest of the report into a quotation)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch in _OPENING or ch == '"' and _opens(text, i):
            opened = i
        elif (ch in _CLOSING or ch == '"') and opened is not None:
            if "\n" not in text[opened:i]:  # a quotation that runs on is reopened in each paragraph
                spans.append((opened, i))
            opened = None
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:—–-") and not after.isspace()


__all__ = ["Discourse", "read_discourse"]
