"""Who asserts a figure (reading.attribution, reading.mentions): sentences written for the tests, many
without the commas that FA-KES's copies of articles lost."""

from __future__ import annotations

import frontwatch
from frontwatch.records import Claim, Reading


def _read(text: str, outlet: str = "Reuters") -> Reading:
    return frontwatch.extract(text, published="2016-11-20", outlet=outlet)


def _claim(reading: Reading, value: int) -> Claim:
    (claim,) = [c for c in reading.claims if c.value == value]
    return claim


def test_a_source_named_right_before_a_closing_said_speaks_without_a_comma() -> None:
    reading = _read("Twelve civilians died in rebel rocket fire on two western districts the Syrian Observatory for Human Rights said.")
    assert _claim(reading, 12).source.name == "Syrian Observatory for Human Rights"


def test_a_closing_verb_hung_on_a_noun_still_attributes_the_sentence() -> None:
    reading = _read("Government warplanes killed 14 people and damaged a school in the town a monitoring group said.")
    assert _claim(reading, 14).source.source_type == "monitor"
    reading = _read("The army killed 9 militants at their posts outside Palmyra SANA news agency reported on Monday.")
    assert _claim(reading, 9).source.name == "SANA"


def test_a_named_subject_speaks_under_its_own_name() -> None:
    """The entity the subject heads, not the phrase a misparse hangs on it ("terrorists mortar fire the ...")."""
    reading = _read("Eight civilians died and 19 were hurt on Tuesday in Jaish al-Islam (formerly Liwa al-Islam) "
                    "militants rocket fire the Arabic-language al-Waha Daily reported.")
    assert _claim(reading, 8).source.name == "al-Waha Daily"


def test_he_said_refers_to_the_last_speaker_not_to_who_he_told() -> None:
    reading = _read("Observatory director Rami Abdel Rahman said the town had seen no fighting for a year. "
                    "The town was quiet until this week Abdel Rahman told AFP. "
                    "He said 23 people had been killed by the shelling.")
    assert _claim(reading, 23).source.source_type == "monitor"


def test_a_speaker_named_by_his_office_keeps_where_he_speaks_from() -> None:
    reading = _read("A spokesman at the hospital in Saraqeb said a missile struck its gate killing 11 people.")
    assert "spokesman" in _claim(reading, 11).source.name and "hospital" in _claim(reading, 11).source.name


def test_an_unnamed_monitor_is_the_one_monitor_the_article_names() -> None:
    reading = _read("Clashes near the town of Douma left 40 dead on Friday a monitoring group said. "
                    "The Syrian Observatory for Human Rights said the fighting went on overnight.")
    assert _claim(reading, 40).source.name == "Syrian Observatory for Human Rights"
    alone = _read("Clashes near the town of Douma left 40 dead on Friday a monitoring group said.")
    assert _claim(alone, 40).source.name == "a monitor"


def test_a_count_for_a_place_is_that_events_toll_not_the_totals_part() -> None:
    reading = _read("At least 37 civilians including six children were killed in air raids on Aleppo on Saturday.")
    assert [e.fatalities for e in reading.events] == [37]


def test_who_gives_or_raises_a_toll_is_its_source() -> None:
    reading = _read("Rockets hit a market in Douma on Friday killing nine people, medics said. "
                    "The Syrian Observatory for Human Rights gave a higher toll of 14 dead.")
    assert _claim(reading, 14).source.source_type == "monitor"
    assert _claim(reading, 9).source.source_type != "monitor"


def test_giving_or_raising_something_else_reports_nothing() -> None:
    reading = _read("The Syrian Observatory for Human Rights raised concerns on Friday after shelling killed seven "
                    "people in Douma, medics said.")
    assert _claim(reading, 7).source.source_type != "monitor"


def test_the_group_is_the_monitor_named_last_or_the_armed_group_the_story_is_about() -> None:
    reading = _read("The opposition Syrian Observatory for Human Rights reported that air raids killed 21 people in Douma on Sunday. "
                    "Another 13 people were killed in the town of Harasta in barrel bomb attacks, the group said.")
    assert _claim(reading, 21).source.source_type == "monitor"
    assert _claim(reading, 13).source.source_type == "monitor"
    assert all(e.actor1 is None or e.actor1.side != "opposition" for e in reading.events)
    reading = _read("The Syrian Observatory for Human Rights said fighting went on. Islamic State fighters attacked army "
                    "posts near Palmyra on Monday. The group said in a statement that 17 soldiers were killed.")
    assert _claim(reading, 17).source.source_type == "armed group"


def test_a_source_before_the_verb_beats_a_government_qualifying_a_misparsed_subject() -> None:
    reading = _read("Syrian government air raids killed at least 31 people including 12 children in Hama province in "
                    "the centre the Syrian Observatory for Human Rights reported.")
    assert _claim(reading, 31).source.source_type == "monitor"


def test_a_federation_named_in_full_is_not_the_society_its_name_holds() -> None:
    reading = _read("Air raids on the depot killed around 30 people the International Federation of Red Cross and "
                    "Red Crescent Societies told reporters on Friday.")
    assert _claim(reading, 30).source.name.startswith("International Federation of Red Cross")


