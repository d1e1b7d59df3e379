"""Who did what to whom: the sides of events read from invented sentences (reading.event_actors, reading.attackers)."""

from __future__ import annotations

import frontwatch
from frontwatch.records import Event


def _events(text: str) -> list[Event]:
    return list(frontwatch.extract(text, published="2016-05-11", outlet="AFP").events)


def _sides(event: Event) -> tuple[str, str]:
    return (event.actor1.side if event.actor1 else "", event.actor2.side if event.actor2 else "")


def test_a_singular_strike_or_raid_named_by_its_doer_has_that_doer() -> None:
    strike = _events("A Russian air strike hit an arms depot in Saraqib on Monday, the ministry said.")
    assert strike and strike[0].sub_event_type == "Air/drone strike"
    assert strike[0].actor1 is not None and "Russia" in strike[0].actor1.name
    raid = _events("A government raid on the village of Kafr Nabl on Monday killed four people, activists said.")
    assert raid and raid[0].actor1 is not None and raid[0].actor1.side == "government"


def test_the_side_whose_men_were_harmed_is_the_side_hit() -> None:
    for text, side in (("Five Nusra Front fighters were killed in air raids on the town of Saraqib on Tuesday.", "jihadist"),
                       ("Dozens of IS members were killed in air raids near Raqqa on Monday.", "jihadist")):
        events = _events(text)
        assert events and events[0].actor2 is not None and events[0].actor2.side == side, (text, events)


def test_the_holder_of_the_ground_attacked_is_the_other_side() -> None:
    events = _events("Ahrar al-Sham fighters launched an assault on Sunday to free the regime-held quarter of Hamdaniyeh, the group said.")
    assert [_sides(e) for e in events] == [("opposition", "government")]
    events = _events("Islamic State fighters attacked the Kurdish-held town of Ras al-Ain on Monday.")
    assert [_sides(e) for e in events] == [("jihadist", "kurdish")]


def test_a_description_of_a_named_group_stands_for_that_group() -> None:
    for text in ("Washington supports the Syrian Democratic Forces, a Kurdish-led militia alliance, which on Thursday "
                 "seized the town of Tabqa after IS fighters withdrew.",
                 # a copy without commas, where the parser makes the description an object of the verb before it
                 "The coalition is also striking IS from the air and arming the Syrian Democratic Forces a Kurdish-led "
                 "militia alliance which on Thursday seized the town of Tabqa after IS withdrew."):
        reading = frontwatch.extract(text, published="2016-05-11", outlet="AFP")
        taken = [e for e in reading.events if e.event_type == "Battles" and e.actor1 is not None and e.actor1.side == "kurdish"]
        assert taken and taken[0].actor2 is not None and taken[0].actor2.side == "jihadist", (text, reading.events)
        assert all("alliance" not in c.holder and "coalition" not in c.holder for c in reading.control), reading.control


def test_a_group_noun_that_described_a_named_group_comes_back_as_it() -> None:
    events = _events("Rebels seized the quarter of Ramussa on Saturday. Jaish al-Fatah, an alliance of Islamist factions, "
                     "is pressing a big push across Aleppo. Alliance fighters stormed an army base south of the quarter "
                     "on Sunday night, a monitor said.")
    assault = events[-1]
    assert assault.actor1 is not None and assault.actor1.words == "Alliance fighters" and assault.actor1.side == "opposition"
    assert assault.actor2 is not None and assault.actor2.side == "government"


def test_who_claims_an_attack_told_before_did_it() -> None:
    events = _events("A car bomb exploded in a crowded market in the town of Azaz on Tuesday, killing 20 people. "
                     "Islamic State later claimed responsibility for the blast in an online statement.")
    assert len(events) == 1 and events[0].actor1 is not None and events[0].actor1.side == "jihadist"
    # a claim of an act told with its own words is that act's, not the one before
    events = _events("A car bomb exploded in a crowded market in the town of Azaz on Tuesday, killing 20 people. "
                     "The Islamic State group claimed a suicide attack in Dumeir on Monday.")
    assert events[0].actor1 is None


def test_a_suicide_bombing_told_twice_has_the_doer_of_its_other_telling() -> None:
    events = _events("A suicide bomber struck a wedding party in the village of Tall Tamr on Monday, killing 20 people, a "
                     "medical source said. Rescue teams searched the rubble for hours. The Islamic State group said in a "
                     "statement on Tuesday that one of its fighters had blown himself up among Kurdish fighters in Qamishli.")
    bombings = [e for e in events if e.sub_event_type == "Suicide bomb"]
    assert bombings and all(e.actor1 is not None and e.actor1.side == "jihadist" for e in bombings), bombings


def test_a_battle_naming_one_side_has_the_dyads_other_side_as_an_inferred_actor2() -> None:
    events = _events("Islamic State fighters shelled the town of Tabqa on Sunday. On Monday government troops fought fierce "
                     "battles near the Tabqa airport, a monitor said.")
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor1 is not None and battle.actor1.side == "government"
    assert battle.actor2 is not None and battle.actor2.side == "jihadist" and battle.actor2.words == ""  # inferred
    # a remote attack keeps only the sides the text names
    shelling = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert shelling.actor2 is None


def test_a_country_that_is_the_agent_of_a_passive_act_acts_through_its_forces() -> None:
    for text, name in (("Air raids carried out by the United States killed seven people near the dam on Monday.", "United States"),
                       ("Raids by Turkey hit two villages near the border on Monday, the monitor said.", "Turkey")):
        events = _events(text)
        assert events and events[0].actor1 is not None and name in events[0].actor1.name, (text, events)
    # a country that only condemns the act is no doer of it
    events = _events("The raids on two villages near the border were condemned by Turkey on Monday.")
    assert all(e.actor1 is None or "Turkey" not in e.actor1.name for e in events)


def test_who_says_a_told_act_happened_is_no_party_to_it() -> None:
    for text in ("Diplomats met on Monday to discuss reports of a bombing that rebel groups say killed dozens of people in the valley.",
                 "Diplomats met on Monday to discuss reports of an air raid that rebel groups say killed dozens of people."):
        events = [e for e in _events(text) if e.fatalities]
        assert events and all(e.actor1 is None or e.actor1.side != "opposition" for e in events), (text, events)
