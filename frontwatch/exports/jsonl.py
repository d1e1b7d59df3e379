"""JSON Lines: one incident per line, with the event keys of ``frontwatch extract`` plus
``incident_id``, ``documents``, ``sources`` and its ``claims`` (each with its source) and disputes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from frontwatch.exports.common import incident_claims
from frontwatch.records import Claim, Incident, to_json


def incident_json(incident: Incident, claims_by_id: Mapping[str, Claim]) -> dict[str, Any]:
    """One incident as a JSON object, flattened like extract's events (actor names, detail beside)."""
    out: dict[str, Any] = to_json(incident)
    for role in ("actor1", "actor2"):
        ref = getattr(incident, role)
        out[role] = ref.name if ref else ""
        out[f"{role}_detail"] = to_json(ref)
    out["assoc_actors"] = [a.name for a in incident.assoc_actors]
    out["assoc_actors_detail"] = to_json(incident.assoc_actors)
    out["sources"] = [s.name for s in incident.sources]
    out["sources_detail"] = to_json(incident.sources)
    out["claims"] = [to_json(c) for c in incident_claims(incident, claims_by_id)]
    return out


def export_jsonl(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim]) -> Iterator[dict[str, Any]]:
    """Incident objects, one per line when written."""
    for incident in incidents:
        yield incident_json(incident, claims_by_id)


def write_jsonl(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], stream: TextIO) -> int:
    """Write JSON Lines to ``stream``; returns the number of lines."""
    count = 0
    for obj in export_jsonl(incidents, claims_by_id):
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count
