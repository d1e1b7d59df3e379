"""Batch ingest: many articles (files, folders, JSON Lines, CSV) into the store, streaming.

    >>> from frontwatch.ingest import ingest, Columns
    >>> report = ingest(["fakes.csv"], "frontwatch.db", columns=Columns(text="article_content", date="date"))
"""

from frontwatch.ingest.readers import Columns, Input, count_inputs, iter_inputs, parse_date
from frontwatch.ingest.run import IngestReport, ingest, refresh_situation

__all__ = ["Columns", "IngestReport", "Input", "count_inputs", "ingest", "iter_inputs", "parse_date", "refresh_situation"]
