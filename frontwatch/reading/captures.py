"""Captures: who took a place and since when, from the events told as captures (ACLED's territory sub-types)
and from the parse ("Rebels captured X in May", "the army and Kurdish fighters drove IS out of X", "X was
retaken by the army"). A doer who gives a place up ("withdrew from X") leaves it to the other side; entering,
advancing, besieging or "fire control" is no full control; a capture of people holds nothing; "X fell to Y"
is Y's; a capture the article later tells undone by another side is history."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.control_wording import negated, object_of_relative
from frontwatch.reading.control_places import holdable, listed, mention_at, role, span_text
from frontwatch.reading.holders import actor_holder, holder_label, lexicon_holder, names_holder
from frontwatch.reading.mentions import Mentions, described_name
from frontwatch.reading.unreal import unreal
from frontwatch.records import Event, PlaceMention, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}


@dataclass(frozen=True, slots=True)
class Found:
    """One control statement before de-duplication."""

    place: str
    place_id: str
    holder: str
    date: object
    source: Source
    since: bool
    quote: str
    start: int
    end: int


def _reference_point(noun: Token, *, directions: bool = True) -> bool:
    """ "the area between Aleppo and the border", "villages north of the city of Latakia": a place named as a
    reference point is not the place taken or held. ``directions``: "north of (the city of) X" counts as one too;
    not for an event's own place ("the army took villages in the south of Aleppo province" is a capture there)."""
    while noun.dep_ == "pobj":
        prep = noun.head
        if role(prep) == "reference" or (directions and prep.lower_ == "of" and role(prep.head) == "direction"):
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head  # "the city of Latakia": look at what "the city" is
    return False


