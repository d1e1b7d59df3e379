"""Claims: figures with their kind, source, qualifier, hedge, movement and disputes."""

from __future__ import annotations

import pytest

import frontwatch


@pytest.fixture(scope="module")
def evacuation():  # type: ignore[no-untyped-def]
    text = (
        "Government forces captured the Sakhour district of Aleppo on Sunday, state media said.\n\n"
        "Hundreds of civilians fled to government-held areas through the Jabal Badro crossing. "
        "State media said the army had evacuated 2,000 people. "
        "The Syrian Observatory for Human Rights on Monday put the number at 3,500, saying an additional 800 "
        "had made their way on foot to Sheikh Maqsoud.\n\n"
        "Activists said at least 12 civilians were killed in an air raid on the town of Manbij, "
        "a figure that could not be independently verified."
    )
    return frontwatch.extract(text, published="2016-11-28", outlet="Reuters")


def _claim(reading, value):  # type: ignore[no-untyped-def]
    found = [c for c in reading.claims if c.value == value]
    assert found, [(c.kind, c.value) for c in reading.claims]
    return found[0]


def test_each_figure_keeps_its_own_source(evacuation):  # type: ignore[no-untyped-def]
    assert _claim(evacuation, 2000).source.source_type == "state media"
    assert _claim(evacuation, 3500).source.name == "Syrian Observatory for Human Rights"
    assert _claim(evacuation, 3500).source.source_type == "monitor"
    assert _claim(evacuation, 800).source.name == "Syrian Observatory for Human Rights"


def test_same_quantity_from_two_sources_is_disputed_and_both_kept(evacuation):  # type: ignore[no-untyped-def]
    state, monitor = _claim(evacuation, 2000), _claim(evacuation, 3500)
    assert state.kind == monitor.kind == "displaced"
    assert monitor.claim_id in state.disputed_with
    assert state.claim_id in monitor.disputed_with
    # "an additional 800" is another quantity, not a third opinion on the same one.
    assert _claim(evacuation, 800).disputed_with == ()


def test_movement_keeps_way_and_destination(evacuation):  # type: ignore[no-untyped-def]
    extra = _claim(evacuation, 800)
    assert extra.qualifier == "additional"
    assert "Maqsoud" in extra.destination
    assert "Badro" in _claim(evacuation, 2000).via


def test_vague_numbers_follow_acled_and_keep_words(evacuation):  # type: ignore[no-untyped-def]
    vague = _claim(evacuation, 100)
    assert vague.words.lower() == "hundreds"
    assert vague.qualifier == "vague"


def test_killed_claim_is_hedged_with_qualifier_and_event(evacuation):  # type: ignore[no-untyped-def]
    killed = _claim(evacuation, 12)
    assert killed.kind == "killed"
    assert killed.qualifier == "at least"
    assert killed.source.source_type == "activists"
    assert killed.hedged and "verified" in killed.hedge
    assert killed.event_id, "a death toll belongs to the event of its sentence"
    event = next(e for e in evacuation.events if e.event_id == killed.event_id)
    assert event.fatalities == 12
    assert event.location is not None and event.location.name == "Manbij"


def test_quote_offsets_point_into_the_body(evacuation):  # type: ignore[no-untyped-def]
    body = evacuation.document.body
    for claim in evacuation.claims:
        if claim.start >= 0:
            assert body[claim.start : claim.end] in claim.quote
            assert claim.quote in body


def test_capture_gives_a_control_record(evacuation):  # type: ignore[no-untyped-def]
    held = [(c.place, c.holder, c.since) for c in evacuation.control]
    assert ("as-Sakhour", "government", True) in held


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return [(c.kind, c.value, c.qualifier) for c in reading.claims if c.value is not None]


def test_a_participle_on_the_counted_noun_says_what_happened_to_them() -> None:
    assert ("killed", 26, "at least") in _figures("Three nurses were among at least 26 people killed on Sunday in shelling of the town of Dumayr.")


def test_the_count_after_among_is_the_whole_and_among_them_gives_a_part() -> None:
    assert ("killed", 26, "at least") in _figures("Three nurses were among at least 26 people killed on Sunday in shelling of the town of Dumayr.")
    assert ("killed", 10, "including") in _figures("Troops executed 48 people in the village of Rityan on Tuesday among them 10 children.")


def test_left_dead_and_wounded_are_tolls_not_departures() -> None:
    figures = _figures("Fighting near the town of Harasta left at least 35 dead and 60 wounded on Thursday.")
    assert ("killed", 35, "at least") in figures and ("injured", 60, "") in figures
    reading = frontwatch.extract("Fighting near the town of Harasta left at least 35 dead and 60 wounded on Thursday.", published="2016-11-20", outlet="Reuters")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in reading.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the shelling rose to 20 and more than 40 wounded persons, a local source said.",
        "The death toll rose to 20 and 40 injured people, a local source said.",
        "The toll from the two blasts in the town rose to 20 and more than 40 wounded persons most of them women.",
    ],
)
def test_a_wounded_count_joined_to_a_rising_toll_is_no_part_of_the_dead(sentence: str) -> None:
    text = "Shelling hit the town of Kafr Zita on Friday. " + sentence
    figures = _figures(text)
    assert ("killed", 20, "") in figures and any(k == "injured" and v == 40 for k, v, _ in figures)
    assert _fatalities(text) == {"Kafr Zayta": 20}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Up to 80 IS fighters were destroyed in the area of Mayadin, the ministry said.", 80),  # passive: fighters destroyed
        ("More than 60 foreign mercenaries were killed in the town, the ministry said.", 60),
        ("Jets killed 25 extremists near the town, the ministry said.", 25),
        # fighters listed after a thing the verb also destroys
        ("A command post and up to 50 fighters were destroyed near the town, the ministry said.", 50),
        ("Jets destroyed an arms depot and 35 militants near the town, the ministry said.", 35),
    ],
)
def test_fighters_destroyed_and_mercenaries_killed_are_counts_of_the_dead(sentence: str, value: int) -> None:
    figures = _figures("Russian jets struck the town of Mayadin on Friday. " + sentence)
    assert any(k == "killed" and v == value for k, v, _ in figures)


def test_vehicles_destroyed_are_no_toll() -> None:
    figures = _figures("Russian jets struck the town of Mayadin on Friday. Three warehouses and 12 vehicles were destroyed, the ministry said.")
    assert not any(k == "killed" for k, _, _ in figures)
    figures = _figures("Russian jets struck the town of Mayadin on Friday. Jets destroyed a depot and 50 houses, the ministry said.")
    assert not any(k == "killed" for k, _, _ in figures)
    figures = _figures("Russian jets struck the town of Mayadin on Friday. Jets destroyed 12 tanks and 50 fighters, the ministry said.")
    assert ("killed", 12, "") not in figures


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Warplanes struck the town of Saraqeb on Monday, killing 25 people, 10 of them children, the monitor said.", 25),
        ("Warplanes struck the town of Saraqeb on Monday, killing 25 people, 10 of whom were children, the monitor said.", 25),
        ("Warplanes struck the town of Saraqeb on Monday, killing 25 people, among them 10 children and 4 women.", 25),
        ("A suicide bomber struck a checkpoint in the town of Azaz on Monday. The blast killed 14 people, 9 of them rebels.", 14),
        # a verb's own object "of them" counts the dead of a group told before, not a part of a toll
        ("Gunmen opened fire on dozens of civilians in the village of Taqad on Monday, killing 3 of them and wounding 22.", 3),
    ],
)
def test_a_part_told_with_of_them_or_listed_after_among_them_adds_no_dead(text: str, toll: int) -> None:
    assert max(_fatalities(text).values()) == toll


@pytest.mark.parametrize(
    "later",
    [
        "The death toll from the bombing later rose to 22, the monitor said.",
        "The monitor later raised the toll to 22.",
        "The death toll rose to 22.",
    ],
)
def test_a_raised_toll_replaces_a_count_told_for_the_events_own_place(later: str) -> None:
    assert _fatalities("A car bomb killed 15 people in the town of Azaz on Monday. " + later) == {"Azaz": 22}


@pytest.mark.parametrize(
    "toll",
    ["The toll: 18 dead and 40 wounded, the monitor said.", "Casualties: 18 killed, 40 injured.", "Death toll: 18, with 40 wounded."],
)
def test_a_verbless_toll_counts_its_dead_and_not_its_wounded(toll: str) -> None:
    assert _fatalities("A car bomb exploded in the town of Azaz on Monday. " + toll) == {"Azaz": 18}


@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("Ten soldiers were also killed in the fighting.", 25),  # the other side's dead, told after: on top
        ("Ten soldiers were killed too, the monitor said.", 25),
        ("Five of the rebels were also among the dead.", 15),  # a part of the toll, "also" or not
        ("The monitor also said 15 rebels were killed.", 15),  # "also" on the report, not on the deaths
    ],
)
def test_dead_said_to_be_also_killed_come_on_top_of_the_toll_before(later: str, toll: int) -> None:
    text = "Clashes between rebels and government forces in the town of Harasta on Monday killed 15 rebels, the monitor said. " + later
    assert _fatalities(text) == {"Harasta": toll}


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded in the town of Azaz on Monday, leaving 30 people dead or wounded.",
        "A car bomb exploded in the town of Azaz on Monday. At least 30 people were killed or injured in the blast.",
        "A car bomb exploded in the town of Azaz on Monday and killed or wounded 30 people.",
    ],
)
def test_people_killed_or_wounded_are_casualties_not_dead(text: str) -> None:
    assert _fatalities(text) == {"Azaz": 0}
    assert ("casualties", 30) in [(k, v) for k, v, _ in _figures(text)]


def test_dead_and_wounded_joined_by_and_stay_two_counts() -> None:
    assert _fatalities("A car bomb exploded in the town of Azaz on Monday, leaving 30 people dead and 12 wounded.") == {"Azaz": 30}


