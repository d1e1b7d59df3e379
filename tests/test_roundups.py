"""Round-ups: one report telling many events in many places, in the styles of a state agency's daily army report,
a Lebanese channel's front summary and a monitor's toll round-up carried by a wire agency. Each event must come out
once, at its own place, with its own type and toll. The paragraphs are written for these tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import frontwatch
from frontwatch.reading.tolls import roundups_unlinked
from frontwatch.records import Reading
from situation_records import D, SOHR, claim, event, place

_STATE_AGENCY = (
    "Units of the army and armed forces destroyed on Tuesday several hideouts of terrorist organizations in the countryside "
    "of Hama, killing 12 terrorists in Kafr Zita and al-Lataminah. In Idlib countryside, an army unit killed 7 terrorists "
    "in an ambush near Khan Sheikhoun and destroyed two vehicles equipped with machineguns. Meanwhile, terrorists fired "
    "rocket shells on al-Muhafaza neighborhood in Aleppo city, killing 3 civilians and injuring 9 others. In Daraa "
    "province, the army clashed with terrorists of Jabhat al-Nusra in Busra al-Harir, killing 15 of them."
)
_CHANNEL = (
    "The Syrian Arab Army continued its operations against takfiri militants on Wednesday. In Aleppo countryside, army "
    "units killed 20 militants in Khan Touman and al-Eis. In Homs countryside, the Syrian air force struck ISIL positions "
    "in al-Qaryatayn, killing 11 of the terrorists. In Latakia, the army regained control over the village of Kinsabba "
    "after fierce clashes. Militants shelled the town of Mhardeh in Hama countryside with rockets, killing two children."
)
_MONITOR = (
    "At least 30 civilians died in government air strikes across Syria on Saturday, according to the Observatory. "
    "In Idlib province, strikes hit Saraqib and Maarat al-Numan, killing nine and six people respectively. "
    "In Hama, eight civilians died in barrel bomb attacks on Kafr Nabuda. Rebel shelling on the Aleppo district of "
    "Salaheddin killed four people, while five fighters were killed in clashes with regime forces in Daraya near Damascus."
)
_MONITOR_WIRE = (
    "Regime warplanes pounded the rebel-held town of Douma on Sunday, killing 14 people, the Observatory said. Elsewhere, "
    "strikes on Jisr al-Shughur in Idlib killed 6 civilians, and a car bomb in Qamishli killed 5 members of the Kurdish "
    "security forces. The monitor also reported that 10 Islamic State jihadists died in clashes with Kurdish fighters "
    "near Tal Abyad. At Binnish in the northwestern province of Idlib 3 people were killed, the monitor said."
)


def _read(text: str, outlet: str) -> Reading:
    return frontwatch.extract(text, published="2016-05-10", outlet=outlet)


def _events(reading: Reading) -> list[tuple[str, str, str, int]]:
    return [(e.location.name if e.location else "", e.event_type, e.sub_event_type, e.fatalities) for e in reading.events]


def _once_each(reading: Reading) -> None:
    """No place is told twice: a round-up's clauses are split, never one event into duplicates."""
    counts = Counter(e.location.name for e in reading.events if e.location is not None)
    assert all(n == 1 for n in counts.values()), counts


def test_a_state_agency_army_report_gives_each_place_its_event() -> None:
    reading = _read(_STATE_AGENCY, "SANA")
    found = _events(reading)
    assert ("Khan Shaykhun", "Battles", "Armed clash", 7) in [(p.removeprefix("near "), t, s, n) for p, t, s, n in found]
    assert ("al-Muhafaza", "Explosions/Remote violence", "Shelling/artillery/missile attack", 3) in found
    assert ("Busra al Hariri", "Battles", "Armed clash", 15) in found
    hama = [n for p, t, _, n in found if p in {"Kafr Zayta", "Al Lataminah"} and t == "Battles"]
    assert len(hama) == 2 and sum(hama) == 12  # one toll for two villages, counted once
    _once_each(reading)


def test_a_channel_front_summary_gives_each_place_its_event() -> None:
    reading = _read(_CHANNEL, "Al-Manar")
    found = _events(reading)
    places = {p for p, *_ in found}
    assert {"Khan Tuman", "Al Eis/Ash Shaykh Isa"} <= places
    assert ("Al Qaryatayn", "Explosions/Remote violence", "Air/drone strike", 11) in found
    assert ("Kansaba", "Battles", "Government regains territory", 0) in found
    assert ("Muhradah", "Explosions/Remote violence", "Shelling/artillery/missile attack", 2) in found
    _once_each(reading)


def test_a_monitor_round_up_gives_each_place_its_event_and_its_own_toll() -> None:
    reading = _read(_MONITOR, "AFP")
    found = _events(reading)
    assert ("Saraqib", "Explosions/Remote violence", "Air/drone strike", 9) in found
    assert ("Maarat al-Numaan", "Explosions/Remote violence", "Air/drone strike", 6) in found
    assert ("Kafr Nabudah", "Explosions/Remote violence", "Air/drone strike", 8) in found
    assert ("Salah ad-Deen", "Explosions/Remote violence", "Shelling/artillery/missile attack", 4) in found
    assert ("Daraya", "Battles", "Armed clash", 5) in found
    _once_each(reading)


