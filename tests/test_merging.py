"""Events told twice in one article are one (reading.merging). Sentences written for the tests."""

from __future__ import annotations

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
