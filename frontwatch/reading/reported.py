"""Whether an event word reports an event, or only names one: negated, hypothetical, stopped, describing
a place or a group, or the result an attack left.

events.py types every cue a sentence holds (reading.event_types); only those ``reported`` here become
events. Each rule reads the parse around the trigger and a word list in data/lexicons:
- "did not seize", "plans to take", "was to be the launchpad", "no sign of renewed bombing",
  "the expected resumption of attacks", "prospects for a deal" (hypothetical*.txt);
- "a pause in strikes", "a halt to air strikes", "had reduced air raids" (cessation_nouns.txt);
- "areas under regime siege" (state_nouns.txt);
- "the coalition fighting Daesh in Iraq", "those fighting IS", a participle or relative clause on a group noun
  (group_nouns.txt, described_people.txt);
- "the besieged town", "government-controlled areas": a participle used as an adjective describes;
- "a gas plant", "an aircraft carrier": an event word modifying a noun that is no event;
- "a war that has killed hundreds of thousands": the war as the actor is background (background_subjects.txt);
- "raids left 15 people dead": the toll an attack left, not a departure;
- "a truce for two years", "for months been advancing": lasting states and campaigns;
- "is targeted regularly by air strikes", "suffer daily shelling", "strikes on a daily basis": what keeps
  happening (frequency_words.txt);
- "forces are fighting IS in the area", "has been bombing the town since May", "fighting continues in many
  areas": what is going on, told in a report's body with no day of its own (continuing_aspect.txt);
- "the city is under continued shelling", "has been under bombardment for weeks": a place's state now;
- "there has been increased fighting", "there are growing clashes": a trend, not one event (trend_words.txt);
- "a demonstration of the fragile state of the truce": a noun of protest that means showing (showing_nouns.txt);
- "army units backed by the air force" (support_verbs.txt); "to end a siege" (cessation_nouns.txt);
- "the third time this year that gunmen hit a checkpoint": a count of such acts, told elsewhere;
- "including previous attacks on Midan": earlier acts with no day of their own;
- "has been mired in war since 2011, with the army fighting rebels": an act under a present perfect that lasts
  since a year named;
- "has retaken 40 percent of the land", "has pulled out of most of the south": a share of a whole
  land, with no day named, sums up the war (land_shares.tsv);
- "the neighbourhoods they control": a present-tense relative clause describes a place; "the village is
  controlled by ...", "a town held by rebels": a present passive or a participle of holding says who holds it now.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.dates import weekday_number

if TYPE_CHECKING:
    from spacy.tokens import Token


def reported(trigger: Token) -> bool:
    """True when the event word reports a happening; False for the cases listed in the module doc."""
    return not (
        _unreal(trigger)
        or _stopped(trigger)
        or _state(trigger)
        or _describes_group(trigger)
        or _describes_place(trigger)
        or _held_now(trigger)
        or _describes_noun(trigger)
        or _background(trigger)
        or _resultative(trigger)
        or _lasting(trigger)
        or _support(trigger)
        or _habitual(trigger)
        or _frequent(trigger)
        or _ongoing(trigger)
        or _under_now(trigger)
        or _shows(trigger)
        or _trend(trigger)
        or _said_before(trigger)
        or _nth_time(trigger)
        or _earlier_undated(trigger)
        or _since_years(trigger)
        or _share_of_land(trigger)
        or _publishes(trigger)
    )


def _publishes(trigger: Token) -> bool:
    """ "a video released on Monday", "the group released a statement": what is released is published
    (lexicons/published_things.txt), no people set free."""
    if trigger.lemma_.lower() != "release" or trigger.pos_ != "VERB":
        return False
    things = lexicons.words("published_things.txt")
    released = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl":
        released.append(trigger.head)  # "a video released on Monday"
    return any(t.lemma_.lower() in things for t in released)


_EARLIER = frozenset({"previous", "past", "earlier", "prior"})


def _earlier_undated(trigger: Token) -> bool:
    """ "rocked by bomb blasts, including previous attacks on Midan": earlier acts of the kind, with no day
    said, are the story's background; "a previous attack in March killed five" names its own time."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or not any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in trigger.children):
        return False
    clause = next((t for t in trigger.ancestors if t.pos_ in {"VERB", "AUX"}), trigger)
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in [*trigger.subtree, *(c for c in clause.children if c.dep_ == "prep")])


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "umpteenth"})


