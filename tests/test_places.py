"""Place mentions: recognition, context disambiguation, relative places, the seed article."""

from __future__ import annotations

import pytest

import frontwatch
from frontwatch.reading.places import Gazetteer, find_places, find_toponyms, normalise
from frontwatch.records import PlaceMention


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from frontwatch.pipeline import load_nlp

    return load_nlp()


def places(nlp, text: str) -> list[PlaceMention]:  # type: ignore[no-untyped-def]
    mentions = find_places(nlp(text))
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return mentions


def by_text(mentions: list[PlaceMention], text: str) -> PlaceMention:
    found = [m for m in mentions if m.text == text]
    assert found, f"{text!r} not among {[m.text for m in mentions]}"
    return found[0]


def test_neighbourhood_spellings_in_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops entered Masakin Hanano before pushing into al-Halk, Hulluk and as-Sakhour, next to Sheikh Maqsood."
    mentions = places(nlp, text)
    expected = {"Masakin Hanano": "Hanano", "al-Halk": "Trab al-Hellok", "Hulluk": "Trab al-Hellok",
                "as-Sakhour": "as-Sakhour", "Sheikh Maqsood": "ash-Sheikh Maqsoud"}
    for words, name in expected.items():
        m = by_text(mentions, words)
        assert m.place is not None and m.place.name == name and m.place.kind == "neighbourhood", words


def test_the_same_name_in_two_governorates(nlp) -> None:  # type: ignore[no-untyped-def]
    aleppo = by_text(places(nlp, "Airstrikes hit Mansoura in rural Aleppo on Monday."), "Mansoura")
    assert aleppo.place is not None and aleppo.place.admin1 == "Aleppo"
    aleppo2 = by_text(places(nlp, "Shells fell on Mansoura in Aleppo countryside."), "Mansoura")
    assert aleppo2.place is not None and aleppo2.place.admin1 == "Aleppo"
    raqqa = by_text(places(nlp, "Fighters seized al-Mansoura village in the western countryside of Raqqa."), "al-Mansoura")
    assert raqqa.place is not None and raqqa.place.admin1 == "Ar-Raqqa"
    hama = by_text(places(nlp, "Rebels attacked Mansoura, a village in the Hama countryside."), "Mansoura")
    assert hama.place is not None and hama.place.admin1 == "Hama"


@pytest.mark.parametrize(
    ("text", "words", "relative", "anchor_admin1", "precision"),
    [
        ("Rockets landed in eastern Aleppo overnight.", "eastern Aleppo", "eastern", "Aleppo", 2),
        ("Fighting spread to the northern countryside of Hama.", "northern countryside of Hama", "northern countryside of", "Hama", 3),
        ("Warplanes struck a convoy east of Aleppo city.", "east of Aleppo city", "east of", "Aleppo", 2),
        ("Clashes continued in rural Idlib on Friday.", "rural Idlib", "rural", "Idleb", 3),
        ("Shelling resumed in Aleppo countryside.", "Aleppo countryside", "countryside", "Aleppo", 3),
        ("Government troops advanced in southern Damascus.", "southern Damascus", "southern", "Damascus", 2),
        ("A car bomb exploded near Azaz on Sunday.", "near Azaz", "near", "Aleppo", 2),
        ("Fighting raged in a region near the capital Damascus.", "near the capital Damascus", "near", "Damascus", 2),
        ("A car bomb exploded outside the northern town of Azaz.", "outside the northern town of Azaz", "outside", "Aleppo", 2),
    ],
)
def test_relative_places(nlp, text, words, relative, anchor_admin1, precision) -> None:  # type: ignore[no-untyped-def]
    m = by_text(places(nlp, text), words)
    assert m.relative == relative
    assert m.place is not None and m.place.kind == "area"
    assert (m.place.admin1, m.place.country_code, m.place.geo_precision) == (anchor_admin1, "SY", precision)


def test_direction_moves_the_point(nlp) -> None:  # type: ignore[no-untyped-def]
    gaz = Gazetteer.default()
    city = gaz.lookup("Aleppo")[0]
    east = by_text(places(nlp, "Rockets landed in eastern Aleppo."), "eastern Aleppo").place
    north = by_text(places(nlp, "Fighting spread to the northern countryside of Aleppo."), "northern countryside of Aleppo").place
    assert east is not None and east.longitude > city.longitude and east.parent_id == city.place_id
    assert north is not None and north.latitude > city.latitude


def test_the_city_refers_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Aleppo has been divided since 2012. Aid reached Aleppo last week, officials in Damascus said. "
            "On Saturday the army took a district on the city's eastern flank.")
    m = by_text(places(nlp, text), "the city's eastern flank")
    assert m.relative == "eastern flank" and m.place is not None and m.place.admin1 == "Aleppo"


