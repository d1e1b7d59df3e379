"""Event words whose tense or time words tell what keeps happening, goes on, or lasts: the background of the
news, not one of its events.

- "condemned Russia's massacres against civilians": acts condemned in the plural, with no article, count or day
  (condemning_verbs.txt);
- "a truce for two years", "for months been advancing", "have held the town since May": lasting states and
  campaigns;
- "it tells whose jets fly each raid": a simple present in a report's body; "notorious for using sleeper
  cells to attack", "known for its car bombs": what an actor is known to do (reputation_words.txt);
- "is targeted regularly by air strikes", "suffer daily shelling", "strikes on a daily basis"
  (frequency_words.txt);
- "forces are fighting IS in the area", "has been bombing the town", "fighting continues"
  (continuing_aspect.txt); "the city is under continued shelling": a place's state now;
- "there has been increased fighting" (trend_words.txt);
- "the third time this year that gunmen hit a checkpoint": a count of such acts, told elsewhere;
- "including previous attacks on Midan": earlier acts with no day of their own;
- "has been mired in war since 2011, with the army fighting rebels": a present perfect lasting since a year;
- "the barrel bombs the regime has dropped on Idlib and elsewhere": a weapon's record of use, told in a present
  perfect relative clause on the weapon.

Each rule gives way when the clause names its day ("daily air raids killed 12 people on Sunday").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.dates import weekday_number

if TYPE_CHECKING:
    from spacy.tokens import Token


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl"})  # dependencies of a verb heading a clause
_EARLIER = frozenset({"previous", "past", "earlier", "prior"})


def earlier_undated(trigger: Token) -> bool:
    """ "rocked by bomb blasts, including previous attacks on Midan": earlier acts of the kind, with no day
    said, are the story's background; "a previous attack in March killed five" names its own time."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or not any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in trigger.children):
        return False
    clause = next((t for t in trigger.ancestors if t.pos_ in {"VERB", "AUX"}), trigger)
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in [*trigger.subtree, *(c for c in clause.children if c.dep_ == "prep")])


def used_before(trigger: Token) -> bool:
    """ "rather than the barrel bombs that the regime has dropped on Idlib and elsewhere", "the crude rockets the
    rebels have fired at Hama": a weapon noun that is the object of a relative clause in the present perfect, with
    a doer of its own, is described by what it has been used for over time; no one use is told. The clause on
    the act itself ("strikes which have killed 20") or one naming its day ("the shells the rebels have fired
    since Sunday") stays news."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    for clause in trigger.children:
        if clause.dep_ != "relcl" or clause.tag_ != "VBN":
            continue
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in clause.children)
        doer = any(c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"} for c in clause.children)
        if perfect and doer and not names_day(clause) and not any(t.lower_ == "since" for t in clause.subtree):
            return True
    return False


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "umpteenth"})


def nth_time(trigger: Token) -> bool:
    """ "It was the third time this year that gunmen hit a checkpoint": a clause on "the Nth
    time" counts this kind of act; the acts it counts are told elsewhere (this one, and the earlier one after
    "after ... were killed in an attack on ...", which stays an event)."""
    verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)  # "gunmen hit"
    if verb is None or verb.dep_ != "relcl" or verb.head.lemma_.lower() != "time":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in verb.head.children)


def lasting(trigger: Token) -> bool:
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


def habitual(trigger: Token) -> bool:
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
    # "were killed after air strikes hit Aleppo": in a sentence told in the past, "hit" is a past tense too;
    # "said the regime refuses to ...": a third person "-s" is a present whatever the sentence's other tenses.
    # (not a plural noun the tagger took for one: "Friday airstrikes hit a market",
    # or "were killed in regime airstrikes on a market"): a verb with its own subject or complement
    third_person = verb.tag_ == "VBZ" and verb.text.lower().endswith("s") and verb.dep_ in _CLAUSE_DEPS and any(
        c.dep_ in {"nsubj", "dobj", "xcomp", "ccomp"} for c in verb.children)
    return third_person or not any(t.tag_ == "VBD" for t in trigger.sent)


def reputed(trigger: Token) -> bool:
    """ "the group, notorious for using sleeper cells to attack its enemies", "a unit known for its raids": an act
    under "for" after a word of reputation (lexicons/reputation_words.txt) is what an actor is known to do, no
    event of the report."""
    words = lexicons.words("reputation_words.txt")
    for tok in (trigger, *trigger.ancestors):
        if tok.lower_ == "for" and tok.dep_ == "prep" and tok.head.lemma_.lower() in words:
            return True
        if tok.dep_ in {"ROOT", "ccomp", "relcl"} and tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def condemned_record(trigger: Token) -> bool:
    """ "the coalition condemned Russia's massacres against civilians in Idlib": a plural event noun a verb of
    condemning acts on, with no article, count or clause of its own ("condemned the raids that left 18 dead" tells
    one act) and no day in its clause, is the record of an actor's acts, no event."""
    if trigger.tag_ != "NNS" or trigger.dep_ not in {"dobj", "conj"}:
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicons.words("condemning_verbs.txt"):
        return False
    if any(c.dep_ in {"det", "nummod", "relcl", "acl"} for c in trigger.children):
        return False
    return not names_day(trigger)


