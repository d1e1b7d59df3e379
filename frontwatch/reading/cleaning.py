"""Page text -> article body: what is page furniture, by the shape of each line.

A plain-text copy of a news page carries a section label, photo titles, captions and credit
lines (often printed twice), taglines ("X is a special correspondent."), related headlines and
promos. The rules here read line shapes, not known texts:

- a line in parentheses with "/" or an agency name ("Photograph: ...", "Source: ...") is a
  credit; the sentence lines just above it (same block) are its caption, a short title-like
  line above them the photo title; a caption may carry its credit at its end;
- a line repeated verbatim was printed twice; a line that is only a date is a dateline;
- short title-like lines at the top, before the first paragraph, are the headline, labels,
  byline ("By ...", "Jane Roe in Beirut");
- "<Name> is a <role>." after the last paragraph is a tagline; title-like lines closing the
  page (after a tagline, a cue such as "Related", or two or more of them) are related links;
- short lines matching the promo lexicon (frontwatch/data/lexicons/boilerplate.tsv) are promos; a line that
  is only a URL is a link;
- input that is only title-like lines is a list of headlines, kept whole.

Pages scraped into one long line get the run-in rules in ``documents`` (datelines, a repeated
title, reporter names, footers).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.records import Removed


@functools.cache
def lexicon_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file in frontwatch/data/lexicons (lines starting with # are comments)."""
    # Path from this file, not importlib.resources: the editable install can expose the package
    # as a namespace package, which resources.files() refuses.
    text = (Path(__file__).resolve().parent.parent / "data" / "lexicons" / name).read_text(encoding="utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@functools.cache
def patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    """Compiled boilerplate patterns of one kind (promo, related_cue, tail, tail_credit, head)."""
    return tuple(re.compile(row[1], re.IGNORECASE) for row in lexicon_rows("boilerplate.tsv") if row[0] == kind)


@functools.cache
def agencies() -> re.Pattern[str]:
    """Any news or photo agency name, as a whole word."""
    names = sorted((row[0] for row in lexicon_rows("agencies.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


@functools.cache
def section_labels() -> tuple[str, ...]:
    """Names of a site's sections ("world", "middle east"), lower case: page furniture, never a headline."""
    return _roles("section")


def _roles(kind: str) -> tuple[str, ...]:
    return tuple(row[1] for row in lexicon_rows("page_roles.tsv") if row[0] == kind)


_SENTENCE_END = re.compile(r"""[.!?;:,…"”’')\]]$""")
_WORDS = re.compile(r"[\w'’&-]+")
_CREDIT_SHAPE = re.compile(r"^\(([^()]{3,150})\)$|^(?:photo(?:graph)?s?|images?|pictures?|credit|file photo|sources?)\s*[:/|]\s*\S.{0,100}$|^(?:image|photo|picture)\s+(?:copyright|credit)s?\b.{0,80}$", re.I)
_BYLINE_LINE = re.compile(
    r"^(?:By\s+([A-Z][\w.'’-]+(?:\s+(?:and\s+|de\s+|al-|el-)?[A-Z][\w.'’-]+){0,5})(?:,.*)?"
    # "Jane Roe in Beirut", "Jane Roe and John Doe in Aleppo" (no "By")
    r"|([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})?)\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:(?:al|el|de|bin|ibn|abu|van|von)[- ])?[A-Z][\w.'’-]+){0,3}"
_TAGLINE = re.compile(rf"^(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)\s+(?:is|are|was|were)\s+(?:(?:a|an|the|our)\s+)?(?P<rest>.{{0,120}})$")


def words(line: str) -> list[str]:
    """The words of a line (numbers and hyphenated words count as one)."""
    return _WORDS.findall(line)


def is_sentence(line: str) -> bool:
    """Ends like prose (full stop, quote, closing bracket ...)."""
    return bool(_SENTENCE_END.search(line))


def is_titlelike(line: str, max_words: int = 20) -> bool:
    """Short, starts with a capital or digit, no final punctuation (a headline, label, photo title)."""
    n = len(words(line))
    if not (1 <= n <= max_words) or not re.match(r"""^["“‘']?[A-Z0-9]""", line):
        return False
    return not is_sentence(line) or (line.endswith("?") and n <= 15)


def is_promo(line: str) -> bool:
    """A short line from the promo lexicon ("Get our ... newsletter", "Sign up", "Follow us")."""
    return len(words(line)) <= 15 and any(p.search(line) for p in patterns("promo") + patterns("related_cue"))


def is_credit(line: str) -> bool:
    """A photo credit: "(Name / Agency)", "(AFP)", "Photo: Reuters"."""
    m = _CREDIT_SHAPE.match(line)
    if not m or len(words(line)) > 16:
        return False
    inner = m.group(1) or line
    if re.match(r"sources?\s*:", line, re.I):  # "Source: Al Jazeera and news agencies"
        return len(words(line)) <= 10
    return "/" in inner or bool(agencies().search(inner)) or bool(re.search(r"\b(photo|image|credit|courtesy|agencies)", inner, re.I))


def tagline_author(line: str) -> str | None:
    """"Bulos is a special correspondent." -> "Bulos"; None when the line is not a tagline."""
    if len(words(line)) > 35:
        return None
    lowered = line.lower()
    m = _TAGLINE.match(line.rstrip())
    if m and any(re.search(rf"\b{re.escape(r)}s?\b", m.group("rest").lower()) for r in _roles("role")):
        return m.group("who")
    if any(p in lowered for p in _roles("credit_phrase")) and len(words(line)) <= 25:
        return ""  # a contributor note: removed, but it names no author of the piece
    return None


@dataclass(slots=True)
class Line:
    """One non-empty line of the page and what the cleaner decided it is."""

    text: str
    block: int  # lines with no blank line between them share a block
    kind: str = ""  # "" = body
    before: list[Removed] = field(default_factory=list)  # run-in pieces cut off its start
    after: list[Removed] = field(default_factory=list)  # ... and off its end


@dataclass(frozen=True, slots=True)
class Page:
    """A cleaned page."""

    headline: str
    byline: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    removed: tuple[Removed, ...]
    datelines: tuple[str, ...]  # removed dateline texts, for date inference


def split_lines(text: str) -> list[Line]:
    """Normalised non-empty lines with their block numbers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]", " ", text)
    lines: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        line = re.sub(r"[ \t\f\v]+", " ", raw).strip()
        if not line:
            block += 1
            continue
        lines.append(Line(line, block))
    return lines


def classify(lines: list[Line], title: str = "") -> tuple[str, str]:
    """Label page furniture in place; returns (headline, byline) found on the page."""
    _mark_promos(lines)
    _mark_photo_blocks(lines)
    _mark_repeats(lines)
    _mark_uncredited_photos(lines)
    _mark_date_lines(lines)
    if headlines_only(lines):
        # A headline, or a list of them (source headlines of one event): they are the text.
        return next(line.text for line in lines if not line.kind), ""
    headline, byline = _mark_header(lines, title)
    tail_byline = _mark_tail(lines)
    return headline, byline or tail_byline


_JOINED_MAX_WORDS = 80


def headlines_only(lines: list[Line]) -> bool:
    """True when every line left is title-like: the input is headlines, not a page."""
    rest = [line for line in lines if not line.kind]
    if bool(rest) and all(is_titlelike(line.text, 25) for line in rest):
        return True
    # Reports joined one per line, as a dataset keeps a row's sources: none ends like prose, though a long one
    # ("95 people were killed yesterday, including ...") is no headline by length; a page's body ends in full stops.
    return len(rest) >= 2 and all(_unstopped(line.text) for line in rest)


def _unstopped(line: str) -> bool:
    """A report line of up to _JOINED_MAX_WORDS that opens like a headline and ends without a full stop (a quoted
    name at its end, "... in “Kobane”", is no stop)."""
    n = len(words(line))
    if not (1 <= n <= _JOINED_MAX_WORDS) or not re.match(r"""^["“‘']?[A-Z0-9]""", line):
        return False
    return not re.search(r"[.!?…][\"'”’)\]]*\s*$", line)


_CAPTION_LEAD = re.compile(r"^(?:image|photo|picture|video)?\s*caption\s*:?\s+", re.I)
_TRAILING_PARENS = re.compile(
    r"^(?P<caption>.{20,}?[.!?\"”])\s*(?P<credit>\([^()]{2,100}\)|(?:Photograph|Photo|Picture|Image)s?\s*:\s*[^.]{2,80})$"
)


_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def _mark_promos(lines: list[Line]) -> None:
    alone = sum(1 for line in lines if line.text.strip()) == 1
    for line in lines:
        if _URL_LINE.match(line.text):  # a bare link (a share or source URL) is not prose
            line.kind = "link"
        elif is_credit(line.text):
            line.kind = "credit"
        elif is_promo(line.text):
            line.kind = "promo"
        elif lead := _CAPTION_LEAD.match(line.text):  # "Image caption Families flee ..."
            line.before.append(Removed("caption_label", lead.group(0).strip()))
            line.text, line.kind = line.text[lead.end() :], "caption"
        else:
            # "Smoke rises over the city. (Jane Roe / AFP)": a caption carrying its credit
            m = _TRAILING_PARENS.match(line.text)
            if m and is_credit(m.group("credit")) and len(words(line.text)) <= 60 and not _story_credit(m.group("credit"), alone):
                line.text, line.kind = m.group("caption"), "caption"
                line.after.append(Removed("credit", m.group("credit")))


def _story_credit(credit: str, alone: bool) -> bool:
    """ "... killed 14 people. (Source: Anadolu Agency)": a credit naming where the story came from closes the
    article, not a photo; so does any credit closing the page's only line (a caption has a story under it)."""
    return alone or re.match(r"\(\s*(?:sources?|with|via)\b", credit, re.I) is not None


def _mark_photo_blocks(lines: list[Line]) -> None:
    for i, line in enumerate(lines):
        if line.kind != "credit":
            continue
        seen: list[str] = []
        j = i - 1
        # Walk up the photo block: captions (maybe printed twice), then an optional photo title.
        while j >= 0 and i - j <= 5 and lines[j].block == line.block and not lines[j].kind:
            text = lines[j].text
            if text in seen:
                lines[j].kind = "duplicate"
            elif is_sentence(text) and len(words(text)) <= 80:
                lines[j].kind = "caption"
                seen.append(text)
            elif seen and is_titlelike(text, 10):
                lines[j].kind = "photo_title"
                break
            else:
                break
            j -= 1
        # a caption printed twice: the lower copy is the duplicate
        captions = [k for k in range(j + 1, i) if lines[k].kind in ("caption", "duplicate")]
        for k in captions:
            first = next(m for m in captions if lines[m].text == lines[k].text)
            lines[k].kind = "caption" if k == first else "duplicate"


def _mark_uncredited_photos(lines: list[Line]) -> None:
    """A photo title with its caption and no credit: a two-line block on a page whose paragraphs
    stand alone between blank lines (so a short line glued to a sentence is not a subheading)."""
    blocks: dict[int, list[Line]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    prose = [b for b in blocks.values() if any(not ln.kind for ln in b)]
    if len(prose) < 4 or sum(len(b) == 1 for b in prose) < 0.7 * len(prose):
        return
    first_paragraph = next(
        (b[0].block for b in prose if len(b) == 1 and is_sentence(b[0].text) and len(words(b[0].text)) >= 12), None
    )
    for block in prose:
        if first_paragraph is None or block[0].block <= first_paragraph or len(block) != 2 or any(ln.kind for ln in block):
            continue
        title, caption = block
        if is_titlelike(title.text, 8) and is_sentence(caption.text) and len(words(caption.text)) <= 60:
            title.kind, caption.kind = "photo_title", "caption"


def _mark_date_lines(lines: list[Line]) -> None:
    """A line that is only a date ("27 Nov 2016", "Sun 27 Nov 2016 14.03 GMT") is a dateline, wherever it is."""
    from frontwatch.reading.dates import find_dates

    for line in lines:
        if line.kind or len(words(line.text)) > 12:
            continue
        dates = [d for d in find_dates(line.text, None) if d.kind == "absolute" and d.time_precision == 1]
        if dates and sum(d.end - d.start for d in dates) >= 0.5 * len(line.text):
            line.kind = "dateline"


def _mark_repeats(lines: list[Line]) -> None:
    seen: dict[str, int] = {}
    flattened: list[Line] = []
    for i, line in enumerate(lines):
        if line.kind or len(words(line.text)) < 5:
            seen.setdefault(line.text, i)
            continue
        if line.text in seen:
            first = lines[seen[line.text]]
            line.kind = "duplicate"
            # Printed twice in a row with no credit: a caption block the page flattened.
            if seen[line.text] == i - 1 and not first.kind and len(words(first.text)) <= 60:
                flattened.append(first)
        else:
            seen[line.text] = i
    # ... unless nothing else is left: then the repeated line is the text itself (a headline given twice).
    if any(not line.kind and all(line is not f for f in flattened) for line in lines):
        for first in flattened:
            first.kind = "caption"


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


def _mark_header(lines: list[Line], title: str) -> tuple[str, str]:
    header: list[Line] = []
    byline = ""
    for line in lines:
        if line.kind:
            continue
        if not is_titlelike(line.text, 25):
            break
        header.append(line)
    if not header:
        return "", ""
    from frontwatch.reading.dates import find_dates

    rest: list[Line] = []
    for line in header:
        m = _BYLINE_LINE.match(line.text)
        dates = find_dates(line.text, None)
        if m:
            line.kind, byline = "byline", m.group(1) or m.group(2)
        elif agencies().fullmatch(line.text):
            line.kind = "credit"  # "Associated Press" under the byline
        elif dates and (
            sum(d.end - d.start for d in dates) >= 0.6 * len(line.text)
            or (len(words(line.text)) <= 12 and any(d.kind == "absolute" and d.time_precision == 1 for d in dates))
        ):  # "Nov. 27, 2016", "Updated 10:22 AM ET, Sun November 27, 2016"
            line.kind = "dateline"
        else:
            rest.append(line)
    headline = ""
    if title:
        for line in rest:
            if _norm(line.text) == _norm(title):
                line.kind, headline = "headline", line.text
    if not headline and rest:
        best = max(rest, key=lambda ln: (len(words(ln.text)), -lines.index(ln)))
        sections = _roles("section")
        is_label = "&" in best.text or best.text.lower() in sections
        if len(rest) > 1 or len(words(best.text)) >= 4 or not is_label:
            best.kind, headline = "headline", best.text
    for line in rest:
        if not line.kind:
            line.kind = "section_label" if len(words(line.text)) <= 6 else "headline"
    return headline, byline


def _mark_tail(lines: list[Line]) -> str:
    body = [i for i, line in enumerate(lines) if not line.kind]
    if not body:
        return ""
    byline = ""
    tagline_at = -1
    # Taglines close the text: only lines after the last paragraph of prose qualify, so that
    # "Smith is a former correspondent for the BBC." inside the story stays.
    for i in reversed(body[-8:]):
        author = tagline_author(lines[i].text)
        if author is not None:
            lines[i].kind, tagline_at = "tagline", i
            byline = byline or author
        elif not is_titlelike(lines[i].text):
            break
    # Related links: title-like lines after the tagline, or a run of them closing the page.
    start = tagline_at + 1 if tagline_at >= 0 else None
    if start is None:
        run: list[int] = []
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].kind in ("promo",):
                continue
            if lines[i].kind or not is_titlelike(lines[i].text):
                break
            run.append(i)
        cue = any(lines[k].kind == "promo" and any(p.search(lines[k].text) for p in patterns("related_cue")) for k in range(len(lines)))
        if len(run) >= 2 or (run and cue):
            start = min(run)
    if start is not None:
        for line in lines[start:]:
            if not line.kind and is_titlelike(line.text):
                line.kind = "related"
    return byline


def assemble(lines: list[Line], headline: str, byline: str) -> Page:
    """Body paragraphs (hard-wrapped lines rejoined), captions once, everything removed in page order."""
    paragraphs: list[str] = []
    captions: list[str] = []
    removed: list[Removed] = []
    datelines: list[str] = []
    previous: Line | None = None
    for line in lines:
        removed.extend(line.before)
        if line.kind == "empty":  # everything on it was cut off as run-in furniture
            pass
        elif line.kind:
            removed.append(Removed(line.kind, line.text))
            if line.kind == "caption" and line.text not in captions:
                captions.append(line.text)
        elif line.text:
            # A line broken mid-sentence (hard wrap) continues the paragraph above it.
            wrapped = previous is not None and previous.block == line.block and not is_sentence(previous.text) and line.text[:1].islower()
            if wrapped and paragraphs:
                paragraphs[-1] += " " + line.text
            else:
                paragraphs.append(line.text)
        removed.extend(line.after)
        previous = line if not line.kind else previous
    datelines = [r.text for r in removed if r.kind == "dateline"]
    return Page(headline, byline, tuple(paragraphs), tuple(captions), tuple(removed), tuple(datelines))
