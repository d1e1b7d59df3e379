"""Attribution that follows the discourse (reading.discourse): a source named once carries over the
sentences told in its voice. Sentences are written for the tests, most without the commas FA-KES lost."""

from __future__ import annotations

from typing import Any

import frontwatch
from frontwatch.reading.mentions import find_mentions
from frontwatch.records import Claim, Document, Event, Reading


def _read(text: str, outlet: str = "Reuters") -> Reading:
    return frontwatch.extract(text, published="2016-11-20", outlet=outlet)


def _claim(reading: Reading, value: int) -> Claim:
    (claim,) = [c for c in reading.claims if c.value == value]
    return claim


def _event_at(reading: Reading, words: str) -> Event:
    (event,) = [e for e in reading.events if e.location is not None and words in (e.location.words or e.location.name)]
    return event


def test_sentences_inside_a_quotation_belong_to_the_speaker_named_where_it_closes() -> None:
    text = ('Rockets struck a bakery in Saraqeb on Friday the Syrian Observatory for Human Rights said. '
            '"A mortar round fell on the Douma market early in the morning. '
            'Nobody expected it" Observatory head Rami Abdel Rahman told reporters.')
    assert _event_at(_read(text), "Douma").sources[0].source_type == "monitor"


def test_a_quotation_standing_alone_after_a_speaker_is_his() -> None:
    text = ("A local official said the bridge had been closed since dawn.\n\n"
            "\u201cThe army shelled the bridge at Jisr al-Shughur twice tonight.\u201d\n\n"
            "Traffic later resumed.")
    assert "official" in _event_at(_read(text), "Jisr").sources[0].name


def test_a_bare_sentence_between_a_source_and_its_added_statement_is_the_sources() -> None:
    text = ("A military source said army units took the hill east of Morek on Tuesday. "
            "Warplanes also hit a convoy near Kafr Zita killing 9 gunmen. "
            "The source added that engineers cleared mines from the road.")
    assert _claim(_read(text), 9).source.name == "a military source"


def test_a_bare_background_sentence_before_a_renamed_source_stays_the_outlets() -> None:
    text = ("Shelling killed 7 people in Binnish early this week the Syrian Observatory for Human Rights said. "
            "The war has killed 300000 people since 2011. "
            "The Observatory said the shelling went on overnight.")
    assert _claim(_read(text), 300000).source.name == "Reuters"


def test_an_elliptical_count_goes_on_with_the_source_of_the_count_before() -> None:
    text = ("Fighting in Harasta killed at least 31 fighters on Friday a monitoring group said. "
            "Another 44 were wounded. "
            "The town has changed hands twice this year.")
    assert _claim(_read(text), 44).source.source_type == "monitor"


def test_a_paragraph_opened_by_according_to_is_in_that_voice_until_another_speaks() -> None:
    text = ("According to SANA, troops entered the village of Tal Rifaat on Monday. "
            "Two soldiers died in a mine blast at its gate.\n\n"
            "Rebels shelled the town of Azaz later that day.")
    reading = _read(text)
    assert _claim(reading, 2).source.name == "SANA"
    assert _event_at(reading, "Azaz").sources[0].name == "Reuters"
    ended = _read("According to SANA, troops entered the village of Tal Rifaat on Monday. "
                  "Activists said the village was empty. Two soldiers died in a mine blast at its gate.")
    assert _claim(ended, 2).source.name != "SANA"


def test_a_bare_lede_takes_the_source_the_report_names_next() -> None:
    text = ("At least 17 civilians were killed in air raids on Jisr al-Shughur on Thursday. "
            "The raids hit a school and a market the Syrian Observatory for Human Rights said.")
    assert _claim(_read(text), 17).source.name == "Syrian Observatory for Human Rights"


def test_a_lede_is_not_delayed_to_a_source_named_much_later() -> None:
    text = ("At least 17 civilians were killed in air raids on Jisr al-Shughur on Thursday. "
            "The town lies west of Idlib. It had been quiet for weeks. Its market reopened in May. "
            "Schools closed after the raids. The Syrian Observatory for Human Rights said jets flew overhead.")
    assert _claim(_read(text), 17).source.name == "Reuters"


def test_a_source_named_after_said_speaks_even_when_the_parser_takes_another_subject() -> None:
    reading = _read("Meanwhile rebel rockets on government areas killed 523 people said the Observatory adding that 90 were children.")
    assert _claim(reading, 523).source.name == "Syrian Observatory for Human Rights"


