"""Event words in a clause that tells what did not happen: negated, hypothetical, planned, stopped, or said
in general before.

- "did not seize", "plans to take", "was to be the launchpad", "no sign of renewed bombing",
  "the expected resumption of attacks", "prospects for a deal", "is set to take place" (hypothetical*.txt,
  scheduled_words.txt);
- "a pause in strikes", "a halt to air strikes", "to end a siege" (cessation_nouns.txt);
- "unscathed by the fighting", "untouched by the clashes" (spared_words.txt);
- "rebels have said in the past that their raids ...": what a source has said before, in general.

``planned`` also tells reading.dates that a day in such a clause dates nothing that happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Token


def unreal(trigger: Token) -> bool:
    """Negated, hypothetical or planned: "did not seize", "plans to take", "was to be", "no sign of bombing"."""
    hypothetical = lexicons.words("hypothetical.txt")
    if _no_sign_of(trigger) or _guarded_against(trigger) or _aim_of_noun(trigger):
        return True
    for tok in [trigger, *list(trigger.ancestors)[:4]]:
        if tok is not trigger and tok.dep_ == "prep" and tok.lower_ in _FRAMING:
            break  # "called for an inquiry following an attack on the market": the attack the call follows happened
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children):
            return True  # "no one knew whether the driver acted alone", "if the talks fail"
        if any(c.dep_ == "aux" and c.lemma_.lower() in hypothetical for c in tok.children):
            return True
        # "getting ready to fight", "poised to storm": an adjective of readiness makes the act a prospect too
        if tok is not trigger and tok.lemma_.lower() in hypothetical and tok.pos_ in {"VERB", "AUX", "ADJ"} and not _told_as_fact(tok, trigger):
            return True
        if _spared_by(tok, trigger) or _prepared_for(tok, trigger) or _weighed(tok, trigger):
            return True
        if tok.pos_ == "NOUN":
            # "no sign of renewed bombing", "the expected resumption of attacks", "prospects for a deal"
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return True
            if any(c.dep_ == "amod" and c.lemma_.lower() in lexicons.words("hypothetical_modifiers.txt") for c in tok.children):
                return True
            if tok is not trigger and tok.lemma_.lower() in lexicons.words("hypothetical_nouns.txt"):
                return True
            # "in case of another chemical attack", "in the event of an assault": a condition, no act
            if tok is not trigger and tok.lemma_.lower() in _CONDITION_NOUNS and tok.head.lower_ == "in":
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


_CONDITION_NOUNS = frozenset({"case", "event"})
_FRAMING = frozenset({"after", "following", "since", "amid", "despite"})


def _aim_of_noun(trigger: Token) -> bool:
    """ "launched a campaign to break the siege", "a bid to seize the town": an infinitive on a noun tells the
    aim of the campaign or bid (the campaign is the act told), not an act of its own. An attempt is the act
    tried, and ACLED codes it: "made an attempt to assassinate a commander"."""
    return trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and trigger.head.lemma_.lower() != "attempt" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


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


def _weighed(tok: Token, trigger: Token) -> bool:
    """ "are considering air strikes", "weighing launching an offensive" (lexicons/weighing_verbs.txt): the act a
    verb of weighing takes as its object is an option. "considered the attack a war crime" judges one that happened
    (a past tense, or a predicate after the object)."""
    if tok.i == trigger.i or tok.tag_ not in {"VBG", "VB"} or tok.lemma_.lower() not in lexicons.words("weighing_verbs.txt"):
        return False  # "is considering", "to consider": the weighing goes on; "considered the attack a crime" is done
    if any(c.dep_ in {"oprd", "ccomp", "appos"} for word in (tok, trigger) for c in word.children):
        return False  # a judgement: "considering the shelling a war crime"
    for c in tok.children:
        if c.dep_ == "dobj" and c.i == trigger.i:
            return True
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and (c.i == trigger.i or any(o.i == trigger.i for o in c.children if o.dep_ == "dobj")):
            return True
    return False


def _prepared_for(tok: Token, trigger: Token) -> bool:
    """ "troops massed ahead of an offensive on the town" (lexicons/prospect_adverbs.txt), "rebels were making
    preparations for an assault", "drew up plans for an attack": the act is what the preparing is for, a prospect
    (the object noun of the verb is one of lexicons/hypothetical_nouns.txt)."""
    if tok.dep_ != "prep" or not (trigger in tok.subtree):
        return False
    head = tok.head
    if tok.lower_ == "of" and head.lower_ in lexicons.words("prospect_adverbs.txt"):
        return True
    nouns = lexicons.words("hypothetical_nouns.txt")
    return tok.lower_ == "for" and head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children)


def planned(token: Token) -> bool:
    """The word belongs to a clause that tells what is negated, planned or hoped for ("a meeting is set to take
    place this Saturday"): a date in it dates nothing that happened."""
    return unreal(token)


def _spared_by(tok: Token, trigger: Token) -> bool:
    """ "remained unscathed by the fighting", "untouched by the clashes" (lexicons/spared_words.txt): the act is the
    "by" agent of a word saying it did not reach the place."""
    if tok is not trigger or tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return False
    spared = lexicons.words("spared_words.txt")
    governor = tok.head.head  # the word itself, or the verb it completes ("remained unscathed by")
    return governor.lower_ in spared or any(c.dep_ in {"acomp", "oprd"} and c.lower_ in spared for c in governor.children)


_GUARDED = frozenset({"against", "from"})


def _guarded_against(trigger: Token) -> bool:
    """ "help the rebels defend civilians against brutal attacks", "to protect residents from air strikes": an
    act named generically after "against" / "from" under a word of protecting (lexicons/protective_words.txt)
    is a threat, not an act that happened. "failed to shield them from the attack on Monday" names one."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in _GUARDED:
        return False
    if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in trigger.children):
        return False
    protective = lexicons.words("protective_words.txt")
    for tok in trigger.head.ancestors:
        if tok.lemma_.lower() in protective:
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _no_sign_of(trigger: Token) -> bool:
    """ "there was no sign yet of renewed bombing": read on the words, the parser hangs "of" on
    the verb. A "no <noun>" shortly before, joined to the trigger by "of", negates it."""
    doc = trigger.doc
    window = doc[max(trigger.sent.start, trigger.left_edge.i - 6) : trigger.left_edge.i]
    words = [t.lower_ for t in window]
    return "of" in words and any(t.lower_ == "no" and t.head.pos_ == "NOUN" and t.i < window[words.index("of")].i for t in window)


def stopped(trigger: Token) -> bool:
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


def said_before(trigger: Token) -> bool:
    """ "Rebels have said in the past that their raids were a reply to ...", "officials have repeatedly
    said ...": what a source has said before, in general, is the background of the news, not one of its events."""
    reporting = lexicons.words("reporting_verbs.txt")
    for tok in trigger.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in reporting:
            past = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children) for c in tok.children)
            return past or any(c.dep_ == "advmod" and c.lower_ in {"previously", "repeatedly", "often"} for c in tok.children)
    return False


__all__ = ["planned", "said_before", "stopped", "unreal"]