def test_a_wire_monitor_round_up_gives_each_place_its_event_and_its_own_toll() -> None:
    reading = _read(_MONITOR_WIRE, "AFP")
    found = _events(reading)
    assert ("Duma", "Explosions/Remote violence", "Air/drone strike", 14) in found
    assert ("Jisr ash Shughur", "Explosions/Remote violence", "Air/drone strike", 6) in found
    assert ("Al Qamishli", "Explosions/Remote violence", "Remote explosive/landmine/IED", 5) in found
    assert ("Battles", "Armed clash", 10) in [(t, s, n) for p, t, s, n in found if "Tall Abyad" in p]
    assert ("Binnish", 3) in [(p, n) for p, _, _, n in found]  # the count after a fronted place without its comma
    _once_each(reading)


def test_acts_counted_by_place_near_one_and_at_another_are_an_event_at_each() -> None:
    reading = _read("The coalition launched 12 air strikes against IS in Syria on Monday, ten near Tal Abyad and two at Deir Ezzor.", "AFP")
    found = [(e.location.name if e.location else "", e.sub_event_type) for e in reading.events]
    assert ("near Tall Abyad", "Air/drone strike") in found
    assert ("Deir-ez-Zor", "Air/drone strike") in found
    clashes = _read("Clashes killed 5 near Tadef and 3 in al-Bab on Monday, the monitor said.", "AFP")
    assert [(e.location.name if e.location else "", e.fatalities) for e in clashes.events] == [("near Tadaf", 5), ("Al Bab", 3)]


def test_the_place_a_group_is_positioned_in_is_where_it_fires_from_not_where_its_shells_land() -> None:
    reading = _read("Gunmen positioned in Kafr Nabl fired mortar shells on the town of Maarat al-Numan on Sunday, killing a child.", "SANA")
    assert [e.location.name if e.location else "" for e in reading.events] == ["Maarat al-Numaan"]
    # the noun "positions" is where a group is hit
    hit = _read("The army shelled militant positions in Kafr Nabl on Sunday, a military source said.", "SANA")
    assert [e.location.name if e.location else "" for e in hit.events] == ["Kafr Nabl"]


def test_a_wider_total_that_a_town_s_own_count_and_the_next_event_s_add_up_to_is_a_round_up() -> None:
    # "At least 16 died in raids across Aleppo province ... raids killed 10 in the town of X ... six others died in
    # the city": the province's total was told with the town's event, yet it is the round-up of both
    town, city = place("Kafr Hamra", 36.29, 37.08), place("Aleppo", 36.20124, 37.16117, pid="aleppo_city")
    events = [event("e1", D(2016, 7, 25), town, event_type="Explosions/Remote violence", sub="Air/drone strike"),
              event("e2", D(2016, 7, 25), city, event_type="Explosions/Remote violence", sub="Air/drone strike")]
    total = claim("c1", "killed", 16, SOHR, event_id="e1", place="Aleppo", qualifier="at least")
    claims = [total, claim("c2", "killed", 10, SOHR, event_id="e1", place="Kafr Hamra"),
              claim("c3", "killed", 6, SOHR, event_id="e2", place="Aleppo")]
    assert [c.event_id for c in roundups_unlinked(claims, events)] == ["", "e1", "e2"]
    # a total told for the town itself stays the town's
    own = [replace(total, place="Kafr Hamra"), *claims[1:]]
    assert roundups_unlinked(own, events)[0].event_id == "e1"


def test_a_part_of_a_round_up_leaves_the_quarters_own_toll() -> None:
    # the city's 3 (with "two women") is the round-up of two quarters; the two women told for the first quarter
    # are its dead, not a part of a whole that is not this event's
    text = ("Militant shelling of homes across Aleppo killed 3 civilians on Sunday, among them two women. "
            "A police source said two women were killed as terrorists fired shells on the Salah al-Din neighborhood. "
            "Another barrage struck al-Hamidiyeh neighborhood hours later and killed one man.")
    reading = frontwatch.extract(text, published="2016-10-16", outlet="SANA")
    assert sorted((e.location.name, e.fatalities) for e in reading.events if e.location) == [("Salah ad-Deen", 2), ("al-Hamidiyeh", 1)]


def test_a_total_broken_down_by_place_without_including_gives_each_place_its_part() -> None:
    # "30 were killed in the area, 20 in a southern district of X and another ten in Y": the total is no part's
    reading = _read("On Monday the monitor said 30 civilians had been killed in air raids in the area 20 in a southern "
                    "district of Jarablus and another ten in Al-Rai.", "AFP")
    assert sorted((e.location.name, e.fatalities) for e in reading.events if e.location) == [("Al-Rai", 10), ("Jarabulus", 20)]
    listed = _read("The monitor said 30 civilians had been killed in air raids on Monday, 20 in the town of Jarablus and ten in Al-Rai.", "AFP")
    assert sorted((e.location.name, e.fatalities) for e in listed.events if e.location) == [("Al-Rai", 10), ("Jarabulus", 20)]
