"""Exports of the situation picture: ACLED, UCDP, GeoJSON, HXL and JSON Lines.

Pure functions: incidents and their claims in, rows or documents out, written to a text stream.
Every format keeps each figure with its source: tabular formats carry a ``claims`` JSON column, and
``write_claims_table`` writes the same claims as a flat CSV for a caller to put beside the export.

    from frontwatch.exports import write
    write("acled", incidents, claims_by_id, sys.stdout)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

from frontwatch.exports.acled import ACLED_COLUMNS, export_acled, write_acled
from frontwatch.exports.common import CLAIM_COLUMNS, DocumentLike, DocumentRef, claims_rows
from frontwatch.exports.geojson import export_geojson, write_geojson
from frontwatch.exports.hxl import HASHTAGS, export_hxl, write_hxl
from frontwatch.exports.jsonl import export_jsonl, write_jsonl
from frontwatch.exports.ucdp import export_ucdp, write_ucdp
from frontwatch.records import Claim, Incident

FORMATS = ("acled", "ucdp", "geojson", "hxl", "jsonl")


def write(
    format: str,
    incidents: Iterable[Incident],
    claims_by_id: Mapping[str, Claim],
    stream: TextIO,
    *,
    documents: Mapping[str, DocumentLike] | None = None,
    timestamp: int | None = None,
) -> int:
    """Write ``incidents`` in ``format`` (one of FORMATS) to ``stream``; returns the number of records.

    ``documents`` (doc_id -> DocumentRef) fills UCDP's source columns and HXL's #date+reported and
    #meta+url; ``timestamp`` fills ACLED's timestamp column (left empty by default, so output is
    reproducible).
    """
    if format == "acled":
        return write_acled(incidents, claims_by_id, stream, timestamp=timestamp)
    if format == "ucdp":
        return write_ucdp(incidents, claims_by_id, stream, documents)
    if format == "geojson":
        return write_geojson(incidents, claims_by_id, stream)
    if format == "hxl":
        return write_hxl(incidents, claims_by_id, stream, documents)
    if format == "jsonl":
        return write_jsonl(incidents, claims_by_id, stream)
    raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")


def write_claims_table(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], stream: TextIO) -> int:
    """Write the claims table (CLAIM_COLUMNS: one row per incident and claim, with its source) as CSV."""
    writer = csv.DictWriter(stream, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in claims_rows(incidents, claims_by_id):
        writer.writerow(row)
        count += 1
    return count


__all__ = [
    "ACLED_COLUMNS",
    "CLAIM_COLUMNS",
    "FORMATS",
    "HASHTAGS",
    "DocumentLike",
    "DocumentRef",
    "claims_rows",
    "export_acled",
    "export_geojson",
    "export_hxl",
    "export_jsonl",
    "export_ucdp",
    "write",
    "write_acled",
    "write_claims_table",
    "write_geojson",
    "write_hxl",
    "write_jsonl",
    "write_ucdp",
]