def test_a_body_quoting_unnamed_sources_asserts_what_they_say() -> None:
    reading = _read("But on Sunday the Observatory quoted trusted sources as saying that the rebels had killed 48 people during the assault.")
    assert _claim(reading, 48).source.name == "Syrian Observatory for Human Rights"
    named = _read("State television quoted a military source as saying that 31 militants were killed near the dam.")
    assert _claim(named, 31).source.name == "a military source"


def test_the_report_refers_back_to_who_reported() -> None:
    reading = _read("Two men were shot dead in Raqqa the Observatory said. "
                    "Both were killed at a checkpoint on Monday according to the report.")
    assert {c.source.name for c in reading.claims if c.kind == "killed"} == {"Syrian Observatory for Human Rights"}


def test_estimates_that_suggest_a_figure_are_their_authors() -> None:
    reading = _read("Since then more than 300000 people have died and some 5 million have fled their homes UN estimates suggest.")
    assert _claim(reading, 5000000).source.name == "United Nations"


def test_the_directorate_said_refers_back_to_the_health_directorate() -> None:
    reading = _read("The directorate of health in Hama province on Sunday announced that two clinics had closed. "
                    "The directorate said some 4000 civilians were trapped in the old city.")
    assert _claim(reading, 4000).source.source_type == "local sources"


def test_who_is_quoted_speaks_not_who_quotes_him() -> None:
    for text in ('"Five people died in the strike on the base," the governor was quoted as saying by a local television channel.',
                 "Five people died in the strike on the base, state television quoted the governor as saying."):
        reading = frontwatch.extract(text, published="2017-04-07", outlet="Sputnik")
        assert [c.source.name for c in reading.claims if c.kind == "killed"] == ["the governor"], text


def test_a_participle_after_an_inverted_said_does_not_hide_its_speaker() -> None:
    """ "said X also known as Y": "known" heads no clause that is said; X speaks."""
    reading = _read("Seven aid volunteers died in the raid said the Civil Defence better known locally as the White Helmets.")
    assert _claim(reading, 7).source.name == "Syrian Civil Defence (White Helmets)"
    reading = _read("Nine people died in the shelling said the Syrian Observatory for Human Rights headquartered in Britain.")
    assert _claim(reading, 9).source.name == "Syrian Observatory for Human Rights"


def test_a_clause_that_is_said_after_an_inverted_verb_keeps_its_own_subject() -> None:
    reading = _read("The army repelled the assault but said rebels had killed four soldiers.")
    assert _claim(reading, 4).source.source_type == "military"


def test_a_pronoun_inside_a_relative_clause_is_the_speaker_of_its_sentence() -> None:
    """ "X reported the transfer which it said ...": "it" is X, not the speaker of the sentence before."""
    reading = _read("State television said 2100 residents left on Monday. The Observatory for its part "
                    "reported the evacuation which it said included 400 fighters.")
    assert _claim(reading, 2100).source.source_type == "state media"
    assert _claim(reading, 400).source.name == "Syrian Observatory for Human Rights"
    # a pronoun of its own sentence's clause still refers back when no speaker is above it
    reading = _read("The Observatory said 13 people died. Rebels shelled the town. It said 31 people were wounded.")
    assert _claim(reading, 31).source.name == "Syrian Observatory for Human Rights"


def test_a_subject_that_is_no_speaker_is_not_taken_for_it() -> None:
    reading = _read("The White Helmets rescue group said its volunteers pulled bodies from the rubble. "
                    "At least 17 civilians were killed in the strike it said.")
    assert _claim(reading, 17).source.name == "Syrian Civil Defence (White Helmets)"


def test_according_to_report_without_its_article_points_back() -> None:
    reading = _read("The Syrian Network for Human Rights published its findings on Monday. "
                    "According to report 240 people were killed in the town.", outlet="etilaf")
    assert _claim(reading, 240).source.name == "Syrian Network for Human Rights"
    reading = _read("The Observatory said 12 people died. According to a report 37 people were wounded.", outlet="etilaf")
    assert _claim(reading, 37).source.name != "Syrian Observatory for Human Rights"


def test_a_medium_citing_a_speaker_relays_the_speaker() -> None:
    for text in ("State news agency SANA citing a military source said the army killed 16 terrorists near Palmyra.",
                 "SANA said citing a military source that the army killed 16 terrorists near Palmyra.",
                 "The army killed 16 terrorists near Palmyra SANA reported citing a military source."):
        assert _claim(_read(text), 16).source.source_type == "military", text
    reading = _read("Reuters quoting US officials said on Tuesday that the jets killed 16 people.")
    assert "officials" in _claim(reading, 16).source.name


def test_a_medium_citing_unnamed_sources_keeps_the_fact() -> None:
    reading = _read("Nineteen people were killed in the town the Observatory said citing sources.")
    assert _claim(reading, 19).source.name == "Syrian Observatory for Human Rights"


def test_a_toll_given_in_the_passive_names_its_giver() -> None:
    reading = _read("Shelling on Douma killed 22 people. The toll was given by the Syrian Observatory for Human Rights.")
    assert _claim(reading, 22).source.name == "Syrian Observatory for Human Rights"


