"""Context rules for event cues: what a cue stands for, given who acts and who or what is hit.

``frontwatch.reading.event_types`` finds cue words; the ``rule`` column of ``data/event_lexicon.tsv`` names
the rule here that reads the dependency parse around a cue (helpers in ``event_parse``): the subject of
"seized" decides between Government regains territory and Non-state actor overtakes territory (and a seized
weapon makes Disrupted weapons use), the victims of "killed" between Attack and Armed clash, a crowd as
attacker makes Mob violence, an armed group saying it carried out an attack makes a claim of responsibility.
Protest context is read in ``protest_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import event_parse as parse
from frontwatch.reading import lexicons
from frontwatch.reading.actors import STATE_KINDS, state_forces_of
from frontwatch.reading.event_parse import Roles
from frontwatch.reading.gazetteer import Gazetteer
from frontwatch.reading.placenames import name_key
from frontwatch.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FAILED = {"fail", "attempt", "try"}


_BARRAGE = frozenset({"intense", "intensive", "heavy", "heavier", "indiscriminate", "relentless", "fierce", "aerial", "ferocious", "renewed", "continuous"})


def _country(token: Token) -> bool:
    """The token names a country ("Syria", "Turkey")."""
    return token.pos_ == "PROPN" and token.text.lower() in lexicons.country_names()


def _state_named(token: Token) -> bool:
    """The phrase names a country acting as its state ("Israel", "the United States"), no person or group of it."""
    return token.pos_ == "PROPN" and state_forces_of(" ".join(t.text for t in token.subtree)) is not None


def _bombardment(first: Token, roles: Roles) -> bool:
    """ "intense bombing of rebel-held areas", "the bombing of Aleppo", "the bombing on Idlib": bombing that
    pounds an area from the air, not a planted bomb ("a bombing at a market", "a bombing on a bus" stay
    explosives)."""
    if first.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _BARRAGE for c in first.children):
        return True
    # what is bombed: a place, or a name (the tagger often calls a town a nationality or an organisation);
    # "on" takes a named town or province only, as "on a checkpoint" or "on a bus" is where a bomb went off.
    # "the bombing campaign on Aleppo": the noun "bombing" names hangs the place on it
    nouns = [first, first.head] if first.dep_ == "compound" and first.head.pos_ == "NOUN" else [first]
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and _bombed_area(c.lower_, g, roles) for g in c.children)
               for noun in nouns for c in noun.children)


def _bombed_area(preposition: str, bombed: Token, roles: Roles) -> bool:
    """The object of "bombing of" / "bombing on" names an area pounded from the air."""
    if preposition == "of":
        return bombed.pos_ == "PROPN" or parse.is_place(bombed, roles)
    # "on the city of Aleppo": a settlement noun (lexicons/place_anaphors.tsv) with its name; "the checkpoint of X" is no area
    named = bombed.lemma_.lower() in lexicons.mapping("place_anaphors.tsv") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in bombed.children)
    return preposition == "on" and (bombed.pos_ == "PROPN" or bombed.ent_type_ in {"GPE", "LOC"} or named)


_AT = frozenset({"at", "in", "inside", "near", "outside", "from"})


def _facility(first: Token) -> bool:
    """A noun of detention named as a place: after a preposition of place, or with its own name ("Sednaya
    prison", "the prison of Palmyra", "Aleppo Central Prison")."""
    if first.pos_ not in {"NOUN", "PROPN"}:
        return False
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in first.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in first.children)
    return named or (first.dep_ == "pobj" and first.head.lower_ in _AT)


_RELATIVE_PRONOUNS = frozenset({"which", "that"})
_AIR_ACTS = frozenset({"strike", "airstrike", "sortie"})  # "a strike which destroyed a depot" is struck from the air


def _antecedent(doer: Token, verb: Token) -> Token:
    """ "an earlier strike on X which destroyed a post": the noun a relative pronoun stands for is the doer; the
    parser may hang the clause on the place the act was "on" or "near", so an act word that place depends on wins."""
    if doer.lower_ not in _RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return doer
    node = verb.head
    for _ in range(6):  # "strike on the outskirts of X which": up through two prepositional phrases
        if node.lemma_.lower() in _AIR_ACTS:
            return node
        if node.dep_ not in {"pobj", "prep", "compound"} or node.head is node:
            break
        node = node.head
    return verb.head


