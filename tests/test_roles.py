"""Roles of places that are not where anything happened (reading.roles): datelines, a capital or country
named for its government, where a source is based. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import frontwatch
from frontwatch.reading.mentions import find_mentions
from frontwatch.reading.roles import place_role
from frontwatch.records import Document


def _roles(nlp: Any, text: str) -> dict[str, str]:
    doc = nlp(text)
    document = Document("t", "", None, "caller", "", "", "", text)
    mentions = find_mentions(document, doc)
    return {p.text: place_role(p, doc, mentions.actors) for p in mentions.places}


def test_a_place_before_its_agency_in_brackets_is_a_dateline(nlp: Any) -> None:
    roles = _roles(nlp, "Earlier stories. AMMAN (Reuters) Rebels shelled Daraa on Monday.")
    assert roles["AMMAN"] == "dateline" and roles["Daraa"] == "location"
    assert _roles(nlp, "Rebels shelled Daraa (a southern city) on Monday.")["Daraa"] == "location"


def test_a_dateline_mid_text_is_no_event_location() -> None:
    reading = frontwatch.extract("More stories below. DAMASCUS (AFP) Rebel shelling killed 4 people on Sunday.",
                                 published="2016-11-20", outlet="afp")
    assert reading.events and all(e.location is None or e.location.name != "Damascus" for e in reading.events)


def test_a_capital_named_as_the_agent_of_a_declaration_is_its_government(nlp: Any) -> None:
    roles = _roles(nlp, "Rebels left after several pauses declared by Damascus and Moscow on Saturday.")
    assert roles["Damascus"] == "government" and roles["Moscow"] == "government"
    assert _roles(nlp, "Rebels shelled Damascus on Saturday.")["Damascus"] == "location"


def test_x_based_names_where_a_source_is_based(nlp: Any) -> None:
    assert _roles(nlp, "The London-based monitor said ten people were killed.")["London"] == "base"


def test_a_country_that_acts_as_the_subject_of_a_verb_is_its_state(nlp: Any) -> None:
    assert _roles(nlp, "Egypt had reduced its aid to the city in the last week.")["Egypt"] == "government"
    assert _roles(nlp, "Rebels shelled a village near the border with Turkey.")["Turkey"] != "government"


def test_where_a_groups_branch_works_describes_the_group(nlp: Any) -> None:
    roles = _roles(nlp, "The army fought the Nusra Front (al-Qaeda's branch in the Levant) in Idlib on Monday.")
    assert roles["Levant"] == "description"
    assert roles["Idlib"] == "location"


def test_where_a_speaker_told_reporters_is_no_event_place(nlp: Any) -> None:
    assert _roles(nlp, "The driver died of his wounds, a spokesman told reporters in Geneva.")["Geneva"] == "interview"
    assert _roles(nlp, "Clashes were reported in Aleppo on Monday.")["Aleppo"] == "location"


def test_a_relative_clause_on_what_the_act_was_done_with_says_where_it_hit() -> None:
    reading = frontwatch.extract(
        "Two children were killed by shells in Jisr al-Shughur. Four women were also killed by shells that fell on Douma, a monitor said.",
        published="2016-11-20",
    )
    assert {e.location.name for e in reading.events if e.location is not None} >= {"Duma"}


def test_whose_building_or_post_was_hit_is_the_target_not_the_attacker() -> None:
    reading = frontwatch.extract("Two suicide bombers blew themselves up outside the police headquarters in Homs on Monday.",
                                 published="2016-05-11", outlet="AFP")
    (bombing,) = reading.events
    assert bombing.actor1 is None and bombing.actor2 is not None and bombing.actor2.name.startswith("Police Forces")
    reading = frontwatch.extract("Rebels shelled an army checkpoint in Homs on Monday.", published="2016-05-11", outlet="AFP")
    (shelling,) = reading.events
    assert shelling.actor1 is not None and shelling.actor1.name.startswith("Opposition")


def test_a_capital_naming_whose_ally_or_envoy_is_no_event_place() -> None:
    reading = frontwatch.extract("A radio station owned by Damascus ally Hezbollah said a car bomb went off near the convoy on Saturday.",
                                 published="2016-05-11", outlet="AFP")
    assert all(e.location is None or e.location.name != "Damascus" for e in reading.events)



def test_a_country_owning_an_abstract_noun_is_no_place() -> None:
    reading = frontwatch.extract("Rebels shelled an army checkpoint on Monday in Turkey's security interest, the minister said.",
                                 published="2016-05-11", outlet="AFP")
    assert [e.location for e in reading.events] == [None]


def test_an_actor_whose_words_hold_the_act_does_it() -> None:
    reading = frontwatch.extract("At least 15 IS (Daesh) fighters were killed by Turkish artillery fire near Jarablus on Monday.",
                                 published="2016-05-11", outlet="AFP")
    (shelling,) = reading.events
    assert shelling.actor1 is not None and "Turkey" in shelling.actor1.name
    assert shelling.actor2 is not None and shelling.actor2.name == "Islamic State (Syria)"


def test_where_the_dead_lived_is_no_event_place() -> None:
    reading = frontwatch.extract(
        "A car bomb killed 30 people at a bus station in Azaz on Monday. The dead were mostly natives of the villages "
        "of Nubl and Zahraa in Aleppo province, a monitor said.", published="2016-05-11", outlet="AFP")
    assert {e.location.name for e in reading.events if e.location is not None} == {"Azaz"}


def test_natives_of_a_place_come_from_it(nlp: Any) -> None:
    assert _roles(nlp, "Jets killed four fighters, natives of Chechnya, near Raqqa on Monday.")["Chechnya"] == "origin"
    assert _roles(nlp, "The dead included a native of Tunisia, the ministry said.")["Tunisia"] == "origin"
    assert _roles(nlp, "Jets killed four fighters in Chechnya on Monday.")["Chechnya"] == "location"


def test_a_country_as_the_agent_of_a_passive_is_its_state(nlp: Any) -> None:
    assert _roles(nlp, "A draft text proposed by Sweden was rejected on Monday.")["Sweden"] == "government"
    roles = _roles(nlp, "The resolution was vetoed by Russia and China at the council on Monday.")
    assert roles["Russia"] != "location" and roles["China"] == "government"
    assert _roles(nlp, "Two soldiers were killed in Turkey on Monday.")["Turkey"] == "location"


def test_a_world_region_or_country_in_a_speakers_title_is_no_event_location(nlp: Any) -> None:
    """ "the Middle East director of the charity said": whose office, not where the act happened."""
    roles = _roles(nlp, "Jets bombed a clinic, killing 8 people, the Middle East director of the charity said.")
    assert roles["Middle East"] == "title"
    assert _roles(nlp, "The Asia coordinator of the group said 5 people died.")["Asia"] == "title"
    assert _roles(nlp, "Shelling hit the Middle East on Monday.")["Middle East"] == "location"
    for text in ("Jets bombed a clinic, killing 8 people, the Middle East director of the charity said.",
                 "Rockets killed 9 people on Tuesday, said the Americas director of a rights group.",
                 "Mortars killed 6 people on Friday, the group's Europe spokesman said."):
        reading = frontwatch.extract(text, published="2016-11-20", outlet="caller")
        assert reading.events and all(e.location is None for e in reading.events), text


def test_a_site_the_speaker_heads_is_no_event_location(nlp: Any) -> None:
    """ "the director of Homs National Hospital said": where the speaker works and the dead are brought; a town so
    named ("the mayor of Azaz") stays where the story may be."""
    roles = _roles(nlp, "Shelling killed 7 people on Monday, the director of Homs National Hospital told the agency.")
    assert roles["National Hospital"] == "title"
    assert _roles(nlp, "Shelling killed 7 people on Monday, the mayor of Azaz told the agency.")["Azaz"] == "location"
    assert _roles(nlp, "Shelling hit the National Hospital on Monday.")["National Hospital"] == "location"


def test_a_place_in_the_name_of_a_medium_is_no_event_location(nlp: Any) -> None:
    """ "the Times of Israel newspaper reported": the place names the outlet."""
    assert _roles(nlp, "Seven people were killed on Monday, the Times of Israel newspaper reported.")["Israel"] == "outlet"
    assert _roles(nlp, "Four men died on Friday, Lebanon's Al-Manar television said.")["Lebanon"] != "location"
    reading = frontwatch.extract("A car bomb killed 7 people on Monday, the Times of Israel newspaper reported.",
                                 published="2016-11-20", outlet="caller")
    assert reading.events and all(e.location is None for e in reading.events)
    assert [c.source.source_type for c in reading.claims] == ["media"] and "Times of Israel" in reading.claims[0].source.name
    reading = frontwatch.extract("A car bomb killed 7 people in Azaz on Monday, the Jordan Times newspaper reported.",
                                 published="2016-11-20", outlet="caller")
    assert [e.location.name for e in reading.events if e.location] == ["Azaz"]
    assert reading.claims[0].source.source_type == "media"


def test_the_country_across_a_border_is_no_event_place() -> None:
    """ "a camp near its border with Iraq": Iraq is a reference point; "the border of Syria" is Syria's."""
    import frontwatch

    across = frontwatch.extract("IS gunmen killed 24 people on Monday at a camp for displaced families close to the "
                                "border with Iraq, a monitor said.", published="2017-05-02", outlet="AFP")
    assert all(e.location is None or e.location.country != "Iraq" for e in across.events)
    own = frontwatch.extract("Turkish troops shelled the border of Syria on Monday.", published="2017-05-02", outlet="AFP")
    assert [e.location.name for e in own.events if e.location] == ["Syria"]


def test_a_country_in_a_clause_of_intent_is_an_aim_unless_it_places_the_subject(nlp: Any) -> None:
    assert _roles(nlp, "Tanks fired on the fighters as they were preparing to shell Turkey.")["Turkey"] == "aim"
    assert _roles(nlp, "Fighters in Lebanon tried to cross the border on Monday.")["Lebanon"] == "location"


def test_a_town_named_as_the_one_who_reports_is_a_medium(nlp: Any) -> None:
    # a channel named like a town ("Al-Mayadin"), parsed as the subject of "reported", is the outlet, not a place
    roles = _roles(nlp, "A car bomb in the city of Hama killed 12 civilians Lebanese TV channel Al-Mayadin reported.")
    assert roles["Al-Mayadin"] == "outlet" and roles["Hama"] == "location"
