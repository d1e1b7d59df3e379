"""Tolls: which event a count of the dead or wounded belongs to, and each event's conservative fatalities.

A toll goes to an event told in its sentence (the one nearest in the parse, or the one at the place the count is
given for), else to the event at a place the sentence names, else to the violent event just told. A toll counted
over a span ("since the war began", "in a week of bombing") or for the whole war is no event's; a round-up total
that the counts after it add up to stays a claim without an event. An event's fatalities are ACLED's conservative
value: per source the fullest statement (the same toll told twice counts once, parts are not added), then the
lowest across sources (data/lexicons/*: toll verbs, war nouns, day parts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_cues import lexicon
from frontwatch.reading.figures import Figure
from frontwatch.reading.mentions import Mentions, in_span, root_of, sentence_of, tree_distance, trigger_word
from frontwatch.records import Claim, DateMention, Event, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


VIOLENT_KINDS = {"killed", "injured", "casualties"}
# "Fifteen others were killed in two more incidents", "... in a separate attack", "... elsewhere": a toll that
# says it is another incident's does not count toward the event told before it.
_OTHER_INCIDENT = re.compile(
    r"\b(?:another|other|more|separate|different)\s+(?:\w+\s+)?(?:incidents?|attacks?|strikes?|raids?|bombings?|blasts?"
    r"|districts?|neighbou?rhoods?|areas|towns|villages|places)\b|\belsewhere\b",
    re.IGNORECASE,
)
_INCIDENT_DAYS = 2  # a toll counted over at most this many days is one incident's ("in the past 24 hours")
_NEWS_DAYS = 45  # a toll dated further from an event than this is another time's (as events.py's news window)


def running_total(doc: Doc, mentions: Mentions, governor: Token | None) -> bool:
    """A toll counted over a span of time, not one incident: "killed since the war began in 2011", "have died
    since April", "killed in clashes over the last 15 days". ACLED gives no event a cumulative total."""
    if governor is None:
        return False
    verb = governor if governor.pos_ in {"VERB", "AUX"} else governor.head
    if _of_the_war(verb) or _over_a_span(verb):
        return True
    words = list(verb.subtree)
    described = _described_spans(verb)
    periods = [d for d in in_span(mentions.dates, words[0].idx, words[-1].idx + len(words[-1].text)) if d.kind in {"since", "period"}
               and not any(a <= d.start < b for a, b in described)]
    # "in the past 24 hours", "since Friday night": a day or two of fighting is one incident's toll.
    if any(d.end_date is None or (d.end_date - d.date).days > _INCIDENT_DAYS for d in periods):
        return True
    # "X has been under bombardment since February, which has killed 132": the span of the clause the relative hangs on
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "which has killed 132 and injured 900": the injured share the killed's span
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
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and rows.get(c.lemma_.lower()) == "noun"), None)


def raised_over_a_span(toll: Token) -> bool:
    """A raised toll counted over more than an incident's days: "bringing the toll of the three-day offensive to
    45", "the death toll from the two-week bombardment rose to 300", "brings to 45 the number killed in the
    campaign" (lexicons/campaign_nouns.txt): the campaign's running total, no event's toll."""
    campaigns = lexicons.words("campaign_nouns.txt")
    for tok in toll.subtree:
        if tok.lemma_.lower() in campaigns and tok.dep_ == "pobj":
            return True
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


def _of_the_war(verb: Token) -> bool:
    """ "The conflict has killed more than 300,000", "died in the country's war": the whole war's toll."""
    wars = lexicons.words("war_nouns.txt")
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in wars:
            return True
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "throughout", "over"}:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in wars for g in child.children):
                return True
    return False


def _dated_elsewhere(event: Event, dates: Sequence[DateMention]) -> bool:
    """The sentence dates its toll to another time than the event's: "Hundreds were killed in the town in
    chemical strikes in August 2013" is no toll of this week's shelling of the town."""
    told = [d.date for d in dates if d.kind not in {"since", "period"}]
    if not told or event.event_date is None:
        return False
    return all(abs((event.event_date - day).days) > _NEWS_DAYS for day in told)