def _unheld_thing(obj: Token, head: Token, actors: list[ActorMention], roles: Roles) -> bool:
    """ "all the ward's beds were occupied", "every seat was taken": a common thing taken or filled with no armed
    side told as the taker or the loser is no capture of territory ("rebels captured a tank" keeps its fighters)."""
    if obj.pos_ != "NOUN" or obj.ent_type_ or any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} for t in obj.subtree):
        return False
    return parse.side(parse.subject(head), actors, roles) == "unknown" and parse.side(parse.taken_from(head), actors, roles) == "unknown"


def _armed_walkers(doer: Token | None, actors: list[ActorMention], roles: Roles) -> bool:
    """The subject of "march" is an armed side or its fighters (lexicons/person_nouns.txt "fighters"), by its head
    word: "opposition supporters", "relatives of missing soldiers", "members of the union" still demonstrate."""
    if doer is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in doer.children):
        return False
    if lexicons.mapping("person_nouns.txt").get(doer.lemma_.lower()) == "fighters":
        return True
    return any(a.start <= doer.idx < a.end and a.actor.kind != "civilians" for a in actors)


def _people_led(verb: Token, roles: Roles) -> bool:
    """ "militants marched 20 prisoners past the crowd", "the prisoners were marched through the streets": a verb of
    walking with people as its object, or in the passive, tells people led by others (prisoners, hostages); those
    who demonstrate march themselves ("protesters marched the streets": the streets are no people)."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    people = lexicons.mapping("person_nouns.txt").keys() | roles["person"]
    # the first noun after the verb ("marched at least 18 prisoners ..." is parsed in pieces when a clause follows)
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 6] if t.pos_ not in {"DET", "NUM", "ADV", "ADJ", "PRON"}), None)
    return after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in people


def _named_town(obj: Token) -> bool:
    """ "Troops seized Morek": a bare name the tagger took for a person that the gazetteer knows, spelled as it is,
    as a Syrian town or city (not a village: "Salma", "Rami" are also given names)."""
    if obj.pos_ != "PROPN" or obj.ent_type_ != "PERSON":
        return False
    name = " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
    gazetteer = Gazetteer.default()
    return any((place := gazetteer.entry_at(i).place).country_code == "SY" and place.kind in {"town", "city"}
               for i, _ in gazetteer.candidates(name_key(name), skeletons=False))


def _territory_taken(obj: Token, head: Token, actors: list[ActorMention], roles: Roles) -> bool:
    """What was seized is ground, though the parse calls it a person: a known town ("seized Morek"), or something
    taken from an armed side ("seized X from the rebels": people are freed from or handed over by a side)."""
    return _named_town(obj) or parse.side(parse.taken_from(head), actors, roles) != "unknown"


def apply_rule(rule: str, sub: str, first: Token, actors: list[ActorMention], protest: bool,
               roles: Roles) -> tuple[str | None, float]:
    """The sub-event type a cue stands for in its context (None: not an event here), and a score factor."""
    if rule == "self_claim":
        return (sub, 1.0) if _self_claim(first) else (None, 0.0)
    # only the verb's own subject: "troops used water cannon against students marching" is still a march
    if rule == "protest" and first.pos_ == "VERB" and _armed_walkers(next((c for c in first.children if c.dep_ == "nsubj"), None), actors, roles):
        return None, 0.0  # "its fighters marched 3 km towards the dam": troops on the move, no demonstration
    if rule == "protest" and first.pos_ == "VERB" and _people_led(first, roles):
        return None, 0.0  # "guards marched the prisoners through the town": people made to walk, no demonstration
    if rule == "riot":
        return "Violent demonstration", 1.0
    if rule == "releaser":
        return (sub, 1.0) if _released_by_someone(first) else (None, 0.0)
    if rule == "mobilized":
        return (sub, 1.0) if _armed_mobilized(first, actors, roles) else (None, 0.0)
    if rule == "with_protest":
        return (sub, 1.0) if protest else (None, 0.0)
    if rule == "intervention":
        if first.pos_ == "VERB" and not any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in first.children):
            return None, 0.0  # "the marchers dispersed after the speeches": nobody broke them up
        return sub, 1.0
    if rule == "violent":
        if protest:
            return "Violent demonstration", 1.0
        if sub != "Violent demonstration" and parse.crowd(parse.subject(parse.governing_verb(first)), actors, roles):
            return "Mob violence", 1.0  # a crowd burning a house; burning tyres stays a riot
        return sub, 1.0
    if rule == "arrest":
        if first.pos_ in {"VERB", "AUX"} and (doer := parse.subject(first)) is not None and parse.span_words(doer) & roles["aircraft"]:
            return "Air/drone strike", 1.0  # "Russian jets raided the village": an air raid, not a police raid
        if _facility(first):
            return None, 0.0  # "had died at Sednaya prison", "in the prison of Palmyra": where, not an arrest
        return ("Protest with intervention", 0.8) if protest else (sub, 1.0)
    head = parse.governing_verb(first) if first.pos_ not in {"VERB", "AUX"} else first
    place_factor = 1.0
    if rule == "territory" and first.pos_ == "VERB" and _no_ground(parse.object_of(head), roles) and not any(
        c.dep_ == "prep" and c.lower_ in {"to", "over", "into"} and parse.is_place(c, roles) for c in head.children
    ):
        # "the army secured the exit of 1,500 people": a thing done, no ground taken ("restored security to the
        # village of X" takes the village)
        return None, 0.0
    if rule == "take":
        # "Deir al-Adas was taken on Tuesday", "troops took the village": a place taken; "took part", "took
        # place", "took refuge", "taken out seven commanders", "were taken to hospital" take no place
        obj = parse.object_of(head) if first.pos_ == "VERB" else None
        if obj is None or obj.lemma_.lower() == "place" or any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "to") for c in head.children):
            return None, 0.0
        if not (obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lemma_.lower() in roles["place"] or _named_town(obj)):
            return None, 0.0
        rule = "territory"
    if rule == "capture":
        nominal = first.pos_ in {"NOUN", "PROPN"}  # "the capture of two journalists by gunmen"
        obj = _prep_object(first, "of") if nominal else parse.object_of(head)
        ground = obj is not None and not nominal and _territory_taken(obj, head, actors, roles)
        if obj is not None and parse.is_person(obj, roles) and not ground:
            captor = parse.side(_prep_object(first, "by") if nominal else parse.subject(head), actors, roles)
            return ("Abduction/forced disappearance" if captor == "nonstate" else "Arrests"), 0.9
        thing = parse.through_quantity(obj) if obj is not None else None
        if thing is not None and {thing.lemma_.lower(), thing.lower_} & roles["contraband"]:
            return "Organized crime", 1.2  # "seized 300 kg of heroin" (and the pistol beside it)
        if thing is not None and parse.span_words(thing) & roles["weapon"] and not parse.is_place(thing, roles):
            return "Disrupted weapons use", 1.2  # "seized a cache of rifles": weapons taken out of use
        if obj is not None and not parse.is_place(obj, roles) and not ground:
            if _unheld_thing(obj, head, actors, roles):
                return None, 0.0
            place_factor = 0.4  # "captured a tank": a thing, not territory
        rule = "territory"
    if rule == "territory":
        if any(a.lemma_.lower() in _FAILED for a in parse.ancestors(head, 2)):
            return "Armed clash", 0.8
        taker = parse.side(parse.subject(head), actors, roles)
        if taker == "state":
            return "Government regains territory", place_factor
        if taker == "nonstate":
            return "Non-state actor overtakes territory", place_factor
        # the taker unknown, the loser may be named: "seized the town from government troops"
        loser = parse.side(parse.taken_from(head), actors, roles)
        if loser == "state":
            return "Non-state actor overtakes territory", place_factor
        if loser == "nonstate":
            return "Government regains territory", 0.9 * place_factor
        return sub, 0.9 * place_factor
    if rule == "clash":
        return ("Mob violence", 1.0) if parse.crowd(parse.subject(head), actors, roles) else (sub, 1.0)
    if rule == "aircraft":
        return (None, 0.0) if _aircraft_as_thing(first, roles) else (sub, 1.0)
    if rule == "refusal":
        said = [c for c in first.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(c.dep_ in {"xcomp", "ccomp"} for c in first.children) or (said and parse.span_words(said[0]) & roles["speech"]):
            return None, 0.0  # "rejected the calls to halt the raids", "refused to pledge allegiance": words turned down, nothing done
        return sub, 1.0
    if rule == "blame":
        scope = list(head.subtree) if head is not first else list(first.subtree)
        violent = any(not parse.token_keys(t).isdisjoint(roles["violence"]) for t in scope if t is not first)
        return (sub, 1.0) if violent else (None, 0.0)
    if rule == "bomb":
        near = [first] + [t for t in (parse.subject(head),) if t is not None]
        # who strikes is named before the noun ("a teachers' strike", "a bus drivers' strike") or as the subject;
        # what comes after is what was hit ("strikes on the bus")
        strikers = [*first.lefts] + [t for t in near[1:] if t.i != first.i]
        if first.lemma_.lower() == "strike" and any(parse.span_words(t) & roles["labour"] for t in strikers):
            return "Peaceful protest", 1.2  # a teachers' strike, a general strike: labour, not aircraft
        armed = [a for t in near for a in parse.overlapping(t, actors) if a.actor.kind in STATE_KINDS]
        return ("Air/drone strike", 1.0) if armed or _bombardment(first, roles) else (sub, 1.0)
    if rule == "state_strike":
        # "Israel struck a weapons convoy", "Russia struck rebel positions": a state, or a foreign force, striking
        # a target (a convoy, a base, positions, a depot) strikes from the air; "struck a deal", "struck by grief"
        # and a strike by anyone else name no air strike
        doer = parse.subject(head) if first.pos_ in {"VERB", "AUX"} else None
        hit = [c for c in head.children if c.dep_ == "dobj"]
        if doer is None or not hit or not (parse.is_place(hit[0], roles) or parse.span_words(hit[0]) & (roles["armed_target"] | roles["weapon"])):
            return None, 0.0
        foreign = any(a.actor.kind == "foreign forces" for a in parse.overlapping(doer, actors))
        return ("Air/drone strike", 1.0) if foreign or _state_named(doer) else (None, 0.0)
    if rule == "transfer":
        entered = [c for c in head.children if c.dep_ == "dobj"]
        if entered and {entered[0].lemma_.lower()} & roles["building"]:
            return None, 0.0  # "before they entered the building": a building is no territory
        if entered and {entered[0].lemma_.lower()} & roles["stage"]:
            return None, 0.0  # "the group has entered its final phase", "the war entered its sixth year": no place is entered
        if entered and _country(entered[0]):
            return None, 0.0  # "fighters crossed the border to enter Syria": crossing into a country takes no place from anyone
        if entered and parse.is_person(entered[0], roles) and parse.side(entered[0], actors, roles) == "unknown":
            return None, 0.0  # "rescuers pulled an elderly man out of the rubble": people brought out, no force withdrawn
        if _forced(head):
            # "forcing rebels to retreat from their positions", "were forced to withdraw": a retreat under fire is
            # part of the fighting told beside it, never a handover without a fight
            return "Armed clash", 0.6
        moved = [c for c in head.children if c.dep_ == "nsubjpass"] or ([head.head] if head.dep_ == "acl" and head.tag_ == "VBN" else [])
        if moved and parse.side(moved[0], actors, roles) == "unknown":
            return None, 0.0  # "buses carrying people evacuated from two towns", "families were evacuated": no armed side moved
        if _deeper_into_own(head):
            return None, 0.0  # "the rebels retreated deeper into their enclave": no place named as given up
        mover = parse.subject(head)
        if mover is None:
            return sub, 0.7
        if not parse.token_keys(mover).isdisjoint(roles["violence"]):
            return None, 0.0  # "the blast near the group's base left 31 dead": an act leaves victims, no ground
        if _left_behind(head, roles):
            return None, 0.0  # "gunmen shelled the town, leaving heavy damage": what an act leaves, no ground given up
        return (sub, 1.0) if parse.side(mover, actors, roles) != "unknown" else (None, 0.0)
    if rule == "destroy":
        # "destroyed vehicles and hideouts of terrorists" is fighting; "destroyed homes" is property destruction;
        # "the Air Force destroyed a base", "air strikes destroyed vehicles" strike from the air
        doer = parse.subject(head) if first.pos_ in {"VERB", "AUX"} else None
        doer = _antecedent(doer, head) if doer is not None else None
        if doer is not None and (parse.span_words(doer) & roles["aircraft"] or doer.lemma_.lower() in _AIR_ACTS):
            return "Air/drone strike", 1.0
        kind = parse.victim_kind(parse.victims(first, head), actors, roles)
        return ("Armed clash", 0.8) if kind == "armed" else (sub, 1.0)
    if rule == "aim":
        # "rebels target government positions" is a clash, "gunmen target a bus" an attack on civilians;
        # "troops target the countryside" names neither the means nor who was hit: no event of its own
        doer = parse.subject(head) if first.pos_ in {"VERB", "AUX"} else None
        if doer is not None and not parse.token_keys(doer).isdisjoint(roles["violence"]):
            return None, 0.0  # "the attack targeted a checkpoint" says what that attack hit, no new event
        aimed = parse.victims(first, head)
        if first.dep_ == "compound" and first.tag_.startswith("NN"):
            aimed.append(first.head)  # "Rebels target regime forces" tagged as one noun phrase: its head was hit
        kind = parse.victim_kind(aimed, actors, roles)
        return {"armed": ("Armed clash", 1.0), "civilian": ("Attack", 1.0)}.get(kind, (None, 0.0))
    if rule == "toll":
        return _toll(first, head, actors, roles, sub)
    if rule == "under_fire":
        # "the Hanano district came under fire": a town or quarter under fire is shelled from afar; a patrol, a
        # convoy or troops under fire are in a fight
        under = parse.subject(head)
        return ("Shelling/artillery/missile attack", 1.0) if under is not None and (_settlement(under) or parse.is_place(under, roles)) else (sub, 1.0)
    if rule == "raid":
        # "12 raids hit Saraqib", "raids on the town of Kafr Batna": sorties counted or aimed at a place, with
        # no ground force named as the raider, are air raids; "rebels raided a checkpoint" is read as "target".
        counted = first.tag_ == "NNS" or any(c.dep_ == "nummod" for c in first.children)
        raider = parse.subject(head) if head is not first else parse.direct_subject(first)
        named = [c for c in first.children if c.i < first.i and c.dep_ in {"compound", "amod", "nmod", "poss"}]
        if counted and all(parse.side(t, actors, roles) == "unknown" for t in [raider, *named] if t is None or t.i != first.i):
            return "Air/drone strike", 2.5
        if counted and _air_only_raider([raider, *named], actors, roles):
            return "Air/drone strike", 2.5  # "the coalition carried out raids on Manbij": it fights from the air
        rule = "target"
    if rule == "target":
        if _into_the_air(first):
            return None, 0.0
        if parse.crowd(parse.subject(head), actors, roles):
            return "Mob violence", 1.2
        kind = parse.victim_kind(parse.victims(first, head), actors, roles)
        if kind == "civilian":
            return "Attack", 1.3
        if kind == "armed":
            return "Armed clash", 1.0
        # victims unnamed: a clash needs two armed sides in the sentence, one armed side alone attacked someone
        sides = _armed_sides(first, actors, roles)
        # only the verb's own object: "In another attack, shelling hit the district" says nothing of who held it
        hit = [v for v in first.children if v.dep_ == "dobj" and v.ent_type_ not in {"DATE", "TIME"}] if first.pos_ == "VERB" else []
        if hit and all(_settlement(v) for v in hit) and len(sides) == 1 and not _civilians_named(first.sent, actors, roles):
            # "IS fighters attacked the town of Suluk": an assault on a town or village, no civilians named, is
            # fought over (someone holds it); civilians named make it an Attack above
            return "Armed clash", 0.8
        if len(sides) == 1 and sub == "Armed clash":
            return "Attack", 0.8
        if len(sides) == 2 and sub == "Attack":
            return "Armed clash", 0.8
        return sub, 0.8
    return sub, 1.0


def _released_by_someone(verb: Token) -> bool:
    """ "the group released 20 captives", "detainees were released by the army": a party that releases people is
    named; "hundreds were released on Saturday" names none (the end of a captivity, no agreement between sides)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return not passive or any(c.dep_ == "agent" for c in verb.children)


