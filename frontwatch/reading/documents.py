"""Raw article (plain text or HTML, str or bytes) -> Document.

Bad input is refused first (``validation``), HTML goes through trafilatura (text, title, date,
author), then the page is cleaned line by line (``cleaning``) and, for pages scraped into one
long line, at its run-in start and end (datelines, a repeated title, reporter names, footers).
The publication date given by the caller wins; otherwise it is read off the page (``dates``).
``Document.body`` is exactly the text that every later offset refers to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import unicodedata

from frontwatch import settings
from frontwatch.errors import InputError
from frontwatch.reading import cleaning, lexicons, validation
from frontwatch.reading.cleaning import Line, is_sentence, words
from frontwatch.reading.dates import find_dates
from frontwatch.reading.published import infer_published, parse_date
from frontwatch.reading.runin_furniture import (
    cut_crossheads,
    cut_embeds,
    cut_inline_headlines,
    cut_posts,
    cut_related_blocks,
    cut_runin_heads,
    split_inline_credits,
    split_photo_credits,
)
from frontwatch.records import Document, Removed

_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<div\b|<p\b|<\?xml)", re.I)
_DATE_LEAD = re.compile(r"^(?:(?:date of publication|published(?: on)?|posted(?: on)?|last updated(?: at| on)?|updated(?: at| on)?)\s*:?\s*)", re.I)
# after a date: a time, an update note, or the close of a note cut off at its start ("13.04.2017) Get short URL")
_TIME = re.compile(r"^\s*(?:at\s+\d{3,4}\b|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{4}(?=\s+(?:UTC|GMT)))(?:\s*(?:UTC|GMT)\s*[+-]?\d*)?|^\s*\(updated[^)]{0,40}\)|^\)(?=\s)", re.I)
_AGENCY_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,30})?)\s*\((?P<agency>[^()]{2,40})\)\s*[-—–:]+\s*")
_CAPS_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,\s*[A-Z][a-z]+\.?)?\s+[—–]{1,2}\s*|^[A-Z]{3,}(?:[ -][A-Z]{2,})*\s*[-—–]{1,2}\s+")
_PLACE_AFTER_DATE = re.compile(r"^[A-Z]{4,}(?:[ -][A-Z]{3,})*\s+(?=[A-Z])")
_REPORTING = re.compile(r"\s*\(?(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b[^()]{0,200}\)?\.?\s*$", re.I)
_LEAD_TWICE = re.compile(r"^(.{40,500}?[.!?])\s+\1(?=\s|$)", re.S)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:al|el|bin|ibn|abu|de|van|von)(?:-[A-Z][\w'’-]*)?|/|&)$")


def read_document(
    raw: str | bytes,
    *,
    published: dt.date | str | None = None,
    outlet: str = "",
    title: str = "",
    url: str = "",
    max_bytes: int | None = None,
) -> Document:
    """Read one article (plain text or HTML) into a cleaned Document.

    Raises InputError (kinds empty, binary, encoding, language, too_large, malformed) with a
    one-line message that names the problem.
    """
    validation.check_size(raw, max_bytes)
    text = validation.decode(raw)
    meta_title = meta_author = ""
    meta_date: dt.date | None = None
    if _HTML.match(text[:2000]):
        text, meta_title, meta_author, meta_date = _from_html(text)
    else:
        # Text copied out of feeds and CMS exports keeps character references ("&#8220;Islamic State&#8221;").
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    lines = cleaning.split_lines(text)
    headline, byline = cleaning.classify(lines, title or meta_title)
    # Only a known title is cut from headline-only input: the headline found there is the text.
    only_headlines = cleaning.headlines_only(lines)
    known = title or meta_title or ("" if only_headlines else headline)
    headline = _clean_runin(lines, known, outlet) or headline
    cut_posts(lines)  # first: a post's signature "(@handle)" is no photo credit
    split_inline_credits(lines)
    cut_embeds(lines)
    cut_crossheads(lines)
    cut_inline_headlines(lines)
    cut_related_blocks(lines, title or meta_title or headline)
    cut_runin_heads(lines)  # after the headings and headlines whose end is marked
    split_photo_credits(lines)
    signed = _trailing_names(lines)  # always run: the names leave the body even when a byline is known
    byline = byline or signed
    page = cleaning.assemble(lines, headline, byline)
    body = _unbracketed_insertions("\n\n".join(page.paragraphs))
    if not page.paragraphs:
        # Headline-only input (a source headline, a scraped page with no body): the headline is the text.
        cut = [r.text for r in page.removed if r.kind == "headline"]
        body = cut[-1].rstrip(".") if cut else headline
    validation.check_language(body)
    minimum = settings.get("min_body_chars")
    # A headline is short by nature ("Clashes in the countryside of Aleppo"): three words will do.
    headline_only = (only_headlines or not page.paragraphs) and len(re.findall(r"[^\W\d_]{2,}", body)) >= 3
    if len(body.strip()) < minimum and not headline_only:
        raise InputError(
            "empty",
            f"article body has {len(body.strip())} characters after cleaning; at least {minimum} needed (setting min_body_chars)",
        )
    date, how = _publication(published, meta_date, page, body)
    dateline = infer_published(page.datelines)[0] if how == "caller" and page.datelines else None
    return Document(
        doc_id=content_id(body),
        title=page_title(title or headline or meta_title),
        published=date,
        published_source=how,
        byline=meta_author or page.byline,
        outlet=outlet,
        url=url,
        body=body,
        captions=page.captions,
        removed=page.removed,
        dateline=dateline if dateline != date else None,
    )


# "up to 80 [Daesh] fighters", "said [the army] had retaken it": one to three words an editor put in square brackets
# inside a sentence (a lower-case word follows); a credit ("[AFP]") ends its caption and a time ("[2300 GMT]") has digits
_INSERTION = re.compile(r"(?<=\w )\[([A-Za-z][\w'-]*(?: [\w'-]+){0,2})\](?= [a-z])")


def _unbracketed_insertions(body: str) -> str:
    """The body with an editor's bracketed insertion read as words of the sentence: the brackets would split the
    phrase for the parser ("80 [Daesh] fighters" then counts no fighters)."""
    return _INSERTION.sub(lambda m: m.group(1) if not any(c.isdigit() for c in m.group(1)) else m.group(0), body)


def content_id(body: str) -> str:
    """First 16 hex characters of the sha1 of the whitespace- and Unicode-normalised body."""
    normal = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def _publication(
    published: dt.date | str | None, meta_date: dt.date | None, page: cleaning.Page, body: str
) -> tuple[dt.date | None, str]:
    if isinstance(published, dt.datetime):
        return published.date(), "caller"
    if isinstance(published, dt.date):
        return published, "caller"
    if published:
        try:
            return dt.date.fromisoformat(str(published)[:10]), "caller"
        except ValueError:
            parsed = parse_date(str(published))
            if parsed is None:
                raise InputError("malformed", f"publication date {published!r} is not a date") from None
            return parsed, "caller"
    if meta_date is not None:
        return meta_date, "inferred:html"
    return infer_published(page.datelines, page.captions, body)


def _from_html(html: str) -> tuple[str, str, str, dt.date | None]:
    import trafilatura  # heavy; only for HTML input

    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False, include_tables=False
    )
    data = json.loads(extracted) if extracted else {}
    text = (data.get("text") or "").strip()
    if len(text) < settings.get("min_body_chars"):
        raise InputError("malformed", f"HTML has no extractable article text ({len(text)} characters found)")
    date = None
    if data.get("date"):
        try:
            date = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            date = None
    author = (data.get("author") or "").replace(";", ",")
    return text, data.get("title") or "", author, date


# --- pages that arrive as one long line -------------------------------------------------------


def _clean_runin(lines: list[Line], title: str, outlet: str) -> str:
    """Cut datelines, share bars and a repeated title off the start of the first paragraph.

    Returns a headline found in the run-in text ("" if none).
    """
    lead = next((line for line in lines if not line.kind), None)
    if lead is None:
        return ""
    headline = ""
    dated = False
    for _ in range(6):
        text = lead.text
        piece = _date_prefix(text, outlet)
        if piece:
            lead.before.append(Removed("dateline", piece.strip()))
            dated = True
        else:
            piece = _head_promo(text) or _agency_dateline(text, dated and not _title_prefix(text, title))
            credit = "" if piece or not (dated or headline) else _agency_credit(text)
            piece = piece or credit
            by = _by_before_title(text, title) if dated else ""
            if by:
                lead.before.append(Removed("byline", by.strip()))
                piece = by
            elif piece:
                kind = "promo" if _head_promo(text) else "credit" if credit else "dateline"
                lead.before.append(Removed(kind, piece.strip()))
            else:
                piece = _title_prefix(text, title) or (_titlecase_prefix(text) if dated and not headline else "")
                if not piece:
                    break
                lead.before.append(Removed("headline", piece.strip()))
                headline = headline or piece.strip().rstrip(".")
        lead.text = text[len(piece) :].lstrip()
    standfirst = _standfirst_before_credit(lead.text)
    if standfirst is not None:
        summary, credit = standfirst
        lead.before.append(Removed("standfirst", summary.strip()))
        lead.before.append(Removed("dateline", credit.strip()))
        lead.text = lead.text[len(summary) + len(credit) :].lstrip()
        bar = _head_promo(lead.text)  # "<summary> AFP Monday 16 Jun 2014 Print Tweet The army ..."
        if bar:
            lead.before.append(Removed("promo", bar.strip()))
            lead.text = lead.text[len(bar) :].lstrip()
    # Scraped pages repeat the summary sentence as the first body sentence: keep one copy.
    twice = _lead_twice(lead.text)
    if twice:
        lead.before.append(Removed("duplicate", twice[0]))
        lead.text = twice[1]
    if not lead.text:
        lead.kind = "empty"
    _clean_tail(lines)  # first: a tag list closing a short page is a footer
    _split_tag_list(lines, lead)
    return headline


_LEAD_SENTENCES = re.compile(r"^(.{40,500}?[.!?])\s+(.{40,520}?[.!?])(?=\s|$)", re.S)


def _lead_twice(text: str) -> tuple[str, str] | None:
    """(the copy cut, the text left) when the first sentence is printed twice in a row: scraped pages repeat the
    summary as the first body sentence. A copy that lost a space ("encountereda") is the one cut."""
    twice = _LEAD_TWICE.match(text)
    if twice:
        return twice.group(1), text[len(twice.group(1)) :].lstrip()
    pair = _LEAD_SENTENCES.match(text)
    if not pair or re.sub(r"\s+", "", pair.group(1)) != re.sub(r"\s+", "", pair.group(2)):
        return None
    first, second = pair.group(1), pair.group(2)
    if len(second.split()) < len(first.split()):
        return second, text[: pair.start(2)] + text[pair.end(2) :].lstrip()
    return first, text[len(first) :].lstrip()


_TAG_SEARCH_CHARS = 1200  # the list sits under the summary, near the top of the page
_TAG_MAX_WORDS = 30


def _split_tag_list(lines: list[Line], lead: Line) -> None:
    """A run-in list of topic tags between a one-line page's summary and its body ("... a monitor said. Tags Syria
    Aleppo airstrikes At least 16 people were killed ..."): cut out, and the body after it becomes its own paragraph,
    so that the tags' names (actors, places) do not join the first sentence. Left alone when the list's end is unclear."""
    cue = next((m for p in cleaning.patterns("tag_list") if (m := p.search(lead.text[:_TAG_SEARCH_CHARS]))), None)
    if cue is None:
        return
    tokens = list(re.finditer(r"\S+", lead.text[cue.end() :]))[: _TAG_MAX_WORDS + 1]
    words_ = [t.group(0) for t in tokens]
    if not words_ or not words_[0][:1].isupper():  # a list of names and topics; "Tags on the uniforms ..." is prose
        return
    body_at = next((i for i in range(1, len(words_)) if words_[i - 1].endswith(".") or _opens_sentence(words_, i)), None)
    if body_at is None:
        return
    start = cue.end() + tokens[body_at].start()
    tags = lead.text[cue.start() : start].strip()
    body = lead.text[start:]
    lead.text = lead.text[: cue.start()].rstrip()
    if not lead.text:
        lead.kind = "empty"
    following = Line(body, lead.block)
    following.before.append(Removed("tags", tags))
    following.after, lead.after = lead.after, []
    lines.insert(lines.index(lead) + 1, following)


def _opens_sentence(words_: list[str], i: int) -> bool:
    """Does the word at i open a sentence: a sentence opener ("At least", "The", a number) or a capitalised word
    starting a clause, whose verb or preposition comes within five words ("Airstrikes on a ...", "Russia has
    accused ...", "Syrian regime warplanes bombed ...")."""
    rest = " ".join(words_[i : i + 3])
    if any(p.search(rest) for p in cleaning.patterns("lead_opener")):
        return True
    if not words_[i][:1].isupper() or i + 1 >= len(words_) or not words_[i + 1][:1].islower():
        return False
    coordinated = False  # "Syrian regime and Russian airstrikes pounded ...": a name may follow "and"
    for j in range(i + 1, min(i + 6, len(words_))):
        word = words_[j]
        if word in ("and", "or"):
            coordinated = True
            continue
        if not word[:1].islower() and not coordinated:
            return False
        coordinated = False
        if any(p.match(word) for p in cleaning.patterns("clause_verb")):
            return True
        if any(p.match(word) for p in cleaning.patterns("clause_link")):
            after = words_[j + 1] if j + 1 < len(words_) else ""
            return after[:1].islower() or after[:1].isdigit()
    return False


def _date_prefix(text: str, outlet: str) -> str:
    lead = _DATE_LEAD.match(text)
    at = lead.end() if lead else 0
    window = text[at : at + 60]
    mentions = [m for m in find_dates(window, None) if m.time_precision == 1 and m.kind == "absolute"]
    if not mentions or mentions[0].start != 0:
        return ""
    end = at + mentions[0].end
    time = _TIME.match(text[end:])
    if time:
        end += time.end()
    if outlet:
        by = re.match(rf"\s*by\s+{re.escape(outlet)}(?:\s+English)?\b", text[end:], re.I)
        end += by.end() if by else 0
    agency = cleaning.agencies().match(text[end:].lstrip())
    if agency:
        after = text[end:].lstrip()[agency.end() :]
        if re.match(r"\s*[-–—]|\s+[A-Z][a-z]", after) and not re.match(r"\s*[-–—]?\s*[a-z]", after):
            end = len(text) - len(after)
    return text[:end]


def _by_before_title(text: str, title: str) -> str:
    # "Posted on May 9 2017 by Karim Haddad <title> ...": the name ends where the title starts.
    if not title or not text.lower().startswith("by "):
        return ""
    for at in (m.start() for m in re.finditer(r"\s(?=\S)", text[:80])):
        if _title_prefix(text[at:].lstrip(), title):
            return text[: at + 1]
    return ""


def _head_promo(text: str) -> str:
    for pattern in cleaning.patterns("head"):
        m = re.match(rf"(?:{pattern.pattern})\s*", text, re.I)
        if m:
            return m.group(0)
    return ""


_STANDFIRST_MAX_CHARS = 450


def _standfirst_before_credit(text: str) -> tuple[str, str] | None:
    """ "<summary> AFP Tuesday 6 Aug 2013 A bomb killed ...": a one-line page's summary (standfirst) followed by
    the agency credit and the date; the body starts after them. The summary retells the body's first
    sentences, so its figures would be counted twice: (summary, credit and date), or None."""
    for agency in cleaning.agencies().finditer(text[:_STANDFIRST_MAX_CHARS]):
        if agency.start() == 0 or text[agency.start() - 1] != " ":
            continue
        rest = text[agency.end() :]
        dated = re.sub(r"^\s*,?\s*", "", rest)  # "AFP, Tuesday 6 Aug 2013"
        when = _date_prefix(dated, "")
        if when and re.match(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", when, re.I) and re.search(r"\d{4}\s*$", when.strip()):
            end = agency.end() + len(rest) - len(dated) + len(when)
            return text[: agency.start()], text[agency.start() : end]
    return None


def _agency_credit(text: str) -> str:
    """ "AFP Eleven children were killed ...": after a one-line page's date or title, an agency's name alone before the
    body's first word credits the report ("Reuters Staff" likewise). "Reuters reported ..." is text."""
    agency = cleaning.agencies().match(text)
    if not agency:
        return ""
    m = re.match(r"(?:\s+(?-i:Staff)\b\.?)?\s+(?=[A-Z0-9\"“])", text[agency.end() :])
    return text[: agency.end() + m.end()] if m else ""


def _agency_dateline(text: str, dated: bool) -> str:
    for pattern in (_AGENCY_DATELINE, _CAPS_DATELINE):
        m = pattern.match(text)
        if m and (pattern is _CAPS_DATELINE or cleaning.agencies().search(m.group("agency"))):
            return m.group(0)
    m = re.match(r"^(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)*,\s*)?", text)
    agency = cleaning.agencies().match(text, m.end() if m else 0)
    if agency:
        dash = re.match(r"\s*[-–—]+\s*", text[agency.end() :])
        if dash:
            return text[: agency.end() + dash.end()]
        rest = text[agency.end() :]
        when = _date_prefix(rest.lstrip(), "")  # "AFP Sunday 30 Mar 2014 ..."
        if when:
            return text[: len(text) - len(rest.lstrip()) + len(when)]
    if dated:  # "... 2016 BEIRUT At least 70 ..." (scraped pages lose the dateline's punctuation)
        m = _PLACE_AFTER_DATE.match(text) or _bureau_city(text)
        if m:
            return m.group(0) + _dateline_country(text[m.end() :])
    return ""


def _bureau_city(text: str) -> re.Match[str] | None:
    """A news bureau's city in title case right after a dateline's date, a capitalised word after it ("... 2015
    Beirut Syrian government air strikes ..."): lexicons/bureau_cities.txt."""
    m = re.match(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?=[A-Z])", text)
    if m and m.group(1).lower() not in lexicons.words("bureau_cities.txt"):
        m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)  # "Beirut Syrian ...": the city alone
    return m if m and m.group(1).lower() in lexicons.words("bureau_cities.txt") else None


def _dateline_country(rest: str) -> str:
    """The country of a dateline that lost its comma ("... 2016 QAMISHLI Syria A massive blast ..."): a country
    name right after the place, with a capitalised word after it, belongs to the dateline, not to the lead sentence
    (where it would stand as the place of what the lead tells)."""
    m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", rest)
    return m.group(0) if m and m.group(1).lower() in lexicons.country_names() else ""


# A repeated title ends at punctuation or where a new sentence starts; never mid-sentence
# ("Syrian troops advance in Aleppo on Sunday ..." keeps its words).
_TITLE_END = r"\b\s*[.:?!]?(?:\s+(?-i:(?=[A-Z0-9\"“‘(]))|$)"


def _title_prefix(text: str, title: str) -> str:
    for variant in _title_variants(title):
        tokens = words(variant)
        if len(tokens) < 2:
            continue
        m = re.match(r"\W*" + r"\W+".join(re.escape(t) for t in tokens) + _TITLE_END, text, re.I)
        if m:
            return m.group(0)
    # Scraped titles sometimes carry a word more than the page's headline ("... car bomb Rebels"):
    # a long shared opening still marks the repeat.
    tokens = words(title)
    lead = words(text[: len(title) + 40])
    same = next((i for i, (a, b) in enumerate(zip(tokens, lead)) if a.lower() != b.lower()), min(len(tokens), len(lead)))
    if same >= 5 and same >= 0.75 * len(tokens):
        m = re.match(r"\W*" + r"\W+".join(re.escape(t) for t in lead[:same]) + _TITLE_END, text, re.I)
        if m:
            return m.group(0)
    return ""


def page_title(title: str) -> str:
    """The headline a page title carries, without the site's name and section crumbs it closes on: "Air raid
    kills 9 - Region - World - Ahram Online" -> "Air raid kills 9". Left on, the site's name reads as a place
    (the title's first place is the story's lede place) or a source. Only a title closing on an outlet's name is
    cut, so a credit closing a wire headline ("... kills 5 - Homs Governor") stays."""
    from frontwatch.reading.sources import SourceDirectory

    parts = re.split(r"\s+[|–—-]\s+", title.strip())
    if len(parts) < 2 or not SourceDirectory.default().names_outlet(parts[-1]):
        return title
    parts.pop()
    sections = set(cleaning.section_labels())
    while len(parts) > 1 and parts[-1].strip().lower() in sections:
        parts.pop()
    return " - ".join(parts).strip()


def _title_variants(title: str) -> list[str]:
    # Page titles carry the site's name: "... - Region - World - Ahram Online", "... | Jordan Times".
    variants = [title]
    parts = re.split(r"\s+[|–—-]\s+|(?<=\w)[-–—]\s+", title)
    if len(parts) > 1:
        variants.append(parts[0])
    return [v.strip() for v in variants if v.strip()]


def _titlecase_prefix(text: str) -> str:
    m = re.match(r"^(.{15,200}?[a-z0-9)])\.\s+(?=[A-Z0-9\"“])", text)
    if not m:
        return ""
    tokens = [t for t in words(m.group(1)) if len(t) >= 4 and t[0].isalpha()]
    capital = sum(1 for t in tokens if t[0].isupper())
    if len(words(m.group(1))) >= 4 and tokens and capital / len(tokens) >= 0.7:
        return m.group(0)
    return ""


def _clean_tail(lines: list[Line]) -> None:
    last = next((line for line in reversed(lines) if not line.kind and line.text), None)
    if last is None:
        return
    for _ in range(8):
        text = last.text
        for kind in ("tail", "tail_credit"):
            hit = next((m for p in cleaning.patterns(kind) if (m := re.search(rf"\s*(?:{p.pattern})\s*\.?\s*$", text, re.I))), None)
            # A one-word footer ("Twitter") must follow a finished sentence: "... said on Twitter."
            # is text.
            if hit and " " not in hit.group(0).strip() and not re.search(r"[.!?\"”’)]\s*$", text[: hit.start()]):
                hit = None
            if hit and hit.start() > 0:
                last.after.insert(0, Removed("promo" if kind == "tail" else "credit", hit.group(0).strip()))
                last.text = text[: hit.start()].rstrip()
                break
        else:
            hit = _REPORTING.search(text)
            if hit and hit.start() > 0 and _opens_credit(text, hit):
                last.after.insert(0, Removed("byline", hit.group(0).strip()))
                last.text = text[: hit.start()].rstrip()
        if last.text == text:
            break


def _opens_credit(text: str, hit: re.Match[str]) -> bool:
    """A credit line ("Reporting by Jane Roe", "(Compiled by John Doe)") opens a bracket, a sentence or at least
    a capitalised phrase; "a toll compiled by the monitor showed ..." is the sentence's own words."""
    credit = hit.group(0).lstrip()
    return credit.startswith("(") or credit[:1].isupper() or bool(re.search(r"[.!?\"”’)]\s*$", text[: hit.start()]))


def _trailing_names(lines: list[Line]) -> str:
    """Reporter names closing the text ("M. al-Frieh/H. Said"): removed, returned as the byline."""
    last = next((line for line in reversed(lines) if not line.kind and line.text), None)
    if last is None:
        return ""
    text = last.text
    start = 0
    for m in re.finditer(r"[.!?\"”]\s+(?=[A-Z])", text):
        # "H. Said": a full stop after a lone initial does not end a sentence
        if not re.search(r"(?:^|[\s/])[A-Z]\.$", text[: m.start() + 1]):
            start = m.end()
    tail = text[start:]
    tokens = [t for t in re.split(r"\s+|(?=/)|(?<=/)", tail) if t]
    if not tokens or len(tokens) > 12 or (is_sentence(tail) and not re.search(r"\b[A-Z]\.$", tail)):
        return ""
    if not all(_NAME_TOKEN.match(t) for t in tokens) or find_dates(tail, None):
        return ""
    names = [t for t in tokens if t not in ("/", "&")]
    initials = len(names) == 1 and re.fullmatch(r"[A-Z]{2,4}", names[0]) is not None and start > 0  # editor's initials
    if "/" not in tail and len(names) < 2 and not initials:
        return ""
    if start == 0 and len(lines) > 1 and not any(ln.kind == "" for ln in lines if ln is not last):
        return ""
    # "Source SANA": a credit for the story, not its authors
    credit = bool(cleaning.agencies().search(tail)) or tokens[0].lower().startswith("source")
    last.after.insert(0, Removed("credit" if credit else "byline", tail.strip()))
    last.text = text[:start].rstrip()
    if not last.text:
        last.kind = "empty"
    return "" if credit else tail.strip()
