"""Figures a headline gives that the body does not repeat: "4 citizens killed 17 injured in rocket attacks
on Hama Latakia and Homs" heads a body that only counts each district.

They are the outlet's claims (or the source the headline names: "... kills 15: monitor"); like caption
claims they carry offsets -1 and the headline as their quote. A headline count the body gives too (the
same kind and value, or a rounded "more than 50" for the body's 51) is not claimed twice.

A headline that credits a source at its end or start ("Air raids kill 25 civilians: monitor", "... Monitor |
Jordan Times", "Activists: shelling kills 12") says who gives its figures; the body's lede often restates
them bare, wire style, and they are that source's too (``headline_credited``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.claims import find_claims
from frontwatch.reading.sources import find_sources
from frontwatch.records import Claim, Document, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontwatch.reading.mentions import Mentions

_ROUNDED = {"more than", "over", "at least", "nearly", "almost", "about", "around", "some", "roughly"}
# Page tails after a headline: "... monitor | Jordan Times", "... NGO - Region - World - Ahram Online".
_TAIL = re.compile(r"\s+(?:\||[-–—]\s+(?:Region|World|Middle East|News)\b).*$", re.I)
# What parts a credit from the headline before it: "...: monitor", "..., activists", "... - NGO", "... says SOHR".
_SEPARATOR = re.compile(r"(?:[:,]|\s[-–—]|\bsays?)\s*$", re.I)
_LONGEST_CREDIT = 4  # words
# "... in Aleppo, activists say": what comes before a closing "say(s)" / "said"; "... kill 20 (SOHR)": a closing bracket.
_CLOSING_SAYS = re.compile(r"^(.*?\S)\s+(?:says?|said)$", re.I)
_CLOSING_BRACKET = re.compile(r"^.*?\(([^()]{2,40})\)$")


def _lexicon_form(word: str) -> bool:
    """A word (any inflection) that tells a figure's kind, counts people or is a number: "Kills", "Dead", "Terrorists",
    "Nine"."""
    kinds, people, numbers = lexicons.mapping("claim_kinds.tsv"), lexicons.mapping("person_nouns.txt"), lexicons.mapping("numbers.tsv")
    low = word.lower()
    stems = {low, low[:-1], low[:-2]} if low.endswith(("s", "d")) else {low}  # "Kills", "Injures", "Captured", "Killed"
    stems |= {low[:-3], low[:-3] + "e"} if low.endswith("ing") else set()  # "Killing", "Injuring"
    return low in numbers or any(s in kinds or s in people for s in stems)


def sentence_case(title: str) -> str:
    """ "Army Advances in Aleppo Kills 140 Terrorists": a title-case headline with its words of figures ("Kills",
    "Dead") and of people ("Terrorists") put in lower case, so the parser reads them as the verb and the noun they
    are, not as a name (offsets unchanged)."""
    long = [w for w in re.findall(r"[A-Za-z][\w'-]*", title) if len(w) >= 4]
    if len(long) < 3 or sum(w[0].isupper() for w in long) < 0.75 * len(long):
        return title
    # (the first word keeps its capital, as in a sentence)
    return re.sub(r"\b[A-Z][a-z]+\b", lambda m: m.group(0).lower() if m.start() > 0 and _lexicon_form(m.group(0)) else m.group(0), title)


def _repeated(claim: Claim, body: list[Claim]) -> bool:
    for other in body:
        if other.kind != claim.kind or other.value is None or claim.value is None:
            continue
        if other.value == claim.value:
            return True
        if claim.qualifier in _ROUNDED and claim.value <= other.value <= claim.value * 1.2:
            return True  # "More than 50 civilians killed" heads "at least 51 civilians were killed"
    return False


def headline_credit(title: str, title_mentions: Mentions, body_mentions: Mentions) -> Source | None:
    """The source a headline credits at its end or start (module doc), or None. A credit word alone
    ("monitor", "NGO") stands for the body's first source of its kind (lexicons/headline_credits.tsv); only
    some may close a headline whose colon was lost, and a source the dictionaries know needs its colon."""
    head = _TAIL.sub("", title).rstrip(" .")
    credits = {r[0]: (r[1], len(r) > 2 and r[2] == "1") for r in lexicons.table("headline_credits.tsv")}
    for start, end, separated in _credit_spans(head):
        named = next((m.source for m in title_mentions.sources if m.start == start and m.end == end), None)
        if named is None and separated:
            named = _source_named(head[start:end])
        if named is not None and separated:
            return named
        kind, bare = credits.get(head[start:end].lower(), ("", False))
        if kind and (separated or bare):
            same = next((m.source for m in body_mentions.sources if m.source.source_type == kind), None)
            return same or Source(name=head[start:end].lower(), source_type=kind, words=head[start:end])
    return None


def _source_named(words: str) -> Source | None:
    """The known source ``words`` name whole: "SOHR" in "... kill 20 (SOHR)", which the title's mentions leave out
    (a bracketed acronym usually repeats the name before it)."""
    found = find_sources(words)
    return found[0].source if len(found) == 1 and found[0].start == 0 and found[0].end == len(words) else None


def _credit_spans(head: str) -> list[tuple[int, int, bool]]:
    """(start, end, parted by punctuation) of the headline's last one to four words, longest first, then of
    the words before an opening colon ("Monitor: ...") or an opening "says" ("Monitor says 20 killed ..."). A
    closing "say(s)" ("..., activists say") or a closing bracket ("... kill 20 (SOHR)") parts the credit
    before it as a colon does."""
    said = _CLOSING_SAYS.search(head) or _CLOSING_BRACKET.search(head)
    if said is not None:
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", said.group(1))]
        base = said.start(1)
        out = [(base + words[-n][0], base + words[-1][1], True) for n in range(min(_LONGEST_CREDIT, len(words)), 0, -1)]
        return out + _opening_credit(head)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", head)]
    out = []
    for n in range(min(_LONGEST_CREDIT, len(words) - 1), 0, -1):
        start = words[-n][0]
        out.append((start, words[-1][1], bool(_SEPARATOR.search(head[:start]))))
    return out + _opening_credit(head)


def _opening_credit(head: str) -> list[tuple[int, int, bool]]:
    """The words before an opening colon or "says": "Monitor: ...", "UN says 20 ..."."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", head)]
    for n in range(1, min(_LONGEST_CREDIT, len(words) - 1) + 1):
        if head[words[n - 1][0] : words[n - 1][1]].endswith(":"):
            return [(words[0][0], words[n - 1][1] - 1, True)]
        if n > 1 and head[words[n - 1][0] : words[n - 1][1]].lower() in {"says", "say"}:
            return [(words[0][0], words[n - 2][1], True)]
    return []


