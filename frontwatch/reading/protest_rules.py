"""Protest context: who does what to whom once a demonstration is in the text, and what it is about.

ACLED splits demonstrations by what happens at them: Peaceful protest, Protest with intervention (the police
disperse or detain), Excessive force against protesters (protesters killed or wounded, gunfire at a crowd),
Violent demonstration (the crowd attacks, burns, throws stones), Mob violence (a crowd turns on people).
``event_types`` calls ``protest_violence`` for every violent cue of a text with a protest in it, and drops cues
that name what the protesters protest about (``grievance``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.reading import event_parse as parse
from frontwatch.reading.event_parse import Roles
from frontwatch.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

PROTEST_VIOLENCE = {"Attack", "Armed clash", "Looting/property destruction", "Mob violence", "Violent demonstration",
                    "Excessive force against protesters"}
_DEADLY = {"kill", "die", "dead", "death", "gunshot", "live", "fatal", "fatally", "bloodshed", "massacre", "lethal"}
_WOUNDING = {"wound", "wounded", "stab", "hospitalise", "hospitalize", "hospitalised", "hospitalized", "critical",
             "critically", "seriously", "severely", "bullet", "injury", "injure", "injured", "hurt", "unconscious",
             "bleed", "bleeding"}
_FIRING = {"fire", "shoot", "open"}
_PROTEST_WORDS = {"protest", "demonstrate", "demonstration", "rally", "march", "sit-in", "strike", "vigil"}
_GRIEVANCE_VERBS = {"demand", "denounce", "condemn", "decry", "mourn", "commemorate", "seek", "call", "oppose"}
# less-lethal means of dispersal; batons are not among them: a beating that injures is excessive force
_LESS_LETHAL = {"tear", "teargas", "cannon", "rubber", "plastic", "pellet", "pepper", "stun", "air", "warning", "blank",
                "spray"}


def protest_violence(sub: str, rule: str, first: Token, actors: list[ActorMention],
                     roles: Roles) -> tuple[str | None, float] | None:
    """Who did what to whom, once a protest is in the text: (sub-event type, score), (None, 0) to drop the cue,
    or None to keep it as it is.

    Protesters who burn, attack or injure make a Violent demonstration; force used on protesters is Excessive
    force when it kills, when it is gunfire at the crowd, or when it wounds by other than less-lethal means
    (beatings), and Protest with intervention otherwise (tear gas, rubber bullets, water cannon, shots in the
    air, a charge with no harm reported). A violent act on the police by the crowd is the crowd's. Riot words
    and stone throwing are the crowd's by definition and stay as they are.
    """
    if sub not in PROTEST_VIOLENCE:
        return None
    head = parse.governing_verb(first) if first.pos_ not in {"VERB", "AUX"} else first
    acted_on = parse.victims(first, head)
    if any({v.lemma_.lower(), v.lower_} & roles["symbolic"] for v in acted_on):
        return None, 0.0  # "burnt an effigy of the minister": a gesture of the protest
    if rule in {"riot", "violent"}:
        return None
    agent = parse.subject(head)
    casualty = head.lemma_.lower() in {"die", "suffer"}  # "two protesters died": the subject is the victim
    if agent is not None and not casualty and _protesting(agent, actors, roles):
        if parse.victim_kind(acted_on, actors, roles) == "civilian" and sub != "Looting/property destruction":
            return "Mob violence", 4.0  # a crowd turning on people rather than on the police or property
        return "Violent demonstration", 4.0
    hit = [agent] if casualty and agent is not None else acted_on + [
        c for p in head.children if p.dep_ == "prep" and p.lower_ in {"into", "toward", "towards"}
        for c in p.children if c.dep_ == "pobj"]
    hit_crowd = any(_protesting(v, actors, roles) for v in hit)
    if not hit_crowd and any(parse.side(v, actors, roles) == "state" for v in hit):
        return "Violent demonstration", 4.0
    if agent is None and sub == "Looting/property destruction":
        return "Violent demonstration", 3.5  # "vehicles were torched" during a protest: by the crowd
    if not hit_crowd and (casualty or parse.side(agent, actors, roles) == "unknown"):
        if agent is None or casualty:
            if parse.victim_kind(hit, actors, roles) == "civilian" and first.lemma_.lower() in {"kill", "die"}:
                return "Excessive force against protesters", 3.0  # "four people were killed in the protests"
        return (None, 0.0) if sub == "Excessive force against protesters" else None
    words = {t.lemma_.lower() for t in first.sent} | {t.lower_ for t in first.sent}
    if words & _DEADLY:
        return "Excessive force against protesters", 4.0
    if words & _LESS_LETHAL:
        return "Protest with intervention", 3.0  # tear gas, rubber bullets, water cannon: injuries or not
    if words & _WOUNDING or head.lemma_.lower() in _FIRING:
        return "Excessive force against protesters", 3.5  # fired on the crowd, wounded, beaten unconscious
    return "Protest with intervention", 3.0  # "police charged the marchers": force, no harm reported


def grievance(protest_tokens: Iterable[Token]) -> set[int]:
    """Token indices of what protesters protest about ("over the killing of a student", "demanding the arrest
    of the culprits"): violence or arrests named there are the grievance, not events of the protest."""
    out: set[int] = set()
    sentences = {t.sent.start: t.sent for t in protest_tokens}
    for token in (t for sent in sentences.values() for t in sent):
        lemma = token.lemma_.lower()
        if lemma not in _GRIEVANCE_VERBS and lemma not in _PROTEST_WORDS:
            continue
        for child in token.children:
            about = child.dep_ == "prep" and child.lower_ in {"against", "over", "about", "for"}
            if about or child.dep_ == "dobj" or child.dep_ == "xcomp" and lemma in _GRIEVANCE_VERBS:
                out |= {t.i for t in child.subtree}
    return out


def lodged_by_state(trigger: Token) -> bool:
    """ "the plan drew protests from Damascus and its allies", "a protest by Ankara": a protest that a country or
    its capital makes is diplomacy, not a demonstration (ACLED codes no event for it)."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() != "protest":
        return False
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    makers = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
              for g in c.children if g.dep_ == "pobj"]
    return any(_a_state(g) for m in makers for g in (m, *m.conjuncts))


def _a_state(token: Token) -> bool:
    """A country's or a capital's name, which stands for its government when it protests."""
    from frontwatch.reading.gazetteer import Gazetteer

    if token.ent_type_ != "GPE":
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    found = Gazetteer.default().lookup(ent.text if ent is not None else token.text)
    return bool(found) and found[0].kind in {"capital", "country"}


def _protesting(token: Token, actors: list[ActorMention], roles: Roles) -> bool:
    # protesters by the actor dictionary, by their own name, or a crowd of them ("a crowd of marchers")
    if any(a.actor.kind == "protesters" for a in parse.overlapping(token, actors)):
        return True
    head = {token.lemma_.lower(), token.lower_}
    return bool(head & roles["protester"]) or bool(parse.span_words(token) & roles["protester"] and head & roles["crowd"])


def arrest_reasons(arrest_tokens: Iterable[Token]) -> set[int]:
    """Token indices of why people were arrested ("arrested 20 people suspected of taking part in the riots",
    "detained for protesting"): a protest named there is the reason for the arrests, not the event."""
    out: set[int] = set()
    for token in arrest_tokens:
        verb = parse.governing_verb(token) if token.pos_ not in {"VERB", "AUX"} else token
        held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        for child in [c for h in held for c in h.children] + list(verb.children):
            connection = child.lower_ == "in" and any(g.lower_ == "connection" for g in child.children)
            if child.dep_ in {"acl", "relcl"} or child.dep_ == "prep" and (child.lower_ in _REASON_PREPS or connection):
                out |= {t.i for t in child.subtree}
            elif child.dep_ == "advcl" and any(m.lower_ in {"for", "after"} for m in child.children):
                out |= {t.i for t in child.subtree}
    return out


_REASON_PREPS = {"for", "over", "after", "on"}  # "for rioting", "over the unrest", "on charges of" (and "in connection
# with"; "arrested in the protest" is an arrest at it)