def test_another_places_count_in_the_same_sentence_is_not_added_to_the_events_toll() -> None:
    text = ("Air strikes killed 30 people in eastern Aleppo on Monday, the monitor said. A strike on a market in "
            "Bustan al-Qasr killed 12, and another on a bakery in al-Sukkari killed 8.")
    assert _fatalities(text).get("Bustan al-Qaser") == 12


@pytest.mark.parametrize(
    ("first", "toll"),
    [
        ("UNICEF said 25 children were killed in the strikes.", 58),  # a part, not a lower total
        ("UNICEF said 25 women were killed in the strikes.", 58),
        ("State media said 25 people were killed in the strikes.", 25),  # a lower total: the conservative value
    ],
)
def test_a_source_counting_only_children_sets_no_lower_total_than_a_full_toll(first: str, toll: int) -> None:
    text = "Air strikes hit the town of Saraqeb on Saturday. " + first + " The monitor said 58 people died in the raids on the town."
    assert _fatalities(text) == {"Saraqib": toll}


def test_a_toll_that_could_rise_is_no_figure() -> None:
    assert not any(k == "killed" for k, _, _ in _figures("Five people were wounded in the strike on Saraqeb on Monday and the toll could rise to several dozen."))


def test_a_later_toll_sentence_counts_the_event_before_it() -> None:
    reading = frontwatch.extract("Government shelling hit the town of Dumayr on Sunday the Observatory said. "
                                 "He said at least 26 people were killed.", published="2016-11-20", outlet="Reuters")
    (shelling,) = reading.events
    assert shelling.sub_event_type == "Shelling/artillery/missile attack" and shelling.fatalities == 26


def test_others_counted_after_a_toll_are_people() -> None:
    figures = _figures("Rebels fired rockets at the al-Midan district of Aleppo on Saturday killing 3 civilians and injuring 15 others.")
    assert ("killed", 3, "") in figures and ("injured", 15, "") in figures


def test_a_headline_figure_the_body_does_not_repeat_is_the_outlets_claim() -> None:
    reading = frontwatch.extract("Rebels fired rocket shells at the al-Midan district of Aleppo on Saturday killing 3 civilians. "
                                 "Another shell hit the Sukkari district killing 2 people.",
                                 published="2016-11-20", outlet="sana", title="7 citizens killed 12 injured in rocket attacks on Aleppo")
    heads = {(c.kind, c.value): c for c in reading.claims if c.start == -1}
    assert set(heads) == {("killed", 7), ("injured", 12)}
    assert heads[("killed", 7)].source.name == "SANA" and heads[("killed", 7)].quote.startswith("7 citizens")
    again = frontwatch.extract("At least 51 civilians were killed in air raids on Aleppo on Saturday.", published="2016-11-20",
                               outlet="Reuters", title="More than 50 civilians killed in Aleppo")
    assert [c for c in again.claims if c.start == -1] == []


def test_one_person_named_in_a_toll_counts_one() -> None:
    figures = _figures("Rebel shells hit the al-Salihiya district of Damascus on Friday killing a woman and injuring three others.")
    assert ("killed", 1, "") in figures and ("injured", 3, "") in figures
    assert ("killed", 1, "") not in _figures("A photo showed a family of six killed in a gas attack in eastern Aleppo on Sunday.")


def _held(text: str) -> set[tuple[str, str]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return {(c.place, c.holder) for c in reading.control}


def test_a_held_list_holds_each_place_and_a_relative_clause_names_the_last_ones_holder() -> None:
    held = _held("Car bombs struck army-held Jableh and Baniyas as well as Qamishli which is largely controlled by the YPG on Monday.")
    assert {("Jablah", "government"), ("Baniyas", "government"), ("Al Qamishli", "Kurdish forces (YPG)")} <= held
    assert ("Jablah", "Kurdish forces (YPG)") not in held


def test_a_passive_report_gives_the_state_it_reports_and_killing_verbs_for_fighters() -> None:
    assert ("killed", 5, "") in _figures("Five residents were also reported killed by mortar fire on Hamdaniya on Friday.")
    assert ("killed", 40, "more than") in _figures("The army destroyed over 40 terrorists near Tadmur on Saturday.")
    assert ("killed", 9, "") in _figures("Kurdish forces eliminated 9 militants near Tabqa on Sunday.")
    assert not [f for f in _figures("The army destroyed 12 houses near Tadmur on Saturday.") if f[0] == "killed"]


def test_a_toll_the_same_source_restates_for_one_event_counts_once() -> None:
    reading = frontwatch.extract("At least 21 people were killed in car bomb blasts in Jableh on Monday, state media said. "
                                 "The bombs in Jableh killed at least 21 people, state media said.", published="2016-11-20", outlet="Reuters")
    assert {e.fatalities for e in reading.events if e.location is not None and e.location.name == "Jablah"} == {21}


def test_a_count_said_to_come_on_top_of_another_sentence_s_is_told_once_in_its_own() -> None:
    # "also" sets the count apart from the sentence before; the participle of the same sentence restates it
    def toll(text: str) -> int:
        reading = frontwatch.extract(text, published="2016-05-03", outlet="Reuters")
        return max(e.fatalities for e in reading.events)
    assert toll("Twenty civilians were also killed on Monday when jets pounded the town of Saraqib, killing 20 civilians.") == 20
    assert toll("Four rebels were also killed on Monday when troops stormed the village of Kafr Nabl, killing four rebels.") == 4
    # the later count's own "more" still comes on top
    assert toll("Four rebels were also killed on Monday when troops stormed the village of Kafr Nabl, killing four more rebels.") == 8


def test_a_capture_told_as_background_is_no_event_but_says_who_holds_the_place_since() -> None:
    reading = frontwatch.extract("Army units fought Islamic State fighters east of Tadmur on Saturday, the army said. "
                                 "Syrian troops retook Tadmur from the Islamic State on March 27.", published="2016-08-13", outlet="Reuters")
    assert all(e.event_date is None or e.event_date.month == 8 for e in reading.events)
    assert [(c.place, c.holder, c.date.isoformat() if c.date else "") for c in reading.control] == [("Tadmur/Palmyra", "government", "2016-03-27")]


def test_parts_listed_before_among_are_parts_and_a_subheading_giving_one_adds_no_dead() -> None:
    figures = _figures("The monitor said 9 children and 11 rebels were among 40 people executed by troops in Tal Rifaat this week.")
    assert ("killed", 9, "including") in figures and ("killed", 11, "including") in figures and ("killed", 40, "") in figures
    reading = frontwatch.extract("Troops entered the village of Tal Rifaat on Tuesday. - Soldiers kill 9 children - The monitor said 9 "
                                 "children and 11 rebels were among 40 people executed by troops in Tal Rifaat this week.",
                                 published="2016-11-20", outlet="Reuters")
    assert max(e.fatalities for e in reading.events) == 40


def test_leaving_people_injured_counts_injured_wherever_the_parser_hangs_it() -> None:
    reading = frontwatch.extract("Gunmen fired rockets on the districts of Midan and the Mogambo leaving seven people injured a "
                                 "police source said.", published="2016-04-23", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims] == [("injured", 7)]


def test_a_participle_with_its_own_number_and_a_state_before_the_noun_count_what_they_say() -> None:
    reading = frontwatch.extract("A car bomb killed 27 people injured 64 on Friday in the town of Azaz.", published="2016-10-04", outlet="Reuters")
    assert sorted((c.kind, c.value) for c in reading.claims) == [("injured", 64), ("killed", 27)]
    reading = frontwatch.extract("Four injured women died on Sunday and clinics in Idlib took in more than 50 other wounded persons.",
                                 published="2016-10-04", outlet="Reuters")
    assert sorted((c.kind, c.value) for c in reading.claims) == [("injured", 50), ("killed", 4)]


def _fatalities(text: str) -> dict[str, int]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return {e.location.name: e.fatalities for e in reading.events if e.location is not None}


@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("A rights group said 4100 prisoners died in detention from May 2012 to April 2015.", 9),
        ("The group said 700 people were killed in the province from January 2015 until April 2016.", 9),
        ("The monitor said 12 people were killed in the town between Friday and Saturday.", 12),  # a day or two: one incident
    ],
)
def test_a_toll_between_two_dates_far_apart_is_a_running_total(later: str, toll: int) -> None:
    text = "Air strikes hit the town of Saraqeb on Saturday killing 9 people. " + later
    assert max(e.fatalities for e in frontwatch.extract(text, published="2016-06-04", outlet="Reuters").events) == toll


def test_a_running_total_since_a_date_is_no_events_toll() -> None:
    reading = frontwatch.extract("Government shelling hit the town of Saraqeb on Monday killing 4 people, the monitor said. "
                                 "More than 300,000 people have been killed since the war began in 2011.", published="2016-11-20", outlet="Reuters")
    assert {e.fatalities for e in reading.events} == {4}
    assert [c.event_id for c in reading.claims if c.value == 300000] == [""]
    again = frontwatch.extract("Jets struck the town of Saraqeb on Monday killing 4 people. The monitor said 90 people were killed "
                               "in Saraqeb over the past ten days.", published="2016-11-20", outlet="Reuters")
    assert max(e.fatalities for e in again.events) == 4


def test_a_toll_dated_years_before_is_not_the_toll_of_this_weeks_event_at_that_place() -> None:
    reading = frontwatch.extract("Government shelling hit the town of Dumayr on Tuesday. Hundreds of people were killed in Dumayr "
                                 "in a chemical attack in August 2013.", published="2016-11-20", outlet="Reuters")
    assert [e.fatalities for e in reading.events] == [0]
    assert [c.event_id for c in reading.claims if c.value == 100] == [""]


def test_a_part_of_the_toll_seen_by_another_source_is_that_part() -> None:
    fatalities = _fatalities("Shelling hit a school in Harasta on Tuesday killing six people including five schoolchildren, the "
                             "monitor said. A photographer at the hospital saw the bodies of five children.")
    assert set(fatalities.values()) == {6}


