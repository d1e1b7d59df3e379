"""Words that look like events but tell none: what an act leaves, refusals, fights that describe someone, acts named
only to say who is to blame, planes named as things. Sentences written for these tests."""

from __future__ import annotations

import pytest

import frontwatch


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in frontwatch.extract(text, published="2016-09-05").events]


def test_what_an_act_leaves_is_no_withdrawal() -> None:
    assert subs("Gunmen shelled the village of Kafr Hamra on Monday, leaving heavy damage to the houses.") == ["Shelling/artillery/missile attack"]
    assert "Non-violent transfer of territory" in subs("Rebel fighters withdrew from the village of Kafr Hamra on Monday.")


@pytest.mark.parametrize("text", [
    "The government rejected the calls by the opposition to halt the raids on Kafr Hamra.",
    "The rebels rejected calls to pledge allegiance to the group in Kafr Hamra.",
    "The rebels rejected to pledge allegiance to the group in Kafr Hamra.",
    "The group said it takes care to avoid targeting civilians in Kafr Hamra.",
])
def test_refusing_words_or_deeds_tells_no_event(text: str) -> None:
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    "The group is battling for survival in Kafr Hamra.",
    "The two sides agreed to cooperate in fighting terrorism in Idlib.",
])
def test_a_fight_that_describes_someone_is_no_battle(text: str) -> None:
    assert "Armed clash" not in subs(text)


def test_a_battle_told_as_done_stays() -> None:
    assert subs("Rebels battled government forces near Kafr Hamra on Monday.") == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Air strikes hit Kafr Hamra on Monday. Activists blamed Russian warplanes for the strikes.",
    "Air strikes hit Kafr Hamra on Monday. Washington holds Moscow responsible for the strikes on Kafr Hamra.",
    "Jets hit a convoy in Kafr Hamra on Monday. Western diplomats think the Russian aircraft were responsible for the strike.",
])
def test_an_act_named_to_say_who_is_to_blame_is_told_once(text: str) -> None:
    assert subs(text) == ["Air/drone strike"]


def test_an_act_blamed_and_told_in_full_stays() -> None:
    text = "Russian warplanes were behind the attacks that targeted an aid convoy in Kafr Hamra on Monday, killing 12 people."
    assert subs(text) == ["Air/drone strike"]
    assert subs("Officials in Washington believe Russian jets were behind the strikes on Kafr Hamra.") == []


@pytest.mark.parametrize("text", [
    "The two pilots were flying a Syrian helicopter over the desert east of Kafr Hamra.",
    "The pilots were on a test flight in the Kafr Hamra region with a Syrian helicopter.",
    "Officials said two Russian warplanes were in the skies above the convoy in Kafr Hamra on Monday.",
    "The opposition urged the world to rein in the regime's air force over Kafr Hamra.",
])
def test_a_plane_named_as_a_thing_is_no_air_strike(text: str) -> None:
    assert "Air/drone strike" not in subs(text)


@pytest.mark.parametrize("text", [
    "Russian warplanes pounded Kafr Hamra on Wednesday.",
    "On Friday 86 people were killed by regime warplanes in Kafr Hamra.",
    "Syrian army helicopter fire killed 12 people in Kafr Hamra on Wednesday.",
    "A drone struck a car in Kafr Hamra on Monday.",
])
def test_a_plane_that_strikes_is_an_air_strike(text: str) -> None:
    assert subs(text) == ["Air/drone strike"]


def test_the_air_force_pilot_is_no_air_strike() -> None:
    assert subs("Rebels said on Friday that they had executed the air force pilot near Kafr Hamra.") == ["Attack"]


@pytest.mark.parametrize("text", [
    "Rebels in Kafr Hamra say they were forced out by siege and bombardment.",
    "The deals displace people from Kafr Hamra after years of siege and shelling.",
])
def test_siege_and_bombardment_as_a_way_of_war_is_no_event(text: str) -> None:
    assert subs(text) == []


def test_a_siege_and_shelling_of_a_place_stays() -> None:
    assert subs("The siege and shelling of Kafr Hamra killed 30 people on Monday.") == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "word"), [
    ("Jets struck the largest military training camp of the group near Kafr Hamra on Monday.", "training"),
    ("Troops shelled a rebel training base outside Kafr Hamra on Monday.", "training"),
])
def test_an_act_word_naming_what_a_site_is_for_is_no_cue(text: str, word: str) -> None:
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.event_types import find_event_cues

    doc = load_nlp()(text)
    found = [c.trigger.lower() for s in doc.sents for c in find_event_cues(s)]
    assert not any(word in t for t in found)
    assert found
