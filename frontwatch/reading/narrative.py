"""What one sentence leaves to the next: the narrative date, the area the story is in, the last source; and
the date of an event told in a sentence (reading.events)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.mentions import Mentions, in_span, named_by, root_of
from frontwatch.reading.placecontext import at_distance
from frontwatch.reading.reported import planned
from frontwatch.reading.roles import place_role
from frontwatch.records import DAY, MONTH, DateMention, Document, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HISTORY_DAYS = 45  # events dated further back than this before publication are background, not news


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What earlier sentences leave for later ones: the narrative date, the last area, the last source."""

    date: tuple[object, int] | None  # (date, time_precision)
    area: PlaceMention | None
    source: Source | None
    news: tuple[object, int] | None = None  # the last date in the news window, to come back to after background
    aside: bool = False  # ``date`` is background told in the sentence before (it dates the next sentence only)


def _dates_other_act(trigger: Token, date: Token | None) -> bool:
    """A date inside a clause that describes another noun, outside the trigger's own words, dates that noun's
    act: "a strike hits a funeral for the dead of a raid that took place two days earlier", "shells hit the town
    that was captured last week"."""
    if date is None:
        return False
    # "chemical weapons strikes carried out in August 2013": a trigger that only modifies a noun ("weapons") is
    # told by that noun, and a clause on the noun dates the trigger's own act
    own = named_by(trigger)
    for tok in [date, *date.ancestors]:
        if tok is trigger or tok.i == trigger.i:
            return False
        if _misparsed_main_verb(tok, own):
            return False
        if tok.dep_ in {"relcl", "acl"} and tok.head.i not in {trigger.i, own.i} and not any(t.i == trigger.i for t in tok.subtree):
            # "bombed a town held by rebels on Monday": a participle of holding tells a state with no day of
            # its own, nor does one of naming ("killed six of the force known as the Asayish in April",
            # lexicons/naming_verbs.txt) or of a lasting state ("broke the siege imposed by IS on the city on
            # Tuesday", lexicons/lasting_participles.txt); the day the parser hangs on it is the main act's
            lemma = tok.lemma_.lower()
            stative = lexicons.mapping("control_words.tsv").get(tok.lower_) == "held" or lemma in lexicons.words("naming_verbs.txt") \
                or lemma in lexicons.words("lasting_participles.txt")
            return not (tok.dep_ == "acl" and tok.tag_ == "VBN" and stative)
    return False


def _measured_clause(date: Token) -> Token | None:
    """ "bombarded the suburbs on Thursday, a day after rebels blamed the army for ...": the clause a span
    of days measures back from (its verb, "blamed"); it tells a side act, and the story goes on on its own day."""
    if date.dep_ == "pobj" and date.head.dep_ == "prep":
        date = date.head
    if date.dep_ == "mark" and date.lower_ in {"after", "before"}:
        date = next((c for c in (*date.children, *date.head.children) if c.dep_ == "npadvmod"), date)  # the span seen from "after"
    clause = date.head if date.dep_ == "npadvmod" and date.lemma_.lower() in {"day", "week"} else None  # not "entered Tuesday"
    if clause is not None and clause.dep_ == "mark":
        clause = clause.head  # "a week after the flag was lowered": the parser may hang the span on "after"
    if clause is not None and clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in clause.children):
        return clause
    return None


def _measured_elsewhere(trigger: Token, date: Token | None) -> bool:
    """ "Kurds seized villages a week after the flag was raised over X": the span dates the clause it measures
    back from, not the act of the main clause."""
    clause = _measured_clause(date) if date is not None else None
    return clause is not None and not any(t.i == trigger.i for t in clause.subtree)


def _misparsed_main_verb(tok: Token, own: Token) -> bool:
    """ "A blast claimed by the group killed 20 people on Wednesday": the parser may hang the sentence's own verb
    ("killed", past tense) on the agent noun ("group") as if it described it. A clause that describes a noun is a
    participle ("people killed on Wednesday") or has a relative word; a bare past-tense verb below the trigger is
    the predicate of the trigger's noun (``own``: "blast" for the trigger "bomb"), and its day is the trigger's.
    A reporting verb is left alone: its day is the report's."""
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.lemma_.lower() in lexicons.words("reporting_verbs.txt"):
        return False  # "... in the last 24 hours, media reported Sunday": a report's day stays the report's
    return any(a.i == own.i for a in tok.ancestors)


_REPORT_REACH = 3  # a report dated this many days after the story's day may tell that day's act