def test_a_name_after_a_verb_that_takes_objects_is_no_speaker() -> None:
    reading = _read("Local groups reported government air strikes on Dabiq that killed 8 people.")
    assert _claim(reading, 8).source.name != "Military Forces of Syria (2000-)"


def test_whom_a_source_told_is_not_what_it_said() -> None:
    reading = _read("Warplanes struck a fuel depot near Khan Arnabah killing 6 people a Syrian military source told Sputnik.")
    assert _claim(reading, 6).source.name == "a military source"


def test_a_medium_named_with_its_kind_speaks_under_its_name() -> None:
    reading = _read("Gunmen killed 5 civilians in Daraa on Sunday the Gulf Courier newspaper reported.")
    assert "Gulf Courier" in _claim(reading, 5).source.name
    assert _claim(_read("Gunmen killed 5 civilians in Daraa on Sunday local media reported."), 5).source.source_type == "media"


def test_the_reporter_refers_back_to_the_reporter_named_before() -> None:
    text = ("SANA reporter in Homs said that a car bomb went off near a bakery. "
            "Earlier the reporter noted that a shell killed 4 children in the Akrama district.")
    assert _claim(_read(text, outlet="sana"), 4).source.name == "SANA's correspondent"


def test_pointed_out_reports() -> None:
    text = "Local sources said shells hit the town. The sources pointed out that 3 civilians were wounded in the fields."
    assert _claim(_read(text), 3).source.name == "local sources"


def test_an_outlet_naming_itself_is_the_outlet_not_an_actor_of_that_name() -> None:
    reading = _read("Shelling on eastern Ghouta killed 14 civilians on Monday the Coalition said.", outlet="etilaf")
    assert _claim(reading, 14).source.name == "Syrian Coalition (Etilaf)"


def test_a_report_without_its_reporter_takes_the_one_the_sentence_names() -> None:
    reading = _read("A second blast was reported at a checkpoint in Jableh with state media saying 4 soldiers had been killed.")
    assert _claim(reading, 4).source.source_type == "state media"


def test_an_attack_claimed_by_a_group_is_not_asserted_by_it() -> None:
    reading = _read("The district was hit in March by a truck bomb that killed 61 people and was claimed by Daesh.")
    assert _claim(reading, 61).source.name == "Reuters"


def test_a_speaker_noun_is_named_without_a_dangling_preposition() -> None:
    reading = _read("An official at the council office in Azaz said a rocket killed 2 women.")
    assert _claim(reading, 2).source.name == "official at council office"


def test_a_name_right_before_an_indefinite_title_is_the_speakers() -> None:
    reading = _read("Shells killed 3 children in Jableh Omar Haddad an official at the town council told AFP.")
    assert _claim(reading, 3).source.name == "Omar Haddad"


def test_an_agency_alone_in_brackets_credits_the_copy_and_is_no_speaker(nlp: Any) -> None:
    text = "AMMAN (Reuters) Jets struck Douma at dawn. The Syrian Observatory for Human Rights (SOHR) said 5 died."
    doc = nlp(text)
    mentions = find_mentions(Document("t", "", None, "caller", "", "", "", text), doc)
    assert [m.source.name for m in mentions.sources] == ["Syrian Observatory for Human Rights"]


def test_a_speaker_the_parse_leaves_aside_still_tells_his_sentence() -> None:
    text = ("Barrel bombs killed at least 23 people in Anadan on Friday a war monitor and medical workers in the "
            "opposition-run clinic said. A military source denied that.")
    assert _claim(_read(text), 23).source.source_type == "monitor"


def test_according_to_names_the_person_its_phrase_is_about() -> None:
    reading = _read("Nine people died in the raid according to Omar Haddad a member of the council that runs opposition areas.")
    assert _claim(reading, 9).source.name == "Omar Haddad"


def test_he_said_is_the_last_speaker_not_a_source_only_mentioned() -> None:
    text = ("Omar Haddad head of the local council told Reuters the truce had failed. "
            "Haddad doubted that UN convoys would arrive. "
            "Nobody can reach the town he said adding that 12 people had been killed by snipers.")
    assert _claim(_read(text), 12).source.name != "United Nations"


def test_a_clause_said_opens_with_no_inverted_speaker() -> None:
    reading = _read("A Syrian security source confirmed the raid but said government forces killed 8 people in the attack.")
    assert _claim(reading, 8).source.name == "a security source"