def test_the_monitor_named_first_by_its_kind_is_a_monitor() -> None:
    reading = _read("The Britain-based monitor said 27 civilians were killed in Douma.")
    assert _claim(reading, 27).source.source_type == "monitor"


def test_an_act_the_parser_makes_the_subject_of_said_is_no_speaker_nor_is_its_actor() -> None:
    reading = frontwatch.extract("Turkish air strikes killed at least 9 people as they were crossing a bridge near the town "
                                 "of Manbij in northern Syria the British-based monitor said on Friday.", published="2017-10-06", outlet="AFP")
    assert [c.source.source_type for c in reading.claims if c.kind == "killed"] == ["monitor"]


def test_adding_after_a_reported_act_is_said_by_the_one_who_said_it() -> None:
    reading = frontwatch.extract(
        "Activist Karim Haddad said government jets carried out heavy strikes on Saraqib on Monday adding that "
        "30 civilians were wounded.", published="2016-05-11", outlet="AFP")
    (wounded,) = [c for c in reading.claims if c.kind == "injured"]
    assert wounded.value == 30 and wounded.source.name == "Karim Haddad"


def test_a_watchdog_or_a_charity_refers_back_to_a_source_of_its_kind() -> None:
    reading = _read("The Syrian Observatory for Human Rights said shelling hit the town of Kafr Zita on Monday. "
                    "The Britain-based watchdog had earlier reported nine dead in the strikes on the town.")
    assert _claim(reading, 9).source.name == "Syrian Observatory for Human Rights"
    reading = _read("An attack on a field clinic in Homs left three nurses dead, the Kuwaiti Relief Society has announced. "
                    '"Seven nurses were wounded in the shelling," the charity said in a statement.')
    assert "Kuwaiti Relief Society" in _claim(reading, 7).source.name


def test_a_speaker_noun_does_not_refer_back_to_a_speaker_of_another_kind() -> None:
    """ "the watchdog" after the governor spoke is a monitor, not the governor."""
    reading = _read("The governor of Hama said the shelling hit a crowded market in the city. "
                    "The Britain-based watchdog reported nine dead in the strikes.")
    assert _claim(reading, 9).source.source_type == "monitor"


def test_media_at_large_speak_and_the_dead_before_them_do_not() -> None:
    for text in ("Kurdish-led forces killed 22 militants near Raqqa in the past day, media reported Sunday.",
                 "Kurdish-led forces killed 22 IS militants in northern Syria in the last 24 hours media reported Sunday.",
                 "The army killed 22 Nusra fighters near the town in recent days Syrian media reported."):
        assert _claim(_read(text), 22).source.source_type == "media", text


def test_a_source_naming_its_own_service_speaks_through_it() -> None:
    reading = _read("Nine members of one family were killed in an air strike on the village of Kafr Nabudah, "
                    "the White Helmets rescue service said.")
    assert _claim(reading, 9).source.name == "Syrian Civil Defence (White Helmets)"


def test_according_to_yields_to_a_reporting_verb_of_the_figures_own() -> None:
    reading = _read("Nine civilians died in strikes on the town of Saraqeb, according to local medics, "
                    "while the Syrian Observatory for Human Rights put the toll at 12.")
    assert _claim(reading, 12).source.name == "Syrian Observatory for Human Rights"
    assert _claim(reading, 9).source.source_type == "local sources"
    reading = _read("According to SANA, the army said 14 militants were killed near Palmyra.")
    assert _claim(reading, 14).source.name == "SANA"


def test_a_toll_compiled_by_a_source_is_that_sources() -> None:
    reading = _read("Government air strikes hit a market in the town of Ariha on Sunday. "
                    "A toll compiled by the Syrian Observatory for Human Rights showed 23 people were killed.")
    assert _claim(reading, 23).source.name == "Syrian Observatory for Human Rights"


def test_a_speaker_named_by_his_work_speaks_though_no_dictionary_names_him() -> None:
    reading = _read("A medic in Talbiseh told AFP that 14 people were killed in the shelling.")
    assert _claim(reading, 14).source.source_type == "local sources"
    reading = _read("A nurse at the field hospital said 9 people died in the raid on Kafr Zita.")
    assert "nurse" in _claim(reading, 9).source.name
    reading = _read("Three volunteers were killed in the strike on Atareb, the rescue service said.")
    assert _claim(reading, 3).source.name == "Syrian Civil Defence (White Helmets)"


def test_a_source_that_has_a_toll_gives_it() -> None:
    reading = _read("Air strikes hit the town of Kafr Zita on Monday. The Observatory had the toll at 16.")
    assert _claim(reading, 16).source.name == "Syrian Observatory for Human Rights"
    reading = _read("Activists said the strikes killed 14 people. The Britain-based Observatory has a higher toll of 19.")
    assert _claim(reading, 19).source.name == "Syrian Observatory for Human Rights"
    reading = _read("Air strikes hit the town of Kafr Zita on Monday. The attack had a toll of 16 dead.")
    assert _claim(reading, 16).source.source_type == "wire agency"