def test_a_part_told_with_the_events_own_place_is_no_breakdown_when_the_whole_is_told_there() -> None:
    assert _fatalities("On Sunday 14 civilians including a woman were killed in air strikes on Kafr Batna.") == {"Kafr Batna": 14}


def test_a_relative_clause_on_the_counted_noun_says_what_happened_to_them() -> None:
    assert ("killed", 14, "") in _figures("Rescuers named 14 people who died in the shelling of Douma on Friday.")
    assert ("injured", 9, "") in _figures("Doctors treated 9 children who were wounded when a shell hit their school in Harasta.")
    assert not [f for f in _figures("The 5,000 people who live in the village of Rityan fear a new offensive.") if f[0] == "killed"]


def test_a_toll_over_a_day_or_two_is_the_incidents_toll_and_a_longer_one_is_no_events():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Fighting raged in Kafr Hamra on Tuesday. A monitor said 18 fighters have been killed in the clashes in Kafr Hamra "
        "in the past 24 hours. The monitor said 400 fighters have been killed in Kafr Hamra since March.",
        published="2016-07-06",
    )
    assert _claim(reading, 18).event_id
    assert not _claim(reading, 400).event_id


def test_the_wounded_after_a_list_of_the_dead_are_wounded_not_part_of_the_dead():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Eight people died, among them two boys, and 15 others wounded in a car bomb attack on a market in Tartus.",
        published="2016-07-06",
    )
    wounded = _claim(reading, 15)
    assert (wounded.kind, wounded.qualifier) == ("injured", "")
    assert _claim(reading, 8).kind == "killed"


def test_counts_given_for_two_quarters_after_a_strike_are_two_events_with_their_own_tolls():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Government jets struck Aleppo on Sunday, killing at least 14 civilians, a monitor said. "
        "The monitor said six civilians were killed in Bustan al-Qasr and three others - among them a woman - "
        "died in the Salah ad-Deen neighbourhood.",
        published="2016-07-03",
    )
    by_place = {e.location.name: e for e in reading.events if e.location is not None}
    assert by_place["Bustan al-Qaser"].sub_event_type == "Air/drone strike"
    assert by_place["Bustan al-Qaser"].fatalities == 6
    assert by_place["Salah ad-Deen"].sub_event_type == "Air/drone strike"
    assert by_place["Salah ad-Deen"].fatalities == 3


def test_the_whole_wars_toll_is_no_events_toll():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Jets hit Maarat al-Numan on Sunday, killing nine people. More than 290,000 people have died in the country's war. "
        "The conflict has killed more than 300,000 people.",
        published="2016-07-04",
    )
    assert _claim(reading, 9).event_id
    assert not _claim(reading, 290000).event_id and not _claim(reading, 300000).event_id
    assert max(e.fatalities for e in reading.events) == 9


def test_a_toll_read_as_a_bare_number_after_was_is_still_a_count():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("Jets pounded Saraqib overnight. A doctor said the death toll from the raids was 38.",
                                 published="2016-07-04")
    assert _claim(reading, 38).kind == "killed"


def test_a_toll_in_the_fighting_goes_to_the_battle_not_the_shelling_of_its_sentence():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "One woman was killed by army shelling while clashes raged on the edge of Daraa, the monitor said, "
        "adding that nine soldiers were killed in the fighting.",
        published="2016-07-04",
    )
    nine = _claim(reading, 9)
    event = next(e for e in reading.events if e.event_id == nine.event_id)
    assert event.event_type == "Battles"


def test_a_total_that_the_next_counts_add_up_to_is_a_round_up_not_an_events_toll():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "At least 30 civilians were killed on Sunday across Idlib province, a monitor said. "
        "Air raids left 12 people dead in Saraqib. Rebel shelling killed seven in Abu al-Duhur. "
        "Another 11 people died in strikes on Khan Shaykhun.",
        published="2016-07-04",
    )
    assert not _claim(reading, 30).event_id
    assert sorted(e.fatalities for e in reading.events if e.fatalities) == [7, 11, 12]


def test_one_of_a_count_named_after_it_is_part_of_the_count():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("Four other gunmen one identified as Abu Omar were killed in an ambush near Tadmur.",
                                 published="2016-07-04")
    assert _claim(reading, 1).qualifier == "including"
    assert max(e.fatalities for e in reading.events) == 4
    assert all(e.location is None or e.location.name != "Abu Omar" for e in reading.events)


def test_people_named_by_their_status_count_what_a_verb_did_to_them() -> None:
    """ "killed 60 evacuees": the noun says who they were, the verb what happened; alone it counts a movement."""
    killed = frontwatch.extract("The convoy left on Monday, two days after a car bomb killed more than 60 evacuees near the crossing.",
                                published="2016-11-20", outlet="Reuters")
    assert [(c.kind, c.value) for c in killed.claims] == [("killed", 60)]
    moved = frontwatch.extract("Some 60 evacuees reached Idlib on Monday after a long journey.", published="2016-11-20", outlet="Reuters")
    assert [(c.kind, c.value) for c in moved.claims] == [("displaced", 60)]


def test_stoned_to_death_and_managed_to_escape_say_what_happened():  # type: ignore[no-untyped-def]
    stoned = frontwatch.extract("In Mayadin three men were beaten to death by the militants, a monitor said.", published="2016-07-04")
    assert _claim(stoned, 3).kind == "killed"
    fled = frontwatch.extract("Some 45 residents had managed to escape to a nearby farm, the monitor added.", published="2016-07-04")
    assert _claim(fled, 45).kind == "displaced"


def test_a_count_joined_to_a_toll_goes_on_with_its_kind_but_a_clause_of_its_own_does_not():  # type: ignore[no-untyped-def]
    joined = frontwatch.extract("There were 12 dead among the rebels and 9 among the troops as well as three civilians, the monitor said.",
                                published="2016-07-04")
    assert [(c.kind, c.value) for c in joined.claims if c.kind == "killed"] == [("killed", 12), ("killed", 9), ("killed", 3)]
    own = frontwatch.extract("Ten rebels were killed in Homs, and 300 civilians live there.", published="2016-07-04")
    assert [c.value for c in own.claims] == [10]


def test_the_same_dead_told_one_by_one_are_parts_of_the_count():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "In Mayadin three men were shot dead by the militants, a monitor said. Two died at once and one later in hospital, the monitor said.",
        published="2016-07-04",
    )
    assert max(e.fatalities for e in reading.events) == 3


def test_a_toll_over_a_week_of_bombing_is_no_events_toll():  # type: ignore[no-untyped-def]
    week = frontwatch.extract("Jets hit Saraqib on Monday. Hundreds of people died during a week of heavy raids.", published="2016-10-11")
    assert not _claim(week, 100).event_id
    two_days = frontwatch.extract("Jets hit Saraqib on Monday. Twelve people were killed in two days of shelling.", published="2016-10-11")
    assert _claim(two_days, 12).event_id


def _kinds(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.value) for c in frontwatch.extract(text, published="2016-07-04").claims if c.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present participle on the counted noun
        ("The transfer resumed with 2,000 people leaving the two towns at dawn, the monitor said.", ("displaced", 2000)),
        ("State media showed some 700 residents leaving the district on foot.", ("displaced", 700)),
        # "able to" reaches the verb; "get out" and "forced ... out" move people
        ("A family of five people was able to get out of the city on Friday, state media said.", ("displaced", 5)),
        ("Some 900 civilians were able to leave the old city this year, the monitor said.", ("displaced", 900)),
        ("Militants forced at least 20,000 residents out of their homes in the town, the network said.", ("displaced", 20000)),
        # the state completing the subject's verb
        ("Another 140 villagers have gone missing since the raid, the network said.", ("missing", 140)),
        ("Local sources said 35 civilians remain missing after the attack.", ("missing", 35)),
    ],
)
def test_what_people_did_is_read_through_participles_able_and_states(text, expected):  # type: ignore[no-untyped-def]
    assert expected in _kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said some 15,000 people remain in the besieged town.", ("besieged", 15000)),
        ("The villages of some 12,000 people have been under siege since 2015, the agency said.", ("besieged", 12000)),
        ("Around 40,000 residents still live in besieged Madaya, aid workers said.", ("besieged", 40000)),
    ],
)
def test_people_in_a_place_under_siege_are_besieged(text, expected):  # type: ignore[no-untyped-def]
    assert expected in _kinds(text)


def test_places_under_siege_are_no_count_of_people():  # type: ignore[no-untyped-def]
    assert not [k for k in _kinds("The three districts remain under siege, the agency said.") if k[0] == "besieged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy was carrying at least 4000 people, the monitor said.", ("displaced", 4000)),
        ("The monitor also reported the transfer which it said includes 700 armed men from both sides.", ("displaced", 700)),
        ("Buses carrying 300 residents reached the crossing on Monday, state media said.", ("displaced", 300)),
    ],
)
def test_a_movement_or_its_vehicle_gives_the_people_it_carries_their_kind(text, expected):  # type: ignore[no-untyped-def]
    assert expected in _kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of victims is at least 40, the source said.", ("killed", 40)),
        ("The number of wounded stood at 75, the hospital director said.", ("injured", 75)),
        ("Workers found a mass grave containing 120 corpses of villagers, the group said.", ("killed", 120)),
        ("The war has caused more than 300000 deaths in the country, the centre said.", ("killed", 300000)),
        ("Troops slew nearly 90 militants in the province, the agency said.", ("killed", 90)),
        ("In the assault the militant group lost 15 fighters, a monitor reported.", ("killed", 15)),
        ("Three children and one woman killed in earlier shelling were buried on Friday, the group said.", ("killed", 3)),
    ],
)
def test_tolls_named_by_their_noun_their_verb_or_a_shared_participle(text, expected):  # type: ignore[no-untyped-def]
    assert expected in _kinds(text)


def test_a_participle_with_a_counted_object_is_another_counts_verb():  # type: ignore[no-untyped-def]
    """ "killing 2 children injuring 9 others" (a comma lost): the 2 are dead, not wounded."""
    kinds = _kinds("A rocket shell landed in the neighborhood killing 2 children injuring 9 others, the reporter said.")
    assert ("killed", 2) in kinds and ("injured", 9) in kinds


