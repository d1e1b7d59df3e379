"""Context rules for event cues: who acts, who is hit, whether it happened.

``frontwatch.reading.event_types`` finds cue words; the ``rule`` column of ``data/event_lexicon.tsv`` names
the rule here that reads the dependency parse around a cue: the subject of "seized" decides between
Government regains territory and Non-state actor overtakes territory, the victims of "killed" between
Attack and Armed clash, a crowd as attacker makes Mob violence, negation and threats lower the score.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontwatch.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

Roles = dict[str, set[str]]  # role -> lemmas (data/event_roles.tsv)

_NEGATORS = {"deny", "refute", "dismiss"}
_UNREAL = {"threaten", "plan", "vow", "intend", "prepare", "warn", "seek", "aim", "plot", "want", "could", "would", "may",
           "might", "propose", "urge", "demand", "ask", "call", "stop", "halt", "end", "prevent", "avoid"}
_FAILED = {"fail", "attempt", "try"}
_GOVERNMENT_SIDES = {"government"}
_AIR_CAPABLE = {"state forces", "foreign forces"}


def token_keys(token: Token) -> set[str]:
    """Lemma, lower-cased form, and crude stems for words the lemmatizer misses ("raped" -> "rape")."""
    lower = token.lower_
    keys = {token.lemma_.lower(), lower}
    for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            keys.add(lower[: -len(suffix)] + repl)
    return keys


def governing_verb(token: Token) -> Token:
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return node
        node = node.head
    return node


def modality(verb: Token) -> float:
    """1.0 for a reported event; lower when negated, denied, threatened or planned."""
    factor = 1.0
    node = verb
    for depth in range(3):
        lemma = node.lemma_.lower()
        if any(c.dep_ == "neg" for c in node.children) and depth < 2:
            factor *= 0.2
        if depth and lemma in _NEGATORS:
            factor *= 0.2
        if depth == 0 and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            factor *= 0.6  # "an offensive to recapture the road": aimed at, not done
        if (depth and lemma in _UNREAL) or any(c.lower_ in {"will", "would", "could", "might"} and c.dep_ == "aux" for c in node.children):
            factor *= 0.5
        if node.head is node:
            break
        node = node.head
    return factor


def apply_rule(rule: str, sub: str, first: Token, actors: list[ActorMention], protest: bool,
               roles: Roles) -> tuple[str | None, float]:
    """The sub-event type a cue stands for in its context (None: not an event here), and a score factor."""
    if rule == "self_claim":
        return (sub, 1.0) if _self_claim(first) else (None, 0.0)
    if rule == "riot":
        return "Violent demonstration", 1.0
    if rule == "with_protest":
        return (sub, 1.0) if protest else (None, 0.0)
    if rule == "intervention":
        if first.pos_ == "VERB" and not any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in first.children):
            return None, 0.0  # "the marchers dispersed after the speeches": nobody broke them up
        return sub, 1.0
    if rule == "violent":
        if protest:
            return "Violent demonstration", 1.0
        if sub != "Violent demonstration" and _crowd(_subject(governing_verb(first)), actors, roles):
            return "Mob violence", 1.0  # a crowd burning a house; burning tyres stays a riot
        return sub, 1.0
    if rule == "arrest":
        return ("Protest with intervention", 0.8) if protest else (sub, 1.0)
    head = governing_verb(first) if first.pos_ not in {"VERB", "AUX"} else first
    place_factor = 1.0
    if rule == "capture":
        obj = _object(head)
        if obj is not None and _is_person(obj, roles):
            side = _side(_subject(head), actors, roles)
            return ("Abduction/forced disappearance" if side == "nonstate" else "Arrests"), 0.9
        thing = through_quantity(obj) if obj is not None else None
        if thing is not None and {thing.lemma_.lower(), thing.lower_} & roles["contraband"]:
            return "Organized crime", 1.2  # "seized 300 kg of heroin" (and the pistol beside it)
        if thing is not None and _span_words(thing) & roles["weapon"] and not _is_place(thing, roles):
            return "Disrupted weapons use", 1.2  # "seized a cache of rifles": weapons taken out of use
        if obj is not None and not _is_place(obj, roles):
            place_factor = 0.4  # "captured a tank": a thing, not territory
        rule = "territory"
    if rule == "territory":
        if any(a.lemma_.lower() in _FAILED for a in ancestors(head, 2)):
            return "Armed clash", 0.8
        side = _side(_subject(head), actors, roles)
        if side == "state":
            return "Government regains territory", place_factor
        if side == "nonstate":
            return "Non-state actor overtakes territory", place_factor
        # the taker unknown, the loser may be named: "seized the town from government troops"
        loser = _side(_taken_from(head), actors, roles)
        if loser == "state":
            return "Non-state actor overtakes territory", place_factor
        if loser == "nonstate":
            return "Government regains territory", 0.9 * place_factor
        return sub, 0.9 * place_factor
    if rule == "clash":
        return ("Mob violence", 1.0) if _crowd(_subject(head), actors, roles) else (sub, 1.0)
    if rule == "blame":
        scope = list(head.subtree) if head is not first else list(first.subtree)
        violent = any(not token_keys(t).isdisjoint(roles["violence"]) for t in scope if t is not first)
        return (sub, 1.0) if violent else (None, 0.0)
    if rule == "bomb":
        near = [first] + [t for t in (_subject(head),) if t is not None]
        if first.lemma_.lower() == "strike" and any(_span_words(t) & roles["labour"] for t in near):
            return "Peaceful protest", 1.2  # a teachers' strike, a general strike: labour, not aircraft
        armed = [a for t in near for a in _overlapping(t, actors) if a.actor.kind in _AIR_CAPABLE]
        return ("Air/drone strike", 1.0) if armed else (sub, 1.0)
    if rule == "transfer":
        subject = _subject(head)
        if subject is None:
            return sub, 0.7
        return (sub, 1.0) if _side(subject, actors, roles) != "unknown" else (None, 0.0)
    if rule == "destroy":
        # "destroyed vehicles and hideouts of terrorists" is fighting; "destroyed homes" is property destruction
        kind = _victim_kind(_victims(first, head), actors, roles)
        return ("Armed clash", 0.8) if kind == "armed" else (sub, 1.0)
    if rule == "target":
        if _crowd(_subject(head), actors, roles):
            return "Mob violence", 1.2
        victims = _victims(first, head)
        kind = _victim_kind(victims, actors, roles)
        if kind == "civilian":
            return "Attack", 1.3
        if kind == "armed":
            return "Armed clash", 1.0
        return sub, 0.8
    return sub, 1.0


PROTEST_VIOLENCE = {"Attack", "Armed clash", "Looting/property destruction", "Mob violence", "Violent demonstration",
                    "Excessive force against protesters"}
_DEADLY = {"kill", "die", "dead", "death", "gunshot", "live", "fatal", "fatally", "bloodshed", "massacre", "lethal"}
_WOUNDING = {"wound", "wounded", "stab", "hospitalise", "hospitalize", "hospitalised", "hospitalized", "critical",
             "critically", "seriously", "severely", "bullet", "injury", "injure", "injured", "hurt", "unconscious",
             "bleed", "bleeding"}
_FIRING = {"fire", "shoot", "open"}
# less-lethal means of dispersal; batons are not among them: a beating that injures is excessive force
_LESS_LETHAL = {"tear", "teargas", "cannon", "rubber", "plastic", "pellet", "pepper", "stun", "air", "warning", "blank",
                "spray"}


_CLAIM_VERBS = {"say", "claim", "announce", "admit", "confirm", "state", "acknowledge", "declare", "boast"}


def _self_claim(verb: Token) -> bool:
    """An armed group saying that it (or its fighters) carried out the act: a claim of responsibility."""
    reporting = verb.head if verb.dep_ in {"ccomp", "xcomp", "conj"} else None
    if reporting is None or reporting.lemma_.lower() not in _CLAIM_VERBS:
        return False
    doer = _direct_subject(verb)
    own = doer is not None and ({doer.lower_} | {t.lower_ for t in doer.children}) & {"it", "its", "we", "our", "they",
                                                                                       "their"}
    return bool(own)


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
    head = governing_verb(first) if first.pos_ not in {"VERB", "AUX"} else first
    if any({v.lemma_.lower(), v.lower_} & roles["symbolic"] for v in _victims(first, head)):
        return None, 0.0  # "burnt an effigy of the minister": a gesture of the protest
    if rule in {"riot", "violent"}:
        return None
    agent = _subject(head)
    casualty = head.lemma_.lower() in {"die", "suffer"}  # "two protesters died": the subject is the victim
    if agent is not None and not casualty and _protesting(agent, actors, roles):
        if _victim_kind(_victims(first, head), actors, roles) == "civilian" and sub != "Looting/property destruction":
            return "Mob violence", 4.0  # a crowd turning on people rather than on the police or property
        return "Violent demonstration", 4.0
    victims = [agent] if casualty and agent is not None else _victims(first, head) + [
        c for p in head.children if p.dep_ == "prep" and p.lower_ in {"into", "toward", "towards"}
        for c in p.children if c.dep_ == "pobj"]
    hit_crowd = any(_protesting(v, actors, roles) for v in victims)
    if not hit_crowd and any(_side(v, actors, roles) == "state" for v in victims):
        return "Violent demonstration", 4.0
    if agent is None and sub == "Looting/property destruction":
        return "Violent demonstration", 3.5  # "vehicles were torched" during a protest: by the crowd
    if not hit_crowd and (casualty or _side(agent, actors, roles) == "unknown"):
        if agent is None or casualty:
            if _victim_kind(victims, actors, roles) == "civilian" and first.lemma_.lower() in {"kill", "die"}:
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


_PROTEST_WORDS = {"protest", "demonstrate", "demonstration", "rally", "march", "sit-in", "strike", "vigil"}
_GRIEVANCE_VERBS = {"demand", "denounce", "condemn", "decry", "mourn", "commemorate", "seek", "call", "oppose"}


def _protesting(token: Token, actors: list[ActorMention], roles: Roles) -> bool:
    if any(a.actor.kind == "protesters" for a in _overlapping(token, actors)):
        return True
    head = {token.lemma_.lower(), token.lower_}
    return bool(head & roles["protester"]) or bool(_span_words(token) & roles["protester"] and head & roles["crowd"])


QUANTITY = {"dozen", "dozens", "number", "hundred", "hundreds", "thousand", "thousands", "set", "pair", "couple",
            "lot", "series", "quantity", "quantities", "amount", "batch", "tons", "ton", "tonne", "tonnes", "kg",
            "kilogram", "kilo", "gram", "pound", "consignment", "shipment", "haul", "load", "stash", "cache", "stockpile"}


def through_quantity(token: Token) -> Token:
    """What a quantity phrase counts: "300 kg of heroin" -> heroin, "dozens of mines" -> mines."""
    if token.lemma_.lower() in QUANTITY or token.lower_ in QUANTITY:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return pobj
    return token


def ancestors(token: Token, n: int) -> Iterable[Token]:
    node = token
    for _ in range(n):
        if node.head is node:
            return
        node = node.head
        yield node


_PRONOUNS = {"it", "they", "he", "she", "we", "its", "their"}


def _subject(verb: Token) -> Token | None:
    """Who did it; a pronoun ("the army announced that it had seized") stands for the subject above it."""
    subject = _direct_subject(verb)
    node = verb
    for _ in range(3):
        if subject is None or subject.lower_ not in _PRONOUNS or node.head is node:
            break
        node = node.head
        above = _direct_subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if above is not None and above.lower_ not in _PRONOUNS:
            return above
    return subject


def _direct_subject(verb: Token) -> Token | None:
    """The active subject, the passive agent, or who something "fell to"."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in {"to", "into"} and verb.lemma_ == "fall":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_ == "hand":
                    of = next((g for g in pobj.children if g.lower_ == "of"), None)
                    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                return pobj
            if child.dep_ == "prep" and child.lower_ == "by" and verb.pos_ == "NOUN":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp"} and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _taken_from(verb: Token) -> Token | None:
    """Who lost the place: the object of "from" ("retook the town from the rebels"), also on the object."""
    for node in [verb] + [c for c in verb.children if c.dep_ == "dobj"]:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return None


