"""Control statements of one article (reading/control.py): who holds which place, on invented sentences."""

from __future__ import annotations

import frontwatch
from frontwatch.reading.control import holder_label


def _held(text: str) -> set[tuple[str, str]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return {(c.place, c.holder) for c in reading.control}


def _since(text: str) -> list[tuple[str, str, str, bool]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet="Reuters")
    return [(c.place, c.holder, c.date.isoformat() if c.date else "", c.since) for c in reading.control]


def test_a_holder_named_as_an_adjective_with_or_without_its_hyphen() -> None:
    assert _held("Shells hit the rebel held town of Kafr Nabl on Monday.") == {("Kafr Nabl", "opposition")}
    assert _held("Two boys play in the opposition held Ansari district on Monday.") == {("al-Ansari", "opposition")}
    assert _held("Jets hit Islamic State-held Raqqa on Monday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Thousands fled terrorist-controlled Manbij on Monday.") == {("Manbij", "opposition")}
    assert _held("Rebels shelled loyalist-held Hish on Monday.") == {("Hish", "government")}
    assert _held("Shells hit the Hezbollah-held town of Zabadani on Monday.") == {("Az Zabadani", "government")}
    assert _held("Shells hit the Sultan Murad-held village of Hish on Monday.") == {("Hish", "opposition")}
    assert _held("Shells hit the Grey Wolves-held village of Hish on Monday.") == {("Hish", "Grey Wolves")}


def test_an_adjective_naming_no_holder_holds_nothing_and_a_subject_is_no_adjective() -> None:
    assert _held("Shells hit the long-held town of Kafr Nabl on Monday.") == set()
    assert _held("The army held the town of Hish until May, the monitor said.") == set()


def test_the_name_in_front_of_a_held_neighbourhood_is_the_held_place_not_its_city() -> None:
    assert _held("Jets struck the opposition-held Ansari neighbourhood of Aleppo on Monday.") == {("al-Ansari", "opposition")}


def test_a_part_of_a_city_is_not_the_city_and_a_country_is_never_held() -> None:
    assert _held("Shells hit the regime-held district of Hama on Monday.") == set()
    assert _held("Rockets hit rebel-held districts of the province and nearby Lebanon on Monday.") == set()
    assert _held("Shells hit the IS-held district of Manbij on Monday.") == {("Manbij", "Islamic State")}


def test_under_the_control_of_and_under_a_groups_control() -> None:
    assert _held("Jets struck Manbij, which is under the control of Islamic State, on Monday.") == {("Manbij", "Islamic State")}
    assert _held("Jets struck Manbij, which has been under IS control since 2014, on Monday.") == {("Manbij", "Islamic State")}
    assert _held("The town of Hish remains in the hands of the Nusra Front, the monitor said.") == {("Hish", "jihadist groups")}
    assert _held("Rebels shelled Hish, which remains under the regime's control, on Monday.") == {("Hish", "government")}


def test_a_plural_noun_closing_a_list_carries_its_relative_clause_for_the_list() -> None:
    held = _held("Jets struck Abu Kahf and Manbij city districts which are mostly under the control of IS on Monday.")
    assert {("Abu al Kahf", "Islamic State"), ("Manbij", "Islamic State")} <= held


def test_a_stronghold_is_held_by_its_group_and_a_former_one_by_nobody() -> None:
    assert _held("Marea is a stronghold of the Islamic Front, activists said.") == {("Marea", "opposition")}
    assert _held("Dozens fled the IS stronghold of Raqqa on Monday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("A former rebel stronghold, Marea was shelled on Monday.") == set()


def test_a_withdrawal_leaves_the_place_to_the_other_side() -> None:
    held = _since("Government troops pulled out of the village of Kafr Nabl on Tuesday as rebels advanced.")
    assert held == [("Kafr Nabl", "opposition", "2016-11-15", True)]


def test_lost_control_to_gives_the_place_to_the_winner() -> None:
    assert _held("The army lost control of the town of Tabqa to IS fighters on Monday.") == {("Tabqa", "Islamic State")}


def test_entering_besieging_and_fire_control_are_no_control() -> None:
    assert _held("Syrian troops entered the village of Tal Rifaat on Tuesday.") == set()
    assert _held("The army established fire control over the town of Hish on Tuesday.") == set()
    assert _held("Government forces besieged the town of Daraya on Tuesday.") == set()


def test_capturing_people_or_aiming_at_a_place_gives_the_place_no_taker() -> None:
    assert _held("Kurdish forces captured a pilot in the town of Hish on Tuesday.") == set()
    assert _held("Rebels killed a pilot they captured in the town of Hish on Friday.") == set()
    # the aim is no capture: the place stays with the side it would be taken from
    assert _held("The president repeated his goal of taking back the town of Hish from the rebels on Monday.") == {("Hish", "opposition")}
    assert _held("The president repeated his goal of taking back the town of Hish on Monday.") == set()


def test_a_capture_holds_each_place_taken_but_not_a_reference_point() -> None:
    held = _since("Government forces seized Kafr Nabl and Hish on Tuesday.")
    assert {(p, h) for p, h, _, _ in held} == {("Kafr Nabl", "government"), ("Hish", "government")}
    assert _held("Jihadists took six hamlets lying between Aleppo and the Turkish frontier on Sunday.") == set()


def test_a_capture_with_no_taker_named_is_the_governments_when_the_government_regains_it() -> None:
    assert _held("Rebel fighters were driven out of the town of Hish on Tuesday.") == {("Hish", "government")}


def test_holder_labels_prefer_a_named_group_to_a_catch_all_word() -> None:
    assert holder_label("Al Nusra and its Islamist allies") == "jihadist groups"
    assert holder_label("ISIS terrorists") == "Islamic State"
    assert holder_label("a Kurdish militia") == "Kurdish forces (YPG)"
    assert holder_label("the regime") == "government"
    assert holder_label("long", known_only=True) == ""


def test_a_present_holding_says_who_holds_the_place_not_who_took_it() -> None:
    assert _held("The SDF, which controls most of Hasakah province, said on Monday that it repelled an attack.") == {
        ("Al-Hasakeh", "Kurdish forces (YPG)")}
    assert [(p, h, since) for p, h, _, since in _since("IS controls the town of Hish, the monitor said on Monday.")] == [
        ("Hish", "Islamic State", False)]
    assert [(p, h, since) for p, h, _, since in _since("IS has held the town of Hish since 2014, the monitor said.")] == [
        ("Hish", "Islamic State", False)]
    assert _held("IS controlled the town of Hish until 2016, the monitor said.") == set()


def test_a_pronoun_names_no_holder_and_an_expulsion_of_fighters_is_a_capture() -> None:
    assert _held("Rebels shelled areas under their control in Hish on Monday.") == set()
    assert _held("The army drove IS fighters out of the town of Hish on Monday.") == {("Hish", "government")}


def test_most_of_a_place_is_held_and_a_share_of_it_is_not() -> None:
    assert _held("Government forces now hold most of the town of Hish, the monitor said.") == {("Hish", "government")}
    assert _held("Kurdish forces control about a third of Aleppo province, the monitor said.") == set()
    assert _held("Thousands fled rebel-held areas of the town of Manbij on Monday.") == set()


def test_a_place_north_of_a_city_makes_the_city_a_reference_point() -> None:
    assert _held("Many villages north of the city of Hama are held by Nusra fighters, the monitor said.") == set()
    assert _held("Villages north of the city of Hama are under the control of Nusra fighters.") == set()


def test_a_place_that_fell_to_a_group_is_that_groups_not_the_subjects() -> None:
    assert _held("Residents celebrated after the town of Tabqa fell to Islamic State fighters on Sunday.") == {
        ("Tabqa", "Islamic State")}


def test_a_capture_read_off_the_parse_gives_each_taker_and_its_own_date() -> None:
    held = _since("Syrian troops and Kurdish fighters drove IS out of Hasakah on Tuesday, the monitor said.")
    assert {(p, h) for p, h, _, _ in held} == {("Al-Hasakeh", "government"), ("Al-Hasakeh", "Kurdish forces (YPG)")}
    assert _since("Rebels captured the town of Hish in May 2015, the monitor said.") == [("Hish", "opposition", "2015-05-01", True)]
    assert _held("The town of Hish was retaken by the army on Monday, the monitor said.") == {("Hish", "government")}
    # "by rebels" after an active verb is no agent (the parser hangs it there)
    assert _held("Last year the army wrested back control of the town of Kasab after three months of control by rebels.") == {
        ("Kassab", "government")}


def test_a_capture_undone_later_in_the_article_is_history() -> None:
    assert _held("IS captured Palmyra in May 2015. The army retook Palmyra in March 2016, the monitor said.") == {
        ("Tadmur/Palmyra", "government")}


def test_a_clause_hung_on_the_city_a_part_is_named_of_describes_the_part() -> None:
    assert _held("Shells fell on a neighbourhood of the northern city of Aleppo held by Kurdish fighters on Saturday.") == set()


def test_a_second_verb_of_a_relative_clause_describes_the_same_place() -> None:
    assert _held("Rockets hit Kafr Zita which lies north of Hama and is held by the rebels.") == {("Kafr Zayta", "opposition")}
    assert _held("Kafr Zita lies north of Hama and is held by the rebels.") == {("Kafr Zayta", "opposition")}
    assert _held("The town of Kafr Zita was shelled on Monday and is controlled by the rebels.") == {("Kafr Zayta", "opposition")}


def test_a_held_noun_right_after_a_place_name_is_in_apposition_to_it_commas_or_not() -> None:
    assert _held("Jets struck Darayya the last rebel-held town near the capital.") == {("Darayya", "opposition")}
    assert _held("Jets struck Darayya, the last rebel-held bastion near the capital.") == {("Darayya", "opposition")}
    assert _held("In Aleppo the rebel-held districts came under fire.") == set()  # a part of the city, not the city
    assert _held("In Hama the rebel-held town of Kafr Zita came under fire on Monday.") == {("Kafr Zayta", "opposition")}


def test_names_listed_in_front_of_a_noun_are_all_held() -> None:
    assert _held("Jets struck the Azaz and Marea districts which are largely under the control of DAESH.") == {
        ("Azaz", "Islamic State"), ("Marea", "Islamic State")}
    assert {p for p, _ in _held("Army units took control of al-Mazraa and Tal Dahab areas to the northwest of Homs on Sunday.")} >= {"al-Mazraa", "Tall Dhahab"}


def test_the_holder_named_by_the_agent_is_not_the_party_set_against_it() -> None:
    assert _held("Tal Abyad is largely controlled by PYD but some regime units remain there.") == {
        ("Tall Abyad", "Kurdish forces (YPG)")}
    assert _held("Tal Abyad is held by the YPG but regime troops keep a base there.") == {("Tall Abyad", "Kurdish forces (YPG)")}


def test_an_offensive_or_an_infinitive_to_take_a_place_is_an_aim() -> None:
    assert _held("The SDF kept up its push to capture the Daesh-held city of Manbij.") == {("Manbij", "Islamic State")}
    assert _held("Rebels began an operation to seize Khan Tuman on Friday.") == set()
    assert _held("Rebels managed to seize Khan Tuman on Friday.") == {("Khan Tuman", "opposition")}
    assert _held("The army launched an offensive and took Khan Tuman on Friday.") == {("Khan Tuman", "government")}


def test_a_stronghold_whose_fall_the_phrase_tells_is_held_no_more() -> None:
    assert _held("Raids followed the fall of Yabrud a major opposition bastion near the border.") == set()
    assert _held("The shelling came after the capture of the rebel-held town of Kafr Zita.") == set()
    assert _held("Jets struck Yabrud, a key opposition bastion in the area.") == {("Yabrud", "opposition")}


def test_a_held_place_noun_with_no_name_points_back_to_the_place_named_before_it() -> None:
    assert _held("Helicopters hit Wadi Barada northwest of Damascus, striking the rebel-held enclave twice.") == {
        ("Wadi Barada", "opposition")}
    assert _held("Aircraft struck Douma on Monday and shells later hit the rebel-held town.") == {("Duma", "opposition")}
    assert _held("Snipers positioned in the Salaheddine district fired into the rebel-held neighbourhood.") == set()
    assert _held("Aircraft struck Douma on Monday and shells later hit a rebel-held town.") == set()  # a town not named
    assert _held("Russian jets struck Idlib and the rebel-held town on Monday, the monitor said.") == set()  # another place


def test_a_pronoun_holder_stands_for_the_doer_named_in_an_enclosing_clause() -> None:
    assert _held("Dozens died at the hands of government forces after they regained control of Morek.") == {("Morek", "government")}
    assert _held("The army said it had retaken Morek on Sunday.") == {("Morek", "government")}
    assert _held("IS fighters shelled Morek, which is under their control.") == set()  # not past the clause describing Morek


def test_a_capture_of_something_else_by_name_says_nothing_of_the_place_beside_it() -> None:
    assert _held("Mortars struck a quarter of Hama held by a Kurdish militia on Saturday, a monitor said, "
                 "while insurgents seized ground further south.") == set()
    assert _held("The army took control of Kafr Zita on Saturday.") == {("Kafr Zayta", "government")}
    assert _held("Rebels captured the town of Kafr Zita on Saturday.") == {("Kafr Zayta", "opposition")}
    assert _held("Islamist factions such as the Nusra Front control many villages in hills north of the "
                 "government-held coastal city of Latakia.") == {("Lattakia", "government")}  # many villages are not Latakia
    assert _held("The army shelled Kafr Zita for a week before troops captured the town on Sunday.") == {("Kafr Zayta", "government")}


def test_who_has_control_of_a_place_holds_it_unless_denied_or_over() -> None:
    assert _held("Regime troops had full control of Kafr Zita after heavy clashes, the monitor said.") == {("Kafr Zayta", "government")}
    assert _held("Rebels now have control over Kafr Zita, the monitor said.") == {("Kafr Zayta", "opposition")}
    assert _held("The army has no control over Kafr Zita, the monitor said.") == set()
    assert _held("The army had control of Kafr Zita until May, the monitor said.") == set()
    assert _held("Rebels do not have control of Kafr Zita, the monitor said.") == set()


def test_a_groups_self_styled_capital_is_its_stronghold_and_a_countrys_capital_is_not() -> None:
    assert _held("IS proclaimed its caliphate in 2014, choosing Raqqa as its de facto capital.") == {
        ("Ar-Raqqa", "Islamic State")}
    assert _held("IS proclaimed its caliphate in 2014 with the town of Raqqa as its self-declared capital.") == {
        ("Ar-Raqqa", "Islamic State")}
    assert _held("Jets struck Raqqa, the IS de facto capital, on Monday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Raqqa is the de facto capital of the Islamic State group.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Jets struck Damascus, the Syrian capital, on Monday.") == set()


def test_a_catch_all_holder_word_stands_for_the_one_group_the_sentence_names() -> None:
    assert _held("The Islamic State group posted footage of an execution in the militants' stronghold of Raqqa.") == {
        ("Ar-Raqqa", "Islamic State")}
    assert _held("Jets struck the militants' stronghold of Raqqa.") == {("Ar-Raqqa", "opposition")}  # no group named
    assert _held("The Islamic State shelled the rebel-held town of Kafr Zita.") == {("Kafr Zayta", "opposition")}  # a side word


def test_every_place_listed_after_a_held_noun_is_held() -> None:
    assert _held("The rebel-controlled towns of Kafr Zita and Morek were shelled on Sunday.") == {
        ("Kafr Zayta", "opposition"), ("Morek", "opposition")}
    assert _held("Jets struck the IS-held towns of Tabqa, Manbij and Jarablus on Sunday.") == {
        ("Tabqa", "Islamic State"), ("Manbij", "Islamic State"), ("Jarabulus", "Islamic State")}


def test_in_a_groups_hands_with_or_without_of() -> None:
    assert _held("Kafr Zita has been in rebel hands since 2012, the monitor said.") == {("Kafr Zayta", "opposition")}
    assert _held("Kafr Zita remains in the hands of the rebels, the monitor said.") == {("Kafr Zayta", "opposition")}
    assert _held("The city is in good hands, the governor of Hama said on Sunday.") == set()


def test_being_in_control_and_forces_loyal_to_a_side_holding() -> None:
    assert _held("The army said it was in full control of Kafr Zita on Sunday.") == {("Kafr Zayta", "government")}
    assert _held("The army was not in control of Kafr Zita, the monitor said.") == set()
    assert _held("Forces loyal to the government hold Kafr Zita, the monitor said.") == {("Kafr Zayta", "government")}
    assert _held("The rebels hold talks in Kafr Zita, the monitor said.") == set()


def _held_per(text: str, outlet: str) -> set[tuple[str, str]]:
    reading = frontwatch.extract(text, published="2016-11-20", outlet=outlet)
    return {(c.place, c.holder) for c in reading.control}


def test_a_liberation_with_no_doer_is_the_speakers_side_not_the_governments_by_default() -> None:
    opposition = "The opposition coalition said the liberation of the town of Morek on Saturday was followed by heavy shelling from government forces."
    assert _held_per(opposition, "etilaf") == {("Morek", "opposition")}
    assert _held_per("The liberation of the town of Morek on Saturday was followed by shelling from terrorist groups.", "sana") == {
        ("Morek", "government")}
    assert _held_per("The monitor said the liberation of the town of Morek by rebels on Saturday was welcomed.", "sana") == {
        ("Morek", "opposition")}


def test_forces_that_leave_a_place_do_not_hold_it() -> None:
    assert _held("Before government forces left the town of Morek they burned the market.") == set()
    assert _held("Government forces left the town of Morek on Tuesday as rebels advanced.") == {("Morek", "opposition")}
    assert _held("The blast left ten people dead in the town of Morek on Tuesday.") == set()


def test_a_place_noun_stands_for_the_places_its_including_or_dashes_list() -> None:
    assert _held("Rebels seized several hills and villages including Kafr Zita, Hish and Morek on Monday.") == {
        ("Kafr Zayta", "opposition"), ("Hish", "opposition"), ("Morek", "opposition")}
    assert _held("The army took villages including Hish and Kafr Zita.") == {("Hish", "government"), ("Kafr Zayta", "government")}
    assert _held("The army seized weapons including rockets near Hish on Monday.") == set()
    dashed = "The monitor said on Sunday that rebels had captured two villages south of Hama from government control - Kafr Zita and Morek - causing losses."
    assert {("Kafr Zayta", "opposition"), ("Morek", "opposition")} <= _held(dashed)


def test_a_past_participle_describing_the_place_is_a_capture_by_its_agent() -> None:
    assert _held("Troops pressed on to retake the village of Kafr Zita captured by rebels last year.") == {("Kafr Zayta", "opposition")}
    assert _held("Jets struck the town of Tabqa seized by IS in 2014.") == {("Tabqa", "Islamic State")}
    assert _held("Jets struck a convoy of fighters captured by the army near Hish.") == set()


def test_a_campaign_that_drove_a_side_out_is_waged_by_the_subject_of_its_clause() -> None:
    held = _held("Jihadists captured Morek in June as part of a wider push that drove government forces from nearly all of the province of Daraa.")
    assert {h for _, h in held} == {"jihadist groups"} and len(held) == 2
    # an aim takes nothing: the rebels it would drive out still hold the town
    assert _held("The army launched an offensive that aims to drive rebels from the town of Morek.") == {("Morek", "opposition")}


def test_control_for_a_place_in_a_groups_hands_and_a_place_divided_between_two_sides() -> None:
    assert _held("Control for Qamishli city is mostly in the hands of Kurdish forces, the monitor said.") == {
        ("Al Qamishli", "Kurdish forces (YPG)")}
    assert _held("Qamishli remains divided between Kurdish and regime control.") == {
        ("Al Qamishli", "Kurdish forces (YPG)"), ("Al Qamishli", "government")}
    assert _held("For years Homs was split between rebel control in its north and regime control in its south.") == {
        ("Homs", "government"), ("Homs", "opposition")}
    assert _held("Homs remains split between regime control in its western half and rebel control in its eastern half.") == {
        ("Homs", "government"), ("Homs", "opposition")}
    assert _held("Deir Ezzor city is split between regime and IS control.") == {
        ("Deir-ez-Zor", "government"), ("Deir-ez-Zor", "Islamic State")}
    assert _held("The opposition is divided between moderate and hardline factions in Idlib.") == set()


def test_the_group_a_place_is_cleared_of_is_driven_out_and_holds_nothing() -> None:
    assert _held_per("The town of Morek was cleared of terrorists on Monday, the agency said.", "sana") == {("Morek", "government")}
    assert _held("The town of Morek was cleared of rebels on Monday, the monitor said.") == set()
    assert _held("Rebels drove IS fighters out of Hish on Tuesday.") == {("Hish", "opposition")}


def test_a_groups_self_styled_seat_or_stronghold_right_before_the_name() -> None:
    assert _held("Jets pounded IS's de facto capital Raqqa on Monday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Jets pounded the rebel stronghold Morek on Monday.") == {("Morek", "opposition")}
    assert _held("Jets pounded the former rebel stronghold Morek on Monday.") == set()
    assert _held("Jets pounded the Syrian capital Damascus on Monday.") == set()


def test_the_taker_is_the_group_not_the_ally_backing_it_nor_a_relative_pronoun() -> None:
    assert _held("The SDF, backed by US-led coalition air strikes, captured Manbij from IS on Saturday.") == {
        ("Manbij", "Kurdish forces (YPG)")}
    assert _held("The Kurdish YPG militia, which took Tal Abyad in June, said it would not advance further.") == {
        ("Tall Abyad", "Kurdish forces (YPG)")}
    assert _held("Jets hit the rebels who seized Morek in May, the monitor said.") == {("Morek", "opposition")}


def test_a_capture_is_dated_by_its_own_clause_not_the_report_nor_a_clause_inside_it() -> None:
    assert _since("Rebels said on Monday they had taken Morek on Saturday.") == [("Morek", "opposition", "2016-11-19", True)]
    assert _since("On Sunday IS fighters recaptured the town of Morek which the army took from the group in April 2016.")[0] == (
        "Morek", "Islamic State", "2016-11-20", True)


def test_a_held_noun_in_apposition_to_a_name_is_about_the_name_not_an_area_beside_a_city() -> None:
    assert _held("On Tuesday jets also struck Douma another rebel-held area east of Damascus, the monitor said.") == {("Duma", "opposition")}
    assert _held("Jets struck Douma, one of the last rebel-held towns near the capital.") == {("Duma", "opposition")}


def test_a_sponsor_before_backed_is_not_the_holder() -> None:
    assert holder_label("Turkish-backed rebels") == "opposition"
    assert holder_label("the US-backed Syrian Democratic Forces") == "Kurdish forces (YPG)"
    assert holder_label("Kurdish fighters and US-backed rebels") == "Kurdish forces (YPG)"
    assert _held("Turkish-backed rebels captured the town of Jarablus on Wednesday.") == {("Jarabulus", "opposition")}


def test_a_loss_to_a_group_is_dated_by_its_own_clause() -> None:
    assert _since("IS lost control of Manbij to the SDF on Friday, the monitor said.") == [
        ("Manbij", "Kurdish forces (YPG)", "2016-11-18", True)]


def test_the_town_taken_points_back_to_the_one_town_of_the_two_sentences_before() -> None:
    assert _held("Heavy fighting raged around Marea on Monday, the monitor said. Rebels captured the town on "
                 "Tuesday after a night of clashes.") == {("Marea", "opposition")}
    assert _held("IS fighters attacked Marea at dawn. Government troops later recaptured the city, state media "
                 "said.") == {("Marea", "government")}
    # two towns before: "the town" is neither for sure; three sentences back is too far
    assert _held("Jets bombed Marea and Azaz on Monday. Rebels later captured the town, activists said.") == set()
    assert _held("Troops shelled Marea on Monday. Residents fled east. Many stayed in tents. Rebels captured the "
                 "town on Friday.") == set()
    # descriptions of "the town" point back the same way
    assert _held("Jets pounded Marea on Monday, killing five people. The town has been under rebel control since "
                 "2012.") == {("Marea", "opposition")}
    assert _held("Jets pounded Marea on Monday, killing five people. Rebels have controlled the town since "
                 "2013.") == {("Marea", "opposition")}
    assert _held("Jets pounded Marea on Monday. The monitor said shells also hit the rebel-held town.") == {("Marea", "opposition")}


def test_a_name_the_tagger_reads_as_a_person_is_a_place_in_a_place_slot() -> None:
    # "Bashkuwi" (a spelling of the village Bashkuy) tagged as a person, listed after "villages including"
    assert _held("The army also took villages including Bashkuwi while battles raged nearby, the monitor said.") == {
        ("Bashkuy", "government")}
    assert _held("Troops captured the village of Bashkuwi on Monday, state media said.") == {("Bashkuy", "government")}


def test_a_place_divided_between_held_parts_is_held_in_part_by_each_holder() -> None:
    assert _held("Aleppo is split between the rebel-held east and the government-held west.") == {
        ("Aleppo", "opposition"), ("Aleppo", "government")}
    assert _held("The town of Marea remains divided between the IS-held north and the rebel-held south, the monitor "
                 "said.") == {("Marea", "Islamic State"), ("Marea", "opposition")}
    assert _held("Aleppo is divided between the eastern and western districts.") == set()


def test_a_catch_all_holder_yields_to_the_group_named_as_holding_the_same_place() -> None:
    assert _held("Jets struck boats near the militant-held town of Marea on Friday. Marea has been under IS control "
                 "since 2014, the monitor said.") == {("Marea", "Islamic State")}
    assert _held("Jets struck boats near the militant-held town of Marea on Friday, the monitor said.") == {("Marea", "opposition")}
    assert _held("Jets struck boats near the militant-held town of Marea on Friday. Azaz has been under IS control "
                 "since 2014.") == {("Marea", "opposition"), ("Azaz", "Islamic State")}


def test_a_headline_says_who_holds_a_place_the_body_only_names() -> None:
    reading = frontwatch.extract("Jets struck Raqqa on Sunday, killing ten people, the monitor said.", published="2016-11-20",
                                 outlet="Reuters", title="Air strikes on ISIL-controlled Raqqa kill ten")
    assert {(c.place, c.holder, c.source.words) for c in reading.control} == {("Ar-Raqqa", "Islamic State", "headline")}
    # the body's own statement of the same holding is kept, not the headline's
    reading = frontwatch.extract("Jets struck IS-held Raqqa on Sunday, killing ten people, the monitor said.",
                                 published="2016-11-20", outlet="Reuters", title="Strikes on IS-held Raqqa kill ten")
    assert [(c.place, c.holder, c.source.words) for c in reading.control] == [("Ar-Raqqa", "Islamic State", "the monitor")]
    reading = frontwatch.extract("Jets struck Raqqa on Sunday, killing ten people, the monitor said.", published="2016-11-20",
                                 outlet="Reuters", title="Air strikes on Raqqa kill ten")
    assert reading.control == ()


def test_a_group_pushed_or_chased_out_of_a_place_leaves_it_to_the_doer() -> None:
    assert _held("The army pushed IS fighters out of Marea on Monday.") == {("Marea", "government")}
    assert _held("IS fighters were pushed out of Marea by the army on Monday.") == {("Marea", "government")}
    assert _held("Kurdish fighters chased IS from Marea on Monday.") == {("Marea", "Kurdish forces (YPG)")}
    # people driven out are displaced, not defeated; a group forced out by nobody named leaves no holder
    assert _held("The shelling forced thousands of residents out of Marea on Monday.") == set()
    assert _held("IS fighters were forced out of Marea on Monday.") == set()


def test_the_fall_or_loss_of_a_place_to_a_group_is_that_groups_unless_only_foreseen() -> None:
    assert _held("After the fall of Marea to IS fighters, thousands fled.") == {("Marea", "Islamic State")}
    assert _held("The militants were still reeling from the loss of the border town of Marea to Kurdish "
                 "fighters.") == {("Marea", "Kurdish forces (YPG)")}
    assert _held("The army admitted the loss of Marea to IS on Sunday.") == {("Marea", "Islamic State")}
    assert _held("The fall of Marea to the IS group would mark a major victory for the militants.") == set()
    assert _held("Turkey vowed to prevent the fall of Marea to IS.") == set()
    assert _held("The loss of Marea led to the deaths of hundreds.") == set()


def test_a_capture_event_placed_from_context_yields_to_the_parse_of_its_own_sentence() -> None:
    from frontwatch.reading.captures import Found
    from frontwatch.reading.control import _placed_from_context
    from frontwatch.reading.mentions import Mentions
    from frontwatch.records import Place, PlaceMention, Source

    said = Source("SOHR", "monitor")
    marea = Place("SY:marea", "Marea", "town", "Aleppo", "", "Syria", 36.6, 37.0, 1)
    # "Troops regained control of the town on Friday." (offsets 100-150): the parse took "the town" back to
    # Marea, named in an earlier sentence (offset 10); the event was placed at Hish, named in the next one
    mentions = Mentions((PlaceMention("Marea", 10, 15, marea),), (), (), (), ())
    parsed = [Found("Marea", "SY:marea", "government", None, said, True, "", 110, 118)]
    event = Found("Hish", "SY:hish", "government", None, said, True, "", 100, 150)
    assert _placed_from_context(event, parsed, mentions)
    # an event whose own sentence names its place, or a parse by another taker, leaves the event's reading
    named = Mentions((PlaceMention("Hish", 120, 124, Place("SY:hish", "Hish", "town", "Idlib", "", "Syria", 35.5, 36.6, 1)),), (), (), (), ())
    assert not _placed_from_context(event, parsed, named)
    assert not _placed_from_context(event, [Found("Marea", "SY:marea", "opposition", None, said, True, "", 110, 118)], mentions)


def test_held_areas_stand_for_the_towns_their_including_lists() -> None:
    assert _held("Jets struck IS-controlled areas in Aleppo province, including the towns of Marea and Hish.") == {
        ("Marea", "Islamic State"), ("Hish", "Islamic State")}
    assert _held("Jets struck rebel-held areas including Hish and Marea on Monday.") == {("Hish", "opposition"), ("Marea", "opposition")}
    assert _held("Jets struck weapons depots including Hish on Monday.") == set()
    # the parser may hang "including" on the verb
    assert _held("Monitors told of raids on IS-controlled areas in Hama too including the villages of Hish and "
                 "Marea.") == {("Marea", "Islamic State"), ("Hish", "Islamic State")}
    assert _held("Strikes on rebel-held areas killed ten people on Monday, including three children.") == set()


def test_a_stronghold_in_the_town_of_x_is_that_town_and_one_in_a_province_is_not_the_province() -> None:
    assert _held("Warplanes pounded a major stronghold of the IS group in the northern town of Raqqa on Sunday.") == {
        ("Ar-Raqqa", "Islamic State")}
    assert _held("Warplanes pounded a rebel stronghold in the village of Hish on Sunday.") == {("Hish", "opposition")}
    assert _held("Warplanes pounded a stronghold of the rebels in Idlib province on Sunday.") == set()
    assert _held("Warplanes pounded a stronghold in the town of Hish on Sunday.") == set()


def test_a_place_split_between_two_named_holders_is_held_in_part_by_each() -> None:
    assert _held("Hasakeh is divided between the army and the YPG.") == {("Al-Hasakeh", "government"), ("Al-Hasakeh", "Kurdish forces (YPG)")}
    # "the city" points back to the city named in the sentence before
    assert _held("Jets struck Hasakeh on Monday. The mostly Kurdish city is split between government forces and "
                 "Kurdish fighters.") == {("Al-Hasakeh", "government"), ("Al-Hasakeh", "Kurdish forces (YPG)")}
    assert _held("The town of Marea is divided between supporters and opponents of the deal.") == set()


def test_a_catch_all_holder_stands_for_the_group_named_in_the_sentences_just_before() -> None:
    assert _held("IS fighters shelled Hish on Sunday. Jets later struck the militant-held town of Marea.") == {
        ("Marea", "Islamic State")}
    assert _held("IS fighters shelled Hish on Sunday. Last spring the jihadist group won a big victory overrunning "
                 "Marea.") == {("Marea", "Islamic State")}
    # the state's forces are no militants; a group's own holding of the place elsewhere still wins
    assert _held("The army shelled Hish on Sunday. Jets later struck the militant-held town of Marea.") == {("Marea", "opposition")}
    assert _held("The YPG shelled Hish on Sunday. Jets later struck the militant-held town of Marea. Marea has been "
                 "under IS control since 2014.") == {("Marea", "Islamic State")}


def test_civilians_hold_nothing_and_a_foreign_states_forces_hold_by_their_own_name() -> None:
    assert _held("Civilians evacuated from Hish on Monday, the monitor said.") == set()
    assert _held("Iraqi forces recaptured Ramadi on Monday.") == {("Ramadi", "Military Forces of Iraq")}


def test_a_nationality_or_de_facto_before_a_seat_names_no_holder_and_taking_place_takes_nothing() -> None:
    assert _held("Jets struck IS's de facto capital Raqqa on Saturday.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Jets struck the Kurdish bastion of Hish on Saturday.") == {("Hish", "Kurdish forces (YPG)")}
    assert all(holder in {"Islamic State", "government"} for _, holder in _held(
        "IS fighters shelled Hish on Sunday. Jets later pounded their de facto Syrian capital of Raqqa."))
    assert _held("Another attack took place in Hish the town of Idlib where rebels fired mortars at a house.") == set()


def test_restoring_security_or_control_to_a_place_is_taking_it_back() -> None:
    assert _held("Army units restored security and stability to Hish on Monday, SANA said.") == {("Hish", "government")}
    assert _held("Army units restored security and stability to Hish and Marea after killing the terrorists.") == {
        ("Hish", "government"), ("Marea", "government")}
    assert _held("The army restored control over Hish on Monday.") == {("Hish", "government")}
    assert _held("Engineers restored electricity to Hish on Monday.") == set()
    assert _held("The army vowed to restore security to Hish.") == set()


def test_the_neighbourhood_or_village_points_back_to_the_one_such_place_named_before() -> None:
    assert _held("Jets struck the Ain Tarma area outside Damascus on Monday. The neighbourhood is under rebel "
                 "control.") == {("Ain Tarma", "opposition")}
    assert _held("Rebels attacked Hish on Monday. On Tuesday the rebels captured the village.") == {("Hish", "opposition")}
    assert _held("Rebels attacked Hish and Marea on Monday. On Tuesday the rebels captured the village.") == set()


def test_it_opening_a_sentence_that_calls_it_a_stronghold_is_the_one_place_named_before() -> None:
    assert _held("Jets bombed Marea on Monday. It is the last remaining opposition stronghold near Aleppo.") == {
        ("Marea", "opposition")}
    assert _held("Marea has been besieged since 2013 and is shelled daily. It is the largest rebel bastion near "
                 "Aleppo.") == {("Marea", "opposition")}
    assert _held("Jets bombed Marea and Hish on Monday. It is the last remaining opposition stronghold near Aleppo.") == set()


def test_a_pronoun_holder_opening_its_sentence_is_the_subject_of_the_sentence_before() -> None:
    assert _held("The SDF pressed its offensive on Sunday. Its forces seized Marea last month.") == {
        ("Marea", "Kurdish forces (YPG)")}
    assert _held("Rebels attacked Hish on Monday. On Tuesday they captured the village.") == {("Hish", "opposition")}
    # a pronoun is never a holder's name by itself
    assert all(holder != "Its forces" for _, holder in _held("Jets bombed Hish. Its forces seized Marea last month."))


def test_a_plural_relative_clause_after_listed_names_is_said_of_them_all() -> None:
    assert _held("Thousands fled the offensive in Hish and Marea, which are mostly under the control of IS.") == {
        ("Hish", "Islamic State"), ("Marea", "Islamic State")}
    assert _held("Jets struck Hish and Marea, which are held by rebels.") == {("Hish", "opposition"), ("Marea", "opposition")}
    assert _held("Thousands fled the offensive in Hish and Marea, which is under the control of IS.") == {("Marea", "Islamic State")}


def test_a_passive_capture_with_no_doer_is_not_the_routed_groups() -> None:
    assert _held("A military source said control was established over Hish after the terrorists were routed.") == {
        ("Hish", "government")}
    assert _held("Control was established over Hish by rebels after the troops were routed.") == {("Hish", "opposition")}


def test_the_from_of_an_expelled_group_is_the_place_it_left_wherever_the_parser_hangs_it() -> None:
    """ "expelled rival rebels from X": the parser often hangs "from X" on the rebels, not on the verb."""
    assert _held("IS militants expelled rival rebels from the town of Mayadin on Monday.") == {("Al Mayadin", "Islamic State")}
    assert _held("Kurdish fighters drove the jihadists from the town of Manbij last week.") == {("Manbij", "Kurdish forces (YPG)")}
    assert _held("Government forces pushed Nusra fighters out of the village of Kinsabba on Sunday.") == {("Kansaba", "government")}
    # people driven out leave a place nobody took
    assert _held("The shelling forced thousands of residents from the town of Madaya.") == set()


def test_what_a_relative_clause_took_is_the_noun_it_describes() -> None:
    """ "forcing rebels to retreat from positions they seized a day earlier": positions are no place; the city
    named as a reference point is nobody's by this capture."""
    assert _held("Troops repelled an assault southwest of the city of Aleppo, forcing rebels to retreat from positions "
                 "they seized a day earlier.") == set()
    assert _held("The army retook the town of Hish, which the rebels had seized in May.") == {("Hish", "government")}


def test_a_holder_in_front_of_an_area_noun_holds_the_area() -> None:
    """The press drops "-held": "rebel areas east of X", "government areas of X"; nationalities name a country's land."""
    assert _held("Jets killed ten people in rebel areas east of Damascus on Saturday.") == {("areas east of Damascus", "opposition")}
    assert _held("Shells hit government areas of Aleppo on Saturday.") == {("areas of Aleppo", "government")}
    assert _held("Troops entered Syrian territory near Jarablus on Monday.") == set()


def test_a_place_one_of_the_strongholds_is_held_by_their_holder() -> None:
    assert _held("Jets struck Idlib, one of the last remaining opposition bastions, on Sunday.") == {("Idleb", "opposition")}
    assert _held("Jets struck Idlib, one of the biggest cities in the north, on Sunday.") == set()


def test_each_holder_of_a_shared_control_holds_the_place() -> None:
    """ "under the shared control of government troops and Kurdish fighters": both hold it; a coordination that is
    not a list of holders ("the mayor and his council") holds nothing."""
    assert {h for _, h in _held("Hasakah remains under the shared control of government troops and Kurdish fighters.")} == {
        "government", "Kurdish forces (YPG)"}
    assert {h for _, h in _held("The town of Azaz is under the joint control of rebels and Turkish troops.")} == {"opposition", "Turkish forces"}
    assert {h for _, h in _held("The town of Azaz is under the control of rebels.")} == {"opposition"}
    assert not _held("The town of Azaz is under the control of the mayor and his council.")


def test_a_catch_all_holder_placed_somewhere_still_stands_for_the_named_group() -> None:
    """ "a bastion of the extremist group in Aleppo province": where the holder is does not belong to its words,
    and the coalition named beside it does not make the groups the catch-all could stand for several."""
    assert ("Manbij", "Islamic State") in _held(
        "The Islamic State called the blast revenge for coalition raids on Manbij, a bastion of the extremist group in Aleppo province.")
    assert ("Tabqa", "Islamic State") in _held("Coalition jets struck Tabqa, a stronghold of the militants in Raqqa province, the Islamic State said.")
    assert ("Azaz", "opposition") in _held("Azaz is under the control of rebels in northern Aleppo.")


def test_a_gerund_after_after_or_since_takes_the_doer_of_the_clause_it_ends() -> None:
    """ "IS shot ten men after taking X": the gerund has no subject of its own; the clause's subject took X."""
    assert _held("The monitor said IS shot 12 men after taking Kafr Nabl from the SDF.") == {("Kafr Nabl", "Islamic State")}
    assert _held("Nusra has shelled the area daily since capturing Morek from the army.") == {("Morek", "jihadist groups")}
    assert _held("The army wants to advance further before taking Morek.") == set()


def test_a_capture_only_aimed_at_leaves_the_place_with_the_side_it_would_be_taken_from() -> None:
    assert _held("The troops are attempting to capture the town of Manbij from Islamic State.") == {("Manbij", "Islamic State")}
    assert _held("Kurdish fighters began a push on May 31 to retake Manbij from IS.") == {("Manbij", "Islamic State")}
    assert _held("The coalition backs a campaign meant to drive Islamic State from its de facto capital of Raqqa.") \
        == {("Ar-Raqqa", "Islamic State")}
    # a capture done is the taker's; an aim to take with no side named holds nothing
    assert _held("Fighters from the rebel groups seized Morek from the army on Friday.") == {("Morek", "opposition")}
    assert _held("The army hopes to take Morek before the winter.") == set()


def test_a_relative_clause_the_parser_hangs_elsewhere_is_said_of_the_name_it_follows() -> None:
    """Texts stripped of commas: "killed near X which the army retook" (the clause hung on the main verb, or on a
    noun before the name); "near X" is then X itself, but "the area near X which ..." stays the area's."""
    assert _since("Two soldiers were killed near Palmyra which government troops recaptured in March.") \
        == [("Tadmur/Palmyra", "government", "2016-03-01", True)]
    assert _since("Two soldiers were killed near Palmyra, which government troops recaptured in March.") \
        == [("Tadmur/Palmyra", "government", "2016-03-01", True)]
    assert _held("Two rebels died in clashes outside Morek which the army seized in January.") == {("Morek", "government")}
    assert _held("The talks came amid a regime push on the area near Homs which opposition fighters have held for years.") == set()


def test_a_place_lost_to_a_group_is_that_groups() -> None:
    assert _held("The militants shelled Palmyra, which they had lost to Syrian army forces in March.") == {("Tadmur/Palmyra", "government")}
    assert _held("The rebels lost Morek to the army last year.") == {("Morek", "government")}
    assert _held("The army lost 20 soldiers to IS attacks near Palmyra.") == set()
    assert _held("The rebels did not lose Morek to the army.") == set()


def test_a_divided_place_wherever_the_parser_hangs_its_subject() -> None:
    """ "X has been battered and divided between ...", "X divided since 2012 between ... has seen ...", "it" for X."""
    assert _held("Hama has been ravaged by years of war and divided since 2013 between regime control in the south "
                 "and rebel control in the north.") == {("Hama", "government"), ("Hama", "opposition")}
    assert _held("Hama has suffered badly and is divided between regime control in the south and rebel control in "
                 "the north.") == {("Hama", "government"), ("Hama", "opposition")}
    assert _held("Hama divided since 2013 between regime control in its south and rebel control in its north has "
                 "known heavy losses.") == {("Hama", "government"), ("Hama", "opposition")}
    assert _held("Hama was once a busy market town but it has been battered and split between regime control in "
                 "the south and rebel control in the north.") == {("Hama", "government"), ("Hama", "opposition")}
    assert _held("The rebels are split over the talks and divided between hardliners and moderates in Hama.") == set()


def test_a_held_part_of_a_city_named_with_in_or_pointing_back_is_that_part() -> None:
    assert _held("Shells fell on Homs. In the government-held west of the city a reporter heard blasts.") == {("west Homs", "government")}
    assert _held("In Homs jets raid ISIS-held neighbourhoods in the city every night.") == {("parts of Homs", "Islamic State")}
    assert _held("Jets raid ISIS-held neighborhoods in Homs every night.") == {("parts of Homs", "Islamic State")}
    # "the city" is not a place the text calls a town, nor one named only before a part of it
    assert _held("Aid reached the town of Tadif. In the government-held west of the city shells fell.") == set()
    assert _held("Talks in Geneva stalled. Food is short in east Homs the rebel-held part of the city.") == {("east Homs", "opposition")}


def test_a_stronghold_apposed_without_a_comma_to_a_name_ending_in_a_common_noun() -> None:
    assert _held("The fighters were taken by bus to Idlib province a rebel stronghold via Aleppo.") == {("Idleb", "opposition")}
    assert _held("Jets bombed Aleppo city a rebel bastion in the north.") == {("Aleppo", "opposition")}


def test_each_group_of_a_shared_control_holds_the_place() -> None:
    assert _held("Manbij is under the shared control of the Syrian government and Kurdish forces.") \
        == {("Manbij", "government"), ("Manbij", "Kurdish forces (YPG)")}
    assert _held("Hasakeh is under the joint control of the regime and Kurdish authorities who rule parts of north "
                 "and east Syria.") == {("Al-Hasakeh", "government"), ("Al-Hasakeh", "Kurdish forces (YPG)")}
    assert _held("Manbij is under the control of Islamic State.") == {("Manbij", "Islamic State")}


def test_a_capture_only_supposed_holds_nothing() -> None:
    assert _held("Rebels said they would have captured Morek without the Russian air strikes.") == set()
    assert _held("If the army captured Morek, the rebels would lose their supply line.") == set()
    assert _held("The army could have seized Morek last year, analysts said.") == set()
    assert _held("Turkey vowed to avert the fall of Marea to IS.") == set()


def test_a_catch_all_holder_stands_for_the_group_named_beside_the_states_forces() -> None:
    """ "IS blamed coalition raids on X, a bastion of the extremist group in Y province": the group is IS (no
    catch-all for militants stands for a state's forces), and where the group is names no holder."""
    assert _held("IS said the bombing avenged coalition raids on Manbij a bastion of these extremists in Aleppo "
                 "province.") == {("Manbij", "Islamic State")}
    assert _held("Jets struck Saraqib, a stronghold of the rebels in Idlib province.") == {("Saraqib", "opposition")}
    assert _held("Army units began an assault meant to push the terrorists back from Khan Touman.") \
        == {("Khan Tuman", "opposition")}


def test_places_an_adverb_singles_out_beside_held_areas_are_held_too() -> None:
    """ "rebel territory in X, particularly the towns of A and B" (lexicons/control_words.tsv, "example")."""
    assert _held("IS fighters keep trying to advance on rebel territory in Idlib province particularly the towns of "
                 "Saraqib and Binnish.") == {("Idleb", "opposition"), ("Saraqib", "opposition"), ("Binnish", "opposition")}
    assert _held("Jets struck rebel-held areas, especially the towns of Hish and Marea, on Monday.") \
        == {("Hish", "opposition"), ("Marea", "opposition")}
    assert _held("Jets struck rebel-held areas, especially at night, on Monday.") == set()


def test_a_group_a_participle_puts_in_a_place_holds_it() -> None:
    """ "terrorists holed up in X fired shells" (lexicons/stationed_participles.txt), read on the words."""
    assert _held("Terrorists holed up in Kafr Nabl fired rocket shells at the city, a police source said.") == {("Kafr Nabl", "opposition")}
    assert _held("Militants entrenched in the village of Kafr Nabl shelled the town of Hish.") == {("Kafr Nabl", "opposition")}
    assert _held("IS fighters based in Raqqa launched the raid on Monday.") == {("Ar-Raqqa", "Islamic State")}
    # no group: a building, a church province
    assert _held("A field hospital located in Kafr Nabl was hit by jets on Monday.") == set()
    assert _held("The bishop heads the diocese of Hish located in Hama province.") == set()


def test_a_place_in_front_of_a_stronghold_is_held_by_its_possessor() -> None:
    assert _held("Russian jets pounded Nusra in its Idlib bastion on Monday.") == {("Idleb", holder_label("Nusra"))}
    # "its" is the group the phrase is about, not the jets that struck it
    held = _held("Islamic State fighters dug in. Regime jets killed 30 jihadists in raids against the group in its Raqqa bastion on Sunday.")
    assert held and all(h != "government" for _, h in held) and {p for p, _ in held} == {"Ar-Raqqa"}
    assert _held("Rebels shelled the army in its Qardaha stronghold on Monday.") == {("Al Qardahah", "government")}


def test_a_holding_told_of_a_place_just_captured_is_the_one_that_ended() -> None:
    held = _held("On Sunday the army captured the Khalidiyeh district of Homs, which had been held by rebels for two years.")
    assert all(h != "opposition" for _, h in held) and any(h == "government" for _, h in held)
    # an aim takes nothing away: the rebels still hold the place
    assert ("Eastern Ghouta", "opposition") in _held("The army began an offensive last week to take the rebel-held Eastern Ghouta area.")


def test_a_present_holding_of_listed_places_holds_each_of_them() -> None:
    """ "rebels control A and B": every place the object lists is held, a plural noun naming none is not."""
    held = _held("The rebels control almost all of Qadam and Asali in the south of the capital.")
    assert len(held) == 2 and ("Qadam", "opposition") in held and {h for _, h in held} == {"opposition"}
    assert _held("Kurdish fighters hold Afrin, Manbij and Kobani, the monitor said.") == {
        ("Afrin", "Kurdish forces (YPG)"), ("Manbij", "Kurdish forces (YPG)"), ("Kobane/Ayn al Arab", "Kurdish forces (YPG)")}
    assert _held("Islamist groups including the Nusra Front control many villages in the hills north of Jisr al-Shughour.") == set()


def test_a_place_said_to_be_one_of_a_groups_bastions_is_held_by_it() -> None:
    assert _held("Tabqa is one of Daesh's last bastions in Syria.") == {("Tabqa", "Islamic State")}
    assert _held("Douma is one of the last rebel strongholds near the capital.") == {("Duma", "opposition")}
    assert _held("Tabqa was one of the former strongholds of IS.") == set()
    assert _held("Tabqa is one of the largest towns in the province.") == set()


def test_a_relative_clause_or_a_described_name_is_what_is_divided() -> None:
    """ "X, which is divided between ...": the clause is said of X; "once a hub X has been divided": the noun in front
    stands for the name in apposition to it."""
    assert _held("Shells fell near the quarter of Jobar which has been split between army and opposition control for years.") == {
        ("Jobar", "opposition"), ("Jobar", "government")}
    assert _held("Fighting went on in Deir ez-Zor, which remains split between IS and government control.") == {
        ("Deir-ez-Zor", "Islamic State"), ("Deir-ez-Zor", "government")}
    assert _held("The region borders the citys northern district of Sheikh Maqsoud which is split between Kurdish and rebel control.") == {
        ("ash-Sheikh Maqsoud", "Kurdish forces (YPG)"), ("ash-Sheikh Maqsoud", "opposition")}
    assert _held("Once a major hub Aleppo has been split between opposition and army control for four years.") == {
        ("Aleppo", "opposition"), ("Aleppo", "government")}


def test_a_capture_aimed_at_from_a_group_leaves_the_place_with_it_wherever_from_hangs() -> None:
    """ "trying to capture the city of X from IS": the parser hangs "from IS" on the name inside the object."""
    assert _held("Syrian rebels hope to capture the town of al-Bab from Islamic State this month.") == {("Al Bab", "Islamic State")}
    assert _held("Rebels launched an offensive to retake the town of Morek from the army.") == {("Morek", "government")}


def test_a_town_the_held_share_of_a_province_includes_is_held_too() -> None:
    assert _held("Much of Hama province including Kafr Zita is controlled by Hayat Tahrir al-Sham.") == {
        ("Hama", "jihadist groups"), ("Kafr Zayta", "jihadist groups")}
    assert _held("Most of Hama province, including the town of Kafr Zita, is held by rebels.") == {
        ("Hama", "opposition"), ("Kafr Zayta", "opposition")}


def test_a_place_said_to_lie_in_a_held_place_is_held_too() -> None:
    held = _held("Helicopters dropped barrels on the Shaar neighbourhood in rebel-held Aleppo on Tuesday.")
    assert ("ash-Sha'ar", "opposition") in held and ("Aleppo", "opposition") in held
    assert _held("Clashes went on in rebel-held Aleppo on Tuesday.") == {("Aleppo", "opposition")}


def test_a_place_told_by_direction_from_the_place_taken_is_not_taken() -> None:
    assert _held("Last month rebels captured the area of Hish east of Maarat al-Numan.") == {("Hish", "opposition")}


def test_a_creed_word_never_stands_for_kurdish_forces_named_before() -> None:
    held = _held("Last week SDF fighters seized the village of Hish laying siege to the town. "
                 "Jets then struck near the extremists de facto capital Raqqa.")
    assert ("Ar-Raqqa", "Kurdish forces (YPG)") not in held
    assert ("Hish", "Kurdish forces (YPG)") in held


def test_the_verb_is_names_no_islamic_state_and_takfiri_names_a_holder() -> None:
    held = _held("Kurdish forces seized the village of Hish. Marea is one of the last Takfiri bastions in the north.")
    assert ("Marea", "opposition") in held and ("Marea", "Islamic State") not in held


def test_the_parts_of_the_city_named_before_are_held_apart_with_or_without_the_city() -> None:
    text = ("Medics in Hasakah said shells fired by IS killed two men in the regime-held parts of the city on Monday. "
            "Army jets answered by striking the IS-held parts, killing four.")
    assert _held(text) == {("parts of Al-Hasakeh", "government"), ("parts of Al-Hasakeh", "Islamic State")}
    assert _held("Jets pounded Homs overnight. Three people died in the rebel-held east, medics said.") == {("east Homs", "opposition")}


def test_a_bare_part_points_to_no_city_when_two_are_named() -> None:
    assert _held("Jets pounded Homs and Hama overnight. Three people died in the rebel-held east, medics said.") == set()


def test_a_quarter_named_before_the_city_stands_for_its_city() -> None:
    text = "Rebels pushed toward the Ramouseh quarter which guards the only road into the government-held west of the city."
    assert ("west Aleppo", "government") in _held(text)


def test_the_two_towns_point_back_to_the_two_towns_named_before() -> None:
    text = "Jets killed six people in Deir ez-Zor and Mayadin on Monday. The two towns are still controlled by fighters of the Islamic State."
    assert _held(text) == {("Deir-ez-Zor", "Islamic State"), ("Al Mayadin", "Islamic State")}
    text = "Jets killed six people in Deir ez-Zor and Mayadin on Monday. Both towns are held by the Islamic State."
    assert _held(text) == {("Deir-ez-Zor", "Islamic State"), ("Al Mayadin", "Islamic State")}
    text = "Jets struck Deir ez-Zor, Mayadin and Tabqa on Monday. The two towns are controlled by the Islamic State."
    assert _held(text) == set()


def test_a_medium_named_like_a_town_is_no_place_the_towns_point_back_to() -> None:
    text = ("Jets killed six people in Raqqa and Tabqa Al Mayadeen TV reported on Monday. "
            "The two cities are controlled by the Islamic State group.")
    assert _held(text) == {("Ar-Raqqa", "Islamic State"), ("Tabqa", "Islamic State")}


def test_a_holding_now_told_in_reported_speech_and_a_share_above_half_hold_the_place() -> None:
    text = ("Kurdish-led fighters pushed into Manbij on Monday. The monitor's head said the Syrian Democratic Forces now "
            "held 60 percent of the town.")
    assert ("Manbij", "Kurdish forces (YPG)") in _held(text)
    assert _held("The monitor said the Syrian Democratic Forces now held 20 percent of Manbij.") == set()
    assert _held("The Syrian Democratic Forces held Manbij until May.") == set()


def test_portions_of_a_district_name_the_district() -> None:
    """ "rebel-held portions of the X district": like "parts", a part of a city but the whole of a district."""
    assert _held("Activists said jets pounded rebel-held portions of the Sukkari district on Monday.") == {("as-Sukkari", "opposition")}


def test_the_abovementioned_villages_are_those_listed_before() -> None:
    text = "Government forces shelled Kafr Nabuda, Kafr Zita and Latamneh on Monday. Rebels still control the abovementioned villages."
    assert _held(text) == {("Kafr Nabudah", "opposition"), ("Kafr Zayta", "opposition"), ("Al Lataminah", "opposition")}


def test_a_relative_clause_misread_as_a_noun_still_names_the_taker() -> None:
    """ "X, which rebels seized from government forces": the parser may read "which rebels" as a noun described by
    "seized"; the rebels took X, they are not what was taken."""
    assert _held("Jets pounded Kafr Nabuda, which rebels seized from government forces last month.") == {("Kafr Nabudah", "opposition")}
    assert _held("Jets pounded Kafr Nabuda, which the army captured from rebels last month.") == {("Kafr Nabudah", "government")}


def test_a_holder_before_a_hyphened_dominated_or_occupied_holds_the_place() -> None:
    assert _held("Jets hit markets of rebel-dominated Idlib province on Monday.") == {("Idleb", "opposition")}
    assert _held("Shells fell on the Daesh-occupied town of Manbij on Monday.") == {("Manbij", "Islamic State")}
    assert _held("Two men died in Kurdish-dominated Hish on Monday.") == {("Hish", "Kurdish forces (YPG)")}
    # no holder before the hyphen, or no hyphen at all: nothing held
    assert _held("The Shia-dominated towns of Nubl and Zahraa were shelled on Monday.") == set()
    assert _held("Jets hit Hish, the state-run agency said, west of Ar-Raqqa.") == set()


def test_the_side_a_place_was_seized_from_is_not_its_taker() -> None:
    held = _since("A medic died in the Ramouseh area recently seized by insurgents from loyalist troops, the monitor said.")
    assert ("ar-Ramouseh", "opposition") in {(p, h) for p, h, _, _ in held}
    assert _held("Fighters from the Islamic State seized Marea on Monday.") == {("Marea", "Islamic State")}


def test_a_relative_clause_the_parser_hangs_far_back_describes_the_plural_place_noun_before_it() -> None:
    held = _held("The push in Abu Kahf and Manbij city sub-districts which are now largely under IS control drove out 900 people.")
    assert {("Abu al Kahf", "Islamic State"), ("Manbij", "Islamic State")} <= held


def test_parts_told_by_their_side_of_the_city_are_that_side() -> None:
    held = _held("Jets pounded Aleppo on Monday. Troops cut the last road into rebel-held eastern districts, the monitor said.")
    assert ("east Aleppo", "opposition") in held


def test_the_city_does_not_point_back_to_a_place_called_a_town() -> None:
    held = _held("Jets bombed Aleppo on Monday. Medics drove aid to the town of Hish in Idlib province and in the regime-held west of the city "
                 "a reporter heard shelling.")
    assert ("west Aleppo", "government") in held


def test_a_group_expelled_by_a_side_from_a_place_leaves_it_to_that_side() -> None:
    assert ("Marea", "government") in {(p, h) for p, h, _, _ in _since("IS was expelled by the army from Marea on Monday, the monitor said.")}


def test_an_unnamed_held_village_is_the_one_village_the_article_names_later() -> None:
    held = _held("Jets killed 30 people near a village held by the Islamic State group, the monitor said. "
                 "The dead had fled fighting in the village of Hish. Jets also hit Maarrat al-Numan and Kafr Nabl.")
    assert ("Hish", "Islamic State") in held
    # two places of its kind named: none is meant
    assert _held("Jets hit a village held by rebels. Later shells fell on the village of Hish and the village of Salma.") == set()
    # "a suburb of X" is one that lies in X
    assert ("Hish", "opposition") not in _held("Rockets hit a rebel-held suburb of Hama on Monday. Aid reached the suburb of Hish.")
    held = _held("Shells hit a regime-held neighbourhood of Aleppo on Friday. The attack on the Shahba neighbourhood hurt 20.")
    assert ("ash-Shahba'", "government") in held


def test_a_heartland_or_fiefdom_is_a_stronghold() -> None:
    assert _held("Troops pushed toward the IS heartland of Raqqa on Monday, the monitor said.") == {("Ar-Raqqa", "Islamic State")}
    assert _held("Rebels shelled Hish, a former IS fiefdom, on Monday.") == set()


def test_a_group_said_to_be_entrenched_in_a_place_holds_it() -> None:
    assert _held("IS fighters are entrenched in Hish, the monitor said on Monday.") == {("Hish", "Islamic State")}
    assert _held("The rebels remain holed up in the village of Hish, the monitor said.") == {("Hish", "opposition")}
    assert _held("The old church is located in Hish, the monitor said on Monday.") == set()


def test_a_seat_whose_place_the_parser_buries_in_a_comma_less_run_is_the_place_after_of() -> None:
    held = _held("Jets struck two farms south of the ISIS self-declared capital of Raqqa Syrian official television Ikhbariya said on Monday.")
    assert held == {("Ar-Raqqa", "Islamic State")}