def _nth_time(trigger: Token) -> bool:
    """ "It was the third time this year that gunmen hit a checkpoint": a clause on "the Nth
    time" counts this kind of act; the acts it counts are told elsewhere (this one, and the earlier one after
    "after ... were killed in an attack on ...", which stays an event)."""
    verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)  # "gunmen hit"
    if verb is None or verb.dep_ != "relcl" or verb.head.lemma_.lower() != "time":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in verb.head.children)


def _said_before(trigger: Token) -> bool:
    """ "Rebels have said in the past that their raids were a reply to ...", "officials have repeatedly
    said ...": what a source has said before, in general, is the background of the news, not one of its events."""
    reporting = lexicons.words("reporting_verbs.txt")
    for tok in trigger.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in reporting:
            past = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children) for c in tok.children)
            return past or any(c.dep_ == "advmod" and c.lower_ in {"previously", "repeatedly", "often"} for c in tok.children)
    return False


def _told_as_fact(verb: Token, trigger: Token) -> bool:
    """ "Sources told al-Manar that the YPG seized ...", "warned that rebels had shelled ...": a verb of telling
    or warning whose clause states a fact in the past or present reports it; "told residents to leave" and
    "proposed that the army stop" (a base form) do not."""
    clause = next((c for c in verb.children if c.i == trigger.i or trigger in c.subtree), None)
    if clause is None or clause.dep_ != "ccomp":
        return False
    if clause.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    return clause.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in {"have", "be"} for c in clause.children)


def _unreal(trigger: Token) -> bool:
    """Negated, hypothetical or planned: "did not seize", "plans to take", "was to be", "no sign of bombing"."""
    hypothetical = lexicons.words("hypothetical.txt")
    if _no_sign_of(trigger):
        return True
    for tok in [trigger, *list(trigger.ancestors)[:4]]:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children):
            return True  # "no one knew whether the driver acted alone", "if the talks fail"
        if any(c.dep_ == "aux" and c.lemma_.lower() in hypothetical for c in tok.children):
            return True
        if tok is not trigger and tok.lemma_.lower() in hypothetical and tok.pos_ in {"VERB", "AUX"} and not _told_as_fact(tok, trigger):
            return True
        if tok.pos_ == "NOUN":
            # "no sign of renewed bombing", "the expected resumption of attacks", "prospects for a deal"
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return True
            if any(c.dep_ == "amod" and c.lemma_.lower() in lexicons.words("hypothetical_modifiers.txt") for c in tok.children):
                return True
            if tok is not trigger and tok.lemma_.lower() in lexicons.words("hypothetical_nouns.txt"):
                return True
        if tok.dep_ in {"ROOT", "ccomp"} and tok is not trigger:
            break
    # "was to be the launchpad for ...": be + to-infinitive; "is set to take place", "are due to resume"
    for tok in trigger.ancestors:
        if tok.dep_ == "prep" and tok.lower_ in _FRAMING:
            break  # "a convoy was due to deliver aid following an attack on relief trucks": the attack happened
        if tok.lemma_ == "be" and _to_infinitive(tok):
            return True
        if _scheduled(tok):
            return True
    return False


_FRAMING = frozenset({"after", "following", "since", "amid", "despite"})


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)


