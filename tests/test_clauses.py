"""Headline clauses (reading.clauses) and the reports they hold: chained events each at their own place, tolls
that name no act, counted raids. Headlines are written for these tests in the style of monitors' daily titles."""

from __future__ import annotations

import frontwatch
from frontwatch.records import Reading


def _read(text: str) -> Reading:
    return frontwatch.extract(text, published="2016-06-05")


def _at(reading: Reading) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location.name if e.location else "") for e in reading.events]


def test_chained_reports_each_keep_their_own_place() -> None:
    found = _at(_read("A car bomb in the countryside of Idlib and fighting in Deir Ezzor and mortar fire on Douma"))
    assert ("Remote explosive/landmine/IED", "countryside of Idleb") in found
    assert ("Armed clash", "Deir-ez-Zor") in found
    assert ("Shelling/artillery/missile attack", "Duma") in found


def test_a_clause_naming_no_place_takes_the_place_of_the_clause_before_it() -> None:
    found = _at(_read("Warplanes pound the old quarter of Maarat al-Numan and fighting goes on in the city"))
    assert ("Armed clash", "Maarat al-Numaan") in found


def test_instruments_and_doers_of_one_act_stay_one_clause() -> None:
    reading = _read("Gunmen attacked a checkpoint near Tafas with mortars and machine guns on Sunday, killing two soldiers.")
    assert len({e.evidence for e in reading.events}) == 1
    reading = _read("Five people were killed in air strikes by Syrian jets and Russian air forces on Saraqib on Sunday.")
    assert all("Russian" in e.evidence for e in reading.events)


def test_a_toll_with_no_act_and_no_victims_named_is_deaths_reported() -> None:
    reading = _read("Human losses in Kafr Nabl")
    assert _at(reading) == [("Deaths reported", "Kafr Nabl")]
    event = reading.events[0]
    assert event.event_type == "Not ACLED" and event.dyad is not None and event.dyad.side_a is not None


def test_a_toll_of_named_victims_is_typed_by_who_was_hit() -> None:
    assert _at(_read("More losses among the rebels in Harasta"))[0][0] == "Armed clash"
    fighters = _read("More losses among the rebels in Harasta").events[0]
    assert fighters.actor1 is None and fighters.actor2 is not None and fighters.actor2.side == "opposition"
    assert _at(_read("A child dies in the countryside of Jisr al-Shughur"))[0][0] == "Attack"


def test_the_clause_with_deaths_beside_an_act_elsewhere_is_its_own_event() -> None:
    found = _at(_read("Fighting in the eastern countryside of Hama and casualties in Kafr Zita"))
    assert ("Deaths reported", "Kafr Zayta") in found and len(found) == 2


def test_a_toll_an_act_inflicts_or_a_lost_place_is_no_report() -> None:
    assert _at(_read("The loss of Palmyra angered the government in June")) == []
    found = _at(_read("Troops pressed their operations against the militants near Khanasir, inflicting heavy losses on them."))
    assert all(sub != "Deaths reported" for sub, _ in found)


def test_counted_raids_with_no_ground_force_are_air_raids() -> None:
    assert _at(_read("About 30 raids target the countryside of Hama"))[0][0] == "Air/drone strike"
    assert "Air/drone strike" not in [s for s, _ in _at(_read("Rebels raided a government checkpoint near Morek on Sunday."))]


def test_headline_paragraphs_without_full_stops_are_sentences_of_their_own() -> None:
    from frontwatch.pipeline import load_nlp

    doc = load_nlp()("Fighting goes on in the countryside of Hama\n\n14 killed by air strikes on Maarat al-Numan")
    assert [s.text.strip() for s in doc.sents] == ["Fighting goes on in the countryside of Hama",
                                                   "14 killed by air strikes on Maarat al-Numan"]


def test_headline_verbs_the_tagger_takes_for_nouns_still_report() -> None:
    beheading = _read("The “Islamic State” behead a shepherd in Maadan").events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else "") for e in beheading] == [("Attack", "Islamic State (Syria)")]
    aimed = _read("Rebels target army positions in Morek").events
    assert [e.sub_event_type for e in aimed] == ["Armed clash"]
    # a place alone as the target says neither the means nor who was hit
    assert _read("Government troops target the southern countryside of Idlib").events == ()


def test_weapon_words_on_their_vehicle_report_the_attack_and_its_target() -> None:
    event = _read("Two booby-trapped trucks target YPG fighters near Tal Tamr").events[0]
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is None and event.actor2 is not None and event.actor2.side == "kurdish"


def test_coordinated_towns_of_different_size_each_get_the_event() -> None:
    assert {loc for _, loc in _at(_read("Fighting goes on in Tafas and Damascus"))} == {"Tafas", "Damascus"}
    # villages run together with no comma are a list whose commas were lost ("the villages of A B")
    assert {loc for _, loc in _at(_read("Mortar fire on the villages of Kafr Zita Morek on Sunday"))} == {"Kafr Zayta", "Morek"}
    # a city and a village run together are no list: the city is the area the village lies in
    assert len(_at(_read("Mortar fire on Hama Morek on Sunday"))) == 1


def test_where_something_was_reported_is_where_it_happened() -> None:
    reading = _read("Dozens of mortar rounds were reported in the neighbourhoods of Hama city on Sunday.")
    assert reading.events and reading.events[0].location is not None


def test_a_joined_report_naming_no_place_is_not_at_the_place_of_the_one_before() -> None:
    reading = _read("Mortar rounds kill a baker in Jisr al-Shughur\n\n"
                    "71 people died across the country on Friday, 31 of them in air raids and shelling")
    located = [(e.trigger, e.location.name if e.location else None) for e in reading.events]
    assert ("Mortar", "Jisr ash Shughur") in located and ("shelling", None) in located


