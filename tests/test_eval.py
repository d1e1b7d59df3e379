"""The evaluation suites: scorers on hand-built records, the floors and their history, the CI quality gate."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
import json
from pathlib import Path

import pytest

from frontwatch.evaluation import FAST, SUITES
from frontwatch.evaluation import floors as gate
from frontwatch.evaluation.annotated import pair_events, score_reading
from frontwatch.evaluation.common import (
    SuiteResult,
    Tally,
    classification_scores,
    governorate_key,
    haversine_km,
    strip_place_type,
    within_days,
)
from frontwatch.evaluation.geowebnews import GoldArticle, GoldToponym, geonames_id, score_article
from frontwatch.evaluation.ucdp_actors import sides_right
from frontwatch.evaluation.ucdp_headlines import GoldRow, chosen_event, headline_text, matched_events, names_place, score_row
from frontwatch.records import (
    ActorRef,
    Claim,
    Control,
    Document,
    Event,
    Location,
    Place,
    PlaceMention,
    Reading,
    Source,
)
from conftest import shared_path

GOV = ActorRef("Military Forces of Syria (2000-)", "state forces", "government", "the army")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebel group", "opposition", "rebels")
SOHR = Source("Syrian Observatory for Human Rights", "monitor", "pro-opposition", "the Observatory")
ALEPPO = Location("Aleppo", "Aleppo", "Jebel Saman", "Syria", 36.2012, 37.1612, 1, words="Aleppo")
HANANO = Location("Hanano", "Aleppo", "Jebel Saman", "Syria", 36.2235, 37.1793, 1, words="Masaken Hanano")


def event(event_id: str, date: dt.date, etype: str, sub: str, loc: Location | None, fatalities: int = 0,
          actors: tuple[ActorRef | None, ActorRef | None] = (GOV, REBELS)) -> Event:
    return Event(event_id, date, 1, etype, sub, actors[0], actors[1], (), loc, fatalities, (SOHR,), False, "", 0, 0)


def reading(*events: Event, claims: tuple[Claim, ...] = ()) -> Reading:
    doc = Document("d", "", dt.date(2016, 11, 27), "caller", "", "", "", "body")
    return Reading(doc, events, claims, ())


def gold_row(**kw: object) -> GoldRow:
    base = dict(row_id="1", headline="Regime forces control large parts of Masaken Hanano in Aleppo", published=dt.date(2016, 11, 26),
                outlet="SOHR", date_start=dt.date(2016, 11, 26), date_end=dt.date(2016, 11, 26), latitude=36.201241,
                longitude=37.161173, where_prec=1, where_name="Aleppo town", admin1="Aleppo Governorate",
                side_a="Government of Syria", side_b="Syrian insurgents", low=2, high=5)
    base.update(kw)
    return GoldRow(**base)  # type: ignore[arg-type]


# --- helpers ----------------------------------------------------------------------------------


def test_classification_scores_known_values() -> None:
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "B"]
    s = classification_scores(gold, pred)
    assert s.per_label["A"][:2] == (1.0, 0.5)
    assert s.per_label["B"][0] == pytest.approx(1 / 3)
    assert s.per_label["C"] == (0.0, 0.0, 0.0, 1)
    # F1: A 2/3, B 1/2, C 0; weighted by support 2,1,1
    assert s.weighted_f1 == pytest.approx((2 * 2 / 3 + 0.5) / 4)
    assert s.macro_f1 == pytest.approx((2 / 3 + 0.5) / 3)
    assert s.accuracy == 0.5
    assert s.confusion["C"] == {"B": 1}


def test_names_and_places() -> None:
    assert governorate_key("Ar Raqqah Governorate") == governorate_key("Raqqa")
    assert governorate_key("Rif Dimashq Governorate") == governorate_key("Damascus countryside")
    assert governorate_key("Damascus Governorate") != governorate_key("Rif Dimashq")
    assert governorate_key("Deir ez Zor Governorate") == governorate_key("Deir Ezzor")
    assert strip_place_type("Al Bab town") == "Al Bab"
    assert strip_place_type("Teir Maaleh village") == "Teir Maaleh"
    assert 300 < haversine_km(33.5138, 36.2765, 36.2021, 37.1343) < 320  # Damascus-Aleppo, great circle
    assert within_days(dt.date(2016, 11, 27), dt.date(2016, 11, 26))
    assert not within_days(dt.date(2016, 11, 28), dt.date(2016, 11, 26))


def test_ucdp_row_scoring() -> None:
    row = gold_row()
    assert names_place(row)  # "Aleppo" of "Aleppo town" is in the headline
    assert not names_place(gold_row(where_name="Al Bab town"))
    right = event("e1", dt.date(2016, 11, 26), "Battles", "Armed clash", HANANO, 3)
    scores = score_row(row, right)
    assert scores == {"found": True, "date": True, "place": True, "date_place": True, "side_a": True, "both_sides": True,
                      "deaths": True, "all_right": True}
    far = Location("Al Bab", "Aleppo", "Al Bab", "Syria", 36.37, 37.52, 1)
    wrong = event("e2", dt.date(2016, 11, 20), "Battles", "Armed clash", far, 9, (REBELS, None))
    scores = score_row(row, wrong)
    assert not scores["date"] and not scores["place"] and not scores["deaths"] and not scores["both_sides"] and not scores["all_right"]
    assert score_row(row, None)["found"] is False
    # coarse gold precision: the governorate decides
    assert score_row(gold_row(where_prec=4), wrong)["place"]
    # a where_prec-5 part of one governorate ("Northern Aleppo Governorate"): that governorate, or the country
    north = event("e3", dt.date(2016, 11, 26), "Battles", "Armed clash", Location("northern Aleppo", "Aleppo", "", "Syria", 36.5, 37.1, 2), 3)
    assert score_row(gold_row(where_prec=5, where_name="Northern Aleppo Governorate"), north)["place"]
    elsewhere = Location("northern Idlib", "Idleb", "", "Syria", 36.1, 36.6, 2)
    assert not score_row(gold_row(where_prec=5), event("e4", dt.date(2016, 11, 26), "Battles", "Armed clash", elsewhere, 3))["place"]
    country = Location("Syria", "", "", "Syria", 35.0, 38.0, 3)
    assert score_row(gold_row(where_prec=5, admin1=""), event("e5", dt.date(2016, 11, 26), "Battles", "Armed clash", country, 3))["place"]
    assert not score_row(gold_row(where_prec=6, admin1=""), north)["place"]


def test_ucdp_sides_and_chosen_event() -> None:
    assert sides_right(REBELS, GOV, "Government of Syria", "Syrian insurgents") == (True, True)
    assert sides_right(GOV, None, "Government of Syria", "Syrian insurgents") == (True, False)
    assert sides_right(GOV, REBELS, "IS", "SDF") == (False, False)
    # an allied side lists several actors joined by ", "
    assert sides_right(GOV, REBELS, "Government of Syria", "Ahrar al-Sham, Syrian insurgents")[1]
    a = event("a", dt.date(2016, 11, 26), "Battles", "Armed clash", ALEPPO, 2)
    b = event("b", dt.date(2016, 11, 26), "Battles", "Armed clash", ALEPPO, 7)
    c = event("c", dt.date(2016, 11, 26), "Battles", "Armed clash", ALEPPO, 7)
    assert chosen_event(reading(a, b, c)).event_id == "b"
    assert chosen_event(reading()) is None


def test_ucdp_chosen_event_prefers_one_reported_with_deaths() -> None:
    day = dt.date(2016, 11, 26)
    clash = event("clash", day, "Battles", "Armed clash", ALEPPO)
    deaths = event("deaths", day, "Not ACLED", "Deaths reported", HANANO)
    assert chosen_event(reading(clash, deaths)).event_id == "deaths"  # "clashes in X and casualties in Y"
    toll = Claim("t1", "casualties", None, "", SOHR, "shelled", "", "", "", "", None, "", 0, 0, False)
    shelled = replace(event("shelled", day, "Explosions/Remote violence", "Shelling/artillery/missile attack", HANANO), claim_ids=("t1",))
    assert chosen_event(reading(clash, shelled, claims=(toll,))).event_id == "shelled"
    # an event the reading could not place (a nationwide daily toll) is not the row's, whatever its toll
    unplaced = event("unplaced", day, "Battles", "Armed clash", None, 90)
    assert chosen_event(reading(unplaced, clash)).event_id == "clash"
    # a truce the toll of its violations was hung on is no lethal event
    truce = event("truce", day, "Strategic developments", "Agreement", ALEPPO, 40)
    assert chosen_event(reading(truce, clash)).event_id == "clash"
    # a counted toll still comes first, and a report of deaths is paired like any violent event
    counted = event("counted", day, "Battles", "Armed clash", ALEPPO, 3)
    assert chosen_event(reading(deaths, counted)).event_id == "counted"
    assert matched_events([gold_row(row_id="9")], reading(deaths), frozenset()) == {"9": deaths}


def test_ucdp_chosen_event_prefers_one_whose_words_tell_deaths() -> None:
    day = dt.date(2016, 11, 26)
    clash = replace(event("clash", day, "Battles", "Armed clash", ALEPPO), evidence="fighting goes on near the bridge")
    struck = replace(event("struck", day, "Explosions/Remote violence", "Air/drone strike", HANANO),
                     evidence="more casualties in the raid on the bakery")
    assert chosen_event(reading(clash, struck)).event_id == "struck"  # a toll beside an act leaves no claim
    hurt = replace(struck, event_id="hurt", evidence="two wounded in the raid on the bakery")
    assert chosen_event(reading(clash, hurt)).event_id == "clash"  # injuries are no deaths


def test_ucdp_rows_of_one_headline_pair_one_to_one_with_its_events() -> None:
    day = dt.date(2016, 11, 26)
    aleppo_row = gold_row(row_id="1")
    bab_row = gold_row(row_id="2", latitude=36.37, longitude=37.52, where_name="Al Bab town")
    third_row = gold_row(row_id="3", date_start=dt.date(2016, 10, 1), date_end=dt.date(2016, 10, 1))
    bab = Location("Al Bab", "Aleppo", "Al Bab", "Syria", 36.37, 37.52, 1)
    in_aleppo = event("a", day, "Battles", "Armed clash", ALEPPO)
    in_bab = event("b", day, "Explosions/Remote violence", "Air/drone strike", bab)
    talks = event("c", day, "Strategic developments", "Agreement", ALEPPO)
    paired = matched_events([aleppo_row, bab_row, third_row], reading(in_bab, talks, in_aleppo), frozenset())
    # each row its own event, best pairs first; no event serves two rows; non-violent events are never paired
    assert paired == {"1": in_aleppo, "2": in_bab, "3": None}
    assert matched_events([aleppo_row], None, frozenset()) == {"1": None}


def test_ucdp_headline_split_keeps_character_references_whole() -> None:
    joined = "Shells hit the &#8220;old market&#8221; in Idlib;Clashes near Saraqib"
    assert headline_text(joined) == "Shells hit the \u201cold market\u201d in Idlib\n\nClashes near Saraqib"
    assert headline_text(" One report ; ;") == "One report"


def test_annotated_pairing_and_fields() -> None:
    gold = {
        "events": [
            {"date": "2016-11-26", "event_type": ["Battles"], "sub_event_type": ["Government regains territory"],
             "places": ["Masaken Hanano", "Hanano"], "admin1": "Aleppo", "sides": ["government"], "sources": ["SOHR", "Syrian Observatory for Human Rights"]},
            {"date": "2016-11-27", "event_type": ["Explosions/Remote violence"], "places": ["Jabal Badro"], "admin1": "Aleppo"},
            {"date": "2016-11-27", "event_type": ["Battles"], "places": ["Aleppo"], "optional": True},
        ],
        "claims": [{"kind": ["killed"], "value": 4000, "source": ["SOHR", "Syrian Observatory for Human Rights"], "disputed": True}],
        "not_event_places": ["Amman", "Aleppo"],
    }
    hanano = event("e1", dt.date(2016, 11, 26), "Battles", "Armed clash", HANANO)
    extra = event("e2", dt.date(2016, 11, 27), "Battles", "Armed clash", ALEPPO)
    stray = event("e3", dt.date(2016, 11, 27), "Protests", "Peaceful protest", Location("Homs", "Homs", "", "Syria", 34.7, 36.7, 1))
    pairs = pair_events([stray, extra, hanano], gold["events"])
    assert pairs[0][0] == 2 and pairs[2][0] == 1 and 1 not in pairs
    claim = Claim("c1", "killed", 4000, "", SOHR, "e1", "", "", "", "", None, "", 0, 0, False)
    tally = Tally()
    score_reading(reading(stray, extra, hanano, claims=(claim,)), gold, tally)
    r = tally.ratios()
    assert r["events.found"] == 0.5  # Jabal Badro missing; the optional event is not counted
    assert r["events.sub_event_type"] == 0.0 and r["events.place"] == 0.5 and r["events.sides"] == 1.0
    assert r["events.precision"] == pytest.approx(2 / 3)  # the Homs protest matches nothing
    assert r["claims.found"] == 1.0 and r["claims.source"] == 1.0 and r["claims.disputed"] == 0.0
    assert r["not_event_places.ok"] == 0.5  # an event sits in Aleppo


def test_annotated_control_prefers_the_accepted_holder_skips_optional_and_scores_precision_when_complete() -> None:
    gold = {"control": [
        {"places": ["eastern Aleppo"], "holder": ["opposition"], "optional": True},
        {"places": ["Aleppo province", "Aleppo"], "holder": ["jihadist", "Nusra"], "date": "2016-11-27"},
        {"places": ["Hish"], "holder": ["government"]},
    ], "control_complete": True}
    day = dt.date(2016, 11, 27)
    held = (Control("Aleppo", "opposition", day, SOHR, "k1"), Control("Aleppo", "jihadist groups", day, SOHR, "k2"),
            Control("Homs", "government", day, SOHR, "k3"))
    doc = Document("d", "", day, "caller", "", "", "", "body")
    tally = Tally()
    score_reading(Reading(doc, (), (), held), gold, tally)
    r = tally.ratios()
    # the province's statement finds its record among two on Aleppo; Hish is missing; the optional one is not counted
    assert r["control.found"] == 0.5 and r["control.holder"] == 0.5 and r["control.date"] == 1.0
    assert r["control.precision"] == pytest.approx(2 / 3)  # Homs matches nothing
    tally = Tally()
    score_reading(Reading(doc, (), (), held), {"control": gold["control"]}, tally)
    assert "control.precision" not in tally.ratios()  # an annotation not marked complete scores no precision


def test_annotated_control_matches_a_gold_spelling_through_the_gazetteer() -> None:
    """A record carries the gazetteer's name ("Tall Abyad") and id; a gold "Tel Abyad" is the same place. A record
    on another place with a similar name is no match."""
    from frontwatch.reading.gazetteer import Gazetteer

    tall_abyad = Gazetteer.default().lookup("Tall Abyad", country_code="SY")[0]
    day = dt.date(2016, 2, 27)
    doc = Document("d", "", day, "caller", "", "", "", "body")
    gold = {"control": [{"places": ["Tel Abyad", "Tal Abyad"], "holder": ["Kurdish"]}]}
    tally = Tally()
    score_reading(Reading(doc, (), (), (Control("Tall Abyad", "Kurdish forces (YPG)", day, SOHR, "k1", tall_abyad.place_id),)), gold, tally)
    assert tally.ratios()["control.found"] == 1.0 and tally.ratios()["control.holder"] == 1.0
    tally = Tally()
    score_reading(Reading(doc, (), (), (Control("Tall Rifaat", "Kurdish forces (YPG)", day, SOHR, "k2", "SY:other"),)), gold, tally)
    assert tally.ratios()["control.found"] == 0.0


def test_geowebnews_scoring() -> None:
    text = "Shelling hit Afrin and Qamishli near Turkey."
    gold = GoldArticle("x", text, (GoldToponym(13, 18, "Afrin", "Literal", "170017", 36.51, 36.87),
                                   GoldToponym(23, 31, "Qamishli", "Literal", "", 37.05, 41.23)), ((37, 43),))
    afrin = Place("geonames:170017", "Afrin", "town", "Aleppo", "", "Syria", 36.51, 36.87, 1)
    wrong = Place("x", "Qamishli", "town", "", "", "Syria", 33.0, 36.0, 1)
    tally = Tally()
    tp_fp_fn = score_article(gold, [PlaceMention("Afrin", 13, 18, afrin), PlaceMention("Qamishli", 23, 31, wrong),
                                    PlaceMention("Turkey", 37, 43, None), PlaceMention("Shelling", 0, 8, None)], tally)
    assert tp_fp_fn == (2, 1, 0)  # Turkey is an ignored span, "Shelling" a false positive
    assert tally.ratios() == {"resolution.within_161km": 0.5, "resolution.exact_geonames": 1.0}  # Qamishli: no gold id
    assert geonames_id("geonames:170017") == "170017" and geonames_id("ucdp:12") == ""


# --- floors --------------------------------------------------------------------------------------


def _result(value: float) -> SuiteResult:
    return SuiteResult("case2021", {"weighted_f1": value, "macro_f1": 0.5}, {})


def test_floors_raise_lower_and_history(tmp_path: Path) -> None:
    floors, log = tmp_path / "floors.json", tmp_path / "floor_changes.log"
    changes = gate.raise_floors([_result(0.7777)], {"case2021": ["weighted_f1"]}, floors, log)
    assert changes[0][3] == 0.77 and gate.load_floors(floors) == {"case2021": {"weighted_f1": 0.77}}
    assert gate.raise_floors([_result(0.70)], None, floors, log) == []  # never lowers
    assert gate.check([_result(0.769)], gate.load_floors(floors))[0].floor == 0.77
    assert gate.check([_result(0.77)], gate.load_floors(floors)) == []
    assert gate.unexplained_lowerings(floors, log) == []
    # a floor lowered by hand (no reason logged) is caught
    payload = json.loads(floors.read_text())
    payload["floors"]["case2021"]["weighted_f1"] = 0.6
    floors.write_text(json.dumps(payload))
    assert gate.unexplained_lowerings(floors, log)
    payload["floors"]["case2021"]["weighted_f1"] = 0.77
    floors.write_text(json.dumps(payload))
    with pytest.raises(ValueError):
        gate.lower_floor("case2021", "weighted_f1", 0.6, "  ", floors, log)
    gate.lower_floor("case2021", "weighted_f1", 0.6, "new taxonomy mapping", floors, log)
    assert gate.unexplained_lowerings(floors, log) == []
    assert gate.floor_of(0.8799) == 0.87 and gate.floor_of(0.29 * 3) == 0.87


def test_committed_floors_have_history() -> None:
    """Every pinned floor below its logged maximum was lowered on purpose, with a reason."""
    assert gate.load_floors(), "eval/floors.json is empty"
    assert gate.unexplained_lowerings() == []
    assert set(gate.load_floors()) <= set(SUITES)


def test_every_suite_loads_under_its_own_name() -> None:
    """Modules and held-out sets alike answer to the name SUITES gives them; a held-out set is never gated."""
    from frontwatch.evaluation import load_suite
    from frontwatch.evaluation.annotated import ANNOTATIONS
    from frontwatch.evaluation.heldout import SETS

    for name in SUITES:
        suite = load_suite(name)
        assert suite.NAME == name and suite.DESCRIPTION and callable(suite.run)
    for held_out in SETS:
        assert held_out.GATED == () and SUITES[held_out.NAME].endswith(":" + held_out.NAME)
        assert list((ANNOTATIONS / held_out.folder).glob("fakes_*.json")), held_out.folder
        assert (ANNOTATIONS / held_out.folder / "README.md").is_file(), held_out.folder


def test_eval_command_help_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    from frontwatch.cli import main

    assert main(["eval", "nosuch"]) == 2
    assert "unknown suite" in capsys.readouterr().err
    assert main(["eval", "--lower-floor", "case2021:weighted_f1", "--to", "0.1"]) == 2


@pytest.mark.shared
@pytest.mark.slow
def test_quality_gate(tmp_path: Path) -> None:
    """CI's gate: the fast suites (seed, annotated, ucdp-headlines on its fixed 300-row sample, case2021)
    must hold every floor in eval/floors.json."""
    from frontwatch.cli import main

    shared = shared_path()
    code = main(["eval", "--gate", "--quiet", "--shared", str(shared), "--json-dir", str(tmp_path), *FAST])
    assert code == 0, "a score fell below its floor in eval/floors.json (see the GATE FAIL lines above)"
    results = {p.stem: json.loads(p.read_text()) for p in tmp_path.glob("*.json")}
    assert set(results) == set(FAST)
    assert results["ucdp-headlines"]["counts"]["rows"] == 300


def test_supporting_states_count_as_the_side_they_support() -> None:
    # The dictionary codes Russia and Hezbollah under the side they back (GED Syria gives Hezbollah a side of its
    # own only against Israel); an actor whose UCDP name the given GED actor list lacks counts as its side.
    russia = ActorRef("Military Forces of Russia (2000-)", "foreign forces", "government", "Russian warplanes")
    hezbollah = ActorRef("Hezbollah", "militia", "government", "Hezbollah fighters")
    turkey = ActorRef("Military Forces of Turkey (2002-)", "foreign forces", "opposition", "Turkish troops")
    known = frozenset({"government of syria", "syrian insurgents", "is"})
    assert sides_right(russia, REBELS, "Government of Syria", "Syrian insurgents") == (True, True)
    assert sides_right(hezbollah, REBELS, "Government of Syria", "Syrian insurgents") == (True, True)
    assert sides_right(turkey, GOV, "Government of Syria", "Syrian insurgents", known) == (True, True)
    assert sides_right(turkey, GOV, "Government of Syria", "Syrian insurgents") == (True, False)  # no GED actor list


def test_aleppo_one_to_one_recall() -> None:
    from frontwatch.evaluation.aleppo_recall import one_to_one

    d = dt.date(2016, 11, 26)
    ucdp = [("1", d, d), ("2", d, d), ("3", dt.date(2016, 12, 20), dt.date(2016, 12, 20))]
    events = [event("a", dt.date(2016, 11, 27), "Battles", "Armed clash", ALEPPO)]
    assert one_to_one(ucdp, events) == 1  # one extracted event stands for one UCDP event
    assert one_to_one(ucdp, events * 3) == 2


def test_verbose_pairing_rows() -> None:
    from frontwatch.evaluation.annotated import pairing_rows

    gold = {"events": [
        {"date": "2016-11-26", "event_type": ["Battles"], "places": ["Hanano"], "sides": ["opposition", "kurdish"]},
        {"date": "2016-11-27", "event_type": ["Battles"], "places": ["Jabal Badro"]},
    ]}
    rows = pairing_rows("x", reading(event("e1", dt.date(2016, 11, 26), "Battles", "Armed clash", HANANO)), gold)
    assert rows[0][4] == "sides" and rows[1][3:] == ("-", "MISSING")