def _scheduled(tok: Token) -> bool:
    """ "is set to", "are due to", "is scheduled to" + an infinitive: planned (lexicons/scheduled_words.txt).
    The parser makes "set" and "scheduled" the passive verb, "due" an adjective under "be" or on a noun."""
    if tok.lower_ not in lexicons.words("scheduled_words.txt") or not _to_infinitive(tok):
        return False
    be = [c for c in tok.children if c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be"]
    # "the forum due to be held on September 25" (an infinitive after it, unlike causal "due to shelling"): the same on a noun
    return bool(be) or (tok.dep_ == "acomp" and tok.head.lemma_ == "be") or tok.dep_ in {"amod", "acl", "prep"}


def planned(token: Token) -> bool:
    """The word belongs to a clause that tells what is negated, planned or hoped for ("a meeting is set to take
    place this Saturday"): a date in it dates nothing that happened."""
    return _unreal(token)


def _no_sign_of(trigger: Token) -> bool:
    """ "there was no sign yet of renewed bombing": read on the words, the parser hangs "of" on
    the verb. A "no <noun>" shortly before, joined to the trigger by "of", negates it."""
    doc = trigger.doc
    window = doc[max(trigger.sent.start, trigger.left_edge.i - 6) : trigger.left_edge.i]
    words = [t.lower_ for t in window]
    return "of" in words and any(t.lower_ == "no" and t.head.pos_ == "NOUN" and t.i < window[words.index("of")].i for t in window)


def _stopped(trigger: Token) -> bool:
    """ "a pause in strikes", "an end to the bombing", "a halt to air strikes", "to end a siege": the event
    word names what stops.

    Read on the words, not the parse: the small model often hangs "to air strikes" on the verb.
    """
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in lexicons.words("cessation_nouns.txt"):
        return True
    doc, i = trigger.doc, trigger.i - 1
    while i > 0 and (doc[i].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or doc[i].dep_ == "poss") and doc[i].head.i >= trigger.i and doc[i].i >= trigger.left_edge.i:
        i -= 1  # "a pause in [its Russian air] strikes"
    if i < 1 or doc[i].lower_ not in {"in", "to", "of", "on"}:
        return False
    governor = doc[i - 1]
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in lexicons.words("cessation_nouns.txt")


def _lasting(trigger: Token) -> bool:
    """ "have had a local truce for two years", "have for months been advancing": a state or a campaign that
    lasts months or years is the background of the news, not one of its events."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for holder in {trigger, verb}:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                if any(g.lemma_.lower() in {"year", "month", "decade"} for g in prep.children):
                    return True
    return _held_since(trigger)


def _held_since(trigger: Token) -> bool:
    """ "the area has been in control of the rebels since 2012", "have held the town since May": a perfect of
    being or holding with "since" tells a state that lasts, not a capture."""
    holding = {"control", "hold"}
    if trigger.lemma_.lower() not in holding and not any(c.lemma_.lower() in holding for c in trigger.children):
        return False  # "under bombardment since February" is a campaign; its toll is read as a running total
    verb = next((t for t in [trigger, *list(trigger.ancestors)[:3]] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in {"be", "hold", "control", "remain"}:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(c.lower_ == "since" and c.dep_ in {"prep", "mark"} for c in verb.children)


def _habitual(trigger: Token) -> bool:
    """ "it tells whose jets fly each raid": a simple present in a report's body tells what happens
    in general; news is told in the past or present perfect. A headline tells news in the present ("Strike
    kills 15"): a text of one or two sentences is read as headlines."""
    if sum(1 for _ in trigger.doc.sents) < 3:
        return False
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.tag_ not in {"VBZ", "VBP"} or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    # "were killed after air strikes hit Aleppo": in a sentence told in the past, "hit" is a past tense too.
    return not any(t.tag_ == "VBD" for t in trigger.sent)


def _frequent(trigger: Token) -> bool:
    """ "the town is targeted regularly by air strikes", "residents suffer daily shelling", "rocked by occasional
    blasts": a word of frequency on the event word, or on the verb of its clause, tells what keeps happening,
    the background of the news, not one event of it (data/lexicons/frequency_words.txt). A clause that names
    its day tells that day's event ("daily air raids killed 12 people on Sunday")."""
    frequency = lexicons.words("frequency_words.txt")
    for tok in [trigger, *trigger.ancestors]:
        if any(c.dep_ in {"advmod", "amod", "npadvmod"} and c.lower_ in frequency for c in tok.children) or _on_a_basis(tok, frequency):
            return not _names_day(tok)
        if tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in _CHAINED or tok.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)):
            continue  # "soldiers often come to search the houses and seize the roads": one habit
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in _NOMINAL or tok.dep_ in {"ROOT", "ccomp", "advcl", "relcl"}:
            break
    return False