def nearest_event(
    events: list[Event], position: int, kind: str, doc: Doc | None = None, mentions: Mentions | None = None, own_place: str = "",
    own_name: str = "",
) -> Event | None:
    """The event a figure counts: one told in its sentence (the one whose place follows the figure, "7 in
    Alsukkari", else the one whose word is nearest the figure in the parse); else the event of this article
    at a place the sentence names (events are merged per place; one told in this sentence first); else, for a toll in a sentence naming no place and no period ("He said at least 26 people were
    killed"), the last violent event of the two sentences before, unless the sentence gives it to another
    incident ("in two more incidents", "elsewhere")."""
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

    def kinds(found: list[Event]) -> list[Event]:
        if kind in VIOLENT_KINDS:
            # ACLED counts no fatalities on strategic developments: "an agreement was reached after a gas attack
            # killed 1,400" gives the toll to no agreement
            return [e for e in found if e.event_type in violent or e.sub_event_type == "Deaths reported"] \
                or [e for e in found if e.event_type != "Strategic developments"]
        return found

    same = kinds([e for e in events if e.start <= position < e.end])
    if own_place:
        placed = [e for e in same if e.location is not None and e.location.words == own_place]
        if placed:
            return _governing_event(doc, placed, position) if doc is not None else placed[0]
        # the event told at that place in this sentence was merged into one told before at the same place
        merged = kinds([e for e in events if e.location is not None and own_name and e.location.name == own_name])
        if merged and same:
            return merged[0]
    if doc is None or mentions is None:
        return same[0] if same else None
    sent = sentence_of(doc, position)
    if len(same) > 1:
        after = text_of(doc)[position : min(sent.end_char, position + 80)]
        placed = [e for e in same if e.location is not None and e.location.words and e.location.words in after]
        placed = placed or _placed_in_clause(doc, same, position)
        return _governing_event(doc, placed or same, position)
    if same:
        return same[0]
    places = in_span(mentions.places, sent.start_char, sent.end_char)
    named = {p.text for p in places}
    dates = in_span(mentions.dates, sent.start_char, sent.end_char)
    at_place = kinds([e for e in events if e.location is not None and e.location.words in named and not _dated_elsewhere(e, dates)])
    if at_place:
        here = [e for e in at_place if sent.start_char <= e.start < sent.end_char]
        return _governing_event(doc, here, position) if here else at_place[0]
    periods = [d for d in dates if d.kind in {"since", "period"}]
    if kind not in VIOLENT_KINDS or places or periods or _OTHER_INCIDENT.search(sent.text):
        return None
    before = [s for s in doc.sents if s.end_char <= sent.start_char][-2:]
    if not before:
        return None
    recent = [e for e in events if (e.event_type in violent or e.sub_event_type == "Deaths reported") and before[0].start_char <= e.start < sent.start_char
              and not _dated_elsewhere(e, dates)]
    return recent[-1] if recent else None


def _placed_in_clause(doc: Doc, same: list[Event], position: int) -> list[Event]:
    """Of a sentence's events, the one whose place the toll's own clause names first after the count, however far
    after the number it comes: "Three people were killed and two wounded when a bomb went off on the outskirts
    of Kafr Nabl in the Idlib countryside" are Kafr Nabl's dead (a town is named before the area holding it)."""
    figure = root_of(doc, position, position + 1)
    verb = next((t for t in (figure, *figure.ancestors) if t.pos_ in {"VERB", "AUX"}), None) if figure is not None else None
    if verb is None:
        return []
    words = list(verb.subtree)
    start, end = max(words[0].idx, position), words[-1].idx + len(words[-1].text)
    clause = text_of(doc)[start:end]
    found = [(clause.find(e.location.words), n) for n, e in enumerate(same) if e.location is not None and e.location.words]
    found = [(at, n) for at, n in found if at >= 0]
    return [same[min(found)[1]]] if found else []