def _reporting_verb(date: Token | None) -> Token | None:
    """The reporting verb a date hangs on ("the monitor said Sunday that ...", "reported on Monday"), or None."""
    if date is None:
        return None
    verb = next((t for t in [date, *date.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    return verb if verb is not None and verb.lemma_.lower() in lexicons.words("reporting_verbs.txt") else None


def _pluperfect(verb: Token) -> bool:
    """ "had taken", "had been killed": an act told as done before the time of the clause above it."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children)


def told_earlier(date: Token | None) -> bool:
    """ "The monitor said Sunday that rebels had taken the town": the day a report was made, on a reporting verb whose
    complement tells its act in the past perfect, is after that act; it is no day of the story."""
    verb = _reporting_verb(date)
    if verb is None:
        return False
    return any(c.dep_ == "ccomp" and _pluperfect(c) for c in verb.children)


def _report_day_before(trigger: Token, date: Token | None, mention: DateMention, context: SentenceContext) -> bool:
    """A day on the reporting verb above the act ("Rebels took the town on Saturday ... An NGO said Sunday that rebels
    seized it"): when the story is already on a day up to _REPORT_REACH days before the report's, the act keeps the
    story's day; the report came after it. With no day before, the report's day is the best one known."""
    verb = _reporting_verb(date)
    if verb is None or verb.i == trigger.i or not any(t.i == trigger.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree):
        return False
    day = context.date[0] if context.date is not None else None
    return isinstance(day, dt.date) and 0 < (mention.date - day).days <= _REPORT_REACH


def _starts_span(date: DateMention, doc: Doc) -> bool:
    """ "since 2012", "since a ceasefire collapsed on September 19": the date a count or a state runs from, not
    the day the story goes on."""
    if date.kind == "since":
        return True
    tok = root_of(doc, date.start, date.end)
    for t in [tok, *tok.ancestors] if tok is not None else []:
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
            return True
        if t.dep_ in {"ROOT", "ccomp"}:
            break
    return False


_STARTS = frozenset({"begin", "start", "launch"})


def _campaign_start(tok: Token) -> bool:
    """ "militants hit back at a government offensive that began on June 3": the day a clause on a noun gives its
    start dates that campaign, not the day the story goes on with."""
    for t in tok.ancestors:
        if t.dep_ in {"relcl", "acl"} and t.lemma_.lower() in _STARTS and t.head.pos_ == "NOUN":
            return True
        if t.dep_ in {"ROOT", "ccomp"}:
            break
    return False


def _aside(tok: Token) -> bool:
    """ "The blast came as the monitor said that soldiers had shot 20 men earlier this week": a day
    inside an "as" or "while" clause beside the main one dates the other story it tells, not the one the next
    sentence goes on with."""
    for t in tok.ancestors:
        if t.dep_ == "advcl" and t.head.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in {"as", "while", "whereas"} for c in t.children):
            return True
    return False


def date_for(trigger: Token, sent: Span, mentions: Mentions, context: SentenceContext, document: Document) -> tuple[object, int]:
    """The date of the act ``trigger`` tells: a date of its sentence (the nearest named day first), else the
    narrative date, else the publication date."""
    framing = _framing_date(trigger, sent, mentions)
    if framing is not None:
        return framing.date, framing.time_precision
    days = [(d, root_of(trigger.doc, d.start, d.end)) for d in in_span(mentions.dates, sent.start_char, sent.end_char) if d.kind != "since"]
    in_sent = [d for d, tok in days
               if not _dates_other_act(trigger, tok) and not _report_day_before(trigger, tok, d, context)
               and not _names_day_to_come(trigger, tok, d, document.anchor) and not _measured_elsewhere(trigger, tok)]
    if in_sent:
        # A named day beats a duration ("A day earlier ... 13 days into the offensive") and a campaign's year
        # ("retook X in the 2017 offensive on Monday").
        precise = [d for d in in_sent if d.kind not in {"offset", "period", "modifier"}] or in_sent
        best = min(precise, key=lambda d: abs(d.start - trigger.idx))
        return best.date, best.time_precision
    if context.date is not None:
        return context.date
    return document.anchor, DAY if document.anchor else MONTH


def _names_day_to_come(trigger: Token, date: Token | None, mention: DateMention, published: dt.date | None) -> bool:
    """ "shelled a rally for the June 3 vote", "ahead of a meeting on 25 December": a day after the report's that
    describes a noun other than the trigger names a thing to come, not the day of the act told."""
    noun = _noun_to_come(date, mention, published)
    return noun is not None and noun.i != trigger.i and noun.i != named_by(trigger).i


def _noun_to_come(date: Token | None, mention: DateMention, published: dt.date | None) -> Token | None:
    """The noun a day after the report's describes ("vote" in "the June 3 vote"), or None."""
    if date is None or published is None or mention.date <= published:
        return None
    if date.dep_ == "pobj" and date.head.dep_ == "prep":
        date = date.head  # "on 25 December" seen from its day
    noun = date.head if date.dep_ in {"prep", "nmod", "compound", "amod"} else None
    return noun if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else None


def _framing_date(trigger: Token, sent: Span, mentions: Mentions) -> DateMention | None:
    """ "under IS control since 2014, when the group swept across Iraq": a clause on a date is told on that
    date, "since" dates included."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ in {"relcl", "advcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
            head = tok.head
            return next((d for d in in_span(mentions.dates, sent.start_char, sent.end_char) if d.start <= head.idx < d.end), None)
        if tok.dep_ in {"ROOT", "ccomp"}:
            break
    return None


def _background(date: DateMention, published: dt.date | None) -> bool:
    """ "Homs has seen fierce violence since the revolt began three years ago", "the town fell in 2012": a year
    or a month before the news window frames background (a day named before the window does not: a story of an
    earlier battle tells it on that day; nor does a period reaching up to the news, "in recent months")."""
    if published is None or date.kind == "period" or (published - date.date).days <= HISTORY_DAYS:
        return False
    return date.time_precision != DAY


_CLOSING = frozenset('.!?"”’\')…')


def after_headline(text: str, start: int) -> bool:
    """The sentence opens a paragraph that follows one ending without a full stop (a headline)."""
    before = text[:start]
    if "\n\n" not in before[-8:] and not before.rstrip(" ").endswith("\n\n"):
        return False
    previous = before.rstrip()
    return bool(previous) and previous[-1] not in _CLOSING


def _words_before(doc: Doc, start: int, reach: int = 6) -> list[Token]:
    """The few tokens right before a character offset."""
    before = [t for t in doc if t.idx + len(t.text) <= start]
    return before[-reach:]


def story_area(context: SentenceContext, sent: Span) -> PlaceMention | None:
    """The area the story is in, for a sentence that names no place: none when the sentence says it is
    elsewhere ("Elsewhere in the country, rebels shelled an army post", "Rebels elsewhere in Syria ..."), which leaves
    the story's area. "Families left to seek shelter elsewhere" moves people, not the story."""
    return None if any(_elsewhere(t) for t in sent) else context.area


def _elsewhere(tok: Token) -> bool:
    """ "Elsewhere", opening the sentence or followed by "in": the sentence tells of another place."""
    if tok.lower_ != "elsewhere":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.i - tok.sent.start < 3 or (nxt is not None and nxt.lower_ in {"in", "on", "across"})


def new_scene(context: SentenceContext, sent: Span) -> SentenceContext:
    """ "Government troops pulled out of Kurdish areas last year ... Elsewhere in Syria rebels attacked a checkpoint":
    a sentence that opens on a change of scene (lexicons/scene_shifts.txt) goes back to the news, whatever
    background the sentence before it told."""
    opening = " ".join(t.lower_ for t in sent[:4] if not t.is_punct)
    if context.aside and any(opening.startswith(w) for w in lexicons.words("scene_shifts.txt")):
        return replace(context, date=context.news, aside=False)
    return context


def advance(context: SentenceContext, sent: Span, mentions: Mentions, doc: Doc, published: dt.date | None = None) -> SentenceContext:
    """Carry the narrative date, the last area named and the last source to the next sentence.

    A background date ("since the revolt began three years ago", "in 2012") dates the sentence after it,
    which often goes on with that story; the sentences after that are back in the news."""
    # "a meeting is set to take place this Saturday": a planned day is not the day the story goes on
    # "Fighting has intensified since mid-2012": a period running up to the news dates nothing after it
    found = [d for d in in_span(mentions.dates, sent.start_char, sent.end_char) if not _starts_span(d, doc) and d.kind != "since"
             and not ((tok := root_of(doc, d.start, d.end)) is not None and (planned(tok) or _aside(tok) or told_earlier(tok)
                                                                          or _noun_to_come(tok, d, published) is not None
                                                                          or _measured_clause(tok) is not None
                                                                          or _campaign_start(tok)))]
    dates = [d for d in found if not _background(d, published)] or found
    # A named day carries over, not a period that only frames it ("... on Saturday, since the offensive began
    # this month": the story goes on on Saturday).
    dates = [d for d in dates if d.time_precision == DAY] or dates
    # A coarse day ("last month", "in recent weeks") frames the story told with it, not the incidents after it.
    aside = bool(dates) and (_background(dates[-1], published) or dates[-1].time_precision != DAY)
    date: tuple[object, int] | None
    if dates:
        date = (dates[-1].date, dates[-1].time_precision)
    else:
        date = context.news if context.aside else context.date
    news = context.news if aside or not dates else date
    areas = [
        p
        for p in in_span(mentions.places, sent.start_char, sent.end_char)
        if p.place is not None
        and (p.relative or p.place.kind in {"town", "city", "area", "admin1"})
        and place_role(p, doc, in_span(mentions.actors, sent.start_char, sent.end_char)) == "location"
        and not (p.relative and at_distance([t.text for t in _words_before(doc, p.start)]))
    ]
    area = areas[-1] if areas else story_area(context, sent)
    sources = in_span(mentions.sources, sent.start_char, sent.end_char)
    source = sources[-1].source if sources else context.source
    return SentenceContext(date, area, source, news, aside)
