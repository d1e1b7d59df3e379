"""GeoJSON FeatureCollection: one Point feature per incident (null geometry when unlocated).

Properties are the ACLED row's fields plus low / best / high fatalities, the list of sources, the
documents, the disputes and the claims (a list of objects, each with its source).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from frontwatch.exports.acled import acled_row
from frontwatch.exports.common import claim_record, incident_claims
from frontwatch.records import Claim, Incident, to_json


def feature(incident: Incident, claims_by_id: Mapping[str, Claim]) -> dict[str, Any]:
    """One incident as a GeoJSON Feature."""
    loc = incident.location
    geometry = None
    if loc is not None and loc.latitude is not None and loc.longitude is not None:
        geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
    row = acled_row(incident, claims_by_id)
    # JSON has null: a missing value is null, not "" (GIS tools then keep numeric columns numeric).
    properties: dict[str, Any] = {k: (None if v == "" else v) for k, v in row.items() if k not in ("latitude", "longitude", "claims")}
    properties.update(
        incident_id=incident.incident_id,
        fatalities_low=incident.fatalities_low,
        fatalities_best=incident.fatalities_best,
        fatalities_high=incident.fatalities_high,
        sources=[s.name for s in incident.sources],
        source_types=[s.source_type for s in incident.sources],
        documents=list(incident.documents),
        disputes=to_json(list(incident.disputes)),
        claims=[claim_record(c) for c in incident_claims(incident, claims_by_id)],
    )
    return {"type": "Feature", "id": incident.incident_id, "geometry": geometry, "properties": properties}


def export_geojson(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (WGS84 longitude, latitude) of the incidents."""
    return {"type": "FeatureCollection", "features": [feature(i, claims_by_id) for i in incidents]}


def write_geojson(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], stream: TextIO) -> int:
    """Write the FeatureCollection to ``stream``; returns the number of features."""
    collection = export_geojson(incidents, claims_by_id)
    json.dump(collection, stream, ensure_ascii=False)
    stream.write("\n")
    return len(collection["features"])
