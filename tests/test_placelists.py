"""Lists of places whose commas were lost (reading.placelists): the run finder, the towns in a run the tagger
takes for one person, the names in it the gazetteer lacks, one event per listed place; and two gazetteer
rules met on the way (a name with an Arabic "new", a namesake near a city named in the sentence)."""

from __future__ import annotations

import pytest

import frontwatch
from frontwatch.reading.gazetteer import Gazetteer
from frontwatch.reading.placelists import list_runs
from frontwatch.reading.placenames import Entry
from frontwatch.reading.places import find_places
from frontwatch.records import Place, PlaceMention


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from frontwatch.pipeline import load_nlp

    return load_nlp()


def _places(nlp, text: str) -> dict[str, PlaceMention]:  # type: ignore[no-untyped-def]
    return {m.text: m for m in find_places(nlp(text))}


def _runs(nlp, text: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [[doc[a:b].text for a, b in run.names] for run in list_runs(list(doc))]


def test_a_run_of_names_after_a_locative_word_is_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _runs(nlp, "Government troops shelled rebel positions in Inkhil Jasim al-Harra and Nawa on Tuesday.") == [
        ["Inkhil", "Jasim", "al-Harra", "Nawa"]]
    # a toponym word opens a longer name, a qualifier stays with the name before it
    assert _runs(nlp, "Mortars fell on the villages of Tal Hamdan Masharah al-Samdaniyah al-Gharbiyah and Nawa at dawn.") == [
        ["Tal Hamdan", "Masharah", "al-Samdaniyah al-Gharbiyah", "Nawa"]]


@pytest.mark.parametrize("text", [
    "Clashes went on in Inkhil and Nawa for a week.",  # a list with its links: nothing was lost
    "He spoke in Damascus Foreign Minister Walid al-Moallem said.",  # no list link
    "Aleppo Hama and Idlib saw heavy bombing.",  # no locative word before the names
])
def test_no_run_without_a_bare_list(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _runs(nlp, text) == []


def test_the_towns_of_a_run_are_places_whatever_the_tagger_made_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model reads "Inkhil Jasim" as one person; each name is a town of Daraa
    found = _places(nlp, "Government troops shelled rebel positions in Inkhil Jasim al-Harra and Nawa on Tuesday.")
    for name in ("Inkhil", "Jasim", "Nawa"):
        place = found[name].place
        assert place is not None and place.admin1 == "Dar'a", name


def test_a_spelling_variant_opening_a_run_is_read_too(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Artillery hit militant posts in Busra Sham Inkhil and Nawa late on Monday.")
    assert found["Busra Sham"].place is not None and found["Busra Sham"].place.name == "Busra ash Sham"


def test_the_unknown_names_of_a_list_lie_beside_its_known_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Army units targeted militant hideouts in Latamneh Barqoum Zalaqiyat and Morek.")
    barqoum = found["Barqoum"].place
    assert barqoum is not None and barqoum.admin1 == "Hama" and barqoum.kind == "locality"
    # before the first known town, and after it up to a plural place noun
    found = _places(nlp, "Troops pounded militant positions in Dweirqa Kabanah Zaweeqa Shahrouj and Qaroush areas in the north of "
                             "Latakia province yesterday.")
    for name in ("Dweirqa", "Zaweeqa", "Shahrouj", "Qaroush"):
        place = found[name].place
        assert place is not None and place.admin1 == "Lattakia", name


@pytest.mark.parametrize(("text", "known"), [
    ("He was speaking in Damascus Foreign Minister Walid al-Moallem and Sergei Lavrov said.", {"Damascus"}),
    ("Activists in Douma Omar Hamza and Saleh said the bombing killed five.", {"Douma"}),
    ("Fighting raged in Aleppo Hama and Idlib Human Rights Watch said.", {"Aleppo", "Hama", "Idlib"}),
])
def test_people_after_a_place_are_no_places_of_a_list(nlp, text: str, known: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(_places(nlp, text)) == known


def test_an_article_name_of_two_words_is_scanned_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    # "al-X al-Y" takes six tokens for a two-word name key: the scan reaches its end
    found = _places(nlp, "A patrol was ambushed near al-Samdaniyah al-Gharbiyah west of Quneitra on Friday.")
    place = found["al-Samdaniyah al-Gharbiyah"].place
    assert place is not None and place.admin1 == "Quneitra"


def test_each_place_of_a_run_gets_the_sentence_s_event() -> None:
    reading = frontwatch.extract("Syrian army units targeted gatherings of terrorists in Inkhil Jasim al-Harra and Nawa on "
                                 "Tuesday killing many of them.", published="2016-05-10", outlet="SANA")
    told = {e.location.name: e for e in reading.events if e.location is not None}
    assert {"Inkhil", "Jasim", "al-Harra", "Nawa"} <= set(told)
    kinds = {(e.event_type, e.actor1, e.event_date) for name, e in told.items() if name in {"Inkhil", "Jasim", "al-Harra", "Nawa"}}
    assert len(kinds) == 1


def test_an_arabic_new_after_a_name_is_the_english_new_before_it() -> None:
    g = Gazetteer()
    g.add(Entry(Place("T:new-homs", "New Homs", "neighbourhood", "Homs", "", "Syria", 34.7, 36.7, 1, "SY", "T:homs"), 0.4, "syria",
                ("New Homs",)))
    assert [p.name for p in g.lookup("Homs al-Jadida")] == ["New Homs"]
    assert [p.name for p in Gazetteer.default().lookup("Aleppo al-Jadideh")] == ["New Aleppo"]


def test_a_namesake_near_the_city_named_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # the article is about Idlib, but the sentence takes the girl from Madaya to a Damascus hospital:
    # the Madaya of Rural Damascus, not the Idlib village of the same name
    text = ("Jets pounded Idlib province on Sunday. Rescuers in Idlib said the raids on Idlib province went on. "
            "A boy wounded in the besieged town of Madaya was taken to a Damascus hospital on Monday.")
    madaya = _places(nlp, text)["Madaya"].place
    assert madaya is not None and madaya.admin1 == "Rural Damascus"


def test_a_toponym_word_written_apart_from_the_name_it_is_joined_to() -> None:
    g = Gazetteer()
    g.add(Entry(Place("T:deirmama", "Deirmama", "village", "Hama", "", "Syria", 35.2, 36.4, 1, "SY"), 0.3, "syria", ("Deirmama",)))
    assert [p.name for p in g.lookup("Deir Mama")] == ["Deirmama"]
    assert g.lookup("Deir Hassan") == []


def test_a_known_name_holding_an_article_name_stays_whole_in_a_list() -> None:
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.places import find_toponyms

    text = "Snipers fired on people in the districts of Bustan al-Qasr al-Kallaseh and al-Fardous in Aleppo on Monday."
    names = [(text[m.start : m.end], m.place.admin1 if m.place else "") for m in find_toponyms(text, load_nlp())]
    assert ("Bustan al-Qasr", "Aleppo") in names and not any(n == "Bustan" for n, _ in names)
