"""Fusion across articles, source identity, figures and disputes (frontwatch.situation)."""

from __future__ import annotations

import datetime as dt

import pytest
from situation_records import (
    ALEPPO,
    AL_BAB,
    CIVILIANS,
    EASTERN_ALEPPO,
    GOV,
    HANANO,
    HELLOK,
    IS,
    JABAL_BADRO,
    JIHADISTS,
    MILITARY,
    OUTLET,
    REBELS,
    SANA,
    SDF,
    SOHR,
    STATE_MEDIA,
    D,
    claim,
    event,
    place,
    reading,
)

from frontwatch.records import WEEK, ActorRef, Source
from frontwatch.situation import fusion
from frontwatch.situation.disputes import figures, find_disputes
from frontwatch.situation.fusion import FusionItem, fuse, fuse_group, fusion_keys
from frontwatch.situation.sources import distinct_sources, source_identity


def _two_reports() -> list:
    """The Jabal Badro capture as a newspaper citing SANA and as SANA citing a military source."""
    seed = reading("latimes", "Los Angeles Times", D(2016, 11, 27), (event("e2", D(2016, 11, 27), JABAL_BADRO, sources=(SANA,)),))
    sana = reading(
        "sana27",
        "sana",
        D(2016, 11, 27),
        (event("s1", D(2016, 11, 27), JABAL_BADRO, actor2=JIHADISTS, sources=(MILITARY,)),),
    )
    return [seed, sana]


# --- sources --------------------------------------------------------------------------------------


def test_outlets_repeating_sana_are_one_source() -> None:
    state = source_identity(SANA, "Los Angeles Times")
    assert state == "Syrian state media"
    assert source_identity(MILITARY, "sana") == state  # SANA's own anonymous source is SANA's account
    assert source_identity(Source("Syrian Arab News Agency", "state media"), "Reuters") == state
    assert source_identity(STATE_MEDIA, "Los Angeles Times") == state
    assert source_identity(MILITARY, "Reuters") == "Reuters"
    assert source_identity(OUTLET, "Los Angeles Times") == "Los Angeles Times"
    merged = distinct_sources(
        [(STATE_MEDIA, "Los Angeles Times"), (MILITARY, "sana"), (SANA, "Reuters"), (SOHR, "Reuters")]
    )
    assert [s.name for s in merged] == ["SANA", "Syrian Observatory for Human Rights"]  # the named one shows
    (alone,) = distinct_sources([(MILITARY, "sana")])
    assert alone.name == "a military source (via SANA)"


def test_anonymous_source_of_a_plain_outlet_is_shown_via_the_outlet() -> None:
    (only,) = distinct_sources([(Source("activists", "activists"), "Los Angeles Times")])
    assert only.name == "activists (via Los Angeles Times)"


# --- fusion ---------------------------------------------------------------------------------------


def test_jabal_badro_capture_reported_by_two_outlets_is_one_incident() -> None:
    incidents = fuse(_two_reports())
    assert len(incidents) == 1
    (inc,) = incidents
    assert inc.documents == ("latimes", "sana27")
    assert inc.event_ids == ("e2", "s1")
    assert inc.event_date == D(2016, 11, 27)
    assert inc.sub_event_type == "Government regains territory"
    assert inc.location is not None and inc.location.name == "Jabal Badro"
    assert [s.name for s in inc.sources] == ["SANA"]  # the newspaper only repeats SANA


def test_incident_id_is_a_content_hash_independent_of_input_order() -> None:
    forward, backward = fuse(_two_reports()), fuse(list(reversed(_two_reports())))
    assert forward == backward
    assert forward[0].incident_id == fusion.incident_id([("latimes", "e2"), ("sana27", "s1")])


def test_same_town_same_day_different_attack_types_stay_apart() -> None:
    a = reading("a", "Reuters", D(2016, 11, 27), (event("a1", D(2016, 11, 27), AL_BAB, sub="Armed clash"),))
    b = reading(
        "b",
        "sana",
        D(2016, 11, 27),
        (event("b1", D(2016, 11, 27), AL_BAB, event_type="Explosions/Remote violence", sub="Air/drone strike"),),
    )
    assert len(fuse([a, b])) == 2


