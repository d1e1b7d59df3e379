"""Actor dictionary: aliases, sides, UCDP names, possessives, coordination, speed."""

from __future__ import annotations

import csv

import pytest

import frontwatch
from frontwatch.reading.actors import ActorDictionary, find_actors, state_forces_of, to_ref
from frontwatch.records import ActorRef
from conftest import shared_path


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.actor_id) for m in find_actors(text)]


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("pro-government troops", "gov_syria"),
        ("the army", "gov_syria"),
        ("regime forces", "gov_syria"),
        ("Assad forces", "gov_syria"),
        ("Syrian Arab Army", "gov_syria"),
        ("rebels", "rebels"),
        ("insurgents", "rebels"),
        ("terrorists", "rebels"),
        ("armed groups", "rebels"),
        ("Kurdish militia", "ypg"),
        ("Kurdish militants", "ypg"),
        ("Ahrar al-Cham", "ahrar_al_sham"),
        ("the air force", "gov_syria"),
        ("YPG", "ypg"),
        ("SDF", "sdf"),
        ("the Syria Democratic Forces", "sdf"),
        ("Quds Brigade", "liwa_al_quds"),
        ("Liwa al-Quds", "liwa_al_quds"),
        ("Shiite militiamen", "shiite_militias"),
        ("Hezbollah", "hezbollah"),
        ("Russian air power", "russia"),
        ("Russian warplanes", "russia"),
        ("Russian jet", "russia"),  # one aircraft names its air force as many do
        ("Turkish drone", "turkey"),
        ("regime helicopter", "gov_syria"),
        ("US-led coalition", "coalition"),
        ("international coalition", "coalition"),
        ("Islamic State", "is"),
        ("ISIS", "is"),
        ("ISIL", "is"),
        ("Daesh", "is"),
        ("Nusra Front", "nusra"),
        ("Jabhat an-Nusra", "nusra"),  # the article written as it sounds before a sun letter
        ("Ahrar as-Sham", "ahrar_al_sham"),
        ("Faylaq ar-Rahman", "faylaq_al_rahman"),
        ("Jabhat Fateh al-Sham", "jfs"),
        ("al-Qaeda affiliate", "nusra"),
        ("Free Syrian Army", "fsa"),
        ("Ahrar al-Sham", "ahrar_al_sham"),
        ("Turkish army", "turkey"),
        ("security forces", "police_syria"),  # bare: Syria's, unless a country's name comes before it
        ("civilians", "civilians"),
    ],
)
def test_press_aliases_resolve(alias: str, actor_id: str) -> None:
    actor = ActorDictionary.default().get(alias)
    assert actor is not None and actor.actor_id == actor_id
    assert names(f"On Sunday {alias} were reported nearby.") == [(alias, actor_id)]


def test_sides_kinds_and_ucdp_names() -> None:
    d = ActorDictionary.default()
    expected = {
        "gov_syria": ("government", "state forces", "Government of Syria"),
        "rebels": ("opposition", "rebel group", "Syrian insurgents"),
        "is": ("jihadist", "rebel group", "IS"),
        "sdf": ("kurdish", "rebel group", "SDF"),
        "ypg": ("kurdish", "militia", "SDF"),
        "jfs": ("jihadist", "rebel group", "Jabhat Fateh al-Sham"),
        "russia": ("government", "foreign forces", "Government of Syria"),
        "turkey": ("opposition", "foreign forces", "Government of Turkey"),
        "civilians": ("neutral", "civilians", "Civilians"),
        "liwa_al_quds": ("government", "militia", "Government of Syria"),
        "coalition": ("coalition", "foreign forces", "SDF"),
    }
    for actor_id, (side, kind, ucdp) in expected.items():
        actor = d.get(actor_id)
        assert actor is not None
        assert (actor.side, actor.kind, d.ucdp_name(actor)) == (side, kind, ucdp)
    # lookups by canonical and UCDP names
    assert d.get("Government of Syria").actor_id == "gov_syria"  # type: ignore[union-attr]
    assert d.get("Syrian insurgents").actor_id == "rebels"  # type: ignore[union-attr]
    assert d.get("Military Forces of Syria (2000-)").actor_id == "gov_syria"  # type: ignore[union-attr]
    assert d.get("no such group at all") is None


def test_possessives_and_modifiers() -> None:
    text = "The Syrian army's push, Assad's forces, government troops, pro-government forces and the regime."
    assert names(text) == [
        ("Syrian army's", "gov_syria"),
        ("Assad's forces", "gov_syria"),
        ("government troops", "gov_syria"),
        ("pro-government forces", "gov_syria"),
        ("the regime", "gov_syria"),
    ]