def test_a_toll_told_beside_an_agreement_is_no_toll_of_the_agreement():  # type: ignore[no-untyped-def]
    from frontwatch.reading.tolls import nearest_event as _nearest_event
    from frontwatch.records import Event

    def told(event_type: str) -> Event:
        return Event("e", None, 1, event_type, "Agreement" if event_type == "Strategic developments" else "Air/drone strike",
                     None, None, (), None, 0, (), False, "", 0, 100)

    assert _nearest_event([told("Strategic developments")], 50, "killed") is None
    assert _nearest_event([told("Explosions/Remote violence")], 50, "killed") is not None
    assert _nearest_event([told("Strategic developments")], 50, "displaced") is not None


def test_a_toll_since_a_truce_collapsed_days_ago_is_a_running_total_and_a_short_since_is_not():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Jets struck Saraqib on Sunday. The monitor said earlier in the day that 150 civilians have been killed in "
        "raids on Saraqib since a truce collapsed on Monday evening.",
        published="2016-09-25",
    )
    assert not _claim(reading, 150).event_id
    short = frontwatch.extract("Fighting raged in Kafr Hamra on Saturday. A monitor said 18 fighters have been killed in the "
                               "clashes in Kafr Hamra since Saturday evening.", published="2016-09-25")
    assert _claim(short, 18).event_id


@pytest.mark.parametrize("text", [
    "Mortar fire from rebel positions killed two women in the town, which has been split since May 2013, the monitor said.",
    "Regime shelling on the town killed four people in the district that has been besieged since 2013, activists said.",
    "An air raid killed three children in the village, held by rebels since 2014, the monitor said.",
])
def test_a_period_dating_a_described_place_does_not_make_the_toll_a_running_total(text):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-07-01", outlet="AFP")
    toll = next(c for c in reading.claims if c.kind == "killed")
    assert toll.event_id
    assert [e.fatalities for e in reading.events if e.event_id == toll.event_id] == [toll.value]


@pytest.mark.parametrize("text", [
    "Eleven others died in heavy strikes on several districts in the north of the town since dawn, rescuers said.",
    "At least 9 people were killed in air raids on the town since this morning, the monitor said.",
    "Shelling has killed six civilians in the village since midnight, activists said.",
])
def test_a_toll_counted_since_a_part_of_the_day_is_one_incidents(text):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-06-03", outlet="AFP")
    toll = next(c for c in reading.claims if c.kind == "killed")
    assert toll.event_id


def test_a_toll_since_a_month_stays_a_running_total():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("At least 300 people have been killed in the town since April, the monitor said.",
                                 published="2016-06-03", outlet="AFP")
    assert all(not c.event_id for c in reading.claims if c.kind == "killed")


@pytest.mark.parametrize("text, first, second", [
    ("Seven people were killed when a shell hit a school in the town of Douma. Rescuers said that besides the seven "
     "killed at the school, 12 others died in air raids on the market of Harasta.", 7, 12),
    ("Four civilians died when a car bomb exploded in the town of Azaz on Monday. In addition to the four killed in "
     "the blast, nine people died in shelling on the village of Tal Rifaat, activists said.", 4, 9),
    ("Ten civilians were killed when jets struck a minibus on the highway near the city of Aleppo. \"Besides the "
     "10 civilians killed on the minibus... 21 others died when bombs fell on the northern quarters of the city\" medics said.", 10, 21),
])
def test_the_count_told_before_stays_at_its_own_event(text, first, second):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-06-03", outlet="AFP")
    restated = [c for c in reading.claims if c.kind == "killed" and c.value == first]
    assert len(restated) == 2 and restated[0].event_id == restated[1].event_id
    assert sorted(e.fatalities for e in reading.events if e.fatalities) == sorted([first, second])


@pytest.mark.parametrize("text, total", [
    ("At least 19 people were killed in raids on the province on Friday, rescuers said. Seven people were killed when "
     "a shell hit a school in the town of Douma. Rescuers said that besides the seven killed at the school, 12 others "
     "died in air raids on the market of Harasta.", 19),
    ("At least 13 civilians died in attacks across the province, activists said. Four civilians died when a car bomb "
     "exploded in the town of Azaz on Monday. In addition to the four killed in the blast, nine people died in "
     "shelling on the village of Tal Rifaat, activists said.", 13),
])
def test_a_count_told_twice_is_one_part_of_a_round_up(text, total):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-06-03", outlet="AFP")
    assert not _claim(reading, total).event_id
    assert total not in [e.fatalities for e in reading.events]


def test_one_sources_sentences_restate_one_toll_and_another_n_comes_on_top():  # type: ignore[no-untyped-def]
    restated = frontwatch.extract(
        "At least 40 soldiers and rebels were killed in fighting at Khan Tuman on Tuesday, a monitor said. "
        "The monitor said 25 soldiers and 14 rebels died in the fighting at Khan Tuman.",
        published="2016-07-06",
    )
    assert max(e.fatalities for e in restated.events) == 40
    more = frontwatch.extract(
        "Ten civilians were killed in an air strike on Saraqib on Tuesday, a monitor said. "
        "Another five people died of their wounds in the strike on Saraqib, the monitor said.",
        published="2016-07-06",
    )
    assert max(e.fatalities for e in more.events) == 15


def test_a_toll_told_in_a_relative_clause_after_a_since_span_is_a_running_total() -> None:
    reading = frontwatch.extract("The district has been under heavy bombardment since February, which has killed more than 130 "
                                 "civilians and injured 900 more, the monitor said.", published="2016-06-18", outlet="Reuters")
    counts = [c for c in reading.claims if c.kind in {"killed", "injured"}]
    assert sorted(c.value for c in counts) == [130, 900]
    assert all(c.event_id in (None, "") for c in counts)
    assert all(e.fatalities == 0 for e in reading.events)


def test_a_since_clause_after_a_toll_on_the_verb_it_hangs_on_makes_it_a_running_total() -> None:
    text = ('the alliance kept striking IS targets in the east at a near-daily pace with reports of about 700 people killed '
            'including 40 civilians in Raqqa and Hasakeh since strikes began" the report read out by the envoy said.')
    reading = frontwatch.extract(text, published="2016-06-18", outlet="Reuters")
    assert sorted(c.value for c in reading.claims if c.kind == "killed") == [40, 700]
    assert all(e.fatalities == 0 for e in reading.events)
    # a day or two is one incident's toll, and a since-clause on another noun ("the deadliest day since ...") is not the count's
    short = frontwatch.extract("Jets killed five people in Douma on Monday, the deadliest day since the truce began.",
                               published="2016-11-20", outlet="Reuters")
    assert [e.fatalities for e in short.events] == [5]

@pytest.mark.parametrize(
    "second",
    [
        "The war has displaced nearly 7 million people.",
        "More than 6 million people have been displaced across Syria.",
        "Some 5 million people have fled their homes since the conflict began in 2011.",
    ],
)
def test_a_nationwide_displacement_has_no_local_origin(second: str) -> None:
    reading = frontwatch.extract("Jets bombed a camp in Idlib province on Monday, killing 12. " + second,
                                 published="2016-05-10", outlet="AFP")
    (moved,) = [c for c in reading.claims if c.kind == "displaced"]
    assert moved.origin == "" and moved.value is not None and moved.value >= 5_000_000


def test_a_local_displacement_after_an_event_keeps_its_origin() -> None:
    reading = frontwatch.extract("Jets bombed a camp in Idlib province on Monday, killing 12. "
                                 "About 3,000 people fled to Turkey.", published="2016-05-10", outlet="AFP")
    (moved,) = [c for c in reading.claims if c.kind == "displaced"]
    assert moved.origin == "Idleb" and moved.destination == "Turkey"


def test_harm_inflicted_on_people_counts_the_injured() -> None:
    reading = frontwatch.extract("A gas attack on the town on Tuesday killed 60 people and inflicted harm on another 150 residents.",
                                 published="2017-04-07", outlet="Reuters")
    assert sorted((c.kind, c.value) for c in reading.claims) == [("injured", 150), ("killed", 60)]


def test_a_toll_over_separate_raids_across_a_region_is_no_events_toll_but_at_one_town_it_is():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(
        "Separate air raids in northern Syria by government jets and Russian warplanes killed at least 19 civilians on "
        "Friday, a monitor said. The government air force struck a crowded market in the Bustan al-Qasr district of "
        "Aleppo killing 8 people, the monitor said. "
        "Another four were killed in a raid on the town of Saraqeb.",
        published="2016-07-02",
    )
    assert not _claim(reading, 19).event_id
    assert {e.location.name: e.fatalities for e in reading.events if e.location is not None}["Bustan al-Qaser"] == 8
    assert _fatalities("Warplanes struck the town of Saraqeb on Friday killing 9 people in two separate raids.") == {"Saraqib": 9}
    assert set(_fatalities("Separate air strikes southwest of Saraqeb killed at least 9 people on Friday, the monitor said.").values()) == {9}


@pytest.mark.parametrize("text", [
    "A car bomb exploded in the town of Azaz on Friday. The number of dead rose to 40, the monitor said. The previous death toll was 22.",
    "A car bomb exploded in the town of Azaz on Friday, killing 40 people, up from an earlier toll of 22, the monitor said.",
])
def test_a_toll_the_text_says_a_later_one_replaced_adds_no_dead(text):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-07-02", outlet="Reuters")
    assert [e.fatalities for e in reading.events] == [40]
    assert _claim(reading, 22).kind == "killed"  # still a claim, of the toll as it was


def test_a_modifier_on_the_act_is_no_replaced_toll():  # type: ignore[no-untyped-def]
    assert _fatalities("The first strike killed 20 people in the town of Azaz on Friday, the monitor said.") == {"Azaz": 20}


