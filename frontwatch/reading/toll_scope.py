"""What a count of the dead or wounded counts over: one incident, or a span ("since the war began", "in a week of
bombing", "in the past two months"), the whole war, separate incidents across a region, or a toll a later one
replaced or raised. Only a count of one incident is an event's toll (reading.tolls links it; data/lexicons/*: war
nouns, day parts, separate markers, superseded tolls, campaign nouns)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.mentions import Mentions, first_conjunct, in_span
from frontwatch.records import DateMention, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_INCIDENT_DAYS = 2  # a toll counted over at most this many days is one incident's ("in the past 24 hours")


def running_total(doc: Doc, mentions: Mentions, governor: Token | None) -> bool:
    """A toll counted over a span of time, not one incident: "killed since the war began in 2011", "have died
    since April", "killed in clashes over the last 15 days". ACLED gives no event a cumulative total."""
    if governor is None:
        return False
    verb = _elided_from(governor if governor.pos_ in {"VERB", "AUX"} else governor.head)
    if _of_the_war(verb) or _over_a_span(verb) or _campaign_so_far(verb) or _counted_so_far(verb) or _part_of_earlier_total(doc, mentions, verb):
        return True
    words = list(verb.subtree)
    described = _described_spans(verb)
    periods = [d for d in in_span(mentions.dates, words[0].idx, words[-1].idx + len(words[-1].text)) if d.kind in {"since", "period"}
               and not any(a <= d.start < b for a, b in described)]
    # "in the past 24 hours", "since Friday night": a day or two of fighting is one incident's toll.
    if any(d.end_date is None or (d.end_date - d.date).days > _INCIDENT_DAYS for d in periods):
        return True
    if _between_dates(doc, [d for d in in_span(mentions.dates, words[0].idx, words[-1].idx + len(words[-1].text))
                            if not any(a <= d.start < b for a, b in described)]):
        return True
    # "X has been under bombardment since February, which has killed 132": the span of the clause the relative hangs on
    first = first_conjunct(verb)  # "which has killed 132 and injured 900": the injured share the killed's span
    relative = first.dep_ in {"relcl", "advcl"} and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in first.children)
    # (the parser hangs "which" on the clause's verb or on the date of "since February" itself)
    spans = [c for c in first.head.children if c.i < first.i] + [a for a in first.ancestors if a.lower_ == "since"][:1] if relative else []
    for child in [*verb.children, *spans]:
        if not _is_since(child):
            continue
        span = list(child.subtree)
        lo, hi = span[0].idx, span[-1].idx + len(span[-1].text)
        if not any(lo <= d.start and d.end <= hi for d in periods):
            return True  # "since the truce collapsed on Monday", "since the war began"
    return _since_after(doc, mentions, governor, verb)


_BACK = frozenset({"them", "those", "these"})


def _part_of_earlier_total(doc: Doc, mentions: Mentions, verb: Token) -> bool:
    """ "60,000 people have died in government jails during the conflict. More than 20,000 of them died at one
    prison": a part ("of them") of a running total told in the sentence before is counted over the same span."""
    part = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
            and any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in _BACK for g in p.children) for p in c.children)]
    start = verb.sent.start
    if not part or start == 0:
        return False
    before = doc[start - 1].sent
    tolls = lexicons.words("toll_triggers.txt")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in tolls and running_total(doc, mentions, t) for t in before)