def test_coordinated_adjectives_give_two_actors() -> None:
    found = names("Russian and Syrian warplanes bombed the town.")
    assert found == [("Russian", "russia"), ("Syrian warplanes", "gov_syria")]
    found = names("Syrian and Russian jets struck again.")
    assert found == [("Syrian", "gov_syria"), ("Russian jets", "russia")]


def test_named_actor_absorbs_generic_head_but_not_across_punctuation() -> None:
    assert names("ISIS terrorists attacked the village.") == [("ISIS terrorists", "is")]
    assert names("Jabhat al-Nusra terrorist organization members") == [("Jabhat al-Nusra terrorist organization members", "nusra")]
    assert names("ISIS, rebels and civilians") == [("ISIS", "is"), ("rebels", "rebels"), ("civilians", "civilians")]


def test_case_rules_for_short_aliases() -> None:
    assert names("This is what it is.") == []
    assert names("IS fighters took the town") == [("IS fighters", "is")]
    assert names("IS THE ARMY WINNING") == [("THE ARMY", "gov_syria")]  # shouting headline: IS is a verb
    assert names("Tell us what happened") == []


def test_offsets_point_into_text() -> None:
    text = "Clashes between the SDF and IS continued, while Hezbollah fighters advanced."
    for m in find_actors(text):
        assert text[m.start:m.end] == m.text
    assert [m.actor.actor_id for m in find_actors(text)] == ["sdf", "is", "hezbollah"]


def test_to_ref() -> None:
    mention = find_actors("pro-government troops advanced")[0]
    assert to_ref(mention) == ActorRef("Military Forces of Syria (2000-)", "state forces", "government", "pro-government troops")


def test_every_ucdp_2016_major_side_has_an_actor() -> None:
    """Sides that make up most GED Syria 2016 events are reachable by their UCDP names."""
    path = shared_path("data", "ucdp-ged-syria", "ged_syria_2016.csv")
    with path.open(encoding="utf-8") as f:
        sides = {row[k] for row in csv.DictReader(f) for k in ("side_a", "side_b")}
    d = ActorDictionary.default()
    for name in ["Government of Syria", "Syrian insurgents", "IS", "SDF", "Civilians", "Government of Turkey",
                 "Jabhat Fateh al-Sham", "Ahrar al-Sham", "Jaysh al-Islam", "Fatah Halab", "Hawar Kilis Operations Room"]:
        assert name in sides
        assert d.get(name) is not None, name


def test_ucdp_headlines_name_actors() -> None:
    """UCDP 2016 headlines that speak of the regime, rebels, ISIS ... yield an actor."""
    path = shared_path("data", "ucdp-ged-syria", "ged_syria_2016.csv")
    with path.open(encoding="utf-8") as f:
        rows = [r["source_headline"] for r in csv.DictReader(f)]
    # headlines that use one of the press's words for an actor
    named = [h for h in rows if any(w in h.lower() for w in ("regime", "rebel", "isis", "hezbollah", "daesh"))]
    hits = sum(bool(find_actors(h)) for h in named)
    assert len(named) > 500
    assert hits / len(named) > 0.95


def test_a_long_article_reads_whole() -> None:
    # Speed is measured in bench/bench_stages.py, not here.
    text = open(shared_path("seed", "000_82fb5c8a9c3c66ef.txt"), encoding="utf-8").read()
    found = find_actors(text)
    assert len(found) > 20 and found == sorted(found, key=lambda m: m.start)


def test_ucdp_names_and_ids_match_ucdp_data() -> None:
    """Every ucdp_name/ucdp_id in actors.csv is one UCDP uses (GED Syria actors or the UCDP actor list)."""
    known: dict[str, set[str]] = {}
    ged = shared_path("data", "ucdp-actors-syria", "ged_syria_actors.csv")
    with ged.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            known.setdefault(row["actor_name"], set()).add(row["actor_id"])
    actor_list = shared_path("data", "ucdp-actors-syria", "ucdp_actor_list_v22_1_syria.csv")
    with actor_list.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            known.setdefault(row["NameData"], set()).add(row["ActorId"])
    d = ActorDictionary.default()
    ids = {i for group in known.values() for i in group}
    checked = 0
    for entry in d.entries.values():
        if not entry.ucdp_name:
            continue
        assert entry.ucdp_name in known, entry.ucdp_name
        # The id is the actor's own; the name may be the side GED codes it under (Russia -> Government of Syria).
        if entry.ucdp_id:
            assert entry.ucdp_id in ids, (entry.actor.actor_id, entry.ucdp_id)
        checked += 1
    assert checked >= 40