def test_the_same_toll_told_again_with_a_verb_of_its_own_in_one_run_counts_once():  # type: ignore[no-untyped-def]
    """A headline glued to its lead without a full stop is one sentence that tells the toll twice."""
    glued = _fatalities("Four dead in car bomb blast in Idlib countryside Four civilians were killed when a car bomb went off "
                        "in the village of Sarmin east of Idlib city on Friday.")
    assert glued == {"Sarmin": 4}
    # other people, or two counts under one verb, are more dead
    assert _fatalities("Three soldiers were killed and three rebels died in clashes in the town of Saraqeb on Friday.") == {"Saraqib": 6}
    assert _fatalities("Jets killed 3 children and 3 women in the town of Saraqeb on Friday, the monitor said.") == {"Saraqib": 6}


def test_of_a_sentences_events_a_toll_goes_to_the_one_whose_place_its_clause_names_first():  # type: ignore[no-untyped-def]
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.documents import read_document
    from frontwatch.reading.mentions import find_mentions
    from frontwatch.reading.tolls import nearest_event as _nearest_event
    from frontwatch.records import Event, Location

    text = ("Three farmers were killed and two others were injured when a landmine went off after dark on the "
            "outskirts of Saraqeb town in Idlib countryside.")
    document = read_document(text, published=None, outlet="", title="", url="")
    doc = load_nlp()(document.body)

    def at(words: str) -> Event:
        return Event(words, None, 1, "Explosions/Remote violence", "Remote explosive/landmine/IED", None, None, (),
                     Location(words, "Idlib", "", "Syria", None, None, 2, words=words), 0, (), False, "", 0, len(text))

    area, town = at("Idlib countryside"), at("outskirts of Saraqeb")
    assert _nearest_event([area, town], 0, "killed", doc, find_mentions(document, doc)) is town


def test_a_raised_toll_holds_the_counts_before_it_and_over_a_campaign_is_no_events():  # type: ignore[no-untyped-def]
    later = frontwatch.extract("Jets struck the town of Binnish on Friday killing 20 people, the monitor said. Two of the wounded "
                               "later died, raising the toll to 22.", published="2016-07-02", outlet="Reuters")
    assert [e.fatalities for e in later.events] == [22]
    for text in ("Jets struck the town of Binnish on Friday killing 20 people, bringing the toll of the three-day offensive to 45, "
                 "the monitor said.",
                 "Jets struck the town of Binnish on Friday killing 20 people. That brings to 45 the number of people killed in the campaign."):
        reading = frontwatch.extract(text, published="2016-07-02", outlet="Reuters")
        assert [e.fatalities for e in reading.events] == [20]
        assert not _claim(reading, 45).event_id


def _claims_of(text, value, outlet="Reuters", title=""):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-11-20", outlet=outlet, title=title)
    return [c for c in reading.claims if c.value == value]


def test_a_bare_count_restated_soon_with_a_source_is_that_source_s():
    """A lede gives the count bare, the body says who gives it; the two are one figure of one source."""
    text = ("Seventeen civilians were killed in shelling on the town of Kafr Zita on Monday. The shells hit a market. "
            "The Syrian Observatory for Human Rights said the shelling killed 17 civilians including four children.")
    assert {c.source.name for c in _claims_of(text, 17)} == {"Syrian Observatory for Human Rights"}
    # a different count is no restatement; too far away neither
    text = ("Seventeen civilians were killed in shelling on the town of Kafr Zita on Monday. The town lies north of Hama. "
            "It was shelled last week too. Rebels hold it. Fighting went on all day. "
            "The Syrian Observatory for Human Rights said the shelling killed 17 civilians including four children.")
    assert {c.source.name for c in _claims_of(text, 17)} == {"Reuters", "Syrian Observatory for Human Rights"}


def test_a_state_agency_s_bare_count_stays_its_own_when_its_police_restate_it():
    text = ("Four civilians were hurt in rocket attacks on Homs on Sunday. A police source in the city told the SANA "
            "correspondent that gunmen fired rockets which landed near the clock square injuring four civilians and damaging shops.")
    assert {c.source.source_type for c in _claims_of(text, 4, outlet="sana")} == {"state media", "government"}
    assert {c.source.source_type for c in _claims_of(text, 4, outlet="trt")} == {"government"}


def test_a_subheading_run_into_its_paragraph_is_not_a_second_count():
    text = ("Five civilians injured in rocket attack on Aleppo Five civilians were injured when shells fell on the "
            "Midan neighborhood on Sunday.")
    assert len(_claims_of(text, 5, outlet="sana")) == 1
    text = "One died on Tuesday and one on Wednesday the monitor said."
    assert len(_claims_of(text, 1)) == 2


@pytest.mark.parametrize("title", ["Air strikes kill 14 civilians in Saraqeb: monitor",
                                   "Air strikes kill 14 civilians in Saraqeb Monitor",
                                   "Monitor: air strikes kill 14 civilians in Saraqeb",
                                   "Air strikes kill 14 civilians in Saraqeb monitor | The Daily Paper"])
def test_a_headline_credit_gives_the_bare_lede_its_source(title):  # type: ignore[no-untyped-def]
    body = "Air strikes killed at least 14 civilians in the town of Saraqeb on Tuesday. The strikes hit a market."
    (claim,) = _claims_of(body, 14, title=title)
    assert claim.source.source_type == "monitor"


def test_a_credit_word_stands_for_the_body_s_source_of_its_kind():
    body = ("Air strikes killed at least 14 civilians in the town of Saraqeb on Tuesday. The Observatory said the "
            "raids struck a bakery.")
    for claim in _claims_of(body, 14, title="Air strikes kill 14 in Saraqeb: monitor"):
        assert claim.source.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("title", ["Police arrest 14 activists", "Regime forces clash with rebels",
                                   "Air strikes kill 14 civilians in Saraqeb"])
def test_a_headline_without_a_credit_leaves_the_outlet_s_voice(title):  # type: ignore[no-untyped-def]
    body = "Air strikes killed at least 14 civilians in the town of Saraqeb on Tuesday. The strikes hit a market."
    assert [c.source.name for c in _claims_of(body, 14, title=title) if c.start >= 0] == ["Reuters"]


def test_a_towns_toll_is_no_round_up_of_the_next_towns_counts() -> None:
    reading = frontwatch.extract(
        "Activists said jets hit a market in the town of Saraqib on Monday killing 9 people including two children. "
        "Russian jets struck the town of Binnish killing six people. Three more civilians were killed in raids on the "
        "town of Taftanaz.", published="2016-12-07", outlet="AFP")
    tolls = {e.location.name: e.fatalities for e in reading.events if e.location is not None}
    assert tolls.get("Saraqib") == 9, tolls


@pytest.mark.parametrize(("title", "kind"), [("Monitor says 14 civilians killed in Saraqeb air strikes", "monitor"),
                                             ("Air strikes kill 14 civilians in Saraqeb, activists say", "activists"),
                                             ("Air strikes kill 14 civilians in Saraqeb activists say", "activists"),
                                             ("Air strikes kill 14 civilians in Saraqeb (SOHR)", "monitor")])
def test_a_headline_credits_with_says_or_a_closing_bracket(title, kind):  # type: ignore[no-untyped-def]
    body = "Air strikes killed at least 14 civilians in the town of Saraqeb on Tuesday. The strikes hit a market."
    (claim,) = _claims_of(body, 14, title=title)
    assert claim.source.source_type == kind


def test_a_toll_whose_verb_names_its_town_is_no_toll_of_another_town_in_the_sentence() -> None:
    """ "strikes killed 40 in Saraqib in March ... fighting in Manbij went on Sunday": the dead are Saraqib's
    (an event outside the news window, not read), never the toll of Sunday's event at Manbij."""
    for text in (
        "Clashes broke out in Manbij on Sunday. Air raids killed 40 people in Saraqib in March and fighting in Manbij went on on Sunday.",
        "Shelling hit Douma on Monday, the monitor said. Barrel bombs killed 52 people in Daraya in February, as shelling of Douma went on Monday.",
        "Fighting raged in Manbij on Sunday, the monitor said. Government strikes killed at least 37 civilians in Maarat al-Numan in April, "
        "and hundreds of civilians fled Manbij on Sunday.",
    ):
        reading = frontwatch.extract(text, published="2016-06-14", outlet="AFP")
        assert reading.events and all(e.fatalities == 0 for e in reading.events), [(e.location, e.fatalities) for e in reading.events]


def test_a_toll_raised_since_a_truce_ended_is_no_events_toll() -> None:
    """ "raising to 95 the toll of the offensive since the truce ended": a running total, however the parser
    hangs the toll noun; the offensive stays an event, without that toll, and the day's strike keeps its own."""
    for text, total in (
        ("Regime air strikes killed 15 civilians in Saraqib on Tuesday, raising to 95 the toll of the offensive on "
         "Idlib province since the truce ended.", 95),
        ("Shelling killed six people in Douma on Monday, bringing to 140 the death toll in Eastern Ghouta since the "
         "ceasefire collapsed.", 140),
    ):
        reading = frontwatch.extract(text, published="2016-06-14", outlet="AFP")
        assert any(c.value == total for c in reading.claims)
        assert all(e.fatalities != total for e in reading.events)
        assert sorted(e.fatalities for e in reading.events if e.fatalities) in ([15], [6])


def test_people_granted_passage_out_of_a_place_are_a_departure() -> None:
    assert ("displaced", 3000, "more than") in _figures(
        "Under the deal more than 3000 people including gunmen were granted safe passage out of Zabadani a town near the border.")
    assert ("displaced", 400, "about") in _figures("About 400 fighters and their families were granted passage out of the besieged district on Monday.")
    assert ("displaced", 500, "") in _figures("The government granted 500 families safe passage out of Daraya.")


