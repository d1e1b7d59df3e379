"""No article prose copied from ../shared into the project.

The articles (FA-KES, the seed, CASE 2021 snippets, GeoWebNews, UCDP source headlines) are read from ../shared at
run time; a sentence or fragment lifted from them into code, data, a comment or a test is a copy. This test
finds any run of SHINGLE words (lower-cased [a-z0-9] words) shared with those texts. Words are joined within a
sentence, across line breaks (a copy split over two string literals is still found) but not across a sentence
end or a blank line (two stock phrases side by side are no copy). Organisation names and stock phrases of that
length that are no copies are listed in copied_text_allow.txt.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conftest import shared_path

SHINGLE = 9
ROOT = Path(__file__).resolve().parents[1]
ALLOW = Path(__file__).with_name("copied_text_allow.txt")
# Not prose: version control and caches; the annotations are structured gold (their texts stay in ../shared).
# The event-typing development set (eval/dev) is the project's own writing and is checked like the code.
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "node_modules",
             "build", "dist"}
SKIP_UNDER = (("eval", "annotations"),)

_WORD = re.compile(r"[a-z0-9]+")
# A sentence ends at . ! ? before a space, a closing quote or bracket, or the end; a blank line ends a paragraph.
_BOUNDARY = re.compile(r"[.!?](?=[\s\"')\]]|$)|\n[ \t]*\n")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> Iterator[str]:
    for i in range(len(words) - SHINGLE + 1):
        yield " ".join(words[i : i + SHINGLE])


def _shared_texts(shared: Path) -> Iterator[str]:
    csv.field_size_limit(1 << 30)
    with (shared / "data" / "fa-kes" / "fakes.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["article_title"]
            yield row["article_content"]
    yield (shared / "seed" / "000_82fb5c8a9c3c66ef.txt").read_text(encoding="utf-8")
    with (shared / "data" / "case2021-task2" / "test_set_final_release_with_labels.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield row["EventSnippet"] or ""
    with (shared / "data" / "geowebnews" / "geowebnews.jsonl").open(encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            yield article.get("title", "")
            yield article["text"]
    with (shared / "data" / "ucdp-ged-syria" / "ged_syria_2016.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield row["source_headline"]


def _allowed() -> set[str]:
    phrases = [line for line in ALLOW.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return {s for phrase in phrases for s in _shingles(_words(phrase))}


def _project_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if not path.is_file() or path == ALLOW or SKIP_DIRS.intersection(rel) or any(rel[: len(u)] == u for u in SKIP_UNDER):
            continue
        if any(part.endswith(".egg-info") for part in rel):
            continue  # pip's copy of the README and file lists
        yield path


def _read_text(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data:
        return None  # binary: images, gzipped gazetteers
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def copies(text: str, copied: set[str]) -> Iterator[tuple[int, str]]:
    """(line, words) for each run of words in `text` that shares SHINGLE-word sequences with `copied`."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    bounds = [m.start() for m in _BOUNDARY.finditer(text)]
    tokens = [(m.group(), m.start(), bisect.bisect(bounds, m.start())) for m in _WORD.finditer(text.lower())]
    hit = [False] * len(tokens)
    for i in range(len(tokens) - SHINGLE + 1):
        window = tokens[i : i + SHINGLE]
        if window[0][2] == window[-1][2] and " ".join(w for w, _, _ in window) in copied:
            hit[i : i + SHINGLE] = [True] * SHINGLE
    i = 0
    while i < len(tokens):
        if not hit[i]:
            i += 1
            continue
        j = i
        while j < len(tokens) and hit[j] and tokens[j][2] == tokens[i][2]:
            j += 1
        yield bisect.bisect(line_starts, tokens[i][1]), " ".join(w for w, _, _ in tokens[i:j])
        i = j


def find_copies(root: Path, texts: Iterable[str], allowed: set[str]) -> list[str]:
    """file:line: words, for every copied run in the project's files under `root`."""
    copied = {s for text in texts for s in _shingles(_words(text))} - allowed
    found = []
    for path in _project_files(root):
        text = _read_text(path)
        if text is None:
            continue
        for line, words in copies(text, copied):
            found.append(f"{path.relative_to(root)}:{line}: {words}")
    return found


def test_copies_finds_a_run_split_over_lines_but_not_across_sentences() -> None:
    copied = set(_shingles(_words("one two three four five six seven eight nine ten")))
    assert list(copies('x = ("One two three four five\n    six seven eight nine ten")', copied)) == [
        (1, "one two three four five six seven eight nine ten")]
    assert list(copies("One two three four five. Six seven eight nine ten.", copied)) == []
    assert list(copies("One two three four five\n\nsix seven eight nine ten", copied)) == []


@pytest.mark.shared
def test_no_article_prose_is_copied_into_the_project() -> None:
    found = find_copies(ROOT, _shared_texts(shared_path()), _allowed())
    assert not found, (f"{len(found)} runs of {SHINGLE}+ words copied from ../shared; write the project's own words "
                       "(or read the article from ../shared at run time):\n" + "\n".join(found))
