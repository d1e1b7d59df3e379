"""Event typing: ACLED sub-event cues on sentences written for these tests, CASE codes, FA-KES sanity."""

from __future__ import annotations

import csv
import re
from collections import Counter
from typing import Any

import pytest

from conftest import shared_path
from frontwatch.reading.event_types import EventCue, classify_snippet, classify_sub_event, find_event_cues, lexicon

ACLED_SUB_TYPES = 25


@pytest.fixture(scope="session")
def nlp() -> Any:
    from frontwatch.pipeline import load_nlp

    return load_nlp()


def cues(nlp: Any, text: str) -> list[EventCue]:
    doc = nlp(text)
    return [c for s in doc.sents for c in find_event_cues(s)]


CASES = [
    ("Government troops recaptured the village of Tal Rifaat from rebels on Sunday.", "GOV_REGAINS_TERIT"),
    ("The army established control over the Jabal Badro neighbourhood, SANA reported.", "GOV_REGAINS_TERIT"),
    ("The rebels were driven out of the town by the army.", "GOV_REGAINS_TERIT"),
    ("Islamic State militants seized the town of Palmyra after a three-day assault.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The town fell to Kurdish-led fighters on Tuesday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Taliban fighters overran the district headquarters after days of fighting.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Heavy clashes broke out between the army and insurgents near the airport.", "ARMED_CLASH"),
    ("Militants ambushed a police patrol, killing four officers.", "ARMED_CLASH"),
    ("Security forces killed four militants in an exchange of fire.", "ARMED_CLASH"),
    ("Russian warplanes bombed a market in Idlib, killing 12 civilians.", "AIR_STRIKE"),
    ("Regime helicopters dropped barrel bombs on Daraya.", "AIR_STRIKE"),
    ("Israeli jets struck targets near Damascus overnight.", "AIR_STRIKE"),
    ("Rebels fired mortar shells at government-held neighbourhoods of western Aleppo.", "ART_MISS_ATTACK"),
    ("Three children were killed when a mortar round hit their home in the city.", "ART_MISS_ATTACK"),
    ("A roadside bomb exploded near a military convoy, wounding three soldiers.", "REM_EXPLOS"),
    ("A landmine exploded under a vehicle, killing a shepherd.", "REM_EXPLOS"),
    ("A suicide bomber blew himself up at a checkpoint, killing eight.", "SUIC_BOMB"),
    ("Activists said the regime used chlorine gas in an attack on the town.", "CHEM_WEAP"),
    ("Militants hurled a grenade at a security patrol in the market.", "GRENADE"),
    ("Gunmen kidnapped a local businessman and demanded a ransom.", "ABDUCT_DISSAP"),
    ("The rebels captured a senior army officer.", "ABDUCT_DISSAP"),
    ("Soldiers raped two women during a raid on the village.", "SEX_VIOL"),
    ("Gunmen shot dead a teacher in front of his house.", "ATTACK"),
    ("Gunmen on a motorcycle opened fire on a wedding party, killing five guests.", "ATTACK"),
    ("Hundreds of people protested peacefully in the capital against fuel price rises.", "PEACE_PROTEST"),
    ("Workers went on strike to demand unpaid wages.", "PEACE_PROTEST"),
    ("Police fired tear gas to disperse demonstrators who had gathered outside parliament.", "PROTEST_WITH_INTER"),
    ("Security forces opened fire on protesters, killing six people.", "FORCE_AGAINST_PROTEST"),
    ("Protesters threw stones at police and set tyres on fire.", "VIOL_DEMONSTR"),
    ("A mob lynched a man suspected of theft.", "MOB_VIOL"),
    ("Villagers from two rival communities clashed with machetes over grazing land.", "MOB_VIOL"),
    ("Police arrested 15 people suspected of links to the group.", "ARREST"),
    ("The two sides agreed a ceasefire in the southern province.", "AGREEMENT"),
    ("Rebels handed over the town to government forces under a deal.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Engineers defused an explosive device planted near the school.", "DISR_WEAP"),
    ("Air defences intercepted two drones over the air base.", "DISR_WEAP"),
    ("The group set up a new headquarters in the town.", "HQ_ESTABLISHED"),
    ("Fighters looted shops and burned houses in the village.", "PROPERTY_DISTRUCT"),
    ("Dozens of fighters defected from the group and joined the rival faction.", "CHANGE_TO_GROUP_ACT"),
    ("The U.N. envoy proposed a plan, which the government refused.", "OTHER"),
    ("Police dismantled a drug trafficking network and seized 300 kg of heroin.", "ORG_CRIME"),
    ("A magnitude 6.1 earthquake struck the region, killing 20 people.", "NATURAL_DISASTER"),
    ("A gas cylinder explosion at a restaurant killed six people.", "MAN_MADE_DISASTER"),
    ("The country expelled four diplomats and recalled its ambassador.", "DIPLO"),
    ("Islamic State claimed responsibility for the blast in an online statement.", "ATTRIB"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_classify_snippet(nlp: Any, text: str, code: str) -> None:
    assert classify_snippet(text, nlp) == code


def test_every_case_code_is_covered_by_the_cases() -> None:
    codes = {row["case_code"] for row in lexicon().types.values() if row["case_code"]}
    assert len(codes) == ACLED_SUB_TYPES + 5
    assert codes == {code for _, code in CASES}
    # the one type CASE has no code for: a toll that names no act, which snippet typing never returns
    assert [r["sub_event_type"] for r in lexicon().types.values() if not r["case_code"]] == ["Deaths reported"]


def test_taxonomy_maps_both_ways() -> None:
    lex = lexicon()
    assert lex.sub_event_type("GOV_REGAINS_TERIT") == "Government regains territory"
    assert lex.event_type("Government regains territory") == "Battles"
    assert lex.case_code("Shelling/artillery/missile attack") == "ART_MISS_ATTACK"
    acled = [r for r in lex.types.values() if r["event_type"] != "Not ACLED"]
    assert len(acled) == ACLED_SUB_TYPES
    assert {r["event_type"] for r in acled} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"}


def test_cue_offsets_and_types(nlp: Any) -> None:
    text = "Late on Monday, SANA reported troops had established fire control over the Bustan al-Basha district."
    found = cues(nlp, text)
    assert found, "a fire-control cue is expected"
    for cue in found:
        assert text[cue.start:cue.end] == cue.trigger
        assert lexicon().event_type(cue.sub_event_type) == cue.event_type
    assert {c.sub_event_type for c in found} >= {"Government regains territory"}


def test_cue_offsets_are_into_the_doc_text(nlp: Any) -> None:
    doc = nlp("Nothing happened here. Then rebels shelled the checkpoints.")
    second = list(doc.sents)[1]
    (cue,) = [c for c in find_event_cues(second) if c.sub_event_type == "Shelling/artillery/missile attack"]
    assert doc.text[cue.start:cue.end] == "shelled"


def test_subject_decides_territory_type(nlp: Any) -> None:
    gov = {c.sub_event_type for c in cues(nlp, "Pro-government troops seized the Hanano Housing district.")}
    rebels = {c.sub_event_type for c in cues(nlp, "Rebels seized the Hanano Housing district.")}
    assert "Government regains territory" in gov and "Non-state actor overtakes territory" not in gov
    assert "Non-state actor overtakes territory" in rebels and "Government regains territory" not in rebels


def test_negation_and_threats_lower_the_score(nlp: Any) -> None:
    (done,) = [c for c in cues(nlp, "The army captured the town.") if c.trigger == "captured"]
    (negated,) = [c for c in cues(nlp, "The army did not capture the town.") if c.trigger == "capture"]
    (denied,) = [c for c in cues(nlp, "The ministry denied that its jets bombed the hospital.") if c.trigger == "bombed"]
    (bombed,) = [c for c in cues(nlp, "Its jets bombed the hospital.") if c.trigger == "bombed"]
    assert negated.score < done.score / 2
    assert denied.score < bombed.score / 2
    (threat,) = [c for c in cues(nlp, "The rebels threatened to attack the base.") if c.trigger == "attack"]
    (attack,) = [c for c in cues(nlp, "The rebels attacked the base.") if c.trigger == "attacked"]
    assert threat.score < attack.score


def test_failed_capture_is_a_clash(nlp: Any) -> None:
    subs = {c.sub_event_type for c in cues(nlp, "Rebels failed to capture the airport.")}
    assert "Armed clash" in subs and "Non-state actor overtakes territory" not in subs


def test_protest_modifiers_need_a_protest(nlp: Any) -> None:
    assert "Excessive force against protesters" not in {c.sub_event_type for c in cues(nlp, "Soldiers killed two men.")}
    assert classify_sub_event("Soldiers killed two men.", nlp) != "Excessive force against protesters"


def test_a_cleared_road_is_police_at_a_protest_only_beside_one(nlp: Any) -> None:
    # "clear the road so ambulances can pass" is traffic; "cleared the square of marchers" ends a protest
    assert classify_sub_event("Guards fired shots to clear the street so the fire engines could pass.", nlp) != "Protest with intervention"
    assert classify_sub_event("Riot police cleared the square after a protest against fuel prices.", nlp) == "Protest with intervention"


def test_no_cue_is_other(nlp: Any) -> None:
    assert classify_snippet("The weather was mild and the markets were open.", nlp) == "OTHER"


def test_fakes_articles_by_crowd_cause(nlp: Any) -> None:
    """FA-KES crowd 'cause_of_death': chemical articles read as chemical weapons, explosions as explosions."""
    path = shared_path("data", "fa-kes", "fakes.csv")
    with path.open(encoding="utf-8") as f:
        rows = list({r["unit_id"]: r for r in csv.DictReader(f)}.values())
    by_cause: dict[str, Counter[str]] = {}
    for row in rows:
        if row["cause_of_death"] not in {"chemical and toxic gases", "explosion"}:
            continue
        lead = " ".join(re.split(r"(?<=[.!?])\s+", row["article_content"])[:2])
        code = classify_snippet((row["article_title"] + ". " + lead)[:600], nlp)
        by_cause.setdefault(row["cause_of_death"], Counter())[code] += 1
    chem = by_cause["chemical and toxic gases"]
    assert chem["CHEM_WEAP"] / sum(chem.values()) > 0.7
    blasts = by_cause["explosion"]
    assert (blasts["REM_EXPLOS"] + blasts["SUIC_BOMB"]) / sum(blasts.values()) > 0.75


def test_labour_strike_is_a_protest_and_air_strike_is_not(nlp: Any) -> None:
    assert classify_snippet("Truck drivers began a strike over fuel prices.", nlp) == "PEACE_PROTEST"
    assert classify_snippet("A US-led strike killed 18 civilians.", nlp) == "AIR_STRIKE"
    # what comes after the noun is what was hit, not who strikes
    assert classify_snippet("Nine civilians were killed in strikes on a bus near the town.", nlp) != "PEACE_PROTEST"
    assert classify_snippet("Bus drivers held a strike in the city.", nlp) == "PEACE_PROTEST"


def test_pronoun_subject_takes_the_reporting_subject(nlp: Any) -> None:
    found = cues(nlp, "The army announced that it had seized two villages.")
    assert [c.sub_event_type for c in found if c.trigger == "seized"] == ["Government regains territory"]


def test_chemical_factory_fire_is_not_a_chemical_weapon(nlp: Any) -> None:
    assert classify_snippet("A fire broke out at a chemical factory, killing four workers.", nlp) == "MAN_MADE_DISASTER"


def test_destroying_fighters_vehicles_is_fighting_not_property_destruction(nlp: Any) -> None:
    fighting = {c.sub_event_type for c in cues(nlp, "Army units destroyed vehicles and hideouts of the terrorists.")}
    homes = {c.sub_event_type for c in cues(nlp, "The militia destroyed dozens of homes in the village.")}
    assert "Armed clash" in fighting and "Looting/property destruction" not in fighting
    assert "Looting/property destruction" in homes


def test_civilians_leaving_is_not_a_territory_transfer(nlp: Any) -> None:
    civilians = {c.sub_event_type for c in cues(nlp, "Thousands of civilians left the eastern districts.")}
    troops = {c.sub_event_type for c in cues(nlp, "The rebels withdrew from the eastern districts.")}
    assert "Non-violent transfer of territory" not in civilians
    assert "Non-violent transfer of territory" in troops


def test_quantity_phrases_reach_the_object(nlp: Any) -> None:
    text = "Syrian state media said the army had dismantled dozens of mines planted by terrorists in the area."
    assert classify_snippet(text, nlp) == "DISR_WEAP"


# The project's own development set (eval/dev/event_types_dev.tsv): illustrative snippets written for the project
# from ACLED's codebook, at least 15 per CASE code. The floor is the measured weighted F1 rounded down; raise it
# when the typing improves, never lower it to make a change pass.
DEV_WEIGHTED_F1_FLOOR = 0.91
DEV_CODE_RECALL_FLOOR = 0.4


def test_dev_set_covers_every_code_with_enough_snippets() -> None:
    from frontwatch.evaluation.types_dev import load_dev

    counts = Counter(code for code, _ in load_dev())
    assert set(counts) == {row["case_code"] for row in lexicon().types.values() if row["case_code"]}
    assert min(counts.values()) >= 15


def test_dev_set_scores_hold_their_floor() -> None:
    from frontwatch.evaluation.case2021 import score_snippets
    from frontwatch.evaluation.types_dev import load_dev

    rows = load_dev()
    scores = score_snippets([text for _, text in rows], [code for code, _ in rows])
    weak = {code: round(r, 2) for code, (_, r, _, _) in scores.per_label.items() if r < DEV_CODE_RECALL_FLOOR}
    assert scores.weighted_f1 >= DEV_WEIGHTED_F1_FLOOR, f"dev weighted F1 {scores.weighted_f1:.3f}"
    assert not weak, f"codes the dev set rarely gets right: {weak}"


def test_seized_weapons_are_disrupted_weapons_use_not_an_attack(nlp: Any) -> None:
    assert classify_snippet("Troops recovered three hand grenades and a rifle from the hideout.", nlp) == "DISR_WEAP"
    assert classify_snippet("Police seized a large quantity of ammunition at the border.", nlp) == "DISR_WEAP"
    assert classify_snippet("Police seized 40 kg of heroin from a truck.", nlp) == "ORG_CRIME"
    # the weapon as the subject of its own verb is still the attack
    assert classify_snippet("A grenade thrown by an unknown man exploded in the market.", nlp) == "GRENADE"


def test_who_does_what_at_a_protest(nlp: Any) -> None:
    assert classify_snippet("Protesters attacked the town hall and injured two guards.", nlp) == "VIOL_DEMONSTR"
    assert classify_snippet("Police shot dead two people at a rally against the new law.", nlp) == "FORCE_AGAINST_PROTEST"
    assert classify_snippet("Police fired tear gas at the marchers; nobody was hurt.", nlp) == "PROTEST_WITH_INTER"
    # the crowd dispersing on its own is no intervention
    assert classify_snippet("The marchers held a sit-in and dispersed peacefully in the evening.", nlp) == "PEACE_PROTEST"


def test_what_protesters_protest_about_is_not_the_event(nlp: Any) -> None:
    text = "Students rallied in the capital against the killing of a classmate and demanded the arrest of the gunmen."
    assert classify_snippet(text, nlp) == "PEACE_PROTEST"
    assert classify_snippet("Party workers burnt an effigy of the governor during a protest.", nlp) == "PEACE_PROTEST"


def test_attribution_owns_the_act_it_attributes(nlp: Any) -> None:
    assert classify_snippet("The militia claimed the suicide bombing at the checkpoint.", nlp) == "ATTRIB"
    assert classify_snippet("The governor accused the rebels of shelling the market.", nlp) == "ATTRIB"
    assert classify_snippet("The group said its fighters had carried out the ambush on the convoy.", nlp) == "ATTRIB"
    # carrying out an attack is the attack itself unless the doer is claiming it
    assert classify_snippet("Militants carried out a suicide bombing at the checkpoint.", nlp) == "SUIC_BOMB"
    # 'claimed the lives of' is no claim of responsibility
    assert classify_snippet("A car bomb claimed the lives of nine people in the city.", nlp) == "REM_EXPLOS"


def test_a_place_taken_without_fighting_is_a_non_violent_transfer(nlp: Any) -> None:
    assert classify_snippet("The army took control of the village unopposed after the rebels left.", nlp) == "NON_VIOL_TERRIT_TRANSFER"
    assert classify_snippet("Rebels seized the border post without firing a shot.", nlp) == "NON_VIOL_TERRIT_TRANSFER"
    assert classify_snippet("Rebels seized the border post after heavy fighting.", nlp) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_a_states_own_forces_regain_territory(nlp: Any) -> None:
    assert classify_snippet("Iraqi troops retook the town from the militants.", nlp) == "GOV_REGAINS_TERIT"
    # fighting said not to have happened scores low
    (denied,) = cues(nlp, "No clashes were reported in the district.")
    (clashes,) = cues(nlp, "Clashes were reported in the district.")
    assert denied.score < clashes.score / 2


def test_an_explosion_with_an_accidental_cause_is_a_man_made_disaster(nlp: Any) -> None:
    assert classify_snippet("A transformer exploded in the market, and the blast injured six traders.", nlp) == "MAN_MADE_DISASTER"
    assert classify_snippet("An ammonia leak at a cold storage unit left 20 workers struggling to breathe.", nlp) == "MAN_MADE_DISASTER"
    # a hostile act named beside it keeps the explosion an attack
    assert classify_snippet("Militants planted a bomb near the transformer, and the blast injured six.", nlp) == "REM_EXPLOS"


def test_force_at_a_protest_is_excessive_only_when_it_harms(nlp: Any) -> None:
    assert classify_snippet("Soldiers fired on the marchers, wounding eleven of them.", nlp) == "FORCE_AGAINST_PROTEST"
    assert classify_snippet("Riot police pushed back the marchers and cordoned off the square.", nlp) == "PROTEST_WITH_INTER"


def test_the_loser_named_after_from_decides_an_unknown_taker(nlp: Any) -> None:
    assert classify_snippet("The strategic hill was seized from government troops on Monday.", nlp) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_a_gangs_violence_and_arms_are_organised_crime(nlp: Any) -> None:
    assert classify_snippet("Members of a drug cartel shot dead a police officer in the port city.", nlp) == "ORG_CRIME"
    assert classify_snippet("Police recovered six pistols from a gang of car thieves.", nlp) == "ORG_CRIME"
    assert classify_snippet("Police recovered six pistols from a rebel hideout.", nlp) == "DISR_WEAP"


def test_a_pronoun_taker_is_the_last_armed_actor_named(nlp: Any) -> None:
    text = "Government forces launched an offensive on Monday. By Tuesday they had captured the town."
    assert classify_snippet(text, nlp) == "GOV_REGAINS_TERIT"


def test_a_quakes_fires_and_new_bases(nlp: Any) -> None:
    text = "A strong earthquake hit the valley; a gas pipe burst and fires broke out in the old town."
    assert classify_snippet(text, nlp) == "NATURAL_DISASTER"
    assert classify_snippet("The militants turned the old fort into a base for raids.", nlp) == "HQ_ESTABLISHED"


def test_a_clash_needs_two_armed_sides(nlp: Any) -> None:
    # one armed side and unnamed victims: an attack on someone; both sides named: a clash
    assert classify_snippet("Jihadists attacked the area overnight, killing nine.", nlp) == "ATTACK"
    assert classify_snippet("Jihadists and soldiers fought overnight in the area, and nine were killed.", nlp) == "ARMED_CLASH"


def test_a_protest_named_as_the_reason_for_arrests_is_not_the_event(nlp: Any) -> None:
    text = "Police arrested 14 men suspected of taking part in last month's riots."
    assert classify_snippet(text, nlp) == "ARREST"
    assert classify_snippet("Police arrested 14 marchers at the rally in the square.", nlp) == "PROTEST_WITH_INTER"


def test_bombing_that_pounds_an_area_is_an_air_strike_and_a_bombing_at_a_market_a_planted_bomb() -> None:
    import frontwatch

    def sub(text: str) -> set[str]:
        return {e.sub_event_type for e in frontwatch.extract(text, published="2016-10-11").events}

    assert "Air/drone strike" in sub("Intense bombing of rebel-held districts of Aleppo resumed on Tuesday, residents said.")
    assert "Air/drone strike" in sub("The bombing of Aleppo killed 20 people on Tuesday, residents said.")
    assert "Remote explosive/landmine/IED" in sub("A bombing at a market in Azaz killed five people on Tuesday.")


def test_jets_that_raid_a_village_strike_it_from_the_air_and_police_raids_arrest() -> None:
    import frontwatch

    def subs(text: str) -> set[str]:
        return {e.sub_event_type for e in frontwatch.extract(text, published="2016-08-02").events}

    assert subs("Warplanes raided the village of Kansafra on Monday, killing four people.") == {"Air/drone strike"}
    assert "Arrests" in subs("Police raided the house of an activist in Damascus on Monday and arrested him.")


@pytest.mark.parametrize(
    "text",
    [
        "The bombs were dropped on a school near Kafr Nabl on Tuesday, killing four pupils.",
        "Helicopters dropped two bombs on the market in Douma.",
        "Regime aircraft rained explosive barrels on the town of Daraya.",
    ],
)
def test_a_dropped_bomb_is_an_air_strike_not_a_planted_one(nlp: Any, text: str) -> None:
    subs = {c.sub_event_type for c in cues(nlp, text) if c.event_type == "Explosions/Remote violence"}
    assert subs == {"Air/drone strike"}, subs


def test_a_bomb_that_is_not_dropped_stays_an_explosive(nlp: Any) -> None:
    subs = {c.sub_event_type for c in cues(nlp, "Food prices dropped after a bomb went off in the market of Azaz.")}
    assert "Remote explosive/landmine/IED" in subs and "Air/drone strike" not in subs


def test_bombing_on_a_named_town_is_an_air_strike_and_on_a_bus_a_planted_bomb() -> None:
    import frontwatch

    def sub(text: str) -> set[str]:
        return {e.sub_event_type for e in frontwatch.extract(text, published="2016-10-11").events}

    assert "Air/drone strike" in sub("At least 40 civilians were killed in the bombing on Saraqib on Monday, activists said.")
    assert "Remote explosive/landmine/IED" in sub("A bombing on a bus killed five people in Homs on Monday.")
    assert "Air/drone strike" not in sub("A bombing on a bus killed five people in Homs on Monday.")


def test_a_bombing_campaign_on_a_named_city_is_an_air_strike() -> None:
    import frontwatch

    reading = frontwatch.extract("The bombing campaign on the city of Aleppo killed 12 people on Friday, activists said.", published="2016-12-03")
    assert {e.sub_event_type for e in reading.events} == {"Air/drone strike"}


def test_an_assault_on_a_town_with_no_civilians_named_is_fought_over() -> None:
    """ "IS fighters attacked the town of X on Saturday": someone holds and defends a town; with civilians named
    as hurt it stays an attack on civilians."""
    import frontwatch

    fought = frontwatch.extract("IS fighters attacked the town of Suluk on Saturday.", published="2016-02-27", outlet="reuters")
    assert [e.sub_event_type for e in fought.events] == ["Armed clash"]
    hurt = frontwatch.extract("Rebels attacked the village of Hish on Saturday, killing four civilians.", published="2016-02-27", outlet="reuters")
    assert [e.sub_event_type for e in hurt.events] == ["Attack"]


def test_a_retreat_under_force_is_fighting_not_a_handover() -> None:
    import frontwatch

    forced = frontwatch.extract("Rebels were forced to retreat from the town of Hish on Monday.", published="2016-08-08")
    assert [e.sub_event_type for e in forced.events] == ["Armed clash"]
    agreed = frontwatch.extract("Rebels withdrew from the town of Hish on Monday under a deal.", published="2016-08-08")
    assert [e.sub_event_type for e in agreed.events] == ["Non-violent transfer of territory"]


def test_emergency_workers_declare_no_emergency() -> None:
    import frontwatch

    reading = frontwatch.extract("Civil defence emergency workers said one of their centres in Hreitan was hit by an air strike on Saturday.",
                                 published="2016-06-18")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_a_thing_filled_or_taken_by_no_side_is_no_capture(nlp: Any) -> None:
    # beds, seats and rooms "occupied" are no territory; a side named as the taker keeps the capture
    for text in ("A nurse said every bed in the ward was occupied by Monday evening.",
                 "All the seats were occupied when the speech began."):
        assert not [c for c in cues(nlp, text) if c.event_type == "Battles"], text
    assert [c.sub_event_type for c in cues(nlp, "Rebels occupied the village of Tal Sheikh on Monday.")] == ["Non-state actor overtakes territory"]


def test_what_a_strike_destroyed_in_a_relative_clause_is_the_strike(nlp: Any) -> None:
    # "a strike on the outskirts of X which destroyed a post": the relative pronoun stands for the strike,
    # however the parser hangs the clause; an assault that destroyed tanks stays a fight
    subs = {c.sub_event_type for c in cues(nlp, "They confirmed an earlier strike on the western outskirts of Hajin which destroyed a depot with 20 fighters.")}
    assert "Armed clash" not in subs and "Air/drone strike" in subs
    subs = {c.sub_event_type for c in cues(nlp, "Rebels launched an assault on the edge of Morek which destroyed two army tanks.")}
    assert "Air/drone strike" not in subs


@pytest.mark.parametrize(("text", "sub"), [
    ("Troops seized Morek from the rebels on Monday.", "Government regains territory"),  # a name taken from a side
    ("Soldiers seized Morek on Monday.", "Government regains territory"),  # a town the gazetteer knows
    ("Rebels seized Morek from government forces on Monday.", "Non-state actor overtakes territory"),
    ("Gunmen seized Ahmed Hassan from his home on Monday.", "Abduction/forced disappearance"),  # a person stays one
])
def test_a_seized_name_is_ground_when_it_is_a_known_town_or_was_taken_from_a_side(nlp: Any, text: str, sub: str) -> None:
    assert sub in [c.sub_event_type for c in cues(nlp, text)]
    if sub != "Abduction/forced disappearance":
        assert not {"Arrests", "Abduction/forced disappearance"} & {c.sub_event_type for c in cues(nlp, text)}


def test_a_bomber_on_a_vehicle_is_a_suicide_bomber_and_an_attack_that_wounded_people_is_no_mob(nlp: Any) -> None:
    assert classify_snippet("A motorbike bomber killed nine people outside a bakery in the town.", nlp) == "SUIC_BOMB"
    types = {c.sub_event_type for c in cues(nlp, "The attack which also wounded dozens of people happened near a bakery in the town.")}
    assert "Mob violence" not in types
    assert "Mob violence" in {c.sub_event_type for c in cues(nlp, "Angry villagers attacked the house of the mayor.")}


def test_fighters_marching_are_no_demonstration(nlp: Any) -> None:
    assert "Peaceful protest" not in {c.sub_event_type for c in cues(nlp, "The alliance said its fighters marched 5 km towards the airport.")}
    assert "Peaceful protest" in {c.sub_event_type for c in cues(nlp, "Hundreds of residents marched through the town against the siege.")}


def test_breaking_a_siege_is_a_fight_and_a_broken_truce_is_none(nlp: Any) -> None:
    assert "Armed clash" in {c.sub_event_type for c in cues(nlp, "Loyalist troops broke the siege of the hilltop garrison at dawn.")}
    assert "Armed clash" in {c.sub_event_type for c in cues(nlp, "Militants breached the blockade around the old quarter overnight.")}
    assert "Armed clash" not in {c.sub_event_type for c in cues(nlp, "The local truce broke down within hours.")}


def test_the_fire_of_a_cease_fire_is_never_opened(nlp: Any) -> None:
    text = "The ministry had opened safe passages for the townspeople during two declared cease-fires."
    assert "Attack" not in {c.sub_event_type for c in cues(nlp, text)}
    assert "Attack" in {c.sub_event_type for c in cues(nlp, "Masked men opened fire on a minibus outside the market.")}
