"""Claims: every figure and every statement of control, each with the source that asserts it.

A figure's kind (killed, injured, displaced, besieged ...) comes from the words that govern it
(lexicons/claim_kinds.tsv). "put the number at 4,000" refers back to the last figure. A
displacement keeps its origin, its way and its destination ("escaped ... through Hanano";
"made their way to Jibreen"); a displacement with none of its own continues the previous
one. Two claims on the same quantity from different sources are linked as disputed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.attribution import hedge_in
from frontwatch.reading.breakdown import place_of_figure
from frontwatch.reading.control import find_control as find_control  # the pipeline reads captions' control here
from frontwatch.reading.discourse import read_discourse
from frontwatch.reading.doctext import text_of
from frontwatch.reading.event_cues import lexicon
from frontwatch.reading.figures import Figure
from frontwatch.reading.mentions import Mentions, in_span, root_of, sentence_of, tree_distance
from frontwatch.reading.roles import place_role
from frontwatch.records import Claim, Control, DateMention, Document, Event, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ANAPHORIC_NOUNS = {"number", "figure", "toll", "tally", "count", "estimate", "total"}
_VIOLENT_KINDS = {"killed", "injured", "casualties"}
# Kinds a noun gives people by what they were ("evacuees", "the besieged"), and what a verb may do to them.
_STATUS_KINDS = {"displaced", "evacuated", "besieged", "fled"}
_HARM_KINDS = {"killed", "injured"}
# "Fifteen others were killed in two more incidents", "... in a separate attack", "... elsewhere": a toll that
# says it is another incident's does not count toward the event told before it.
_OTHER_INCIDENT = re.compile(
    r"\b(?:another|other|more|separate|different)\s+(?:\w+\s+)?(?:incidents?|attacks?|strikes?|raids?|bombings?|blasts?"
    r"|districts?|neighbou?rhoods?|areas|towns|villages|places)\b|\belsewhere\b",
    re.IGNORECASE,
)
_INCIDENT_DAYS = 2  # a toll counted over at most this many days is one incident's ("in the past 24 hours")
_NEWS_DAYS = 45  # a toll dated further from an event than this is another time's (as events.py's news window)


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _kind_rows() -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    for lemma, kind, how in lexicons.table("claim_kinds.tsv"):
        rows.setdefault(lemma, []).append((kind, how))
    return rows


def _kind_of(token: Token, *, as_noun: bool, counted: Token | None = None) -> str:
    """The claim kind a single governing word gives, or "". ``counted``: the noun the figure counts."""
    for kind, how in _kind_rows().get(token.lemma_.lower(), []) + _kind_rows().get(token.lower_, []):
        if how == "noun" and as_noun:
            return kind
        if how == "verb" and not as_noun:
            return kind
        if how == "fighters" and not as_noun and counted is not None and counted.dep_ == "dobj" and counted.head.i == token.i:
            # "destroyed 60 terrorists", "eliminated 12 militants": the verb kills when it acts on fighters
            if lexicons.mapping("person_nouns.txt").get(counted.lemma_.lower()) == "fighters":
                return kind
        if how == "life" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
            return kind
        if how == "way" and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in token.children):
            return kind
        if how == "out" and not as_noun and any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in token.children):
            return kind  # "got out of the city", "forced 900 residents out of their homes"
        if how == "from_leaving" and any(
            c.lower_ == "from" and any(g.lemma_.lower() in {"leave", "flee", "escape", "exit"} for g in c.children) for c in token.children
        ):
            return kind
    return ""



def _harm_to_status_noun(noun: Token) -> Token | None:
    """ "a bomb killed more than 60 evacuees", "30 refugees died": a noun that says what people were before
    (evacuees, the besieged) counts what the verb did to them when that verb kills or wounds; the noun
    alone ("60 evacuees reached Idlib") still counts a movement."""
    if _kind_of(noun, as_noun=True) not in _STATUS_KINDS:
        return None
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubj", "nsubjpass"} or verb.pos_ != "VERB":
        return None
    return verb if _kind_of(verb, as_noun=False, counted=noun) in _HARM_KINDS else None


def _state_after_object(verb: Token) -> Token | None:
    """ "... leaving eight people injured": the parser may hang the state elsewhere; it still follows the
    object of "leave" at once (lexicons/left_states.txt)."""
    if verb.lemma_.lower() != "leave":
        return None
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        i = obj.right_edge.i + 1
        if i < len(doc) and doc[i].lower_ in lexicons.words("left_states.txt") and _kind_of(doc[i], as_noun=True):
            return doc[i]
    return None

def _carried_kind(verb: Token, counted: Token) -> str:
    """ "the convoy was carrying 500 people", "the transfer, which they say includes 650 gunmen": what holds
    the people a verb of carrying names (lexicons/carrying_verbs.txt) gives their kind, a movement ("transfer",
    "evacuation") or its vehicle ("convoy", "bus": claim_kinds.tsv "carrier" rows). "which" stands for the
    noun its clause hangs on."""
    if verb.lemma_.lower() not in lexicons.words("carrying_verbs.txt") or counted.dep_ != "dobj" or counted.head.i != verb.i:
        return ""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "buses carrying 300 residents"
    if subject is None:
        return ""
    if subject.tag_ in {"WDT", "WP"}:
        subject = next((a for a in verb.ancestors if a.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None:
            return ""
    for kind, how in _kind_rows().get(subject.lemma_.lower(), []):
        if how in {"noun", "carrier"}:
            return kind
    return ""


def _state_of_subject(verb: Token, path: set[int]) -> str:
    """ "240 more have gone missing", "12 are missing", "30 remain trapped": the state word completing a verb
    whose subject is the counted noun (or the number itself) says what happened to them."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in path for c in verb.children):
        return ""
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd"}:
            kind = _kind_of(child, as_noun=child.pos_ not in {"VERB", "AUX"}) or _kind_of(child, as_noun=True)
            if kind:
                return kind
    return ""


