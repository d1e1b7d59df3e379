"""The control timeline: intervals per place, who held it on a day, its history, contested claims."""

from __future__ import annotations

import datetime as dt

import pytest
from situation_records import ARMY, OUTLET, SANA, SOHR, D, control

from frontwatch.records import ControlInterval, Source
from frontwatch.situation.control import control_timeline, history, holder_on, normalise_holder

CAPTION = Source("Los Angeles Times", "outlet", "", "caption")


def _seed_statements() -> list:
    """The seed's control statements as EXPECTED.md lists them, plus the 2012 fall of Hanano."""
    return [
        (control("Hanano Housing", "rebels", D(2012, 11, 15), OUTLET, "h0", since=True), "latimes"),
        (control("Hanano Housing", "the Syrian army", D(2016, 11, 26), ARMY, "h1", since=True), "latimes"),
        (control("Jabal Badro", "government troops", D(2016, 11, 27), SANA, "j1", since=True), "latimes"),
        (control("Sheikh Maqsoud", "a Kurdish militia", D(2016, 11, 27), OUTLET, "s1"), "latimes"),
        (control("Jibreen", "government-held", D(2016, 11, 27), CAPTION, "g1"), "latimes"),
        (control("Idlib province", "opposition-held", D(2016, 11, 27), OUTLET, "i1"), "latimes"),
    ]


def _by_place(intervals: list[ControlInterval]) -> dict[str, ControlInterval]:
    return {i.place: i for i in intervals}


def test_who_held_each_place_on_28_november_and_per_whom() -> None:
    on = _by_place(holder_on(control_timeline(_seed_statements()), D(2016, 11, 28)))
    assert {p: i.holder for p, i in on.items()} == {
        "Hanano Housing": "government",
        "Jabal Badro": "government",
        "Sheikh Maqsoud": "Kurdish forces (YPG)",
        "Jibreen": "government",
        "Idlib province": "opposition",
    }
    assert on["Jabal Badro"].sources == ("SANA",)
    assert on["Jabal Badro"].start == D(2016, 11, 27) and on["Jabal Badro"].end is None
    assert on["Hanano Housing"].claim_ids == ("h1",)
    assert not any(i.contested for i in on.values())


def test_before_the_offensive_hanano_was_rebel_held_and_jabal_badro_unknown() -> None:
    on = _by_place(holder_on(control_timeline(_seed_statements()), D(2016, 11, 20)))
    assert on["Hanano Housing"].holder == "opposition"
    assert "Jabal Badro" not in on  # nothing said about it before its capture


def test_history_of_a_place_closes_the_old_holder_the_day_before() -> None:
    hanano = history(control_timeline(_seed_statements()), "hanano housing")
    assert [(i.holder, i.start, i.end) for i in hanano] == [
        ("opposition", D(2012, 11, 15), D(2016, 11, 25)),
        ("government", D(2016, 11, 26), None),
    ]
    assert history(control_timeline(_seed_statements()), "Jabal Badro")[0].claim_ids == ("j1",)


def test_spellings_of_a_place_and_of_a_holder_are_one() -> None:
    statements = [
        (control("al-Sakhour", "Syrian army", D(2016, 11, 28), SANA, "a", since=True), "sana"),
        (control("Sakhour", "government forces", D(2016, 11, 29), SOHR, "b"), "afp"),
    ]
    (interval,) = control_timeline(statements)
    assert interval.holder == "government"
    assert interval.claim_ids == ("a", "b")
    assert interval.sources == ("SANA", "Syrian Observatory for Human Rights")
    assert history([interval], "as-Sakhour") == [interval]


def test_a_place_id_joins_names_the_text_spells_differently() -> None:
    statements = [
        (control("Masaken Hanano", "army", D(2016, 11, 26), SANA, "a", since=True, pid="csr:65"), "sana"),
        (control("Hanano Housing", "rebels", D(2016, 12, 1), SOHR, "b", since=True, pid="csr:65"), "afp"),
    ]
    intervals = control_timeline(statements)
    assert [(i.holder, i.end) for i in intervals] == [("government", D(2016, 11, 30)), ("opposition", None)]
    assert history(intervals, "csr:65") == intervals


def test_conflicting_claims_on_one_day_are_contested() -> None:
    statements = [
        (control("Sheikh Saeed", "the army", D(2016, 12, 3), SANA, "a", since=True), "sana"),
        (control("Sheikh Saeed", "rebels", D(2016, 12, 3), SOHR, "b", since=True), "afp"),
        (control("Sheikh Saeed", "government forces", D(2016, 12, 3), Source("Reuters", "wire agency"), "c", since=True), "reuters"),
    ]
    (interval,) = control_timeline(statements)
    assert interval.holder == "government"  # backed by two independent sources
    assert interval.contested and interval.contenders == ("opposition",)
    assert interval.sources == ("SANA", "Reuters") and set(interval.claim_ids) == {"a", "b", "c"}
    assert holder_on([interval], D(2016, 12, 3)) == [interval]