def test_a_toll_owned_by_a_source_is_that_sources() -> None:
    for text in ("Air strikes hit the town of Kafr Zita on Monday. By the Observatory's count, 16 people were killed.",
                 "Air strikes hit the town of Kafr Zita on Monday. The Observatory's toll stood at 16 dead.",
                 "Air strikes hit the town of Kafr Zita on Monday. The Observatory toll stood at 16 dead."):
        assert _claim(_read(text), 16).source.name == "Syrian Observatory for Human Rights", text
    reading = _read("Air strikes hit the town of Kafr Zita on Monday. The toll from the regime's air strikes rose to 16.")
    assert _claim(reading, 16).source.source_type == "wire agency"


def test_a_second_toll_with_its_own_speaker_is_not_credited_to_according_to() -> None:
    """ "according to X" credits its own clause; a count under another reporting verb with its subject is that
    speaker's, and the two tolls of one attack are disputed (not summed)."""
    for text, second in (
        ("A suicide bomber killed 31 people at a school in Homs on Monday, according to the governor, "
         "while the Syrian Observatory for Human Rights said 39 were killed.", "Syrian Observatory for Human Rights"),
        ("A car bomb killed 12 people in Azaz on Friday, according to state media, while activists said 15 died.", "activists"),
        ("According to the health ministry, shelling killed 8 people in Jableh, but the Observatory put the toll at 11.",
         "Syrian Observatory for Human Rights"),
    ):
        reading = _read(text)
        first_value = min(c.value for c in reading.claims if c.kind == "killed" and c.value is not None)
        second_value = max(c.value for c in reading.claims if c.kind == "killed" and c.value is not None)
        assert second in _claim(reading, second_value).source.name
        assert second not in _claim(reading, first_value).source.name
        (event,) = [e for e in reading.events if e.fatalities]
        assert event.fatalities == first_value  # the lowest sourced toll, not the sum of both
        assert _claim(reading, first_value).disputed_with


def test_a_medium_closing_the_sentence_with_claims_credits_it() -> None:
    reading = _read("At least 14 Nusra fighters were killed by shelling in rural Hama a Lebanese broadcaster claims.", outlet="AFP")
    (killed,) = reading.claims
    assert killed.source.name == "Lebanese broadcaster" and killed.source.source_type == "media"


def test_according_to_a_teller_run_into_the_count_is_the_teller_not_those_counted() -> None:
    """Commas lost: "according to X 12 militants were killed" hangs the teller on the counted people."""
    reading = _read("According to the Kurdish Hawar News Agency 12 IS militants were killed in clashes near Manbij on Friday.")
    assert "Hawar" in _claim(reading, 12).source.name
    reading = _read("According to SANA 15 Nusra Front terrorists were killed in Idlib.", outlet="Sputnik")
    assert _claim(reading, 15).source.name == "SANA"
    reading = _read("According to the Syrian Observatory 30 soldiers died in the ambush near Palmyra.")
    assert _claim(reading, 30).source.source_type == "monitor"


def test_a_source_placed_in_a_known_body_speaks_for_that_body() -> None:
    """ "a source at the Hama Police Command": the place hangs on the citing verb, the source still speaks for it."""
    reading = _read("The official agency reported citing a source at the Hama Police Command that rebels wounded six people.", outlet="Sputnik")
    assert _claim(reading, 6).source.name == "Police Command"
    assert "Hama Police Command" in _claim(reading, 6).source.words
    reading = _read("Rebels wounded seven people with rocket fire SANA news agency reported citing a source in the Homs Police Command.",
                    outlet="Sputnik")
    assert _claim(reading, 7).source.source_type == "government"
    reading = _read("A source in the town said 14 civilians were killed in the raid.")
    assert _claim(reading, 14).source.source_type == "unknown"  # a town is no body that speaks


def test_who_condemns_an_act_asserts_the_toll_told_of_it() -> None:
    reading = _read("On Monday the Russian Foreign Ministry condemned the air raids on Idlib on May 3 that left 12 civilians dead.")
    assert _claim(reading, 12).source.name == "Russian Foreign Ministry"
    reading = _read("The UN envoy deplored the attack on the market that killed 30 people and wounded 50.")
    assert _claim(reading, 30).source.source_type == "international organisation"
    reading = _read("Turkey's Foreign Ministry denounced the shelling of Afrin which killed nine children.")
    assert _claim(reading, 9).source.source_type == "government"


def test_local_authorities_speak_for_the_administration() -> None:
    reading = _read("More than 80 civilians have been killed and 300 wounded in last week's shelling of Homs local authorities "
                    "told reporters on Friday.", outlet="TASS")
    assert _claim(reading, 80).source.name == "local authorities"
    assert _claim(reading, 300).source.source_type == "government"
    reading = _read("City authorities said on Monday that 25 residents had been killed by rebel rockets since Friday.")
    assert _claim(reading, 25).source.name == "local authorities"


def test_a_witness_tells_what_he_saw() -> None:
    reading = _read("An AFP photographer in Harasta saw seven wounded men lying on the floor of a field hospital.", outlet="Al-Ahram")
    assert _claim(reading, 7).source.name == "AFP"
    reading = _read("A Reuters witness saw 12 bodies in the street after the raid.", outlet="Al-Ahram")
    assert _claim(reading, 12).source.source_type == "witness"
    reading = _read("The town saw 20 people killed in a week of shelling.", outlet="Al-Ahram")
    assert _claim(reading, 20).source.source_type == "outlet"  # a town witnesses nothing