def test_other_countries_forces_are_not_syrias() -> None:
    assert names("The Egyptian army and Nigerian police were not involved.") == []
    assert names("The Turkish government and the Lebanese army") == [("Turkish government", "turkey"), ("Lebanese army", "lebanon")]
    assert names("The Syrian army and the army's allies") == [("Syrian army", "gov_syria"), ("the army's", "gov_syria")]


def test_an_article_does_not_cut_a_longer_name_short() -> None:
    """ "the Islamic State" is an alias, but so is "Islamic State in Iraq and Syria": the longer one wins."""
    assert names("Kurds fought the Islamic State in Iraq and Syria near Hasakah.") == [("Islamic State in Iraq and Syria", "is")]
    assert names("The army said it held the bridge.")[0] == ("The army", "gov_syria")


def test_a_lone_soldier_names_his_force() -> None:
    assert names("A Turkish soldier died near the border") == [("Turkish soldier", "turkey")]


def test_a_bare_army_closing_a_wire_headline_is_its_source_not_a_party() -> None:
    import frontwatch

    def parties(text: str) -> set[str]:
        reading = frontwatch.extract(text, published="2016-11-05")
        return {r.name for e in reading.events for r in (e.actor1, e.actor2) if r is not None}

    assert "Military Forces of Syria (2000-)" not in parties("Two soldiers killed by a mine near al-Rai: army")
    assert "Military Forces of Syria (2000-)" not in parties("Two soldiers killed by a mine near al-Rai - military")
    assert "Military Forces of Turkey (2002-)" in parties("Jets strike ten targets near al-Rai: Turkish army")
    assert "Military Forces of Syria (2000-)" in parties("The army shells a village near Daraa")


def test_a_generic_word_tied_to_a_group_names_that_group_for_the_rest_of_the_text() -> None:
    found = names("Troops fought terrorists from the Nusra Front near Hama. Later the terrorists withdrew, and rebels attacked.")
    assert [a for _, a in found if a != "gov_syria"][:1] == ["nusra"]
    assert ("terrorists", "nusra") in found  # the second "terrorists": the same group
    assert ("rebels", "rebels") in found  # another generic word stays generic


def test_a_bare_air_force_is_syrias_unless_another_country_is_named() -> None:
    assert names("the Jordanian air force")[-1][1] != "gov_syria"


def test_a_possessive_that_lost_its_apostrophe_still_names_the_group() -> None:
    found = [(m.text, m.actor.name) for m in find_actors("Kurdish fighters repelled ISILs attacks near the Hezbollahs positions")]
    assert ("ISILs", "Islamic State (Syria)") in found
    assert any(name == "Hezbollah" for _, name in found)


def test_a_bare_coalition_after_the_syrian_coalition_is_that_body() -> None:
    found = find_actors("The Syrian Coalition called on the UN to act. The regime must be stopped, the Coalition said.")
    assert found[-1].text == "the Coalition" and "Syrian" in found[-1].actor.name
    jets = find_actors("US-led coalition jets struck Raqqa. The coalition said it killed 20 fighters.")
    assert jets[-1].actor.name == jets[0].actor.name


def test_a_coalition_of_named_groups_is_those_groups_not_the_us_led_coalition() -> None:
    for text in ("A coalition of rebel groups called Jaish al-Fatah said it took the checkpoint.",
                 "The coalition of Islamist factions seized the hill on Monday."):
        assert "Operation Inherent Resolve: International Coalition" not in [m.actor.name for m in find_actors(text)], text
    assert [m.actor.name for m in find_actors("The coalition struck Raqqa on Monday.")] == ["Operation Inherent Resolve: International Coalition"]



def test_a_groups_generic_word_bare_later_is_that_group() -> None:
    found = find_actors("Jets killed 40 Nusra militants near Idlib. The militants had stored arms in a cave. Terrorists shelled Aleppo.")
    assert [(m.text, m.actor.name) for m in found] == [
        ("Nusra militants", "Jabhat al Nusra"), ("militants", "Jabhat al Nusra"), ("Terrorists", "Opposition Rebels (Syria)")]
    # with no group tied to it the word keeps its dictionary meaning
    assert [m.actor.name for m in find_actors("The army killed 20 terrorists in Daraa.")][1:] == ["Opposition Rebels (Syria)"]


def test_a_countrys_missile_strike_names_its_forces() -> None:
    assert [m.actor.name for m in find_actors("A U.S. missile strike hit an airbase near Homs.")] == ["Military Forces of the United States"]


def test_a_group_named_again_in_brackets_keeps_its_generic_head() -> None:
    assert [(m.text, m.actor.name) for m in find_actors("Jets killed 30 ISIS (Daesh) fighters near Raqqa.")] == [
        ("ISIS (Daesh) fighters", "Islamic State (Syria)")]


