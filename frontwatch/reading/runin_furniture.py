"""Page furniture run into the text of a page scraped into one long line (reading.documents): the title of an
embedded video, a related story's headline with its credit and dateline, a photographer's credit, a photo's
caption with its credit. Each piece leaves the body and is listed with its kind; the text after it becomes a
paragraph of its own, so that no name in it joins the sentence after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontwatch.reading import cleaning
from frontwatch.reading.cleaning import Line, is_sentence, words
from frontwatch.records import Removed


_INLINE_CREDIT = re.compile(r"\s*(\([^()]{2,60}\))\s*(?=[A-Z0-9\"“]|$)")
_CAPTION_MAX_WORDS = 60
_REPORTED = re.compile(r"\b(?:was|were|had|has|have|said|says|added|could|would|will|reportedly)\b", re.I)


_EMBED = re.compile(r"(?:(?<=[.!?\"”] )|^)[^.!?\"”]{5,160}?\s[-–—|]\s(?:YouTube|Twitter|Facebook|Instagram)\b\s*")


def cut_embeds(lines: list[Line]) -> None:
    """ "... crossing Jane Roe reports - YouTube Syria has been ...": the title of an embedded video or post,
    run into the text, is page furniture (removed as a promo)."""
    for line in lines:
        if line.kind or not line.text:
            continue
        hits = list(_EMBED.finditer(line.text))
        for hit in reversed(hits):
            line.after.insert(0, Removed("promo", hit.group(0).strip()))
            line.text = (line.text[: hit.start()] + line.text[hit.end() :]).strip()
        if hits and not line.text:
            line.kind = "empty"


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# An embedded post's links as a page prints them ("pic.twitter.com/AbC123", "https://t.co/AbC123") or as a scrape that
# dropped the punctuation leaves them ("pic.twitter.comAbC123", "httpst.coAbC123").
_POST_LINK = r"(?:pic\.twitter\.com/?\w+|(?:https?:?/*)?t\.co/?\w+)"
# The signature closing an embedded post: "— Jane Roe (@janeroe) April 7, 2017". The dash, the @ and the comma may be
# lost in a scrape; a month name the scrape could not read ("(janeroe) 29 2017") is accepted after a link only.
_POST_SIGNATURE = re.compile(
    rf"(?P<links>(?:\s*{_POST_LINK})*)\s*(?P<dash>[-–—]+\s*)?(?P<name>(?:[A-Z][\w.'’&-]*\s+){{0,5}}?)\((?P<handle>@?\w{{1,15}})\)\s+"
    rf"(?:(?P<date>{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)|(?P<garbled>\S{{0,4}}\s*\d{{0,2}}\s*\S{{0,4}}\s*(?:19|20)\d\d))\b\s*\.?"
)
_POST_MAX_CHARS = 280  # a post's text is at most 280 characters (140 before late 2017)
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|we|We|our|Our|us)\b")
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added|according)\b")


def _post_start(text: str, end: int) -> int | None:
    """Where the text of an embedded post ending at ``end`` starts: after the sentence end before it, taking in the
    sentences before that which read as a post's and not a report's (first person or an exclamation or a question,
    with no one quoted), within a post's length. None when no sentence end lies within that length:
    where the post starts is then unclear."""
    breaks = [m.end() for m in re.finditer(r"[.!?][\"”’)]?\s*(?=[A-Z0-9\"“])|^", text[:end])]
    starts = [b for b in breaks if end - b <= _POST_MAX_CHARS]
    if not starts:
        return None
    start = starts[-1]
    for earlier in reversed(starts[:-1]):
        sentence = text[earlier:start].strip()
        if not (sentence.endswith(("!", "?")) or _FIRST_PERSON.search(sentence)) or _ATTRIBUTED.search(sentence):
            break  # "We will stay said a resident.": a report quoting someone
        start = earlier
    return start


def _drop_post_text_above(lines: list[Line], line: Line) -> None:
    """A signature on a line of its own ("— Jane Roe (@janeroe) April 7, 2017") closes the post's text on the line
    above, which ends with the post's link: that line leaves as an embed too."""
    above = next((ln for ln in reversed(lines[: lines.index(line)]) if ln.kind != "empty"), None)
    if above is not None and not above.kind and len(above.text) <= _POST_MAX_CHARS + 60 and re.search(rf"{_POST_LINK}\W*$", above.text):
        above.kind = "embed"