def _elided_from(verb: Token) -> Token:
    """ "40 were killed and over 100 wounded in the bombing over the past few days": the second count's verb
    is elided ("100 [were] wounded"), and the parser hangs the phrases both counts share on it alone. The
    first count's verb, which the elided one repeats, says for both whether the toll runs over a span."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return verb
    count = verb.head
    if verb.dep_ == "acl" and count.dep_ == "conj" and count.pos_ == "NUM" and count.head.pos_ == "VERB":
        return count.head  # "[40 were killed] and [100 wounded ...]", the count conjoined
    numeric_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NUM" for c in verb.children)
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and numeric_subject and verb.head.pos_ == "VERB":
        return verb.head  # "[40 were killed ...] and [100 wounded]", the participle conjoined
    return verb


_RANGE_OPENERS = {"from", "between"}
_RANGE_CLOSERS = {"to", "until", "till", "through", "and"}


def _between_dates(doc: Doc, dates: Sequence[DateMention]) -> bool:
    """Two dates of the toll's clause that bound a span longer than an incident: "died in detention from May
    2012 to April 2015", "were killed between January and May": a running total, no event's toll (the dates
    resolve one by one, so the span is read on the words around them)."""
    text = doc.text
    ordered = sorted(dates, key=lambda d: d.start)
    for first, last in zip(ordered, ordered[1:]):
        opener = first.text.split()[0].lower() if first.text.split()[0].lower() in _RANGE_OPENERS else \
            (text[: first.start].split() or [""])[-1].lower()
        closer = text[first.end : last.start].strip().lower() or last.text.split()[0].lower()
        if opener not in _RANGE_OPENERS or closer not in _RANGE_CLOSERS:
            continue
        if ((last.end_date or last.date) - first.date).days > _INCIDENT_DAYS:
            return True
    return False


def _since_after(doc: Doc, mentions: Mentions, governor: Token, verb: Token) -> bool:
    """ "continued air strikes with reports of 865 people killed ... since strikes began": a since-clause after the
    toll, on a verb its clause hangs on, spans the count too (unless it names a day or two: "since Friday night")."""
    for holder in verb.ancestors:
        for child in holder.children:
            if child.i <= governor.i or not _is_since(child):
                continue
            span = list(child.subtree)
            lo, hi = span[0].idx, span[-1].idx + len(span[-1].text)
            inside = [d for d in in_span(mentions.dates, lo, hi) if d.kind in {"since", "period"}]
            if not inside or any(d.end_date is None or (d.end_date - d.date).days > _INCIDENT_DAYS for d in inside):
                return True
        if holder.dep_ in {"ROOT", "ccomp"}:
            break
    return False


def _is_since(child: Token) -> bool:
    return (child.dep_ == "prep" and child.lower_ == "since" and not _since_day_part(child)) or (
        child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children))


def over_separate_incidents(governor: Token | None, places: Sequence[PlaceMention] = ()) -> bool:
    """A toll over acts the text tells apart across a region: "Separate air raids in the north killed at least
    25 civilians", "12 died in separate attacks". ACLED codes each incident on its own, so the round-up is no
    one event's toll (the counts told for each incident are). Acts at one town on one day are that town's one
    event ("struck Saraqeb killing 9 in two separate raids"): ``places``, those of the toll's sentence."""
    if governor is None or len({p.place.place_id for p in places if p.place is not None and p.place.geo_precision <= 2}) == 1:
        return False
    verb = governor if governor.pos_ in {"VERB", "AUX"} else governor.head
    markers = lexicons.words("separate_markers.txt")
    acts = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    acts += [g for c in verb.children if c.dep_ in {"prep", "agent"} for g in c.children if g.dep_ == "pobj"]
    return any(a.tag_ in {"NNS", "NNPS"} and any(m.dep_ == "amod" and m.lower_ in markers for m in a.children) for a in acts)


def superseded(figure: Token) -> bool:
    """A count the text says a later one replaced: "the previous death toll was 20", "an earlier toll of 20",
    "the toll rose from 20 to 70". It stays a claim, but the event's fatalities are the latest count's."""
    rows = lexicons.mapping("superseded_tolls.tsv")
    if figure.head.lower_ == "from" and rows.get(figure.head.head.lemma_.lower()) == "from":
        return True
    nouns = [a for a in figure.ancestors if a.pos_ in {"NOUN", "PROPN"}]
    nouns += [c for a in figure.ancestors if a.pos_ in {"VERB", "AUX"} for c in a.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(rows.get(n.lemma_.lower()) == "noun" and any(m.dep_ in {"amod", "compound"} and rows.get(m.lower_) == "modifier" for m in n.children)
               for n in nouns)


def raised_toll(figure: Token) -> Token | None:
    """The toll noun a count raises: "... bringing the death toll to 45", "raising the toll to 22", "brings to 45 the
    number of people killed", "the toll rose to 300". A raised toll holds every count told of the event before it:
    those are in it, not more dead (lexicons/superseded_tolls.tsv: raise rows)."""
    rows = lexicons.mapping("superseded_tolls.tsv")
    prep = figure.head
    if prep.lower_ != "to" or figure.dep_ != "pobj" or rows.get(prep.head.lemma_.lower()) not in {"from", "raise"}:
        return None
    verb = prep.head
    told = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and rows.get(c.lemma_.lower()) == "noun"), None)
    # "raising to 95 the toll of ...": the parser may hang the toll noun on "to" beside the count
    return told or next((c for c in prep.children if c.dep_ == "pobj" and c.i > figure.i and rows.get(c.lemma_.lower()) == "noun"), None)