def test_a_capture_settles_an_as_of_statement_the_same_day() -> None:
    statements = [
        (control("Jabal Badro", "rebels", D(2016, 11, 27), SOHR, "a"), "afp"),
        (control("Jabal Badro", "army", D(2016, 11, 27), SANA, "b", since=True), "sana"),
    ]
    (interval,) = control_timeline(statements)
    assert interval.holder == "government" and not interval.contested


def test_an_as_of_statement_for_another_holder_starts_a_new_interval() -> None:
    statements = [
        (control("Manbij", "IS", D(2016, 5, 1), SOHR, "a"), "afp"),
        (control("Manbij", "ISIS terrorists", D(2016, 6, 1), SANA, "b"), "sana"),
        (control("Manbij", "SDF", D(2016, 8, 12), SOHR, "c"), "afp"),
    ]
    intervals = control_timeline(statements)
    assert [(i.holder, i.start, i.end) for i in intervals] == [
        ("Islamic State", D(2016, 5, 1), D(2016, 8, 11)),
        ("Kurdish forces (YPG)", D(2016, 8, 12), None),
    ]
    assert intervals[0].claim_ids == ("a", "b")


def test_undated_statements_make_one_open_interval_and_order_does_not_matter() -> None:
    statements = [(control("Tal Rifaat", "rebels", None, SOHR, "a"), "afp")]
    (interval,) = control_timeline(statements)
    assert (interval.holder, interval.start, interval.end) == ("opposition", None, None)
    forward = control_timeline(_seed_statements())
    assert control_timeline(list(reversed(_seed_statements()))) == forward


@pytest.mark.parametrize(
    ("words", "holder"),
    [
        ("the Syrian army", "government"),
        ("pro-government forces", "government"),
        ("opposition-held", "opposition"),
        ("ISIS terrorists", "Islamic State"),
        ("a Kurdish militia", "Kurdish forces (YPG)"),
        ("Jabhat al-Nusra terrorists", "jihadist groups"),
        ("Hezbollah", "government"),
        ("the tribes of the area", "the tribes of the area"),
    ],
)
def test_holders_are_normalised_to_sides(words: str, holder: str) -> None:
    assert normalise_holder(words) == holder


@pytest.mark.shared
def test_real_control_on_28_november_from_the_seed_and_sana() -> None:
    """Issue 4's acceptance: with the seed and SANA's article of 27 Nov 2016 read, Hanano and Jabal Badro
    are held by the government on 28 Nov 2016 (and Sheikh Maqsoud by the Kurdish YPG)."""
    from situation_records import real_seed_and_sana

    readings = real_seed_and_sana()
    intervals = control_timeline((c, r.document.doc_id) for r in readings for c in r.control)
    held = {i.place.lower(): i.holder for i in holder_on(intervals, D(2016, 11, 28))}
    assert any("badro" in p and h == "government" for p, h in held.items()), held
    assert any("hanano" in p and h == "government" for p, h in held.items()), held
    assert any("maq" in p and h == "Kurdish forces (YPG)" for p, h in held.items()), held
    badro = history(intervals, "Jabal Badro")
    assert badro and badro[-1].start == D(2016, 11, 27) and badro[-1].claim_ids


def test_property_intervals_of_a_place_never_overlap() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from frontwatch.situation.control import place_key

    sources = [SANA, SOHR, ARMY, OUTLET]
    spec = st.tuples(
        st.sampled_from(["Jabal Badro", "al-Sakhour", "Hanano"]),
        st.sampled_from(["army", "rebels", "YPG", "ISIS"]),
        st.integers(0, 30),
        st.integers(0, 3),
        st.booleans(),
    )

    @settings(max_examples=80, deadline=None)
    @given(st.lists(spec, min_size=1, max_size=30))
    def check(specs) -> None:  # type: ignore[no-untyped-def]
        statements = [
            (control(p, h, D(2016, 11, 1) + dt.timedelta(days=day), sources[s], f"c{n}", since=since), f"doc{n}")
            for n, (p, h, day, s, since) in enumerate(specs)
        ]
        intervals = control_timeline(statements)
        assert sorted(c for i in intervals for c in i.claim_ids) == sorted(f"c{n}" for n in range(len(specs)))
        for day in range(31):
            on = holder_on(intervals, D(2016, 11, 1) + dt.timedelta(days=day))
            keys = [place_key(i.place) for i in on]
            assert len(keys) == len(set(keys))  # one holder per place per day
        for i in intervals:
            assert i.end is None or i.start is None or i.start <= i.end

    check()
