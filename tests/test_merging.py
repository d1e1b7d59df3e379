"""Events told twice in one article are one (reading.merging). Sentences written for the tests."""

from __future__ import annotations

import pytest

import frontwatch


def test_an_area_event_without_an_attacker_is_the_one_whose_attacker_is_named() -> None:
    reading = frontwatch.extract(
        "Mortar fire killed dozens of civilians in eastern Aleppo on Tuesday. "
        "At least 37 civilians were killed in the Nusra Front mortar fire on eastern Aleppo.",
        published="2016-11-20", outlet="Reuters")
    shelling = [e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1 and shelling[0].fatalities == 37


def test_one_source_named_twice_is_listed_once_when_events_merge() -> None:
    import frontwatch

    reading = frontwatch.extract(
        "Jets bombed Saraqib before dawn, according to the Syrian Observatory for Human Rights. "
        "The raids on Saraqib killed five people, the Observatory said.",
        published="2016-11-21",
    )
    for event in reading.events:
        names = [s.name for s in event.sources]
        assert len(names) == len(set(names)), names


def test_fighting_told_again_in_the_next_sentence_at_the_same_city_is_one_event() -> None:
    reading = frontwatch.extract(
        "Fighting raged in Aleppo on Monday between rebels and regime troops, the Observatory said. "
        "Clashes went on along the city's front lines, and nine soldiers were killed in the fighting.",
        published="2014-03-18", outlet="AFP")
    battles = [e for e in reading.events if e.event_type == "Battles"]
    assert len(battles) == 1
    assert battles[0].fatalities == 9  # the toll of the second sentence lands on the one event


def test_sides_told_the_other_way_round_in_the_next_sentence_are_one_event() -> None:
    reading = frontwatch.extract(
        "The army's air force struck Islamic State positions in the eastern countryside of Homs on Sunday. "
        "Islamic State hideouts were destroyed in army airstrikes in the eastern countryside of Homs.",
        published="2016-04-04", outlet="SANA")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    sides = {r.name for r in (strikes[0].actor1, strikes[0].actor2) if r is not None}
    assert len(sides) == 2  # pooled actors keep both sides, not one side twice


def test_another_incident_at_the_same_place_stays_apart() -> None:
    reading = frontwatch.extract(
        "Rebel shelling hit Aleppo on Tuesday, killing four civilians. "
        "In another attack, rebel shelling also hit the Salaheddine district, killing two more.",
        published="2017-10-31", outlet="AFP")
    shelling = [e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2


def test_shelling_north_of_a_city_is_not_a_mortar_strike_inside_it() -> None:
    reading = frontwatch.extract(
        "In Damascus a mortar round hit a central square, killing one policeman. "
        "North of the capital the army shelled the town of Flita on Monday.",
        published="2014-03-17", outlet="AFP")
    shelling = [e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2


def test_a_car_bomb_in_a_city_told_again_at_its_quarter_is_one_event_at_the_quarter() -> None:
    reading = frontwatch.extract(
        "A car bomb killed five people in Homs on Monday, a monitor said. "
        "Five people died when a car bomb exploded in the Baba Amr district, the Observatory said.",
        published="2014-03-17", outlet="AFP")
    bombs = [e for e in reading.events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1
    assert bombs[0].location is not None and "Amr" in bombs[0].location.name


LEDE = "Monitors in Syria said at least 30 people died in barrel bomb attacks by government helicopters. "


def test_a_country_lede_told_again_at_a_camp_far_below_is_one_event_there_with_its_toll() -> None:
    reading = frontwatch.extract(
        LEDE + "The residents said many of the dead were children. "
        "The bombs were dropped on a school near Kafr Nabl in the southern countryside of Idlib on Tuesday, killing pupils. "
        "A rights group condemned the raid as a war crime. "
        "Teachers told reporters that the attack took place on Tuesday with three barrel bombs dropped from a helicopter.",
        published="2015-03-06", outlet="AFP")
    strikes = [e for e in reading.events if e.event_type in {"Explosions/Remote violence", "Violence against civilians"}]
    assert len(strikes) == 1, [(e.sub_event_type, e.location) for e in strikes]
    (strike,) = strikes
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities == 30
    assert strike.location is not None and "Kafr Nabl" in strike.location.name
    assert str(strike.event_date) == "2015-03-03"  # the detail's Tuesday, not the publication day


def test_a_country_lede_with_no_day_takes_the_day_of_its_one_finer_telling() -> None:
    reading = frontwatch.extract(
        "Rescuers in Syria said at least 18 people died in air strikes by government jets. "
        "A rights group condemned the raids. "
        "The jets struck a market in the town of Maarat al-Numan in Idlib province on Tuesday.",
        published="2015-03-06", outlet="AFP")
    (strike,) = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert strike.fatalities == 18 and str(strike.event_date) == "2015-03-03"


def test_a_country_lede_stays_apart_from_a_strike_weeks_before_or_of_another_kind() -> None:
    for detail in ("The jets struck a market in the town of Maarat al-Numan in Idlib province on February 20.",
                   "Rebels shelled the town of Maarat al-Numan in Idlib province on Tuesday."):
        reading = frontwatch.extract(
            "Rescuers in Syria said at least 18 people died in air strikes by government jets. "
            "A rights group condemned the raids. " + detail, published="2015-03-06", outlet="AFP")
        assert len([e for e in reading.events if e.event_type == "Explosions/Remote violence"]) == 2


def test_a_round_up_lede_keeps_strikes_in_several_provinces_apart() -> None:
    for text in (
        "Monitors in Syria said at least 30 people died in air strikes by government jets. "
        "In Idlib province, jets struck the town of Saraqib on Tuesday. "
        "In Hama province, jets struck the town of Kafr Zita on Tuesday.",
        "Activists said 40 people were killed in barrel bomb attacks across Syria. "
        "Helicopters dropped barrel bombs on a market in Douma near Damascus on Wednesday. "
        "A rights group condemned the raids. "
        "Aircraft also dropped barrel bombs on the town of Saraqib in Idlib province on Wednesday.",
    ):
        reading = frontwatch.extract(text, published="2015-03-06", outlet="AFP")
        strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
        assert len(strikes) == 3, [(e.location.name if e.location else None) for e in strikes]


def test_a_planted_bomb_retold_as_a_suicide_bombing_by_the_story_is_one_suicide_bombing() -> None:
    reading = frontwatch.extract(
        "Two bombs went off at a school in the Zahraa district of Homs on Monday, killing 25 people, the Observatory said. "
        "A single suicide attacker carried out both of the blasts. "
        "He left a bomb by the gate and then blew himself up inside the yard.",
        published="2015-02-02", outlet="AFP")
    bombs = [e for e in reading.events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1
    assert bombs[0].sub_event_type == "Suicide bomb" and bombs[0].fatalities == 25


def test_a_later_toll_of_the_deadly_attacks_at_the_city_is_the_toll_of_the_bombing_in_its_quarter() -> None:
    reading = frontwatch.extract(
        "A car bomb went off near a school in the Zahraa district of Homs on Monday, killing 25 people, the Observatory said. "
        "Nobody has claimed the bombing so far. "
        "The Homs governor had reported the deadly attacks, giving a toll of 20 killed.",
        published="2015-02-02", outlet="AFP")
    violent = [e for e in reading.events if e.event_type in {"Explosions/Remote violence", "Violence against civilians", "Battles"}]
    assert len(violent) == 1 and violent[0].sub_event_type == "Remote explosive/landmine/IED"


def test_an_unplaced_toll_of_the_attack_is_the_one_bombing_told_next() -> None:
    reading = frontwatch.extract(
        "They were among 25 people who died in the attack, the monitor said. "
        "The 25 were killed on Monday in a car bombing at a school in the Zahraa district of Homs.",
        published="2015-02-02", outlet="AFP")
    violent = [e for e in reading.events if e.event_type in {"Explosions/Remote violence", "Violence against civilians", "Battles"}]
    assert len(violent) == 1 and violent[0].sub_event_type == "Remote explosive/landmine/IED"


def test_the_attack_stays_apart_when_the_day_has_two_violent_events() -> None:
    reading = frontwatch.extract(
        "They were among 25 people who died in the attack, the monitor said. "
        "A car bomb went off at a school in the Zahraa district of Homs on Monday. "
        "Separately, jets struck the town of Talbiseh on Monday.",
        published="2015-02-02", outlet="AFP")
    violent = [e for e in reading.events if e.event_type in {"Explosions/Remote violence", "Violence against civilians", "Battles"}]
    assert len(violent) == 3



def test_a_lede_that_names_no_place_is_its_one_placed_telling() -> None:
    reading = frontwatch.extract(
        "At least 12 people, among them four children, were killed on Monday as Russian jets bombed houses in a "
        "hamlet controlled by jihadists. At least 12 people were killed early Monday as Russian jets bombed a "
        "jihadist-held hamlet in eastern Syria, a monitor said. The monitor said the jets bombed the hamlet of "
        "Ash Shafah in Deir Ezzor province.",
        published="2016-05-11", outlet="AFP")
    strikes = [e for e in reading.events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location.name if e.location else None, e.fatalities) for e in strikes] == [("Ash Shafah", 12)]


def test_damage_told_with_no_doer_after_an_attack_is_that_attack() -> None:
    reading = frontwatch.extract(
        "A rocket killed nine people in the Bustan al-Qasr district of Aleppo on Friday. "
        "Some 20 shops were destroyed, rescuers said.", published="2016-05-14", outlet="AFP")
    assert [e.event_type for e in reading.events] == ["Explosions/Remote violence"]
    # damage whose doer is named is an event of its own
    reading = frontwatch.extract("A rocket killed nine people in Aleppo on Friday. Militants burned 20 shops in Idlib.",
                                 published="2016-05-14", outlet="AFP")
    assert "Looting/property destruction" in {e.sub_event_type for e in reading.events}


def test_an_attack_placed_nowhere_is_the_one_attack_of_its_kind_and_day() -> None:
    reading = frontwatch.extract(
        "The toll from air strikes on a town in a truce zone has risen to 40, a monitor said on Tuesday. "
        "Rebels blamed Russian jets for Monday's attack. "
        "The monitor said three air strikes hit the market of Atareb west of Aleppo on Monday, killing at least 40 people.",
        published="2017-11-14", outlet="Reuters")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].location is not None and strikes[0].fatalities == 40
    # two placed strikes of the day: a telling placed nowhere could be either and stays apart
    two = frontwatch.extract(
        "Rebels blamed Russian jets for Monday's attack. "
        "Air strikes hit the market of Atareb west of Aleppo on Monday. "
        "Separately, air strikes hit the town of Saraqeb in Idlib on Monday.",
        published="2017-11-14", outlet="Reuters")
    assert len([e for e in two.events if e.sub_event_type == "Air/drone strike"]) == 3


def test_a_battle_in_a_province_told_first_is_the_battle_at_its_village_with_the_same_sides() -> None:
    reading = frontwatch.extract(
        "At least 60 soldiers and rebels have been killed in a day of fighting in Aleppo province, the monitor said on Thursday. "
        "Rebels repelled an army assault north of the city. "
        "The monitor said 25 soldiers and 35 rebels died in clashes around the village of Hreitan on Thursday.",
        published="2016-06-30", outlet="AFP")
    battles = [e for e in reading.events if e.sub_event_type == "Armed clash"]
    assert [e.location.name for e in battles if e.location and e.location.geo_precision >= 3] == []
    # a province named after the village goes on to another incident of a round-up
    later = frontwatch.extract(
        "Army units clashed with Islamic State militants in the town of Qaryatain in Homs on Sunday. "
        "In the eastern countryside of Homs province, army units clashed with Islamic State militants on Sunday.",
        published="2016-04-04", outlet="SANA")
    assert len([e for e in later.events if e.sub_event_type == "Armed clash"]) == 2


def test_a_lede_told_more_specifically_is_one_event_of_the_specific_kind() -> None:
    reading = frontwatch.extract(
        "A suicide car bomb killed 30 people in Syria on Saturday, a monitor said. A rights group condemned the "
        "bombing. The monitor said a car bomb blew up in the town of Azaz on Saturday.", published="2016-05-11", outlet="AFP")
    assert [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in reading.events] == [
        ("Suicide bomb", "Azaz", 30)]


def test_a_lede_in_an_unnamed_town_goes_to_the_one_town_told_twice() -> None:
    """A coarse lede ("a town in northern Syria") joins the town the story then names, though it is told twice
    (at its edge, and with a target), and a bomb going off "minutes later" is the same attack, not another."""
    for text, town, toll in (
        ("Two blasts tore through a market in a largely Kurdish town of northern Syria on Wednesday and killed 44, "
         "state media said. Islamic State claimed responsibility. Media reports said a truck bomb blew up on the edge "
         "of Qamishli, followed by a motorcycle bomb a few minutes later. Residents fled the smoke. Islamic State said "
         "its truck bombing in Qamishli hit a complex of Kurdish militia offices.", "Qamishli", 44),
        ("Two bombs killed 20 people in a town in northern Syria on Friday, activists said. Police sealed off the area. "
         "Witnesses said a car bomb went off near the mosque in Azaz and a second device exploded moments later. "
         "Nobody has said who was behind it. The bombing in Azaz struck a checkpoint of Turkish-backed rebels.", "Azaz", 20),
    ):
        reading = frontwatch.extract(text, published="2016-06-14", outlet="AFP")
        tolled = [e for e in reading.events if e.fatalities]
        assert len(tolled) == 1 and tolled[0].fatalities == toll
        assert tolled[0].location is not None and town in (tolled[0].location.words or "")


def test_a_round_up_lede_is_not_the_first_place_it_covers() -> None:
    """ "Air strikes killed 30 in northern Syria ... Saraqib ... Maarat al-Numan": the day's toll over places
    apart stays the round-up's, not Saraqib's."""
    for text, places in (
        ("Air strikes killed 30 civilians in northern Syria on Monday, the monitor said. Jets struck a market in "
         "Saraqib. Jets struck a bakery in Saraqib. Hours later, jets struck a hospital in Maarat al-Numan.",
         ("Saraqib", "Maarat")),
        ("Government air raids killed 35 people in northern Syria on Saturday, the Observatory said. "
         "Warplanes bombed a school in Ariha. Warplanes also bombed a bakery in Jisr al-Shughur.", ("Ariha", "Jisr")),
    ):
        reading = frontwatch.extract(text, published="2016-06-14", outlet="AFP")
        for event in reading.events:
            words = event.location.words if event.location is not None else ""
            if any(p in (words or "") for p in places):
                assert event.fatalities == 0, (words, event.fatalities)
        assert any(e.fatalities == int(text.split(" killed ")[1].split()[0]) for e in reading.events)


def test_an_act_dated_to_a_week_is_the_one_told_on_a_day_of_it_at_the_same_place() -> None:
    reading = frontwatch.extract(
        "Troops executed 30 people in the village of Bayanoun earlier this week, a monitor said. Rebels fled the area. "
        "The monitor said the executions in Bayanoun took place on Tuesday.", published="2016-05-14", outlet="AFP")
    executions = [e for e in reading.events if e.location is not None and e.location.name == "Bayanoon"]
    assert [(str(e.event_date), e.time_precision) for e in executions] == [("2016-05-10", 1)], executions


@pytest.mark.parametrize(("text", "sub_event", "dead"), [
    ("The death toll of a terrorist attack in Homs on Monday has risen to 40. On Monday a suicide bomber blew up a car "
     "packed with explosives at a checkpoint in the al-Zahraa neighborhood of Homs.", "Suicide bomb", 40),
    ("The death toll of an attack on the village of Kafr Nabl rose to 12. Government jets struck the market in Kafr Nabl "
     "on the same day.", "Air/drone strike", 12),
    ("The death toll of a terrorist attack on Jableh on Monday has reached 25. On Monday a suicide bomber detonated a car "
     "bomb near a bus carrying civilians in Jableh.", "Suicide bomb", 25),
])
def test_the_toll_of_an_attack_told_by_what_it_was_elsewhere_is_that_acts_toll(text: str, sub_event: str, dead: int) -> None:
    """'The death toll of an attack' names only that some act was told: the one act the story tells of that
    day and place, even when one telling names the attackers and the other the victims."""
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [(sub_event, dead)]


def _kinds_places_tolls(text: str, published: str = "2016-05-11") -> list[tuple[str, str, int]]:
    reading = frontwatch.extract(text, published=published, outlet="AFP")
    return [(e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]


def test_a_running_total_at_the_place_of_an_event_told_is_that_campaign() -> None:
    lead = "Rebels shelled the district of Hamdaniya in Aleppo on Tuesday, killing four civilians, state media said. "
    for text in ("The battle for Aleppo has killed some 300 people in two weeks, the monitor said.",
                 "Fighting in Aleppo has killed more than 200 people since the truce collapsed.",
                 "The clashes in Aleppo have killed 90 fighters since April, a monitor said."):
        assert [t for t, _, _ in _kinds_places_tolls(lead + text)] == ["Shelling/artillery/missile attack"], text
    # with no event told at its place, the campaign stays, with no toll of its own
    events = _kinds_places_tolls("Jets struck Saraqib on Monday, a monitor said. Fighting in Daraa has killed 200 people since the truce collapsed.")
    assert [(t, k) for t, p, k in events if "Dar" in p] == [("Armed clash", 0)], events


def test_an_act_told_with_no_place_is_placed_by_the_definite_noun_that_tells_it_again() -> None:
    for text in ("At least 22 people were killed in US air strikes on the group's de facto capital on Saturday and Sunday, a monitor said. "
                 "Most of those killed in the raids on Raqqa were fighters, the monitor said.",
                 "Jets struck the group's stronghold on Saturday, killing 14, a monitor said. The strikes on Raqqa also hit a bakery."):
        events = [(t, p) for t, p, _ in _kinds_places_tolls(text)]
        assert events == [("Air/drone strike", "Ar-Raqqa")], (text, events)


def test_an_act_told_with_no_place_then_placed_in_the_next_sentence_is_one_event() -> None:
    # "a massacre by Russian jets killed 35 ... schools in the town of X were hit by Russian aircraft earlier this
    # morning": the second sentence places the first one's act; it is no other incident
    for text in ("The council condemned a massacre by Russian warplanes in which 28 civilians were killed. "
                 "Two schools were hit by Russian jets earlier this morning in the town of Kafr Halab in rural Aleppo.",
                 "Rebels denounced the massacre carried out by regime jets that killed 19 people. The strikes hit a market in the town of Saraqib."):
        reading = frontwatch.extract(text, published="2016-01-11", outlet="Reuters")
        strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
        assert len(strikes) == 1 and strikes[0].location is not None and strikes[0].fatalities > 0, text


def test_an_unplaced_telling_with_the_toll_type_and_day_of_a_later_placed_one_is_that_event() -> None:
    from dataclasses import replace

    from frontwatch.reading.merging import unplaced_into_placed

    reading = frontwatch.extract("Jets killed seven people on Sunday in the town of Ariha, rescuers said.", published="2016-11-28")
    placed = reading.events[0]
    lead = replace(placed, event_id="lead", location=None, start=0, end=10, claim_ids=("c0",))
    later = replace(placed, start=200, end=260)
    claim = replace(reading.claims[0], event_id="lead")
    events, claims = unplaced_into_placed([lead, later], [claim])
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [("Ariha", 7)]
    assert claims[0].event_id == later.event_id and "c0" in events[0].claim_ids
    # another toll is another event
    events, _ = unplaced_into_placed([replace(lead, fatalities=3), later], [claim])
    assert len(events) == 2


def test_a_retelling_that_names_its_day_dates_an_act_the_article_dated_by_its_own_day() -> None:
    reading = frontwatch.extract("Air strikes killed 14 people in the town of Kafranbel, a monitor said. "
                                 "The strikes hit a bakery and a clinic on Tuesday, it added.", published="2016-11-24")
    assert [str(e.event_date) for e in reading.events] == ["2016-11-22"]


def test_an_act_told_by_the_town_and_again_as_the_city_by_the_same_actor_is_one_event() -> None:
    reading = frontwatch.extract(
        "The opposition decried the silence over the massacre in Deir Ezzor in which dozens of civilians were killed by "
        "the regime air force. Nobody spoke for the people of the city. Over 90 civilians were killed and hundreds wounded "
        "when the regime air force carried out six air raids on the city.", published="2014-11-27", outlet="etilaf")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert [(e.location.name if e.location else "", e.fatalities) for e in strikes] == [("Deir-ez-Zor", 90)]


def test_a_shell_that_hit_and_also_wounded_is_one_act_told_again() -> None:
    reading = frontwatch.extract(
        "Rebels shelled a rally of government supporters on Friday killing at least 14 people, a monitor said. "
        "The mortar fire hit a square in the city of Daraa and also wounded at least 20 people, the monitor said.",
        published="2014-05-23", outlet="AFP")
    shelling = [e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [(e.location.name if e.location else "", e.fatalities) for e in shelling] == [("Dar'a", 14)]
