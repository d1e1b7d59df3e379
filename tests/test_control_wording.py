"""Control statements in wordings the parser breaks apart, denied holdings, and holder names (reading/
control_wording.py, reading/captures.py), on invented sentences."""

from __future__ import annotations

import frontwatch
from frontwatch.reading.holders import holder_label


def _held(text: str) -> set[tuple[str, str]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return {(c.place, c.holder) for c in reading.control}


def test_a_multi_word_holder_before_held_with_no_hyphen_after_a_verb_or_preposition() -> None:
    assert _held("The jihadists stormed the Syrian Arab Army held village of Khanasser at dawn.") == {("Khanasir", "government")}
    assert _held("Militants attacked the Free Syrian Army held town of Tadef on Monday.") == {("Tadaf", "opposition")}
    assert _held("Shells fell in the Free Syrian Army held town of Tadef on Monday.") == {("Tadaf", "opposition")}


def test_a_multi_word_holder_before_held_after_a_reporting_verb_is_a_past_clause() -> None:
    assert _held("The monitor said the Syrian Arab Army held Khanasser until May.") == set()


def test_a_self_styled_capital_city_is_its_owners_stronghold() -> None:
    assert _held("Jets hit Daesh militants fleeing the group's self-proclaimed capital city of Raqqa.") == {("Ar-Raqqa", "Islamic State")}
    # a copy that lost its apostrophes: the parser sets the phrase beside its owner
    assert _held("Bombers struck 40 Daesh men who tried to slip out of the brutal groups self-proclaimed capital city of Raqqa.") == {
        ("Ar-Raqqa", "Islamic State")}
    assert _held("The rebels self-declared capital city of Idlib was shelled on Monday.") == {("Idleb", "opposition")}


def test_a_plain_capital_city_is_no_groups() -> None:
    assert _held("The Syrian capital city of Damascus was calm on Monday.") == set()


def test_a_power_base_is_its_owners_stronghold() -> None:
    assert _held("In Raqqa, the Islamic State's power base in Syria, prices have soared.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Jets struck the Islamic State's power base, Raqqa, on Monday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("In Raqqa Islamic States power base in the north its grip has grown firmer.") == {("Ar-Raqqa", "Islamic State")}


def test_pushed_back_from_a_place_takes_it() -> None:
    assert _held("The troops pushed the terrorists back from most of Khanasser on Monday.") == {("Khanasir", "government")}
    assert _held("Kurdish fighters drove Islamic State militants back from Tal Abyad on Sunday.") == {("Tall Abyad", "Kurdish forces (YPG)")}
    assert _held("The army pushed back the rebels from Tadef on Monday.") == {("Tadaf", "government")}


def test_a_denied_or_ended_capture_or_holding_holds_nothing() -> None:
    assert _held("The army has not yet taken the town of Tadef, the monitoring group said on Monday.") == set()
    assert _held("Rebels never took the town of Tadef, the monitoring group said on Monday.") == set()
    assert _held("Islamic State no longer controls the town of Tadef, the monitoring group said on Monday.") == set()
    assert _held("The town of Tadef is no longer under the control of Islamic State, the monitor said.") == set()
    assert _held("The army has taken the town of Tadef, the monitoring group said on Monday.") == {("Tadaf", "government")}


def test_a_relative_clause_holds_the_place_it_describes() -> None:
    assert _held("Jets struck the town of Tadef, which the rebels control, on Monday.") == {("Tadaf", "opposition")}
    assert _held("Jets struck Tadef, a village that Kurdish fighters have held since 2015.") == {("Tadaf", "Kurdish forces (YPG)")}
    assert _held("Jets struck the town of Tadef, which the rebels captured last year, on Monday.") == {("Tadaf", "opposition")}
    assert _held("The SDF, which controls Tadef, denied the report on Monday.") == {("Tadaf", "Kurdish forces (YPG)")}


def test_a_party_announcing_a_capture_without_a_doer_made_it() -> None:
    assert _held("The army said five villages including Tadef and Khanasser had been wrested back from the insurgents.") == {
        ("Tadaf", "government"), ("Khanasir", "government")}
    assert _held("Rebels said the village of Tadef had been seized overnight after heavy fighting.") == {("Tadaf", "opposition")}
    assert _held("The Observatory said the village of Tadef had been captured on Sunday after heavy fighting.") == set()


def test_control_established_or_imposed_over_a_place() -> None:
    assert _held("Army units established full control over Tadef on Monday after clashes.") == {("Tadaf", "government")}
    assert _held("The army established fire control over the village of Tadef on Monday.") == set()
    assert _held("The army imposed a curfew in Tadef on Monday after clashes.") == set()
    assert _held("The army established a base in Tadef on Monday after clashes.") == set()


def test_holder_names_of_soldiers_pro_government_militias_and_turkish_troops() -> None:
    assert holder_label("Soldiers", known_only=True) == "government"
    assert holder_label("Turkish soldiers", known_only=True) == "Turkish forces"
    assert holder_label("Turkish troops", known_only=True) == "Turkish forces"
    assert holder_label("the popular defense groups", known_only=True) == "government"
    assert holder_label("Jeish al-Fatah", known_only=True) == "opposition"


def test_an_infinitive_a_past_verb_of_success_governs_is_a_capture_done() -> None:
    assert _held("The troops managed to retake the village of Khanasser after a week of fighting.") == {("Khanasir", "government")}
    assert _held("The troops have managed to push the terrorists back from most of Khanasser.") == {("Khanasir", "government")}
    assert _held("The troops did not manage to retake the village of Khanasser after a week of fighting.") == set()
    assert _held("The troops will manage to retake the village of Khanasser soon, a commander said.") == set()


def test_falling_into_a_groups_hands_is_its_holding_unless_only_feared() -> None:
    assert _held("The town of Tadef fell into rebel hands on Sunday after a week of fighting, the monitor said.") == {("Tadaf", "opposition")}
    assert _held("The village of Tadef fell into the hands of Kurdish fighters on Sunday, the monitor said.") == {("Tadaf", "Kurdish forces (YPG)")}
    assert _held("The army feared the village of Tadef would fall into rebel hands soon, the monitor said.") == set()
    assert _held("The army rushed troops north to stop the village of Tadef falling into rebel hands.") == set()


def test_aims_and_futures_hold_nothing() -> None:
    # an aim takes nothing: the town stays with the side it would be taken from
    assert _held("Government troops are seeking to capture the town of Khanasser from the rebels, the monitor said.") == {("Khanasir", "opposition")}
    assert _held("Government troops are seeking to capture the town of Khanasser, the monitor said.") == set()
    assert _held("The rebels will try to seize the town of Khanasser next week, a commander said.") == set()
    assert _held("The town of Khanasser has changed hands several times since the war began in 2011.") == set()
