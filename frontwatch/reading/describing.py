"""Event words that describe a place, a group or a thing rather than report that something happened.

- "areas under regime siege" (state_nouns.txt);
- "the neighbourhoods they control", "the village is controlled by ...", "a town held by rebels": a present
  relative clause, a present passive or a participle of holding says what a place is or who holds it now;
- "the coalition fighting Daesh in Iraq": a participle or relative clause on a group noun
  (group_nouns.txt, described_people.txt);
- "the besieged town", "government-controlled areas", "a gas plant": a participle used as an adjective, or an
  event word compounding a noun that is no event;
- "a war that has killed hundreds of thousands", "since the uprising began with rallies": the war itself as
  the actor (background_subjects.txt);
- "raids left 15 people dead": the toll an attack left, not a departure;
- "army units backed by the air force" (support_verbs.txt);
- "has retaken 40 percent of the land": a share of a whole land, with no day named (land_shares.tsv);
- "a demonstration of the fragile state of the truce", "its acts demonstrate that ...": a word of protest that means
  showing (showing_nouns.txt);
- "a former factory turned into a barracks": a participle of converting says what a building is used as;
- "destroying 8 artillery pieces", "seized a truck filled with explosives": a weapon destroyed or taken is the
  target or the booty of an act, not the means of one (booty_verbs.txt, laden_participles.txt);
- "a video released on Monday": a thing published, no people set free (published_things.txt);
- "more bodies were found": more of an event's dead recovered, no new discovery of bodies (further_words.txt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.aspect import names_day

if TYPE_CHECKING:
    from spacy.tokens import Token


def state(trigger: Token) -> bool:
    """ "areas under regime siege": a lasting state that describes the place; "we were besieged inside a small
    area", "the residents had been besieged for months": people besieged, told in the passive, are in a state
    (a siege is laid by an active verb: "troops besieged the town on Monday")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.lemma_.lower() in lexicons.words("state_nouns.txt"):
        return True
    people = lexicons.words("person_nouns.txt")
    return trigger.lemma_.lower() == "besiege" and any(c.dep_ == "auxpass" for c in trigger.children) and any(
        c.dep_ == "nsubjpass" and (c.pos_ == "PRON" or c.lemma_.lower() in people) for c in trigger.children)


def describes_place(trigger: Token) -> bool:
    """ "the neighbourhoods they control", "areas the army holds", "a town which is controlled by the YPG": a
    present-tense relative clause on a noun, active or passive, says what the place is now."""
    if trigger.dep_ != "relcl":
        return False
    return trigger.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in trigger.children)


def held_now(trigger: Token) -> bool:
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


def describes_group(trigger: Token) -> bool:
    """ "a paramilitary group fighting alongside the government", "the coalition fighting Daesh in Iraq":
    describes who the group is. Only a present participle or a relative clause: "forces established control"
    tagged as a clause on "forces" (past tense) is a misparse of the main verb; a headline's noun
    ("Soldiers fighting ...") reports."""
    head = trigger.head
    describes = trigger.dep_ == "relcl" or (trigger.dep_ == "acl" and trigger.tag_ == "VBG")
    people = lexicons.words("group_nouns.txt") | lexicons.words("described_people.txt")
    return describes and head.lemma_.lower() in people and head.dep_ != "ROOT" and not _shown_doing(trigger) \
        and not _doers_act_noun(trigger) and not _dated_act(trigger)


def _dated_act(trigger: Token) -> bool:
    """ "the YPG, a Kurdish militia, which on Thursday seized X": a relative clause in the simple
    past that names the day of its act tells news of the group, not who the group is."""
    return trigger.dep_ == "relcl" and trigger.tag_ == "VBD" and any(
        t.ent_type_ == "DATE" for c in trigger.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree)


def _doers_act_noun(trigger: Token) -> bool:
    """ "Rebel shelling on the district killed four": a bare singular group noun (capitalised or not) right before
    the "-ing" word is whose act it names (a noun compound the tagger read as a participle); a group described by
    what it does has a determiner or a plural ("a militia fighting alongside", "rebels fighting for the town")."""
    head = trigger.head
    return (trigger.dep_ == "acl" and trigger.i == head.i + 1 and head.tag_ in {"NN", "NNP"}
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in head.children))


def _shown_doing(trigger: Token) -> bool:
    """ "a video showed militants executing 17 men": a present participle on the people a video or statement shows
    (lexicons/showing_verbs.txt) is the act shown, not who they are."""
    head = trigger.head
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBG" and head.dep_ == "dobj"
            and head.head.lemma_.lower() in lexicons.words("showing_verbs.txt"))