_CHAINED = frozenset({"xcomp", "conj"})  # a verb that goes on the clause of the verb above it


_NOMINAL = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})  # "suffer daily shelling": a gerund used as a noun


def _on_a_basis(tok: Token, frequency: frozenset[str]) -> bool:
    """ "airstrikes on a near-daily basis", "shelled on a regular basis": "on a <frequency> basis" on the word."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "basis" and any(m.lower_ in frequency for m in g.children) for g in c.children)
        for c in tok.children
    )


def _ongoing(trigger: Token) -> bool:
    """ "Government forces are fighting IS in the area", "the jets have been bombing the town for weeks",
    "fighting continues in many areas", "the coalition has continued its air strikes": a present progressive,
    a present perfect progressive, or a present of continuing (data/lexicons/continuing_aspect.txt) tells what is
    going on, the background of the news, not one event of it. A clause that names its day tells that day's
    event ("clashes are continuing today in Aleppo"); a text of one or two sentences is read as headlines
    ("Syrian troops are advancing on Palmyra")."""
    if sum(1 for _ in trigger.doc.sents) < 3:
        return False
    verb = trigger
    if trigger.pos_ not in {"VERB", "AUX"}:
        # "fighting continues", "has continued airstrikes", "has been fighting a war": the event noun is the
        # subject or object of the verb that carries the aspect
        if trigger.dep_ not in {"nsubj", "dobj"} or trigger.head.pos_ not in {"VERB", "AUX"}:
            return False
        verb = trigger.head
    if not _continuing(verb):
        return False
    return not _names_day(verb)


def _under_now(trigger: Token) -> bool:
    """ "the provincial capital is under continued shelling by Nusra", "the district has been under heavy
    bombardment": "under" an event word, on a present or present perfect "be", tells the state a place is in
    now, not one event ("came under shelling on Monday", "was under fire on Sunday" are news). Read on the words:
    the parser often takes "continued" or "heavy" for the verb."""
    if sum(1 for _ in trigger.doc.sents) < 3:
        return False
    doc, i = trigger.doc, trigger.left_edge.i - 1
    while i > trigger.sent.start and doc[i].pos_ in {"ADJ", "ADV", "VERB", "DET"} and doc[i].lower_ != "under":
        i -= 1  # "under [continued heavy] shelling"
    if i < trigger.sent.start or doc[i].lower_ != "under":
        return False
    be = doc[i].head
    if be.lemma_ != "be":
        return False
    aux = [c for c in be.children if c.dep_ == "aux"]
    present = be.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} and a.lemma_ == "have" for a in aux)
    return present and not any(weekday_number(t.lower_) is not None or t.lower_ in {"yesterday", "today"} for t in trigger.sent)


def _continuing(verb: Token) -> bool:
    """The verb's tense tells a happening still going on (see _ongoing)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = any(a.tag_ in {"VBZ", "VBP"} for a in aux) or (not aux and verb.tag_ in {"VBZ", "VBP"})
    if verb.lemma_.lower() in lexicons.words("continuing_aspect.txt"):
        return present
    if verb.tag_ != "VBG" or not present:
        return False
    # "are fighting" (be + -ing) or "have been fighting" (have + been + -ing); not "were fighting" or "had been
    # fighting", told of a past day
    return any(a.lemma_.lower() == "be" for a in aux)


def _names_day(tok: Token) -> bool:
    """The clause of ``tok`` names a day ("on Sunday", "yesterday")."""
    clause = next((t for t in [tok, *tok.ancestors] if t.pos_ in {"VERB", "AUX"} and t.dep_ not in _NOMINAL), tok)
    return any(weekday_number(t.lower_) is not None or t.lower_ in {"yesterday", "today"} for t in clause.subtree)