def raised_over_a_span(toll: Token) -> bool:
    """A raised toll counted over more than an incident's days: "bringing the toll of the three-day offensive to
    45", "the death toll from the two-week bombardment rose to 300", "brings to 45 the number killed in the
    campaign" (lexicons/campaign_nouns.txt), "raising to 95 the toll since the truce ended": the campaign's
    running total, no event's toll."""
    campaigns = lexicons.words("campaign_nouns.txt")
    verb = next((a for a in toll.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and any(_is_since(c) for c in verb.children):
        return True  # "raising the toll to 95 since the truce ended": the count since then, no incident's
    for tok in toll.subtree:
        if tok.lemma_.lower() in campaigns and tok.dep_ == "pobj":
            return True
        if tok.head.pos_ in {"VERB", "AUX"} and _is_since(tok):
            return True  # "bringing to 200 the number killed there since Friday": the toll's own clause counts since then
        days = _SPANS.get(tok.lemma_.lower())
        count = next((c for c in tok.children if c.dep_ == "nummod"), None)
        if days is not None and count is not None and tok.dep_ in {"compound", "amod", "nmod"}:
            n = int(count.text) if count.text.isdigit() else int(lexicons.mapping("numbers.tsv").get(count.lower_, "1"))
            if days * n > _INCIDENT_DAYS:
                return True
    return False


def _described_spans(verb: Token) -> list[tuple[int, int]]:
    """Character spans of the relative clauses under a toll's verb: "a shell killed four in the town, which rebels
    have held since 2013" dates who holds the town, not the count."""
    spans = []
    for tok in verb.subtree:
        if tok.dep_ in {"relcl", "acl"} and tok.i != verb.i:
            sub = list(tok.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return spans


def _since_day_part(prep: Token) -> bool:
    """ "since dawn", "since this morning": a count begun earlier the same day is one day's toll."""
    day_parts = lexicons.words("day_parts.txt")
    return any(g.dep_ == "pobj" and g.lemma_.lower() in day_parts for g in prep.children)


_SPANS = {"week": 7, "month": 30, "year": 365, "day": 1}


def _over_a_span(verb: Token) -> bool:
    """ "killed in a week of intense bombing", "died during two months of siege": a toll counted over a span
    longer than an incident's."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "over", "throughout"}:
            continue
        for obj in prep.children:
            days = _SPANS.get(obj.lemma_.lower())
            if obj.dep_ != "pobj" or days is None:
                continue
            count = next((c for c in obj.children if c.dep_ == "nummod"), None)
            n = 1
            if count is not None:
                n = int(count.text) if count.text.isdigit() else int(lexicons.mapping("numbers.tsv").get(count.lower_, "1"))
            if days * n > _INCIDENT_DAYS:
                return True
    return False


def _campaign_so_far(verb: Token) -> bool:
    """ "The offensive, launched three weeks ago, has killed some 300": a campaign (lexicons/campaign_nouns.txt) as
    the subject of a present perfect counts its dead so far, no one day's; "the offensive killed 12 on Monday"
    tells a day's."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    campaigns = lexicons.words("campaign_nouns.txt")
    holder = verb
    while holder.dep_ == "conj" and holder.head.i != holder.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
        holder = holder.head  # "the offensive, launched in May, has killed 300": the parser may join the two verbs
    return perfect and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in campaigns for c in holder.children)


def _counted_so_far(verb: Token) -> bool:
    """ "Over 750 people have so far been killed in the ongoing campaign", "the strikes have killed 40 so far": a
    present perfect counted "so far" is a running total, no one incident's toll."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return perfect and any(c.lower_ == "far" and any(g.lower_ == "so" for g in c.children) for c in verb.children)


def _of_the_war(verb: Token) -> bool:
    """ "The conflict has killed more than 300,000", "died in the country's war": the whole war's toll."""
    wars = lexicons.words("war_nouns.txt")
    head = verb.head
    # "the conflict has claimed the lives of 300,000 injured 1.2 million others": with the comma lost the parser
    # hangs the next count's verb on the war's toll verb; both counts are the war's
    # (a verb with a subject of its own, "... and shelling killed 12 on Monday", is another count's)
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    lost_comma = all(c.lemma_.lower() == "life" or c.lemma_.lower() in lexicons.words("casualty_nouns.txt") for c in own)
    if lost_comma and verb.dep_ in {"ccomp", "conj"} and head.pos_ == "VERB" and head.i < verb.i and (
            head.lemma_.lower() in lexicons.words("toll_verbs.txt") or head.lemma_.lower() in lexicons.words("death_words.txt")) \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in wars for c in head.children):
        return True
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in wars:
            return True
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "throughout", "over"}:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in wars for g in child.children):
                return True
    return False


# Clauses of their own under a toll's verb: a part of the day named there is another count's.
_OTHER_CLAUSES = frozenset({"conj", "cc", "ccomp", "advcl", "relcl", "xcomp", "parataxis"})


def day_part(figure: Token, governor: Token | None) -> str:
    """The part of a day a count is told for ("three killed in the morning", "in the afternoon seven more were
    killed", "raids in the evening killed 7 more"; lexicons/day_parts.txt), or "". Looked for in the figure's own
    phrase ("... and seven more in the evening"), then under its verb outside the clauses joined to it."""
    found = _day_part_in(figure)
    if found:
        return found
    verb = governor if governor is None or governor.pos_ in {"VERB", "AUX"} else governor.head
    if verb is None:
        verb = next((a for a in figure.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return ""
    return next((found for child in verb.children if child.dep_ not in _OTHER_CLAUSES and (found := _day_part_in(child))), "")


def _day_part_in(phrase: Token) -> str:
    """The first part of a day (lexicons/day_parts.txt) named as a noun in the phrase ``phrase`` heads, or ""."""
    parts = lexicons.words("day_parts.txt")
    return next((t.lemma_.lower() for t in phrase.subtree if t.lemma_.lower() in parts and t.pos_ == "NOUN"), "")