def publishes(trigger: Token) -> bool:
    """ "a video released on Monday", "the group released a statement": what is released is published
    (lexicons/published_things.txt), no people set free; "rockets that released deadly fumes": a gas let out
    (lexicons/emitted_things.txt). "A video shot in Kafr Batna": a film shot, no shooting."""
    things = lexicons.words("published_things.txt")
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _FILMING:
        # the parser may make the participle the main verb of its film ("A video purportedly shot in X showed ...")
        filmed = [trigger.head] if trigger.dep_ == "acl" else [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}] if trigger.tag_ == "VBN" else []
        if any(t.lemma_.lower() in things for t in filmed):
            return True
    if trigger.lemma_.lower() != "release" or trigger.pos_ != "VERB":
        return False
    released = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl":
        released.append(trigger.head)  # "a video released on Monday"
    passive = [c for c in trigger.children if c.dep_ == "auxpass" and c.i > 0]
    if passive and not any(t.pos_ in {"NOUN", "PROPN"} for t in released):
        released.append(trigger.doc[passive[0].i - 1])  # "a gas believed to be chlorine gas was released": the parse lost it
    return any(t.lemma_.lower() in things | lexicons.words("emitted_things.txt") for t in released)


_SPLITS = frozenset({"breakaway", "splinter", "offshoot"})
_ORGANISATIONS = frozenset({"group", "faction", "movement", "organisation", "organization", "wing", "cell", "offshoot"})
_FILMING = frozenset({"shoot", "film", "record", "take"})


def describes_noun(trigger: Token) -> bool:
    """ "the besieged town", "destroyed buildings", "government-controlled areas": a participle used as an
    adjective says what a place is; "a gas plant", "an aircraft carrier": an event word compounding a noun
    that names no event (the noun is the thing, not what happened to it)."""
    doc = trigger.doc
    if _used_in_an_attack(trigger):
        return True
    if trigger.dep_ == "conj" and trigger.head.dep_ in {"compound", "nmod"} and trigger.head.head.i > trigger.i:
        trigger = trigger.head  # "an oil and gas field": the second word compounds the noun as the first does
    if trigger.dep_ in {"amod", "compound", "nmod", "acl"} and trigger.head.lemma_.lower() in lexicons.words("weapon_carriers.txt"):
        return False  # "booby-trapped vehicles", "explosive-laden trucks": the words name the weapon of an attack
    if trigger.dep_ in {"amod", "acl"} and trigger.head.lemma_.lower() in lexicons.words("victim_remains.txt"):
        return False  # "20 executed bodies found": what was done to the dead is the news
    if trigger.dep_ == "amod" and trigger.tag_ in {"VBN", "JJ"}:
        return True
    if trigger.i > 0 and doc[trigger.i - 1].text == "-" and trigger.dep_ in {"amod", "compound", "acl"}:
        return True  # "government-controlled areas" describes, it does not report a capture
    if trigger.dep_ in {"compound", "amod"} and trigger.lemma_.lower() in _SPLITS and trigger.head.lemma_.lower() in _ORGANISATIONS:
        # "the al-Qaida breakaway group", "a splinter faction": what the group is, not what it did ("Factions
        # target regime forces": a headline verb tagged as a noun on "forces" still tells the act)
        return True
    if trigger.dep_ == "compound" and _names_a_person(trigger.head):
        return True  # "U.S. Air Force Colonel John Dorrian", "the air force commander": a rank or office, no air raid
    if trigger.dep_ in {"compound", "nmod"} and trigger.head.pos_ == "NOUN":
        return trigger.head.lemma_.lower() in lexicons.words("thing_nouns.txt")
    return False


def _used_in_an_attack(weapon: Token) -> bool:
    """ "the 330mm rockets used in the attack", "the type of rockets used in these attacks": the weapon of an attack
    named beside it (lexicons/event_nouns.txt) says how that attack was done; it is no attack of its own."""
    if weapon.pos_ != "NOUN":
        return False
    while weapon.dep_ == "conj" and weapon.head.pos_ == "NOUN":
        weapon = weapon.head  # "rockets and launchers used in ...": the list's first word carries it
    listed = [weapon, *(c for c in weapon.children if c.dep_ == "conj")]
    if weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head.pos_ == "NOUN":
        listed.append(weapon.head.head)  # "the type of rockets used in these attacks"
    for used in (c for w in listed for c in w.children if c.dep_ == "acl" and c.lemma_.lower() == "use" and c.tag_ == "VBN"):
        acts = [g for p in used.children if p.dep_ == "prep" and p.lower_ in {"in", "during", "for"} for g in p.children if g.dep_ == "pobj"]
        if any(a.lemma_.lower() in lexicons.words("event_nouns.txt") for a in acts):
            return True
    return False


