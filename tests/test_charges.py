"""The charge a punishment is for: its actors are no parties and its acts no events (reading.charges)."""

from __future__ import annotations

import frontwatch
from frontwatch.records import Reading


def _read(text: str) -> Reading:
    return frontwatch.extract(text, published="2016-06-05")


def test_the_side_a_victim_was_accused_of_serving_is_no_party() -> None:
    event = _read("Jaish al-Fatah fighters shot dead three men in Binnish for spying for the army").events[0]
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.kind == "rebel group"
    assert event.actor2 is None or event.actor2.side != "government"
    assert event.dyad is not None and event.dyad.side_b is not None and event.dyad.side_b.kind == "civilians"
    unnamed = _read("Four men were executed in a square of Saraqib on charges of collaborating with the coalition").events
    assert [e.sub_event_type for e in unnamed] == ["Attack"]
    assert all(r is None or r.side != "coalition" for e in unnamed for r in (e.actor1, e.actor2))


def test_an_act_inside_the_charge_is_no_event() -> None:
    events = _read("A farmer was shot dead in al-Bukamal on charges of stealing a car").events
    assert [e.sub_event_type for e in events] == ["Attack"]
    arrest = _read("The Nusra Front arrests a man in Sarmada on suspicion of spying for the Islamic State").events
    assert [e.sub_event_type for e in arrest] == ["Arrests"]
    assert all(r is None or r.name != "Islamic State (Syria)" for e in arrest for r in (e.actor1, e.actor2))


def test_an_accusation_of_an_attack_still_reports_the_attack_and_its_party() -> None:
    # "accuse" opens no charge: the accused attack is the report's event, by the accused side
    events = _read("Rebels say regime forces shelled Douma on Sunday").events
    assert events and events[0].actor1 is not None and events[0].actor1.side == "government"
    belonging = _read("23 fighters belonging to the Nusra Front killed in clashes with regime forces near Morek").events
    assert belonging and {r.side for r in (belonging[0].actor1, belonging[0].actor2) if r is not None} >= {"government"}


def test_allies_named_in_cooperation_are_no_charge() -> None:
    events = _read("Army units in cooperation with allied forces took full control of the Jabal Badro district in Aleppo").events
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