def test_a_part_of_the_victims_takes_the_toll_not_what_a_witness_saw() -> None:
    reading = _read("Air strikes on two towns killed 19 people on Monday the Britain-based Observatory said. "
                    "A photographer for AFP saw five wounded children in a clinic. "
                    "Most of the victims - 11 - died in strikes on the town of Kafr Batna.", outlet="Al-Ahram")
    assert _claim(reading, 11).source.source_type == "monitor"


def test_a_count_run_into_an_agency_name_leaves_the_agency_the_speaker() -> None:
    """ "... and injuring 7 SANA reported": the parser hangs the count on the name; the agency still speaks, not
    the attackers the verb's clause hangs on."""
    reading = _read("Rebels shelled the town killing 4 and injuring 7 SANA reported.", outlet="Sputnik")
    assert _claim(reading, 4).source.name == "SANA"
    reading = _read("Gunmen attacked the checkpoint killing 3 and wounding 5 AFP reported.", outlet="Sputnik")
    assert _claim(reading, 3).source.name == "AFP"
    reading = _read("Kurdish fighters killed 20 Daesh militants near Hasakah in the past day media reported Monday.", outlet="Sputnik")
    assert _claim(reading, 20).source.source_type == "media"  # the counted militants still say nothing


def test_a_count_before_the_article_of_a_speaker_does_not_count_the_speaker() -> None:
    """ "... wounded at least 40 a monitoring group said": without commas the parser hangs the count on the speaker;
    the article opens a new noun phrase, so the monitor speaks for both counts."""
    reading = _read("Shells killed 6 people in Harasta on Monday and wounded at least 40 a monitoring group said in the "
                    "third such attack this month.")
    assert _claim(reading, 6).source.source_type == "monitor"


def test_a_condemning_ministry_parsed_as_a_modifier_still_speaks() -> None:
    """ "condemned coalitions airstrikes" (the apostrophe lost) makes the verb a modifier, with a subject of its own."""
    reading = _read("On Monday the Russian Foreign Ministry condemned coalitions airstrikes near Tabqa on March 3 that left 11 civilians dead.")
    assert _claim(reading, 11).source.source_type == "government"


def test_figures_by_whom_calls_are_made_are_people_not_a_count() -> None:
    """ "calls by opposition figures" names who called; "by the Observatory's count" on a verb is a count."""
    reading = _read("Washington has rejected calls by Syrian opposition figures to pause its raids "
                    "so that thousands of civilians trapped in Tabqa could leave.")
    assert [c.source.name for c in reading.claims if c.kind == "besieged"] == ["Reuters"]


def test_a_count_in_the_clause_of_reports_is_the_reports_not_who_looks_into_them() -> None:
    reading = _read("The coalition is investigating reports that at least 41 civilians were killed in strikes near Tabqa on Monday.")
    assert _claim(reading, 41).source.source_type == "media"
    reading = _read("The ministry said it was looking into reports that 9 people died in the raid on Sarmin.")
    assert _claim(reading, 9).source.source_type == "media"


def test_a_reporting_verb_nearer_the_count_than_the_reports_speaks() -> None:
    reading = _read("Jets struck Sarmin amid reports that the Observatory said 16 people were killed there.")
    assert _claim(reading, 16).source.name == "Syrian Observatory for Human Rights"


def test_state_media_closing_a_sentence_is_state_media_not_media_at_large() -> None:
    reading = _read("Rebel rockets killed 5 people in Hama state media reported.")
    assert _claim(reading, 5).source.source_type == "state media"
    reading = _read("Rebel rockets killed 5 people in Hama in the last day media reported.")
    assert _claim(reading, 5).source.source_type == "media"


def test_the_source_a_medium_cites_or_quotes_speaks_not_the_medium() -> None:
    reading = _read("At least 9 soldiers were killed near Tadmur a military source cited by SANA said.")
    assert _claim(reading, 9).source.source_type == "military"
    reading = _read("At least 9 soldiers were killed near Tadmur a military source quoted by SANA said on Friday.")
    assert _claim(reading, 9).source.source_type == "military"


def test_a_titled_speaker_after_an_inverting_verb_speaks() -> None:
    reading = _read("At least 8 soldiers were killed near Hama said an official at the national hospital.")
    assert _claim(reading, 8).source.name == "official at national hospital"
    reading = _read("At least 8 soldiers were killed near Hama said a source in the governor's office.")
    assert _claim(reading, 8).source.source_type == "government"


def test_phrases_of_one_length_are_tried_in_a_fixed_order() -> None:
    """A sentence with two hedges of one length ("purportedly", "appeared to") names the same one in every process:
    lexicons.phrases orders longest first, then alphabetically, never by the set's order."""
    from frontwatch.reading import lexicons

    hedges = lexicons.phrases("hedges.txt")
    assert list(hedges) == sorted(hedges, key=lambda phrase: (-len(phrase), phrase))