def test_the_acronym_is_the_group_not_the_verb() -> None:
    event = _read("IS targets YPG positions in the countryside of Hasakah").events[0]
    assert event.actor1 is not None and event.actor1.name == "Islamic State (Syria)"
    assert event.sub_event_type == "Armed clash"
    assert _read("THIS IS WAR in the old city").events == ()  # shouting text keeps its verb


def test_counted_tolls_remains_and_executions_report_deaths() -> None:
    assert _at(_read("Tens of casualties in the old quarter of Saraqib"))[0][0] == "Deaths reported"
    assert _at(_read("14 executed bodies found near Maadan"))[0][0] == "Attack"
    assert [e.trigger for e in _read("IS stones to death a man in Maadan").events] == ["stones to death"]


def test_joined_reports_ending_on_a_quoted_name_are_no_page() -> None:
    reading = _read("Jets strike the outskirts of Saraqib\n\nA gunman shoots a boy dead in “Tal Abyad”")
    assert "Saraqib" in reading.document.body and "Tal Abyad" in reading.document.body


def test_a_toll_closing_a_report_does_not_join_it_to_the_next() -> None:
    found = _at(_read("Mortars on Saraqib cause casualties, and fighting near Kafr Nabl"))
    assert ("Armed clash", "near Kafr Nabl") in found and ("Shelling/artillery/missile attack", "Saraqib") in found


def test_fighting_words_headlines_use() -> None:
    assert [e.sub_event_type for e in _read("Infighting between two rebel factions near Atarib").events] == ["Armed clash"]
    assert [e.sub_event_type for e in _read("Rebels repel an offensive by government troops near Morek").events] == ["Armed clash"]
    taken = _read("ISIS expels government troops from a hill near Palmyra").events
    assert [e.sub_event_type for e in taken] == ["Non-state actor overtakes territory"]


def test_a_doer_of_the_next_clause_is_not_the_air_strikes() -> None:
    reading = _read("12 casualties in a massacre by the regime's warplanes in Saraqib and the Islamic State mobilise fighters near Maadan")
    strike = next(e for e in reading.events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.side == "government"
    assert strike.actor2 is None or strike.actor2.name != "Islamic State (Syria)"
    assert strike.dyad is not None and strike.dyad.side_b is not None and strike.dyad.side_b.side == "opposition"


def test_a_toll_verb_sharing_the_subject_of_the_act_before_it_is_that_acts_toll() -> None:
    reading = _read("Warplanes pound a market in Saraqib and kill nine civilians")
    assert _at(reading) == [("Air/drone strike", "Saraqib")]
    assert reading.events[0].fatalities == 9
    # a toll with its own subject is a report of its own
    found = _at(_read("Warplanes pound a market in Saraqib and shells kill two in Binnish"))
    assert ("Shelling/artillery/missile attack", "Binnish") in found


def test_a_place_inside_an_actors_name_does_not_end_a_report() -> None:
    # "Syria" in "the Syria Democratic Forces" says no where: the two forces are one report's doers
    reading = _read("The Syria Democratic Forces and US special forces kill 12 IS fighters near Tabqa")
    assert len({e.evidence for e in reading.events}) == 1
    found = _at(_read("Clashes in Deir Ezzor and the Syria Democratic Forces advance near Tabqa"))
    assert ("Armed clash", "Deir-ez-Zor") in found and len(found) == 2


def test_an_actor_whose_following_verb_has_another_subject_opens_no_report() -> None:
    reading = _read("Jets destroyed a depot in which a gathering of leaders of Jaish al-Islam and Nusra Front fighters was being held "
                    "near Rastan on Monday.")
    assert len({e.evidence for e in reading.events}) == 1
    assert {e.location.name for e in reading.events if e.location} == {"near Ar Rastan"}  # the clause on the target says where


def test_a_second_report_led_by_the_name_of_its_doer_is_a_clause_of_its_own() -> None:
    # "while rebel shelling ...", "and rebel shelling ...": the tagger reads "shelling" as a participle and
    # "rebel" as a verb; the gerund is still the subject of the verb after it, a report with its own place
    for joint in (", while", ", and", " while"):
        reading = _read(f"Air strikes on Saraqib killed nine people{joint} rebel shelling on Mhardeh killed two children.")
        found = [(e.sub_event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]
        assert ("Air/drone strike", "Saraqib", 9) in found, joint
        assert ("Shelling/artillery/missile attack", "Muhradah", 2) in found, joint


def test_a_participle_after_a_joint_still_tells_what_the_act_before_it_did() -> None:
    reading = _read("Air strikes hit Saraqib, killing nine people in the town.")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Air/drone strike", 9)]


def test_a_toll_with_its_own_subject_and_place_after_a_contrasting_while_is_another_event() -> None:
    reading = _read("Army shelling on Kafr Nabl killed four people, while five fighters were killed in clashes with rebels in Daraya.")
    found = [(e.event_type, e.location.name if e.location else "", e.fatalities) for e in reading.events]
    assert ("Explosions/Remote violence", "Kafr Nabl", 4) in found
    assert ("Battles", "Darayya", 5) in found
    # the same act's toll, told after "and" or in its town, stays one event
    for text in ("Jets struck Saraqib, and 12 people were killed in the town.", "Jets struck Saraqib while 12 people were killed in the town."):
        assert [(e.location.name if e.location else "", e.fatalities) for e in _read(text).events] == [("Saraqib", 12)], text


def test_a_bare_group_noun_before_an_ing_word_names_whose_act_it_is() -> None:
    reading = _read("Rebel shelling on the Aleppo district of Salaheddin killed four people.")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [("Shelling/artillery/missile attack", 4)]
    assert reading.events[0].actor1 is not None and reading.events[0].actor1.side == "opposition"