def test_a_report_is_its_authors_and_a_closing_credit_speaks() -> None:
    reading = _read("According to a May report by the Damascus Centre for Studies the war has killed 370000 people.")
    assert _claim(reading, 370000).source.name == "Damascus Centre for Studies"
    reading = _read("Air strikes hit the Shaer gas field and killed 14 people on Monday FNA reports.")
    assert _claim(reading, 14).source.name == "Iranian state media"


def test_claimed_attacks_and_put_at_odds_assert_nothing() -> None:
    reading = _read("Daesh claimed the bombing that killed 21 people in Manbij in a statement online.")
    assert _claim(reading, 21).source.name == "Reuters"
    reading = _read("Ankara wants to contain the Kurdish fighters putting it at odds with Daesh after a raid killed 13 people.")
    assert _claim(reading, 13).source.name == "Reuters"
    assert _claim(_read("After the raid on Saraqeb the monitor put the toll at 40."), 40).source.source_type == "monitor"


def test_its_director_speaks_for_the_organisation_and_a_described_director_for_himself() -> None:
    text = "The Syrian Observatory for Human Rights said jets hit Binnish. Its director said 11 people were killed in the town."
    assert _claim(_read(text), 11).source.source_type == "monitor"
    text = "A doctor at the Binnish clinic said jets hit the town. The director of the clinic said 11 people were killed there."
    assert _claim(_read(text), 11).source.name == "director of clinic"


def test_another_count_goes_on_with_the_source_before() -> None:
    reading = _read("Shelling killed 14 civilians in Douma, the Syrian Observatory for Human Rights said. Another seven "
                    "civilians were killed in two nearby villages and on the edge of the town.")
    assert {(c.value, c.source.source_type) for c in reading.claims} == {(14, "monitor"), (7, "monitor")}


def test_a_speaker_after_an_inverting_verb_beats_a_misparsed_count_subject() -> None:
    reading = _read("At least 62 civilians have been killed and 300 civilians wounded in government bombing that hit "
                    "markets and clinics said the Observatory.")
    assert _claim(reading, 62).source.source_type == "monitor"


def test_a_state_agencys_lede_is_its_own_not_the_officials_it_quotes_next() -> None:
    """Wire copy names a bare lede's source in the next sentences; a state agency quotes its officials for a
    part of the day's news after telling the lede itself."""
    text = ("Five civilians were killed in rocket attacks on two districts of Homs on Monday. "
            "A source at Homs Police Command said that a shell fell on a bakery in the morning killing two people.")
    assert _claim(_read(text, outlet="sana"), 5).source.name == "SANA"
    assert _claim(_read(text, outlet="sana"), 2).source.name == "Police Command"


def test_a_part_of_the_victims_takes_the_toll_s_source_past_a_witness_sentence() -> None:
    reading = _read("Air strikes killed 23 people in Douma the Syrian Observatory for Human Rights said. "
                    "A photographer saw wounded children in a clinic. But most of the victims - 16 - died in strikes on Saqba.",
                    outlet="ahram")
    assert _claim(reading, 16).source.name == "Syrian Observatory for Human Rights"
    # too far from any toll: the outlet's own
    reading = _read("Air strikes killed 23 people in Douma the Syrian Observatory for Human Rights said. The town has been "
                    "bombed for weeks. Rebels shelled Damascus. Most of the victims - 16 - died in strikes on Saqba.", outlet="ahram")
    assert _claim(reading, 16).source.source_type == "outlet"


def test_a_count_of_the_dead_breaks_down_the_toll_told_before() -> None:
    """ "At least 14 of the dead were children" two sentences after the monitor's toll is the monitor's."""
    reading = frontwatch.extract("The Observatory said at least 60 people had died in the strikes on the town.\n\n"
                                 "It was not possible to verify the toll independently.\n\n"
                                 "At least 14 of the dead were children.", published="2016-10-03", outlet="alaraby")
    (claim,) = [c for c in reading.claims if c.value == 14]
    assert claim.source.name == "Syrian Observatory for Human Rights"
    reading = frontwatch.extract("The Observatory said 33 people had died in the strikes on the town.\n\n"
                                 "Relatives of the dead buried 12 of them on Sunday.", published="2016-10-03", outlet="alaraby")
    assert all(c.source.name != "Syrian Observatory for Human Rights" for c in reading.claims if c.value == 12)