def cut_posts(lines: list[Line]) -> None:
    """ "... a monitor said. Smoke over the old town tonight pic.twitter.com/AbC123 — Jane Roe (@janeroe) April 7, 2017
    The army said ...": a social media post embedded in the page, with its links and signature, is no part of the
    report: its date and places would join the report's events. It leaves as an embed, and the text after it becomes
    a paragraph of its own. A post on its own line leaves whole."""
    for line in _text_lines(lines):
        for sig in _POST_SIGNATURE.finditer(line.text):
            if cleaning.agencies().fullmatch(sig.group("handle").lstrip("@")):
                continue  # "(AFP) May 2 2016": a photo's credit and date
            linked = bool(sig.group("links").strip()) or re.search(rf"{_POST_LINK}\W*$", line.text[: sig.start()]) is not None
            if sig.group("garbled") and not linked:
                continue
            text_end = sig.start() + len(sig.group("links")) - len(sig.group("links").lstrip())
            if sig.group("dash") and text_end <= _POST_MAX_CHARS:
                start: int | None = 0  # "text — Name (@handle) date": the post is the whole line
            else:
                start = _post_start(line.text, sig.start())
            post_start = sig.start() if start is None else start
            if not line.text[:text_end].strip():
                _drop_post_text_above(lines, line)
            _split_at(lines, line, post_start, sig.end(), [Removed("embed", line.text[post_start : sig.end()].strip())])
            break  # the text after the post is a line of its own, which the walk reaches next


