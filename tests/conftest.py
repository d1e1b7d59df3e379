"""Shared test fixtures.

Tests that read real data from ../shared skip when it is absent (a user's machine) and fail
instead when FRONTWATCH_REQUIRE_SHARED=1 (CI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("FRONTWATCH_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or skip (fail under FRONTWATCH_REQUIRE_SHARED=1) when missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"../shared data not found: {path}"
        if os.environ.get("FRONTWATCH_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def shared():  # type: ignore[no-untyped-def]
    """The shared_path function as a fixture."""
    return shared_path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once per test session."""
    from frontwatch.pipeline import load_nlp

    return load_nlp()