def _aims(verb: Token) -> list[Token]:
    """The verbs a subject's effort governs: "managed to escape", "tried to flee", "were able to leave"."""
    out = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for child in verb.children:
        if child.dep_ == "acomp" and child.lemma_.lower() in lexicons.words("support_adjectives.txt"):
            out += [g for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
    return out


def _anaphor_of(noun: Token) -> str:
    """ "the number of victims is at least 70": a counting noun with the kind's noun after "of" names the kind;
    a bare "the number" refers back ("" here)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (kind := _kind_of(obj, as_noun=True)):
                    return kind
    return ""


def _under_siege(tok: Token) -> bool:
    """ "some 15,000 people remain in the besieged town", "the towns ... have been under siege": a place under
    siege after "in"/"under"/"inside", on the counted noun or its verb."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "under", "inside", "within"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if _kind_of(obj, as_noun=True) == "besieged":
                return True
            if any(c.dep_ == "amod" and c.i < obj.i and _kind_of(c, as_noun=c.pos_ != "VERB") == "besieged" for c in obj.children):
                return True
    return False


def _counted(noun: Token) -> bool:
    """A noun with a number of its own ("9 others"), or a number."""
    return noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)


def _conjunct_participle(start: Token) -> Token | None:
    """ "four children and one man killed in the shelling": the participle after the last of two joined
    counted nouns says what happened to both."""
    for conj in start.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"NOUN", "PROPN"} or conj.i < start.i:
            continue
        for child in conj.children:
            if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and child.i > conj.i and _kind_of(child, as_noun=False):
                return child
    return None