@pytest.mark.parametrize(("text", "counts"), [
    ("The army said gunmen shelled the village of Tall Amer with mortars claiming the lives of 9 people injuring dozens of others.",
     [("killed", 9), ("injured", 12)]),
    ("Rebels fired rockets at the town of Mhardeh killing 7 civilians wounding scores of others.", [("killed", 7), ("injured", 20)]),
    ("A car bomb hit the market in Azaz claiming the lives of 12 people injuring others.", [("killed", 12)]),
])
def test_a_participle_wounding_a_vague_count_or_others_is_not_what_happened_to_the_dead(text: str, counts: list[tuple[str, int]]) -> None:
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert [(c.kind, c.value) for c in reading.claims] == counts
    assert [e.fatalities for e in reading.events] == [counts[0][1]]


@pytest.mark.parametrize(("text", "total", "tolls"), [
    ("Kurdish fighters killed 40 militants in northern Syria over the past 24 hours a spokesman said. He said 12 militants "
     "were killed in clashes in the town of Manbij on Saturday. Another 20 militants were killed near the town of Tabqa.", 40, {12, 20}),
    ("Army units killed 30 terrorists in the Damascus countryside in the last 24 hours. Nine terrorists were killed in "
     "clashes in Douma. Troops also killed 15 terrorists in Harasta.", 30, {9, 15}),
])
def test_a_wider_areas_total_broken_into_town_tolls_is_a_round_up(text: str, total: int, tolls: set[int]) -> None:
    """A total for an area wider than the towns, that the tolls of two or more events after it nearly add up
    to, is a round-up of them: no event's toll, even where the parts leave some dead untold."""
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert next(c for c in reading.claims if c.value == total).event_id == ""
    assert {e.fatalities for e in reading.events if e.fatalities} == tolls


def test_a_towns_own_toll_stays_its_own_whatever_the_counts_after_it() -> None:
    text = ("Air strikes on the town of Saraqeb killed 25 people on Monday. Ten died in Binnish and eight in Taftanaz "
            "in separate raids.")
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert any(e.fatalities == 25 for e in reading.events)


def _kinds_places_tolls(text: str, published: str = "2016-05-11") -> list[tuple[str, str, int]]:
    reading = frontwatch.extract(text, published=published, outlet="AFP")
    return [(e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]


def test_a_campaign_s_toll_so_far_is_no_toll_of_a_day_s_capture() -> None:
    for text in ("Troops captured the village of Tal Hamra north of Hama on Saturday, a monitor said. The offensive, launched three weeks ago, has killed some 300 fighters.",
                 "Troops captured the village of Tal Hamra north of Hama on Saturday, a monitor said. The army's campaign has killed 120 rebels, the monitor added."):
        assert [k for _, _, k in _kinds_places_tolls(text)] == [0], text
    assert [k for _, _, k in _kinds_places_tolls("The army offensive killed 12 rebels near Hama on Saturday, a monitor said.")] == [12]


def test_counts_for_parts_of_a_day_are_no_dispute_with_the_days_toll() -> None:
    """ "3 killed in the morning ... 7 more in the evening" against "10 killed on Sunday": pieces of one day's toll,
    not rival counts of one quantity; a lone count told with its hour still disputes another source's."""
    for text in (
        "Air strikes killed 3 people in the morning in Douma on Sunday, the Observatory said. Later, raids in the evening "
        "killed 7 more. The Observatory said 10 people were killed in the town on Sunday.",
        "Jets killed 4 people in Ariha in the afternoon on Friday, the monitor said. Rescuers said 2 more died at night. "
        "A local council said 6 people were killed in Ariha on Friday.",
    ):
        reading = frontwatch.extract(text, published="2016-05-10", outlet="caller")
        killed = [c for c in reading.claims if c.kind == "killed"]
        assert len(killed) == 3 and all(c.disputed_with == () for c in killed), text
    reading = frontwatch.extract("Jets killed 10 people in Ariha on Monday evening, the monitor said. State media said 8 people "
                                 "were killed in the raid on Ariha.", published="2016-05-10", outlet="caller")
    assert all(c.disputed_with for c in reading.claims if c.kind == "killed")


@pytest.mark.parametrize("text", [
    "At least 40 civilians have been killed and over 100 wounded in the bombing on Saraqib over the past few days, activists said.",
    "At least 40 civilians have been killed in clashes over the last 15 days and over 100 wounded, activists said.",
    "Shelling killed 12 people in Douma on Friday and 30 wounded, medics said.",
])
def test_a_count_with_its_verb_elided_shares_the_first_counts_event(text):  # type: ignore[no-untyped-def]
    """ "40 were killed and 100 [were] wounded ...": the phrases the parser hangs on the second count belong to both."""
    reading = frontwatch.extract(text, published="2016-06-02", outlet="AFP")
    killed = next(c for c in reading.claims if c.kind == "killed")
    injured = next(c for c in reading.claims if c.kind == "injured")
    assert killed.event_id == injured.event_id


def test_a_part_of_a_running_total_told_before_is_counted_over_the_same_span():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("Jets struck Homs on Monday. The monitor said at least 60,000 people have died in government jails "
                                 "during the five-year conflict. He said more than 20,000 of them had died at one prison near Damascus.",
                                 published="2016-06-05", outlet="AFP")
    assert not _claim(reading, 20000).event_id
    part = frontwatch.extract("Jets struck Homs on Monday, killing 30 people. Twelve of them died in the market of the town.",
                              published="2016-06-05", outlet="AFP")
    assert _claim(part, 12).event_id


def test_n_more_dead_told_by_another_voice_add_to_the_count_told_before():  # type: ignore[no-untyped-def]
    """ "Activists said 20 were killed ... Three more civilians were killed": additional, not a dispute, and on top."""
    reading = frontwatch.extract("Activists said that at least 20 civilians were killed in air strikes on Aleppo on Friday. "
                                 "Three more civilians were killed on Friday evening in a barrel bomb attack.",
                                 published="2016-04-23", outlet="AFP")
    more = _claim(reading, 3)
    assert more.qualifier == "additional" and not more.disputed_with
    assert [e.fatalities for e in reading.events] == [23]


def test_a_toll_counted_so_far_is_a_running_total_and_a_vague_more_stays_vague():  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("Jets struck Aleppo on Friday, killing 20. The strikes have killed 40 so far, the monitor said.",
                                 published="2016-12-03", outlet="AFP")
    assert _claim(reading, 20).event_id and not _claim(reading, 40).event_id
    more = frontwatch.extract("Shelling left 300 dead and thousands more hurt across Aleppo on Friday, activists said.",
                              published="2016-12-03", outlet="AFP")
    assert [c.qualifier for c in more.claims if c.kind == "injured"] == ["vague"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Rebels fired rockets at a market in Jobar on Monday, killing five people, state media said. A source at the "
         "city hospital said the bodies of three victims had been brought in.", {"Jobar": 5}),
        ("A car bomb exploded in the town of Azaz on Sunday, killing at least 40 people, the monitor said. Rescue "
         "workers said they had pulled 31 bodies from the rubble.", {"Azaz": 40}),
        ("Shells hit the town of Jobar on Monday. A doctor said the bodies of four people reached the field hospital. "
         "State media said seven people were killed in the shelling.", {"Jobar": 7}),
        # two whole tolls: the lower one is the conservative value
        ("Shells hit the town of Jobar on Monday. State media said three people were killed. The monitor said five "
         "people died in the shelling.", {"Jobar": 3}),
    ],
)
def test_bodies_one_site_received_set_no_lower_total_than_a_full_toll(text: str, toll: dict[str, int]) -> None:
    assert _fatalities(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Militants stormed an army post in the village of Tal Rifaat on Thursday, killing nine soldiers. Four "
         "assailants died in the clashes, the monitor said.", {"Tall Rifaat": 13}),
        ("Two suicide bombers blew themselves up at a checkpoint in the town of Jableh on Wednesday, killing six "
         "soldiers, state media said. The two bombers were killed.", {"Jablah": 8}),
        ("Militants stormed an army post in the village of Tal Rifaat on Thursday, killing nine soldiers and three "
         "attackers, the monitor said.", {"Tall Rifaat": 12}),
        # the same number another voice gives is those dead counted again, not more of them
        ("Troops repelled an assault on the village of Tal Rifaat on Tuesday, killing 40 attackers, the army said. "
         "At least 40 people were killed in the fighting, the agency quoted a ministry official as saying.", {"Tall Rifaat": 40}),
    ],
)
def test_the_attackers_dead_come_on_top_of_their_victims(text: str, toll: dict[str, int]) -> None:
    assert _fatalities(text) == toll


def test_an_attacker_named_without_a_number_is_no_count() -> None:
    assert _fatalities("A suicide bomber blew himself up at a checkpoint in the town of Jableh on Wednesday, killing "
                       "six soldiers, state media said.") == {"Jablah": 6}


@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("The monitor said 23 militants were killed in the assault.", 38),  # civilians and fighters: no one is both
        ("It said 23 militants were killed in the assault, bringing the toll to 38.", 38),
        ("Seven children were killed, it said.", 15),  # children are among the civilians
        ("It said 20 people were killed in the attack.", 20),  # people of any kind restate the toll
    ],
)
def test_one_sources_counts_of_civilians_and_of_fighters_add_up(later: str, toll: int) -> None:
    text = "Islamic State fighters attacked the village of Tal Tamr on Monday, killing 15 civilians, the monitor said. " + later
    assert _fatalities(text) == {"Tall Tamr": toll}


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Two separate air strikes killed seven people in the town of Ariha and five in the town of Binnish on Monday, "
         "the monitor said.", {"Ariha": 7, "Binnish": 5}),
        ("In separate raids, warplanes killed 9 people in Ariha and 4 in Binnish on Monday, the monitor said.",
         {"Ariha": 9, "Binnish": 4}),
        # one count told over two places is the round-up, no one place's toll
        ("Separate air raids killed 12 civilians in Ariha and Binnish on Monday, the monitor said.", {"Ariha": 0, "Binnish": 0}),
    ],
)
def test_separate_strikes_each_given_a_count_at_its_place_keep_their_own_tolls(text: str, toll: dict[str, int]) -> None:
    assert _fatalities(text) == toll