def _takers(verb: Token) -> list[Token]:
    """Who takes the place: the subject and the subjects listed with it ("the army and Kurdish fighters drove IS
    out of X"), the agent of a passive ("X was retaken by the army"), or the subject of the clause a participle
    hangs from ("the army returned, recapturing X")."""
    relative = _relative_subject(verb)
    if relative is not None:
        return [relative, *relative.conjuncts]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or _described_by(verb)  # "by rebels" after an active verb is no agent
    agent = [g for c in verb.children if c.dep_ == "agent" and passive for g in c.children if g.dep_ == "pobj"]
    subject = agent or [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject and verb.dep_ in {"advcl", "xcomp", "conj"} and (verb.tag_ in {"VBG", "VBD"} or _achieved(verb)):
        subject = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subject and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _DONE_BEFORE:
        # "IS executed ten men after taking X from the SDF": the gerund's doer is the subject of the clause it ends
        subject = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if len(subject) == 1 and subject[0].lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        # "IS took X, part of a push that drove the army out of Y"; "the YPG, which took X in June, ..."
        subject = _campaigners(verb.head) if role(verb.head) == "intent" else [_named_for(verb.head)]
    if not subject and verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        subject = [verb.head]  # "The SDF, backed by jets, captured X": the parser hangs the verb on its subject
        if verb.head.pos_ != "PROPN" and not holder_label(verb.head.text, known_only=True) and verb.head.dep_ == "dobj":
            # "the group scored a stunning victory overrunning X": the one who scored the victory overran X
            subject = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if not subject and passive and not agent:
        subject = _announcing_party(verb)
    return [t for s in subject for t in (s, *s.conjuncts)]


# "after taking X", "since seizing X", "upon capturing X": a gerund after one of these tells a capture already done
_DONE_BEFORE = frozenset({"after", "since", "upon", "on", "following"})


def _named_for(noun: Token) -> Token:
    """ "the YPG, a Kurdish militia, which took X": a noun in apposition to a
    name that names a holder stands for that name."""
    named = described_name(noun)
    head = named if named is not None else noun
    if head.pos_ == "PROPN" and holder_label(span_text(noun.doc, [t for t in head.subtree if t.i <= head.i]), known_only=True):
        return head
    return noun


def _announcing_party(verb: Token) -> list[Token]:
    """ "The army said five villages had been wrested back from the insurgents": a capture told in the passive,
    with no doer, by a party to the war (a holder word, not a monitor or a "military source") is its own."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in lexicons.words("reporting_verbs.txt"):
        return []
    speaker = [c for c in head.children if c.dep_ == "nsubj"]
    return [s for s in speaker if holder_label(span_text(s.doc, [t for t in s.subtree if t.i <= s.i]), known_only=True)]


def _campaigners(campaign: Token) -> list[Token]:
    """Who wages a campaign noun: the subject of the clause it hangs in ("rebels captured X as part of an offensive
    that ..."), through the prepositions between them."""
    up = campaign
    while up.dep_ in {"pobj", "prep", "npadvmod", "appos"} and up.head is not up:
        up = up.head
    return [c for c in up.children if c.dep_ == "nsubj"] if up.pos_ in {"VERB", "AUX"} else []


def _relative_subject(verb: Token) -> Token | None:
    """ "X, which rebels seized from government forces": the parser may read "which rebels" as one noun described
    by a participle ("seized"); the noun is the relative clause's subject, the taker, and X what it took."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and noun.dep_ == "relcl" and noun.pos_ in {"NOUN", "PROPN"} \
            and any(c.dep_ == "det" and c.lower_ in {"which", "that"} for c in noun.children):
        return noun
    return None


def _described_by(verb: Token) -> bool:
    """ "the village of X captured by rebels last year": a past participle describing a noun is a passive whose
    noun is what was taken (the parser gives it no auxiliary)."""
    return _relative_subject(verb) is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "dobj" for c in verb.children)


def _taker_words(taker: Token) -> str:
    """The taker's phrase without the takers listed after it ("Insurgents including the Nusra Front")."""
    # nor a clause describing it ("The SDF, backed by coalition jets, captured X" is the SDF's)
    listed = {t.i for c in taker.children if c.dep_ in {"conj", "cc", "acl", "relcl", "appos"} for t in c.subtree}
    listed |= {c.i for c in taker.children if c.dep_ == "det" and c.lower_ in {"which", "that"}}  # "which rebels" (misparsed)
    # "X, seized by rebels from government forces": the parser may hang the side a place was taken from on the
    # taker; it is dropped when the taker's own words name a holder ("fighters from IS" keep theirs)
    losers = {t.i for c in taker.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
    own = span_text(taker.doc, [t for t in taker.subtree if t.i not in listed | losers and t.dep_ != "punct" or t.i == taker.i])
    if losers and holder_label(own, known_only=True):
        return own
    return span_text(taker.doc, [t for t in taker.subtree if t.i not in listed and t.dep_ != "punct" or t.i == taker.i])


def _taken(doc: Doc, mentions: Mentions, verb: Token) -> list[PlaceMention]:
    """The places a capture verb takes: its object and the places listed with it ("seized A and B"), the "of X"
    of "took control of X", the "from X" / "out of X" an enemy is driven from, or a passive's subject."""
    relative = _relative_subject(verb)
    nouns: list[Token] = [verb.head] if _described_by(verb) else [relative.head] if relative is not None else []  # "the village of X captured by rebels"
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            # "the town of X, which the rebels captured in May": the pronoun object stands for the noun described
            c = object_of_relative(verb, c) or c if c.dep_ == "dobj" else c
            if c.lemma_.lower() == "control" and any(role(g) == "partial" for g in c.children):
                continue  # "established fire control over X": guns in range, no control
            nouns += [g for p in c.children if p.lower_ in {"of", "over"} for g in p.children] if c.lemma_.lower() == "control" else [c]
    for c in _out_of(verb):  # "drove IS out of X", "expelled IS from X"
        nouns += [g for g in (*c.children, *(g for p in c.children if p.lower_ == "of" for g in p.children)) if g.dep_ == "pobj"]
    out: list[PlaceMention] = []
    for noun in nouns:
        if _captive(noun) and mention_at(mentions, noun) is None:
            continue
        out += [m for m in listed(doc, mentions, noun, shared_clause=False) if m not in out]
    return out


def parse_captures(doc: Doc, mentions: Mentions) -> Iterator[tuple[Token, str, list[PlaceMention]]]:
    """ "Rebels captured X in May", "the army and Kurdish fighters drove IS out of X", "X was retaken by the army":
    a capture read off the parse, whether or not it was also told as an event (an old one is not)."""
    for tok in doc:
        taking = role(tok) == "capture" or _expelling(tok) or tok.lemma_.lower() in _RESTORING
        if tok.pos_ != "VERB" or not taking or intended(tok) or (tok.tag_ in {"VB", "VBZ", "VBP"} and not _achieved(tok)) or negated(tok):
            continue  # "to take X", "seizes" (a headline's present, read as an event), "has not taken X"
        if unreal(tok):
            continue  # "would have taken X", "if the army took X": a capture supposed, as an event would be
        if any(c.dep_ == "dobj" and c.lower_ == "place" and not any(d.dep_ == "det" for d in c.children) for c in tok.children):
            continue  # "the shelling took place in X": an idiom of happening, nobody took anything
        places = _taken(doc, mentions, tok) or _restored(doc, mentions, tok)
        if not places:
            continue
        for taker in _takers(tok):
            yield tok, _taker_words(taker), places


def _achieved(verb: Token) -> bool:
    """ "troops have managed to push the militants back from X", "rebels succeeded in taking X": an infinitive
    a past verb of success governs tells a capture done ("will manage to take X" is a future, "did not manage to"
    a denial)."""
    head = verb.head
    return (verb.tag_ == "VB" and verb.dep_ == "xcomp" and role(head) == "achieve" and head.tag_ in {"VBD", "VBN"}
            and not negated(head) and not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might"} for c in head.children))


# "establish" and "impose" bring a state of order only with one of restored_states.txt: "established control over X"
_RESTORING = frozenset({"restore", "reimpose", "reestablish", "re-establish", "establish", "impose"})


def _restored(doc: Doc, mentions: Mentions, verb: Token) -> list[PlaceMention]:
    """ "army units restored security and stability to X and Y", "troops restored control over X", "reimposed order
    in X" (state media's words for a place taken back): the places a restoring verb brings a state of order to
    (lexicons/restored_states.txt); nothing for "restored electricity to X"."""
    states = lexicons.words("restored_states.txt")
    # "control was established over X": a passive's subject is the state brought
    # "established fire control over X" (guns in range) is no control (lexicons/control_words.tsv "partial")
    if verb.lemma_.lower() not in _RESTORING or not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in states
                                                       and not any(role(g) == "partial" for g in c.children) for c in verb.children):
        return []
    out: list[PlaceMention] = []
    for prep in (c for c in (*verb.children, *(g for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for g in c.children))
                 if c.lower_ in {"to", "in", "over", "across", "of", "on"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            out += [m for m in listed(doc, mentions, obj, shared_clause=False) if m not in out]
    return out


def _expelling(verb: Token) -> bool:
    """ "the army pushed IS fighters out of X", "IS was forced from X by the SDF": a verb of driving out
    (lexicons/expelling_verbs.txt) takes the place when what it drives out "out of" or "from" it is a fighting
    group; "forced thousands of residents out of X" displaces people and takes nothing."""
    if verb.lemma_.lower() not in lexicons.words("expelling_verbs.txt") or not _out_of(verb):
        return False
    driven = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(holder_label(span_text(verb.doc, [t for t in d.subtree if t.i <= d.i]), known_only=True) for d in driven)


def _out_of(verb: Token) -> list[Token]:
    """The "from" / "out" a place is left by: on the verb ("drove IS out of X"), on what the verb drives out,
    where the parser often hangs it ("expelled rival rebels from X": "from X" read as the rebels' origin), or on
    a "back" / "away" ("pushed the militants back from X")."""
    driven = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "IS was expelled by the army from X": the parser may hang the "from" on the passive's agent
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if any(
        c.dep_ == "nsubjpass" for c in verb.children) else []
    on = [c for h in (verb, *driven, *agents) for c in h.children if c.lower_ in {"from", "out"} and c.dep_ in {"prep", "prt"}]
    return [*on, *(p for p in _driven_back(verb) if p not in on)]


def _driven_back(verb: Token) -> list[Token]:
    """ "troops pushed the militants back from X", "drove IS away from X": the "from" the parser hangs on the
    adverb ("pushed back the rebels from X": or on the driven) is the place the enemy was driven from."""
    adverbs = [c for c in verb.children if c.dep_ in {"advmod", "prt"} and c.lower_ in {"back", "away"}]
    driven = [c for c in verb.children if c.dep_ == "dobj"] if adverbs else []
    return [p for c in (*adverbs, *driven) for p in c.children if p.lower_ == "from"]


def date_of(mentions: Mentions, verb: Token) -> object:
    """The date said in the capture's own clause ("captured X in May", "retook X on Saturday"), else None."""
    own = [t.idx for t in _own_clause(verb)]
    dates = [d for d in mentions.dates if any(d.start <= i < d.end for i in own) and d.kind not in {"since", "period"}]
    # "Rebels said on Monday they had taken X on Saturday": the parser may hang the report's date on the capture;
    # a date after the verb is the capture's own
    return next((d.date for d in sorted(dates, key=lambda d: d.start < verb.idx)), None)


def _own_clause(verb: Token) -> Iterator[Token]:
    """The words of the verb's own clause, not those of a clause inside it ("took the town, which the army had
    held since May, on Sunday")."""
    for c in verb.children:
        if c.dep_ not in {"ccomp", "relcl", "advcl", "conj", "acl"}:
            yield c
            yield from _own_clause(c)


def _trigger(doc: Doc, event: Event) -> list[Token]:
    """The event's trigger words in the parse ("established fire control": three tokens)."""
    words = event.trigger.lower().split()
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not words:
        return []
    first = next((t for t in span if t.lower_ == words[0]), None)
    return [] if first is None else [t for t in doc[first.i : first.i + len(words) + 2] if t.lower_ in words]


def intended(trigger: Token) -> bool:
    """ "his goal of taking back X", "has been trying to seize X", "an offensive to take X", "pressed on to take
    X": the capture is an aim, not a fact; an infinitive is one unless it tells a success ("managed to take X")."""
    told = trigger.dep_ == "relcl" and trigger.tag_ == "VBD"  # "a wider offensive that drove the army from X" did it
    up = [trigger.head, trigger.head.head] if trigger.dep_ in {"pcomp", "xcomp", "acl", "advcl", "relcl"} and not told else []
    if any(role(t) == "intent" for t in up):
        return True
    infinitive = trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    return infinitive and trigger.dep_ in {"xcomp", "acl", "relcl", "advcl"} and role(trigger.head) != "achieve"


def _captive(noun: Token) -> bool:
    """A noun naming people ("a pilot", "soldiers", "the journalist")."""
    lemma = noun.lemma_.lower()
    return role(noun) == "captive" or lemma in lexicons.mapping("person_nouns.txt") or noun.ent_type_ == "PERSON"


def _fallen_to(trigger: Token) -> str:
    """ "X fell to IS fighters": the words after "to" name who holds X now ("" for any other verb)."""
    if role(trigger) != "yield":
        return ""
    winner = next((g for c in trigger.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    words = span_text(trigger.doc, list(winner.subtree)) if winner is not None else ""
    return words if words and names_holder(words, loose=False) else ""


def _capture_holder(doc: Doc, mentions: Mentions, event: Event) -> str:
    """Who holds the place after a territory event, or "" when the event is no full control."""
    words = _trigger(doc, event)
    trigger = words[0] if words else None
    roles = {role(t) for t in words}
    if "partial" in roles or (trigger is not None and intended(trigger)):
        return ""  # "entered", "advanced into", "established fire control over"; "his goal of taking back X"
    taken = [c for c in trigger.children if c.dep_ == "dobj"] if trigger is not None else []
    if trigger is not None and trigger.dep_ == "relcl":
        taken.append(trigger.head)  # "a pilot they captured"
    expelled = trigger is not None and any(c.lower_ in {"out", "from"} for c in trigger.children)  # "drove IS fighters out of X"
    if not expelled and any(mention_at(mentions, c) is None and _captive(c) for c in taken):
        return ""  # "captured a pilot": people taken, no place
    winner = _fallen_to(trigger) if trigger is not None else ""
    if winner and (lexicon_holder(winner, named_only=True) or event.actor1 is None or event.actor1.side in {"neutral", "unknown"}):
        return holder_label(winner)  # "after the base fell to IS fighters": whoever the text names, not the subject
    if "relinquish" in roles:  # "the army withdrew from X as rebels advanced": the other side's
        return actor_holder(event.actor2) if event.actor2 is not None and event.actor2.side != getattr(event.actor1, "side", "") else ""
    partisan = trigger is not None and trigger.lemma_.lower() in lexicons.words("partisan_captures.txt")
    if event.actor1 is not None and (_driven_out(trigger, event.actor1.words) or _beaten(trigger, event.actor1.words)):
        return _speaker_side(event)  # "X was cleared of terrorists": those cleared out hold nothing
    if event.actor1 is not None and not (partisan and _doer_outside(trigger, event.actor1.words)):
        return actor_holder(event.actor1)
    if partisan:
        return _speaker_side(event)  # "the liberation of X", said by nobody who takes a side, names no taker
    return "government" if event.sub_event_type == "Government regains territory" else ""


def _driven_out(trigger: Token | None, words: str) -> bool:
    """ "the town was cleared of terrorists", "IS fighters were driven from X": the group named in the trigger's
    "of" / "from" / "out of" phrase is the one driven out, not the taker."""
    if trigger is None or not words:
        return False
    phrases = [span_text(trigger.doc, list(c.subtree)) for c in trigger.children if c.lower_ in {"of", "from", "out"}]
    phrases += [span_text(trigger.doc, list(c.subtree)) for c in trigger.children if c.dep_ == "nsubjpass" and not _named_place(c)]
    return any(words.lower() in p.lower() for p in phrases)


def _beaten(trigger: Token | None, words: str) -> bool:
    """ "control was established over X after the terrorists were routed": a capture told in the passive with no
    doer, whose sentence has the group as what a passive verb was done to, was not made by that group."""
    if trigger is None:
        return False
    verb = trigger.head if trigger.dep_ == "nsubjpass" and trigger.lemma_.lower() == "control" else trigger  # "control was established"
    if verb.pos_ != "VERB" or not words or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    done_to = [span_text(verb.doc, list(t.subtree)) for t in verb.sent if t.dep_ == "nsubjpass" and t.head is not verb and trigger not in t.subtree]
    return any(words.lower() in p.lower() for p in done_to)


def _named_place(noun: Token) -> bool:
    """A noun that is a place, or names one ("the town of X"): a passive's subject that is the place taken."""
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or any(c.lower_ == "of" for c in noun.children) or noun.lemma_.lower() in lexicons.mapping("place_anaphors.tsv")


def _doer_outside(trigger: Token | None, words: str) -> bool:
    """ "the liberation of X was followed by shelling from government forces": a capture told as a noun says its
    doer in its own phrase ("the army's liberation of X", "the liberation of X by rebels"); a group named elsewhere
    in the sentence did something else."""
    if trigger is None or trigger.pos_ != "NOUN" or not words:
        return False
    return words.lower() not in span_text(trigger.doc, list(trigger.subtree)).lower()


def _speaker_side(event: Event) -> str:
    """ "the liberation of X" with no doer: the side of whoever says it (an opposition body's liberation is the
    rebels', state media's the army's); "" when the speaker takes no side."""
    return {"pro-government": "government", "pro-opposition": "opposition"}.get(event.sources[0].stance, "") if event.sources else ""


def _points_back(noun: Token, nouns: dict[str, str]) -> bool:
    """ "the town", "the villages": a place noun that may point back to a place named before; "many villages"
    and "dozens of villages" count places of their own."""
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    return noun.tag_ != "NNS" or any(c.dep_ == "det" and c.lower_ in {"the", "these", "those", "both"} for c in noun.children)


def _takes_the_place(doc: Doc, mentions: Mentions, event: Event, at: PlaceMention | None) -> bool:
    """Whether the event's verb may take the event's place: not when it takes something else by name ("rebels
    took territory to the south", "IS captured positions"), a thing that is no place noun
    (data/lexicons/place_anaphors.tsv) nor a name, with the place outside it ("hit a district of Hama as rebels
    took territory to the south" takes nothing of Hama). An event placed from its context ("the army took the
    town on Monday") may still say who holds that place."""
    words = _trigger(doc, event)
    if words and any(c.lower_ in {"from", "out"} for c in words[0].children):
        return True  # "drove IS out of X", "IS was expelled from X": the object is the enemy driven out
    nouns = lexicons.mapping("place_anaphors.tsv")
    if words and words[0].dep_ == "relcl" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in words[0].children):
        # "forced to retreat from positions they seized a day earlier": what a relative clause took is the noun it
        # describes; "positions" is no place, whatever town the sentence names as a reference point
        taken = words[0].head
        if mention_at(mentions, taken) is None and not _points_back(taken, nouns) and taken.pos_ != "PROPN":
            return False
    for c in (c for c in words[0].children if c.dep_ in {"dobj", "nsubjpass"}) if words else ():
        if mention_at(mentions, c) is not None or c.lemma_.lower() == "control" or c.pos_ == "PRON" or _points_back(c, nouns):
            continue  # "took control (of X)" takes what its "of" names
        if at is None or not (c.left_edge.idx <= at.start < c.right_edge.idx + len(c.right_edge)):
            return False
    return True


def _event_places(doc: Doc, mentions: Mentions, event: Event) -> list[tuple[str, str]]:
    """The event's place and the places listed with it ("took A and B"); none when the place is only a reference
    point ("the villages between Aleppo and the border")."""
    loc = event.location
    assert loc is not None
    at = next((p for p in mentions.places if event.start <= p.start < event.end and p.place is not None
               and p.place.place_id == loc.place_id), None)
    if not _takes_the_place(doc, mentions, event, at):
        return []
    if at is None:
        return [(loc.name, loc.place_id)]
    span = doc.char_span(at.start, at.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and _reference_point(root, directions=False):
        return []
    out = [(loc.name, loc.place_id)]
    for other in root.conjuncts if root is not None else ():
        m = mention_at(mentions, other)
        if m is not None and m.place is not None and holdable(m):
            out.append((m.place.name, m.place.place_id))
    return out


def from_events(doc: Doc, mentions: Mentions, events: Sequence[Event]) -> Iterator[Found]:
    for event in events:
        if event.sub_event_type not in TERRITORY or not event.location or event.location.geo_precision != 1:
            continue
        holder = _capture_holder(doc, mentions, event)
        if not holder:
            continue
        words = _trigger(doc, event)
        holding = bool(words) and words[0].pos_ == "VERB" and words[0].lemma_.lower() in {"control", "hold"}
        if holding and words[0].tag_ == "VBD":
            continue  # "IS controlled X until 2016": a holding that is over
        # "IS controls X", "IS has held X since 2014" say who holds it, not who took it
        since = not (holding or (words and words[0].tag_ in {"VBZ", "VBP"}))
        for name, place_id in _event_places(doc, mentions, event):
            yield Found(name, place_id, holder, event.event_date, event.sources[0], since, event.evidence, event.start, event.end)


def superseded_dropped(found: list[Found]) -> list[Found]:
    """ "IS captured Palmyra in 2015 ... the army retook Palmyra in 2017": a capture the article later tells
    undone by another side's is history, not who holds the place."""
    def later_by_other(f: Found) -> bool:
        return any(g.place_id == f.place_id and g.holder != f.holder and isinstance(g.date, type(f.date))
                   and g.date > f.date for g in found)  # type: ignore[operator]
    return [f for f in found if not (f.since and f.date is not None and later_by_other(f))]
