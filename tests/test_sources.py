"""Sources (who asserts a fact) and outlets."""

from __future__ import annotations

import csv

import pytest

from conftest import shared_path
import frontwatch
from frontwatch.reading.actors import ActorDictionary
from frontwatch.reading.sources import SourceDirectory, actor_source, find_sources, outlet_source


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.source.name, m.source.source_type, m.source.stance) for m in find_sources(text)]


@pytest.mark.parametrize(
    ("words", "name", "source_type", "stance"),
    [
        ("SANA", "SANA", "state media", "pro-government"),
        ("SANA's correspondent", "SANA's correspondent", "state media", "pro-government"),
        ("the state news agency", "SANA", "state media", "pro-government"),
        ("state media", "state media", "state media", "pro-government"),
        ("state television", "Syrian state television", "state media", "pro-government"),
        ("Syrian TV", "Syrian TV", "state media", "pro-government"),
        ("a military source", "a military source", "military", "pro-government"),
        ("a field source", "a field source", "military", "pro-government"),
        ("the army general command", "the army general command", "military", "pro-government"),
        ("Aleppo Police Command", "Police Command", "government", "pro-government"),
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "monitor", "pro-opposition"),
        ("SOHR", "Syrian Observatory for Human Rights", "monitor", "pro-opposition"),
        ("the Observatory", "Syrian Observatory for Human Rights", "monitor", "pro-opposition"),
        ("Rami Abdul Rahman", "Rami Abdul Rahman (SOHR)", "monitor", "pro-opposition"),
        ("the VDC", "Violations Documentation Center", "monitor", "pro-opposition"),
        ("the Syrian Network for Human Rights", "Syrian Network for Human Rights", "monitor", "pro-opposition"),
        ("activists", "activists", "activists", "pro-opposition"),
        ("opposition activists", "opposition activists", "activists", "pro-opposition"),
        ("pro-government activists", "pro-government activists", "activists", "pro-government"),
        ("local sources", "local sources", "local sources", ""),
        ("medical sources", "medical sources", "local sources", ""),
        ("witnesses", "witnesses", "witness", ""),
        ("the White Helmets", "Syrian Civil Defence (White Helmets)", "humanitarian", "pro-opposition"),
        ("the Syrian Coalition", "Syrian Coalition (Etilaf)", "opposition body", "pro-opposition"),
        ("Etilaf", "Syrian Coalition (Etilaf)", "opposition body", "pro-opposition"),
        ("the U.N. special envoy", "the U.N. special envoy", "international organisation", "neutral"),
        ("OCHA", "OCHA", "international organisation", "neutral"),
        ("the ICRC", "International Committee of the Red Cross", "international organisation", "neutral"),
        ("UNHCR", "UNHCR", "international organisation", "neutral"),
        ("Reuters", "Reuters", "wire agency", "neutral"),
        ("AFP", "AFP", "wire agency", "neutral"),
        ("the Russian Defence Ministry", "Russian Defence Ministry", "government", "pro-government"),
        ("the Russian Foreign Ministry", "Russian Foreign Ministry", "government", "pro-government"),
        ("the Turkish Foreign Ministry", "Turkish officials", "government", "pro-opposition"),
        ("local authorities", "local authorities", "government", ""),
        ("the provincial authorities", "local authorities", "government", ""),
        ("the Hmeimim reconciliation centre", "Russian reconciliation centre (Hmeimim)", "military", "pro-government"),
        ("the Turkish army", "Turkish army statement", "military", "pro-opposition"),
        ("the group's official account", "the group's own account", "armed group", ""),
    ],
)
def test_source_words(words: str, name: str, source_type: str, stance: str) -> None:
    assert found(f"It was reported by {words} on Sunday.") == [(words, name, source_type, stance)]


def test_named_expert() -> None:
    result = found("Damascus will not budge, said regional expert Mouin Rabbani, once an adviser to a think tank.")
    assert result == [("regional expert Mouin Rabbani", "Mouin Rabbani", "expert", "")]
    assert found("Syria analyst Sam Heller said") == [("Syria analyst Sam Heller", "Sam Heller", "expert", "")]
    assert found("the analyst said nothing") == []  # a title without a name is not a named source


def test_offsets_and_words() -> None:
    text = "Local sources told SANAs reporter that the Observatory was wrong, according to a security source."
    for m in find_sources(text):
        assert text[m.start:m.end] == m.text == m.source.words
    assert [m.source.name for m in find_sources(text)] == [
        "local sources", "SANA's correspondent", "Syrian Observatory for Human Rights", "a security source"]


def test_amnesty_is_not_a_source_by_itself() -> None:
    assert found("Rebels were promised an amnesty.") == []


@pytest.mark.parametrize(
    ("outlet", "name", "source_type", "stance"),
    [
        ("sana", "SANA", "state media", "pro-government"),
        ("etilaf", "Syrian Coalition (Etilaf)", "opposition body", "pro-opposition"),
        ("reuters", "Reuters", "wire agency", "neutral"),
        ("arabiya", "Al Arabiya", "outlet", "pro-opposition"),
        ("alalam", "Al-Alam", "state media", "pro-government"),
        ("manar", "Al-Manar", "outlet", "pro-government"),
        ("dailysabah", "Daily Sabah", "outlet", "pro-opposition"),
        ("tass", "TASS", "state media", "pro-government"),
        ("Los Angeles Times", "Los Angeles Times", "outlet", "neutral"),
        ("https://www.latimes.com/world/la-fg-syria", "Los Angeles Times", "outlet", "neutral"),
    ],
)
def test_outlet_source(outlet: str, name: str, source_type: str, stance: str) -> None:
    source = outlet_source(outlet)
    assert (source.name, source.source_type, source.stance) == (name, source_type, stance)