@pytest.mark.parametrize(
    ("after", "toll"),
    [
        ("bringing to 200 the number killed there since Friday", 30),  # counted since Friday: the campaign's
        ("bringing the number of people killed since the truce collapsed to 140", 30),
        ("bringing the toll to 34", 34),  # the day's toll raised
    ],
)
def test_a_number_raised_since_a_day_is_a_running_total_not_the_days_toll(after: str, toll: int) -> None:
    text = f"Air strikes killed 30 people in the town of Saraqeb on Monday, {after}, the monitor said."
    assert _fatalities(text) == {"Saraqib": toll}


@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("Three of the wounded later died in hospital, the monitor said.", 11),  # taken from the wounded: more dead
        ("Two of the injured died overnight, the monitor said.", 10),
        ("Three more people died later, the monitor said.", 11),  # on top of a count given at its place
        ("Three of the dead were children, the monitor said.", 8),  # taken from the dead: a part
        ("Five of the wounded were in critical condition, the monitor said.", 8),
    ],
)
def test_dead_taken_from_the_wounded_come_on_top_of_the_placed_toll(later: str, toll: int) -> None:
    assert _fatalities("A car bomb killed eight people in the town of Azaz on Monday. " + later) == {"Azaz": toll}


def test_hostages_and_a_kidnapping_count_the_abducted_and_freeing_them_releases() -> None:
    import frontwatch

    def kinds(text: str) -> list[tuple[str, int]]:
        reading = frontwatch.extract(text, published="2015-02-28", outlet="AFP")
        return [(c.kind, c.value) for c in reading.claims if c.value]

    assert kinds("Jihadists took 350 hostages in Christian villages last week, a church source said.") == [("abducted", 350)]
    assert kinds("The bishop condemned the kidnapping of more than 260 Assyrian Christians near Hasakeh.") == [("abducted", 260)]
    assert kinds("The group freed 20 hostages in Raqqa on Monday, a monitor said.") == [("released", 20)]
    assert kinds("Jihadists killed 15 hostages in Raqqa last week, a church source said.") == [("killed", 15)]


@pytest.mark.parametrize(("text", "tolls"), [
    ("In Idlib province, strikes hit Saraqib and Maarat al-Numan, killing nine and six people respectively.",
     [("Saraqib", 9), ("Maarat al-Numaan", 6)]),
    ("Air raids on Binnish, Taftanaz and Kafr Nabl killed 4, 7 and 2 civilians respectively, the monitor said.",
     [("Binnish", 4), ("Taftanaz", 7), ("Kafr Nabl", 2)]),
    ("Warplanes struck Binnish and the town of Taftanaz on Monday, killing three and five people respectively.",
     [("Binnish", 3), ("Taftanaz", 5)]),
])
def test_counts_listed_respectively_go_to_the_places_listed_in_the_same_order(text: str, tolls: list[tuple[str, int]]) -> None:
    reading = frontwatch.extract(text, published="2016-05-10", outlet="AFP")
    assert [(e.location.name if e.location else "", e.fatalities) for e in reading.events] == tolls


def test_without_respectively_a_count_is_not_shared_out_over_the_places() -> None:
    reading = frontwatch.extract("Strikes hit Saraqib and Binnish, killing nine people.", published="2016-05-10", outlet="AFP")
    assert sorted(e.fatalities for e in reading.events) == [0, 9]


@pytest.mark.parametrize("text", [
    "The fighting has displaced more than half of the country's pre-war population of 22 million.",
    "Shelling forced a third of the town's population of 40,000 to flee last month.",
])
def test_the_size_of_a_whole_a_share_of_which_fled_is_no_count_of_the_displaced(text: str) -> None:
    assert _figures(text) == []


def test_a_whole_that_is_besieged_counts_its_people() -> None:
    assert [f[:2] for f in _figures("The two towns of some 20,000 people have been under siege by rebels since 2015.")] == [("besieged", 20000)]


def test_people_who_bore_injuries_are_a_count_of_the_injured() -> None:
    """ "40 others sustained serious injuries", "twelve suffered wounds": the subject bore what the object names;
    "suffered heavy losses" names no injury."""
    assert ("injured", 40, "") in _figures("Six people were killed and 40 others sustained serious injuries in the blast.")
    assert ("injured", 12, "") in _figures("Twelve civilians suffered wounds in the shelling on Monday, the monitor said.")
    assert not any(k == "injured" for k, _, _ in _figures("Forty fighters suffered heavy losses in the battle on Monday."))


def test_fighters_joined_to_a_destroyed_thing_are_killed_and_a_plural_thing_keeps_its_own_count() -> None:
    def counts(text: str) -> list[tuple[str, int | None, str]]:
        reading = frontwatch.extract(text, published="2016-05-01", outlet="Reuters")
        return [(c.kind, c.value, c.subject) for c in reading.claims]
    assert counts("A command post and up to 80 IS fighters were destroyed near Tabqa on Friday, the ministry said.") \
        == [("killed", 80, "fighters")]
    assert counts("Jets destroyed two tanks and 30 militants near Tabqa on Friday, the ministry said.") == [("killed", 30, "militants")]
    # "three tanks" counts tanks: no three dead terrorists
    assert ("killed", 3, "terrorists") not in counts("The army destroyed three tanks and 40 terrorists near Palmyra on Friday.")


def test_the_counted_subject_of_a_verb_that_kills_someone_counts_the_doers_not_the_dead() -> None:
    def counts(text: str) -> list[tuple[str, int | None, str]]:
        reading = frontwatch.extract(text, published="2016-05-01", outlet="Reuters")
        return [(c.kind, c.value, c.subject) for c in reading.claims if c.kind == "killed"]
    assert counts("Two gunmen killed three soldiers in the town of Daraa on Friday.") == [("killed", 3, "soldiers")]
    assert counts("Two gunmen shot dead three soldiers in the town of Daraa on Friday.") == [("killed", 3, "soldiers")]
    # a subject with no object is the headline passive: the two were killed
    assert counts("Two people killed in shelling on the town of Homs on Friday.") == [("killed", 2, "people")]


@pytest.mark.parametrize(("text", "counts"), [
    ("The fighting claimed the lives of 40 loyalists and 30 rebels, the monitor said on Monday.", [("killed", 40), ("killed", 30)]),
    ("Twelve guards and three snipers were killed in the attack on the base near Homs on Monday.", [("killed", 12), ("killed", 3)]),
    ("Clashes killed 14 jihadis and 9 tribesmen near Deir Ezzor on Monday.", [("killed", 14), ("killed", 9)]),
])
def test_fighters_named_by_their_allegiance_or_post_are_counted(text: str, counts: list[tuple[str, int]]) -> None:
    """A count of loyalists, guards, snipers, jihadis or tribesmen is a count of people (lexicons/person_nouns.txt):
    each number keeps its own noun, none is dropped."""
    reading = frontwatch.extract(text, published="2016-05-01", outlet="AFP")
    assert [(c.kind, c.value) for c in reading.claims] == counts


def test_a_count_the_tagger_takes_for_a_measure_still_counts_people() -> None:
    """ "destroyed two tanks and 40 terrorists": the tagger reads "40 terrorists" as a QUANTITY, yet a person noun
    after the number makes it a count of people; "40 kilograms" stays a measure."""
    reading = frontwatch.extract("The army destroyed two tanks and 40 terrorists near Palmyra on Friday.", published="2016-05-01", outlet="AFP")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 40)]
    reading = frontwatch.extract("Rebels fired 40 kilograms of explosives at Palmyra on Friday, the army said.", published="2016-05-01", outlet="AFP")
    assert not reading.claims


def test_a_count_before_a_speaker_whose_comma_was_lost_is_the_toll() -> None:
    # "rose to at least 64 a monitoring group said": the parser hangs 64 on "group"; no count runs over an article
    text = "The death toll in a car bomb attack on a bus convoy near Azaz has risen to at least 64 a monitoring group said Sunday."
    assert ("killed", 64, "at least") in [(c.kind, c.value, c.qualifier) for c in frontwatch.extract(text, published="2017-04-16").claims]


def test_people_who_sustained_injuries_are_injured_whatever_verb_governs_them() -> None:
    assert ("injured", 37, "") in _figures("The doctor said the bodies of 9 victims reached the clinic along with 37 people who sustained injuries.")


def test_a_lead_repeated_word_for_word_counts_its_dead_once() -> None:
    # wire copy often prints its lead twice (before and after the dateline): one toll, not two
    lead = "A twin bombing in the city of Hama has claimed the lives of 14 civilians the local channel reported."
    reading = frontwatch.extract(f"{lead} BEIRUT (Agencies) - {lead}", published="2014-10-01", outlet="Reuters")
    assert [e.fatalities for e in reading.events] == [14]


def test_a_count_run_into_the_speaker_of_the_report_is_still_counted() -> None:
    """With the comma lost before "... correspondent reported", the parser takes the speaker for the counted noun."""
    figures = _figures("Clashes broke out between rebels and ISIL in the Yabroud hills claiming at least 8 killed "
                       "and 11 injured Al-Manar correspondent reported.")
    assert ("killed", 8, "at least") in figures and ("injured", 11, "") in figures
    assert ("injured", 9, "") in _figures("Shelling on the town left 4 dead and 9 injured SANA reported.")


def test_people_left_doing_something_are_not_displaced() -> None:
    assert _figures("A shell hit the market in Douma on Monday killing five and leaving many more suffering from burns.") == [
        ("killed", 5, "")]
    assert _figures("The gas attack on Douma left 40 people struggling to breathe.") == []
    assert ("displaced", 2000, "") in _figures("The fighting in Douma has left 2000 people homeless.")


def test_a_war_toll_with_a_lost_comma_is_no_events_toll() -> None:
    text = ("Rebels shelled Afrin with gas on Sunday, doctors said. According to a March report by a research centre "
            "the conflict has claimed the lives of over 300000 people injured 1.2 million others.")
    reading = frontwatch.extract(text, published="2017-04-10", outlet="Reuters")
    assert all(e.fatalities < 1000 for e in reading.events)
    assert {(c.kind, c.value) for c in reading.claims if c.value} >= {("killed", 300000), ("injured", 1200000)}
    joined = frontwatch.extract("The conflict has killed 300000 people and shelling killed 12 in Douma on Monday.", published="2017-04-10")
    assert [e.fatalities for e in joined.events] == [12]  # a verb with its own subject is another count's