def _act_named(figure: Token) -> str:
    """The event type of the act a toll's own verb names after a preposition: "killed in the fighting"
    (Battles), "died in the shelling" (Explosions/Remote violence); "" when it names none."""
    verb = next((t for t in figure.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return ""
    lex = lexicon()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "by"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            single = [p for p in lex.by_first.get(obj.lemma_.lower(), []) + lex.by_first.get(obj.lower_, [])
                      if len(p.words) == 1 and p.pos in {"N", "*"} and not p.child]
            if single:
                return lex.event_type(max(single, key=lambda p: p.weight).sub_event_type)
    return ""


def _governing_event(doc: Doc, same: list[Event], position: int) -> Event:
    """Of the events one sentence tells, the one whose word is nearest the toll in the parse: "The raid came a
    day after air strikes by warplanes killed 31": the 31 are the strikes' dead, not the raid's."""
    figure = root_of(doc, position, position + 1)
    if figure is None or len(same) == 1:
        return same[0]
    named = _act_named(figure)
    if named and any(e.event_type == named for e in same):
        same = [e for e in same if e.event_type == named]  # "... and 11 troops were killed in the fighting"

    def distance(event: Event) -> int:
        word = trigger_word(doc, event)
        if word is None:
            return 99
        # "air force raids left 15 dead": a word naming the act's kind on the act's noun is as near as the noun
        if word.dep_ in {"compound", "amod"} and word.head.pos_ in {"NOUN", "PROPN"}:
            return min(tree_distance(figure, word), tree_distance(figure, word.head))
        return tree_distance(figure, word)

    return min(same, key=distance)  # the first told wins a tie


def told_before(doc: Doc, figure: Figure, kind: str, claims: list[Claim], events: list[Event]) -> Event | None:
    """The event of an earlier count that "the <N> ..." points back to: "Seven died when a shell hit a school ...
    besides the seven at the school, 12 others died in raids on the market": the definite article says these
    seven are the ones already told, so they count at the school's event, not the sentence's."""
    if figure.token < 1 or doc[figure.token - 1].lower_ != "the" or figure.value is None:
        return None
    earlier = [c for c in claims if c.kind == kind and c.value == figure.value and c.event_id and c.qualifier != "including"]
    if not earlier:
        return None
    return next((e for e in events if e.event_id == earlier[-1].event_id), None)


def restated(claim: Claim, verb: int, earlier: Sequence[tuple[Claim, int]]) -> bool:
    """The same toll told again in one run of text with a verb of its own: "Three killed two injured in bomb
    blast in Hama countryside Three citizens were killed ..." (a headline glued to its lead) says three dead,
    not six. Two counts under one verb are two counts ("killed 3 children and 3 women"), and so are counts of
    other people ("three soldiers were killed and three rebels died"), counts said to come on top ("three more")
    or counts of other events (another place's). ``earlier``: the sentence's claims before this one, each with
    the index of the verb that governs it."""
    return bool(claim.event_id) and any(
        c.kind == claim.kind and c.value == claim.value and v != verb and c.event_id == claim.event_id
        and (not c.subject or not claim.subject or c.subject.lower() == claim.subject.lower())
        and not {"including", "additional"} & {c.qualifier, claim.qualifier}
        for c, v in earlier
    )


_ROUNDUP_REACH = 8  # claims after a total that may break it down


def roundups_unlinked(claims: list[Claim]) -> list[Claim]:
    """ "At least 30 civilians were killed across the province ... Raids left 12 dead in X. Shelling killed 7
    in Y. Another 11 died in Z": a total that the counts told right after it, each with an event of its own,
    add up to is a round-up of those events, no event's toll; it stays a claim, linked to no event."""
    out = list(claims)
    for i, total in enumerate(claims):
        if total.kind not in VIOLENT_KINDS or not total.value or total.qualifier in {"including", "additional", "vague"}:
            continue
        following = [(k, c) for k, c in enumerate(claims[i + 1 : i + 1 + _ROUNDUP_REACH], start=i + 1)
                     if c.kind == total.kind and c.value and c.qualifier not in {"including", "vague"} and c.event_id]
        own = [(k, c) for k, c in following if c.event_id == total.event_id and c.qualifier != "additional"]
        own_sums = [sum(c.value or 0 for _, c in own[:n]) for n in range(2, len(own) + 1)]
        if total.event_id and total.value in own_sums:
            # "three men were shot dead ... two died at once, one later in hospital": the same dead told
            # one by one are parts of the count, not more dead
            for k, c in own[: own_sums.index(total.value) + 2]:
                out[k] = replace(c, qualifier="including")
            continue
        parts = _distinct_parts([c for _, c in following if c.event_id != total.event_id])
        sums = [sum(c.value or 0 for c in parts[:n]) for n in range(2, len(parts) + 1)]
        if total.value in sums and len({c.event_id for c in parts[: sums.index(total.value) + 2]}) >= 2:
            out[i] = replace(total, event_id="")
            # "Scores of civilians were killed ...": the same total told vaguely is no event's toll either
            out = [replace(c, event_id="") if c.event_id == total.event_id and c.qualifier == "vague" else c for c in out]
    return out


def _distinct_parts(parts: list[Claim]) -> list[Claim]:
    """The counts of a breakdown, each event's count once: "19 died ... Seven died at a school ... besides the
    seven at the school, 12 others died at the market" breaks the 19 into 7 and 12, not 7, 7 and 12."""
    seen: set[tuple[str, int | None]] = set()
    out = []
    for c in parts:
        if (c.event_id, c.value) in seen:
            continue
        seen.add((c.event_id, c.value))
        out.append(c)
    return out


def with_claims(events: list[Event], claims: list[Claim], own_place: frozenset[str] = frozenset(),
                 named_place: frozenset[str] | None = None, uncounted: frozenset[str] = frozenset()) -> list[Event]:
    """Events with their claim ids and ACLED's conservative fatalities (lowest sourced value).

    ``own_place``: ids of counts given for a place ("7 in Alsukkari"), the toll of the event there.
    ``named_place``: ids of counts whose place the text names (None: every claim's place is taken as named).
    ``uncounted``: ids of counts that add no dead: replaced by a later one ("the previous toll was 20") or the
    same toll told again in one sentence."""
    out = []
    for event in events:
        mine = [c for c in claims if c.event_id == event.event_id]
        killed: dict[str, int] = {}
        parts = {c.value for c in mine if c.kind == "killed" and c.qualifier == "including"}
        # "- Jets kill 6 boys - ... 6 boys were among 30 killed": a count also given as a part of the event's
        # toll is that part, not more dead, whoever gives it ("killing five including four pupils ... a
        # photographer saw the bodies of four children": the four are of the five)
        tolls = [c for c in mine if c.kind == "killed" and c.value is not None and c.qualifier != "including"
                 and c.value not in parts and c.claim_id not in uncounted]
        # "including 7 in Alsukkari": a count given for the event's own place is its toll, not the sentence's total.
        placed = [c for c in mine if c.claim_id in own_place and c.kind == "killed" and c.value is not None
                  and event.location is not None and c.place == event.location.name]
        # "14 civilians including a teacher were killed in Douma": a part told with the event's own place is
        # no breakdown when the whole is told for that place too.
        whole_here = [c for c in tolls if event.location is not None and c.place == event.location.name and c.claim_id not in own_place
                      and (named_place is None or c.claim_id in named_place)]
        # "at least 20 killed in the city ... six were killed in Bustan al-Qasr": the count given for the event's
        # own quarter is its toll, not the city's total the event was first told with.
        if placed and not whole_here:
            tolls = placed
        exact = [c for c in tolls if c.qualifier != "vague"]
        told: dict[tuple[str, int | None], list[tuple[str, str]]] = {}
        by_sentence: dict[tuple[str, str], int] = {}
        extra: dict[str, int] = {}
        for c in exact or tolls:  # "dozens" counts only when nothing more precise is said
            # the lead and the body both saying "at least 42 killed" of one event: said twice, not 84 dead;
            # "3 children and 3 women" in one sentence, or "7 in X ... 7 in Y", are two counts
            country = event.location.country if event.location is not None else ""
            place = c.place if c.claim_id in own_place and c.place != country else ""  # "20 in Syria" is no breakdown
            earlier = told.setdefault((c.source.name, c.value), [])
            again = any(quote != c.quote and (not where or not place or where == place) for quote, where in earlier)
            earlier.append((c.quote, place))
            if again and c.qualifier != "additional":
                continue
            key = (c.source.name, c.quote)
            if c.qualifier == "additional":
                extra[c.source.name] = extra.get(c.source.name, 0) + (c.value or 0)
            else:
                by_sentence[key] = by_sentence.get(key, 0) + (c.value or 0)
        # one source's sentences restate one toll ("at least 70 were killed ... 30 soldiers and 39 rebels died in
        # the battle"): the fullest sentence counts, plus what it says came on top ("another five")
        for (name, _), total in by_sentence.items():
            killed[name] = max(killed.get(name, 0), total)
        for name, more in extra.items():
            killed[name] = killed.get(name, 0) + more
        out.append(replace(event, claim_ids=tuple(c.claim_id for c in mine), fatalities=min(killed.values()) if killed else 0))
    return out