def figure_kind(doc: Doc, figure: Figure) -> tuple[str, Token | None, bool]:
    """(kind, the governing word, refers back) of a figure; kind "" when it counts no claim."""
    start = doc[figure.noun] if figure.noun >= 0 else doc[figure.token]
    # "31 people killed in shelling", "12 fighters wounded": a participle on the counted noun says what happened to
    # them; so does a relative clause ("14 people who died in the shelling").
    for child in start.children:
        # ... unless the participle has its own object: "killed 30 people injured 90" (a comma lost)
        participle = child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in child.children)
        # "3000 people leaving the two towns": a present participle on the counted noun says what they do
        # ("killing 2 children injuring 9 others", a comma lost, is another count's verb)
        participle = participle or (child.dep_ == "acl" and child.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "dobj" and _counted(c)) for c in child.children))
        if (participle or (child.dep_ == "relcl" and child.pos_ == "VERB")) and child.i > start.i:
            kind = _kind_of(child, as_noun=False)
            if kind:
                return kind, child, False
        # "there were 12 dead among the rebels": a state adjective right after a bare number
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i == start.i + 1 and figure.noun < 0:
            kind = _kind_of(child, as_noun=True)
            if kind:
                return kind, child, False
    shared = _conjunct_participle(start)
    if shared is not None:
        return _kind_of(shared, as_noun=False), shared, False
    # "... died, among them two boys, and 15 others wounded in ...": the parser hangs the participle
    # right after the counted noun elsewhere; read on the words, it is still what happened to them
    nxt = doc[start.i + 1] if start.i + 1 < len(doc) and figure.noun >= 0 else None
    if nxt is not None and nxt.tag_ == "VBN" and nxt.head.i != start.i and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "auxpass", "aux"} for c in nxt.children):
        kind = _kind_of(nxt, as_noun=False)
        if kind:
            return kind, nxt, False
    # "hospitals received 80 wounded persons": a state word before the noun, when the verb governing the noun
    # tells nothing of its own ("six injured civilians died" are dead)
    governor = start.head
    if governor is not start and not _kind_of(governor, as_noun=governor.pos_ in {"NOUN", "PROPN", "ADJ"}, counted=start):
        for child in start.children:
            if child.dep_ == "amod" and child.i < start.i and (kind := _kind_of(child, as_noun=True)):
                return kind, child, False
    whole = _among_whole(start)
    if whole is not None:
        # "four women and two boys were among 30 people killed": the parts take the kind of the whole
        for child in whole.children:
            if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN":
                kind = _kind_of(child, as_noun=False)
                if kind:
                    return kind, child, False
    harmed = _harm_to_status_noun(start)
    if harmed is not None:
        return _kind_of(harmed, as_noun=False), harmed, False
    nouns_seen = 0
    path = {start.i, figure.token}
    for tok in [start, *start.ancestors][:6]:
        is_noun = tok.pos_ in {"NOUN", "PROPN", "ADJ"} or tok.i == figure.token
        kind = _kind_of(tok, as_noun=is_noun, counted=start) or (_carried_kind(tok, start) if tok.pos_ in {"VERB", "AUX"} else "")
        if kind and tok.pos_ in {"VERB", "AUX"}:
            # "left 40 dead and 70 wounded": the state the verb leaves them in beats the verb ("leave" = displaced).
            state = next((c for c in tok.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and _kind_of(c, as_noun=True)), None)
            if state is None:
                state = _state_after_object(tok)
            if state is not None:
                return _kind_of(state, as_noun=True), tok, False
        if kind:
            return kind, tok, False
        if tok.pos_ == "VERB" and _to_death(tok):
            return "killed", tok, False  # "stoned to death", "beaten to death"
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "xcomp":
            # "had managed to escape", "tried to flee": the verb the subject's effort governs tells what happened
            for aim in _aims(tok):
                if kind := _kind_of(aim, as_noun=False):
                    return kind, aim, False
        if tok.pos_ in {"VERB", "AUX"} and (kind := _state_of_subject(tok, path)):
            return kind, tok, False
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "auxpass" for c in tok.children):
            # "six people were reported killed", "were believed dead": the state a passive report gives them
            for child in tok.children:
                if child.dep_ in {"xcomp", "oprd", "acomp"}:
                    kind = _kind_of(child, as_noun=child.pos_ not in {"VERB", "AUX"})
                    if kind:
                        return kind, child, False
        if tok.pos_ in {"VERB", "AUX"}:
            # "the death toll rose to 15": the verb's subject names the kind.
            for child in tok.children:
                if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.i != start.i:
                    kind = _kind_of(child, as_noun=True)
                    if kind:
                        return kind, tok, False
                    if child.lemma_.lower() in _ANAPHORIC_NOUNS:
                        kind = _anaphor_of(child)
                        return (kind, tok, False) if kind else ("", tok, True)
            if tok.dep_ in {"ROOT", "ccomp"} and nouns_seen:
                break
            if tok.pos_ == "VERB" and any(c.i == start.i and c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                break  # "..., and 300 civilians live there": the count's own clause says nothing, the one before is not its
        if is_noun:
            nouns_seen += 1
        path.add(tok.i)
    verb = next((a for a in [start, *start.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    for where in (start, verb):
        if figure.unit and where is not None and _under_siege(where):
            return "besieged", where, False  # of people: "the three areas are under siege" counts places
    return "", None, False


def _among_whole(noun: Token) -> Token | None:
    """The counted whole of "<parts> were among <whole>": the pobj of "among" on the parts' "be"."""
    part = noun
    while part.dep_ == "conj":
        part = part.head
    if part.dep_ != "nsubj" or part.head.lemma_ != "be":
        return None
    return next((g for c in part.head.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"), None)


def _listed_after(doc: Doc, figure: Figure) -> bool:
    """A count joined to the one before it ("... and 23 among ...", "as well as two civilians") that no word of
    its own gives a kind: it goes on with that count's kind."""
    first = figure.token
    while first > 0 and doc[first - 1].idx >= figure.start:
        first -= 1
    before = [t.lower_ for t in doc[max(0, first - 3):first]]
    joined = before[-1:] in (["and"], [","]) or before == ["as", "well", "as"]
    nxt = doc[figure.token + 1].lower_ if figure.token + 1 < len(doc) else ""
    if doc[figure.noun if figure.noun >= 0 else figure.token].dep_ not in {"conj", "appos"}:
        return False  # "... and 300 civilians live there": a clause of its own
    if figure.noun >= 0:
        return joined and doc[figure.noun].lemma_.lower() in lexicons.mapping("person_nouns.txt")
    return joined and nxt in {"among", "in", "from", "on"}


def _to_death(verb: Token) -> bool:
    """ "stoned to death", "beaten to death", "burned to death": the phrase says they died."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)


def _subset(token: Token) -> bool:
    """A part of a count given before it: "51 civilians including four children", "48 people, among them
    ten children", "of whom". "Three nurses were among at least 26 people killed": the count after a plain
    "among" is the whole."""
    doc = token.doc
    if token.head.pos_ in {"NOUN", "PROPN"} and _among_whole(token.head) is not None:
        return True  # "four women and two boys were among 30 people killed": parts of the 30
    first = token.left_edge.i if token.left_edge.i < token.i else token.i
    before = [t.lower_ for t in doc[max(token.sent.start, first - 2) : first]]
    if before[-1:] == ["including"] or before[-2:] in (["among", "them"], ["among", "whom"], ["of", "whom"]):
        return True  # read on the words: the parser often hangs "among them 10 children" on the verb
    # "Four gunmen one identified as a foreign fighter were killed": a count right after a counted noun,
    # naming one of them, is a part of that count
    prev = doc[first - 1] if first > token.sent.start else None
    nxt = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if prev is not None and nxt is not None and prev.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in prev.children) \
            and nxt.lower_ in {"identified", "named", "of"}:
        return True
    for t in token.ancestors:
        if t.i >= token.i or t.sent != token.sent:
            continue
        if t.lower_ in {"including", "whom"}:
            return True
        if t.lower_ == "among" and any(c.dep_ == "pobj" and c.pos_ == "PRON" for c in t.children):
            return True
    return False


def _conjectured(governor: Token | None) -> bool:
    """A figure under a modal ("could rise", "may reach") or an expectation is not asserted."""
    if governor is None:
        return False
    verbs = [governor, *governor.ancestors][:3]
    return any(c.dep_ == "aux" and c.lemma_.lower() in {"could", "may", "might", "would", "will", "should"} for v in verbs for c in v.children)


def _running_total(doc: Doc, mentions: Mentions, governor: Token | None) -> bool:
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
    for child in verb.children:
        since = (child.dep_ == "prep" and child.lower_ == "since" and not _since_day_part(child)) or (
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children))
        if not since:
            continue
        span = list(child.subtree)
        lo, hi = span[0].idx, span[-1].idx + len(span[-1].text)
        if not any(lo <= d.start and d.end <= hi for d in periods):
            return True  # "since the truce collapsed on Monday", "since the war began"
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


def _place_words(doc: Doc, mentions: Mentions, token: Token) -> dict[str, str]:
    """origin / via / destination / place named under the clause of ``token``."""
    out: dict[str, str] = {}
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head
    sub = list(clause.subtree)
    for p in in_span(mentions.places, sub[0].idx, sub[-1].idx + len(sub[-1].text)):
        role = place_role(p, doc)
        key = {"origin": "origin", "via": "via", "destination": "destination", "location": "place"}.get(role)
        if key and key not in out:
            out[key] = p.place.name if p.place else p.text
    # Unnamed destinations still say something: "escaped to government-controlled areas".
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "into", "toward", "towards"} and "destination" not in out:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                words = list(objs[0].subtree)
                out["destination"] = text_of(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    return out


def _nearest_event(
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
        if kind in _VIOLENT_KINDS:
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
    if kind not in _VIOLENT_KINDS or places or periods or _OTHER_INCIDENT.search(sent.text):
        return None
    before = [s for s in doc.sents if s.end_char <= sent.start_char][-2:]
    if not before:
        return None
    recent = [e for e in events if (e.event_type in violent or e.sub_event_type == "Deaths reported") and before[0].start_char <= e.start < sent.start_char
              and not _dated_elsewhere(e, dates)]
    return recent[-1] if recent else None


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
    text = text_of(doc)
    named = _act_named(figure)
    if named and any(e.event_type == named for e in same):
        same = [e for e in same if e.event_type == named]  # "... and 11 troops were killed in the fighting"

    def distance(event: Event) -> int:
        at = text.find(event.trigger, event.start, event.end) if event.trigger else -1
        word = root_of(doc, at, at + len(event.trigger)) if at >= 0 else None
        if word is None:
            return 99
        # "air force raids left 15 dead": a word naming the act's kind on the act's noun is as near as the noun
        if word.dep_ in {"compound", "amod"} and word.head.pos_ in {"NOUN", "PROPN"}:
            return min(tree_distance(figure, word), tree_distance(figure, word.head))
        return tree_distance(figure, word)

    return min(same, key=distance)  # the first told wins a tie


def _told_before(doc: Doc, figure: Figure, kind: str, claims: list[Claim], events: list[Event]) -> Event | None:
    """The event of an earlier count that "the <N> ..." points back to: "Seven died when a shell hit a school ...
    besides the seven at the school, 12 others died in raids on the market": the definite article says these
    seven are the ones already told, so they count at the school's event, not the sentence's."""
    if figure.token < 1 or doc[figure.token - 1].lower_ != "the" or figure.value is None:
        return None
    earlier = [c for c in claims if c.kind == kind and c.value == figure.value and c.event_id and c.qualifier != "including"]
    if not earlier:
        return None
    return next((e for e in events if e.event_id == earlier[-1].event_id), None)


def find_claims(
    document: Document, doc: Doc, mentions: Mentions, events: list[Event], outlet: Source, history: Sequence[Event] = ()
) -> tuple[list[Claim], list[Control], list[Event]]:
    """Claims and control records of one article; events come back with claim_ids and fatalities.
    ``history``: captures told as background (reading.events), read for control only."""
    claims: list[Claim] = []
    last_source: Source | None = None
    last_flow: Claim | None = None
    discourse = read_discourse(doc, mentions, outlet)
    own_place_ids: set[str] = set()
    named_place_ids: set[str] = set()  # claims whose place the text gives (not the event's, taken over)
    for figure in mentions.figures:
        kind, governor, refers_back = figure_kind(doc, figure)
        token = doc[figure.token]
        sent = token.sent
        attribution = discourse.attribute(token, sent, last_source)
        places: dict[str, str] = {}
        subject = doc[figure.noun].text if figure.noun >= 0 else ""
        if refers_back and claims:
            ref = claims[-1]
            kind, subject = ref.kind, ref.subject
            places = {"origin": ref.origin, "via": ref.via, "destination": ref.destination, "place": ref.place}
        own = place_of_figure(figure.end, in_span(mentions.places, sent.start_char, sent.end_char), text_of(doc))
        if not kind and own is not None and claims and claims[-1].start >= sent.start_char and claims[-1].place:
            # "including 7 in Alsukkari 6 in Alkalasa 3 in ...": a list of counts by place goes on with the first one's kind.
            kind, governor = claims[-1].kind, None
        if not kind and claims and claims[-1].start >= sent.start_char and _listed_after(doc, figure):
            # "15 dead among the rebels and 23 among their adversaries as well as two civilians"
            kind, governor = claims[-1].kind, None
        if not kind or (figure.unit == "" and figure.noun >= 0 and kind != "besieged"):
            continue
        # "killed including a doctor and 15 others wounded": the wounded are no part of the dead
        own_state = governor is not None and figure.noun >= 0 and governor.i == figure.noun + 1
        whole = claims[-1] if claims and claims[-1].start >= sent.start_char else None
        subset = _subset(token) and not (own_state and whole is not None and whole.kind != kind)
        if _conjectured(governor):
            continue  # "the death toll could rise": no figure is asserted
        if governor is not None and not places:
            places = _place_words(doc, mentions, governor)
            if kind != "displaced":  # only movements have an origin, a way and a destination
                places = {"place": places.get("place", "")}
            else:
                places.pop("place", None)
        if kind == "displaced" and last_flow is not None and not any(places.get(k) for k in ("origin", "via")):
            # A displacement figure with no way of its own continues the last one ("State media said ... 1,500").
            if figure.qualifier != "additional":
                places = {"origin": last_flow.origin, "via": last_flow.via, "destination": places.get("destination") or last_flow.destination, "place": last_flow.place}
        if own is not None and own.place is not None:
            places = {**places, "place": own.place.name}  # "7 in the neighborhood Alsukkari"
        running = kind in _VIOLENT_KINDS and _running_total(doc, mentions, governor)
        event = None if running else _nearest_event(events, figure.start, kind, doc, mentions, own.text if own is not None else "",
                                                       own.place.name if own is not None and own.place is not None else "")
        told = _told_before(doc, figure, kind, claims, events)
        if told is not None and not running:
            event = told  # "besides the seven at the school": the seven told before, at their event
        hedge = hedge_in(sent)
        claim = Claim(
            claim_id=_hash(document.doc_id, kind, figure.start, figure.value),
            kind=kind,
            value=figure.value,
            qualifier="including" if subset else (figure.qualifier or ("vague" if figure.vague else "")),
            source=attribution.source,
            event_id=event.event_id if event else "",
            place=places.get("place", "") or (event.location.name if event and event.location else ""),
            origin=places.get("origin", ""),
            via=places.get("via", ""),
            destination=places.get("destination", ""),
            date=event.event_date if event else document.published,
            quote=sent.text.strip(),
            start=figure.start,
            end=figure.end,
            hedged=bool(hedge),
            hedge=hedge,
            words=figure.words,
            unit=figure.unit or "people",
            subject=subject,
        )
        if kind == "displaced" and not claim.origin and event is None and events:
            earlier = [e for e in events if e.end <= figure.start and e.location is not None]
            if earlier:
                claim = replace(claim, origin=earlier[-1].location.name)  # type: ignore[union-attr]
        claims.append(claim)
        if own is not None and own.place is not None:
            own_place_ids.add(claim.claim_id)
        if places.get("place"):
            named_place_ids.add(claim.claim_id)
        if kind == "displaced":
            last_flow = claim
        last_source = attribution.source
    controls, control_claims = find_control(document, doc, mentions, [*events, *history], outlet)
    claims = link_disputes(_roundups_unlinked(claims) + control_claims)
    return claims, controls, _with_claims(events, claims, frozenset(own_place_ids), frozenset(named_place_ids))


_ROUNDUP_REACH = 8  # claims after a total that may break it down


def _roundups_unlinked(claims: list[Claim]) -> list[Claim]:
    """ "At least 30 civilians were killed across the province ... Raids left 12 dead in X. Shelling killed 7
    in Y. Another 11 died in Z": a total that the counts told right after it, each with an event of its own,
    add up to is a round-up of those events, no event's toll; it stays a claim, linked to no event."""
    out = list(claims)
    for i, total in enumerate(claims):
        if total.kind not in _VIOLENT_KINDS or not total.value or total.qualifier in {"including", "additional", "vague"}:
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


def _same_quantity(a: Claim, b: Claim) -> bool:
    """Two figures on one quantity: same kind and unit, and the same event or the same flow of people."""
    if a.kind != b.kind or a.kind == "control" or a.value is None or b.value is None or a.unit != b.unit:
        return False
    if {"additional", "vague", "including"} & {a.qualifier, b.qualifier}:
        return False
    same_flow = bool(a.origin or a.via or a.destination) and (a.origin, a.via, a.destination) == (b.origin, b.via, b.destination)
    same_event = bool(a.event_id) and a.event_id == b.event_id and a.place == b.place
    return same_flow or same_event


def link_disputes(claims: list[Claim]) -> list[Claim]:
    """Link claims on the same quantity from different sources with different values (all kept)."""
    disputed: dict[str, list[str]] = {c.claim_id: [] for c in claims}
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if _same_quantity(a, b) and a.source.name != b.source.name and a.value != b.value:
                disputed[a.claim_id].append(b.claim_id)
                disputed[b.claim_id].append(a.claim_id)
    return [replace(c, disputed_with=tuple(disputed[c.claim_id])) for c in claims]


def _with_claims(events: list[Event], claims: list[Claim], own_place: frozenset[str] = frozenset(),
                 named_place: frozenset[str] | None = None) -> list[Event]:
    """Events with their claim ids and ACLED's conservative fatalities (lowest sourced value).

    ``own_place``: ids of counts given for a place ("7 in Alsukkari"), the toll of the event there.
    ``named_place``: ids of counts whose place the text names (None: every claim's place is taken as named)."""
    out = []
    for event in events:
        mine = [c for c in claims if c.event_id == event.event_id]
        killed: dict[str, int] = {}
        parts = {c.value for c in mine if c.kind == "killed" and c.qualifier == "including"}
        # "- Jets kill 6 boys - ... 6 boys were among 30 killed": a count also given as a part of the event's
        # toll is that part, not more dead, whoever gives it ("killing five including four pupils ... a
        # photographer saw the bodies of four children": the four are of the five)
        tolls = [c for c in mine if c.kind == "killed" and c.value is not None and c.qualifier != "including"
                 and c.value not in parts]
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
            by_sentence[key] = by_sentence.get(key, 0) + (c.value or 0)
            if c.qualifier == "additional":
                extra[c.source.name] = extra.get(c.source.name, 0) + (c.value or 0)
                by_sentence[key] -= c.value or 0
        # one source's sentences restate one toll ("at least 70 were killed ... 30 soldiers and 39 rebels died in
        # the battle"): the fullest sentence counts, plus what it says came on top ("another five")
        for (name, _), total in by_sentence.items():
            killed[name] = max(killed.get(name, 0), total)
        for name, more in extra.items():
            killed[name] = killed.get(name, 0) + more
        out.append(replace(event, claim_ids=tuple(c.claim_id for c in mine), fatalities=min(killed.values()) if killed else 0))
    return out
