"""Figures: numbers of people with their qualifier and counted noun."""

from __future__ import annotations

import pytest

import frontwatch
from frontwatch.reading.figures import find_figures


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "vague", "unit"),
    [
        ("State media said the army had secured safe passage for 1,200 people.", 1200, "", False, "people"),
        ("The monitor said gunmen had stopped roughly 60 families from going.", 60, "roughly", False, "families"),
        ("A blockade of the estimated 180,000 residents of the pocket.", 180000, "estimated", False, "people"),
        ("Dozens of civilians fled the town.", 12, "", True, "people"),
        ("At least 112 civilians have died.", 112, "at least", False, "people"),
        ("The raid cost the lives of more than twelve persons.", 12, "more than", False, "people"),
        ("Tens of thousands of people were displaced.", 10000, "", True, "people"),
        ("Some 1.5 million people were trapped.", 1500000, "some", False, "people"),
        # a word of approximation is kept as written; "a dozen" takes the qualifier before its article
        ("Around 40 families reached the camp.", 40, "around", False, "families"),
        ("A think tank put the number of dead at as high as 310,000 people.", 310000, "up to", False, "people"),
        ("Almost a dozen civilians were killed in the raid.", 12, "nearly", False, "people"),
        ("More than a hundred fighters surrendered.", 100, "more than", False, "fighters"),
        ("A dozen civilians were killed in the raid.", 12, "", False, "people"),
        ("Twenty-five fighters were captured.", 25, "", False, "fighters"),
        ("Four schoolchildren were wounded.", 4, "", False, "people"),
        ("Two policemen were killed.", 2, "", False, "fighters"),
        # people counted by what they do, and a name the parser takes for the counted noun
        ("Three paramedics were hurt when the ambulance was hit.", 3, "", False, "people"),
        ("Nine relief volunteers died in the raid.", 9, "", False, "people"),
        ("Eleven MSF doctors were wounded in the strike.", 11, "", False, "people"),
    ],
)
def test_figure_values(nlp, text, value, qualifier, vague, unit):  # type: ignore[no-untyped-def]
    figures = find_figures(nlp(text))
    assert figures, text
    f = figures[0]
    assert (f.value, f.qualifier, f.vague, f.unit) == (value, qualifier, vague, unit)
    assert text[f.start : f.end] == f.words


def test_years_and_dates_are_not_figures(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("The district fell to the rebels in 2012 and was retaken on Nov. 19, 2016.")
    assert [f.value for f in find_figures(doc)] == []


def test_non_people_counts_have_no_unit(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("Troops breached three adjacent neighborhoods.")
    assert [(f.value, f.unit) for f in find_figures(doc)] == [(3, "")]


def test_a_count_the_tagger_joins_to_a_weekday_is_still_a_count(nlp):  # type: ignore[no-untyped-def]
    doc = nlp("On Sunday 11 civilians were killed in the shelling of Douma.")
    assert [(f.value, f.unit) for f in find_figures(doc)] == [(11, "people")]
    assert [f.value for f in find_figures(nlp("The town was shelled on Sunday 11 March."))] == []


def test_a_number_naming_a_base_or_a_regiment_counts_nobody() -> None:
    reading = frontwatch.extract("Jihadists captured Base 46 and stormed Regiment 111 after clashes that killed 9 rebels.",
                                 published="2016-06-07", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 9)]


def test_a_count_before_two_modifiers_counts_the_people_they_share(nlp):  # type: ignore[no-untyped-def]
    # "40 army and rebel fighters": the parser takes "army" for the counted noun; both describe the fighters
    figures = find_figures(nlp("At least 40 army and rebel fighters died, and 25 army and 12 rebel fighters were hurt."))
    assert [(f.value, f.unit) for f in figures] == [(40, "fighters"), (25, "fighters"), (12, "fighters")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Over a quarter of a million residents fled.", [250000]),
        ("Half a million people are trapped.", [500000]),
        ("Some 300 000 people fled the city.", [300000]),
        ("Gunmen killed 12 of 300 fighters.", [12, 300]),
        ("One of five children died.", [1, 5]),
        ("Tens of thousands of people fled.", [10000]),
    ],
)
def test_fractions_spaced_thousands_and_parts_of_counts(nlp, text, values):  # type: ignore[no-untyped-def]
    assert [f.value for f in find_figures(nlp(text))] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("A medic saw half a dozen wounded boys in the clinic.", [6]),
        ("Two dozen fighters surrendered at dawn.", [24]),
        ("Nearly half a dozen families left the village.", [6]),
    ],
)
def test_dozen_multiplies_and_takes_a_fraction(nlp, text, values):  # type: ignore[no-untyped-def]
    assert [f.value for f in find_figures(nlp(text))] == values