def _trend(trigger: Token) -> bool:
    """ "lately there has been increased fighting", "there are mounting attacks on aid workers": "there is" or
    "there has been" with a word of change in amount right before the event word (data/lexicons/trend_words.txt)
    tells how the war goes, not one event of it; a clause that names its day tells that day's ("there has been
    increased shelling since Sunday"). Read on the words: the parser often takes the trend word for the verb."""
    doc = trigger.doc
    if trigger.i < 1 or doc[trigger.i - 1].lower_ not in lexicons.words("trend_words.txt"):
        return False
    before = [t for t in doc[trigger.sent.start : trigger.i]]
    there = next((k for k, t in enumerate(before) if t.lower_ == "there" and t.dep_ == "expl"), None)
    if there is None:
        return False
    verbs = [t for t in before[there + 1 :] if t.pos_ in {"AUX", "VERB"}]
    present = bool(verbs) and verbs[0].tag_ in {"VBZ", "VBP"}
    return present and not any(weekday_number(t.lower_) is not None or t.lower_ in {"yesterday", "today"} for t in trigger.sent)


def _shows(trigger: Token) -> bool:
    """ "a demonstration of the fragile state of the truce", "a demonstration of its strength": a noun of
    protest that also means showing (data/lexicons/showing_nouns.txt), with "of" and a thing that is no people
    (a determined noun, not a count, a group or a name), shows that thing; "a demonstration of the residents",
    "a demonstration of thousands", "a demonstration of solidarity" are protests."""
    if trigger.lemma_.lower() not in lexicons.words("showing_nouns.txt") or trigger.pos_ != "NOUN":
        return False
    people = lexicons.words("person_nouns.txt") | lexicons.words("group_nouns.txt")
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for shown in prep.children:
            determined = any(c.dep_ in {"det", "poss"} for c in shown.children)
            if shown.dep_ == "pobj" and shown.pos_ == "NOUN" and determined and shown.lemma_.lower() not in people:
                return True
    return False


def _support(trigger: Token) -> bool:
    """ "army units backed by the air force", "forces supported by air strikes": the support an actor had is
    part of its description; the event is what the actor did (data/lexicons/support_verbs.txt)."""
    for tok in list(trigger.ancestors)[:3]:
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in lexicons.words("support_verbs.txt"):
            return True
    return False


def _state(trigger: Token) -> bool:
    """ "areas under regime siege": a lasting state that describes the place."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.lemma_.lower() in lexicons.words("state_nouns.txt")


def _describes_place(trigger: Token) -> bool:
    """ "the neighbourhoods they control", "areas the army holds", "a town which is controlled by the YPG": a
    present-tense relative clause on a noun, active or passive, says what the place is now."""
    if trigger.dep_ != "relcl":
        return False
    return trigger.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in trigger.children)


def _held_now(trigger: Token) -> bool:
    """ "the village is controlled by Kurdish-backed fighters", "areas are held by the rebels", "the rebels hold
    the town": the present of holding says who holds the place now (a control record), not that anyone took it."""
    if trigger.lemma_.lower() not in {"control", "hold"}:
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in trigger.children)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return True  # "a town controlled by rebels", "the village, held by IS since 2014": a participle names the holder
    # "Nusra and its allies control many villages near the border": the simple present active says the same
    # (a bare "VB" with no auxiliary is the same present, tagged so when the parse of a long subject fails)
    return present or (trigger.tag_ in {"VBZ", "VBP", "VB"} and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children))


def _describes_group(trigger: Token) -> bool:
    """ "a paramilitary group fighting alongside the government", "the coalition fighting Daesh in Iraq":
    describes who the group is. Only a present participle or a relative clause: "forces established control"
    tagged as a clause on "forces" (past tense) is a misparse of the main verb; a headline's noun
    ("Soldiers fighting ...") reports."""
    head = trigger.head
    describes = trigger.dep_ == "relcl" or (trigger.dep_ == "acl" and trigger.tag_ == "VBG")
    people = lexicons.words("group_nouns.txt") | lexicons.words("described_people.txt")
    return describes and head.lemma_.lower() in people and head.dep_ != "ROOT" and not _shown_doing(trigger)


