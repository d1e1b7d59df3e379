"""Errors for bad input. Each names the problem in one line; the CLI prints it and exits non-zero."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be read as an English news article.

    ``kind`` is one of: empty, binary, encoding, language, too_large, malformed.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    def __str__(self) -> str:
        return f"{self.kind}: {self.args[0]}"