def test_a_possessive_that_lost_its_apostrophe_goes_on_into_the_alias() -> None:
    """FA-KES copies drop apostrophes: "Assads forces" is the alias "Assad's forces"."""
    import frontwatch

    reading = frontwatch.extract("Assads forces shelled Douma on Sunday, activists said.", published="2017-05-02", outlet="AFP")
    assert [e.actor1.name for e in reading.events if e.actor1] == ["Military Forces of Syria (2000-)"]
    assert [m.actor.actor_id for m in find_actors("President Bashar al-Assads forces shelled Douma.")] == ["gov_syria"]


@pytest.mark.parametrize("phrase", ["the Takfiri group", "Takfiri militants", "a Takfiri terrorist", "Takfiri insurgents"])
def test_takfiri_in_the_singular_and_with_other_nouns_is_the_jihadist_opposition(phrase: str) -> None:
    mentions = find_actors(f"Syrian troops killed 10 members of {phrase} near Rastan on Sunday.")
    assert any(m.actor.actor_id == "islamists" and m.text.lower().endswith(phrase.split()[-1].lower()) for m in mentions)


def test_a_former_name_in_brackets_is_the_same_group() -> None:
    """ "Fatah al-Sham (formerly Al-Nusra Front) terrorists": one mention of the renamed group, its generic head absorbed."""
    mentions = find_actors("Nine civilians died on Friday when Fatah al-Sham (formerly Al-Nusra Front) terrorists shelled a bakery.")
    assert [(m.actor.actor_id, m.text) for m in mentions if m.actor.actor_id != "civilians"] == [
        ("jfs", "Fatah al-Sham (formerly Al-Nusra Front) terrorists")]
    assert [m.actor.actor_id for m in find_actors("ISIS (and Nusra) militants shelled Douma.")] == ["is", "nusra", "rebels"]


@pytest.mark.parametrize("text", ["Shells hit Saraqeb in the armys air strikes on Monday.",
                                  "Shells hit Saraqeb in the regimes air strikes on Monday.",
                                  "Rebels fled Saraqeb after the governments recapture of the town."])
def test_a_lower_case_state_possessive_that_lost_its_apostrophe_names_the_state(text: str) -> None:
    assert "gov_syria" in [m.actor.actor_id for m in find_actors(text)]


@pytest.mark.parametrize("text", ["The governments of Turkey and Iran condemned the shelling of Saraqeb.",
                                  "The governments condemned the shelling of Saraqeb.",
                                  "Both regimes fell in the end."])
def test_a_plural_state_noun_stays_a_plural(text: str) -> None:
    assert "gov_syria" not in [m.actor.actor_id for m in find_actors(text)]



def test_the_free_syria_army_is_the_fsa_not_the_syrian_state() -> None:
    assert ("Free Syria Army", "fsa") in names("Fighters of the so-called Free Syria Army clashed with ISIL.")
    assert [actor for _, actor in names("the so-called Free Syria Army")] == ["fsa"]


def test_us_backed_fighters_are_the_sdf_not_the_syrian_army() -> None:
    # "Syrian fighters" alone would read as the state's forces; backed by the US they are the SDF alliance
    for text in ("US-backed Syrian fighters attacked Islamic State gunmen near Tabqa on Monday.",
                 "U.S.-backed forces clashed with Islamic State fighters near Tabqa on Monday."):
        events = frontwatch.extract(text, published="2017-04-10").events
        assert [e.actor1.name for e in events if e.actor1] == ["SDF: Syrian Democratic Forces"], text


def test_a_list_of_adjectives_before_a_shared_head_gives_each_actor() -> None:
    # the punctuation of the list may be lost ("Turkish Russian and Iranian troops")
    for text in ("Turkish, Russian and Iranian troops met near the border.", "Turkish Russian and Iranian troops met near the border."):
        assert [a for _, a in names(text)] == ["turkey", "russia", "iran"]


def test_a_so_called_group_keeps_its_long_name() -> None:
    name = "Islamic State of Iraq and the Levant"
    found = names(f"Fighters of the so-called {name} withdrew from two hills.")
    assert (name, "is") in found


def test_a_country_acting_names_its_military() -> None:
    assert state_forces_of("the United States").name == "Military Forces of the United States"  # type: ignore[union-attr]
    assert state_forces_of("U.S.").name == "Military Forces of the United States"  # type: ignore[union-attr]
    assert state_forces_of("Israel").name == "Military Forces of Israel"  # type: ignore[union-attr]
    assert state_forces_of("Syria").name == "Military Forces of Syria (2000-)"  # type: ignore[union-attr]
    assert state_forces_of("Cyprus") is None