@pytest.mark.parametrize(
    "text",
    ["Rebel attacks kill 8 injure scores in Hama and Homs", "Car bombs kill 8 wound dozens in Homs"],
)
def test_a_count_before_a_lost_comma_counts_no_vague_noun(nlp, text):  # type: ignore[no-untyped-def]
    """ "kill 8 injure scores": the parser hangs 8 on "scores"; 8 stands alone (claims.py reads it as killed)."""
    first = find_figures(nlp(text))[0]
    assert (first.value, first.noun) == (8, -1)
    reading = frontwatch.extract("Mortar shells hit the market on Monday, the police said.", title=text, published="2016-07-04")
    assert ("killed", 8) in [(c.kind, c.value) for c in reading.claims]


def test_a_bracketed_aside_after_a_groups_name_does_not_hide_the_counted_fighters() -> None:
    reading = frontwatch.extract("Government forces killed 35 Daesh (outlawed in Russia) militants near Palmyra on Sunday, media reported.",
                                 published="2017-04-16", outlet="sputnik")
    (claim,) = [c for c in reading.claims if c.value == 35]
    assert (claim.kind, claim.unit) == ("killed", "fighters")
    assert claim.place != "Russia"  # the aside names no place of the count


@pytest.mark.parametrize(("text", "dead"), [
    ("An air strike on the village of Kafr Zita on Monday killed seven members of one family.", 7),
    ("A shell that hit the village of Kafr Zita on Monday killed two of the three children of a baker.", 2),
])
def test_a_number_after_of_naming_the_group_or_the_whole_counts_no_dead_of_its_own(text: str, dead: int) -> None:
    reading = frontwatch.extract(text, published="2016-07-04", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", dead)]
    assert [e.fatalities for e in reading.events] == [dead]


def test_people_counted_after_of_a_group_are_the_groups_count() -> None:
    reading = frontwatch.extract("Three households of eleven people fled the besieged east of the town of Jibreen on Monday.",
                                 published="2016-07-04", outlet="sana")
    assert 11 in {c.value for c in reading.claims}


def test_a_count_before_an_inverted_speaker_without_a_comma_is_the_verbs_object() -> None:
    reading = frontwatch.extract("Meanwhile army shelling of rebel districts killed 840 people said the monitor.",
                                 published="2015-02-22", outlet="AFP")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 840)]


def test_the_families_the_dead_came_from_are_no_count() -> None:
    reading = frontwatch.extract("Jets struck the village of Kafr Nabl on Sunday, killing 14 people. "
                                 "The monitor said all the dead were from three families.", published="2015-02-22", outlet="AFP")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 14)]


def test_a_number_the_parser_hangs_on_the_noun_before_it_counts_the_noun_after_it() -> None:
    """ "destroyed a tank two rocket launchers": without the comma the number counts the launchers, not people
    (no toll of two), while people after such a number are still counted."""
    for text in (
        "The army killed 60 fighters and destroyed a tank two rocket launchers and a car in Harasta a military source said.",
        "Troops killed 30 militants and seized a truck two mortar launchers and ammunition near Palmyra the army said.",
    ):
        reading = frontwatch.extract(text, published="2016-08-18", outlet="SANA")
        assert [c.value for c in reading.claims if c.kind == "killed"] in ([60], [30])
    reading = frontwatch.extract("Shelling hit a school on Monday two children were killed in Ariha activists said.",
                                 published="2016-08-18", outlet="AFP")
    assert [c.value for c in reading.claims if c.kind == "killed"] == [2]