def _victims(first: Token, head: Token) -> list[Token]:
    """Who was hit: the object of "killed", the subject of "were killed", what an "attack on" targeted."""
    out = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    for node in (first, head):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "at", "targeting"}:
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    if first.dep_ in {"dobj", "pobj"} and first.pos_ == "NOUN":  # "carried out an attack on", "killed in an attack"
        out.extend(c for c in first.head.children if c.dep_ == "nsubjpass")
    return out


def _span_words(token: Token) -> set[str]:
    subtree = list(token.subtree)[:12]
    return {t.lemma_.lower() for t in subtree} | {t.lower_ for t in subtree}


def _overlapping(token: Token, actors: list[ActorMention]) -> list[ActorMention]:
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
    return [a for a in actors if a.start < end and a.end > start]


def _side(subject: Token | None, actors: list[ActorMention], roles: Roles) -> str:
    """state | nonstate | unknown for the one who acts."""
    if subject is None:
        return "unknown"
    named = _overlapping(subject, actors)
    armed = [a for a in named if a.actor.kind not in {"civilians", "protesters"}]
    if armed:
        first = min(armed, key=lambda a: a.start)
        if first.actor.side in _GOVERNMENT_SIDES:
            return "state"
        # a state's own army acting in its own country ("Iraqi forces recaptured ..."), unless the dictionary
        # places that state with the opposition of the conflict it knows (Turkey's forces in Syria)
        return "state" if first.actor.kind == "foreign forces" and first.actor.side != "opposition" else "nonstate"
    words = _span_words(subject)
    if words & roles["nonstate"]:
        return "nonstate"
    if words & roles["state"]:
        return "state"
    return "unknown"