def _names_a_person(noun: Token) -> bool:
    """A rank or an office (lexicons/military_ranks.txt, title_nouns.txt); not any person noun: a "suicide
    attacker" or a "government troops" headline verb tagged as a noun still tell an act."""
    return any(word in lexicons.words(name) for word in (noun.lemma_.lower(), noun.lower_)
               for name in ("military_ranks.txt", "title_nouns.txt"))


def weapon_taken(trigger: Token) -> bool:
    """ "the sorties killed 10 fighters, destroying 8 artillery pieces and a truck filled with explosives": a weapon
    noun inside what a verb of destroying or seizing acts on (lexicons/booty_verbs.txt) is its target or booty,
    no shelling or bomb attack; a participle of loading between them keeps the weapon in the thing
    (lexicons/laden_participles.txt). "destroyed positions hit by air strikes": another act's verb on the way ends
    the phrase."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    child = trigger
    for tok in trigger.ancestors:
        if tok.pos_ in {"VERB", "AUX"}:
            if tok.lemma_.lower() in lexicons.words("booty_verbs.txt") and child.dep_ in {"dobj", "nsubjpass"}:
                return True
            if not (tok.tag_ == "VBN" and tok.lemma_.lower() in lexicons.words("laden_participles.txt")):
                return False
        elif tok.pos_ not in {"NOUN", "PROPN", "ADP", "NUM", "ADJ", "CCONJ"}:
            return False
        child = tok
    return False


def recovers_told_dead(trigger: Token) -> bool:
    """ "Shelling killed nine ... the toll rose to 14 as more bodies were found": bodies said to be more of those
    already told (lexicons/further_words.txt) are the dead of the act told before, recovered later, not bodies
    of a new killing found."""
    found = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    remains = [t for t in found if t.lemma_.lower() in lexicons.words("victim_remains.txt")]
    further = lexicons.words("further_words.txt")
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in further for t in remains for c in t.children)


def resultative(trigger: Token) -> bool:
    """ "raids left 15 people dead", "the blast left dozens wounded": "leave" with the state it left people in
    tells an attack's toll; "mines left behind", "they left behind their dead" what remains; nobody left anywhere."""
    if trigger.lemma_.lower() != "leave":
        return False
    if any(c.dep_ in {"oprd", "acomp"} for c in trigger.children):
        return True
    # "leaving at least three killed and 30 wounded": the parser may read the state as a clause of its own
    if any(c.dep_ in {"ccomp", "xcomp"} and c.lower_ in lexicons.words("left_states.txt") for c in trigger.children):
        return True
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return True  # "mines left behind", "the damage left by the strikes": what is left, not who left
    behind = [c for c in trigger.children if c.lower_ == "behind" and c.dep_ in {"prt", "prep", "advmod"}]
    things = [c for c in trigger.children if c.dep_ == "dobj"] + [g for b in behind for g in b.children if g.dep_ == "pobj"]
    if behind and things:  # "the militants left behind scores of dead": what they left, not a place they gave up
        return True
    # "... leaving dozens of civilian residents dead or injured": the parser may hang the state elsewhere;
    # it still follows the object at once
    doc = trigger.doc
    objects = [o for o in trigger.children if o.dep_ == "dobj"]
    after = [o.right_edge.i + 1 for o in objects]
    # "left 11 people dead including women": or it reads the state as a modifier after the object's noun
    trailing = [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    if any(i < len(doc) and doc[i].lower_ in lexicons.words("left_states.txt") for i in after) or any(
            c.lower_ in lexicons.words("left_states.txt") for c in trailing):
        return True
    # "... left on Friday at least 12 people dead": a parse that hangs "left" on a noun before it loses the object;
    # read on the words, a count and then a state follow in the same clause
    counted = False
    for tok in doc[trigger.i + 1 : trigger.i + 12]:
        if tok.is_punct or tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in lexicons.words("left_states.txt"):
            return False
        counted = counted or tok.like_num
        if counted and tok.lower_ in lexicons.words("left_states.txt"):
            return True
    return False


def background(trigger: Token) -> bool:
    """ "a conflict that has killed well over 300,000", "the conflict has displaced millions": the war
    itself as the actor is the background of the story, not an event of it."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl" and any(c.lower_ in {"that", "which"} for c in verb.children):
        subjects.append(verb.head)  # "a war that has killed ..."
    # "the main arena of fighting in Syria's war": the war is where the event word belongs.
    within = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in lexicons.words("background_subjects.txt") for s in subjects + within) or _how_the_war_began(trigger)


_BEGIN = frozenset({"begin", "start", "erupt", "break"})


def _how_the_war_began(trigger: Token) -> bool:
    """ "since the uprising began with rallies that troops fired on", "when the war started with
    peaceful protests": what the war began with, and what was counted since it began, is its background, not an
    event of the story."""
    def war_began(verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.dep_ == "relcl" and any(c.lower_ in {"that", "which"} for c in subjects):
            subjects.append(verb.head)  # "the rebellion, which started as a peaceful protest movement"
        return verb.lemma_.lower() in _BEGIN and any(c.lemma_.lower() in lexicons.words("background_subjects.txt") for c in subjects)

    for tok in trigger.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BEGIN:
            return war_began(tok)
    # "300,000 have been killed since the conflict began": a count over the whole war
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and war_began(c) for c in verb.children)


def share_of_land(trigger: Token) -> bool:
    """ "troops have retaken 40 percent of the land", "the group has pulled out of most of the south": an act
    on a share of a whole land (lexicons/land_shares.tsv), with no day named, sums up who holds what; it is no
    capture of one place. "took half of the town on Monday" is news."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if trigger.pos_ not in {"VERB", "AUX"} or names_day(verb):
        return False
    shares = lexicons.mapping("land_shares.tsv")
    for tok in verb.subtree:
        if shares.get(tok.lemma_.lower()) != "share" or tok.i == trigger.i:
            continue
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(shares.get(w.lemma_.lower()) == "whole" for g in of for w in [g, *g.conjuncts]):
            return True
    return False


def shows(trigger: Token) -> bool:
    """ "a demonstration of the fragile state of the truce", "a demonstration of its strength": a noun of
    protest that also means showing (data/lexicons/showing_nouns.txt), with "of" and a thing that is no people
    (a determined noun, not a count, a group or a name), shows that thing; "a demonstration of the residents",
    "a demonstration of thousands", "a demonstration of solidarity" are protests."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in lexicons.words("showing_nouns.txt"):
        return _shows_verb(trigger)
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


_CONVERTING = frozenset({"turn", "convert", "transform"})


def converted(trigger: Token) -> bool:
    """ "an area containing a former factory turned into an army barracks", "a school converted into a base":
    a participle of converting right after the building it names, with no subject, auxiliary or day of its own,
    tells what the building is used as now; "IS turned the school into a base on Monday" reports the act. Read
    on the words: the parser often takes such a participle for a verb of the sentence."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _CONVERTING or trigger.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children) or trigger.i < 1:
        return False
    before = trigger.doc[trigger.i - 1]
    return before.pos_ in {"NOUN", "PROPN"} and before.dep_ != "nsubj" and not names_day(trigger)


def _shows_verb(verb: Token) -> bool:
    """ "its actions demonstrate that it wants a military solution", "that attack demonstrated the risks": the verb
    of protest that also means showing, with a clause as what is shown, or a thing shown by a thing or a state
    (no people, no count of them, as the doer); "hundreds demonstrated in the square", "students demonstrated
    their anger" protest."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return True
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    people = lexicons.words("person_nouns.txt") | lexicons.words("group_nouns.txt")
    if doer is None or doer.pos_ in {"PRON", "NUM"} or doer.like_num or doer.lemma_.lower() in people:
        return False
    return not any(c.dep_ == "nummod" for c in doer.children)


def support(trigger: Token) -> bool:
    """ "army units backed by the air force", "forces supported by air strikes": the support an actor had is
    part of its description; the event is what the actor did (data/lexicons/support_verbs.txt)."""
    for tok in list(trigger.ancestors)[:3]:
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in lexicons.words("support_verbs.txt"):
            return True
    return False


__all__ = ["background", "converted", "describes_group", "describes_noun", "describes_place", "held_now", "resultative", "share_of_land", "shows", "state", "support",
           "weapon_taken"]


def discussed(trigger: Token) -> bool:
    """ "The Security Council met to address the fighting", "ministers discussed the bombing": an event noun that is
    the object of a verb of talks (lexicons/topic_verbs.txt) is their subject, no happening of its own."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lexicons.words("topic_verbs.txt")


def sensed(trigger: Token) -> bool:
    """ "passengers heard the explosion", "the blast was felt miles away": an event noun that is the object of a verb
    of the senses (lexicons/sensing_verbs.txt) is an act told elsewhere; the hearers give it no actor or place."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.lemma_.lower() in lexicons.words("sensing_verbs.txt")