def test_neighbouring_districts_are_different_places() -> None:
    a = reading("a", "Reuters", D(2016, 11, 27), (event("a1", D(2016, 11, 27), JABAL_BADRO),))
    b = reading("b", "sana", D(2016, 11, 27), (event("b1", D(2016, 11, 27), HELLOK),))
    assert len(fuse([a, b])) == 2


def test_a_city_contains_its_neighbourhood_and_an_area_its_districts() -> None:
    a = reading("a", "Reuters", D(2016, 11, 27), (event("a1", D(2016, 11, 27), ALEPPO, sub="Armed clash"),))
    b = reading("b", "sana", D(2016, 11, 27), (event("b1", D(2016, 11, 27), JABAL_BADRO),))
    (inc,) = fuse([a, b])
    assert inc.location == JABAL_BADRO  # the best-located report leads
    c = reading("c", "AFP", D(2016, 11, 27), (event("c1", D(2016, 11, 27), EASTERN_ALEPPO, sub="Armed clash"),))
    assert len(fuse([b, c])) == 1
    # A town 30 km away is not inside the city, whatever the governorate.
    d = reading("d", "AFP", D(2016, 11, 27), (event("d1", D(2016, 11, 27), AL_BAB),))
    assert len(fuse([a, d])) == 2


def test_day_precision_needs_the_same_day_week_precision_a_week() -> None:
    a = reading("a", "Reuters", D(2016, 11, 26), (event("a1", D(2016, 11, 26), JABAL_BADRO),))
    b = reading("b", "sana", D(2016, 11, 27), (event("b1", D(2016, 11, 27), JABAL_BADRO),))
    assert len(fuse([a, b])) == 2
    week = reading("w", "AFP", D(2016, 12, 1), (event("w1", D(2016, 12, 1), JABAL_BADRO, precision=WEEK),))
    assert len(fuse([b, week])) == 1


def test_incompatible_sides_stay_apart_and_order_of_actors_does_not_matter() -> None:
    a = reading("a", "Reuters", D(2016, 11, 27), (event("a1", D(2016, 11, 27), AL_BAB, sub="Armed clash", actor1=IS, actor2=SDF),))
    b = reading("b", "AFP", D(2016, 11, 27), (event("b1", D(2016, 11, 27), AL_BAB, sub="Armed clash"),))
    assert len(fuse([a, b])) == 2
    c = reading("c", "AFP", D(2016, 11, 27), (event("c1", D(2016, 11, 27), AL_BAB, sub="Armed clash", actor1=SDF, actor2=IS),))
    d = reading("d", "TRT", D(2016, 11, 27), (event("d1", D(2016, 11, 27), AL_BAB, sub="Armed clash", actor1=None, actor2=IS),))
    assert len(fuse([a, c, d])) == 1


def test_one_articles_events_are_never_merged_with_each_other() -> None:
    r = reading("a", "Reuters", D(2016, 11, 27), (event("a1", D(2016, 11, 27), ALEPPO), event("a2", D(2016, 11, 27), ALEPPO)))
    assert len(fuse([r])) == 2


def test_daily_clashes_in_one_city_do_not_chain_into_one_incident() -> None:
    # Each day reported by two outlets: a week of fighting is seven incidents, not one.
    readings = []
    for day in range(7):
        date = D(2016, 11, 20) + dt.timedelta(days=day)
        for outlet in ("Reuters", "sana"):
            readings.append(reading(f"{outlet}{day}", outlet, date, (event(f"{outlet}{day}e", date, ALEPPO, sub="Armed clash"),)))
    incidents = fuse(readings)
    assert len(incidents) == 7
    assert all(len(i.documents) == 2 for i in incidents)


def test_week_precision_report_fuses_across_a_block_boundary() -> None:
    # a is the last day of a 7-day block, b two days later in the next; the week-precision report reaches a.
    a = D(2016, 11, 20)
    a += dt.timedelta(days=(fusion.BLOCK_DAYS - 1 - a.toordinal() % fusion.BLOCK_DAYS))
    b = a + dt.timedelta(days=2)
    assert fusion_keys(FusionItem(event("x", a, ALEPPO), "d"))[0] != fusion_keys(FusionItem(event("y", b, ALEPPO), "d"))[0]
    ra = reading("a", "Reuters", a, (event("a1", a, JABAL_BADRO),))
    rb = reading("b", "AFP", b, (event("b1", b, JABAL_BADRO, precision=WEEK),))
    (inc,) = fuse([ra, rb])
    assert inc.event_date == a  # the day-precise report gives the date


