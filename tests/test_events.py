"""Events of one article (reading.events); the roles of the places they may be located at are in test_roles.py.

Sentences are written for the tests; each checks one rule that keeps a place or a background phrase from
becoming an event.
"""

from __future__ import annotations

import pytest

import frontwatch
from frontwatch.records import Reading


def _read(text: str) -> Reading:
    return frontwatch.extract(text, published="2016-11-20", outlet="Reuters")


def _places(reading: Reading) -> set[str]:
    return {e.location.name for e in reading.events if e.location is not None}



def test_no_event_where_a_monitor_is_based() -> None:
    reading = _read("Eight people were killed in shelling on the town of Saraqeb on Saturday, the Britain-based monitor said.")
    assert reading.events and "United Kingdom" not in _places(reading)


def test_a_pause_or_halt_in_strikes_is_no_strike() -> None:
    for text in ("Damascus and Moscow declared a pause in air strikes on Sunday.",
                 "Russia announced a halt to its air strikes on Aleppo on Tuesday."):
        assert [e.sub_event_type for e in _read(text).events] == [], text


def test_areas_under_siege_describe_places() -> None:
    reading = _read("Fighters and their relatives who agreed to leave towns under government siege around Homs have travelled to Idlib.")
    assert "siege" not in [e.trigger for e in reading.events]


def test_a_coalition_fighting_somewhere_is_a_description_and_its_raid_is_the_event() -> None:
    described = "the US-led alliance fighting Islamic State in Syria and Iraq"
    assert "Iraq" not in _places(_read(f"The monitor said the raid was thought to have been conducted by {described}."))
    reading = _read(f"The monitor said the raid near Raqqa on Saturday was thought to have been conducted by {described}.")
    assert [e.trigger for e in reading.events] == ["raid"]


def _types(text: str, title: str = "") -> list[str]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters", title=title)
    return [e.sub_event_type for e in reading.events]


def test_a_participle_describing_a_place_is_no_event() -> None:
    assert "Armed clash" not in _types("Aid convoys reached the besieged town of Madaya on Sunday.")


def test_an_event_word_naming_a_thing_is_no_event() -> None:
    assert "Chemical weapon" not in _types("Troops attacked militant posts near the gas plant west of Deir Ezzor on Sunday.")


def test_the_war_as_actor_is_background() -> None:
    assert _types("Aleppo is the prize of a war that has killed hundreds of thousands of people since 2011.") == []


def test_no_sign_of_and_expected_attacks_are_not_events() -> None:
    assert _types("There was no sign of renewed bombardment of the city of Aleppo on Friday.") == []
    assert _types("Medics in Aleppo prepared for the expected resumption of air strikes on Friday.") == []


def test_damage_done_by_an_attack_is_part_of_the_attack() -> None:
    assert _types("Air strikes killed 12 people and damaged a hospital in the town of Saraqeb on Tuesday.") == ["Air/drone strike"]