def frequent(trigger: Token) -> bool:
    """ "the town is targeted regularly by air strikes", "residents suffer daily shelling", "rocked by occasional
    blasts": a word of frequency on the event word, or on the verb of its clause, tells what keeps happening,
    the background of the news, not one event of it (data/lexicons/frequency_words.txt). A clause that names
    its day tells that day's event ("daily air raids killed 12 people on Sunday")."""
    frequency = lexicons.words("frequency_words.txt")
    for tok in [trigger, *trigger.ancestors]:
        if any(c.dep_ in {"advmod", "amod", "npadvmod"} and c.lower_ in frequency for c in tok.children) or _on_a_basis(tok, frequency) or _whenever(tok):
            return not names_day(tok)
        if tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in _CHAINED or tok.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)):
            continue  # "soldiers often come to search the houses and seize the roads": one habit
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in _NOMINAL or tok.dep_ in {"ROOT", "ccomp", "advcl", "relcl"}:
            break
    return False


def _whenever(verb: Token) -> bool:
    """ "the camp sent fighters whenever the group attacked": a clause of "whenever" below a verb makes it a habit."""
    return any(c.dep_ == "advcl" and any(g.lower_ == "whenever" and g.dep_ in {"advmod", "mark"} for g in c.children) for c in verb.children)


_CHAINED = frozenset({"xcomp", "conj"})  # a verb that goes on the clause of the verb above it
_NOMINAL = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})  # "suffer daily shelling": a gerund used as a noun


def _on_a_basis(tok: Token, frequency: frozenset[str]) -> bool:
    """ "airstrikes on a near-daily basis", "shelled on a regular basis": "on a <frequency> basis" on the word."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "basis" and any(m.lower_ in frequency for m in g.children) for g in c.children)
        for c in tok.children
    )


def ongoing(trigger: Token) -> bool:
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
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicons.words("continuing_aspect.txt"):
        verb = verb.head  # "warplanes continue to target hospitals": the aspect is on the verb of continuing
    if not _continuing(verb):
        return False
    return not names_day(verb)


def under_now(trigger: Token) -> bool:
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
    """The verb's tense tells a happening still going on (see ongoing)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = any(a.tag_ in {"VBZ", "VBP"} for a in aux) or (not aux and verb.tag_ in {"VBZ", "VBP"})
    if verb.lemma_.lower() in lexicons.words("continuing_aspect.txt"):
        return present
    if verb.tag_ == "VBN" and present and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in aux):
        return True  # "the villages that are being evacuated": the passive progressive goes on too
    if verb.tag_ != "VBG" or not present:
        return False
    # "are fighting" (be + -ing) or "have been fighting" (have + been + -ing); not "were fighting" or "had been
    # fighting", told of a past day
    return any(a.lemma_.lower() == "be" for a in aux)


def names_day(tok: Token) -> bool:
    """The clause of ``tok`` names a day ("on Sunday", "yesterday")."""
    clause = next((t for t in [tok, *tok.ancestors] if t.pos_ in {"VERB", "AUX"} and t.dep_ not in _NOMINAL), tok)
    return any(weekday_number(t.lower_) is not None or t.lower_ in {"yesterday", "today"} for t in clause.subtree)


def trend(trigger: Token) -> bool:
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


_YEAR = re.compile(r"^(19|20)\d\d$")


def since_years(trigger: Token) -> bool:
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


_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|[a-z-]*(first|second|third|th))$")


def centuries_ago(trigger: Token) -> bool:
    """ "a major 16th century battle", "the Ottomans captured the town in the 12th century": an act dated by a
    numbered century (before this one) is the place's history, not an event of the story."""
    for tok in [trigger, *trigger.ancestors]:
        words = [c for c in tok.children if c.dep_ in {"compound", "npadvmod", "nmod"}]
        words += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(_numbered_century(w) for w in words):
            return True
        if tok.dep_ in {"ROOT", "ccomp", "conj", "advcl"} and tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _numbered_century(word: Token) -> bool:
    """ "the 19th century", "the twelfth century"; not "the 21st century", which holds the story's own days."""
    if word.lemma_.lower() != "century":
        return False
    # the ordinal is on "century" or, as the parser may hang it, on the noun after it ("an 18th century battle")
    before = word.doc[word.i - 1] if word.i > 0 else word
    return any(bool(_ORDINAL.match(t.lower_)) and t.lower_ not in {"21st", "twenty-first"} for t in (*word.children, before) if t.dep_ == "amod")


def _perfect_since_year(verb: Token) -> bool:
    """ "has been mired ... since 2011", "have fought since March 2012": have + participle, and a "since"
    phrase that names a year."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return perfect and any(
        c.lower_ == "since" and c.dep_ in {"prep", "mark"} and any(_YEAR.match(t.text) for t in c.subtree) for c in verb.children)


__all__ = ["centuries_ago", "earlier_undated", "frequent", "habitual", "lasting", "names_day", "nth_time", "ongoing", "since_years", "trend", "under_now"]