def _shown_doing(trigger: Token) -> bool:
    """ "a video showed militants executing 17 men": a present participle on the people a video or statement shows
    (lexicons/showing_verbs.txt) is the act shown, not who they are."""
    head = trigger.head
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBG" and head.dep_ == "dobj"
            and head.head.lemma_.lower() in lexicons.words("showing_verbs.txt"))


def _describes_noun(trigger: Token) -> bool:
    """ "the besieged town", "destroyed buildings", "government-controlled areas": a participle used as an
    adjective says what a place is; "a gas plant", "an aircraft carrier": an event word compounding a noun
    that names no event (the noun is the thing, not what happened to it)."""
    doc = trigger.doc
    if trigger.dep_ in {"amod", "compound", "acl"} and trigger.head.lemma_.lower() in lexicons.words("weapon_carriers.txt"):
        return False  # "booby-trapped vehicles", "explosive-laden trucks": the words name the weapon of an attack
    if trigger.dep_ in {"amod", "acl"} and trigger.head.lemma_.lower() in lexicons.words("victim_remains.txt"):
        return False  # "20 executed bodies found": what was done to the dead is the news
    if trigger.dep_ == "amod" and trigger.tag_ in {"VBN", "JJ"}:
        return True
    if trigger.i > 0 and doc[trigger.i - 1].text == "-" and trigger.dep_ in {"amod", "compound", "acl"}:
        return True  # "government-controlled areas" describes, it does not report a capture
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        return trigger.head.lemma_.lower() in lexicons.words("thing_nouns.txt")
    return False


def _resultative(trigger: Token) -> bool:
    """ "raids left 15 people dead", "the blast left dozens wounded": "leave" with the state it left people in
    tells an attack's toll; "mines left behind" what remains; nobody left anywhere."""
    if trigger.lemma_.lower() != "leave":
        return False
    if any(c.dep_ in {"oprd", "acomp"} for c in trigger.children):
        return True
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return True  # "mines left behind", "the damage left by the strikes": what is left, not who left
    # "... leaving dozens of civilian residents dead or injured": the parser may hang the state elsewhere;
    # it still follows the object at once
    doc = trigger.doc
    after = [o.right_edge.i + 1 for o in trigger.children if o.dep_ == "dobj"]
    return any(i < len(doc) and doc[i].lower_ in lexicons.words("left_states.txt") for i in after)


def _background(trigger: Token) -> bool:
    """ "a conflict that has killed well over 300,000", "the conflict has displaced millions": the war
    itself as the actor is the background of the story, not an event of it."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl" and any(c.lower_ in {"that", "which"} for c in verb.children):
        subjects.append(verb.head)  # "a war that has killed ..."
    # "the main arena of fighting in Syria's war": the war is where the event word belongs.
    within = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in lexicons.words("background_subjects.txt") for s in subjects + within) or _how_the_war_began(trigger)


def _share_of_land(trigger: Token) -> bool:
    """ "troops have retaken 40 percent of the land", "the group has pulled out of most of the south": an act
    on a share of a whole land (lexicons/land_shares.tsv), with no day named, sums up who holds what; it is no
    capture of one place. "took half of the town on Monday" is news."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if trigger.pos_ not in {"VERB", "AUX"} or _names_day(verb):
        return False
    shares = lexicons.mapping("land_shares.tsv")
    for tok in verb.subtree:
        if shares.get(tok.lemma_.lower()) != "share" or tok.i == trigger.i:
            continue
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(shares.get(w.lemma_.lower()) == "whole" for g in of for w in [g, *g.conjuncts]):
            return True
    return False


_YEAR = re.compile(r"^(19|20)\d\d$")


