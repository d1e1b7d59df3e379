"""Figures a headline gives that the body does not repeat: "4 citizens killed 17 injured in rocket attacks
on Hama Latakia and Homs" heads a body that only counts each district.

They are the outlet's claims (or the source the headline names: "... kills 15: monitor"); like caption
claims they carry offsets -1 and the headline as their quote. A headline count the body gives too (the
same kind and value, or a rounded "more than 50" for the body's 51) is not claimed twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading.claims import find_claims
from frontwatch.records import Claim, Document, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.reading.mentions import Mentions

_ROUNDED = {"more than", "over", "at least", "nearly", "almost", "about", "around", "some", "roughly"}


def _repeated(claim: Claim, body: list[Claim]) -> bool:
    for other in body:
        if other.kind != claim.kind or other.value is None or claim.value is None:
            continue
        if other.value == claim.value:
            return True
        if claim.qualifier in _ROUNDED and claim.value <= other.value <= claim.value * 1.2:
            return True  # "More than 50 civilians killed" heads "at least 51 civilians were killed"
    return False


def headline_claims(document: Document, title_doc: Doc, title_mentions: Mentions, body: list[Claim], outlet: Source) -> list[Claim]:
    """The headline's figures that the body's claims do not already hold (vague ones left out)."""
    found, _, _ = find_claims(document, title_doc, title_mentions, [], outlet)
    out = []
    for claim in found:
        if claim.value is None or claim.qualifier == "vague" or _repeated(claim, body):
            continue
        claim_id = hashlib.sha1(f"{document.doc_id}|headline|{claim.kind}|{claim.value}".encode()).hexdigest()[:16]
        out.append(replace(claim, claim_id=claim_id, start=-1, end=-1, quote=document.title, event_id="", disputed_with=()))
    return out


__all__ = ["headline_claims"]