def test_an_air_force_named_beside_the_strike_is_its_actor() -> None:
    reading = _read("Five people were killed in air strikes by the regime and Russian air forces on Saraqeb on Tuesday.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_a_protest_a_state_lodges_is_no_demonstration() -> None:
    assert _types("The Turkish plan drew sharp protests from Tehran and its Lebanese allies on Thursday.") == []
    assert _types("The decision prompted a protest by Moscow, which called it illegal.") == []
    # people protesting in a capital still demonstrate
    assert _types("The arrests drew protests from students in Damascus on Sunday.") == ["Peaceful protest"]


def test_a_named_group_hit_outweighs_the_generic_word_counting_its_dead() -> None:
    reading = _read("Syrian air strikes on an Islamic State training camp killed 23 militants in Raqqa province on Monday.")
    assert [(e.actor1.side if e.actor1 else "", e.actor2.side if e.actor2 else "") for e in reading.events] == [("government", "jihadist")]
    reading = _read("Army artillery shelled Nusra Front positions near Kafr Zita on Monday, killing eight terrorists.")
    assert [e.actor2.side if e.actor2 else "" for e in reading.events] == ["jihadist"]


def test_the_armed_group_a_passive_harm_is_said_of_is_the_side_hit() -> None:
    # "five Nusra fighters were killed in air raids": whoever struck, the side hit is the group
    for text in ("Six Nusra Front fighters were killed in air raids near Saraqib on Monday.",
                 "Six gunmen from the al-Qaeda-linked Nusra Front were killed in air raids near Saraqib on Monday.",
                 "Six militants from Syria's al-Qaeda-affiliated Nusra Front were killed in air raids near Saraqib on Monday."):
        reading = _read(text)
        assert [e.actor2.name if e.actor2 else "" for e in reading.events] == ["Jabhat al Nusra"], text


def test_a_country_dateline_gives_way_to_the_area_the_headline_names() -> None:
    reading = frontwatch.extract("Syria At least ten civilians were killed in mortar fire on Tuesday the monitor said.",
                                 published="2016-11-20", outlet="Reuters", title="Mortar fire kills ten in eastern Aleppo")
    assert {e.location.admin1 for e in reading.events if e.location} == {"Aleppo"}


def _attackers(text: str) -> list[tuple[str, str]]:
    reading = _read(text)
    return [(e.sub_event_type, e.actor1.side if e.actor1 else "") for e in reading.events]


def test_a_weapon_only_the_state_used_names_the_attacker() -> None:
    assert ("Chemical weapon", "government") in _attackers(
        "On Sunday a helicopter struck the town of Kafr Zita with chlorine gas killing five people.")


def test_the_attack_words_modifier_names_the_attacker() -> None:
    assert _attackers("Five civilians died in rebel shelling on the Hamdaniya district of Aleppo.") == [("Shelling/artillery/missile attack", "opposition")]


def test_a_later_air_strike_is_the_earlier_ones_attackers_and_victims_never_attack() -> None:
    attackers = _attackers("Syrian government air strikes hit the town of Saraqeb on Monday killing nine people. "
                           "Separate air strikes near the town of Binnish killed 12 people including rebel fighters the monitor said.")
    assert attackers == [("Air/drone strike", "government"), ("Air/drone strike", "government")]


def test_an_attacker_is_carried_over_only_within_its_governorate() -> None:
    # the same governorate: the earlier shelling's attacker is the later one's
    near = _attackers("Turkish artillery shelled Kurdish positions near Tal Rifaat on Monday. Shelling went on in Azaz later.")
    assert near == [("Shelling/artillery/missile attack", "opposition"), ("Shelling/artillery/missile attack", "opposition")]
    # another governorate: another report, its attacker unknown
    far = _attackers("Turkish artillery shelled Kurdish positions near Tal Rifaat on Monday. Shelling went on in Douma later.")
    assert far[0] == ("Shelling/artillery/missile attack", "opposition") and far[1][1] != "opposition"
    # deaths that name no act are an earlier act's toll only at its place
    deaths = _attackers("Rebels and jihadists clashed near Dabiq and 9 casualties in Hama city")
    assert deaths[-1] == ("Deaths reported", "")
    same = _attackers("Regime forces shelled Douma on Monday. Casualties were reported in Douma.")
    assert same[-1] == ("Deaths reported", "government")


def test_lasting_states_support_and_ends_are_not_events() -> None:
    assert "Agreement" not in _types("Elders in the town of Dumayr have had a truce with government forces for three years.")
    types = _types("Army units backed by the air force clashed with militants near the town of Mayadin on Monday.")
    assert "Air/drone strike" not in types and "Armed clash" in types
    assert "Other" not in _types("Rebels started a drive this month to end a siege on the town of Zabadani.")


def test_places_described_in_the_present_and_habits_are_not_events() -> None:
    assert "Non-state actor overtakes territory" not in _types("Food reached the neighbourhoods of Aleppo they control on Monday.")
    body = ("The monitor says it tells whose planes carry out raids over Idlib from their flight patterns. "
            "It has a network of sources in the province. Its reports are widely cited.")
    assert _types(body) == []
    assert _types("Air strikes kill 15 in the town of Saraqeb in Idlib.") == ["Air/drone strike"]  # a headline: news in the present


def test_a_toll_broken_down_by_place_gives_an_event_at_each_with_its_own_toll() -> None:
    reading = _read("A total 20 civilians were killed in air strikes on Aleppo on Tuesday including 7 in the city centre "
                    "4 in al-Kalasa and 2 in Sukkari.")
    tolls = {e.location.words: e.fatalities for e in reading.events if e.location}
    assert tolls == {"al-Kalasa": 4, "Sukkari": 2}


def test_the_strike_on_a_village_places_the_strike_near_the_city_told_before() -> None:
    reading = _read("At least 12 civilians were killed in an air strike on Sunday near Raqqa the monitor said. "
                    "It said 20 people were injured in the strike on Abbad.")
    assert [(e.location.words, e.fatalities) for e in reading.events if e.location] == [("Abbad", 12)]


def test_an_attempted_attack_is_an_event() -> None:
    assert _types("Gunmen made an attempt to assassinate a rebel commander in the town of Nawa on Sunday.") != []


def test_no_sign_yet_of_bombing_the_war_as_setting_and_joined_instruments() -> None:
    assert _types("By nightfall there was no sign yet of fresh aerial bombing of the old city of Homs the monitor said.") == []
    assert _types("Idlib has turned into the main arena of fighting in Syria's war now in its seventh year.") == []
    types = _types("Rebels on Saturday targeted civilians in the Sukkari district of Aleppo with rocket shells and gunfire.")
    assert "Shelling/artillery/missile attack" in types and "Armed clash" not in types  # the gunfire is the same act


def test_a_rescuer_or_monitor_that_speaks_is_no_party_to_the_event() -> None:
    reading = _read("Shelling killed at least 9 people in the Sukkari district of Aleppo on Saturday, "
                    "the Syrian Civil Defence said.")
    shelling = next(e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.actor1 is None and shelling.actor2 is None
    reading = _read("Air strikes hit the Sukkari district of Aleppo, where the civil defence said 6 people died.")
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    assert strike.actor2 is None or "Civil Defence" not in strike.actor2.name
    # the body a speaker belongs to is no party either
    reading = _read("An official at the Aleppo Police Command said that gunmen targeted the Sukkari district on Sunday, "
                    "killing a child.")
    assert [e.actor1.name for e in reading.events if e.actor1] == ["Unidentified Armed Group (Syria)"]
    # an armed party that speaks still reports its own acts
    reading = _read("The army said its units had captured the village of Khan Tuman in Aleppo on Sunday.")
    assert [e.actor1.name for e in reading.events if e.actor1] == ["Military Forces of Syria (2000-)"]


def test_an_air_strike_is_not_given_to_the_rebels_who_shelled_before() -> None:
    reading = _read("Rebels fired mortar shells at the Hamdaniyah district of Aleppo, killing 4 civilians. "
                    "Air strikes also hit the Sukkari district.")
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is None or strike.actor1.kind in {"state forces", "foreign forces"}


def test_a_deal_brokered_by_states_is_at_the_place_it_concerns_and_mine_clearing_is_no_bombing() -> None:
    reading = _read("Buses carried evacuees out of eastern Aleppo on Thursday, under a deal brokered by Russia and Turkey.")
    assert "Turkey" not in _places(reading)
    types = _types("The army said engineering teams were clearing mines in the Hanano district of Aleppo.")
    assert "Disrupted weapons use" in types and "Remote explosive/landmine/IED" not in types
    assert "Government regains territory" in _types("Army units restored security and stability to the village of Tal Shgheib in Aleppo.")


def test_a_toll_told_again_is_one_toll_and_other_incidents_tolls_are_not_added() -> None:
    reading = _read("Warplanes struck the town of Saraqeb in Idlib on Tuesday and 26 people died. "
                    "Twelve more people died in two other incidents. "
                    "The raids on Saraqeb on Tuesday, the first in a week, left 26 people dead.")
    strikes = [e for e in reading.events if e.location is not None and e.location.words == "Saraqeb"]
    assert strikes and all(e.fatalities == 26 for e in strikes)




def test_a_states_shelling_names_its_attacker_and_a_reduced_campaign_is_no_event() -> None:
    reading = _read("Turkish shelling killed at least 20 civilians in the village of Tal Shair near Jarabulus in Aleppo on Sunday.")
    assert [e.actor1.name for e in reading.events if e.actor1] == ["Military Forces of Turkey (2002-)"]
    body = ("Rebels shelled Hamdaniyah in Aleppo on Sunday. Russia and the government had reduced air raids "
            "over the city during the past week. The monitor gave no toll.")
    assert "Air/drone strike" not in _types(body)


def test_a_country_wide_event_and_a_definite_retelling_go_into_the_placed_event() -> None:
    reading = _read("Air strikes killed 20 civilians in Syria on Sunday. The monitor said the strikes on Sunday "
                    "killed 20 civilians in the village of Tal Shair in Aleppo province.")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert [(e.location.words if e.location else None, e.fatalities) for e in strikes] == [("Tal Shair", 20)]
    reading = _read("A suicide bomber detonated his vest at a checkpoint in northern Syria on Tuesday, killing 10 people, "
                    "the monitor said. The blast happened in Tal Shair, a village in the Aleppo countryside.")
    assert [(e.sub_event_type, e.location.words if e.location else None) for e in reading.events] == [("Suicide bomb", "Tal Shair")]


def test_a_place_said_to_be_held_now_is_a_control_record_not_a_capture() -> None:
    reading = _read("Car bombs struck government-held Tartous and Homs on Monday, and another exploded in Qamishli, "
                    "which is largely controlled by the YPG. The village of Tal Shair is held by the rebels.")
    assert not [e for e in reading.events if "territory" in e.sub_event_type]
    assert sorted((c.place, c.holder) for c in reading.control) == [
        ("Al Qamishli", "Kurdish forces (YPG)"), ("Homs", "government"), ("Tall Shair", "opposition"), ("Tartous", "government")]


def test_the_capture_of_a_place_or_of_people_told_as_a_noun() -> None:
    reading = _read("The capture of Tel Hamis by Kurdish forces was confirmed by the monitor on Friday.")
    assert [(e.sub_event_type, e.location.words if e.location else None) for e in reading.events] == [
        ("Non-state actor overtakes territory", "Tel Hamis")]
    assert _types("The capture of two aid workers by gunmen in Idlib on Friday was condemned.") == ["Abduction/forced disappearance"]


def test_a_participle_on_armed_victims_makes_their_deaths_a_clash() -> None:
    # "members of IS killed": the group named on the victims was hit; it is no perpetrator of violence against civilians
    reading = frontwatch.extract("Three IS members killed near Mayadin", published="2016-07-10")
    assert [e.sub_event_type for e in reading.events] == ["Armed clash"]
    # an armed group named in the clause describing the victims is the attacker, not one of them
    reading = frontwatch.extract("Two men killed by IS in a village near Mayadin", published="2016-07-10")
    assert [e.sub_event_type for e in reading.events] == ["Attack"]


def test_a_headline_toll_verb_without_an_object_tells_who_died() -> None:
    # "12 IS fighters killed near X" drops "were": the subject died, it killed no one
    reading = frontwatch.extract("Twelve IS fighters killed near Mayadin", published="2016-07-10")
    assert [e.sub_event_type for e in reading.events] == ["Armed clash"]
    reading = frontwatch.extract("IS fighters killed two shepherds near Mayadin", published="2016-07-10")
    assert [e.sub_event_type for e in reading.events] == ["Attack"]


def test_a_place_described_as_controlled_by_a_group_is_no_capture_and_the_holder_no_attacker() -> None:
    reading = _read("Car bombs struck Jableh, Baniyas as well as Qamishli, which is largely controlled by the YPG, on Monday.")
    assert {e.sub_event_type for e in reading.events} == {"Remote explosive/landmine/IED"}
    assert _places(reading) == {"Jablah", "Baniyas", "Al Qamishli"}  # the list is walked one neighbour at a time
    assert all(e.actor1 is None or e.actor1.side != "kurdish" for e in reading.events)


def test_eliminating_fighters_is_a_clash() -> None:
    reading = _read("Kurdish forces eliminated 9 militants near Tabqa on Sunday.")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in reading.events] == [("Battles", "Armed clash", 9)]


def test_an_actor_named_with_the_is_no_reference_to_an_earlier_event() -> None:
    reading = _read("On Friday four people died when a barrel bomb hit a house in a rebel-held part of Hama city. "
                    "The air force also killed at least 7 people in rebel areas west of Homs on Friday, a monitor said.")
    homs = [e for e in reading.events if e.location is not None and "Homs" in e.location.name]
    assert [(e.sub_event_type, e.fatalities, e.actor1.side if e.actor1 else "") for e in homs] == [("Air/drone strike", 7, "government")]


def test_a_place_backing_an_actor_is_no_location() -> None:
    reading = _read("Jets bombed a post of the Tehran-backed militia in Quneitra province on Sunday, local media said.")
    assert "Iran" not in _places(reading) and "Tehran" not in _places(reading)
    assert any("Quneitra" in p for p in _places(reading))


def test_leaving_people_dead_is_a_toll_not_a_withdrawal() -> None:
    for text in ("Government forces have carried out repeated attacks on the town leaving dozens of civilian residents dead or injured.",
                 "Government forces shelled the district of Jobar leaving dozens of civilian residents dead or injured."):
        assert "Non-violent transfer of territory" not in _types(text)
    assert "Non-violent transfer of territory" in _types("Rebel fighters left the town of Kafr Nabl on Friday.")


def test_an_act_that_left_people_dead_moved_nobody() -> None:
    # the parser may hang "dead" on the people, so the state is missed; an explosion or a raid leaves no place
    text = ("A car bomb near the base of the Nour brigade in the Syrian Hama province left on Monday at least 31 people "
            "dead and about 20 injured a local source told the agency.")
    assert "Non-violent transfer of territory" not in _types(text)
    assert "Non-violent transfer of territory" in _types("The militants of the Nour brigade left the town of Kafr Zita on Monday.")
    # after a dateline the parser may hang "left" on a noun before it ("the base ... left"): a count and a state
    # after it still tell a toll
    text = ("Twelve people were killed by a suicide bombing in Idlib province. DAMASCUS (Sputnik) A suicide blast close "
            "to the base of Ahrar al-Sham in the Syrian Idlib province left on Friday at least 12 people dead a source "
            "told Sputnik.")
    assert "Non-violent transfer of territory" not in _types(text)
    # people moved by others, named as the ones moved: no armed side gave up a place
    for text in ("A bomb hit buses carrying families evacuated from two besieged villages near Idlib on Monday.",
                 "Hundreds of families were evacuated from the town of Kafr Zita on Monday."):
        assert "Non-violent transfer of territory" not in _types(text), text
    assert "Non-violent transfer of territory" in _types("Rebel fighters were evacuated from the town of Kafr Zita on Monday.")


def test_a_raid_named_by_its_day_places_and_dates_the_strike_told_before() -> None:
    reading = frontwatch.extract(
        "Air raids that hit an aid convoy near Idlib killed 14 people, a relief agency said on Wednesday. "
        "Tuesdays raid on the convoy burned at least 9 trucks in the village of Maarrat Misrin. "
        "Yesterdays attack was a grave breach of the law, the agency said.",
        published="2016-09-21", outlet="Reuters")
    assert [(e.sub_event_type, e.location.name if e.location else None, str(e.event_date), e.fatalities) for e in reading.events] == [
        ("Air/drone strike", "Maarrat Misrin", "2016-09-20", 14)]


def test_aid_beside_an_attack_or_deaths_is_what_was_hit_not_a_development() -> None:
    assert "Other" not in _types("Jets struck an aid convoy near Idlib on Monday.")
    assert "Other" not in _types("Nine drivers were killed as they were unloading humanitarian aid in Idlib on Monday.")


def test_told_that_reports_a_fact_told_to_is_a_directive() -> None:
    assert _types("A commander told Reuters that rebels shelled the town of Nubl on Monday.") == ["Shelling/artillery/missile attack"]
    assert "Non-state actor overtakes territory" in _types("Sources told the agency that the YPG seized control of the town of Menagh.")
    assert _types("The army told the residents of Nubl to leave their homes.") == []


def test_capturing_insurgents_or_an_officer_takes_people_not_ground() -> None:
    assert _types("Kurdish fighters captured several insurgents near the village of Maarat Umm Hawsh.") == ["Abduction/forced disappearance"]
    assert _types("The army captured three terrorists and a colonel near the village of Tal Jibbin.") == ["Arrests"]


def test_a_named_weapon_attack_is_the_event_and_killed_its_toll() -> None:
    reading = _read("Medics said 40 residents were killed on Monday in an apparent chemical attack on Saraqeb.")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Chemical weapon", 40)]


def test_warplanes_in_a_clause_of_their_own_are_the_strike() -> None:
    reading = _read("The insurgent assault on Hama began one day after intense air strikes by Syrian and Russian warplanes killed "
                    "31 civilians in the countryside.")
    assert {e.sub_event_type for e in reading.events if e.fatalities} == {"Air/drone strike"}
    assert "Attack" not in {e.sub_event_type for e in reading.events}


def test_a_toll_belongs_to_the_event_whose_word_governs_it() -> None:
    reading = _read("The insurgent raid on Hama started one day after intense air strikes by Syrian and regime warplanes killed "
                    "31 civilians in the countryside.")
    assert {e.sub_event_type for e in reading.events if e.fatalities} == {"Air/drone strike"}
    again = _read("Regime air force raids left nine residents dead in opposition districts of Idlib city on Saturday.")
    assert {e.sub_event_type for e in again.events if e.fatalities} == {"Air/drone strike"}


def test_an_event_word_in_a_sources_name_is_no_event() -> None:
    reading = _read("Four children were among 14 people who died in Douma during shelling on Friday, Siege Watch reported.")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Shelling/artillery/missile attack", 14)]


def test_a_background_year_dates_the_next_sentence_only() -> None:
    reading = frontwatch.extract("A car bomb killed six people in Homs on Monday. The town of Qusayr fell to rebels in 2012. Troops "
                                 "shelled its outskirts for weeks. Rebels fired rockets at the city of Hama the monitor said.",
                                 published="2014-03-11", outlet="Reuters")
    assert [(e.location.name if e.location else "", str(e.event_date)) for e in reading.events] == [("Homs", "2014-03-10"), ("Hama", "2014-03-10")]


def test_a_coarse_day_frames_its_own_story_not_every_incident_after_it() -> None:
    text = ("Jets bombed rebel positions in Talbiseh on Tuesday, the monitor said. A truce brokered by the two powers fell "
            "apart last month. Gunmen shot dead a teacher in the town of Salamiyeh. Mortars hit a school in Jableh, "
            "killing two pupils.")
    reading = frontwatch.extract(text, published="2016-10-12", outlet="Reuters")
    dates = {e.location.name: (str(e.event_date), e.time_precision) for e in reading.events if e.location}
    # the sentence right after may go on with the truce's story; the one after that is back on the news day
    assert dates["Jablah"] == ("2016-10-11", 1)


def test_another_incident_goes_back_to_the_news_day() -> None:
    text = ("Jets bombed rebel positions in Talbiseh on Tuesday, the monitor said. The siege of the town began in 2013. "
            "In another incident, a roadside bomb killed three soldiers near Salamiyeh.")
    reading = frontwatch.extract(text, published="2016-10-12", outlet="Reuters")
    assert [str(e.event_date) for e in reading.events if e.location and "Salamiyah" in e.location.name] == ["2016-10-11"]


def test_what_the_air_force_destroys_it_strikes_from_the_air() -> None:
    assert _types("Air raids also destroyed several IS vehicles and killed a number of militants in the village of Rasm Hamid.") == ["Air/drone strike"]
    assert _types("An army unit destroyed two vehicles of the terrorists near the village of Rasm Hamid.") == ["Armed clash"]


def test_a_definite_retelling_at_a_place_of_its_own_tells_one_more_event() -> None:
    reading = _read("Government jets struck rebel positions in Talbiseh on Sunday. The air strikes also destroyed several IS "
                    "vehicles and killed a number of militants in the village of Jubb al-Jarrah 75 km east of Homs city.")
    assert len({e.location.place_id for e in reading.events if e.location}) == 2
    reading = _read("Government jets struck rebel positions in Talbiseh on Sunday. The air strikes also destroyed a depot in Talbiseh.")
    assert len(reading.events) == 1


def test_a_date_in_a_clause_about_another_act_does_not_date_the_event() -> None:
    dates = {e.sub_event_type: e.event_date for e in _read("Rebels shelled the town of Morek that the army captured last week").events}
    assert str(dates["Shelling/artillery/missile attack"]) == "2016-11-20"
    assert str(dates["Government regains territory"]) == "2016-11-13"
    # a clause on the event's own word still dates it
    massacre = _read("The massacre carried out by regime planes on Friday in Douma killed 12").events[0]
    assert str(massacre.event_date) == "2016-11-18"


def test_a_retold_act_placed_only_by_a_clause_around_it_or_a_title_adds_nothing() -> None:
    reading = _read("Jets struck rebel positions in Talbiseh on Sunday. The bombardment came as envoys began a third round of "
                    "talks in the Kazakh capital Astana.")
    assert all(e.location is None or e.location.country == "Syria" for e in reading.events if e.event_type != "Strategic developments")



def test_who_brokered_a_truce_in_another_clause_is_no_party_to_the_strike() -> None:
    import frontwatch

    reading = frontwatch.extract(
        "Warplanes pounded rebel-held districts of Aleppo overnight, days after a truce brokered by the US and Russia collapsed.",
        published="2016-09-22",
    )
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is None or "United States" not in strike.actor1.name


def test_a_village_the_gazetteer_lacks_placed_near_a_city_is_the_events_place() -> None:
    import frontwatch

    reading = frontwatch.extract(
        "Jets killed nine residents on Friday in the IS-held area of Bweitiyeh near Deir ez-Zor.",
        published="2016-06-04",
    )
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    assert strike.location is not None and strike.location.name == "Bweitiyeh"
    assert strike.location.admin1 == "Deir-ez-Zor" and strike.location.geo_precision >= 2


def test_one_actor_named_twice_is_not_both_sides_of_a_clash() -> None:
    import frontwatch

    reading = frontwatch.extract("SDF fighters repelled heavy attacks on SDF positions near Manbij on Sunday.", published="2016-07-18")
    assert all(e.actor2 is None or e.actor1 is None or e.actor2.name != e.actor1.name for e in reading.events)


def test_a_frequency_word_tells_what_keeps_happening_not_an_event() -> None:
    for text in ("Residents of Douma suffer daily shelling.",
                 "The town of Kafr Nabl is targeted regularly by air strikes.",
                 "Rebels have routinely launched rockets into the city of Aleppo.",
                 "Jisr al-Shughur has been rocked by occasional bomb blasts."):
        assert not _read(text).events, text
    # a clause that names its day tells that day's event; "repeatedly" is no habit
    assert [e.sub_event_type for e in _read("Daily air raids killed 12 people in Douma on Sunday.").events] == ["Air/drone strike"]
    assert _read("Jets repeatedly struck the town of Saraqib on Monday.").events


def test_an_agreement_or_base_is_an_event_only_when_concluded_or_set_up() -> None:
    for text in ("Shelling killed eight people in Douma on Tuesday despite a ceasefire in the enclave.",
                 "Fighters who chose to leave Madaya in evacuation deals went to Idlib.",
                 "Jets struck rebel hideouts in Talbiseh on Monday."):
        assert "Strategic developments" not in {e.event_type for e in _read(text).events}, text
    for text in ("The two sides reached an agreement on Monday to evacuate al-Waer.",
                 "A truce brokered by Russia took effect in Daraa on Sunday.",
                 "Rebels and the army struck a deal in Homs on Monday."):
        assert "Agreement" in {e.sub_event_type for e in _read(text).events}, text


def test_a_denial_or_a_siege_is_no_event() -> None:
    for text in ("Moscow denied involvement in the strike on the convoy near Aleppo.",
                 "Madaya is also subject to a siege that is starving its residents."):
        assert "Strategic developments" not in {e.event_type for e in _read(text).events}, text


def test_a_goal_or_a_chance_to_take_a_place_is_no_capture() -> None:
    for text in ("The president repeated his goal of taking back the whole of Aleppo.",
                 "The pauses gave the rebels a chance to leave the eastern parts of Aleppo."):
        assert not {e.event_type for e in _read(text).events} & {"Battles", "Strategic developments"}, text


def test_reinforcements_inside_an_attack_are_no_change_of_their_own() -> None:
    for text in ("The army provoked the clashes in Qaboun by harassing reinforcements headed for the front.",
                 "A bomber blew himself up in Midan on Monday as reinforcements arrived."):
        assert "Change to group/activity" not in {e.sub_event_type for e in _read(text).events}, text
    joined = _read("The army sent reinforcements to Kafr Nabl and shelled the town on Monday.")
    assert "Change to group/activity" in {e.sub_event_type for e in joined.events}


def test_mines_left_behind_are_no_withdrawal() -> None:
    reading = _read("Army units entered Tadmur on Sunday and dismantled mines left behind by the militants.")
    assert [e.trigger for e in reading.events if e.sub_event_type == "Non-violent transfer of territory"] == ["entered"]
    assert "Non-violent transfer of territory" in {e.sub_event_type for e in _read("Rebels left the town of Kafr Nabl on Monday.").events}


def test_a_withdrawal_happens_at_the_place_given_up() -> None:
    import frontwatch

    reading = frontwatch.extract("Rebels withdrew from Talbiseh on Thursday as government forces advanced, a monitor said.",
                                 published="2016-09-22")
    moved = next(e for e in reading.events if e.sub_event_type == "Non-violent transfer of territory")
    assert moved.location is not None and moved.location.name == "Tallbisah"
    assert ("Tallbisah", "government") in {(c.place, c.holder) for c in reading.control}


def test_what_a_resolution_bans_is_no_event() -> None:
    import frontwatch

    reading = frontwatch.extract("The strikes broke UN resolutions banning the use of chemical weapons, the council said on Tuesday.",
                                 published="2016-08-02")
    assert all(e.sub_event_type != "Chemical weapon" for e in reading.events)


def test_what_is_set_or_due_to_happen_is_no_event() -> None:
    for text in ("Rebels are set to hand over their heavy weapons to the army on Thursday.",
                 "The fighters are due to withdraw from the district on Monday.",
                 "A new round of talks is scheduled to take place in Geneva on Saturday."):
        assert [e.sub_event_type for e in _read(text).events] == [], text


def test_a_planned_day_does_not_date_the_sentences_after_it() -> None:
    # published Sunday 20 November: "Saturday" alone would be the 19th
    reading = _read("A meeting of envoys is set to take place in Geneva this Saturday. Jets struck Saraqeb, the monitor said.")
    assert [(e.location.words if e.location else "", str(e.event_date)) for e in reading.events] == [("Saraqeb", "2016-11-20")]


def test_the_day_a_since_clause_names_dates_nothing_after_it() -> None:
    reading = _read("More than 300 civilians have died in Douma since a truce collapsed on November 9. Jets also struck Saraqeb.")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert [str(e.event_date) for e in strikes] == ["2016-11-20"]


def test_a_truce_that_collapsed_is_no_agreement() -> None:
    for text in ("More than 300 civilians have died in Douma since a Russian-brokered truce collapsed on November 9.",
                 "The ceasefire brokered by Moscow broke down in Aleppo on Friday.",
                 "Fighting resumed after a truce that expired on Friday."):
        assert "Agreement" not in [e.sub_event_type for e in _read(text).events], text


def test_deployed_munitions_are_an_attack_not_a_move_of_troops() -> None:
    reading = _read("Cluster munitions were deployed over eastern Aleppo on Sunday, activists said.")
    assert "Change to group/activity" not in [e.sub_event_type for e in reading.events]
    assert "Air/drone strike" in [e.sub_event_type for e in reading.events]
    troops = _read("The army deployed fresh troops to the outskirts of Hama on Sunday.")
    assert [e.sub_event_type for e in troops.events] == ["Change to group/activity"]


def test_governorates_listed_without_commas_are_each_an_event() -> None:
    reading = _read("Army artillery shelled opposition posts in Daraa Hama Idlib and Homs provinces, the monitor reported.")
    assert sorted((e.location.name, e.location.geo_precision) for e in reading.events if e.location) == [
        ("Dar'a", 3), ("Hama", 3), ("Homs", 3), ("Idleb", 3)]


def test_a_past_attack_that_frames_a_plan_is_still_an_event() -> None:
    reading = _read("The aid agency was due to resume deliveries on Friday following an attack on its lorries near Aleppo, officials said.")
    assert [e.location.admin1 for e in reading.events if e.location] == ["Aleppo"]


def test_who_holds_a_place_now_is_no_capture() -> None:
    for text in ("Nusra Front fighters control many villages north of Latakia.",
                 "The area has been in the control of the rebels since 2012.",
                 "The valley has been in control of opposition fighters since 2013.",
                 "The rebels have held the town of Salma since 2012."):
        assert not [e for e in _read(text).events if "territory" in e.sub_event_type], text
    taken = _read("Rebels took control of the town of Salma on Sunday.")
    assert [e.sub_event_type for e in taken.events] == ["Non-state actor overtakes territory"]


def test_guns_and_tanks_that_pound_a_place_shell_it() -> None:
    for text in ("Army guns pounded rebel posts in Hama on Sunday.", "Turkish tanks hit IS positions near Jarablus on Sunday."):
        assert [e.sub_event_type for e in _read(text).events] == ["Shelling/artillery/missile attack"], text

def test_corpses_told_after_a_strike_are_its_dead_not_a_new_attack() -> None:
    reading = _read("Government jets struck a market in Saraqeb in Idlib on Tuesday, killing 14 people. "
                    "Rescuers said some corpses could not be identified. "
                    "Video from the scene showed corpses of children lying in the street.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_the_blamed_is_the_attacker_and_the_blamer_no_party() -> None:
    reading = _read("Rebels blamed the chemical attack on the town of Kafr Zita on government forces.")
    assert [(e.actor1.name if e.actor1 else None) for e in reading.events] == ["Military Forces of Syria (2000-)"]


def test_the_country_of_a_speaker_is_no_party_to_what_he_reports() -> None:
    reading = _read("US President Donald Trump said the gas attack on the town of Kafr Zita killed dozens of civilians.")
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of the United States" for e in reading.events)


def test_what_a_source_has_said_before_is_no_event() -> None:
    for text in ("Rebels have said in the past their raids on the district were a reply to Kurdish moves.",
                 "Officials have repeatedly said that rebel shelling of the district killed civilians."):
        assert not _read(text).events, text
    assert len(_read("The monitor said rebel shelling of the district killed three civilians on Sunday.").events) == 1


def test_the_capability_to_take_ground_is_no_capture() -> None:
    assert not _read("The group will regroup until it has the capability to reclaim territory in Syria.").events


def test_a_clause_on_a_since_date_is_told_on_that_date() -> None:
    # "since March, when ...": the strike was in March, background to a report of November
    assert not _read("The town has been held by rebels since March 2016 when jets bombed its market, killing 12.").events


def test_what_is_told_as_a_question_is_no_event() -> None:
    for text in ("A second man sat in the car, and no one knew whether he had been taken hostage.",
                 "Rebels said they would storm the town if the talks broke down."):
        assert not _read(text).events, text


def test_an_unnamed_village_takes_no_place_named_after_it_for_something_else() -> None:
    # the place in the next sentence is the hospital's town, not the village of the killings
    reading = _read("Troops executed 20 people in a northern village this week, the monitor said. "
                    "A bomber drove a car full of explosives into the yard of the Qardaha hospital on Sunday.")
    killings = [e for e in reading.events if e.trigger == "executed"]
    assert killings and all(e.location is None or e.location.name != "Al Qardahah" for e in killings)
    # "a key neighbourhood ... the neighbourhood, X" still names it
    seized = _read("Troops seized a key neighborhood on Sunday. The neighborhood, the Jobar district, had been held by rebels.")
    assert [e.location.name for e in seized.events if e.location][:1] == ["Jobar"]


def test_a_day_inside_an_as_clause_dates_only_its_own_story() -> None:
    reading = _read("A car bomb hit the market of Jableh on Sunday. The blast came as the monitor reported that troops "
                    "had shot dead 20 people in Hama earlier this week. Jets also struck the town of Saraqeb.")
    assert [str(e.event_date) for e in reading.events if e.location and e.location.words == "Saraqeb"] == ["2016-11-20"]


def _dyads(text: str) -> list[tuple[str, str]]:
    return [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in _read(text).events]


def test_the_agent_of_a_participle_or_weapon_is_the_doer_and_those_counted_among_the_dead_are_hit() -> None:
    army, rebels, russia = "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)", "Military Forces of Russia (2000-)"
    # a weapon or force after "by" (or "with") is the agent of the verb, not a victim
    assert _dyads("Six women and four rebel fighters were among 30 people killed by Russian warplanes in Kafr Nabl on Monday.") == [(russia, rebels)]
    assert _dyads("Rebels were targeted by regime helicopters with barrel bombs in Daraa on Monday.") == [(army, rebels)]
    assert _dyads("Kurdish fighters were targeted by Turkish warplanes near Afrin on Saturday.")[0][0] == "Military Forces of Turkey (2002-)"
    # "at the hands of" names the doer like "by"; those the copula counts among the dead were hit
    assert _dyads("Three Kurdish fighters were among 20 people killed at the hands of IS militants near Kobani on Monday.") == [
        ("Islamic State (Syria)", "YPG: People's Protection Units")]
    assert _dyads("IS militants were among 20 people killed by Kurdish fighters near Hasakah on Monday.") == [
        ("YPG: People's Protection Units", "Islamic State (Syria)")]
    assert _dyads("Four women and seven rebels were among the 25 people shot by government troops in Tal Hamra on Sunday.") == [(army, rebels)]


def test_who_a_clause_on_the_weapon_says_did_it_is_the_doer_and_its_speaker_no_party() -> None:
    army, russia, rebels = "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"

    def first_actors(text: str) -> tuple[str | None, str | None]:
        event = _read(text).events[0]
        return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)

    # through a reporting or believing verb, the agent did it and the speaker ("residents") is neither side
    assert first_actors("Air strikes that residents said were launched by Russian jets killed 12 people in Douma on Monday.")[0] == russia
    assert first_actors("Eight people died in Saraqib on Monday in raids that witnesses said were carried out by regime helicopters.")[0] == army
    assert first_actors("Five people were killed in air strikes believed to have been carried out by Russian warplanes in Idlib on Monday.")[0] == russia
    # a blast claimed by a group is that group's, though the weapon word only modifies the blast
    assert first_actors("A car bomb blast claimed by the Islamic State group killed nine people in Qamishli on Tuesday.")[0] == "Islamic State (Syria)"
    # shells fired from an area held by a side are that side's
    assert first_actors("Mortar shells fired from areas controlled by the rebels killed two civilians in Damascus on Monday.")[0] == rebels
    # fighters "loyal to" the president are government forces, hit here
    assert first_actors("Rebels blew up a tunnel under an army post in Homs on Tuesday, killing 13 fighters loyal to President Bashar al-Assad.") == (rebels, army)


def test_a_river_or_sea_is_no_event_place_when_the_story_has_an_area() -> None:
    reading = _read(
        "Air raids hit the Raqqa countryside on Monday, activists said.\n\n"
        "Jets killed at least nine people on Tuesday as they were crossing the Euphrates river on boats, a monitor said."
    )
    strikes = [e for e in reading.events if e.fatalities == 9]
    assert strikes and all(e.location is not None and e.location.admin1 == "Ar-Raqqa" for e in strikes)
    assert all(c.place != "Euphrates" for c in reading.claims if c.value == 9)


def test_a_participle_of_holding_names_the_holder_and_leaves_the_day_to_the_act() -> None:
    reading = frontwatch.extract("Jets bombed houses in a town held by rebels on Monday.", published="2016-05-11", outlet="AFP")
    assert [(e.sub_event_type, str(e.event_date)) for e in reading.events] == [("Air/drone strike", "2016-05-09")]
    # a participle of naming tells no act either: the day the parser hangs on it is the blast's
    reading = frontwatch.extract("A bomber killed six officers of the Kurdish police force known as the Asayish on Monday.",
                                 published="2016-05-11", outlet="AFP")
    assert [str(e.event_date) for e in reading.events] == ["2016-05-09"]
    # nor does a participle of a lasting state: the siege was not imposed on Monday, it was broken then
    reading = frontwatch.extract("Loyalist troops broke the long siege imposed by the militants on the garrison town on Monday.",
                                 published="2016-05-11", outlet="AFP")
    assert [(e.sub_event_type, str(e.event_date)) for e in reading.events] == [("Armed clash", "2016-05-09")]



def test_the_nth_time_that_a_kind_of_act_happened_counts_acts_told_elsewhere() -> None:
    reading = frontwatch.extract(
        "It was the second time this month that militants targeted soldiers in the city after 17 people were "
        "killed in a May 2 attack on a checkpoint in Deraa.", published="2016-05-11", outlet="AFP")
    assert [(str(e.event_date), e.fatalities) for e in reading.events] == [("2016-05-02", 17)]


def test_entering_a_building_is_no_transfer_of_territory() -> None:
    reading = frontwatch.extract("Guards fired on the gunmen before they entered the ministry building in Homs on Monday.",
                                 published="2016-05-11", outlet="AFP")
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in reading.events}
    reading = frontwatch.extract("Rebel fighters entered the town of Tal Rifaat on Monday.", published="2016-05-11", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Non-violent transfer of territory"]


def test_what_the_war_began_with_and_what_was_counted_since_is_background() -> None:
    reading = frontwatch.extract(
        "Jets struck Saraqib on Monday. Some 250,000 people have died since the uprising began with rallies "
        "that were met with gunfire by security forces.", published="2016-05-11", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_earlier_acts_with_no_day_of_their_own_are_background() -> None:
    reading = frontwatch.extract(
        "Jets struck Saraqib on Monday. The city has also been rocked by occasional car bombs during the war "
        "including previous attacks on Jobar a busy area near the centre.", published="2016-05-11", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_a_habit_carries_to_the_verbs_that_go_on_its_clause() -> None:
    reading = frontwatch.extract(
        "A bomb exploded in Homs on Monday. Soldiers often come to search the houses and seize the roads "
        "around the market after such blasts.", published="2016-05-11", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Remote explosive/landmine/IED"]


def test_what_is_going_on_is_no_event_and_a_day_named_keeps_it() -> None:
    lede = "Jets struck the town of Saraqeb on Monday, killing five people. The monitor said the toll could rise. "
    # a present progressive, a present perfect progressive, a present of continuing: what is going on
    assert _types(lede + "Government forces are currently fighting Islamic State near the town of Palmyra.") == ["Air/drone strike"]
    assert _types(lede + "The militants have been battling Kurdish fighters around Hasakah since January.") == ["Air/drone strike"]
    assert _types(lede + "Despite the truce, fighting continues in several areas including Hama and Daraa.") == ["Air/drone strike"]
    assert _types(lede + "The coalition has continued its air strikes on Raqqa on a near-daily basis.") == ["Air/drone strike"]
    # a day named in the clause tells that day's event; a past progressive tells a past day
    assert "Armed clash" in _types(lede + "Government forces are fighting Islamic State near Palmyra today.")
    assert "Armed clash" in _types(lede + "Clashes continued on Tuesday between rebels and troops in the town of Daraa.")
    # a headline tells news in the present progressive
    assert _types("Syrian troops are fighting rebels in the town of Daraa.") == ["Armed clash"]


def test_a_trend_and_a_demonstration_of_a_thing_are_no_events() -> None:
    lede = "Jets struck the town of Saraqeb on Monday, killing five people. The monitor said the toll could rise. "
    assert _types(lede + 'An aid official said that "there has been increased fighting" in Idlib lately.') == ["Air/drone strike"]
    assert _types(lede + "There are growing attacks on aid convoys in the province of Idlib, the agency said.") == ["Air/drone strike"]
    assert "Shelling/artillery/missile attack" in _types(lede + "There has been increased shelling of Saraqeb since Sunday, the agency said.")
    assert _types("Jets struck Saraqeb on Monday, a demonstration of the fragile state of the truce. "
                  "The monitor said five people died. Nobody claimed the raid.") == ["Air/drone strike"]
    assert _types("The raids were a demonstration of Russia's power, analysts said. Jets hit Saraqeb on Monday. Five died.") == ["Air/drone strike"]
    assert "Peaceful protest" in _types("Hundreds took part in a demonstration of the residents of Saraqeb against the government on Friday.")


def test_an_act_of_an_earlier_year_told_as_background_is_no_event_of_the_news() -> None:
    reading = _read("Jets struck the town of Douma on Tuesday, killing 12 people. Rescuers searched the rubble. "
                    "Hundreds were killed in the eastern Ghouta in chemical weapons strikes carried out in August 2013.")
    assert all(e.event_date is None or e.event_date.year == 2016 for e in reading.events)
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_an_act_in_a_war_named_with_its_year_is_background() -> None:
    # "in the Six-Day War of 1967": the year after a war's name dates the act as history
    reading = _read("Shells hit the town of Quneitra on Sunday. Israel seized 900 square km of the Golan plateau from Syria in the "
                    "Four-Week War of 1973 and kept it.")
    assert all(e.event_date is None or e.event_date.year == 2016 for e in reading.events)
    assert [e.sub_event_type for e in reading.events] == ["Shelling/artillery/missile attack"]


def test_a_zone_only_named_under_an_agreement_is_no_agreement_and_an_act_under_one_is() -> None:
    lede = "Jets struck the market of Atareb on Monday, killing 20 people. The monitor said the toll could rise. "
    assert "Agreement" not in _types(lede + "Atareb lies in what is known as a safe zone under an agreement between Turkey and Russia.")
    assert "Agreement" not in _types(lede + "The town is called a truce zone under a deal between Russia and Iran.")
    assert "Agreement" in _types(lede + "Hundreds of fighters were evacuated from the town of Madaya under an agreement on Tuesday.")


def test_a_place_under_shelling_now_and_those_fighting_describe_and_report_nothing() -> None:
    lede = "Jets struck the town of Saraqeb on Monday, killing five people. The monitor said the toll could rise. "
    assert _types(lede + "The provincial capital is under continued shelling by the Nusra Front.") == ["Air/drone strike"]
    assert _types(lede + "The Jobar district has been under bombardment by government forces for weeks.") == ["Air/drone strike"]
    assert "Shelling/artillery/missile attack" in _types(lede + "The district of Jobar was under heavy shelling on Sunday.")
    assert _types(lede + "Marea is held by a coalition that is among those fighting against IS.") == ["Air/drone strike"]
    assert _types(lede + "Extremists fighting for the Nusra Front were also killed in the raid, the monitor said.") == ["Air/drone strike"]


def test_the_same_neighborhood_is_the_one_named_before() -> None:
    reading = frontwatch.extract(
        "Rockets hit the Sheikh Maqsoud neighborhood in Aleppo on Monday, a police source said. Later on Monday "
        "four civilians were killed in a rocket attack on the same neighborhood, the source added.",
        published="2016-05-11", outlet="SANA")
    assert {e.location.name for e in reading.events if e.location is not None} == {"ash-Sheikh Maqsoud"}


@pytest.mark.parametrize("text", [
    "Army units carried out intensive bombardments on Palmyra killing 30 terrorists and destroying two tanks.",
    "The army shelled gatherings of terrorists near Jisr al-Shughur destroying their positions and killing 9 of them.",
    "Government warplanes struck rebel positions in Kafr Zita killing 14 militants and destroying three vehicles.",
])
def test_what_an_act_destroyed_is_its_outcome_not_a_clash_of_its_own(text: str) -> None:
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert [e.event_type for e in reading.events] == ["Explosions/Remote violence"]
    assert reading.events[0].fatalities == reading.claims[0].value


def test_a_destruction_told_alone_or_in_a_clause_of_its_own_stays_an_event() -> None:
    alone = frontwatch.extract("Rebels destroyed two army tanks near Morek.", published="2016-06-09", outlet="manar")
    assert [e.sub_event_type for e in alone.events] == ["Armed clash"]
    joined = frontwatch.extract("Army units shelled the town of Palmyra and destroyed two tanks.", published="2016-06-09", outlet="manar")
    assert {e.event_type for e in joined.events} == {"Explosions/Remote violence", "Battles"}


def _kinds_places_tolls(text: str, published: str = "2016-05-11") -> list[tuple[str, str, int]]:
    reading = frontwatch.extract(text, published=published, outlet="AFP")
    return [(e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]


def test_a_verb_done_by_an_act_tells_what_that_act_did() -> None:
    for text in ("The ministry said a Russian air strike in Idlib province wounded a rebel commander and eliminated 30 other militants on Monday.",
                 "A government air raid on Saraqib on Monday destroyed a depot and eliminated 12 fighters, the army said.",
                 "Russian shelling near Palmyra on Monday hit a checkpoint and neutralised 14 jihadists, the ministry said."):
        events = _kinds_places_tolls(text)
        assert len(events) == 1 and events[0][0] in {"Air/drone strike", "Shelling/artillery/missile attack"}, (text, events)
    # a doer that is an armed group keeps its own act
    events = _kinds_places_tolls("Rebels shelled Hama on Monday and government troops eliminated 12 fighters near Palmyra, the army said.")
    assert len(events) == 2, events


def test_a_toll_of_a_strike_told_with_a_second_verb_is_that_strike_s_toll() -> None:
    events = _kinds_places_tolls("The ministry said a Russian air strike in Idlib province wounded a rebel commander and eliminated 30 other militants on Monday.")
    assert events[0][2] == 30, events


def test_an_act_under_a_perfect_lasting_since_a_year_is_background() -> None:
    lead = "Jets struck Saraqib on Monday, killing five people, a monitor said. The town lies near the highway. "
    for text in ("The country has been at war since 2011, with the army fighting dozens of rebel groups.",
                 "The country has been mired in conflict since March 2011 with rebels battling troops across the north.",
                 "The coalition has bombed the group since the summer of 2014."):
        assert [t for t, _, _ in _kinds_places_tolls(lead + text)] == ["Air/drone strike"], text
    # a toll counted since a year is left to the running-total rules; a day's act stays
    assert len(_kinds_places_tolls(lead + "Rebels have shelled the town twice since Friday, the monitor said.")) == 2


def test_a_report_a_day_after_the_story_s_day_keeps_the_act_on_that_day() -> None:
    for second in ("A monitoring group said Sunday that the insurgents had taken the town after heavy clashes.",
                   "The Observatory said on Sunday that rebels seized Kafr Nabudah from the army.",
                   "An activist network reported Monday that Islamist fighters overran Kafr Nabudah."):
        text = "Rebels captured the town of Kafr Nabudah in Hama province on Saturday after fierce clashes. " + second
        reading = frontwatch.extract(text, published="2016-05-09", outlet="AFP")
        captures = [e for e in reading.events if e.sub_event_type == "Non-state actor overtakes territory"]
        assert [str(e.event_date) for e in captures] == ["2016-05-07"], (second, reading.events)
    # with no day told before, the report's day is the act's
    reading = frontwatch.extract("The Observatory said on Sunday that rebels seized Kafr Nabudah from the army.",
                                 published="2016-05-09", outlet="AFP")
    assert [str(e.event_date) for e in reading.events] == ["2016-05-08"]


def test_a_withdrawal_that_let_a_capture_happen_is_that_capture() -> None:
    for text in ("Rebels took the town of Morek on Monday after the army withdrew, a monitor said.",
                 "Islamic State fighters seized the base near Palmyra on Monday as government troops pulled out.",
                 "Kurdish forces captured the village of Tal Tamr on Monday after the jihadists retreated."):
        types = [t for t, _, _ in _kinds_places_tolls(text)]
        assert "Non-violent transfer of territory" not in types and len(types) == 1, (text, types)


def test_a_share_of_a_whole_land_sums_up_the_war() -> None:
    lead = "Rebels shelled Hama on Monday, a monitor said. Later the army struck back. "
    for text in ("Loyalist forces have regained control of 60 percent of the nation, a commander said.",
                 "Islamic State has withdrawn from much of the east and south of the province.",
                 "Government troops have retaken most of the territory, the minister said."):
        assert [t for t, _, _ in _kinds_places_tolls(lead + text)] == ["Shelling/artillery/missile attack"], text
    # a share of a town taken on a day is news
    assert "Government regains territory" in [t for t, _, _ in _kinds_places_tolls(lead + "Government troops seized half of Morek on Tuesday.")]


def test_crossing_into_a_country_takes_no_territory() -> None:
    for text in ("Some 150 militants crossed the border on Thursday to enter Syria through the countryside of Latakia, the center said.",
                 "Dozens of gunmen entered Lebanon from the Qalamoun mountains on Thursday, the army said."):
        assert "Non-violent transfer of territory" not in [t for t, _, _ in _kinds_places_tolls(text)], text
    assert [t for t, _, _ in _kinds_places_tolls("Rebel fighters entered the town of Kassab in Latakia on Thursday, the center said.")] == [
        "Non-violent transfer of territory"]


def test_a_video_showing_executions_tells_the_killings_with_their_toll() -> None:
    """ "a video showed militants executing 17 men": the participle on the people shown is the act (not who they
    are), and releasing a video frees nobody."""
    for text in ("A video released on Monday showed militants executing 17 men in a desert near Palmyra.",
                 "The footage shows gunmen executing 12 prisoners near Raqqa."):
        reading = frontwatch.extract(text, published="2016-05-10", outlet="caller")
        assert [e.event_type for e in reading.events] == ["Violence against civilians"], text
        assert reading.events[0].fatalities in (17, 12)
    reading = frontwatch.extract("Rebels released 30 prisoners in Idlib on Monday.", published="2016-05-10", outlet="caller")
    assert [e.sub_event_type for e in reading.events] == ["Agreement"]


def test_beheaded_and_shot_dead_count_the_dead() -> None:
    for text in ("Militants beheaded 9 men in Deir ez-Zor on Monday.", "Gunmen shot dead 6 soldiers near Raqqa on Monday.",
                 "Six soldiers were shot dead near Raqqa on Monday."):
        reading = frontwatch.extract(text, published="2016-05-10", outlet="caller")
        assert [c.kind for c in reading.claims] == ["killed"] and reading.events[0].fatalities == reading.claims[0].value, text
    reading = frontwatch.extract("Gunmen shot 6 soldiers near Raqqa on Monday.", published="2016-05-10", outlet="caller")
    assert not any(c.kind == "killed" for c in reading.claims)


def test_an_act_that_left_a_place_unscathed_is_no_event_there() -> None:
    """ "the quarter remained unscathed by the fighting": the fighting is what did not reach it."""
    for text in ("Parts of the old city have remained largely unscathed by the fighting raging across Hama.",
                 "The coastal town has been untouched by the clashes."):
        assert frontwatch.extract(text, published="2016-05-10", outlet="caller").events == (), text
    reading = frontwatch.extract("Rebels shelled Douma on Monday, killing 3, though the centre was untouched.",
                                 published="2016-05-10", outlet="caller")
    assert [e.fatalities for e in reading.events] == [3]


def test_a_gas_tank_set_off_by_a_blast_is_no_chemical_attack() -> None:
    """ "the blast caused a gas tank to detonate": the gas names the tank (lexicons/thing_nouns.txt), no weapon."""
    reading = frontwatch.extract("The blast caused a gas tank to detonate in Qamishli on Wednesday, killing 4 people.",
                                 published="2016-05-10", outlet="caller")
    assert [e.sub_event_type for e in reading.events] == ["Remote explosive/landmine/IED"]
    reading = frontwatch.extract("A chlorine gas attack hit Sarmin on Monday.", published="2016-05-10", outlet="caller")
    assert [e.sub_event_type for e in reading.events] == ["Chemical weapon"]


def test_an_act_guarded_against_is_no_event() -> None:
    """ "defend civilians against attacks", "protect residents from air strikes": a threat, not a happening."""
    assert _types("The opposition urged allies to help the rebels defend civilians against brutal attacks by government forces.") == []
    assert _types("Residents in Saraqib dug shelters to protect their children from air strikes.") == []
    assert _types("Jets struck Saraqib on Monday, killing five people who sought protection from the bombardment.") == ["Air/drone strike"]


def test_a_generic_act_keeps_its_violence_beside_the_damage_it_did() -> None:
    """ "targeted gatherings of terrorists, destroying their cars": the clash is the event, the cars its damage."""
    assert _types("Army units targeted gatherings of terrorists in Kafr Nabl on Monday, destroying many of their cars.") == ["Armed clash"]
    assert _types("Militants attacked the village of Kafr Nabl on Monday, destroying 20 homes.") == ["Attack"]


def test_a_capture_that_is_the_aim_of_an_effort_is_no_capture() -> None:
    """ "fighting to recapture Tabqa", "an offensive to seize ...": the aim (reading.captures.intended), as for control."""
    lead = "Rebels shelled Saraqib on Monday. "
    assert "Non-state actor overtakes territory" not in _types(lead + "This week the SDF is fighting hard to retake Tabqa from IS.")
    assert "Government regains territory" not in _types(lead + "The army launched an offensive on Monday to seize the town of Tabqa.")
    assert "Government regains territory" in _types(lead + "Government forces managed to retake the town of Tabqa on Monday.")


def test_elsewhere_leaves_the_story_area() -> None:
    """ "Elsewhere in the country, rebels shelled an army post": not at the town the story was in."""
    reading = frontwatch.extract("Jets struck Tabqa on Monday. Elsewhere in the country, rebels shelled an army post on Monday.",
                                 published="2017-05-02", outlet="AFP")
    shelling = [e for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1 and (shelling[0].location is None or shelling[0].location.name != "Tabqa")


def test_people_besieged_in_the_passive_are_in_a_state_and_a_prison_is_a_place() -> None:
    """ "we were besieged inside a small area": a state, not a clash; "died at Sednaya prison": no arrest."""
    assert _types('A refugee said on Saturday: "For months we were besieged in two streets of Madaya."') == []
    assert _types("Troops besieged the town of Madaya on Monday.") == ["Armed clash"]
    assert "Arrests" not in _types("Jets struck Aleppo on Saturday. He said 200 of those detainees later died inside Sednaya prison.")
    assert _types("Police arrested 12 men in Homs on Saturday and took them to prison.") == ["Arrests"]


def test_villages_that_are_being_evacuated_are_described_and_carried_residents_come_from_their_village() -> None:
    text = ("Jets struck Aleppo on Saturday. Rebels shelled Homs on Sunday. The bomb went off in Rashidin where a convoy carrying "
            "residents of Kefraya, a village whose people are being evacuated under a truce, stood waiting.")
    reading = frontwatch.extract(text, published="2017-04-16", outlet="AFP")
    assert all(e.location is None or e.location.name not in {"Kafrayya", "Kafarya"} for e in reading.events)


def test_an_air_strike_is_never_given_to_a_ground_group() -> None:
    """Only states' forces fly aircraft: a rebel group named near "airstrikes" is no raider; a drone may be anyone's."""
    reading = frontwatch.extract("Airstrikes on IS-held villages killed at least 85 civilians on Tuesday as fighting raged between "
                                 "the militants and US-backed fighters, activists said.", published="2016-07-19", outlet="AFP")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor1 is None or e.actor1.kind in {"state forces", "foreign forces"} for e in strikes)
    drone = frontwatch.extract("An IS drone dropped a bomb on an army post in Deir ez-Zor on Tuesday.", published="2016-07-19", outlet="AFP")
    assert [e.actor1.name for e in drone.events if e.sub_event_type == "Air/drone strike" and e.actor1] == ["Islamic State (Syria)"]


def test_an_armed_actor_that_inflicts_losses_reports_a_clash_and_one_that_suffers_them_does_not_act() -> None:
    reading = frontwatch.extract("Syrian forces inflicted heavy losses upon insurgents in Idlib countryside.", published="2014-08-24", outlet="Al-Manar")
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in reading.events] == [("Armed clash", "Military Forces of Syria (2000-)")]
    suffered = frontwatch.extract("Regime forces suffered heavy losses in Idlib on Sunday.", published="2014-08-24", outlet="Al-Manar")
    assert all(e.actor1 is None or e.actor1.name != "Military Forces of Syria (2000-)" for e in suffered.events)
    assert _types("Army units continued their military operations in the Moslemieh area near Aleppo Central Prison on Sunday.") == []


@pytest.mark.parametrize("text", ["IS fighters claimed a car bomb attack on a rebel checkpoint in the town of Azaz on Sunday that killed 12 people.",
                                  "The jihadist group claimed a suicide bombing in Azaz on Sunday that killed 12 people."])
def test_an_attack_a_group_claims_is_an_event_of_the_claimant(text: str) -> None:
    """ "claimed an attack" is CASE 2021's Attribution of responsibility, but the attack it claims happened."""
    reading = frontwatch.extract(text, published="2016-07-06", outlet="AFP")
    assert [(e.event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events] == [
        ("Explosions/Remote violence", "Azaz", 12)]


def test_a_sentence_that_moves_people_elsewhere_stays_in_the_story_area() -> None:
    """ "families left to seek shelter elsewhere" moves people; "Elsewhere in the country" moves the story."""
    stays = "Rebels shelled Azaz on Monday. Families gathered their belongings to seek shelter elsewhere. " \
            "On Sunday at least nine fighters were killed when rebels launched a failed assault on the road."
    assert [e.location.name for e in _read(stays).events if e.fatalities == 9] == ["Azaz"]
    moves = "Rebels shelled Azaz on Monday. Elsewhere in the country at least nine fighters were killed when rebels launched a failed assault."
    assert [e.location.name for e in _read(moves).events if e.fatalities == 9 and e.location] != ["Azaz"]


def test_a_period_running_up_to_the_news_dates_nothing_after_it() -> None:
    """ "Fighting has grown worse since mid-2012. Rebels fired shells ...": the shelling is news, not of 2012."""
    reading = frontwatch.extract("Fighting has grown worse in Aleppo since mid-2012. Insurgents lobbed a volley of mortar shells at "
                                 "the western districts of Aleppo, leaving nine civilians dead, according to the Observatory.",
                                 published="2016-07-06", outlet="AFP")
    assert [(str(e.event_date), e.fatalities) for e in reading.events if e.sub_event_type == "Shelling/artillery/missile attack"] == [
        ("2016-07-06", 9)]


@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("The toll rose to 14 as more bodies were found.", 14),
        ("More bodies were found later.", 9),
        ("Rescuers found further bodies under the rubble, bringing the toll to 12.", 12),
    ],
)
def test_more_bodies_found_are_the_told_dead_recovered_not_a_new_killing(later: str, toll: int) -> None:
    reading = frontwatch.extract("Shelling hit the town of Douma on Sunday morning, killing nine people, rescuers said. "
                                 + later, published="2016-06-05")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Shelling/artillery/missile attack", toll)]


def test_bodies_found_elsewhere_are_still_a_killing_of_their_own() -> None:
    reading = frontwatch.extract("Shelling hit the town of Douma on Sunday morning, killing nine people, rescuers said. "
                                 "In the town of Saraqeb, the bodies of 12 men were found on Monday.", published="2016-06-05")
    assert ("Attack", "Saraqib", 12) in [(e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]


def test_a_campaign_year_dates_the_act_unless_a_day_is_named() -> None:
    """ "seized large areas of Syria and Iraq in a lightning 2014 campaign" is history, no event of a 2017 report;
    "retook the town in the 2017 offensive on Monday" is Monday's."""
    old = frontwatch.extract("The group seized large parts of Syria and Iraq in a lightning 2014 campaign.", published="2017-11-06")
    assert old.events == ()
    news = frontwatch.extract("Troops retook the town of Azaz in the 2017 offensive on Monday.", published="2017-11-08")
    assert [str(e.event_date) for e in news.events] == ["2017-11-06"]


def test_fighters_getting_ready_to_fight_have_not_fought() -> None:
    reading = frontwatch.extract("A bomber blew himself up among rebels getting ready to fight the jihadists near Azaz on Sunday.",
                                 published="2016-08-15", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Suicide bomb"]


def test_fighting_a_meeting_addresses_is_its_subject_not_an_event() -> None:
    reading = frontwatch.extract("Council members met on Sunday to address the fighting, with London and Paris urging Moscow to rein in "
                                 "its ally.", published="2016-09-26", outlet="AFP")
    assert reading.events == ()
    assert [e.sub_event_type for e in _read("Heavy fighting raged in Aleppo on Sunday, a monitor said.").events] == ["Armed clash"]


@pytest.mark.parametrize("text, day", [
    ("A bomb blast claimed by the jihadist group Islamic State killed at least 20 people on Wednesday in the city of Qamishli.", "2016-11-16"),
    ("A car bomb claimed by Islamic State killed nine people near a checkpoint on Monday in the town of Azaz.", "2016-11-14"),
    ("A truck bomb attack claimed by the Islamic State group killed 14 people on Thursday in the town of Manbij.", "2016-11-17"),
])
def test_an_attack_claimed_by_a_group_keeps_its_day_and_its_doer(text: str, day: str) -> None:
    """ "A blast claimed by IS killed 20 on Wednesday": the parser may hang "killed" on the group as if it described
    it; the day is still the blast's, and the group the blast was claimed by set it off."""
    events = _read(text).events
    assert events and events[0].event_date.isoformat() == day
    assert "jihadist" in {r.side for r in (events[0].actor1, events[0].actor2) if r is not None}


def test_a_report_day_on_a_misparsed_reporting_verb_stays_the_reports() -> None:
    """ "... killed 30 militants in the last 24 hours media reported Sunday": when the parser hangs "reported" on
    "media", the day of the report is still not the day of the killing."""
    reading = frontwatch.extract("Kurdish-led forces killed 30 militants near Tabqa in the last 24 hours media reported Sunday.",
                                 published="2017-04-18", outlet="Sputnik")
    assert reading.events and all(e.event_date.isoformat() != "2017-04-16" for e in reading.events)


@pytest.mark.parametrize("text, place", [
    ("Activists say the jihadist group has killed 20 young men in eastern Syria. The monitor says IS members slit the throats of the men near the town of Mayadin in Deir ez-Zor province on Wednesday.", "Mayadin"),
    ("Militants cut the throats of two shepherds near the village of Rasm al-Abed on Sunday.", "Rasm"),
])
def test_cutting_throats_is_a_killing(text: str, place: str) -> None:
    """ "slit the throats of the men": a killing (like beheading), which can place the killing told just before;
    cutting a price is not one."""
    events = frontwatch.extract(text, published="2017-04-06", outlet="Reuters").events
    assert len(events) == 1 and events[0].sub_event_type == "Attack" and place in (events[0].location.name if events[0].location else "")
    assert not _read("The smugglers cut the price of fuel in the town of Mayadin on Wednesday.").events


@pytest.mark.parametrize("text", [
    "Insurgents fired rockets into the old quarter of Homs on Monday, leaving at least four killed and 22 wounded.",
    "Jets struck a market in the town of Azaz on Monday leaving 12 killed.",
])
def test_leaving_people_killed_is_a_toll_not_a_withdrawal(text: str) -> None:
    """ "leaving at least three killed": the state "leave" puts people in tells the toll of the attack, even when
    the parser reads that state as a clause of its own; no one withdrew from anywhere."""
    events = _read(text).events
    assert events and all(e.event_type != "Strategic developments" for e in events)
    assert _read("Rebels left the town of Azaz on Monday after a deal with the army.").events[0].event_type == "Strategic developments"


def _at(reading: Reading) -> list[tuple[str, str, int]]:
    return sorted((e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events)


@pytest.mark.parametrize("text", [
    "Government jets struck Kafr Nabl, Binnish and Saraqib on Sunday, killing 12 people, the monitor said.",
    "Regime helicopters dropped barrel bombs on Kafr Nabl and in the village of Binnish and near the town of Saraqib on Sunday, killing 12 people.",
])
def test_places_one_strike_lists_are_one_event_each_and_the_toll_is_counted_once(text: str) -> None:
    """ACLED codes a strike on three listed villages as three events, each at its village; the sentence's toll
    is not multiplied by the places."""
    events = _read(text).events
    assert len(events) == 3 and {e.sub_event_type for e in events} == {"Air/drone strike"}
    assert sum(e.fatalities for e in events) == 12


@pytest.mark.parametrize("text", [
    "Fighting raged in the outskirts of Kafr Nabl on Sunday and in the village of Binnish, the monitor said.",
    "Fighting raged near Kafr Nabl, and also around the town of Binnish, on Sunday, the monitor said.",
])
def test_a_round_up_that_says_the_preposition_again_lists_its_places(text: str) -> None:
    places = _places(_read(text))
    assert len(places) == 2 and "Binnish" in places


def test_cities_a_round_up_names_with_a_preposition_again_stay_one_area() -> None:
    """ "casualties around the capital and in Hama": cities so listed are a round-up's areas (towns and villages only)."""
    reading = _read("Shelling was reported around Damascus on Sunday and in Hama, the envoy said.")
    assert len(reading.events) == 1


def test_a_locality_listed_with_a_town_is_its_own_event_even_when_near_it() -> None:
    """A village placed coarsely or lying near the first is not the first told again when one word lists both."""
    reading = frontwatch.extract("On Monday Turkish jets hit jihadist targets around Akhtarin Ghazal Tepe and Dabiq north of Aleppo.",
                                 published="2016-10-03", outlet="AA")
    assert {"Akhtarin", "Dabiq"} <= _places(reading)


@pytest.mark.parametrize("text", [
    "Troops massed on Sunday ahead of an offensive on Saraqib, a commander said.",
    "The army was gearing up to storm Saraqib on Sunday.",
    "The army is poised for a major assault on Saraqib.",
    "Rebels said they were making preparations for an offensive on Binnish.",
    "Rebels drew up plans for an attack on Binnish.",
])
def test_an_assault_being_prepared_has_not_happened(text: str) -> None:
    assert [e.sub_event_type for e in _read(text).events if e.event_type != "Strategic developments"] == [], text


def test_an_act_told_beside_a_later_one_still_happened() -> None:
    reading = _read("Jets pounded Saraqib on Sunday ahead of peace talks in Geneva.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Meanwhile the rebel-held Hanano district north of Aleppo also came under fire, a correspondent reported.", "Shelling/artillery/missile attack"),
    ("The town of Saraqib came under fire on Sunday.", "Shelling/artillery/missile attack"),
    ("An army patrol came under fire near Saraqib on Sunday.", "Armed clash"),
])
def test_a_town_under_fire_is_shelled_a_patrol_under_fire_fights(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in _read(text).events] == [sub]


@pytest.mark.parametrize("text", [
    "Over 200000 have died in the rebellion, which began as a peaceful protest movement and became an armed conflict after a "
    "harsh government crackdown.",
    "Thousands have died in the revolt that started with peaceful protests in 2011.",
])
def test_how_the_rebellion_began_is_background(text: str) -> None:
    assert _read(text).events == ()


def test_the_country_a_province_borders_is_never_where_it_happened() -> None:
    reading = _read("Rival factions fought on Sunday in a remote desert province bordering Iraq, leaving some 40 fighters dead, "
                    "a monitor reported.")
    assert reading.events and "Iraq" not in _places(reading)


def test_a_bomb_set_off_beneath_a_checkpoint_sets_up_no_checkpoint() -> None:
    bomb = _read("Insurgents set off explosives under an army checkpoint in Idlib province on Monday, killing 20 soldiers.")
    assert [e.sub_event_type for e in bomb.events] == ["Remote explosive/landmine/IED"]
    post = _read("Rebels set up a checkpoint near Binnish on Monday.")
    assert [e.sub_event_type for e in post.events] == ["Headquarters or base established"]


@pytest.mark.parametrize("text", [
    "Footage showed a huge column of dust shooting into the air near Binnish on Monday.",
    "Gunmen shot into the air near Binnish on Monday to celebrate.",
])
def test_shooting_into_the_air_hits_no_one(text: str) -> None:
    assert _read(text).events == ()
    assert [e.sub_event_type for e in _read("Gunmen shot two farmers near Binnish on Monday.").events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "The jihadists left behind dozens of their dead and fled the front, the agency reported.",
    "The jihadists left behind mines and booby traps in Binnish on Monday, the army said.",
])
def test_what_fighters_left_behind_is_no_place_given_up(text: str) -> None:
    assert [e.sub_event_type for e in _read(text).events if e.sub_event_type == "Non-violent transfer of territory"] == []


@pytest.mark.parametrize("text", [
    "The jets dropped guided bombs on Raqqa on Monday instead of the crude barrel bombs that the army has dropped on Idlib and elsewhere.",
    "Warplanes hit Raqqa on Monday with precision missiles, not the barrel bombs that the regime has used in Daraa province.",
])
def test_a_weapons_record_of_use_in_a_perfect_relative_clause_is_no_event(text: str) -> None:
    reading = _read(text)
    assert not {"Idleb", "Dar'a"} & _places(reading)
    # the same clause told of one day is news
    dropped = _read("The barrel bombs that the army dropped on Idlib on Sunday killed nine people.")
    assert "Idleb" in _places(dropped)


@pytest.mark.parametrize("text", [
    "Turkish artillery shelled IS positions near Jarablus on Saturday as the militants were preparing to fire rockets at Turkey.",
    "Turkish tanks fired on IS fighters near Jarablus who were about to attack Turkey on Sunday.",
])
def test_a_country_a_target_meant_to_hit_is_not_where_it_was_hit(text: str) -> None:
    places = _places(_read(text))
    assert "Turkey" not in places and places


@pytest.mark.parametrize("text, place", [
    ("At least 40 rebels died in an ambush by troops east of the small city of Adra northeast of Damascus.", "Adra"),
    ("Soldiers killed 15 gunmen in an ambush carried out by the army east of the town of Harasta northeast of Damascus.", "Harasta"),
])
def test_a_relative_place_right_after_a_town_places_the_town(text: str, place: str) -> None:
    places = _places(_read(text))
    assert places and all(place in name for name in places)  # "Adra" or "east of Harasta", never "northeast of Damascus"


@pytest.mark.parametrize("story, admin1", [
    ("A blast hit the city of Homs on Thursday. The army captured the Khaldiyeh district on Wednesday.", "Homs"),
    ("Jets bombed Aleppo city on Thursday. Shells hit the Khaldiyeh district on Wednesday.", "Aleppo"),
])
def test_a_district_name_two_cities_share_is_read_in_the_city_the_story_is_in(story: str, admin1: str) -> None:
    located = [e.location for e in _read(story).events if e.location is not None and "Khal" in e.location.name]
    assert located and all(loc.admin1 == admin1 for loc in located)


@pytest.mark.parametrize("text", [
    "Jets struck IS positions in the vicinity of Palmyra and Qaryatain on Monday.",
    "Rebel guns shelled the outskirts of Hama and Homs on Monday.",
])
def test_a_relation_said_before_a_list_of_places_holds_for_each(text: str) -> None:
    assert len(_places(_read(text))) == 2
    # a name with a place noun or a direction of its own is placed by those
    assert _places(_read("Clashes went on in the countryside of Tabqa and the al-Bab area northeast of Aleppo on Monday.")) == {"Al Bab"}


@pytest.mark.parametrize("story", [
    "A bomb went off at a checkpoint in Homs on Monday. Four policemen were killed, a monitor said.",
    "An explosion rocked the Midan district of Damascus on Monday. Nine people died, including three policemen, in the blast.",
])
def test_the_group_a_toll_sentence_counts_is_whom_the_act_before_hit(story: str) -> None:
    events = _read(story).events
    assert events and events[0].actor2 is not None and events[0].actor2.side == "government"


def _typed(reading: Reading) -> dict[str, str]:
    return {e.location.name: e.sub_event_type for e in reading.events if e.location is not None}


def test_more_dead_counted_by_place_are_one_event_per_place_known_or_not() -> None:
    # "N more ... in the town of X and M in the town of Y": each place is an event with its count, a village the
    # gazetteer lacks too
    for text in ("Regime jets struck Idlib province on Sunday. Three more civilians died in the village of Zabqa and two in the town of Saraqib.",
                 "Government helicopters bombed Idlib province on Sunday. Four other people were killed in the village of Kfarbatikh and one in the town of Binnish."):
        reading = _read(text)
        listed = {e.location.name: e.fatalities for e in reading.events if e.location is not None and e.fatalities}
        assert len(listed) == 2 and set(_typed(reading).values()) == {"Air/drone strike"}, (text, listed)


def test_similar_attacks_take_the_kind_of_the_act_told_before() -> None:
    for text, kind in (("Russian jets raided the village of Kafr Ruma in rural Idlib on Monday. Similar raids on Tal Marzouq village in the Idlib countryside left four dead.", "Air/drone strike"),
                       ("Rebels shelled the town of Mhardeh with rockets on Monday. A similar attack on the village of Suqaylabiyah wounded three.", "Shelling/artillery/missile attack")):
        assert set(_typed(_read(text)).values()) == {kind}, text


def test_damage_told_in_the_passive_is_the_outcome_of_the_act_before() -> None:
    # "a depot and 30 fighters were destroyed near X" after air strikes: the strikes' outcome, not a battle
    reading = _read("Russian air strikes killed dozens of militants in Deir Ezzor province on Friday. A depot and 30 fighters were destroyed near the town of Mayadeen.")
    assert "Battles" not in {e.event_type for e in reading.events}
    reading = _read("Rebels shelled army posts near Morek on Friday. Two tanks were destroyed near the town of Suran.")
    assert "Battles" not in {e.event_type for e in reading.events}


def test_beds_occupied_are_no_capture() -> None:
    reading = _read("Government jets bombed the town of Douma on Monday, killing nine. A doctor said every bed of the clinic was occupied.")
    assert {e.event_type for e in reading.events} == {"Explosions/Remote violence"}


def test_a_named_village_holds_no_other_named_place() -> None:
    # "the bombings ... near the town of Y" after a strike on a village the gazetteer lacks: Y does not place
    # that strike more precisely than the village it named
    reading = _read("Five civilians were killed in air strikes on the village of Tal Marzouq in rural Idlib on Monday. "
                    "Activists said the bombings followed the loss of a Russian helicopter that went down close to Saraqib that day.")
    assert "Tal Marzouq" in _places(reading)


def test_quarters_listed_bare_are_one_event_each() -> None:
    # "rockets on al-Midan al-Hamdaniyeh and Nile Street": a list of a city's quarters that lost its commas
    reading = _read("Militants fired rockets on al-Midan al-Hamdaniyeh al-Qattan and Nile Street in Aleppo on Friday, killing four.")
    assert {"al-Midan", "al-Hamdaniyeh", "al-Qattan", "Nile Street"} <= _places(reading)


def test_a_toll_told_with_its_doer_is_not_the_act_before() -> None:
    # "army units killed militants in X" after a bombing: the army's fight, not the bomb's dead
    reading = _read("A car bomb went off at a meeting of militant leaders in Idlib on Monday, killing 20. "
                    "Army units killed a number of militants in Saraqib and Binnish on Monday.")
    assert _typed(reading).get("Saraqib") == "Armed clash"


def test_a_place_described_as_a_town_of_an_area_is_where_its_clause_happened() -> None:
    # "in Douma the biggest town of the Eastern Ghouta region where raids killed 12" (commas lost): the town
    # the description puts inside the area, not the area
    for text in ("Jets struck rebel areas near Damascus on Monday. The worst toll was in Douma the biggest town of the Eastern Ghouta region where raids killed 12 people.",
                 "Jets struck rebel areas near Damascus on Monday. The dead were mostly in Douma, a town in the Eastern Ghouta where strikes killed 8."):
        assert "Duma" in _places(_read(text)), text


def test_aviation_that_acts_is_an_air_strike() -> None:
    # "Russian aviation", "the coalition's aviation" as the doer of a strike or a killing: aircraft; a civil
    # aviation body is none
    for text in ("Coalition aviation staged a massacre in the village of Kasra, killing nine civilians.",
                 "Russian aviation struck militant positions near Palmyra on Sunday, killing 30 fighters."):
        assert set(_typed(_read(text)).values()) == {"Air/drone strike"}, text
    assert not _read("The civil aviation authority said flights to Aleppo resumed on Monday.").events


def test_a_place_parsed_as_the_subject_of_a_toll_is_no_doer() -> None:
    # "targeted the X neighborhood killing a woman": the parser may make the quarter the subject of "killing";
    # the toll is still the outcome of the shelling told before
    reading = _read("Militants fired rocket shells at residential areas of Damascus on Friday. "
                    "Militant groups in the Eastern Ghouta targeted al-Salihiyah neighborhood killing a woman and injuring three others.")
    assert _typed(reading).get("al-Salihiyah") == "Shelling/artillery/missile attack"


def test_a_mention_naming_its_day_retells_no_event_the_story_put_on_another_day() -> None:
    # "Sunday's bombardment" is not the barrel bombs told after a sentence dated Monday, at the same city
    reading = frontwatch.extract(
        "Air raids killed 10 civilians in the town of Saraqib early on Monday, the monitor said. Meanwhile six others were "
        "killed in barrel bombs in the east of Aleppo city. The raids followed strikes on hospitals in Aleppo. Sunday's "
        "bombardment killed a baby in a hospital in an eastern district of Aleppo, doctors said.", published="2016-05-02", outlet="AFP")
    aleppo = sorted((e.event_date.isoformat(), e.fatalities) for e in reading.events
                    if e.location is not None and e.location.name == "Aleppo" and e.event_date is not None)
    assert aleppo == [("2016-05-01", 1), ("2016-05-02", 6)]
    # an event the article dated only by its own day may still be the one "Sunday's raid" names
    reading = frontwatch.extract("Jets bombed a convoy near Aleppo, killing 12 people, the monitor said. Sunday's raid on "
                                 "Aleppo killed 12.", published="2016-05-02", outlet="AFP")
    assert [(e.event_date.isoformat() if e.event_date else "", e.fatalities) for e in reading.events] == [("2016-05-01", 12)]


def test_a_place_told_at_a_distance_is_not_the_area_of_the_next_sentence() -> None:
    reading = _read("Rebels shelled the Ashrafieh district in Afrin with gas on Sunday, doctors said. Footage showed smoke over "
                    "Ashrafieh in Afrin located some 40 kilometers (25 miles) north of the city of Aleppo. Patients arrived "
                    "choking after the shelling with toxic gases.")
    assert all(e.location is None or not e.location.name.startswith("north of") for e in reading.events)


def test_entering_a_phase_or_a_year_takes_no_place() -> None:
    assert "Non-violent transfer of territory" not in _types("The Islamic State has entered its last phase in the town of Jarablus, a monitor said.")
    assert "Non-violent transfer of territory" not in _types("The siege of the town of Madaya entered its second year on Monday.")


def test_an_attack_that_left_people_dead_is_no_withdrawal() -> None:
    reading = _read("The channel said that rocket fire by militants on two districts of Hama city left 7 people dead including a child.")
    assert [(e.event_type, e.fatalities) for e in reading.events] == [("Explosions/Remote violence", 7)]


def test_a_town_named_inside_a_sources_name_is_no_place_of_the_event() -> None:
    reading = _read("The Beirut-based al-Mayadeen TV said that shelling by rebels on a residential district of Hama city killed 6 people.")
    assert _places(reading) == {"Hama"}


def test_an_activist_of_a_town_keeps_the_town_a_place() -> None:
    reading = _read("Heavy artillery fire also struck the rebel-held northern town of Talbisseh activist Omar Haddad said.")
    assert _places(reading) == {"Tallbisah"}


def test_a_present_refusal_told_by_a_speaker_in_the_past_is_no_event() -> None:
    reading = _read("Talks resumed in Vienna on Monday. A council member said that the regime keeps harming civilians and refuses to apply "
                    "the UN resolutions. The talks go on.")
    assert not [e for e in reading.events if e.sub_event_type == "Other"]


def test_what_a_group_is_notorious_for_is_no_event() -> None:
    reading = _read("A car bomb killed four people in Jableh on Monday. The group has no base on the coast. But the jihadists, "
                    "notorious for using sleeper cells to attack their foes, claimed the blast.")
    assert len(reading.events) == 1


def test_an_attack_feared_in_case_of_another_is_no_event() -> None:
    reading = _read("Rockets hit Douma on Friday. A commander said rebels had moved closer to army lines to be safer in case of "
                    "another gas attack. He spoke by phone.")
    assert [e.sub_event_type for e in reading.events] == ["Shelling/artillery/missile attack"]


def test_weapons_destroyed_or_seized_name_no_shelling_or_bombing() -> None:
    reading = _read("The army said on Monday its jets killed 12 IS members in Wadi Zamla in Homs countryside, destroying 6 "
                    "artillery pieces and a truck loaded with explosives near Qaryatain.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_raids_by_the_coalition_are_air_raids_unless_its_troops_raid() -> None:
    air = _read("The monitor said on Monday that 12 people died when the coalition carried out raids on a western district of Raqqa city.")
    assert [e.sub_event_type for e in air.events] == ["Air/drone strike"]
    ground = _read("The monitor said on Monday that coalition special forces carried out raids in a western district of Raqqa city.")
    assert [e.sub_event_type for e in ground.events] != ["Air/drone strike"]


def test_fighting_between_two_named_sides_is_theirs_whoever_speaks() -> None:
    reading = _read("The opposition coalition urged the UN to save residents of Deir Ezzor city caught in heavy fighting between "
                    "regime forces and ISIS.")
    (event,) = reading.events
    assert {event.actor1.side, event.actor2.side} == {"government", "jihadist"}  # type: ignore[union-attr]


def test_an_unknown_name_before_valley_is_a_place() -> None:
    reading = _read("Russian sorties killed 10 ISIS members in al-Qarmashat valley in Homs countryside on Monday, the source added.")
    assert any(e.location is not None and "Qarmashat" in e.location.name for e in reading.events)


def test_a_deal_is_placed_where_its_clause_says_it_applies_not_where_people_go() -> None:
    reading = _read("Elsewhere a deal has been reached that would see gunmen bussed to Idlib from the besieged town of Madaya.")
    assert _places(reading) == {"Madayah"}


def test_massacres_condemned_in_general_are_no_event_but_a_raid_condemned_is() -> None:
    general = _read("Jets struck Kafr Nabl on Monday. The opposition council condemned Iran's massacres against civilians in Idlib and "
                    "asked the UN to act. It also urged Arab states to help.")
    assert [e.sub_event_type for e in general.events] == ["Air/drone strike"]
    one = _read("The ministry condemned the raids that left 16 dead in Douma on Monday. It asked the UN to act. It also urged Arab states to help.")
    assert [e.fatalities for e in one.events] == [16]


def test_a_second_toll_with_its_verb_elided_and_its_own_act_and_place_is_a_second_event() -> None:
    reading = _read("Air strikes killed 9 people in Idlib on Monday, the monitor said. Another 21 were killed in strikes on eastern "
                    "Ghouta and four more in rebel shelling on Jaramana, it said.")
    assert sorted((e.location.name, e.fatalities) for e in reading.events if e.location is not None) == [  # type: ignore[union-attr]
        ("Eastern Ghouta", 21), ("Idleb", 9), ("Jaramana", 4)]


def test_an_act_a_call_follows_happened_and_an_act_weighed_did_not() -> None:
    # "called for a response following an attack": the call is a wish, the attack it follows happened
    assert _types("The League called for a tough response following a chemical attack in Ghouta on Monday.") == ["Chemical weapon"]
    assert _types("The army vowed revenge after the bombing of a checkpoint in Homs on Monday.") != []
    # "are considering air strikes": an option weighed; "considered the shelling a crime" judges one that happened
    assert _types("Western capitals are considering air strikes on Syria, officials said.") == []
    assert _types("Paris is weighing launching strikes on army bases in Syria.") == []
    assert _types("The coalition is considering the shelling of the Idlib market on Monday a war crime.") != []
    assert _types("The coalition considered the shelling of the Idlib market on Monday a war crime.") != []


def test_agreeing_that_something_is_so_is_no_agreement() -> None:
    assert "Agreement" not in _types("The ministers agreed that the massacre in Houla was a crime, the envoy said.")
    assert _types("Rebels and the army agreed that fighters would leave Daraya on Monday.")[:1] == ["Agreement"]
    assert _types("Rebels agreed to leave Daraya on Monday.")[:1] == ["Agreement"]


def test_a_rank_a_fighting_position_and_an_arsenal_are_no_events() -> None:
    # "Air Force Colonel X": a person's service; "a fighting position": a place; "possess chemical weapons": an arsenal
    assert _types("Air Force Colonel John Smith, a coalition spokesman, told reporters the claim was false.") == []
    assert _types("The target was in fact a Kurdish fighting position, the statement said.") == []
    assert _types("The statement said the militants possess chemical weapons and stockpile rockets.") == []
    assert _types("Syrian Air Force jets struck Saraqib on Monday.") == ["Air/drone strike"]
    assert _types("Rebels fired chemical weapons at the army in Harasta on Monday.") == ["Chemical weapon"]


def test_a_group_described_by_its_origin_is_no_change_to_a_group() -> None:
    # "the al-Qaida breakaway group": what the group is; its forming is the event
    assert _types("Clashes near Mayadin pitted Nusra against an al-Qaida breakaway group on Monday.") == ["Armed clash"]
    assert _types("A breakaway faction of the Free Syrian Army was formed in Idlib on Monday.") == ["Change to group/activity"]


def test_taking_counts_only_when_a_place_is_taken() -> None:
    assert _types("Kafr Nabuda was taken by regime forces on Tuesday.") == ["Government regains territory"]
    assert _types("Rebels took the village of Kafr Nabuda on Monday.") == ["Non-state actor overtakes territory"]
    for text in ("Five wounded were taken to hospital in Idlib on Monday.", "Thousands took refuge in Afrin on Monday.",
                 "Rebel delegates took part in the talks in Astana on Monday."):
        assert _types(text) == [], text


def test_a_fight_that_pits_one_group_against_another_has_both_as_parties() -> None:
    reading = _read("The fighting pitted IS militants against the YPG near the village of Tal Tamr on Sunday.")
    assert [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in reading.events] == \
        [("Islamic State (Syria)", "YPG: People's Protection Units")]
    reading = _read("The clashes pitted the Nusra Front against the Islamic State group near Deir Ezzor on Sunday.")
    assert [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in reading.events] == \
        [("Jabhat al Nusra", "Islamic State (Syria)")]


def test_people_pulled_out_of_rubble_are_no_withdrawal() -> None:
    assert _types("Rescue workers were seen pulling an elderly man out of a collapsed building in Saraqib on Sunday.") == []
    assert _types("Russia pulled its forces out of Palmyra on Sunday.") == ["Non-violent transfer of territory"]


def test_the_dead_a_strike_leaves_belong_to_the_group_whose_positions_were_struck() -> None:
    reading = _read("Turkish forces struck Daesh positions near Azaz on Monday, killing 50 terrorists.")
    assert [(e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in reading.events] == \
        [("Military Forces of Turkey (2002-)", "Islamic State (Syria)")]


def test_fumes_released_and_a_video_shot_are_no_release_or_shooting() -> None:
    assert "Agreement" not in _types("Government forces fired rockets that released deadly fumes over Zamalka on Wednesday.")
    # the parser may leave the passive without its subject: "a gas thought to be chlorine was released by a helicopter"
    assert "Agreement" not in _types("Two people died on Monday after a gas thought to be chlorine gas was released from a helicopter over Saraqib.")
    assert _types("A video purportedly shot in the Saqba neighborhood showed a room filled with bodies.") == []
    assert _types("Footage filmed in Douma on Monday showed children being treated.") == []
    assert _types("Rebels released 20 prisoners in Homs on Monday.") == ["Agreement"]
    assert _types("Gunmen shot dead two men in Homs on Monday.") == ["Attack"]


def test_harassing_troops_is_fighting_and_harassing_women_sexual_violence() -> None:
    assert "Sexual violence" not in _types("The group said its rivals started the fighting by harassing its reinforcements on the road to Qabun on Friday.")
    assert _types("Militiamen harassed women at a checkpoint in Homs on Friday.") == ["Sexual violence"]


def test_a_word_joined_into_a_compound_names_the_thing_too() -> None:
    # "an oil and gas field": gas compounds "field" as oil does; no chemical attack
    reading = _read("IS fighters stormed an oil and gas field near Palmyra on Monday, killing 20 pro-regime gunmen.")
    assert [e.sub_event_type for e in reading.events] == ["Armed clash"]
    assert [e.actor2.name if e.actor2 else "" for e in reading.events] == ["Military Forces of Syria (2000-)"]


def test_a_place_joined_to_pro_or_anti_is_a_stance_not_a_place() -> None:
    reading = _read("A car bomb struck a bus station outside Homs on Saturday, killing 12 people. Pro-Damascus television "
                    "channels said a suicide bomber was behind it.")
    assert reading.events and "Damascus" not in _places(reading)


def test_history_dated_by_a_numbered_century_is_no_event() -> None:
    reading = _read("The Ottomans captured the town in the 16th century. Rebels shelled Azaz on Monday.")
    assert [e.sub_event_type for e in reading.events] == ["Shelling/artillery/missile attack"]
    reading = _read("Tell Rifaat is the site of an 18th century battle in which an army was routed. Jets struck Azaz on Monday.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_prisoners_marched_through_streets_is_no_protest() -> None:
    for text in ("Militants marched at least 20 prisoners past a row of knives in Raqqa on Monday.",
                 "The captured soldiers were marched through the streets of Raqqa on Monday."):
        assert "Peaceful protest" not in [e.sub_event_type for e in _read(text).events], text
    assert [e.sub_event_type for e in _read("Hundreds of protesters marched through the streets of Daraa on Friday.").events] == ["Peaceful protest"]


def test_a_similar_attack_carries_its_own_toll_and_place() -> None:
    reading = _read("Three people were killed in a mortar attack on the Midan district of Aleppo on Monday. Two other people were "
                    "killed and 5 others wounded in a similar attack on the Sukkari neighborhood.")
    assert sorted((e.sub_event_type, e.location.name, e.fatalities) for e in reading.events if e.location) == [  # type: ignore[union-attr]
        ("Shelling/artillery/missile attack", "al-Midan", 3), ("Shelling/artillery/missile attack", "as-Sukkari", 2)]


def test_a_blast_heard_and_attacks_feared_are_no_events() -> None:
    reading = _read("Passengers waiting at the garage in Homs heard the explosion on Sunday and said they feared retaliation attacks by the army.")
    assert reading.events == ()


def test_a_country_after_with_is_a_party_not_a_place() -> None:
    reading = _read("Raqqa city saw fierce fighting on Sunday, with Turkey and the rebels shelling parts of the town.")
    assert "Turkey" not in _places(reading)


def _dates(text: str, published: str) -> set[str]:
    return {str(e.event_date) for e in frontwatch.extract(text, published=published, outlet="Reuters").events}


def test_a_clause_of_whenever_tells_a_habit() -> None:
    """ "sent fighters whenever the group was attacking army posts": neither clause tells a dated event."""
    text = ("Clashes broke out in Hama on Monday. Locals said the base sent new fighters to the front whenever the "
            "militants were carrying out attacks on army posts near Hama. The roads were closed.")
    assert _dates(text, "2016-11-23") == {"2016-11-21"}


def test_a_day_to_come_on_a_noun_does_not_date_the_act() -> None:
    """ "shelled a rally for the disputed June 3 vote", "ahead of a planned meeting on 25 December": a day after
    the report's that describes a noun names a thing to come; the act keeps the story's day (nor does the next
    sentence move to it)."""
    assert _dates("Gunmen shelled a rally in Daraa for a disputed June 3 vote, killing at least 15 people.", "2014-05-23") == {"2014-05-23"}
    assert _dates("Gunmen shelled a market in Idlib killing 12 people ahead of a planned meeting on 25 December.",
                  "2016-12-18") == {"2016-12-18"}
    assert _dates("Gunmen shelled a market in Idlib on 25 December killing 12 people.", "2016-12-26") == {"2016-12-25"}


def test_a_clause_measured_back_from_is_its_own_day_and_the_story_goes_on() -> None:
    """ "The latest bombing comes one week after a bomber blew himself up in Idlib": the suicide bombing is dated
    a week before; "a day after rebels blamed the army ..." does not move the next sentence to that day."""
    reading = frontwatch.extract("The latest bombing comes one week after a suicide bomber blew himself up at a "
                                 "crossing in Idlib killing 29 fighters.", published="2016-10-13", outlet="Reuters")
    assert {str(e.event_date) for e in reading.events if e.fatalities == 29} == {"2016-10-06"}
    text = ("Jets pounded the suburbs of Hama on Thursday, a day after rebels blamed the air force for gassing "
            "dozens. Rockets hit the Arbaeen neighbourhood of Hama.")
    assert _dates(text, "2016-10-14") == {"2016-10-13"}


def test_a_group_named_for_countries_is_no_place_and_its_harmed_members_are_the_side_hit() -> None:
    name = "Islamic State of Iraq and the Levant"
    reading = _read(f"Scores of members of the so-called {name} died in air strikes near Tadmur on Friday.")
    assert [e.actor2.name if e.actor2 else None for e in reading.events] == ["Islamic State (Syria)"]
    assert {c.place for c in reading.claims if c.kind == "killed"} == {"near Tadmur/Palmyra"}


def test_an_actor_led_by_a_country_names_no_place_of_the_toll() -> None:
    reading = _read("At least nine civilians died in US-led air strikes on Monday in a village east of Raqqa, the monitor said.")
    assert "United States" not in {c.place for c in reading.claims}


def test_one_side_named_as_hit_and_as_doer_is_no_dyad() -> None:
    reading = _read("Twelve rebels were killed by an explosion in Idlib city on Sunday while they rigged a car bomb, the monitor said.")
    assert all(e.actor2 is None or e.actor1 is None or e.actor1.name != e.actor2.name for e in reading.events)


def test_people_killed_while_fleeing_are_dead_not_displaced() -> None:
    reading = _read("Warplanes killed 35 villagers fleeing toward the river on Monday, activists said.")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 35)]


def test_the_weapons_used_in_an_attack_are_no_attack_of_their_own() -> None:
    assert _types("A chemical attack hit Zamalka on Monday, killing 100 people. Investigators said the kind of rockets "
                  "and launchers used in these attacks points to the army.") == ["Chemical weapon"]
    assert _types("Barrel bombs used in the raid on Douma on Monday killed 12 people.") != []


@pytest.mark.parametrize(("text", "actor"), [
    ("The United States fired dozens of cruise missiles at a Syrian airfield on Thursday.", "Military Forces of the United States"),
    ("Jordan launched air strikes on jihadist hideouts near Palmyra on Sunday.", "Military Forces of Jordan"),
    ("Turkey carried out raids on Kurdish positions near Manbij on Sunday.", "Military Forces of Turkey (2002-)"),
])
def test_a_country_firing_or_launching_an_act_is_its_forces(text: str, actor: str) -> None:
    assert [e.actor1.name if e.actor1 else None for e in _read(text).events] == [actor], text


@pytest.mark.parametrize(("text", "actor"), [
    ("Israel struck a supply convoy outside Damascus on Sunday.", "Military Forces of Israel"),
    ("The United States struck a government airbase in Homs province on Sunday.", "Military Forces of the United States"),
    ("Russia struck rebel positions near Jisr al-Shughur on Sunday.", "Military Forces of Russia (2000-)"),
])
def test_a_state_striking_a_target_is_an_air_strike(text: str, actor: str) -> None:
    events = _read(text).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [("Air/drone strike", actor)], text


@pytest.mark.parametrize("text", [
    "Israel struck a deal with Cyprus over gas on Sunday.",
    "The villagers were struck by grief after the funeral on Sunday.",
])
def test_striking_a_deal_or_struck_by_grief_is_no_air_strike(text: str) -> None:
    assert "Air/drone strike" not in [e.sub_event_type for e in _read(text).events], text


def test_shayrat_air_base_is_placed_in_homs() -> None:
    reading = _read("Cruise missiles hit the Shayrat air base on Sunday.")
    assert {(e.location.name, e.location.admin1) for e in reading.events if e.location} == {("Shayrat", "Homs")}


def test_prices_pushed_up_are_no_advance() -> None:
    assert not _read("The siege of the district has pushed the cost of bread beyond what families can pay.").events
    assert [e.sub_event_type for e in _read("Army units pushed into the village of Maan on Tuesday.").events] == ["Armed clash"]


def test_a_pledge_to_keep_fighting_is_no_clash() -> None:
    assert not _read("The new commander pledged to keep fighting against the government in Hama.").events


def test_a_denied_use_is_no_attack() -> None:
    assert not _read("Both the army and the rebels have denied using chemical weapons in Idlib.").events


def test_the_start_day_of_a_campaign_dates_no_sentence_after_it() -> None:
    reading = _read("IS fighters attacked army posts near Tabqa on Sunday, a monitor said. The attack answered an army offensive "
                    'that began on November 3. "IS has driven the troops out of the area," the monitor said.')
    assert "2016-11-03" not in {e.event_date.isoformat() for e in reading.events if e.sub_event_type != "Armed clash"}


def test_warplanes_that_continue_to_strike_tell_no_event() -> None:
    reading = _read("Shells killed two children in Binnish on Sunday, a monitor said. The monitor named no side. "
                    "Regime helicopters continue to target bakeries and clinics across the province.")
    assert [e.sub_event_type for e in reading.events] == ["Shelling/artillery/missile attack"]


def test_a_manned_aircraft_shot_down_is_a_battle_with_its_side() -> None:
    reading = _read("Insurgents shot down a Russian attack helicopter near Kafr Nubl on Tuesday, killing the "
                    "three crew members on board, a monitor said.")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Armed clash", 3)]
    event = reading.events[0]
    assert event.actor2 is not None and "Russia" in event.actor2.name
    assert event.actor1 is not None and "Russia" not in event.actor1.name


def test_a_warplane_downed_or_brought_down_names_its_owner_second() -> None:
    for text in ("Jihadists downed a Syrian fighter jet over the desert east of Palmyra on Friday, a monitor said.",
                 "A regime warplane was brought down by militants near Hama on Friday, a monitor said."):
        reading = _read(text)
        assert [e.sub_event_type for e in reading.events] == ["Armed clash"], text
        assert reading.events[0].actor2 is not None and "Syria" in reading.events[0].actor2.name, text


def test_a_helicopter_dropping_bombs_is_still_an_air_strike() -> None:
    reading = _read("A helicopter dropped two barrel bombs on the market of Kafr Nubl on Tuesday, killing eight "
                    "people, a monitor said.")
    assert [e.sub_event_type for e in reading.events] == ["Air/drone strike"]


def test_securing_a_thing_or_retreating_deeper_gives_no_territory_event() -> None:
    reading = frontwatch.extract("As the militants fell back deeper into their pocket, troops secured the release of 40 hostages "
                                 "in the town of Dumayr on Friday.", published="2016-03-05", outlet="Reuters")
    assert not [e for e in reading.events if "territory" in e.sub_event_type]
    reading = frontwatch.extract("Government troops secured the town of Dumayr on Friday.",
                                 published="2016-03-05", outlet="Reuters")
    assert "Government regains territory" in [e.sub_event_type for e in reading.events]


def test_commentary_on_the_war_is_no_event() -> None:
    """Words of battle or protest in a politician's reading of the war ("the willingness of X to engage in talks",
    "their acts demonstrate that ...") and a civil body readying its services tell no event."""
    lede = "Jets struck the town of Saraqeb on Monday, killing five people. "
    assert _types(lede + "The envoy said the raids cast doubt on the willingness of the regime to engage in the talks.") == ["Air/drone strike"]
    assert _types(lede + "He noted that the raids demonstrate the regime is bent on a military outcome.") == ["Air/drone strike"]
    assert _types(lede + "That raid demonstrated the dangers the town still faces, the envoy said.") == ["Air/drone strike"]
    assert _types(lede + "The town council announced a mobilization of its ambulance and hospital services on Tuesday.") == ["Air/drone strike"]
    # the acts themselves are still events
    assert "Peaceful protest" in _types("Hundreds of students demonstrated in the town of Saraqeb on Friday.")
    assert "Change to group/activity" in _types("The army mobilized its reserves near the town of Saraqeb on Monday.")


def test_a_building_described_by_its_new_use_is_no_base_established() -> None:
    text = ("Rebels on Sunday stormed a hill near Khan Touman holding an old school turned into an army barracks where "
            "ammunition is kept, the monitor said.")
    assert "Headquarters or base established" not in _types(text)
    assert "Headquarters or base established" in _types("Militants turned the school of Khan Touman into a base on Sunday.")


def test_a_release_no_party_is_named_for_is_no_agreement() -> None:
    lede = "Militants seized 300 villagers near the town of Jarablus as they withdrew on Friday. "
    assert "Agreement" not in _types(lede + "Dozens were freed on Saturday but the monitor said the fate of the rest was unknown.")
    assert "Agreement" not in _types(lede + "Dozens were released on Saturday but the monitor said the fate of the rest was unknown.")
    assert "Agreement" in _types(lede + "The militants released 40 of the villagers in Jarablus on Saturday.")


def test_a_retelling_that_lists_the_first_place_beside_a_new_one_keeps_the_first_event_there() -> None:
    """ "The worst raids hit the old quarters of Idlib city and the villages X and Y": the raid on Idlib city stays
    there, X is one more place hit, not a finer place of the raid on Idlib."""
    text = ("Activists said at least 10 civilians were killed in airstrikes by Russian jets on Idlib city on Friday. The local "
            "council of Idlib on Thursday called on hospitals to help the wounded after a wave of airstrikes by Russian "
            "warplanes that left at least 30 civilians killed. The heaviest airstrikes targeted civilian quarters of Idlib "
            "city as well as the villages of Binnish and Maarat al-Numan.")
    reading = _read(text)
    at = {(e.location.name if e.location else None, e.fatalities) for e in reading.events}
    assert ("Idleb", 10) in at and ("Idleb", 30) in at, at
    assert "Binnish" in _places(reading)
    # a place named after the finer one holds it: "the Jamiliyeh district of Aleppo" places the raid in the district
    assert "al-Jamiliyeh" in _places(_read("Rockets hit Aleppo on Monday, killing four people. The rockets hit the Jamiliyeh district of Aleppo."))


def test_the_aim_of_a_campaign_is_no_act_of_its_own() -> None:
    # the campaign is the fight told; "to break the siege" is what it aims at, and takes no toll or day from it
    reading = frontwatch.extract("Jets killed 40 people in the province on Sunday, weeks after rebels launched a campaign "
                                 "to break the siege of the old city on July 2.", published="2016-08-08", outlet="AFP")
    assert [(e.fatalities, str(e.event_date)) for e in reading.events if e.fatalities] == [(40, "2016-08-07")]
    reading = frontwatch.extract("Loyalist troops broke the siege of the garrison town on Monday, the ministry said.",
                                 published="2016-08-08", outlet="AFP")
    assert [e.sub_event_type for e in reading.events] == ["Armed clash"]


def test_an_unnamed_village_near_which_a_toll_fell_is_the_village_the_next_sentence_names() -> None:
    # "killed in strikes ... near a Syrian village": the noun of the act and the unnamed place hang on the toll's verb
    reading = frontwatch.extract(
        "At least 20 civilians were killed in strikes by the coalition at dawn on Tuesday near a small village held by "
        "jihadists, a monitor said. The monitor said the civilians were hit as they fled fighting in the Raqqa province "
        "village of Al-Karama.", published="2016-07-19", outlet="AFP")
    strikes = [e for e in reading.events if e.sub_event_type == "Air/drone strike"]
    assert [(e.location.name if e.location else "", e.fatalities) for e in strikes] == [("Karama", 20)]