def test_undated_or_unplaced_events_stay_alone() -> None:
    a = reading("a", "Reuters", None, (event("a1", None, ALEPPO),))
    b = reading("b", "AFP", None, (event("b1", None, ALEPPO),))
    c = reading("c", "AFP", D(2016, 11, 27), (event("c1", D(2016, 11, 27), None),))
    d = reading("d", "TRT", D(2016, 11, 27), (event("d1", D(2016, 11, 27), None),))
    assert len(fuse([a, b, c, d])) == 4


def test_fuse_group_matches_fuse_inside_one_block() -> None:
    items = [i for r in _two_reports() for i in fusion.items_of(r)]
    assert fuse_group(items) == fuse(_two_reports())


def test_blocking_keeps_fusion_near_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = fusion.compatible

    def counting(a: FusionItem, b: FusionItem) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(fusion, "compatible", counting)
    governorates = ["Aleppo", "Idlib", "Hama", "Homs", "Daraa", "Raqqa", "Deir ez-Zor", "Damascus", "Latakia", "Hasakah"]
    readings = []
    for n in range(3000):
        date = D(2016, 1, 1) + dt.timedelta(days=n % 300)
        loc = place(f"town {n % 40}", 35.0 + (n % 40) * 0.05, 37.0, admin1=governorates[n % 10])
        readings.append(reading(f"doc{n}", "Reuters", date, (event(f"e{n}", date, loc, sub="Armed clash"),)))
    incidents = fuse(readings)
    assert sum(len(i.event_ids) for i in incidents) == 3000
    assert calls < 3000 * 5, calls  # an all-pairs pass would make ~4.5 million (timings: bench/bench_fusion.py)


# --- figures and disputes ---------------------------------------------------------------------


def test_low_best_high_and_conservative_fatalities_across_outlets() -> None:
    seed = reading(
        "a",
        "Los Angeles Times",
        D(2016, 11, 27),
        (event("a1", D(2016, 11, 27), AL_BAB, sub="Armed clash", claim_ids=("k1", "k2")),),
        (claim("k1", "killed", 5, SANA, event_id="a1"), claim("k2", "killed", 12, SOHR, event_id="a1")),
    )
    wire = reading(
        "b",
        "Reuters",
        D(2016, 11, 27),
        (event("b1", D(2016, 11, 27), AL_BAB, sub="Armed clash"),),
        (claim("k3", "killed", 5, Source("Syrian Arab News Agency", "state media"), event_id="b1"),),
    )
    (inc,) = fuse([seed, wire])
    assert (inc.fatalities_low, inc.fatalities_best, inc.fatalities_high, inc.fatalities) == (5, 5, 12, 5)
    assert inc.claim_ids == ("k1", "k2", "k3")
    (dispute,) = inc.disputes
    assert dispute.kind == "killed"
    assert dispute.note == "5 per SANA vs 12 per Syrian Observatory for Human Rights"
    assert set(dispute.claim_ids) == {"k1", "k2", "k3"}


def test_hedged_figures_are_not_the_conservative_value_when_firm_ones_exist() -> None:
    claims = [
        claim("h", "killed", 2, Source("activists", "activists"), event_id="x", hedged=True),
        claim("f", "killed", 9, SOHR, event_id="x"),
    ]
    got = figures(claims, "killed", outlets={"h": "AFP", "f": "AFP"})
    assert (got.low, got.high, got.conservative) == (2, 9, 9)


def test_distinct_quantities_add_up() -> None:
    claims = [
        claim("c", "killed", 3, SOHR, event_id="x", subject="civilians"),
        claim("f", "killed", 7, SOHR, event_id="x", subject="fighters"),
    ]
    assert figures(claims, "killed").best == 10  # civilians and fighters add up
    assert find_disputes(claims) == []