def test_every_fakes_outlet_code_is_known() -> None:
    path = shared_path("data", "fa-kes", "fakes.csv")
    with path.open(encoding="utf-8") as f:
        codes = {row["source"] for row in csv.DictReader(f)}
    assert len(codes) == 15
    for code in codes:
        assert outlet_source(code).stance != "", code  # unknown outlets have no stance


def test_unknown_outlet_keeps_its_name() -> None:
    source = outlet_source("The Daily Nowhere")
    assert (source.name, source.source_type, source.stance) == ("The Daily Nowhere", "outlet", "")


def test_actor_source() -> None:
    army = ActorDictionary.default().get("the army")
    assert army is not None
    source = actor_source(army, "the Syrian army")
    assert (source.source_type, source.stance, source.words) == ("military", "pro-government", "the Syrian army")
    quds = ActorDictionary.default().get("Quds Brigade")
    assert quds is not None and actor_source(quds).source_type == "armed group"


def test_directory_get() -> None:
    d = SourceDirectory.default()
    assert d.get("sohr") == d.get("the Observatory") == d.get("Syrian Observatory for Human Rights")
    assert d.get("nobody in particular") is None


def test_seed_article_sources() -> None:
    text = shared_path("seed", "000_82fb5c8a9c3c66ef.txt").read_text(encoding="utf-8")
    names = {m.source.name for m in find_sources(text)}
    for expected in ["SANA", "state media", "Syrian Observatory for Human Rights", "pro-government activists",
                     "opposition activists", "the U.N. special envoy", "Mouin Rabbani", "Rami Abdul Rahman (SOHR)",
                     "Syrian state television", "a security source", "the group's own account"]:
        assert expected in names, expected
    # Speed is measured in bench/bench_stages.py, not here.


def test_a_title_qualified_by_a_known_source_speaks_for_that_source() -> None:
    (mention,) = [m for m in find_sources("Observatory director Omar Zein said the town was quiet.") if "Zein" in m.text]
    assert mention.source.name == "Omar Zein (Syrian Observatory for Human Rights)"
    assert mention.source.source_type == "monitor"


def test_a_title_the_dictionary_knows_as_a_source_introduces_a_named_person() -> None:
    """ "activist Abu Omar Halabi": one speaker, an activist with his name, not "activists" and a person."""
    assert found("Activist Abu Omar al-Halabi told the agency that the town was shelled.")[0][:3] == (
        "Activist Abu Omar al-Halabi", "Abu Omar al-Halabi", "activists")
    assert found("Activists said the town was shelled.")[0][:3] == ("Activists", "activists", "activists")
    assert found("An activist in the town said Omar Haddad had fled.")[0][:3] == ("An activist", "activists", "activists")


def test_a_source_of_no_kind_speaks_for_the_office_named_after_it() -> None:
    import frontwatch
    reading = frontwatch.extract("A source at Hama Governorate told reporters that rockets hit Hama city on Monday, injuring four people.",
                                 published="2016-05-11", outlet="SANA")
    (hurt,) = reading.claims
    assert hurt.source.source_type == "government"


def test_a_nationality_before_a_bare_alias_names_that_nations_office() -> None:
    """ "the Iranian foreign ministry said": not the Syrian ministry a bare "foreign ministry" names; a source not
    named by its nation ("the Lebanese Hezbollah") keeps its name."""
    def named(text: str) -> list[tuple[str, str]]:
        return [(m.source.name, m.source.source_type) for m in find_sources(text)]

    assert named("the Iranian foreign ministry spokesman said") == [("Iranian foreign ministry", "government")]
    assert named("the Egyptian foreign ministry said") == [("Egyptian foreign ministry", "government")]
    assert named("the Syrian foreign ministry said") == [("Syrian Foreign Ministry", "government")]
    assert named("the foreign ministry said") == [("Syrian Foreign Ministry", "government")]


def test_a_titled_person_the_dictionary_knows_speaks_for_his_source() -> None:
    """ "spokesman Igor Konashenkov": the person is filed under the Russian defence ministry; he speaks as it, whatever
    title he carries."""
    mentions = find_sources("Russian Defence Ministry spokesman Igor Konashenkov told reporters the jets had returned.")
    person = [m for m in mentions if "Konashenkov" in m.text]
    (titled,) = [m for m in person if m.text.startswith("spokesman")]
    assert titled.source.name == "Russian Defence Ministry" and titled.source.source_type == "government"


def test_the_based_group_is_the_monitor_named_before() -> None:
    for words in ("the Britain-based monitor", "the London-based group", "the UK-based monitoring group"):
        reading = frontwatch.extract("Clashes broke out in Qassiab, the Syrian Observatory for Human Rights reported. "
                                     f"Five fighters were killed in the clashes on Thursday said {words}.",
                                     published="2014-12-25", outlet="Al-Manar")
        assert [c.source.name for c in reading.claims] == ["Syrian Observatory for Human Rights"], words


def test_whom_a_monitor_relies_on_is_no_speaker() -> None:
    reading = frontwatch.extract("Five people were killed in shelling on Douma on Monday, said the Observatory, which relies on "
                                 "a wide network of activists across the country.", published="2016-11-20", outlet="AFP")
    assert [s.name for e in reading.events for s in e.sources] == ["Syrian Observatory for Human Rights"]
