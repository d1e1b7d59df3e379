"""Typed records that cross stage boundaries.

The pipeline is: raw article -> Document -> mentions (places, actors, dates, figures, sources)
-> Events and Claims (and Control statements) -> a Reading for one article. Fusion across
articles (frontwatch.situation) turns many Readings into Incidents.

Every record is a frozen, slotted dataclass. ``to_dict`` gives the JSON shape the CLI prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

EXTRACTOR_VERSION = "0.1.0"

# ACLED time_precision: 1 day, 2 week, 3 month.
DAY, WEEK, MONTH = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the page that is not article body (caption credit, promo, tagline ...)."""

    kind: str  # section_label | headline | photo_title | caption | caption_label | credit | tagline | related | promo | link | byline | dateline | duplicate | crosshead
    text: str


DATELINE_GAP_DAYS = 62  # a caller's date up to this many days after the page's dateline is an archive date


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned article. ``body`` is what every span offset refers to."""

    doc_id: str  # content hash of the body (sha1 hex, first 16 chars)
    title: str
    published: dt.date | None
    published_source: str  # "caller" | "inferred:html" | "inferred:dateline" | "inferred:caption" | "inferred:body" | "unknown"
    byline: str
    outlet: str
    url: str
    body: str
    captions: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    dateline: dt.date | None = None  # the date the page prints at its head, when it differs from the caller's

    @property
    def anchor(self) -> dt.date | None:
        """The day relative dates ("on Sunday", "yesterday") count from: the page's own dateline when the caller's
        date falls two days to two months after it (an archive or crawl date: "Last updated at Feb 02 2015" in a
        file dated the 19th), else the publication date."""
        if self.dateline and self.published and 1 < (self.published - self.dateline).days <= DATELINE_GAP_DAYS:
            return self.dateline
        return self.published


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    place_id: str
    name: str  # canonical English name
    kind: str  # country | admin1 | admin2 | town | village | neighbourhood | area | crossing | ...
    admin1: str
    admin2: str
    country: str
    latitude: float
    longitude: float
    geo_precision: int  # ACLED: 1 town/neighbourhood, 2 part of region / near town, 3 larger region
    country_code: str = ""
    parent_id: str = ""  # e.g. a neighbourhood's city


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the body; ``place`` is None when the gazetteer has no entry."""

    text: str
    start: int
    end: int
    place: Place | None
    relative: str = ""  # "east of", "northern countryside of", "eastern flank" ... -> coarser precision


@dataclass(frozen=True, slots=True)
class Actor:
    """A dictionary actor."""

    actor_id: str
    name: str  # canonical name
    kind: str  # state forces | rebel group | militia | foreign forces | civilians | international organisation | ...
    side: str  # government | opposition | kurdish | jihadist | coalition | neutral | unknown
    country: str = ""


@dataclass(frozen=True, slots=True)
class ActorMention:
    text: str
    start: int
    end: int
    actor: Actor


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved against the publication date (and its anchor, if relative)."""

    text: str
    start: int
    end: int
    date: dt.date
    time_precision: int  # DAY / WEEK / MONTH
    kind: str  # absolute | weekday | relative | anchored | period | since | planned (a weekday to come)
    end_date: dt.date | None = None  # for ranges ("over the past few days")


@dataclass(frozen=True, slots=True)
class Source:
    """Who asserts something inside an article (not the outlet, unless nothing is attributed)."""

    name: str  # as normalised: "SANA", "Syrian Observatory for Human Rights", "a military source", ...
    source_type: str  # state media | government | military | monitor | activists | opposition body | armed group | international organisation | wire agency | outlet | local sources | witness | expert | unknown
    stance: str = ""  # pro-government | pro-opposition | neutral | ""
    words: str = ""  # the words the text used


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, ACLED style."""

    name: str
    admin1: str
    admin2: str
    country: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    place_id: str = ""
    words: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str  # canonical
    kind: str
    side: str
    words: str  # the words the text used


@dataclass(frozen=True, slots=True)
class Dyad:
    """The two sides of the conflict an event belongs to, as UCDP GED codes them (side_a, side_b).

    ACLED's actor1 / actor2 say who acted on whom in the text; a dyad says which war it is part of.
    A side the text does not name is inferred (its ActorRef has no ``words``) and ``basis`` says how.
    """

    side_a: ActorRef | None
    side_b: ActorRef | None
    violence: int  # UCDP type_of_violence: 1 state-based, 2 non-state, 3 one-sided; 0 not violent
    basis: tuple[str, ...] = ()  # one note per inferred side, e.g. "side_b: opponent of government (Syria)"


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    event_date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc_actors: tuple[ActorRef, ...]
    location: Location | None
    fatalities: int
    sources: tuple[Source, ...]
    hedged: bool
    evidence: str
    start: int
    end: int
    claim_ids: tuple[str, ...] = ()
    trigger: str = ""
    dyad: Dyad | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One sourced assertion: a figure, a control statement, a movement of people, a quote."""

    claim_id: str
    kind: str  # killed | injured | displaced | evacuated | besieged | missing | arrested | families | control | quote | ...
    value: int | None
    qualifier: str  # "at least" | "more than" | "about" (approximations as written) | "estimated" | "" ...
    source: Source
    event_id: str
    place: str
    origin: str
    via: str
    destination: str
    date: dt.date | None
    quote: str
    start: int
    end: int
    hedged: bool
    hedge: str = ""
    disputed_with: tuple[str, ...] = ()
    words: str = ""  # the figure as written ("dozens", "1,500")
    unit: str = "people"  # people | families | fighters | ...
    subject: str = ""  # who: "civilians", "residents", ...
    holder: str = ""  # for kind == "control"


@dataclass(frozen=True, slots=True)
class Control:
    """A statement of who holds a place."""

    place: str
    holder: str
    date: dt.date | None
    source: Source
    claim_id: str
    place_id: str = ""
    since: bool = False  # True when the text says the holder took it on that date


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything one article says."""

    document: Document
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    control: tuple[Control, ...]
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        return to_json(self)


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article as handed to the pipeline (a file, a JSON Lines row, a CSV row)."""

    id: str  # the caller's id, echoed in outputs ("" = use the content hash)
    text: str | bytes
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read; batch jobs keep going and report it."""

    id: str
    kind: str  # InputError.kind, or "crash"
    error: str  # one line