def test_a_bare_count_that_goes_on_about_a_source_s_strikes_is_that_source_s() -> None:
    """ "The strikes killed ..." after the Observatory told of the strikes: one account, the Observatory's."""
    reading = _read("On Monday warplanes carried out air strikes on Kafr Nabl the Observatory said. "
                    "The strikes killed seven people although medics feared the toll would rise.")
    assert _claim(reading, 7).source.name == "Syrian Observatory for Human Rights"
    reading = _read("Government helicopters dropped barrel bombs on Anadan SANA's rivals said on Sunday the Observatory said. "
                    "The bombs wounded 23 residents.")
    assert _claim(reading, 23).source.name == "Syrian Observatory for Human Rights"


def test_a_bare_count_that_the_next_sentence_names_again_with_these_is_the_next_sentence_s_source() -> None:
    reading = _read("Rebels shelled Idlib on Monday the Observatory said. "
                    "At least 12 civilians were killed in fresh strikes on Friday morning. "
                    "These civilians were trying to leave the village of Tal Abyad said the Syrian Observatory for Human Rights.")
    assert _claim(reading, 12).source.name == "Syrian Observatory for Human Rights"


def test_a_definite_noun_that_does_not_point_back_carries_no_source() -> None:
    # "the strikes" is no "strike" told of in the singular; "the war" is not the war in "war-ravaged"
    reading = _read("The Pentagon said a strike near Raqqa may have hit a school. "
                    "The strikes came after rebels killed 14 soldiers in the desert.")
    assert _claim(reading, 14).source.name == "Reuters"
    reading = _read("Rebels shelled a market in Homs on Monday the Observatory said. "
                    "Thirty-one aid workers have been killed in the war-ravaged country this year. "
                    "The war has also displaced millions of people the United Nations said.")
    assert _claim(reading, 31).source.name == "Reuters"


def test_a_state_agency_s_bare_count_stays_its_own_though_its_police_speak_of_it_next() -> None:
    reading = _read("Four people were killed by rocket shells in Aleppo. "
                    "The shells came from the city's east a source at Aleppo Police Command told SANA.", outlet="sana")
    assert _claim(reading, 4).source.name == "SANA"


def test_the_group_said_after_an_aid_group_keeps_the_aid_group_s_kind() -> None:
    reading = _read("The White Helmets reported heavy bombing in Douma. Four volunteers were killed the group said.")
    source = _claim(reading, 4).source
    assert (source.name, source.source_type) == ("Syrian Civil Defence (White Helmets)", "humanitarian")


def test_a_partys_quoted_remark_is_not_the_delayed_source_of_a_bare_lede() -> None:
    """ 'The army said the attack "will not go unpunished."' comments on the news; the lede before it is told
    from the account that follows (the monitor's), while an activist's quoted account can be the lede's source."""
    remark = _read('Army artillery hit an opposition town on Saturday, and 31 died. In a statement the army said the attack '
                   '"will not go unpunished." The monitor said at least 31 people were killed.')
    assert [c.source.source_type for c in remark.claims if c.value == 31][0] == "monitor"
    threat = _read('Shelling of a rebel-held town killed 12 people on Saturday. The military said the rebels '
                   '"will pay a heavy price." The monitor said at least 12 people were killed.')
    assert [c.source.source_type for c in threat.claims if c.value == 12][0] == "monitor"
    account = _read('Helicopters killed five civilians in the district on Sunday. "Barrel bombs hit the market," an activist '
                    'told the agency.')
    assert _claim(account, 5).source.source_type != "outlet"


def test_a_bare_noun_points_back_to_a_speaker_the_parse_named_before_another_spoke() -> None:
    """ "the defence ministry in Moscow said ... the Pentagon said ... the ministry said": "the ministry" is the
    ministry that spoke before, though no dictionary names it, not the latest speaker of its kind."""
    reading = _read("Some 30 fighters were killed in strikes over the past day, the defence ministry in Moscow said on Friday. "
                    "Moscow reported the death of a commander although the Pentagon said in 2016 that he had been killed. "
                    "A depot was hit near Raqqa, the ministry said, adding that another 40 fighters were killed near the town of Albu Kamal.")
    assert _claim(reading, 40).source.name == "defence ministry in Moscow"


def test_what_the_dead_included_is_a_part_of_the_toll_told_just_before() -> None:
    """ "The dead include five children", "The victims included three women": a breakdown of the toll the
    sentence before gave, in its source's voice."""
    reading = _read("At least 39 civilians were killed in overnight shelling of the city, the monitor said. The dead include five children.")
    assert _claim(reading, 5).source.source_type == "monitor"
    reading = _read("At least 39 civilians were killed in overnight shelling of the city, the monitor said. The victims included three women.")
    assert _claim(reading, 3).source.source_type == "monitor"