def test_evacuee_dispute_in_one_article() -> None:
    """1,500 per state media vs 4,000 per SOHR through Hanano; SOHR's additional 6,000 is another flow."""
    claims = [
        claim("c1", "evacuated", 1500, STATE_MEDIA, origin="eastern Aleppo", via="Hanano", date=D(2016, 11, 27)),
        claim("c2", "displaced", 4000, SOHR, via="Hanano", date=D(2016, 11, 27)),
        claim("c3", "displaced", 6000, SOHR, destination="Sheikh Maqsoud", qualifier="additional", date=D(2016, 11, 27)),
        claim("c4", "besieged", 250000, OUTLET, place="eastern Aleppo", qualifier="estimated"),
    ]
    (dispute,) = find_disputes(claims)
    assert dispute.claim_ids == ("c1", "c2")
    assert dispute.values == (1500, 4000)
    assert dispute.sources == ("state media", "Syrian Observatory for Human Rights")
    assert dispute.note == "1,500 per state media vs 4,000 per Syrian Observatory for Human Rights"


def test_claims_on_different_places_or_from_one_source_are_not_disputes() -> None:
    claims = [
        claim("a", "killed", 5, SANA, place="Al Bab"),
        claim("b", "killed", 9, SOHR, place="Manbij"),
        claim("c", "killed", 4, SOHR, place="Al Bab", event_id="e"),
        claim("d", "killed", 6, SOHR, place="Al Bab", event_id="e"),
    ]
    disputes = find_disputes(claims)
    assert [d.claim_ids for d in disputes] == [("c", "a", "d")]  # ordered by value
    assert disputes[0].note == "4 per Syrian Observatory for Human Rights vs 5 per SANA vs 6 per Syrian Observatory for Human Rights"


# --- real articles ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_readings():  # type: ignore[no-untyped-def]
    """The seed (LA Times) and FA-KES's SANA article of 27 Nov 2016, read once."""
    from situation_records import real_seed_and_sana

    return real_seed_and_sana()


@pytest.mark.shared
def test_real_jabal_badro_capture_is_one_incident_behind_both_articles(real_readings) -> None:  # type: ignore[no-untyped-def]
    seed, sana = real_readings
    incidents = fuse([seed, sana])
    badro = [
        i
        for i in incidents
        if i.location is not None and "badro" in i.location.name.lower() and i.event_date == D(2016, 11, 27)
    ]
    assert len(badro) == 1, [(i.location and i.location.name, i.event_date, i.documents) for i in incidents]
    (inc,) = badro
    assert set(inc.documents) == {seed.document.doc_id, sana.document.doc_id}
    assert inc.sub_event_type == "Government regains territory"
    assert "SANA" in [s.name for s in inc.sources]
    # Fusion never loses an event: every event of both articles is in exactly one incident.
    assert sorted(e for i in incidents for e in i.event_ids) == sorted(e.event_id for r in (seed, sana) for e in r.events)


@pytest.mark.shared
def test_real_seed_evacuee_dispute(real_readings) -> None:  # type: ignore[no-untyped-def]
    seed, _ = real_readings
    disputes = find_disputes(seed.claims, outlets={c.claim_id: seed.document.outlet for c in seed.claims})
    values = [set(d.values) for d in disputes]
    assert {1500, 4000} in values, [(d.values, d.note) for d in disputes]
    (dispute,) = [d for d in disputes if set(d.values) == {1500, 4000}]
    assert "per state media" in dispute.note.lower() and "Syrian Observatory" in dispute.note
    assert 6000 not in dispute.values


def test_disputes_across_articles_count_a_repeated_source_once() -> None:
    from frontwatch.situation.disputes import find_disputes_across

    day = D(2016, 12, 15)
    pairs = [
        (claim("a", "evacuated", 3000, SANA, via="Ramouseh", date=day), "sana"),
        (claim("b", "evacuated", 3000, STATE_MEDIA, via="Ramouseh", date=day), "Reuters"),
        (claim("c", "evacuated", 8000, SOHR, via="Ramouseh", date=day), "AFP"),
        (claim("d", "evacuated", 9000, SOHR, via="Castello Road", date=day), "AFP"),
        (claim("e", "evacuated", 100, SANA, date=day), "sana"),
    ]
    (dispute,) = find_disputes_across(pairs)
    assert set(dispute.claim_ids) == {"a", "b", "c"}
    assert dispute.note == "3,000 per SANA vs 8,000 per Syrian Observatory for Human Rights"
    # Repeats of one source agree with each other: no dispute without a second source.
    assert find_disputes_across(pairs[:2]) == []