# --- the picture across many articles (frontwatch.situation) -------------------------------


@dataclass(frozen=True, slots=True)
class Dispute:
    """Two or more claims on the same quantity from different sources, all kept."""

    kind: str  # killed | displaced | control | ...
    claim_ids: tuple[str, ...]
    values: tuple[int | None, ...]
    sources: tuple[str, ...]
    note: str = ""  # e.g. "1,500 per state media vs 4,000 per Syrian Observatory for Human Rights"


@dataclass(frozen=True, slots=True)
class Incident:
    """Events from one or many articles that describe the same happening."""

    incident_id: str  # content hash of its sorted event_ids
    event_date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc_actors: tuple[ActorRef, ...]
    location: Location | None
    fatalities: int  # ACLED's conservative value
    fatalities_low: int
    fatalities_best: int
    fatalities_high: int
    sources: tuple[Source, ...]  # distinct sources (two outlets repeating SANA count once)
    hedged: bool
    evidence: str
    documents: tuple[str, ...]  # doc_ids
    event_ids: tuple[str, ...]
    claim_ids: tuple[str, ...]
    disputes: tuple[Dispute, ...] = ()
    dyad: Dyad | None = None


@dataclass(frozen=True, slots=True)
class ControlInterval:
    """Who held a place from ``start`` until ``end`` (None = still, as far as the store knows)."""

    place: str
    place_id: str
    holder: str
    start: dt.date | None
    end: dt.date | None
    claim_ids: tuple[str, ...]
    sources: tuple[str, ...]
    contested: bool = False
    contenders: tuple[str, ...] = ()  # other holders claimed for the same time


def to_json(value: Any) -> Any:
    """Turn records into plain JSON values (dates as YYYY-MM-DD, tuples as lists).

    Events and claims are flattened the way analysts read them: ``actor1`` and ``source`` are
    names (ACLED style) with the detail beside them (``actor1_detail``, ``source_type`` ...).
    """
    if isinstance(value, Event):
        return _event_json(value)
    if isinstance(value, Claim):
        return _claim_json(value)
    if isinstance(value, Dyad):
        return _dyad_json(value)
    if isinstance(value, Control):
        out = _fields_json(value)
        out["source_type"] = value.source.source_type
        out["source"] = value.source.name
        return out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields_json(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


def _fields_json(record: Any) -> dict[str, Any]:
    return {f.name: to_json(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _event_json(event: Event) -> dict[str, Any]:
    out = _fields_json(event)
    for role in ("actor1", "actor2"):
        ref = getattr(event, role)
        out[role] = ref.name if ref else ""
        out[f"{role}_detail"] = to_json(ref)
        out[f"{role}_inferred"] = bool(ref) and not ref.words  # no words: a rule named it, the text did not
    out["assoc_actors"] = [a.name for a in event.assoc_actors]
    out["assoc_actors_detail"] = to_json(event.assoc_actors)
    out["sources"] = [s.name for s in event.sources]
    out["sources_detail"] = to_json(event.sources)
    out["dyad"] = _dyad_json(event.dyad)
    return out


def _dyad_json(dyad: Dyad | None) -> dict[str, Any] | None:
    """A dyad with side names flat (as analysts read them) and the detail beside them."""
    if dyad is None:
        return None
    out: dict[str, Any] = {}
    for role in ("side_a", "side_b"):
        ref = getattr(dyad, role)
        out[role] = ref.name if ref else ""
        out[f"{role}_inferred"] = bool(ref) and not ref.words
        out[f"{role}_detail"] = to_json(ref)
    out["type_of_violence"] = dyad.violence
    out["basis"] = list(dyad.basis)
    return out


def _claim_json(claim: Claim) -> dict[str, Any]:
    out = _fields_json(claim)
    out["source"] = claim.source.name
    out["source_type"] = claim.source.source_type
    out["source_stance"] = claim.source.stance
    out["source_words"] = claim.source.words
    return out


__all__ = [
    "DAY",
    "EXTRACTOR_VERSION",
    "MONTH",
    "WEEK",
    "Actor",
    "ArticleInput",
    "Failure",
    "ActorMention",
    "ActorRef",
    "Claim",
    "Control",
    "ControlInterval",
    "Dispute",
    "Incident",
    "DateMention",
    "Document",
    "Dyad",
    "Event",
    "Location",
    "Place",
    "PlaceMention",
    "Reading",
    "Removed",
    "Source",
    "to_json",
]
