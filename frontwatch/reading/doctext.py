"""The text of a parsed article, built once.

spaCy rebuilds ``Doc.text`` from its tokens on every access (a pass over the whole article), and the
readers slice it many times per sentence; this keeps one copy per Doc in ``Doc.user_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "frontwatch.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed on the first call and kept with the Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)


__all__ = ["text_of"]