@pytest.mark.parametrize(("text", "dead"), [
    ("Six soldiers died in the May 20 terrorist attack near Hama.", [("killed", 6)]),
    ("Over 60 Killed in May 20 Terrorist Attack Near Hama", [("killed", 60)]),
    ("Four policemen were killed in the March 12 car bombing in Jableh.", [("killed", 4)]),
    ("In May 20 civilians were killed in shelling on Hama.", [("killed", 20)]),
])
def test_a_day_after_a_month_name_is_no_count_unless_people_follow_it(text: str, dead: list[tuple[str, int]]) -> None:
    reading = frontwatch.extract(text, published="2016-06-09", outlet="Reuters")
    assert [(c.kind, c.value) for c in reading.claims] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Fighting broke out near Azaz after the raid that killed seven of Jaish al-Islam and allied fighters as well as four soldiers.", [7, 4]),
    ("Fighting broke out near Azaz after the raid that killed seven of the Nusra Front and allied militants as well as four soldiers.", [7, 4]),
    ("The air strike near Saraqeb killed three of Ahrar al-Sham including a commander.", [3]),
])
def test_a_number_of_a_named_body_counts_its_members(text: str, dead: list[int]) -> None:
    reading = frontwatch.extract(text, published="2016-06-09", outlet="manar")
    assert [c.value for c in reading.claims if c.kind == "killed"] == dead
    assert [e.fatalities for e in reading.events] == [sum(dead)]


def test_a_number_of_a_named_places_things_counts_no_one() -> None:
    reading = frontwatch.extract("Two of Aleppo's hospitals were hit by strikes on Monday.", published="2016-06-09", outlet="manar")
    assert [c.value for c in reading.claims] == []


def test_servicemen_and_conscripts_are_counted_as_fighters() -> None:
    """ "killed 17 Turkish servicemen": a count of soldiers by another name."""
    import frontwatch

    for text, value in (("Kurdish fighters killed 17 Turkish servicemen near Afrin on Thursday, a source said.", 17),
                        ("Four conscripts were killed in an ambush near Hama on Monday.", 4),
                        ("Two pilots were killed when their jet crashed near Palmyra on Friday.", 2)):
        reading = frontwatch.extract(text, published="2017-04-28", outlet="caller")
        assert [(c.kind, c.value, c.unit) for c in reading.claims] == [("killed", value, "fighters")], text


def test_state_words_right_after_counts_whose_commas_were_lost() -> None:
    """ "At least 12 people dead 30 injured after ...": each count takes the state word right after it, though
    the parser hangs the second count on the first one's adjective."""
    import frontwatch

    for text, want in (("At least 12 people dead 30 injured after a car bomb exploded in Azaz.", [("killed", 12), ("injured", 30)]),
                       ("Five people dead and 20 injured in shelling on Douma.", [("killed", 5), ("injured", 20)]),
                       ("Some 31 people dead over 90 injured after car bomb went off in Azaz.", [("killed", 31), ("injured", 90)])):
        reading = frontwatch.extract(text, published="2016-07-27", outlet="caller")
        assert [(c.kind, c.value) for c in reading.claims] == want, text


def test_the_number_of_people_a_participle_says_were_killed_is_a_toll() -> None:
    """ "the number of civilians killed by the strike has risen to 20": the participle on the people counted says the kind."""
    import frontwatch

    reading = frontwatch.extract("The number of villagers killed by the coalition raid near Raqqa has now climbed to 20, "
                                 "residents told reporters on Saturday.", published="2017-04-08", outlet="Sputnik")
    assert [(c.kind, c.value) for c in reading.claims] == [("killed", 20)]
    fled = frontwatch.extract("The number of people who fled the fighting in Raqqa has risen to 2,000, the UN said Saturday.",
                              published="2017-04-08", outlet="Sputnik")
    assert [(c.kind, c.value) for c in fled.claims] == [("displaced", 2000)]


