"""frontwatch: news reports on armed conflict -> sourced events, figures and control.

    >>> import frontwatch
    >>> reading = frontwatch.extract(text, published="2016-11-27", outlet="Los Angeles Times")
    >>> reading.events, reading.claims, reading.control
"""

from frontwatch.errors import InputError
from frontwatch.pipeline import extract, read_many
from frontwatch.records import (
    EXTRACTOR_VERSION,
    ArticleInput,
    Claim,
    Control,
    Document,
    Event,
    Failure,
    Incident,
    Reading,
)

__all__ = sorted(
    [
        "EXTRACTOR_VERSION",
        "ArticleInput",
        "Claim",
        "Control",
        "Document",
        "Event",
        "Failure",
        "Incident",
        "InputError",
        "Reading",
        "extract",
        "read_many",
    ]
)
__version__ = "0.1.0"