def _armed_mobilized(first: Token, actors: list[ActorMention], roles: Roles) -> bool:
    """ "the army mobilized its reserves", "the mobilization of 5,000 fighters", "the group is mobilizing": troops
    or an armed group made ready; "the mobilization of the emergency services", "hospitals mobilized their staff"
    readies no armed group."""
    if first.pos_ in {"NOUN", "PROPN"}:
        made = [g for c in first.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    else:  # "the group is mobilizing", "the army mobilized its reserves": an armed doer readies its own
        made = [c for c in first.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    if not made:
        return True
    armed = roles["state"] | roles["nonstate"] | roles["armed_target"]
    return any(parse.span_words(m) & armed or any(a.actor.kind not in {"civilians", "protesters"} for a in parse.overlapping(m, actors))
               for m in made)


_UPWARD = frozenset({"air", "sky"})


def _air_only_raider(doers: list[Token | None], actors: list[ActorMention], roles: Roles) -> bool:
    """A raider named as the US-led coalition (actors.csv side "coalition", a foreign force), whose acts in the war
    are air strikes, with no ground troops in its words ("coalition special forces raided a house" is a raid)."""
    for doer in doers:
        if doer is None:
            continue
        named = parse.overlapping(doer, actors)
        if any(a.actor.side == "coalition" and a.actor.kind == "foreign forces" for a in named) and not (
                parse.span_words(doer) & roles["ground_troops"]):
            return True
    return False


def _into_the_air(verb: Token) -> bool:
    """ "a plume of smoke shooting into the air", "fired into the air to celebrate": shot upward, at no one."""
    return verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(g.lemma_.lower() in _UPWARD for g in c.children) for c in verb.children)


_FORCING = frozenset({"force", "compel", "oblige"})


_HANDLING = frozenset({"fly", "pilot", "operate", "rein", "ground", "buy", "sell", "supply", "acquire", "deliver", "board"})


def _aircraft_as_thing(first: Token, roles: Roles) -> bool:
    """A plane named as a thing, not as what struck: "the air force pilot", "flying a helicopter", "pilots on a test
    flight with a helicopter", "two jets were in the skies above the convoy"."""
    noun = first
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.lemma_.lower() not in roles["person"]:
        noun = noun.head  # "air force", "Mi-25 helicopter"
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in roles["person"]:
        return True  # "the air force pilot", "a helicopter crew member"
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ == "be":
        # "jets were in the skies above the convoy"; "jets were behind the attacks that hit the convoy on Monday"
        # blames them for an act, which reading.event_types tells news from a retelling
        return not any(c.lower_ in {"behind", "responsible"} for c in noun.head.children)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HANDLING:
        return True  # "were flying a helicopter", "to rein in the air force"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"with", "aboard", "in"} and noun.head.head.pos_ == "NOUN" and parse.token_keys(noun.head.head).isdisjoint(roles["violence"]):
        return True  # "on a test flight with a helicopter"
    return False


def _left_behind(verb: Token, roles: Roles) -> bool:
    """ "leaving material damage", "leaving dozens killed", "left many casualties": what "leave" names is the harm an
    act did (event_roles.tsv's aftermath), not a place withdrawn from."""
    if verb.lemma_.lower() != "leave":
        return False
    said = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp", "attr"}]
    return any(parse.span_words(c) & roles["aftermath"] for c in said)


def _forced(verb: Token) -> bool:
    """ "forcing X to retreat", "X were forced to withdraw", "compelled to pull out": the move is made under force."""
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _FORCING


_SETTLEMENT_WORDS = frozenset({"town", "village", "city", "neighbourhood", "neighborhood", "district", "suburb"})


def _settlement(noun: Token) -> bool:
    """A town, village or quarter, by its name ("Suluk") or its noun ("the town of X", "the village")."""
    return noun.ent_type_ in {"GPE", "LOC"} or noun.lemma_.lower() in _SETTLEMENT_WORDS


def _civilians_named(sent: Span, actors: list[ActorMention], roles: Roles) -> bool:
    """Civilians named anywhere in the sentence, as an actor or by a noun of people ("a woman was injured")."""
    return any(a.actor.kind == "civilians" and sent.start_char <= a.start < sent.end_char for a in actors) or any(
        parse.victim_kind([t], actors, roles) == "civilian" for t in sent if t.pos_ == "NOUN")


_TOLL_PREPS = {"in", "among", "from", "of", "within", "upon", "on"}


def _prep_object(noun: Token, preposition: str) -> Token | None:
    """The object of the noun's ``preposition`` ("the capture of X by Y")."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition for g in c.children if g.dep_ == "pobj"), None)


def _toll(first: Token, head: Token, actors: list[ActorMention], roles: Roles, sub: str) -> tuple[str | None, float]:
    """A word that only counts the dead, read like "killed": civilians killed are an Attack, fighters killed a
    clash; with no victims named it is the Deaths reported the lexicon lists ("casualties in Idlib")."""
    if first.lemma_.lower() == "loss" and first.tag_ != "NNS":
        return None, 0.0  # "the loss of Palmyra" is a place lost, not lives
    victims = [c for c in first.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < first.i]
    victims += [g for p in first.children if p.dep_ == "prep" and p.lower_ in _TOLL_PREPS
                for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in {"GPE", "LOC", "FAC"}
                and not {g.lemma_.lower(), g.lower_} & roles["place"]]  # "losses among the rebels", not "in the village"
    if first.pos_ in {"VERB", "AUX"}:  # "a child dies", "13 people martyred"
        victims += [c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if first.dep_ in {"acl", "amod"}:
            victims.append(first.head)
    kind = parse.victim_kind(victims, actors, roles)
    if kind == "civilian":
        return "Attack", 1.0
    if kind == "armed":
        return "Armed clash", 1.0
    return sub, 1.0


def _armed_sides(token: Token, actors: list[ActorMention], roles: Roles) -> set[str]:
    """The armed sides (state, nonstate) named in a token's sentence, by the actor dictionary or role words."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    out = {"state" if a.actor.side == "government" or a.actor.kind in {"state forces", "police"} else "nonstate"
           for a in actors if start <= a.start < end and a.actor.kind not in {"civilians", "protesters"}}
    for t in sent:
        keys = parse.token_keys(t)
        if keys & roles["state"] and t.pos_ in {"NOUN", "PROPN"}:
            out.add("state")
        if keys & roles["nonstate"] and t.pos_ in {"NOUN", "PROPN"}:
            out.add("nonstate")
    return out