def test_designators(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = places(nlp, "Rebels still hold Idlib province, while the province of Hama is contested.")
    idlib = by_text(mentions, "Idlib province")
    assert idlib.place is not None and (idlib.place.kind, idlib.place.admin1) == ("admin1", "Idleb") and not idlib.relative
    hama = by_text(mentions, "Hama")
    assert hama.place is not None and hama.place.kind == "admin1"
    city = by_text(places(nlp, "Residents fled Idlib city at dawn."), "Idlib city")
    assert city.place is not None and city.place.kind == "city"


def test_common_words_are_not_places(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = places(nlp, "On Sunday, Bush met Assad. In March, Reading the report, Hope said nothing.")
    assert mentions == []
    # consonants shared with Syrian villages (Zaytan, Bashur) do not make a place of a word or a person
    mentions = places(nlp, "Situation reports from Syria reached Bashir on Tuesday.")
    assert [m.text for m in mentions] == ["Syria"]
    # a headline's closing credit or doer spelled like a village ("Monitor": al-Mentar)
    assert places(nlp, "Russian jets kill 20 Nusra fighters Monitor") == []
    assert places(nlp, "Gunmen Storm Checkpoint as Shells Hit Convoy") == []


def test_world_places_and_context(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = places(nlp, "The envoy flew from London to Amman and then to Paris.")
    assert [(m.text, m.place.country_code if m.place else "") for m in mentions] == [("London", "GB"), ("Amman", "JO"), ("Paris", "FR")]
    texas = by_text(places(nlp, "The county fair in Paris, Texas, drew record crowds."), "Paris")
    assert texas.place is not None and (texas.place.country_code, texas.place.admin1) == ("US", "Texas")
    uk = by_text(places(nlp, "The monitor is based in Britain."), "Britain")
    assert uk.place is not None and (uk.place.kind, uk.place.country_code) == ("country", "GB")


def test_adjectives_only_as_toponyms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Syrian troops and Russian jets struck Aleppo."
    assert [m.text for m in find_places(nlp(text))] == ["Aleppo"]
    toponyms = find_toponyms(text, nlp)
    syrian = by_text(toponyms, "Syrian")
    assert syrian.place is not None and syrian.place.country_code == "SY"
    assert by_text(toponyms, "Russian").place.country_code == "RU"  # type: ignore[union-attr]


def test_normalise_is_the_gazetteer_key() -> None:
    assert normalise("ash-Sheikh Maqsoud") == normalise("Sheikh  Maqsoud")


@pytest.mark.shared
def test_seed_article(nlp, shared) -> None:  # type: ignore[no-untyped-def]
    text = shared("seed", "000_82fb5c8a9c3c66ef.txt").read_text(encoding="utf-8")
    mentions = find_places(nlp(text))
    resolved = {(m.place.name, m.place.kind, m.place.country_code) for m in mentions if m.place is not None}
    for expected in [("Hanano", "neighbourhood", "SY"), ("Jabal Badro", "neighbourhood", "SY"),
                     ("Trab al-Hellok", "neighbourhood", "SY"), ("as-Sakhour", "neighbourhood", "SY"),
                     ("ash-Sheikh Maqsoud", "neighbourhood", "SY"), ("Jibreen", "neighbourhood", "SY"),
                     ("Idleb", "admin1", "SY"), ("Amman", "capital", "JO"), ("Damascus", "capital", "SY"),
                     ("United Kingdom", "country", "GB"), ("Lebanon", "country", "LB"), ("Iraq", "country", "IQ"),
                     ("Iran", "country", "IR"), ("Afghanistan", "country", "AF")]:
        assert expected in resolved, expected
    eastern = [m for m in mentions if m.relative and m.place is not None and m.place.name == "eastern Aleppo"]
    assert eastern and all(m.place.geo_precision == 2 for m in eastern)  # type: ignore[union-attr]
    flank = [m for m in mentions if "flank" in m.relative]
    assert flank and flank[0].place is not None and flank[0].place.admin1 == "Aleppo"
    # nothing outside the gazetteer's Syria/world layers, and no adjective taken for a town
    assert not any(m.text in ("Syrian", "Kurdish", "Shiite") for m in mentions)


@pytest.mark.shared
def test_a_long_article_reads_the_same_twice(nlp, shared) -> None:  # type: ignore[no-untyped-def]
    text = shared("seed", "000_82fb5c8a9c3c66ef.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    gaz = Gazetteer.default()
    # Speed is measured in bench/bench_stages.py; here: a long article reads the same twice.
    first = find_places(doc, gaz)
    assert len(doc) > 1000 and len(first) > 20 and find_places(doc, gaz) == first


def test_a_name_that_starts_with_a_direction(nlp) -> None:  # type: ignore[no-untyped-def]
    # "eastern Ghouta" is a region's name, not the east of a place called Ghouta
    ghouta = by_text(places(nlp, "Shells fell on towns in the eastern Ghouta on Friday."), "eastern Ghouta")
    assert ghouta.place is not None and (ghouta.place.name, ghouta.relative) == ("Eastern Ghouta", "")
    # ... while "eastern Aleppo" stays a part of Aleppo
    east = by_text(places(nlp, "Shells fell on eastern Aleppo on Friday."), "eastern Aleppo")
    assert east.relative == "eastern"


def test_an_article_joined_with_an_underscore(nlp) -> None:  # type: ignore[no-untyped-def]
    busra = by_text(places(nlp, "Rebels shelled Busra al_Sham on Monday."), "Busra al_Sham")
    assert busra.place is not None and (busra.place.country_code, busra.place.admin1) == ("SY", "Dar'a")


def test_a_place_inside_another(nlp) -> None:  # type: ignore[no-untyped-def]
    # a quarter the gazetteer lacks lies in the town the text names, at its point
    quarter = by_text(places(nlp, "Fighters stormed the Zuhour quarter in Manbij city on Friday."), "Zuhour")
    manbij = Gazetteer.default().lookup("Manbij", country_code="SY")[0]
    assert quarter.place is not None and quarter.place.parent_id == manbij.place_id
    assert (quarter.place.kind, quarter.place.admin1, quarter.place.latitude) == ("neighbourhood", "Aleppo", manbij.latitude)
    # "in Idlib" stands for the governorate: the town is kept, not re-placed in the city
    town = by_text(places(nlp, "A shell hit a school in Kafr Takharim in Idlib."), "Kafr Takharim")
    assert town.place is not None and (town.place.kind, town.place.admin1) == ("town", "Idleb")
    # "in the countryside of Homs and Daraa": either container will do
    meskin = by_text(places(nlp, "Jets struck Nawa and Sheikh Meskin in the countryside of Homs and Daraa."), "Sheikh Meskin")
    assert meskin.place is not None and (meskin.place.kind, meskin.place.admin1) == ("town", "Dar'a")


def test_a_locality_id_rebuilds_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    quarter = by_text(places(nlp, "Fighters stormed the Zuhour quarter in Manbij city on Friday."), "Zuhour").place
    assert quarter is not None
    again = Gazetteer.default().get(quarter.place_id)
    assert again is not None and (again.name, again.latitude, again.parent_id) == ("Zuhour", quarter.latitude, quarter.parent_id)


def test_streets_and_sites(nlp) -> None:  # type: ignore[no-untyped-def]
    street = by_text(find_toponyms("The rally began on Collins Avenue in Miami Beach.", nlp), "Collins Avenue")
    assert street.place is not None and (street.place.kind, street.place.admin1) == ("site", "Florida")
    # a name the gazetteer lacks: toponyms place it at the article's focus, the pipeline leaves it unplaced
    text = "Police closed Frenchmen Street after the New Orleans parade."
    focused = by_text(find_toponyms(text, nlp), "Frenchmen Street")
    assert focused.place is not None and focused.place.admin1 == "Louisiana"
    assert by_text(places(nlp, text), "Frenchmen Street").place is None


def test_world_priors_against_the_article_country(nlp) -> None:  # type: ignore[no-untyped-def]
    # an American story that mentions London still means the capital, not a small Ohio town
    text = ("Officials in Ohio, Texas and California met in Chicago and Denver. "
            "A London gallery lent two works to the Chicago show.")
    london = by_text(find_toponyms(text, nlp), "London")
    assert london.place is not None and london.place.country_code == "GB"
    # a division named alone is the division, even when a town of its country bears its name
    wyoming = by_text(find_toponyms("A federal judge in Wyoming halted the rule.", nlp), "Wyoming")
    assert wyoming.place is not None and wyoming.place.kind == "admin1"
    # ... unless the text names a town
    township = by_text(find_toponyms("The dinner is at a restaurant in Washington Township.", nlp), "Washington Township")
    assert township.place is not None and township.place.kind == "town"


def test_one_unknown_word_needs_more_than_the_entity_label(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Yulia left the hospital on Friday."
    assert [e.label_ for e in nlp(text).ents if e.text == "Yulia"] == ["GPE"]  # the small model's guess
    assert find_toponyms(text, nlp) == []


@pytest.mark.parametrize(("text", "name"), [
    ("A reporter for the Washington Post asked the mayor.", "Washington"),  # embedded in an organisation
    ("Liverpool won the match 3-0 on Saturday.", "Liverpool"),  # a city standing for its team
])
def test_embedded_and_metonymic_toponyms(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.label_ for e in nlp(text).ents if name in e.text] == ["ORG"]
    assert by_text(find_toponyms(text, nlp), name).place is not None
    assert places(nlp, text) == []  # where events happen: neither names a place


def test_datelines_and_towns_taken_for_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    dateline = by_text(find_toponyms("TORONTO - Police said on Sunday that a man was arrested.", nlp), "TORONTO")
    assert dateline.place is not None and dateline.place.country_code == "CA"
    text = "They queued outside the Pioneer cinema in Dewsbury for hours."
    assert [e.label_ for e in nlp(text).ents if e.text == "Dewsbury"] == ["ORG"]
    town = by_text(find_toponyms(text, nlp), "Dewsbury")
    assert town.place is not None and town.place.country_code == "GB"


def test_abbreviated_divisions_before_namesake_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    state = by_text(find_toponyms("HELENA, Mont. (AP) - The state and a prison company are at odds.", nlp), "Mont.")
    assert state.place is not None and (state.place.kind, state.place.admin1) == ("admin1", "Montana")
    county = find_toponyms("The Walker County (Ga.) Sheriff's Office asked for help.", nlp)
    assert by_text(county, "Ga.").place.admin1 == "Georgia"  # type: ignore[union-attr]
    assert by_text(county, "Walker County").place.admin1 == "Georgia"  # type: ignore[union-attr]


def test_the_countries_the_other_names_settled_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # Dundalk (Maryland) is bigger than Dundalk (Ireland); the Irish towns around it decide
    dundalk = by_text(find_toponyms("Police in Drogheda and Navan made arrests after a stabbing in Dundalk.", nlp), "Dundalk")
    assert dundalk.place is not None and dundalk.place.country_code == "IE"
    # a country's name is the country, even in a story full of New York towns (Greece, NY)
    greece = by_text(find_toponyms("Rochester and Buffalo grew faster than Greece or Portugal.", nlp), "Greece")
    assert greece.place is not None and greece.place.kind == "country"


def test_the_division_after_a_comma_holds_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    state = by_text(find_toponyms("A baker in Tacoma, Washington shares her tips.", nlp), "Washington")
    assert state.place is not None and (state.place.kind, state.place.admin1) == ("admin1", "Washington")
    # a list is no containment: Damascus stays the capital
    capital = by_text(places(nlp, "Strikes hit Aleppo, Damascus and Homs."), "Damascus")
    assert capital.place is not None and capital.place.kind == "capital"


def test_a_site_lies_in_the_city_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A historian at Loyola University in Los Angeles studied the ballots."
    site = by_text(find_toponyms(text, nlp), "Loyola University")
    city = by_text(find_toponyms(text, nlp), "Los Angeles")
    assert site.place is not None and city.place is not None and site.place.parent_id == city.place.place_id


def test_one_name_one_place_in_an_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The death toll of the Salhiyyeh neighborhood bombing rose to 26. "
            "Twenty people were killed in the explosion at Salhiyyeh neighborhood in Al-Hasakah city.")
    both = [m for m in places(nlp, text) if m.text == "Salhiyyeh"]
    assert len(both) == 2 and all(m.place is not None and m.place.admin1 == "Al-Hasakeh" for m in both)


def test_a_small_foreign_town_in_a_report_from_elsewhere(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # with Syria clearly named and no other country, "Bala" is a Syrian place the gazetteer lacks,
    # not the West Bank village of that name
    bala = by_text(places(nlp, "Syrian officials met in Damascus. Shells later hit the vicinity of Bala."), "Bala")
    assert bala.place is None
    # a report naming no country is taken to be from the home country (setting home_country, Syria)
    headline = "Shells later hit the vicinity of Bala."
    assert by_text(places(nlp, headline), "Bala").place is None
    # ... and without one it keeps the world town, as the world-wide toponym reading always does
    assert by_text(find_toponyms(headline, nlp), "vicinity of Bala").place.country_code == "PS"  # type: ignore[union-attr]
    monkeypatch.setenv("FRONTWATCH_HOME_COUNTRY", "")
    assert [m.place.country_code for m in places(nlp, headline) if m.place is not None] == ["PS"]


def test_a_foreign_nationality_says_whose_forces_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Russian" names the attacker; the spelling variant after it is still read as a place in the home country
    found = by_text(places(nlp, "More Russian jets pound Shekh Meskin"), "Shekh Meskin")
    assert found.place is not None and found.place.name == "Ash Shaykh Miskin"


def test_al_sham_in_a_group_name_is_not_damascus(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "A commander of the Fajr al-Sham brigade was killed in Aleppo")
    assert [m.place.name for m in found if m.place is not None] == ["Aleppo"]
    assert by_text(places(nlp, "Shells hit the old city of Damascus"), "Damascus").place is not None


def test_a_generic_first_word_before_an_article_starts_a_longer_unknown_name(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = places(nlp, "Jets struck a farm in Qasr al-Zubaydi near Rastan on Monday.")
    assert "Qasr" not in [m.text for m in mentions]
    assert any(m.place is not None and "Rastan" in m.place.name for m in mentions)


def test_a_gate_or_khan_named_after_a_town_is_not_that_town(nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = places(nlp, "A car bomb went off at Bab Tadmor in Homs and near Bab Hama on Monday.")
    assert not any(m.place is not None and m.place.name in {"Tadmur/Palmyra", "Al Bab", "Hama"} for m in mentions)
    assert any(m.place is not None and m.place.name == "Homs" for m in mentions)


def test_a_loose_spelling_match_in_another_governorate_than_the_sentences_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "The army advanced from al-Qaryatain in Homs province toward al-Rmeili mountain.")
    assert all(m.place is None or m.place.admin1 == "Homs" for m in found)


def test_a_name_is_no_evidence_for_its_own_foreign_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Shells hit Damascus and Aleppo on Saturday. Two more shells landed on a roof close to Yusuf al-Azma Square and near al-Tijara Park.")
    assert all(m.place is None or m.place.country_code == "SY" for m in found)


def test_a_group_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Kurdish fighters captured an officer of Liwaa al-Fath near Kaljibrin.")
    assert [m.text for m in found] == ["near Kaljibrin"]


def test_the_neighbourhoods_of_x_and_y_names_them(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Mortar rounds struck the neighborhoods of al-Mazzeh and Rukn al-Din in Damascus.")
    assert [(m.text, m.place.geo_precision) for m in found if m.place is not None][:2] == [("al-Mazzeh", 1), ("Rukn al-Din", 1)]
    assert by_text(places(nlp, "Shells hit the neighbourhoods of Aleppo."), "neighbourhoods of Aleppo").place.geo_precision == 2


def test_a_unit_named_like_a_place_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # a spelling variant right before a unit word names the unit ("the Nimer forces" after a commander)
    names = {m.text for m in places(nlp, "Al-Namer forces shelled farms near Kinsabba while jets circled over Aleppo.")}
    assert "Aleppo" in names and not any("Namer" in n for n in names)
    names = {m.text for m in places(nlp, "A mine wounded two men of the al-Taafish committees near Nayrab.")}
    assert not any("Taafish" in n for n in names)
    # the place itself, spelled the same way, is still read
    assert any("Namer" in m.text for m in places(nlp, "Shells fell on al-Namer village on Monday."))


def test_a_name_with_a_countryside_is_no_village_namesake(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the countryside of X": X is a town, city or division; a village or quarter of that name has no countryside
    mention = by_text(places(nlp, "A shepherd was wounded in the countryside of al-Suwaidaa while drones flew over Raqqa."), "countryside of al-Suwaidaa")
    assert mention.place is not None and mention.place.admin1 == "As-Sweida"
    mention = by_text(places(nlp, "Shells fell on the Hama countryside and clashes went on in Damascus."), "Hama countryside")
    assert mention.place is not None and mention.place.admin1 == "Hama"


def test_the_capital_named_by_its_role(nlp) -> None:  # type: ignore[no-untyped-def]
    # a report from the war that names no other country: its capital
    assert by_text(places(nlp, "Jets struck Saraqib and more casualties fell in the capital."), "the capital").place.name == "Damascus"
    south = by_text(places(nlp, "Clashes went on in the Hajar al-Aswad area, south of the capital."), "south of the capital")
    assert south.relative == "south of" and south.place is not None and south.place.admin1 == "Damascus"
    # a nationality before it says whose capital
    assert by_text(places(nlp, "A car bomb exploded in the Turkish capital on Sunday."), "the Turkish capital").place.name == "Ankara"
    # a role of another place, or the capital named right after, is no capital by role
    assert [m.text for m in places(nlp, "The capital of the province was shelled.")] == []
    assert [m.text for m in places(nlp, "Shells hit the capital Damascus.")] == ["Damascus"]


def test_a_neighbourhood_spelled_like_a_village_is_the_quarter(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X neighborhood": when no place spelled exactly so is a quarter, a quarter spelled otherwise is meant
    mention = by_text(places(nlp, "Snipers fired at the outskirts of Khalidiya neighborhood on Tuesday."),
                      "outskirts of Khalidiya")
    # (Aleppo's al-Khaldiyeh, or Homs' al-Khalidiya: a quarter either way)
    assert mention.place is not None and mention.place.kind == "area" and mention.place.parent_id in {
        p.place_id for p in Gazetteer.default().lookup("Khalidiya", country_code="SY") if p.kind == "neighbourhood"}
    # without the designator the exact spelling still wins
    assert by_text(places(nlp, "Clashes in Khalidiya village near Afrin"), "Khalidiya").place.admin2 == "Afrin"


def test_a_neighbourhood_named_like_a_foreign_city_is_no_city_abroad(nlp) -> None:  # type: ignore[no-untyped-def]
    # a report from the war: "X neighborhood" is a quarter the gazetteer lacks, not a city in another country
    quarter = by_text(places(nlp, "A rocket fell in Mashhad neighborhood and wounded a child."), "Mashhad")
    assert quarter.place is None
    # the city itself, named so, is still read
    assert by_text(places(nlp, "Pilgrims travelled to Mashhad from Tehran."), "Mashhad").place.country_code == "IR"


def test_an_acronym_names_its_place_only_in_capitals(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [m.text for m in places(nlp, "Car bombs struck Jableh on Monday.")] == ["Jableh"]
    assert [m.place.name for m in places(nlp, "Troops from the UAE arrived in Aden.") if m.place][0] == "United Arab Emirates"


def test_a_name_before_a_group_word_is_the_groups_throughout(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Eleven fighters of the Western-backed Hazm movement died on Friday. Hazm is mostly active in northern Syria.")
    assert [m.text for m in found] == ["northern Syria"]
    assert [m.text for m in places(nlp, "Fighters of the Aleppo brigades shelled Aleppo.")] == ["Aleppo", "Aleppo"]


def test_a_spelling_variant_in_the_governorate_named_right_after_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Maleh" alone is the oil field in Deir ez-Zor; "al-Maleh north of Aleppo" is Al Mallah, spelled otherwise
    near_aleppo = by_text(places(nlp, "Troops fought around al-Maleh north of Aleppo on Friday."), "al-Maleh")
    assert near_aleppo.place is not None and near_aleppo.place.admin1 == "Aleppo"
    deir = by_text(places(nlp, "Jets struck al-Maleh in Deir ez-Zor on Friday."), "al-Maleh")
    assert deir.place is not None and deir.place.admin1 == "Deir-ez-Zor"
    # a country's own name is never a village's spelling: "Syria" stays Syria whatever governorate follows
    for governorate in ("Daraa", "Aleppo", "Hama"):
        syria = by_text(places(nlp, f"Elsewhere in Syria the army shelled {governorate} on Friday."), "Syria")
        assert syria.place is not None and syria.place.kind == "country"


def test_a_family_name_after_a_given_name_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Khaled al-Khatib, a nurse at the hospital, told reporters that jets struck Idlib.")
    assert [p.text for p in found if p.place is not None] == ["Idlib"]


def test_a_name_in_the_far_corner_of_a_countryside_lies_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Troops repelled an attack near al-Sweidiyeh village in the far northwest of Hama countryside.")
    village = by_text(found, "al-Sweidiyeh")
    assert village.place is not None and village.place.admin1 == "Hama"


def test_a_name_before_river_is_the_river_not_a_village_spelled_alike(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Fighters crossed the al-Sajour river near Umm Adasah.")
    assert [p.place.admin1 for p in found if p.place is not None] == ["Aleppo"]  # near Umm Adasah, nothing in Deir ez-Zor


def test_the_tail_of_a_longer_unknown_name_is_no_spelling_variant(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Fighters attacked the villages of Qoraa al-Kabireh and Qoraa al-Saghireh near Manbij.")
    assert all(p.place is None or p.place.name != "Qabrah" for p in found)


def test_a_run_of_towns_whose_commas_were_lost_keeps_each_spelling_variant(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Shells fell on Rastan Talbeesah Ter Maaleh and Zafarana overnight.")
    assert [p.place.name for p in found if p.place is not None] == ["Ar Rastan", "Tallbisah", "Teir Maaleh", "Zafaraniya"]


def test_a_plural_designator_after_a_list_names_each_place_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Jets hit Hama and Idlib provinces on Friday.", "Jets hit Daraa, Hama, Idlib and Homs provinces on Friday.",
                 "Jets hit Daraa Hama Idlib and Homs provinces on Friday."):
        found = [m for m in places(nlp, text) if m.place is not None]
        assert found and all(m.place is not None and m.place.kind == "admin1" for m in found), text
    cities = [m for m in places(nlp, "Jets hit Hama and Idlib on Friday.") if m.place is not None]
    assert [m.place.kind for m in cities if m.place is not None] == ["city", "city"]


def test_a_title_case_word_the_text_also_writes_in_lower_case_is_no_spelling_variant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US Missile Attack on Syrian Air Base. A US missile strike hit an airfield near Homs on Friday."
    assert [m.text for m in places(nlp, text) if m.place is not None and m.place.admin1 == "Aleppo"] == []


def test_a_district_with_no_container_lies_in_the_town_named_just_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sahel" and "Maghayir" match villages far off in Raqqa; called districts after a town, they are its quarters
    found = places(nlp, "The army captured more ground inside Zabadani on Monday. Troops took the Sahel district after a week of fighting.")
    sahel = by_text(found, "Sahel")
    assert sahel.place is not None and sahel.place.admin1 == "Rural Damascus"
    found = places(nlp, "Shells hit the old quarter of Aleppo city at dawn. One struck homes in the Maghayir district.")
    quarter = by_text(found, "Maghayir")
    assert quarter.place is not None and quarter.place.admin1 == "Aleppo"
    # a quarter the gazetteer knows in another city keeps its city
    found = places(nlp, "Shells hit Aleppo on Monday. In Damascus, a car bomb hit the Jobar district.")
    assert by_text(found, "Jobar").place.admin1 == "Damascus"  # type: ignore[union-attr]


def test_a_foreign_town_spelling_in_a_report_about_one_governorate_is_read_as_its_village(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Barna" is exactly a Romanian town; a report about Aleppo that never leads to Romania means Birnah there
    text = "Fighting raged across the Aleppo countryside on Saturday. Rebels later captured the village of Barna, activists said."
    m = by_text(places(nlp, text), "Barna")
    assert m.place is not None and m.place.country_code == "SY" and m.place.admin1 == "Aleppo"
    # a report that names the foreign country keeps the foreign town
    text = "Floods hit western Romania and Aleppo on Saturday. A bridge collapsed in Barna, local officials in Romania said."
    m = by_text(places(nlp, text), "Barna")
    assert m.place is not None and m.place.country_code == "RO"


def test_a_kunya_and_family_name_is_a_person_not_a_village(nlp) -> None:  # type: ignore[no-untyped-def]
    for name in ("Abu Omar al-Tunisi", "Abu Bakr al-Masri", "Umm Ahmed al-Halabi"):
        found = [m.text for m in places(nlp, f"Jets struck Idlib on Monday and killed the commander {name}, the ministry said.")]
        assert found == ["Idlib"], (name, found)
    assert "Abu Omar" in [m.text for m in places(nlp, "Jets struck the village of Abu Omar near Deir ez-Zor on Monday.")]


def test_a_town_after_a_country_whose_apostrophe_was_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "in northern Syrias Afrin": the tagger's PERSON name is a country and a town in it; "Omar al-Homsi" stays a man."""
    for text in ("Jets hit a depot of the rebels in northern Syrias Afrin close to the frontier on Friday.",
                 "Jets struck targets in Syrias Idlib on Monday."):
        names = [p.place.name for p in places(nlp, text) if p.place is not None]
        assert "Afrin" in names or "Idleb" in names, (text, names)
    assert not any(p.place is not None and p.place.kind != "country" for p in places(nlp, "Omar al-Homsi said the talks failed."))


def test_a_family_name_told_again_alone_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "activist Ahmad al-Halabi ... which al-Halabi blames on IS": the man again, not Aleppo; after "in" a place."""
    text = ("Nine fighters died in a car bomb at a checkpoint near Jarablus, local activist Ahmad al-Halabi said. "
            "Nobody has claimed the bombing, which al-Halabi blames on the Islamic State group.")
    assert [p.text for p in places(nlp, text) if p.place is not None] == ["near Jarablus"]
    assert [p.text for p in places(nlp, "Omar Idlibi spoke to us. Jets struck Idlib on Monday.") if p.place is not None] == ["Idlib"]
    # a place's possessive the tagger took for a person ("Syrias Aleppo") gives no family name
    assert "southern Aleppo" in [p.text for p in places(nlp, "Shells hit Syrias Aleppo on Monday. Rebels shelled houses in southern Aleppo.")]


@pytest.mark.parametrize("text, towns", [
    ("Army units killed terrorists in Kafr Nabl, Zuwaybar and Maarat al-Numan on Monday.", {"Kafr Nabl", "Maarat al-Numaan"}),
    # "Hass" is the press spelling of Has/Hassef (gazetteer curated row): a town of the list like the others
    ("Army units killed terrorists in Kafr Nabl, Hass and Maarat al-Numan on Monday.", {"Kafr Nabl", "Has/Hassef", "Maarat al-Numaan"}),
    ("Army units killed terrorists in Saraqib Binnish and Taftanaz on Monday.", {"Saraqib", "Binnish", "Taftanaz"}),
])
def test_a_list_of_towns_goes_on_past_an_unknown_name_and_lost_commas(text, towns):  # type: ignore[no-untyped-def]
    """A name the gazetteer does not know ("Zuwaybar") and a copy that lost its commas still list the towns around them."""
    reading = frontwatch.extract(text, published="2016-06-02", outlet="SANA")
    assert {e.location.name for e in reading.events if e.location} == towns


def test_a_village_the_gazetteer_lacks_is_a_place_when_a_settlement_noun_names_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the villages of A and B in Hama countryside": unknown names become localities of their container, each one."""
    found = {p.text: p.place for p in places(nlp, "The army regained the villages of Qarit Zamel and Tal Burj al-Hawa in Hama countryside.")}
    assert found["Qarit Zamel"] is not None and found["Qarit Zamel"].admin1 == "Hama"
    assert found["Tal Burj al-Hawa"] is not None and found["Tal Burj al-Hawa"].admin1 == "Hama"
    # a singular noun names one village; the name after "and" is not listed with it
    assert "Qarit Zamel" in {p.text for p in places(nlp, "Jets struck the village of Qarit Zamel and killed two.")}


def test_an_unknown_village_lies_in_the_governorate_opening_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    reading = frontwatch.extract("In the countryside of Quneitra, army units killed many gunmen in the village of al-Burjawiyeh.",
                                 published="2014-09-09", outlet="manar")
    assert [(e.location.name, e.location.admin1) for e in reading.events if e.location] == [("al-Burjawiyeh", "Quneitra")]
    inside = frontwatch.extract("Army units killed many gunmen in the village of al-Burjawiyeh in Quneitra.", published="2014-09-09")
    assert [e.location.name for e in inside.events if e.location] == ["al-Burjawiyeh"]  # finer than the town it lies in
    # without a settlement noun, an unknown capitalised word is no place
    assert not [p for p in places(nlp, "Army units killed many gunmen near Burjawiyeh Haddad's house.") if p.text.startswith("Burjawiyeh")]


def test_a_run_of_towns_the_tagger_takes_for_one_person_is_read_name_by_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "in Saraqeb Khan Sheikhoun Maarat al-Numan": commas lost, the small model tags one PERSON; a town's name
    right after an accepted town is the next town, not a family name."""
    text = "Army units killed a number of gunmen in Saraqeb Khan Sheikhoun Maarat al-Numan in Idleb countryside."
    assert [p.place.name for p in places(nlp, text) if p.place and not p.relative] == ["Saraqib", "Khan Shaykhun", "Maarat al-Numaan"]
    # a given name and a family name are still a person
    assert not [p for p in places(nlp, "The commander Omar al-Homsi was killed in Idleb countryside.") if p.text == "al-Homsi"]


def test_a_town_east_of_a_city_lies_outside_it_whatever_its_governorate(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Dumeir east of Damascus" is the town of Ad Dumayr in Rural Damascus, not Damascus's quarter Dummar."""
    found = {p.text: p.place for p in places(nlp, "A car bomb hit Dumeir east of Damascus on Sunday.")}
    assert found["Dumeir"] is not None and (found["Dumeir"].name, found["Dumeir"].admin1) == ("Ad Dumayr", "Rural Damascus")
    # "in the countryside of" and plain "in" still keep a name in the division
    assert [p.place.admin1 for p in places(nlp, "Jets struck Atareb west of Aleppo.") if p.text == "Atareb" and p.place] == ["Aleppo"]


def test_an_unknown_name_before_a_neighbourhood_noun_is_a_quarter_of_the_city_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rockets hit Aleppo city on Monday. Five civilians were injured in Zahrawi Qadim neighborhood."
    found = {p.text: p.place for p in places(nlp, text)}
    assert found["Zahrawi Qadim"] is not None and found["Zahrawi Qadim"].admin1 == "Aleppo"
    # an adjective of people before a settlement noun is no name
    assert "Kurdish" not in {p.text for p in places(nlp, "Some abductees were moved to the Kurdish town of Qabaseen.")}


def test_a_direction_across_a_designation_is_an_area_around_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(p.text, p.place.name) for p in places(nlp, "Troops repelled an assault southwest of the city of Aleppo on Monday.") if p.place]
    assert found == [("southwest of the city of Aleppo", "southwest of Aleppo")]


def test_the_short_spelling_atme_is_the_border_town_atmeh(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(p.text, p.place.name) for p in places(nlp, "A blast hit the Atme crossing on the border on Sunday.") if p.place]
    assert found == [("Atme", "Atmeh")]


def test_a_site_named_after_a_village_is_at_the_village(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Um Batina Mosque": the tagger's one ORG name holds a village's name; it is that village, not a
    namesake region abroad found in its second word."""
    alone = [(p.place.name, p.place.admin1) for p in places(nlp, "Troops struck gunmen around Um Batina Mosque on Monday.") if p.place]
    assert alone == [("Umm Batinah", "Quneitra")]
    # with a container named, the site is a locality there; never the namesake region abroad
    inside = [p.place.admin1 for p in places(nlp, "Troops struck gunmen around Um Batina Mosque in Quneitra countryside.") if p.place]
    assert inside == ["Quneitra", "Quneitra"]


def test_a_province_opening_the_sentence_is_a_location_and_what_it_borders_a_reference(nlp) -> None:  # type: ignore[no-untyped-def]
    """Copy without commas: "In X province which borders Turkey a teacher was stoned to death the monitor said":
    the parser hangs the opening place on the closing "said" (an interview place); it is where the news happened,
    and the neighbour it borders only says where it lies (a reference point, never even a weak fallback place)."""
    from frontwatch.reading.roles import place_role

    doc = nlp("In Idlib province which borders Turkey a teacher was stoned to death the monitor said.")
    assert [(m.text, place_role(m, doc)) for m in find_places(doc)] == [("Idlib province", "location"), ("Turkey", "reference")]


def test_a_town_the_text_puts_in_a_countryside_is_the_event_place_not_the_countryside() -> None:
    import frontwatch

    reading = frontwatch.extract("Volunteers said a clinic of theirs in Hreitan in the north Aleppo countryside took a direct hit "
                                 "from an air raid on Friday.", published="2016-06-18")
    assert [e.location.name for e in reading.events if e.location] == ["Hreitan"]


def test_a_name_the_gazetteer_lacks_opening_with_a_toponym_word_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "in the surrounding of Tal Hamdan Tal Burqa": Arabic words that open place names ("Tal", "Khirbet", "Kafr")
    make an unknown name a place, each name of a run whose commas were lost its own; placed in the governorate
    that opens the sentence."""
    text = "In the southern countryside of Quneitra province troops struck gunmen in the surrounding of Tal Hamdan Tal Burqa."
    found = {p.text: p.place for p in places(nlp, text)}
    assert found["Tal Hamdan"] is not None and found["Tal Hamdan"].admin1 == "Quneitra"
    assert found["Tal Burqa"] is not None and found["Tal Burqa"].admin1 == "Quneitra"
    # after no locative word, or opening a foreign city's name the gazetteer knows, nothing changes
    assert [p.place.name for p in places(nlp, "Tel Aviv condemned the strike.") if p.place] == ["Tel Aviv"]


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Warplanes struck the village of Tokhar near Manbij overnight.", "Tokhar", "Tukhar Shagir"),
        ("An airstrike hit the town of Boukamal near the Iraqi border.", "Boukamal", "Albu Kamal"),
        ("Jets struck a clinic in the town of Meles in Idlib province.", "Meles", "Millis"),
        ("Mortars fell on the al-Serian neighborhood in Aleppo city.", "al-Serian", "as-Siryan (Syriac Quarter)"),
    ],
)
def test_press_spellings_of_towns_are_placed(nlp, text: str, name: str, canonical: str) -> None:  # type: ignore[no-untyped-def]
    """ "the village of Tokhar", "the town of Boukamal": a press spelling of a known town is that town (curated spellings)."""
    found = {p.text: p.place for p in places(nlp, text)}
    assert found.get(name) is not None and found[name].name == canonical


@pytest.mark.parametrize("text, admin1", [
    ("Shelling killed five people on the outskirts of Damascus on Sunday.", "Rural Damascus"),
    ("Mortars killed two people in the southern suburbs of Damascus on Sunday.", "Rural Damascus"),
    ("Shelling killed five people on the outskirts of Aleppo on Sunday.", "Aleppo"),
    ("Shelling killed five people in eastern Damascus on Sunday.", "Damascus"),
])
def test_the_surroundings_of_a_city_governorate_are_in_the_governorate_around_it(text: str, admin1: str) -> None:
    """ "the outskirts of Damascus" lie in Rural Damascus (the capital is a governorate of its own); the outskirts
    of any other city, and a part of the capital, stay in the city's governorate."""
    reading = frontwatch.extract(text, published="2016-09-11", outlet="Reuters")
    assert [e.location.admin1 for e in reading.events if e.location is not None] == [admin1]


@pytest.mark.parametrize(("text", "name"), [
    ("On Saturday jets bombed jihadist posts close to the hamlet of Al-Mazbaha which is located in the east of Hama province.",
     "Al-Mazbaha"),
    ("Rebels shelled the village of Kurnaz, situated in the northern Hama countryside, on Sunday.", "Kernaz"),
])
def test_a_clause_that_only_says_where_a_village_lies_places_it(text: str, name: str) -> None:
    reading = frontwatch.extract(text, published="2017-10-29", outlet="Reuters")
    assert [(e.location.name, e.location.admin1) for e in reading.events if e.location] == [(name, "Hama")]


def test_an_unknown_village_listed_before_a_known_one_lies_in_its_countryside() -> None:
    """ "near A and in the village of B in Quneitra countryside", "A as well as B in Hama countryside": the
    place the gazetteer lacks shares the container of the one listed after it."""
    reading = frontwatch.extract("Army units shelled gatherings near Tal Hara and in the village of al-Kudna in Quneitra countryside "
                                 "on Monday.", published="2014-09-09", outlet="SANA")
    assert {e.location.name for e in reading.events if e.location} == {"Tal Hara", "al-Kudna"}
    regained = frontwatch.extract("The army regained Khattab town and the areas of Zor Qasiya as well as Khirbet Hajama in Hama "
                                  "countryside on Sunday.", published="2014-09-09", outlet="SANA")
    assert "Zor Qasiya" in {e.location.name for e in regained.events if e.location}


@pytest.mark.parametrize(("text", "places"), [
    ("Troops pushed forward on Wednesday in Khan Touman and Rashedin battlefields, a field commander said.",
     {"Khan Tuman", "Rashedin"}),
    ("Fierce clashes raged on Monday in Khan Touman and Hamirah battlefields, the sources said.", {"Khan Tuman", "Hamirah"}),
])
def test_an_unknown_place_listed_after_a_known_village_lies_beside_it(text: str, places: set[str]) -> None:
    """A name the gazetteer lacks ("Rashedin battlefields") listed right after a known town or village is placed in
    that village's governorate, and so becomes an event of its own."""
    reading = frontwatch.extract(text, published="2016-05-25", outlet="Reuters")
    assert {e.location.name for e in reading.events if e.location} == places
    assert len({e.location.admin1 for e in reading.events if e.location}) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Residents of western Aleppo said shelling hit the Mogambo district on Tuesday.", "Mogambo"),
    ("Rockets fell on the Qadi Askar quarter of Aleppo on Monday.", "Qadi Askar"),
])
def test_an_unknown_name_before_district_or_quarter_is_a_place(text: str, name: str) -> None:
    reading = frontwatch.extract(text, published="2016-09-20", outlet="AFP")
    assert name in {e.location.name for e in reading.events if e.location}


def test_a_settlement_noun_keeps_a_name_spelled_like_a_place_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the town of X" where X is only a spelling variant of a town in another governorate than the sentence's
    # places: still a place, unplaced, never dropped
    for text in ("Four people were killed in the town of Sabqa and two in the town of Harasta.",
                 "Shells fell on the village of Sabqa and on the town of Harasta on Monday."):
        found = places(nlp, text)
        assert "Sabqa" in [m.text for m in found], text
        assert by_text(found, "Sabqa").place is None or by_text(found, "Sabqa").place.admin1 == "Rural Damascus"  # type: ignore[union-attr]


def test_article_names_listed_between_quarters_are_quarters(nlp) -> None:  # type: ignore[no-untyped-def]
    # a copy that lost its commas: "al-X al-Y and Nile Street" between two known quarters; names the gazetteer
    # lacks become quarters of the same city, and a run that ends at no place names none
    found = places(nlp, "Rockets hit al-Midan al-Qattan al-Sabbagh and Nile Street in Aleppo on Friday.")
    for name in ("al-Qattan", "al-Sabbagh"):
        quarter = by_text(found, name).place
        assert quarter is not None and quarter.kind == "neighbourhood" and quarter.admin1 == "Aleppo", name
    assert "al-Assad" not in [m.text for m in places(nlp, "Troops shelled Douma al-Assad said on Friday.")]


def test_object_pronouns_in_title_case_are_no_places(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Most of Them in Idlib": a title-case headline's pronoun is no town of the world gazetteer
    for text in ("Dozens Killed in Raids This Week Most of Them in Idlib.", "Shelling Kills Nine, One of Them a Child, in Douma."):
        assert not {"Them", "One"} & {m.text for m in places(nlp, text)}, text


def test_an_unknown_quarter_after_a_direction_word(nlp) -> None:  # type: ignore[no-untyped-def]
    assert by_text(places(nlp, "A clinic in the eastern Qattana neighbourhood of Aleppo was shelled on Sunday."), "Qattana").place is not None


def test_a_village_told_at_a_distance_from_a_city_lies_out_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X village 60 km to the east of Homs city": a village the gazetteer lacks, placed in the governorate of the
    # city it is measured from
    for text in ("Jets hit Tal Nawwar village 60 km to the east of Homs city on Monday.",
                 "Jets hit Tal Nawwar village 25 kilometres south of Homs on Monday."):
        village = by_text(places(nlp, text), "Tal Nawwar").place
        assert village is not None and village.admin1 == "Homs", text


def test_a_quarter_after_its_citys_possessive_is_a_place_though_the_apostrophe_is_lost(nlp) -> None:  # type: ignore[no-untyped-def]
    assert by_text(places(nlp, "Jets struck Aleppos Marjeh district on Sunday, killing four."), "Marjeh").place.name == "al-Marjeh"
    assert by_text(places(nlp, "Shells fell on Homss Waer district on Monday."), "Waer").place.name == "al-Waer"


def test_a_town_named_with_district_is_its_district_not_a_namesake_quarter(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the Hama District": Hama's district, not the Damascus suburb al-Hamah; a real quarter keeps its city
    assert by_text(places(nlp, "Shelling was reported in the Hama District on Monday."), "Hama District").place.admin1 == "Hama"
    assert by_text(places(nlp, "Raids hit the Kafr Zita village of the Hama District."), "Kafr Zita").place.admin1 == "Hama"
    assert by_text(places(nlp, "A shell fell on the Midan district of Damascus."), "Midan").place.admin1 == "Damascus"


def test_a_name_after_a_kunya_is_a_persons_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Abu Khaled Tahan": the man's family name, not the village At Tawahin
    assert not places(nlp, "The group named Abu Khaled Tahan as its new military commander.")


def test_a_nations_adjective_before_town_names_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Syrian Town" in a headline: no spelling of the village Souran
    assert [m.text for m in places(nlp, "Barrels Dropped on Syrian Town in Idlib")] == ["Idlib"]


def test_a_news_outlet_s_name_is_no_village_spelled_alike() -> None:
    reading = frontwatch.extract("Strikes in northwestern Syria have killed 6 civilians including two women Al Jazeera reported Wednesday.",
                                 published="2014-09-24", outlet="Reuters")
    assert [e.location.name for e in reading.events if e.location] == ["Northwestern Syria"]


def test_a_town_an_outlet_is_named_after_is_still_the_town_where_nothing_says_the_outlet_speaks() -> None:
    reading = frontwatch.extract("Russian air strikes killed 9 civilians near the militant-held town of Al Mayadeen on Friday, a monitor said.",
                                 published="2017-10-06", outlet="AFP")
    assert [e.location.name for e in reading.events if e.location] == ["Al Mayadin"]
