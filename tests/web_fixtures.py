"""A small store written through the store's own writers, for the web API tests.

The records are made by hand (two articles, a disputed figure, a displacement flow, control of two
neighbourhoods changing hands, a contested one), so the API tests know exactly what must come back
whatever the reading pipeline currently extracts. The browser tests use the real ingest instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from frontwatch.records import (
    ActorRef,
    Claim,
    Control,
    ControlInterval,
    Dispute,
    Document,
    Event,
    Incident,
    Location,
    Reading,
    Source,
)

STATE = Source("SANA", "state media", "pro-government", "state news agency SANA")
MONITOR = Source("Syrian Observatory for Human Rights", "monitor", "pro-opposition", "the Observatory")
GOV = ActorRef("Military Forces of Syria (2000-)", "state forces", "government", "the army")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebel group", "opposition", "rebels")
HANANO = Location("Hanano", "Aleppo", "Jebel Saman", "Syria", 36.2226, 37.1824, 1, "nbh-hanano", "Masaken Hanano")
BAB_NAIRAB = Location("Bab al-Nairab", "Aleppo", "Jebel Saman", "Syria", 36.1934, 37.1728, 1, "nbh-bab-nairab", "Bab al-Nairab")

BODY_A = (
    "The army took Masaken Hanano on Saturday, state media said. SANA said 1,500 civilians left eastern Aleppo "
    "for Jibreen. A reader's <script>alert(1)</script> note and <img src=x onerror=alert(2)> stay text."
)
BODY_B = (
    "The Syrian Observatory for Human Rights said 4,000 civilians fled eastern Aleppo to Jibreen on Saturday. "
    "Shelling killed 12 people in Bab al-Nairab on Sunday, the Observatory said."
)


def _span(body: str, words: str) -> tuple[int, int]:
    start = body.index(words)
    return start, start + len(words)


def _claim(cid: str, body: str, words: str, value: int | None, source: Source, event_id: str, **kw: object) -> Claim:
    start, end = _span(body, words)
    fields: dict[str, object] = dict(
        claim_id=cid, kind="displaced", value=value, qualifier="", source=source, event_id=event_id, place="",
        origin="", via="", destination="", date=dt.date(2016, 11, 26), quote=words, start=start, end=end,
        hedged=False, words=str(value),
    )
    fields.update(kw)
    return Claim(**fields)  # type: ignore[arg-type]


def build(path: Path) -> dict[str, str]:
    """Write the sample store at ``path``; returns the ids the tests look for."""
    from frontwatch.store.db import open_db, replace_situation, transaction, write_reading

    doc_a = Document("docaaaaaaaaaaaa", "Army takes Hanano", dt.date(2016, 11, 27), "caller", "", "State bulletin", "", BODY_A)
    doc_b = Document("docbbbbbbbbbbbb", "Thousands flee", dt.date(2016, 11, 27), "caller", "", "Monitor digest", "", BODY_B)
    s, e = _span(BODY_A, "The army took Masaken Hanano on Saturday")
    ev_a = Event("ev_a", dt.date(2016, 11, 26), 1, "Battles", "Government regains territory", GOV, REBELS, (), HANANO,
                 0, (STATE,), False, BODY_A[s:e], s, e, ("cl_a1", "cl_a2"))
    s, e = _span(BODY_B, "Shelling killed 12 people in Bab al-Nairab on Sunday")
    ev_b = Event("ev_b", dt.date(2016, 11, 27), 1, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                 None, None, (), BAB_NAIRAB, 12, (MONITOR,), False, BODY_B[s:e], s, e, ("cl_b2",))
    cl_a1 = _claim("cl_a1", BODY_A, "SANA said 1,500 civilians left eastern Aleppo for Jibreen", 1500, STATE, "ev_a",
                   origin="eastern Aleppo", destination="Jibreen", disputed_with=("cl_b1",))
    cl_a2 = _claim("cl_a2", BODY_A, "The army took Masaken Hanano on Saturday", None, STATE, "ev_a", kind="control",
                   place="Masaken Hanano", holder="Military Forces of Syria (2000-)")
    cl_b1 = _claim("cl_b1", BODY_B, "said 4,000 civilians fled eastern Aleppo to Jibreen", 4000, MONITOR, "",
                   origin="eastern Aleppo", destination="Jibreen", disputed_with=("cl_a1",))
    cl_b2 = _claim("cl_b2", BODY_B, "Shelling killed 12 people in Bab al-Nairab", 12, MONITOR, "ev_b", kind="killed",
                   date=dt.date(2016, 11, 27))
    reading_a = Reading(doc_a, (ev_a,), (cl_a1, cl_a2),
                        (Control("Masaken Hanano", "Military Forces of Syria (2000-)", dt.date(2016, 11, 26), STATE, "cl_a2", since=True),))
    reading_b = Reading(doc_b, (ev_b,), (cl_b1, cl_b2), ())
    dispute = Dispute("displaced", ("cl_a1", "cl_b1"), (1500, 4000), (STATE.name, MONITOR.name), "1,500 per SANA vs 4,000 per SOHR")
    inc_a = Incident("inc_hanano", ev_a.event_date, 1, ev_a.event_type, ev_a.sub_event_type, GOV, REBELS, (), HANANO,
                     0, 0, 0, 0, (STATE, MONITOR), False, ev_a.evidence, (doc_a.doc_id, doc_b.doc_id), ("ev_a",),
                     ("cl_a1", "cl_a2", "cl_b1"), (dispute,))
    inc_b = Incident("inc_nairab", ev_b.event_date, 1, ev_b.event_type, ev_b.sub_event_type, None, None, (), BAB_NAIRAB,
                     12, 12, 12, 12, (MONITOR,), False, ev_b.evidence, (doc_b.doc_id,), ("ev_b",), ("cl_b2",))
    intervals = [
        ControlInterval("Hanano", "nbh-hanano", "Opposition Rebels (Syria)", None, dt.date(2016, 11, 26), (), ("outlet",)),
        ControlInterval("Hanano", "nbh-hanano", "Military Forces of Syria (2000-)", dt.date(2016, 11, 26), None, ("cl_a2",), ("SANA",)),
        ControlInterval("Sheikh Saeed", "", "Military Forces of Syria (2000-)", dt.date(2016, 11, 27), None, (), ("SANA",),
                        True, ("Opposition Rebels (Syria)",)),
    ]
    conn = open_db(path)
    with transaction(conn):
        write_reading(conn, reading_a)
        write_reading(conn, reading_b)
        replace_situation(conn, [inc_a, inc_b], [dispute], intervals)
    conn.close()
    return {"incident": "inc_hanano", "shelling": "inc_nairab", "doc_xss": doc_a.doc_id, "doc_b": doc_b.doc_id}