def _since_years(trigger: Token) -> bool:
    """ "the country has been mired in war since 2011, with the army fighting rebels", "the coalition has bombed
    the group since the summer of 2014": an act told under a present perfect that lasts since a year named is
    the war's background, not an event of the story. A toll counted since then ("have been killed since 2011")
    is left to the running-total rules, which keep it with the campaign."""
    if trigger.lemma_.lower() in lexicons.words("toll_triggers.txt"):
        return False
    for tok in [trigger, *trigger.ancestors]:
        if tok.pos_ in {"VERB", "AUX"} and _perfect_since_year(tok):
            return True
        if tok.dep_ in {"ROOT", "ccomp", "relcl", "conj"} and tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _perfect_since_year(verb: Token) -> bool:
    """ "has been mired ... since 2011", "have fought since March 2012": have + participle, and a "since"
    phrase that names a year."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return perfect and any(
        c.lower_ == "since" and c.dep_ in {"prep", "mark"} and any(_YEAR.match(t.text) for t in c.subtree) for c in verb.children)


_BEGIN = frozenset({"begin", "start", "erupt", "break"})


def _how_the_war_began(trigger: Token) -> bool:
    """ "since the uprising began with rallies that troops fired on", "when the war started with
    peaceful protests": what the war began with, and what was counted since it began, is its background, not an
    event of the story."""
    def war_began(verb: Token) -> bool:
        return verb.lemma_.lower() in _BEGIN and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lexicons.words("background_subjects.txt") for c in verb.children)

    for tok in trigger.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BEGIN:
            return war_began(tok)
    # "300,000 have been killed since the conflict began": a count over the whole war
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and war_began(c) for c in verb.children)


_THROUGH = frozenset({"pobj", "prep", "conj", "appos", "compound"})


def _ends(trigger: Token) -> bool:
    """The noun is the subject of a verb of ending (lexicons/ending_verbs.txt), also through a relative clause
    ("a truce that expired")."""
    ending = lexicons.words("ending_verbs.txt")
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in ending:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ending for c in trigger.children)


def concluded(trigger: Token, sub_event_type: str) -> bool:
    """ "the two sides reached an agreement", "a deal brokered by Russia", "the truce took effect", "rebels set up
    a base": the noun of an agreement or a base is the news only when a word that concludes or sets up that
    kind of thing governs it or modifies it (data/lexicons/concluding_words.tsv); "despite a ceasefire", "the
    string of reciprocal agreements", "left in evacuation deals", "jets struck their hideouts" name the thing only."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return True  # "agreed", "swapped": a verb tells the act itself
    if _ends(trigger):
        return False  # "since a US-brokered ceasefire collapsed": its end, not its making
    words = [w for w, sub in lexicons.table("concluding_words.tsv") if sub == sub_event_type]
    single = {w for w in words if " " not in w}
    pairs = {(w.split()[0], w.split()[-1]) for w in words if " " in w}

    def concludes(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in single:
            return True
        below = {t.lower_ for c in tok.children for t in (c, *c.children)}
        return any(verb == lemma and word in below for verb, word in pairs)

    if any(c.dep_ in {"acl", "amod", "relcl"} and concludes(c) for c in trigger.children):
        return True  # "a deal brokered by Russia", "the newly signed accord"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head.pos_ == "VERB":
        # "fighters were evacuated under an agreement": an act done under it, so it was concluded; "what is known
        # as a safe zone under an agreement" only names the zone (lexicons/naming_verbs.txt)
        return trigger.head.head.lemma_.lower() not in lexicons.words("naming_verbs.txt")
    tok = trigger
    while tok.dep_ in _THROUGH and tok.head.i != tok.i:
        tok = tok.head  # "reached agreement on a truce", "signed a deal and a swap"
    if tok is not trigger and tok.pos_ in {"VERB", "AUX"} and concludes(tok):
        return True
    return trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} and concludes(trigger.head)  # "the truce took effect"


__all__ = ["concluded", "planned", "reported"]