def test_forces_counted_are_fighters_and_a_time_word_ends_a_count() -> None:
    """ "19 regime forces were killed" counts people (wire copy says so); "the toll reached 330 overnight": the
    tagger's QUANTITY "330 overnight" is a bare count."""
    import frontwatch

    forces = frontwatch.extract("The monitor said 19 regime forces were killed on Monday in the Old City of Aleppo.", published="2016-07-11")
    assert [(c.kind, c.value) for c in forces.claims if c.value] == [("killed", 19)]
    overnight = frontwatch.extract("Rescuers said the toll from the raids on Aleppo climbed to 330 overnight.", published="2016-09-26")
    assert [(c.kind, c.value) for c in overnight.claims if c.value] == [("killed", 330)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("At Tadef in the eastern province of Aleppo 12 people were killed, the monitor said.", "killed", 12),
    ("In Nawa in the southern province of Daraa 8 civilians were killed in two raids, activists said.", "killed", 8),
    ("Near Tadef in the eastern countryside of Aleppo 11 fighters were wounded in clashes, the monitor said.", "injured", 11),
])
def test_a_count_the_parser_hangs_inside_a_fronted_place_is_still_the_passive_verbs_subject(text: str, kind: str, value: int) -> None:
    reading = frontwatch.extract(text, published="2016-07-04", outlet="AFP")
    assert (kind, value) in [(c.kind, c.value) for c in reading.claims]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 300 and 900 people died on Tuesday in the gas attack on Kafr Batna, medics said.", 300, 900),
    ("Shelling killed 14 to 22 villagers in Tal Rifaat on Friday, residents said.", 14, 22),
])
def test_two_numbers_bounding_one_count_are_its_least_and_most_and_the_toll_is_the_least(text: str, low: int, high: int) -> None:
    reading = frontwatch.extract(text, published="2016-07-04", outlet="Reuters")
    assert sorted((c.value, c.qualifier) for c in reading.claims if c.kind == "killed") == [(low, "at least"), (high, "up to")]
    assert [e.fatalities for e in reading.events] == [low]


def test_a_toll_raised_from_one_count_to_another_is_no_range() -> None:
    reading = frontwatch.extract("Shelling hit Tal Rifaat on Friday. The toll rose from 14 to 22 by the evening, residents said.",
                                 published="2016-07-04", outlet="Reuters")
    assert all(c.qualifier != "up to" for c in reading.claims)


def test_an_editors_bracketed_name_inside_a_count_keeps_the_count_of_fighters() -> None:
    reading = frontwatch.extract("Russian jets struck a convoy near Palmyra on Sunday and up to 45 [Daesh] fighters were eliminated, "
                                 "the ministry said.", published="2016-07-20", outlet="sputnik")
    assert [(c.kind, c.value, c.unit) for c in reading.claims] == [("killed", 45, "fighters")]


def test_a_toll_that_may_have_been_reached_is_a_hedged_claim_and_one_that_could_rise_is_none() -> None:
    guess = frontwatch.extract("Air strikes hit the town of Binnish on Monday. At least 35 people may have been killed in the strikes, "
                               "the monitor said.", published="2016-07-20", outlet="Reuters")
    assert [(c.kind, c.value, c.hedged) for c in guess.claims] == [("killed", 35, True)]
    prospect = frontwatch.extract("Air strikes hit the town of Binnish on Monday, killing 9 people. The toll could rise to 25, the monitor said.",
                                  published="2016-07-20", outlet="Reuters")
    assert [c.value for c in prospect.claims if c.kind == "killed"] == [9]


def test_cases_of_a_harm_count_the_injured() -> None:
    reading = frontwatch.extract("More than 40 cases of asphyxiation were recorded after a chlorine attack on Kafr Zita on Friday, medics said.",
                                 published="2016-07-20", outlet="Reuters")
    assert [(c.kind, c.value, c.qualifier) for c in reading.claims] == [("injured", 40, "more than")]