def _victim_kind(victims: list[Token], actors: list[ActorMention], roles: Roles) -> str:
    for victim in victims:
        if any(a.actor.kind in {"civilians", "protesters"} for a in _overlapping(victim, actors)):
            return "civilian"
        if _overlapping(victim, actors):
            return "armed"
        head = {victim.lemma_.lower(), victim.lower_}
        words = _span_words(victim)
        if head & roles["armed_target"] or (words & roles["armed_target"] and not head & roles["civilian"]):
            return "armed"
        if head & roles["civilian"] or words & roles["civilian"] or victim.ent_type_ == "PERSON":
            return "civilian"
    return "unknown"


def _crowd(subject: Token | None, actors: list[ActorMention], roles: Roles) -> bool:
    """Villagers, a crowd, rival communities: people acting without an armed organisation."""
    if subject is None or any(a.actor.kind not in {"civilians"} for a in _overlapping(subject, actors)):
        return False
    words = _span_words(subject)
    if words & {"unknown", "unidentified", "masked", "armed"}:
        return False  # "unknown people set fire to the school": perpetrators, not a crowd
    return bool(words & roles["crowd"]) and not words & (roles["state"] | roles["nonstate"])


def _is_place(token: Token, roles: Roles) -> bool:
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    words = {t.lemma_.lower() for t in list(token.subtree)[:8]}
    return bool(words & roles["place"]) or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in token.subtree)


def _is_person(token: Token, roles: Roles) -> bool:
    if token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    head = {token.lemma_.lower(), token.lower_}
    if head & roles["place"]:
        return False
    return token.ent_type_ == "PERSON" or bool(head & roles["person"]) or token.ent_type_ == "NORP"