def test_a_figure_dated_away_from_the_incident_is_kept_but_not_counted() -> None:
    r = reading(
        "a",
        "Reuters",
        D(2016, 11, 27),
        (event("a1", D(2016, 11, 27), AL_BAB, sub="Armed clash"),),
        (claim("k1", "killed", 4, SOHR, event_id="a1", date=D(2016, 11, 27)), claim("k2", "killed", 300, SOHR, event_id="a1", date=D(2016, 11, 1))),
    )
    (inc,) = fuse([r])
    assert inc.claim_ids == ("k1", "k2")
    assert (inc.fatalities, inc.fatalities_high) == (4, 4)


def test_a_report_joins_the_best_fitting_incident_not_the_first_met() -> None:
    seed = reading(
        "a",
        "Los Angeles Times",
        D(2016, 11, 27),
        (event("a1", D(2016, 11, 27), HELLOK), event("a2", D(2016, 11, 27), JABAL_BADRO), event("a3", D(2016, 11, 27), HANANO)),
    )
    sana = reading("b", "sana", D(2016, 11, 27), (event("b1", D(2016, 11, 27), JABAL_BADRO, sources=(MILITARY,)),))
    city = reading("c", "AFP", D(2016, 11, 27), (event("c1", D(2016, 11, 27), ALEPPO, sub="Armed clash"),))
    incidents = fuse([seed, sana, city])
    together = [i.event_ids for i in incidents if len(i.event_ids) > 1]
    assert ("a2", "b1") in together or ("a2", "b1", "c1") in together
    assert len(incidents) == 3


def test_a_month_precision_report_does_not_glue_weeks_together() -> None:
    from frontwatch.records import MONTH

    days = [D(2016, 11, 3), D(2016, 11, 12), D(2016, 11, 21), D(2016, 11, 29)]
    readings = [
        reading(f"d{n}", "Reuters", day, (event(f"e{n}", day, JABAL_BADRO, sub="Armed clash"),)) for n, day in enumerate(days)
    ]
    readings.append(reading("m", "AFP", D(2016, 11, 15), (event("m1", D(2016, 11, 15), JABAL_BADRO, sub="Armed clash", precision=MONTH),)))
    incidents = fuse(readings)
    assert len(incidents) == 4
    assert sorted(len(i.event_ids) for i in incidents) == [1, 1, 1, 2]
    assert sorted(e for i in incidents for e in i.event_ids) == ["e0", "e1", "e2", "e3", "m1"]


def test_property_every_event_in_exactly_one_incident_whatever_the_order() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from frontwatch.records import DAY, MONTH

    places = [JABAL_BADRO, HELLOK, HANANO, ALEPPO, EASTERN_ALEPPO, AL_BAB]
    subs = ["Armed clash", "Government regains territory", "Air/drone strike"]
    spec = st.tuples(st.integers(0, 5), st.integers(0, 40), st.sampled_from(places), st.sampled_from(subs), st.sampled_from([DAY, DAY, WEEK, MONTH]))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(spec, min_size=1, max_size=25), st.randoms(use_true_random=False))
    def check(specs, rnd) -> None:  # type: ignore[no-untyped-def]
        docs: dict[int, list] = {}
        for n, (doc, day, loc, sub, precision) in enumerate(specs):
            date = D(2016, 11, 1) + dt.timedelta(days=day)
            etype = "Explosions/Remote violence" if sub == "Air/drone strike" else "Battles"
            docs.setdefault(doc, []).append(event(f"e{n}", date, loc, event_type=etype, sub=sub, precision=precision))
        readings = [reading(f"doc{d}", "Reuters", D(2016, 11, 1), tuple(evs)) for d, evs in docs.items()]
        incidents = fuse(readings)
        assert sorted(e for i in incidents for e in i.event_ids) == sorted(f"e{n}" for n in range(len(specs)))
        assert all(len(i.documents) == len(i.event_ids) for i in incidents)  # one article, one event per incident
        shuffled = list(readings)
        rnd.shuffle(shuffled)
        assert fuse(shuffled) == incidents

    check()


