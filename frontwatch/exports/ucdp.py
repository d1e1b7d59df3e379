"""UCDP GED-style rows: low / best / high fatalities, sides, precision codes and source articles.

Column names follow the UCDP GED codebook (19.1); side_a / side_b come from the incident's dyad
(reading.sides: named by the reports, or inferred, with ``sides_basis`` saying how); ``claims`` (JSON, each
figure with its source) is added last. frontwatch does not split deaths by side: every death is in ``deaths_civilians`` when the
claim's subject names civilians, else in ``deaths_unknown``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from frontwatch.exports.common import (
    DocumentLike,
    DocumentRef,
    claims_json,
    country,
    date_range,
    incident_claims,
    iso,
    ucdp_date_prec,
    ucdp_side,
)
from frontwatch.records import Claim, Incident, Location
from frontwatch.situation.disputes import figures
from frontwatch.situation.sources import normalise, source_identity

COLUMNS = (
    "id",
    "year",
    "type_of_violence",
    "side_a",
    "side_b",
    "dyad_name",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "low",
    "best",
    "high",
    "event_type",
    "sub_event_type",
    "sides_basis",
    "claims",
)
_CIVILIAN_WORDS = ("civilian", "resident", "child", "women", "woman", "famil")
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def type_of_violence(incident: Incident) -> str:
    """UCDP: 1 state-based, 2 non-state, 3 one-sided (against civilians); "" for non-violent events."""
    if incident.event_type not in _VIOLENT and incident.sub_event_type != "Deaths reported":
        return ""  # a toll naming no act ("casualties in Idlib") is still deaths UCDP codes
    if incident.dyad is not None and incident.dyad.violence:
        return str(incident.dyad.violence)
    actors = [a for a in (incident.actor1, incident.actor2) if a]
    if incident.event_type == "Violence against civilians" or any(a.kind == "civilians" for a in actors):
        return "3"
    return "1" if any(a.kind == "state forces" or a.side == "government" for a in actors) else "2"


def where_prec(location: Location | None) -> str:
    """UCDP where_prec from ACLED geo_precision and what the location names."""
    if location is None:
        return ""
    if not location.admin1:
        return "6"  # the country
    return {1: "1", 2: "2"}.get(location.geo_precision, "4" if not location.admin2 else "3")


def _civilian(claim: Claim) -> bool:
    subject = normalise(claim.subject)
    return any(w in subject for w in _CIVILIAN_WORDS)


def ucdp_row(
    incident: Incident, claims_by_id: Mapping[str, Claim], documents: Mapping[str, DocumentLike] | None = None
) -> dict[str, object]:
    """One incident as a UCDP GED-style row."""
    documents = documents or {}
    loc = incident.location
    info = country(loc.country if loc else "")
    start, end = date_range(incident.event_date, incident.time_precision)
    civilians = figures([c for c in incident_claims(incident, claims_by_id) if _civilian(c)], "killed")
    deaths_civilians = min(civilians.best, incident.fatalities_best)
    docs: list[DocumentLike] = [documents.get(d) or DocumentRef(d) for d in incident.documents]
    dyad = incident.dyad
    if dyad is not None and (dyad.side_a or dyad.side_b):
        side_a, side_b = ucdp_side(dyad.side_a), ucdp_side(dyad.side_b)
    else:
        side_a, side_b = ucdp_side(incident.actor1), ucdp_side(incident.actor2)
    has_point = loc is not None and loc.latitude is not None and loc.longitude is not None
    return {
        "id": incident.incident_id,
        "year": incident.event_date.year if incident.event_date else "",
        "type_of_violence": type_of_violence(incident),
        "side_a": side_a,
        "side_b": side_b,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else side_a or side_b,
        "number_of_sources": len({source_identity(s) for s in incident.sources}),
        "source_article": ";".join(f'"{d.outlet},{iso(d.published)},{d.title}"' for d in docs),
        "source_office": ";".join(d.outlet for d in docs),
        "source_date": ";".join(iso(d.published) for d in docs),
        "source_headline": ";".join(d.title for d in docs),
        "source_original": ";".join(s.name for s in incident.sources),
        "where_prec": where_prec(loc),
        "where_coordinates": loc.name if loc else "",
        "adm_1": loc.admin1 if loc else "",
        "adm_2": loc.admin2 if loc else "",
        "latitude": loc.latitude if has_point else "",  # type: ignore[union-attr]
        "longitude": loc.longitude if has_point else "",  # type: ignore[union-attr]
        "geom_wkt": f"POINT ({loc.longitude} {loc.latitude})" if has_point else "",  # type: ignore[union-attr]
        "country": info.name if loc else "",
        "country_id": info.gwno,
        "region": info.region,
        "event_clarity": 1,
        "date_prec": ucdp_date_prec(incident.time_precision),
        "date_start": iso(start),
        "date_end": iso(end),
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": deaths_civilians,
        "deaths_unknown": incident.fatalities_best - deaths_civilians,
        "low": incident.fatalities_low,
        "best": incident.fatalities_best,
        "high": incident.fatalities_high,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        # How sides the reports did not name were filled in (reading.sides), so inferred ones can be told apart.
        "sides_basis": "; ".join(dyad.basis) if dyad is not None else "",
        "claims": claims_json(incident, claims_by_id),
    }


def export_ucdp(
    incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], documents: Mapping[str, DocumentLike] | None = None
) -> Iterator[dict[str, object]]:
    """UCDP GED-style rows, one per incident."""
    for incident in incidents:
        yield ucdp_row(incident, claims_by_id, documents)


def write_ucdp(
    incidents: Iterable[Incident],
    claims_by_id: Mapping[str, Claim],
    stream: TextIO,
    documents: Mapping[str, DocumentLike] | None = None,
) -> int:
    """Write the UCDP-style CSV to ``stream``; returns the number of rows."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in export_ucdp(incidents, claims_by_id, documents):
        writer.writerow(row)
        count += 1
    return count