def test_it_opening_a_sentence_after_a_page_posted_something_is_the_page() -> None:
    text = ("Speaking for the Observatory, Rami Abdurrahman told us the jet came down near the mosque. "
            "The Idlib Voice Facebook page posted a video of the ruins. It said 14 people were killed.")
    claim = _claims_of(text, 14)[0]
    assert claim.source.name == "Idlib Voice Facebook page" and claim.source.source_type == "media"


def test_fighters_lost_as_a_part_of_a_side_are_dead() -> None:
    assert ("killed", 13, "") in _figures("The monitor said the jihadists lost 13 of their fighters as they stormed the village of Tal Tamr on Monday.")


def test_kin_and_nationality_nouns_count_people() -> None:
    assert ("killed", 3, "") in _figures("A shell hit a house in Inkhil on Monday and killed three brothers.")
    assert ("killed", 2, "") in _figures("A shell killed two sons of a farmer in Inkhil on Monday.")
    assert ("killed", 4, "") in _figures("Four Iraqis were killed by a sniper near Albu Kamal on Friday.")
    assert ("killed", 3, "") in _figures("Three Syrians were killed and 6 others were injured by rockets on Deir Ezzor city on Monday.")


def test_people_given_treatment_are_injured_whatever_noun_counts_them() -> None:
    assert ("injured", 12, "") in _figures("Twelve victims were flown to Ankara for treatment after the gas attack on Saraqeb on Tuesday.")
    assert ("injured", 8, "") in _figures("Eight people were receiving treatment after an air strike hit a market in Douma on Friday.")


def test_beheadings_of_a_number_are_deaths() -> None:
    assert ("killed", 15, "at least") in _figures("A video released on Monday showed the beheadings of at least 15 men near Raqqa.")


def test_nationalities_count_only_after_an_exact_number() -> None:
    assert not [f for f in _figures("Tens of thousands of Syrians have fled the fighting in the province since the spring.") if f[0] == "displaced"]


def test_no_one_and_not_a_single_family_count_nobody() -> None:
    assert _figures("The governor said that if no one evacuated the town, the army would storm it.") == []
    assert _figures("He said not a single family would stay in the town if the siege were lifted.") == []


def _headline_figures(title: str) -> set[tuple[str, int | None]]:
    reading = frontwatch.extract("The army advanced near the airport on Monday, a military source said. Fighting went on for hours.",
                                 published="2016-11-20", outlet="Reuters", title=title)
    return {(c.kind, c.value) for c in reading.claims if c.start == -1}


def test_title_case_headline_words_still_give_figures() -> None:
    """ "Army Pushes Into Daraa Kills 60 Militants in Idlib": a title-case "Kills", "Injures", "Dead" is the word it
    would be in lower case; a lost comma between two counts ("Kills 33 Militants Captured 10") leaves two figures."""
    assert _headline_figures("Army Pushes Into Daraa Kills 60 Militants in Idlib") == {("killed", 60)}
    assert _headline_figures("Missile Strike on Air Base Kills Five Soldiers Near Homs") == {("killed", 5)}
    assert ("killed", 12) in _headline_figures("Twelve Dead in Car Bomb Blast in Azaz")
    assert _headline_figures("Syrian Army Kills 33 Militants Captured 10 in Deir ez-Zor") == {("killed", 33), ("captured", 10)}
    assert _headline_figures("Army kills 33 militants captured 10 near Deir ez-Zor") == {("killed", 33), ("captured", 10)}
    assert _headline_figures("Army kills 33 Al Qaeda Terrorist Captured 10 in Rural Hama") == {("killed", 33), ("captured", 10)}
    assert _headline_figures("Militants Shell Aleppo District Killing 4 Injuring 9") >= {("killed", 4), ("injured", 9)}


def test_visitors_and_passengers_are_people() -> None:
    assert ("injured", 3, "") in _figures("Shells hit the prison on Monday causing the injury of three of the visitors.")
    assert ("injured", 14, "") in _figures("A roadside bomb hit a bus on Monday injuring 14 passengers.")


def test_people_killed_while_fleeing_are_killed_not_displaced() -> None:
    """ "killed 30 militants fleeing X": what they were doing is no count of its own under a verb that harms them."""
    assert _figures("Russian jets killed 30 militants fleeing Palmyra on Monday.") == [("killed", 30, "")]
    assert [k for k, _, _ in _figures("Dozens of militants fleeing Palmyra were killed in air strikes on Monday.")] == ["killed"]
    assert ("displaced", 300, "") in _figures("The army said 300 families fleeing Palmyra reached Homs on Monday.")


def test_a_part_of_a_placed_count_is_no_toll_of_the_place() -> None:
    # "five others including a baby were killed in the Fardous quarter": the baby is one of the five
    reading = frontwatch.extract("Air raids on rebel-held districts of Aleppo killed 14 civilians on Saturday, a monitor said. "
                                 '"Nine civilians including two women were killed by air raids in the old city and five others '
                                 'including a baby were killed in the Fardous quarter" the monitor said.', published="2016-07-16", outlet="AFP")
    assert reading.events and all(e.fatalities >= 5 for e in reading.events)


def test_a_number_beside_a_persons_name_is_an_age() -> None:
    # "Khaled, 11, was hurt": one boy, aged 11
    assert _figures("Khaled, 11, was hurt when a rocket struck his school in Idlib on Sunday.") == [("injured", 1, "")]
    assert _figures("Samir Haddad 52 was killed when a mortar hit his shop in Jaramana on Monday.") == [("killed", 1, "")]


def test_people_before_a_speaker_run_on_are_counted_with_the_verb_before_them() -> None:
    # the comma before the speaker lost: "killing 7 civilians activists said"
    assert _figures("Warplanes bombed the town of Saraqib killing at least seven civilians activists said.") == [("killed", 7, "at least")]


def test_others_driven_out_are_not_killed() -> None:
    # "killing 20 soldiers and expelling many others": the others were expelled
    assert [k for k, _, _ in _figures("The militants stormed the base on Friday killing 20 soldiers and expelling many others.")] == ["killed"]


def test_a_toll_told_at_a_place_spelled_otherwise_counts_for_its_event() -> None:
    # a caption names "Tariq al-Bab", the body "Tareeq al-Bab": one place, one air strike, its 16 dead
    reading = frontwatch.extract("People inspect the damage after a reported airstrike at a market in the district of Tariq "
                                 "al-Bab in Aleppo on July 1 2016. At least 16 civilians were killed on Friday during an air "
                                 "raid on the neighborhood of Tareeq al-Bab in Aleppo.", published="2016-07-02", outlet="AFP")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Air/drone strike", 16)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy condemned the killing of at least 70 villagers near the dam last year.", 70),
        ("Residents still speak of the massacre of 41 farmers in the valley.", 41),
        ("The execution of nine prisoners by the group was filmed, the monitor said.", 9),
    ],
)
def test_a_noun_of_killing_over_a_count_makes_it_a_toll(text, value):  # type: ignore[no-untyped-def]
    reading = frontwatch.extract(text, published="2016-05-02", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims if c.value is not None] == [("killed", value)]


def test_a_first_sentence_printed_twice_with_a_lost_space_is_read_once() -> None:
    sentence = "Mortar rounds fired by gunmen hit a bakery in the town of Salamiyeh killing four people on Tuesday."
    copy = sentence.replace("killing four", "killingfour")
    text = f"{sentence} {copy} The wounded were taken to the national hospital in Hama, the governor said."
    reading = frontwatch.extract(text, published="2016-05-03", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims if c.value is not None] == [("killed", 4)]
    assert [r.text for r in reading.document.removed if r.kind == "duplicate"] == [copy]


def test_a_count_put_at_another_figure_belongs_to_the_event_of_the_first() -> None:
    text = ("Troops captured the district of Jabal Badro on Sunday and state media said the army had evacuated 900 people "
            "through the Jandoul crossing. The monitor put the number at 2,300.")
    reading = frontwatch.extract(text, published="2016-11-28", outlet="Reuters")
    by_value = {c.value: c for c in reading.claims if c.kind in {"displaced", "evacuated"}}
    assert set(by_value) == {900, 2300}
    assert by_value[2300].event_id == by_value[900].event_id != ""
    assert by_value[900].claim_id in by_value[2300].disputed_with


@pytest.mark.parametrize("text, total", [
    ("Seven civilians were killed among them 2 children and a woman while five were wounded when shells hit Douma on Monday.", 7),
    ("Rockets hit the town of Douma on Monday and four persons were killed a woman among them.", 4),
    ("Rockets hit the town of Douma on Monday. Five people were killed, a woman and a child among them.", 5),
])
def test_a_part_named_among_the_dead_adds_no_dead(text: str, total: int) -> None:
    """ "among them 2 children and a woman", "a woman among them": people named as part of a toll are counted in it."""
    reading = frontwatch.extract(text, published="2016-08-15", outlet="SANA")
    parts = [c for c in reading.claims if c.kind == "killed" and c.value != total]
    assert parts and all(c.qualifier == "including" for c in parts), [(c.value, c.qualifier) for c in reading.claims]
    assert [e.fatalities for e in reading.events] == [total]


def test_the_people_an_act_hit_are_no_source_of_its_toll() -> None:
    """ "destroyed hideouts of IS militants ... killing and wounding several of them": the militants hit tell nothing."""
    text = "A unit of the army destroyed three hideouts for ISIL terrorists in Jafra the town killing and injuring several of them."
    reading = frontwatch.extract(text, published="2016-08-15", outlet="Al-Manar")
    hit = [c for c in reading.claims if "hideouts" in c.quote]
    assert hit and all("Islamic State" not in c.source.name for c in hit)