_CLAIM_VERBS = {"say", "claim", "announce", "admit", "confirm", "state", "acknowledge", "declare", "boast"}


def _self_claim(verb: Token) -> bool:
    """An armed group saying that it (or its fighters) carried out the act: a claim of responsibility."""
    reporting = verb.head if verb.dep_ in {"ccomp", "xcomp", "conj"} else None
    if reporting is None or reporting.lemma_.lower() not in _CLAIM_VERBS:
        return False
    doer = parse.direct_subject(verb)
    own = doer is not None and ({doer.lower_} | {t.lower_ for t in doer.children}) & {"it", "its", "we", "our", "they",
                                                                                       "their"}
    return bool(own)


def _no_ground(obj: Token | None, roles: Roles) -> bool:
    """What a verb of taking ground acts on is a common noun that names no place, person or group ("secured the
    exit of 1,500 people", "regained the initiative"): no territory changes hands."""
    if obj is None or obj.pos_ != "NOUN" or parse.is_person(obj, roles):
        return False
    # the phrase itself, not where it happened ("the release of 40 hostages in the town of X")
    phrase = [obj] + [t for c in obj.children if not (c.dep_ == "prep" and c.lower_ in _WHERE) for t in c.subtree]
    return not any(t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} or t.lemma_.lower() in roles["place"] for t in phrase)


_WHERE = frozenset({"in", "at", "near", "inside", "outside", "around", "on"})


def _deeper_into_own(head: Token) -> bool:
    """A withdrawal "deeper into" an area, or into the movers' own one ("into their enclave"): it names no place
    given up."""
    into = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"into", "to", "towards", "toward"}]
    deeper = any(c.lower_ == "deeper" for c in head.children)
    own = any(g.dep_ == "poss" and g.lower_ in {"their", "its", "his"} for p in into for o in p.children for g in o.children)
    return bool(into) and (deeper or own) and not any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)