_INLINE_DATELINE = re.compile(
    r"(?-i:(?P<place>[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)*)(?:\s*\([A-Z][\w ]{1,20}\))?\s*\((?P<agency>[^()]{2,40})\))\s*[-–—:]*\s*(?=[A-Z\"“])"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+")
_RUN_MAX_WORDS = 40


def _text_lines(lines: list[Line]) -> Iterator[Line]:
    """The body lines with text, in order, including those a cut inserts after the current one (each cut makes
    the rest of its line a new paragraph, which may hold more furniture)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.kind and line.text:
            yield line


def _split_at(lines: list[Line], line: Line, start: int, end: int, cut: list[Removed]) -> Line:
    """Cut line.text[start:end] out of a run-in line: the text after it becomes a paragraph of its own (so that
    no name in the cut piece or before it joins the sentence after it), and the cut pieces are listed on it."""
    rest = Line(line.text[end:].strip(), line.block)
    rest.before.extend(cut)
    rest.after, line.after = line.after, []
    line.text = line.text[:start].rstrip()
    if not line.text:
        line.kind = "empty"
    lines.insert(lines.index(line) + 1, rest)
    return rest


def _headline_run(text: str) -> bool:
    """Title case with no sentence end: most words of four letters or more capitalised ("Army Frees Villages Near
    Deir ez-Zor"), as a headline is written and a sentence is not."""
    if _SENTENCE_BREAK.search(text + " "):
        return False
    long = [w for w in words(text) if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 3 and len(words(text)) <= _RUN_MAX_WORDS and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def _headline_end(text: str, at: int) -> tuple[int, int, str] | None:
    """Where a related headline run into the text, starting at ``at``, ends: at a headline's credit ("... - Reports")
    and/or an agency dateline ("MOSCOW (Sputnik)"). (end of the headline, end of the furniture, dateline) or None."""
    dateline = next((m for m in _INLINE_DATELINE.finditer(text, at) if cleaning.agencies().search(m.group("agency"))), None)
    limit = dateline.start() if dateline else len(text)
    for pattern in cleaning.patterns("inline_attribution"):
        for m in pattern.finditer(text, at, limit):
            if re.match(r"\s+[A-Z\"“]", text[m.end() :]):
                if dateline and not text[m.end() : dateline.start()].strip():
                    return m.end(), dateline.end(), dateline.group(0).strip()
                return m.end(), m.end(), ""
    return (dateline.start(), dateline.end(), dateline.group(0).strip()) if dateline else None


def cut_inline_headlines(lines: list[Line]) -> None:
    """ "... media reported Sunday. Army Frees Villages Near Hama - Reports MOSCOW (Sputnik) According to ...": a related
    headline (with its photo credit) run into the text between a sentence's end and a headline credit or an agency
    dateline. The headline and the dateline leave; the text after them is a paragraph of its own. A title-case stretch
    with neither end mark stays: where the body resumes is then unclear."""
    for line in _text_lines(lines):
        for brk in _SENTENCE_BREAK.finditer(line.text):
            found = _headline_end(line.text, brk.end())
            if found is None:
                continue
            head_end, stop, dateline = found
            run = line.text[brk.end() : head_end].strip()
            if run and not _headline_run(run):
                continue
            cut = ([Removed("related", run)] if run else []) + ([Removed("dateline", dateline)] if dateline else [])
            _split_at(lines, line, brk.end(), stop, cut)
            break


_RELATED_BLOCK = re.compile(
    r"(?-i:(?P<bar>(?:(?:AFP|Reuters|AP)\s+)?Print\s+Tweet(?:\s+Views\s+\d+)?\s+)Related\s+|^Related\s+"
    # a link to one related story after a sentence's end ("... the monitor said. Read also Army retakes hill ...")
    r"|(?<=[.!?\"”] )(?P<link>Read (?:more|also)(?: here)?|READ (?:MORE|ALSO)(?: WATCH)?|Also read|See also):?\s+)(?=[A-Z0-9\"“])"
)
_PAST_VERB = re.compile(r"^(?!(?:had|need|used)$)[a-z]{3,}ed$")


def _related_block_end(text: str, at: int, title: str) -> int | None:
    """Where the body resumes after a box of related headlines that starts at ``at``: the headlines have no full stop,
    so the body's first sentence is the one that ends first. It starts after a repeat of the page's title, else at the
    last sentence opener before that stop ("At least", "A", "Nearly"; a number may open a headline as well), else at
    the subject of the first past-tense verb ("... school attack Syrian rebels launched ..."). None when unclear."""
    stop = _SENTENCE_BREAK.search(text, at)
    span_end = stop.start() if stop else len(text)
    tokens = list(re.finditer(r"\S+", text[at:span_end]))
    if len(tokens) < 2:
        return None
    if title:
        head = r"\W+".join(re.escape(t) for t in words(title))
        repeat = re.search(rf"\b{head}\b\W*", text[at:span_end], re.I) if head else None
        if repeat and repeat.end() < span_end - at:
            return at + repeat.end()
    openers = [t for t in tokens[1:] if not t.group(0)[0].isdigit() and any(p.match(text[at + t.start() : span_end]) for p in cleaning.patterns("lead_opener"))]
    if openers:
        return at + openers[-1].start()
    verb = next((i for i, t in enumerate(tokens) if i > 1 and _PAST_VERB.match(t.group(0))), None)
    if verb is None:
        return None
    i = verb - 1
    while i > verb - 3 and tokens[i].group(0).islower():
        i -= 1
    first = i
    while i > max(verb - 6, 0) and tokens[i].group(0)[0].isupper():
        first = i
        i -= 1
    if not tokens[first].group(0)[0].isupper() or first == 0:
        return None
    return at + tokens[first].start()


def cut_related_blocks(lines: list[Line], title: str) -> None:
    """ "Print Tweet Views 312 Related Floods hit coast Markets rally on deal At least nine people were killed ...": a
    share bar and a box of related headlines run into the text, or one related story's link ("... a monitor said.
    Read also Floods hit coast The army ..."). The headlines have no full stop; they leave as related (the bar or the
    cue as a promo), and the body after them is a paragraph of its own. Left alone when where the body resumes is
    unclear."""
    for line in _text_lines(lines):
        cue = _RELATED_BLOCK.search(line.text)
        if cue is None:
            continue
        end = _related_block_end(line.text, cue.end(), title)
        if end is None:
            continue
        cut = [Removed("promo", (cue.group("bar") or cue.group("link")).strip())] if cue.group("bar") or cue.group("link") else []
        cut.append(Removed("related", line.text[cue.end() : end].strip()))
        _split_at(lines, line, cue.start(), end, cut)


_PHOTO_CREDIT = re.compile(
    r"(?<=\S )(?-i:(?:[A-Z]{2,}|Reuters|Sputnik)(?:/[A-Z]\w+)?/|(?:AP|AFP|Reuters|REUTERS|AA|DHA|IHA|EPA|Sputnik) Photo/?\s*)"
    r"(?-i:(?:Stringer|Handout|File)\b|[A-Z][\w'’-]+(?: (?!(?:The|A|An|In|On|At|He|She|It|They|We|I|This|That|But|And|As)\b)[A-Z][\w'’-]+)?)"
    r"(?=\s+[A-Z0-9\"“]|\s*$)"
)


def split_photo_credits(lines: list[Line]) -> None:
    """ "... in Raqqa August 10 2014. REUTERS/Jane Roe The army sent ...", "AP Photo Jane Roe": a photo credit run into
    the text leaves it (the photographer's surname is no place), and the text after it is a paragraph of its own."""
    for line in _text_lines(lines):
        m = _PHOTO_CREDIT.search(line.text)
        if m:
            _split_at(lines, line, m.start(), m.end(), [Removed("credit", m.group(0).strip())])


def split_inline_credits(lines: list[Line]) -> None:
    """ "... said on Monday. Syrians walk past a market in Aleppo on July 10 2016. (TRT World and Agencies) Rebels
    advanced ...": a page scraped into running text keeps each photo's caption before its credit. The credit
    leaves the body, and the caption becomes a paragraph of its own, so that neither the credit nor the photo's
    date joins the sentence after it. The caption stays in the body: photos show the events the report tells,
    and a caption is often the only place that names one."""
    index = len(lines) - 1
    while index >= 0:
        at, line = index, lines[index]
        index -= 1
        if line.kind:
            continue
        for credit in reversed(list(_INLINE_CREDIT.finditer(line.text))):
            if not cleaning.is_credit(credit.group(1)) or credit.start() == 0 or credit.group(1).lower().startswith("(with "):
                continue  # "(With AFP and Reuters)" credits the report's sources, not a photo
            before = line.text[: credit.start()]
            ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", before)]
            start = ends[-1] if ends else 0
            caption = before[start:].strip()
            # a caption may close on its date without a stop ("... in Syria June 18 2016 (Agency)")
            dated = re.search(r"\b(?:19|20)\d\d$", caption) is not None
            if not caption or not (is_sentence(caption) or dated) or len(words(caption)) > _CAPTION_MAX_WORDS:
                continue
            if not dated and _REPORTED.search(caption):
                continue  # "He added that four more had died. (AFP)": a report's sentence; captions show, in the present
            rest = line.text[credit.end() :]
            line.text = before[:start].rstrip()
            shown = Line(caption, line.block)
            shown.after.append(Removed("credit", credit.group(1)))
            following = Line(rest.strip(), line.block)
            following.after, line.after = line.after, []
            lines[at + 1 : at + 1] = [shown, following] if following.text else [shown]
            if not line.text:
                line.kind = "empty"
            index = at  # what is left of the line may hold more captions
            break


# "- Troops kill 10 children -": an agency's cross-head, a short heading set between dashes (or after a bullet).
_CROSSHEAD = r"[-–—•]\s*(?P<head>[A-Z0-9\"“][^.!?\n]{2,100}?)\s*[-–—]"
_CROSSHEAD_LINE = re.compile(rf"^{_CROSSHEAD}$")
_CROSSHEAD_RUNIN = re.compile(rf"(?<=[.!?\"”’)])\s+{_CROSSHEAD}\s+(?=[A-Z0-9\"“])")
_CROSSHEAD_MAX_WORDS = 12


def cut_crossheads(lines: list[Line]) -> None:
    """ "... the monitor said. - Troops kill 10 children - Rescuers said ...": a cross-head between paragraphs (on a
    line of its own, or run into a page scraped into one line) sums up the paragraphs under it. Read as text it
    would glue its words into the next sentence, or tell the body's event a second time; it leaves the body (kind
    "crosshead") and the text after it is a paragraph of its own."""
    for line in _text_lines(lines):
        whole = _CROSSHEAD_LINE.match(line.text)
        if whole and len(words(whole.group("head"))) <= _CROSSHEAD_MAX_WORDS:
            line.text, line.kind = whole.group("head").strip(), "crosshead"
            continue
        for m in _CROSSHEAD_RUNIN.finditer(line.text):
            if len(words(m.group("head"))) <= _CROSSHEAD_MAX_WORDS:
                _split_at(lines, line, m.start(), m.end(), [Removed("crosshead", m.group("head").strip())])
                break


# Lower-case words a title-case heading keeps ("Army Strikes Terrorists across Country", "Clashes in Hama")
_HEADING_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "near",
                                  "into", "over", "across", "after", "against", "as", "amid", "off", "out", "up", "vs"})
_RUNIN_HEAD_MAX_WORDS = 14
_TOKEN = re.compile(r"\S+")


def _cased(word: str) -> bool:
    """A word as a title-case heading writes it: capitalised, a number, a small word, or a name's article ("al-Bab")."""
    bare = word.strip("\"“”'‘’(),:;")
    return not bare or not bare[0].isalpha() or bare[0].isupper() or bare.lower() in _HEADING_SMALL_WORDS or bool(
        re.match(r"(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|bani|abu)-", bare))


def cut_runin_heads(lines: list[Line]) -> None:
    """ "... the monitor said. Army Controls Several Villages in Hama The army on Monday took ...": a section heading of
    a round-up, in title case and with no end mark, run into the text between a sentence's end and the next sentence.
    Read as text its words would glue into that sentence (a place named twice, a headline verb read as an act). The
    next sentence starts at the last sentence opener ("The", "A", a number ...) before the first word a heading would
    not write in lower case; the heading before it leaves (kind "crosshead") when it reads as a headline with a
    small word joining its words. A sentence that opens the stretch itself, a title-case stretch with no opener, or
    names in a row stay."""
    openers = cleaning.patterns("lead_opener")
    for line in _text_lines(lines):
        for brk in [None, *_SENTENCE_BREAK.finditer(line.text)]:
            at = brk.end() if brk is not None else 0
            tokens = list(_TOKEN.finditer(line.text, at))[: _RUNIN_HEAD_MAX_WORDS + 4]
            body = next((k for k, t in enumerate(tokens) if not _cased(t.group(0))), None)
            if body is None or body < 4:
                continue
            start = next((k for k in range(body - 1, 0, -1) if any(p.match(line.text[tokens[k].start() :]) for p in openers)
                          and not tokens[k].group(0)[0].isdigit()), None)
            if start is None or start < 3 or start > _RUNIN_HEAD_MAX_WORDS:
                continue
            run = line.text[at : tokens[start].start()].strip()
            # a heading joins its words with a small word ("Clashes in Hama"); names in a row ("Russian President
            # Jane Roe") have none
            small = any(w in _HEADING_SMALL_WORDS for w in words(run)[1:])
            if not small or not _headline_run(run) or cleaning.is_sentence(run):
                continue
            _split_at(lines, line, at, tokens[start].start(), [Removed("crosshead", run)])
            break