def test_catch_all_types_and_country_wide_places_need_the_same_named_actors() -> None:
    syria = place("Syria", 35.0, 38.0, precision=3, admin1="", admin2="", pid="SY")
    envoy = ActorRef("United Nations", "international organisation", "neutral", "the U.N. envoy")
    day = D(2016, 11, 19)
    a = reading("a", "Reuters", day, (event("a1", day, syria, event_type="Strategic developments", sub="Other", actor1=envoy, actor2=GOV),))
    b = reading("b", "AFP", day, (event("b1", day, syria, event_type="Strategic developments", sub="Other", actor1=None, actor2=GOV),))
    c = reading("c", "TRT", day, (event("c1", day, syria, event_type="Strategic developments", sub="Other", actor1=GOV, actor2=envoy),))
    incidents = fuse([a, b, c])
    assert sorted(i.event_ids for i in incidents) == [("a1", "c1"), ("b1",)]
    d = reading("d", "AFP", day, (event("d1", day, AL_BAB, event_type="Strategic developments", sub="Other"),))
    e = reading("e", "TRT", day, (event("e1", day, AL_BAB, event_type="Strategic developments", sub="Other", actor2=CIVILIANS),))
    assert len(fuse([d, e])) == 2


def test_children_among_the_dead_are_not_added_to_the_toll() -> None:
    claims = [
        claim("a", "killed", 86, SOHR, event_id="x", subject="people"),
        claim("b", "killed", 30, SOHR, event_id="x", subject="children"),
        claim("c", "killed", 70, SANA, event_id="x", subject="people"),
        claim("f", "killed", 5, SANA, event_id="x", subject="families"),
    ]
    got = figures(claims, "killed")
    assert (got.low, got.best, got.high, got.conservative) == (70, 70, 86, 70)
    civilians_and_fighters = [
        claim("d", "killed", 10, SOHR, event_id="x", subject="civilians"),
        claim("e", "killed", 4, SOHR, event_id="x", subject="fighters"),
        claim("g", "killed", 12, SANA, event_id="x", subject=""),
    ]
    got = figures(civilians_and_fighters, "killed")
    assert (got.low, got.high) == (12, 14)  # SOHR's account: 10 civilians + 4 fighters; SANA's: 12


def test_vague_words_count_only_without_numbers_and_additional_figures_raise_the_high_end() -> None:
    dozens = claim("v", "killed", 12, Source("activists", "activists"), event_id="x", qualifier="vague")
    assert figures([dozens], "killed", outlets={"v": "AFP"}).conservative == 12  # ACLED: "dozens" = 12
    precise = claim("p", "killed", 30, SOHR, event_id="x")
    assert figures([dozens, precise], "killed").low == 30
    more = claim("m", "killed", 200, SOHR, event_id="x", qualifier="additional")
    got = figures([precise, more], "killed")
    assert (got.low, got.best, got.high, got.conservative) == (30, 30, 230, 30)


def test_precise_reports_pair_before_a_month_dated_area_report_takes_one() -> None:
    """A month-dated clash "in eastern Aleppo" (earlier in the month) could hold either capture of Jabal Badro;
    the two day-dated reports of the capture still become one incident, and the area report stays apart."""
    from frontwatch.records import MONTH

    area = event("m1", D(2016, 11, 6), EASTERN_ALEPPO, sub="Armed clash", actor1=None, actor2=None, precision=MONTH)
    same_article = event("a1", D(2016, 11, 27), JABAL_BADRO)
    other_article = event("b1", D(2016, 11, 27), JABAL_BADRO, sources=(MILITARY,))
    incidents = fuse([
        reading("b", "Los Angeles Times", D(2016, 11, 27), (area, same_article)),
        reading("a", "sana", D(2016, 11, 27), (other_article,)),  # read first among the day's reports
    ])
    capture = [i for i in incidents if set(i.event_ids) & {"a1", "b1"}]
    assert len(capture) == 1 and set(capture[0].event_ids) == {"a1", "b1"}, [(i.event_ids, i.documents) for i in incidents]
    assert [i.event_ids for i in incidents if "m1" in i.event_ids] == [("m1",)]