def test_a_reporting_verb_reached_through_a_noun_tells_of_that_noun_not_the_figure() -> None:
    """Copies without punctuation: "... a charge the group has denied Heavy shelling Hish has been under fire since
    May which has killed more than 40 civilians the monitor said": the denial is of the charge; the closing
    credit tells the toll."""
    text = ("Many residents do not trust the militia because they say it works with Damascus rather than fighting it a charge "
            "the militia has denied Heavy shelling Hish has been under fire since May which has killed more than 40 civilians "
            "the Syrian Observatory for Human Rights said.")
    assert _claim(_read(text), 40).source.name == "Syrian Observatory for Human Rights"
    # a verb reached through "including" still governs: the count is part of what the monitor reported
    told = _read("Two days before, the Syrian Observatory for Human Rights had stated in a report that some 300 people "
                 "including nearly 100 civilians died during October.")
    assert _claim(told, 100).source.name == "Syrian Observatory for Human Rights"


def test_a_worker_is_read_with_the_noun_that_says_what_work() -> None:
    """ "a rescue worker", "an aid worker", "a health worker": the compound title gives the kind; a quotation
    the worker closes is his."""
    reading = _read('"Nineteen people died under the rubble," a rescue worker told reporters.')
    assert _claim(reading, 19).source.source_type == "humanitarian"
    reading = _read("Shells hit the camp on Friday and killed 13 people, an aid worker said.")
    assert _claim(reading, 13).source.source_type == "humanitarian"
    reading = _read("Twenty-six wounded were brought to the clinic overnight, said a health worker in the town.")
    assert _claim(reading, 26).source.source_type == "local sources"


def test_who_lived_through_an_attack_is_a_witness() -> None:
    for speaker in ("a survivor", "a villager", "a relative of one victim"):
        reading = _read(f"The jets struck the market twice and killed 17 people, {speaker} said.")
        claim = _claim(reading, 17)
        assert claim.source.source_type == "witness", speaker
        assert speaker.split()[1] in claim.source.name


def test_an_unknown_office_takes_its_kind_from_its_last_word() -> None:
    """ "the Interior Ministry", "the Energy Ministry": a ministry the dictionaries do not list is still a government."""
    for office in ("the Interior Ministry", "the Energy Ministry", "the Transport Ministry"):
        reading = _read(f"Eleven police officers were killed in the ambush, {office} said.")
        assert _claim(reading, 11).source.source_type == "government", office


def test_a_spokesman_for_an_office_or_qualified_by_it_speaks_for_it() -> None:
    reading = _read("Fifteen people were killed when the shell hit, a spokesman for the provincial authority said.")
    assert _claim(reading, 15).source.source_type == "government"
    reading = _read("Fifteen people were killed when the shell hit, a hospital official said.")
    assert _claim(reading, 15).source.source_type == "local sources"
    reading = _read("Fifteen people were killed when the shell hit, an official at the hospital said.")
    assert _claim(reading, 15).source.source_type == "local sources"


def test_a_name_in_apposition_to_a_medium_is_that_medium() -> None:
    for phrase in ("the news agency Dunya", "the daily Bayan", "the television channel Orient"):
        reading = _read(f"The car bomb killed 21 people, {phrase} reported.")
        assert _claim(reading, 21).source.source_type == "media", phrase


def test_a_source_named_in_a_relative_clause_describes_the_speaker() -> None:
    reading = _read("Five people were killed, a monitor said. The group, which relies on a network of sources "
                    "inside the country, said 20 others were hurt.")
    assert _claim(reading, 20).source.source_type == "monitor"
    reading = _read("The Observatory reported the strike on Monday. The monitor, which draws on activists and medics, "
                    "said 31 people were killed.")
    assert _claim(reading, 31).source.source_type == "monitor"


def test_who_a_toll_is_given_by_counted_it() -> None:
    """ "The death toll, provided by X, stood at 40": the agent of a participle on the toll noun."""
    reading = _read("The death toll, provided by the Observatory, stood at 40.")
    assert _claim(reading, 40).source.source_type == "monitor"
    reading = _read("The toll given by the civil defence was 22 dead.")
    assert _claim(reading, 22).source.source_type == "humanitarian"
    reading = _read("A toll compiled by activists put the dead at 31.")
    assert _claim(reading, 31).source.source_type == "activists"


def test_a_group_named_by_its_work_is_a_source_of_that_kind() -> None:
    """ "a rights group", "an aid agency", "the medical charity" (referring back to no one): the qualifier says
    the kind; a bare "the group said" does not name a new source."""
    reading = _read("Meanwhile a human rights group said more than 900 people have died in detention since 2012.")
    assert _claim(reading, 900).source.source_type == "monitor"
    reading = _read("Two clinics were hit and 16 patients died, the medical charity said.")
    claim = _claim(reading, 16)
    assert claim.source.source_type == "humanitarian" and "charity" in claim.source.name
    reading = _read("Shells hit the convoy on the road killing 12 people, an aid agency said.")
    assert _claim(reading, 12).source.source_type == "humanitarian"


