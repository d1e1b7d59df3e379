"""Small builders of hand-made records for the fusion, control and export tests.

Coordinates are real (Aleppo neighbourhoods, GeoNames towns) so distance rules are tested as they run.
"""

from __future__ import annotations

import datetime as dt
import functools

from frontwatch.records import DAY, ActorRef, Claim, Control, Document, Event, Location, Reading, Source

D = dt.date
SANA = Source("SANA", "state media", "pro-government", "SANA")
STATE_MEDIA = Source("state media", "state media", "pro-government", "State media")
SOHR = Source("Syrian Observatory for Human Rights", "monitor", "pro-opposition", "the Syrian Observatory")
MILITARY = Source("a military source", "military", "pro-government", "A military source")
ARMY = Source("Syrian army", "military", "pro-government", "the Syrian army")
OUTLET = Source("Los Angeles Times", "outlet", "", "")

GOV = ActorRef("Military Forces of Syria (2000-)", "state forces", "government", "troops")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebel group", "opposition", "rebels")
JIHADISTS = ActorRef("Islamist Rebels (Syria)", "rebel group", "jihadist", "terrorists")
IS = ActorRef("Islamic State (Syria)", "rebel group", "jihadist", "ISIS")
SDF = ActorRef("SDF: Syrian Democratic Forces", "rebel group", "kurdish", "SDF")
CIVILIANS = ActorRef("Civilians (Syria)", "civilians", "neutral", "civilians")


def place(name: str, lat: float, lon: float, precision: int = 1, admin1: str = "Aleppo", admin2: str = "Jebel Saman", pid: str = "") -> Location:
    return Location(name, admin1, admin2, "Syria", lat, lon, precision, pid or name.lower().replace(" ", "_"), name)


JABAL_BADRO = place("Jabal Badro", 36.21486, 37.206309)
HELLOK = place("Trab al-Hellok", 36.2304907, 37.1698736)
HANANO = place("Hanano Housing", 36.2277249, 37.2032306)
ALEPPO = place("Aleppo", 36.20124, 37.16117, pid="aleppo_city")
AL_BAB = place("Al Bab", 36.3705, 37.5157, admin2="Al Bab")
EASTERN_ALEPPO = place("eastern Aleppo", 36.20124, 37.19, precision=2, pid="")


def event(
    eid: str,
    date: dt.date | None,
    location: Location | None,
    *,
    event_type: str = "Battles",
    sub: str = "Government regains territory",
    actor1: ActorRef | None = GOV,
    actor2: ActorRef | None = REBELS,
    sources: tuple[Source, ...] = (SANA,),
    precision: int = DAY,
    fatalities: int = 0,
    claim_ids: tuple[str, ...] = (),
    hedged: bool = False,
) -> Event:
    return Event(
        event_id=eid,
        event_date=date,
        time_precision=precision,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        assoc_actors=(),
        location=location,
        fatalities=fatalities,
        sources=sources,
        hedged=hedged,
        evidence=f"evidence of {eid}",
        start=0,
        end=10,
        claim_ids=claim_ids,
    )


def claim(
    cid: str,
    kind: str,
    value: int | None,
    source: Source,
    *,
    event_id: str = "",
    place: str = "",
    origin: str = "",
    via: str = "",
    destination: str = "",
    qualifier: str = "",
    subject: str = "",
    date: dt.date | None = None,
    hedged: bool = False,
) -> Claim:
    return Claim(
        claim_id=cid,
        kind=kind,
        value=value,
        qualifier=qualifier,
        source=source,
        event_id=event_id,
        place=place,
        origin=origin,
        via=via,
        destination=destination,
        date=date,
        quote="",
        start=0,
        end=5,
        hedged=hedged,
        words=f"{value:,}" if value is not None else "",
        subject=subject,
    )


def control(place: str, holder: str, date: dt.date | None, source: Source, cid: str, *, since: bool = False, pid: str = "") -> Control:
    return Control(place=place, holder=holder, date=date, source=source, claim_id=cid, place_id=pid, since=since)


def reading(
    doc_id: str,
    outlet: str,
    published: dt.date | None,
    events: tuple[Event, ...] = (),
    claims: tuple[Claim, ...] = (),
    controls: tuple[Control, ...] = (),
) -> Reading:
    document = Document(doc_id, f"title {doc_id}", published, "caller", "", outlet, f"https://example.org/{doc_id}", "body")
    return Reading(document, events, claims, controls)


@functools.lru_cache(maxsize=1)
def real_seed_and_sana() -> tuple[Reading, Reading]:
    """The seed (LA Times, 27 Nov 2016) and FA-KES's SANA article of the same day, read once per session.

    Read from ../shared at run time (skips when absent, fails under FRONTWATCH_REQUIRE_SHARED=1).
    """
    import pandas as pd
    from conftest import shared_path

    from frontwatch.pipeline import extract

    seed_text = shared_path("seed", "000_82fb5c8a9c3c66ef.txt").read_text(encoding="utf-8")
    rows = pd.read_csv(shared_path("data", "fa-kes", "fakes_2016-11_2016-12.csv"))
    row = rows[rows.article_title.str.contains("Jabal Badro", regex=False)].iloc[0]
    seed = extract(seed_text, outlet="Los Angeles Times")
    sana = extract(row.article_content, title=row.article_title, published="2016-11-27", outlet=row.source)
    return seed, sana