def test_a_participle_before_the_number_is_the_verb_of_the_count() -> None:
    # figures stripped of their commas: the parser reads "displaced 100000 civilians" as "displaced civilians"
    reading = frontwatch.extract("The battle for the town has killed nearly 250 fighters and displaced 80000 civilians.",
                                 published="2014-06-09", outlet="AP")
    assert sorted((c.kind, c.value) for c in reading.claims) == [("displaced", 80000), ("killed", 250)]
    reading = frontwatch.extract("Some 300 displaced civilians reached Azaz on Monday.", published="2014-06-09", outlet="AP")
    assert [(c.kind, c.value) for c in reading.claims] == [("displaced", 300)]


def test_a_count_after_a_weekday_may_count_named_people(nlp) -> None:  # type: ignore[no-untyped-def]
    # "on Wednesday 22 Daesh fighters were killed": the tagger joins the number to the weekday, the fighters count
    assert [f.value for f in find_figures(nlp("Also Wednesday 22 Daesh fighters were killed when jets struck a convoy."))] == [22]
    assert [f.value for f in find_figures(nlp("On Monday 14 Syrian soldiers were killed near Palmyra."))] == [14]
    assert [f.value for f in find_figures(nlp("On 22 July Syrian troops entered the town."))] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # single people joined by "and" are one count, their article shared or each with its own
        ("A man and child died when the shell hit the market.", [2]),
        ("A nurse's aide said a woman and her daughter were hurt.", [2]),
        ("An elderly man and a boy were wounded by the sniper.", [2]),
        # "the" gives the second person an identity of its own, told elsewhere: only the first is counted here
        ("Gunfire wounded a man and the driver of the bus.", [1]),
    ],
)
def test_single_people_joined_by_and_are_one_count(nlp, text, values):  # type: ignore[no-untyped-def]
    figures = [f for f in find_figures(nlp(text)) if f.unit]
    assert [f.value for f in figures] == values
    assert all(text[f.start : f.end] == f.words for f in figures)


def test_a_multiplier_after_a_counts_one_of_it(nlp):  # type: ignore[no-untyped-def]
    text = "The fighting has wounded at least a million people over five years."
    figures = find_figures(nlp(text))
    assert [(f.value, f.qualifier, f.words) for f in figures] == [(1000000, "at least", "at least a million")]


def test_a_capitalised_plural_the_tagger_takes_for_a_name_still_counts_people() -> None:
    reading = frontwatch.extract("Seventy ISIS Terrorists killed in Russian airstrikes on a camp near the town of Sukhnah.",
                                 published="2016-11-23", outlet="alalam")
    assert [(c.kind, c.value) for c in reading.claims if c.kind == "killed"] == [("killed", 70)]
    assert [e.fatalities for e in reading.events if e.sub_event_type == "Air/drone strike"] == [70]


def test_another_single_person_killed_is_a_count_of_one() -> None:
    reading = frontwatch.extract("Another man was killed by sniper fire of the militants in the town of Khan Arnaba on Tuesday.",
                                 published="2016-10-18", outlet="SANA")
    assert [(c.kind, c.value) for c in reading.claims if c.kind == "killed"] == [("killed", 1)]
    assert [e.fatalities for e in reading.events] == [1]


def test_another_single_person_killed_elsewhere_adds_nothing_to_the_toll_told_before() -> None:
    reading = frontwatch.extract("Nine fighters were killed in clashes in the town of Tabqa on Saturday, the agency said. "
                                 "Another fighter was killed in a village east of the town.", published="2017-04-16", outlet="sputnik")
    assert [e.fatalities for e in reading.events if e.event_type == "Battles"] == [9]


def test_a_count_killed_by_weapons_listed_with_including_is_no_part() -> None:
    # "four strikes including two cluster bombs killing three civilians": the three are the strikes' dead, not a part
    reading = frontwatch.extract("Meanwhile a warplane targeted the east of the town of Ariha with four raids including two "
                                 "barrel bombs killing five civilians and injuring a dozen people, an activist said.",
                                 published="2016-08-28", outlet="alaraby")
    assert [(c.kind, c.value, c.qualifier) for c in reading.claims if c.kind == "killed"] == [("killed", 5, "")]
    assert [e.fatalities for e in reading.events] == [5]