def test_where_the_figures_came_from_is_their_source() -> None:
    """A later sentence naming where a bare lede's figures come from gives them their source; the toll's change
    ("rose from 12") names no author."""
    reading = _read("At least 19 people were killed in the strikes. Most were women. The figures came from the civil defence.")
    assert _claim(reading, 19).source.source_type == "humanitarian"
    reading = _read("Twenty-one people died in the shelling. The numbers come from local activists in the town.")
    assert _claim(reading, 21).source.source_type == "activists"
    reading = _read("The toll rose from 12 to 19, the Observatory said.")
    assert _claim(reading, 19).source.source_type == "monitor"


def test_a_closing_said_after_the_surname_of_an_earlier_speaker_is_his() -> None:
    """Without commas the place runs into the name ("in Hama Haddad said"); a surname already heard as a
    speaker's still speaks."""
    opening = "Regional coordinator Karim Haddad said the month was the worst this year. "
    for rest in ("Explosions in Homs killed 20 people and casualties were also reported in Hama Haddad said.",
                 "Explosions in Homs killed 20 people and casualties were also reported in Hama and Idlib Haddad said again."):
        assert "Haddad" in _claim(_read(opening + rest), 20).source.name, rest
    reading = _read("Explosions in Homs killed 20 people and casualties were also reported in Hama Haddad said.")
    assert "Haddad" not in _claim(reading, 20).source.name  # a name nobody introduced as a speaker


def test_a_titled_speaker_after_a_closing_said_is_read_whole() -> None:
    """Without commas "said" takes the speaker as its object; the words before his title ("rescue", "local",
    "hospital") qualify it and are read with it."""
    for speaker, kind in (("a rescue worker at the scene", "humanitarian"), ("a local doctor", "local sources"),
                          ("a hospital official in the town", "local sources")):
        reading = _read(f"Fourteen people died under the rubble said {speaker}.")
        assert _claim(reading, 14).source.source_type == kind, speaker


def test_a_ministry_named_by_its_state_or_portfolio_is_not_an_earlier_government() -> None:
    """ "the defence ministry", "the Russian ministry": qualifiers that say whose or which office it is refer back
    only to a source whose words say the same; "the Syrian government" named before is another source."""
    lead = "Russian jets struck the town of Saraqeb on Monday. The Syrian government welcomed the raids. "
    claim = _claim(_read(lead + "The defence ministry said 40 militants were killed near Saraqeb."), 40)
    assert claim.source.name == "defence ministry" and claim.source.source_type == "government"
    claim = _claim(_read(lead + "The Russian ministry said 40 militants were killed near Saraqeb."), 40)
    assert claim.source.name == "Russian ministry" and claim.source.source_type == "government"
    claim = _claim(_read("Russian jets struck Saraqeb on Monday the Russian defence ministry said. The Syrian government "
                         "welcomed the raids. The ministry said 40 militants were killed near Saraqeb."), 40)
    assert claim.source.name == "Russian Defence Ministry"


def test_an_unlisted_ministry_is_a_government_source() -> None:
    """An office's head noun says its kind (lexicons/office_types.tsv), known to the dictionaries or not."""
    claim = _claim(_read("The Iraqi defence ministry said 40 militants were killed near the border on Sunday."), 40)
    assert (claim.source.name, claim.source.source_type) == ("Iraqi defence ministry", "government")
    claim = _claim(_read("The defence ministry in Moscow said 40 militants were killed near Palmyra."), 40)
    assert claim.source.source_type == "government"


def test_sources_keep_the_words_that_say_whose_they_are() -> None:
    """Bare "sources" are local sources; "Russian sources", "civil sources" keep their qualifier as their name, and
    "sources in" a body the dictionaries know speak for that body."""
    tail = "shelled the village of Nubl on Monday killing seven people "
    claim = _claim(_read("Rebels " + tail + "Russian sources reported."), 7)
    assert (claim.source.name, claim.source.source_type) == ("Russian sources", "local sources")
    assert _claim(_read("Rebels " + tail + "civil sources told SANA."), 7).source.name == "civil sources"
    assert _claim(_read("Rebels " + tail.rstrip() + ", sources said."), 7).source.name == "local sources"
    claim = _claim(_read("According to sources in the Syrian Civil Defence at least seven people were killed in Nubl."), 7)
    assert claim.source.source_type == "humanitarian" and claim.source.words == "sources in the Syrian Civil Defence"
    claim = _claim(_read("According to sources in the Assyrian Church at least seven people were killed in Nubl."), 7)
    assert claim.source.name == "sources in the Assyrian Church"


def test_a_medium_named_after_its_kind_speaks_under_its_name() -> None:
    """ "the pro-regime website X": the name in apposition speaks; the words before it only describe the medium."""
    tail = " reported on Monday that troops had killed 12 rebels in Harasta."
    claim = _claim(_read("The pro-regime website al-Masdar News" + tail), 12)
    assert (claim.source.name, claim.source.source_type) == ("al-Masdar News", "media")
    claim = _claim(_read("The opposition website Zaman al-Wasl" + tail), 12)
    assert (claim.source.name, claim.source.source_type) == ("Zaman al-Wasl", "media")
    assert _claim(_read("The state news agency SANA" + tail), 12).source.name == "SANA"