def headline_credited(body: list[Claim], headline: list[Claim], credit: Source | None, outlet: Source) -> list[Claim]:
    """Body figures told in the outlet's voice that repeat a credited headline's figure take its source."""
    if credit is None:
        return body
    return [replace(c, source=credit) if c.source.name == outlet.name and any(_repeated(h, [c]) for h in headline) else c
            for c in body]


def headline_claims(document: Document, title_doc: Doc, title_mentions: Mentions, body: list[Claim], outlet: Source,
                    credit: Source | None = None) -> list[Claim]:
    """The headline's figures that the body's claims do not already hold (vague ones left out); ``credit``:
    the source the headline credits, for figures it leaves in the outlet's voice."""
    found, _, _ = find_claims(document, title_doc, title_mentions, [], outlet)
    if credit is not None:
        found = [replace(c, source=credit) if c.source.name == outlet.name else c for c in found]
    out = []
    for claim in found:
        if claim.value is None or claim.qualifier == "vague" or _repeated(claim, body):
            continue
        claim_id = hashlib.sha1(f"{document.doc_id}|headline|{claim.kind}|{claim.value}".encode()).hexdigest()[:16]
        out.append(replace(claim, claim_id=claim_id, start=-1, end=-1, quote=document.title, event_id="", disputed_with=()))
    return out


__all__ = ["headline_claims", "headline_credit", "headline_credited", "sentence_case"]
