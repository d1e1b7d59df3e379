"""The one write route, ``POST /api/ingest``, present only when the server runs with ``--writable``."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from frontwatch import settings

# One ingest at a time: the store takes one writer, and fusion is recomputed after each article.
_WRITE_LOCK = threading.Lock()

router = APIRouter(prefix="/api")


class IngestRequest(BaseModel):
    """One article to read and store."""

    text: str = Field(..., min_length=1, description="plain text or HTML of the article")
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    id: str = ""


def ingest_one(db_path: Path, body: IngestRequest) -> dict[str, Any]:
    """Read and store one article through the real ingest; returns what the run did."""
    from frontwatch.ingest import Columns, ingest

    if len(body.text.encode("utf-8")) > int(settings.get("max_input_bytes")):
        raise ValueError(f"article larger than the max_input_bytes setting ({settings.get('max_input_bytes')} bytes)")
    row = {"id": body.id or "api", "text": body.text, "title": body.title, "outlet": body.outlet, "url": body.url,
           "published": body.published.isoformat() if body.published else ""}
    columns = Columns(text="text", date="published", outlet="outlet", id="id", title="title", url="url")
    with _WRITE_LOCK, tempfile.TemporaryDirectory(prefix="frontwatch-api-") as tmp:
        path = Path(tmp) / "article.jsonl"
        path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
        report = ingest([path], db_path, columns=columns, progress=False)
    return {
        "docs_new": report.docs_new,
        "docs_present": report.docs_present,
        "failed": report.failed,
        "errors": [f.error for _, f in report.failures],
        "totals": report.totals,
    }


@router.post("/ingest", summary="Read one article and store it (only when the server runs with --writable)")
def ingest_route(body: IngestRequest, request: Request) -> dict[str, Any]:
    try:
        result = ingest_one(request.app.state.web.db_path, body)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    if result["failed"] and not (result["docs_new"] or result["docs_present"]):
        raise HTTPException(422, "; ".join(result["errors"]) or "the article could not be read")
    return result