def test_a_toll_joined_to_a_reported_act_is_the_reporters() -> None:
    """ "X said the raid was carried out by jets and put the toll at 30": the toll has no subject of its own; the
    one who reports the act gives it, not the act's agent named just before."""
    for agent in ("Russian warplanes", "government jets"):
        claim = _claim(_read(f"The Local Coordination Committees said the raid was carried out by {agent} and put the death toll at 30."), 30)
        assert claim.source.name == "Local Coordination Committees"
    claim = _claim(_read("Activists said the strike was launched by Russian jets and gave a toll of 30 dead."), 30)
    assert claim.source.source_type == "activists"


def test_a_speaker_noun_with_a_known_name_after_it_is_that_source() -> None:
    """ "a second monitor the Local Coordination Committees reported": the name in apposition speaks."""
    claim = _claim(_read("A second monitor the Local Coordination Committees reported 30 dead in the village of Maarshamsheh."), 30)
    assert claim.source.name == "Local Coordination Committees"


def test_a_source_speaking_in_a_relative_clause_tells_an_unattributed_sentence() -> None:
    """ "Nine died in raids which the monitor said Russian jets flew": nothing else attributes the
    sentence; the source that speaks of its noun vouches for it."""
    claim = _claim(_read("Seventeen villagers died in Kafranbel in raids which the Observatory said Russian jets flew."), 17)
    assert claim.source.name == "Syrian Observatory for Human Rights"
    claim = _claim(_read("Twelve civilians died in shelling on Nubl that activists said came from government positions."), 12)
    assert claim.source.source_type == "activists"


def test_bare_sentences_between_a_source_and_its_anaphor_are_its_run() -> None:
    """ "A source said ... . <bare> . <bare> . The shells, according to the source, ...": the source told the bare
    sentences between; a sentence after the run, or background on the war told between, stays the outlet's."""
    text = ("A source at Homs police command told a SANA reporter that gunmen fired mortar shells at the "
            "Akrama district killing a man and injuring six residents. Eleven other residents were injured in the Zahraa "
            "district. The wounded were taken to hospitals. The shells according to the source damaged several houses. "
            "Other shells fired on Wadi al-Dahab injured three people.")
    reading = _read(text, outlet="manar")
    assert _claim(reading, 11).source.name == "Police Command"
    assert _claim(reading, 3).source.source_type == "outlet"
    text = ("The Observatory said jets struck the town of Ariha killing nine people. The war has killed 280,000 people "
            "since 2011. Most of the town is deserted. The monitor also said rebels shelled Nubl.")
    assert _claim(_read(text), 280000).source.source_type != "monitor"


def test_a_summary_set_apart_by_topic_tags_is_the_outlets() -> None:
    """A page's summary, above a list of topic tags, is the outlet's precis: the source the body names first does not
    reach back to it as it does to a bare lede."""
    body = "At least 41 people have been killed by raids on Ariha on Friday the civil defence said. Ten civilians were killed when a strike hit a bus."
    summary = "Government air raids killed more than 40 people in the town of Ariha on Friday."
    paged = _read(f"Date of publication 3 June 2016 {summary} Tags Syria Idlib Ariha White Helmets {body}", outlet="alaraby")
    assert _claim(paged, 40).source.source_type == "outlet"
    assert _claim(paged, 41).source.source_type == "humanitarian"
    assert _claim(_read(f"{summary} {body}", outlet="alaraby"), 40).source.source_type == "humanitarian"


def test_a_speaker_the_parser_hangs_on_a_place_before_said_still_speaks() -> None:
    """ "... near X the ministry said adding that ...": with the commas lost "the monitor" is parsed as in apposition
    to the place, and "said" has no subject; the noun right before it is its subject, and "adding" is said by it."""
    reading = _read("Eight people were killed in shelling on the town of Kafr Nabl the monitor said adding that 20 others were wounded.")
    assert _claim(reading, 8).source.source_type == "monitor"
    assert _claim(reading, 20).source.source_type == "monitor"


def test_a_town_named_like_an_outlet_is_a_place_after_a_place_word() -> None:
    """The town of Mayadeen and the Al-Mayadeen channel: "in the area of Mayadeen", "near Mayadeen" name the town;
    "according to Al-Mayadeen" and "Mayadeen reported" name the channel."""
    reading = _read("Thirty fighters were killed near Mayadeen, the defence ministry said.")
    assert "ministry" in _claim(reading, 30).source.name
    reading = _read("Up to 50 fighters were killed in the area of Mayadeen in air strikes.")
    assert _claim(reading, 50).source.name != "Al-Mayadeen"
    reading = _read("Thirty fighters were killed in clashes in Deir ez-Zor, according to Al-Mayadeen.")
    assert _claim(reading, 30).source.name == "Al-Mayadeen"
    reading = _read("Thirty fighters were killed in clashes in Deir ez-Zor, Mayadeen reported.")
    assert _claim(reading, 30).source.name == "Al-Mayadeen"


def test_a_closing_reports_ends_a_paragraph_of_its_own() -> None:
    reading = _read("Air raids on the Bustan district of Hama killed at least 11 people on Sunday the Syrian Observatory for Human Rights "
                    "reports.\n\nRebels shelled the town of Suran later.")
    assert _claim(reading, 11).source.name == "Syrian Observatory for Human Rights"
