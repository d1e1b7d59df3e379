"""Page -> Document: the seed page's furniture, FA-KES run-in pages, HTML, headline-only input."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
import frontwatch
from frontwatch.errors import InputError
from frontwatch.reading.cleaning import is_credit, is_titlelike, tagline_author
from frontwatch.reading.documents import content_id, read_document
from frontwatch.records import Document


def _section(markdown: str, number: int) -> str:
    return re.split(r"^## ", markdown, flags=re.M)[number]


def _row(section: str, item: str) -> str:
    line = next(line for line in section.splitlines() if line.startswith(f"| {item}"))
    return line.split("|")[2].strip()


@pytest.fixture(scope="module")
def seed() -> tuple[Document, str, str]:
    raw = shared_path("seed", "000_82fb5c8a9c3c66ef.txt").read_bytes()
    expected = _section(shared_path("seed", "EXPECTED.md").read_text(encoding="utf-8"), 1)
    return read_document(raw), raw.decode("utf-8"), expected


def _removed(document: Document, kind: str) -> list[str]:
    return [r.text for r in document.removed if r.kind == kind]


def test_seed_headline_and_section_label(seed: tuple[Document, str, str]) -> None:
    document, _, expected = seed
    assert document.title == _row(expected, "headline")
    label = re.findall(r'"([^"]+)"', _row(expected, "section label"))[0]
    assert _removed(document, "section_label") == [label]
    assert label not in document.body and document.title not in document.body


def test_seed_photo_blocks(seed: tuple[Document, str, str]) -> None:
    document, raw, expected = seed
    photo_title = re.findall(r'"([^"]+)"', _row(expected, "photo blocks"))[0]
    assert _removed(document, "photo_title") == [photo_title]
    # every caption once, none in the body; the copies printed twice are removed as duplicates
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    printed_twice = {a for a, b in zip(lines, lines[1:]) if a == b}
    assert printed_twice and printed_twice <= set(document.captions)
    assert len(document.captions) == len(set(document.captions)) == 3
    assert sorted(_removed(document, "duplicate")) == sorted(printed_twice)
    for caption in document.captions:
        assert caption not in document.body
        assert raw.count(caption) >= 1


def test_seed_credit_lines(seed: tuple[Document, str, str]) -> None:
    document, _, expected = seed
    credits = re.findall(r'"(\([^"]+\))"', _row(expected, "credit lines"))
    assert len(credits) == 2
    removed = [" ".join(c.split()) for c in _removed(document, "credit")]
    for credit in credits:
        assert " ".join(credit.split()) in removed
    assert "Getty Images" not in document.body and "Pressphoto" not in document.body


def test_seed_tagline_byline_related_promo(seed: tuple[Document, str, str]) -> None:
    document, raw, expected = seed
    tagline = re.findall(r'"([^"]+)"', _row(expected, "byline / tagline"))[0]
    assert _removed(document, "tagline") == [tagline]
    assert document.byline == re.search(r"byline = (\w+)", _row(expected, "byline / tagline")).group(1)
    promo = re.findall(r'"([^"]+)"', _row(expected, "related links"))[0]
    assert promo in _removed(document, "promo")
    related = _removed(document, "related")
    assert len(related) == 3
    # the related headlines are the lines after the tagline, in page order
    after = [line.strip() for line in raw.split(tagline, 1)[1].splitlines() if line.strip()]
    assert related == [line for line in after if line != promo]
    for text in [tagline, promo, *related]:
        assert text not in document.body


def test_seed_body_and_date(seed: tuple[Document, str, str]) -> None:
    document, raw, expected = seed
    assert document.published == dt.date(2016, 11, 27)
    assert "2016-11-27" in _row(expected, "publication date")
    assert document.published_source == "inferred:caption"
    paragraphs = document.body.split("\n\n")
    assert len(paragraphs) == 24
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)
    # paragraphs in page order, each a line of the page
    flat = " ".join(raw.split())  # the body collapses runs of spaces
    positions = [flat.find(p[:60]) for p in paragraphs]
    assert all(pos >= 0 for pos in positions) and positions == sorted(positions)
    assert document.doc_id == content_id(document.body) and re.fullmatch(r"[0-9a-f]{16}", document.doc_id)
    assert read_document(raw.encode("utf-8")).doc_id == document.doc_id


def test_caller_date_and_title_win(seed: tuple[Document, str, str]) -> None:
    _, raw, _ = seed
    given = read_document(raw, published="2016-11-28", title="Aleppo rebels in retreat", outlet="Los Angeles Times")
    assert (given.published, given.published_source) == (dt.date(2016, 11, 28), "caller")
    assert given.title == "Aleppo rebels in retreat" and given.outlet == "Los Angeles Times"
    assert read_document(raw, published=dt.date(2016, 11, 29)).published == dt.date(2016, 11, 29)


def test_a_page_title_loses_the_site_name_and_section_crumbs_it_closes_on() -> None:
    text = "Army gunships fired on a tent camp near the village of Nassib on Monday killing nine people, activists said."
    page = read_document(text, published="2015-03-02", outlet="ahram",
                         title="Gunship fire on tent camp kills nine activists - Region - World - Ahram Online")
    assert page.title == "Gunship fire on tent camp kills nine activists"
    assert read_document(text, title="Blast kills four in Hama | Jordan Times").title == "Blast kills four in Hama"
    # a credit closing a wire headline is no site name: it stays
    assert read_document(text, title="Missile strike kills three - Hama Governor").title == "Missile strike kills three - Hama Governor"
    # the site's name never becomes the lede's place
    reading = frontwatch.extract(text, published="2015-03-02", outlet="ahram",
                                 title="Gunship fire on tent camp kills nine activists - Region - World - Ahram Online")
    assert all(e.location is None or e.location.country == "Syria" for e in reading.events)


def test_line_shapes() -> None:
    assert is_credit("(Jane Roe / Reuters)") and is_credit("(AFP)") and is_credit("Photo: Anadolu Agency")
    assert not is_credit("(The figure could not be verified.)")
    assert is_titlelike("Rebels lose ground in Aleppo") and not is_titlelike("Rebels lost ground, activists said.")
    assert tagline_author("Smith is a staff writer.") == "Smith"
    assert tagline_author("Jane Roe and John Doe are special correspondents.") == "Jane Roe and John Doe"
    assert tagline_author("Assad is a dictator, the rebels said.") is None


def test_own_page_with_reuters_dateline_and_repeated_caption() -> None:
    page = "\n".join(
        [
            "Middle East",
            "",
            "Army pushes into rebel-held district of Deir ez-Zor",
            "",
            "By Jane Roe",
            "",
            "BEIRUT (Reuters) - Syrian troops pushed into a rebel-held district of Deir ez-Zor on Saturday, a monitor said.",
            "",
            "Smoke rises over the city on Saturday.",
            "Smoke rises over the city on Saturday.",
            "",
            "The offensive began a week ago. Residents said food was running short in the besieged quarters.",
            "",
            "Related",
            "Russia and Turkey agree on truce talks",
            "Aid convoy reaches Madaya",
            "",
            "Follow us on Twitter",
        ]
    )
    document = read_document(page, published="2016-12-03")
    assert document.title == "Army pushes into rebel-held district of Deir ez-Zor"
    assert document.byline == "Jane Roe"
    kinds = [(r.kind, r.text) for r in document.removed]
    assert ("section_label", "Middle East") in kinds
    assert ("dateline", "BEIRUT (Reuters) -") in kinds
    assert document.captions == ("Smoke rises over the city on Saturday.",)
    assert [t for k, t in kinds if k == "related"] == ["Russia and Turkey agree on truce talks", "Aid convoy reaches Madaya"]
    assert ("promo", "Follow us on Twitter") in kinds
    assert document.body.startswith("Syrian troops pushed")
    assert document.body.endswith("besieged quarters.") and document.body.count("\n\n") == 1


def _fakes_rows(name: str) -> list[dict[str, str]]:
    with shared_path("data", "fa-kes", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_fakes_datelines_titles_and_reporters() -> None:
    rows = _fakes_rows("fakes_2016-11_2016-12.csv")
    leading_date = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(\d{1,2}) (November|December) (2016)\b")
    dated = titled = signed = 0
    for row in rows:
        text, title = row["article_content"], row["article_title"]
        document = read_document(text, title=title, outlet=row["source"])
        m = leading_date.match(text)
        if m:
            dated += 1
            assert any(r.kind == "dateline" and m.group(0) in r.text for r in document.removed), text[:80]
            expected = dt.datetime.strptime(" ".join(m.groups()), "%d %B %Y").date()
            assert (document.published, document.published_source) == (expected, "inferred:dateline")
            assert not document.body.startswith(m.group(0))
            rest = text[m.end() :].lstrip()
            if rest.lower().startswith(title.lower()[:40]) and len(rest) > len(title) + 80:
                titled += 1
                assert not document.body.lower().startswith(title.lower()[:40]), document.body[:80]
                assert any(r.kind == "headline" for r in document.removed)
        tail = re.search(r"[.\"]\s+((?:[A-Z][\w.'-]*\s?/\s?)+[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)$", text)
        if tail and len(tail.group(1)) <= 40:
            signed += 1
            assert tail.group(1).strip() not in document.body
            assert any(r.kind in ("byline", "credit") and tail.group(1).strip() in r.text for r in document.removed)
    assert dated >= 20 and titled >= 10 and signed >= 5, (dated, titled, signed)


def test_fakes_bodies_never_empty_and_ids_stable() -> None:
    rows = _fakes_rows("fakes_2016-11_2016-12.csv")
    ids: dict[str, str] = {}
    for row in rows:
        document = read_document(row["article_content"], title=row["article_title"])
        assert len(document.body) >= 40
        ids.setdefault(document.body, document.doc_id)
        assert ids[document.body] == document.doc_id  # same article twice -> same id
    assert len(set(ids.values())) == len(ids) >= 30  # different bodies -> different ids


def test_html_goes_through_trafilatura() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Army retakes district in Aleppo | Example News</title>"
        '<meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2016-11-28T09:00:00Z"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Army retakes district in Aleppo</h1>'
        "<p>BEIRUT (Reuters) - Government forces took a district in eastern Aleppo on Sunday, state media said.</p>"
        "<p>A monitoring group said 17 fighters died in the clashes over the weekend.</p>"
        "<p>The rebels said they had withdrawn to new lines further south and would keep fighting.</p>"
        "<p>Sign up for our newsletter</p></article><footer>All rights reserved.</footer></body></html>"
    )
    document = read_document(html.encode("utf-8"))
    assert document.title == "Army retakes district in Aleppo"
    assert (document.published, document.published_source) == (dt.date(2016, 11, 28), "inferred:html")
    assert document.byline == "Jane Roe"
    assert document.body.startswith("Government forces took") and "newsletter" not in document.body
    assert document.body.count("\n\n") == 2
    assert read_document(html, published="2016-11-27").published_source == "caller"


def test_headline_only_input_is_kept() -> None:
    path = shared_path("data", "ucdp-ged-syria", "ged_syria_aleppo_2016-11_2016-12.csv")
    with Path(path).open(encoding="utf-8", newline="") as f:
        headlines = [r["source_headline"].split(";")[0].strip() for r in csv.DictReader(f)]
    headlines = list(dict.fromkeys(h for h in headlines if h))[:200]
    assert len(headlines) >= 50 and min(len(h) for h in headlines) < 40
    for headline in headlines:
        document = read_document(headline)
        assert document.body == " ".join(headline.split())


def test_own_page_with_share_bar_caption_labels_and_inline_credit() -> None:
    page = "\n\n".join(
        [
            "Syria war: Army splits rebel-held east Aleppo in two",
            "Updated 10:22 AM ET, Sun November 27, 2016",
            "Share on Facebook\nShare on Twitter",
            "Image copyright AFP\nImage caption Thousands of civilians have fled the fighting in recent days",
            "Syrian government forces have split the rebel-held east of Aleppo in two, a monitoring group says.",
            "Smoke rises over the city after air strikes. (Jane Roe / AFP)",
            "Media playback is unsupported on your device",
            "Story continues below advertisement",
            "The UN says about 250,000 people remain trapped in the east.",
        ]
    )
    document = read_document(page)
    assert (document.published, document.published_source) == (dt.date(2016, 11, 27), "inferred:dateline")
    assert document.captions == (
        "Thousands of civilians have fled the fighting in recent days",
        "Smoke rises over the city after air strikes.",
    )
    kinds = {(r.kind, r.text) for r in document.removed}
    assert {("credit", "Image copyright AFP"), ("credit", "(Jane Roe / AFP)"), ("promo", "Share on Twitter")} <= kinds
    assert document.body.split("\n\n") == [
        "Syrian government forces have split the rebel-held east of Aleppo in two, a monitoring group says.",
        "The UN says about 250,000 people remain trapped in the east.",
    ]


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("BEIRUT (Reuters) - ", "BEIRUT (Reuters) -"),
        ("ALEPPO, Syria (AP) — ", "ALEPPO, Syria (AP) —"),
        ("DAMASCUS — ", "DAMASCUS —"),
        ("Aleppo, SANA- ", "Aleppo, SANA-"),
        ("Wednesday 07 December 2016 ", "Wednesday 07 December 2016"),
        ("Published December 7 2016 ", "Published December 7 2016"),
        ("07-12-2016 ", "07-12-2016"),
    ],
)
def test_datelines(lead: str, dateline: str) -> None:
    sentence = "Government forces advanced into the old city on Wednesday as rebels pulled back to the south."
    document = read_document(lead + sentence, published="2016-12-07")
    assert document.body == sentence
    assert [r.text for r in document.removed if r.kind == "dateline"] == [dateline]
    if any(ch.isdigit() for ch in dateline):
        assert read_document(lead + sentence).published == dt.date(2016, 12, 7)


_PIECES = ["Sunday", "on Nov. 19", "2016", "(AFP)", "BEIRUT (Reuters) -", "since", "a day earlier", "\n", "\n\n",
           "May", "the", "13 days into the offensive", ".", "(Jane Roe / Getty Images)", "Bulos is a special correspondent.",
           "Get our newsletter", "Related", "Syria", "rebels said", "killed", "“", "é", "By Jane Roe"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=60))
def test_any_text_reads_or_is_refused(pieces: list[str]) -> None:
    text = " ".join(pieces)
    try:
        document = read_document(text)
    except InputError as exc:
        assert exc.kind in {"empty", "binary", "encoding", "language", "too_large", "malformed"}
        assert "\n" not in str(exc)
        return
    assert document.body.strip() and document.doc_id == content_id(document.body)


def test_repeated_title_is_cut_only_before_a_new_sentence() -> None:
    body = "Syrian troops advance in Aleppo on Sunday, taking two districts from rebels, state media said."
    assert read_document(body, title="Syrian troops advance in Aleppo").body == body
    repeated = "Syrian troops advance in Aleppo? Troops took two districts from rebels on Sunday, state media said."
    document = read_document(repeated, title="Syrian troops advance in Aleppo?")
    assert document.body.startswith("Troops took two districts")


def test_summary_sentence_printed_twice_is_kept_once() -> None:
    sentence = "Seven civilians were injured in a rocket attack on a neighbourhood in the city."
    text = f"17-06-2016 Rocket attack injures seven. {sentence} {sentence} A police source said the shells hit homes."
    document = read_document(text, title="Rocket attack injures seven")
    assert document.body == f"{sentence} A police source said the shells hit homes."
    assert [r.kind for r in document.removed] == ["dateline", "headline", "duplicate"]


def test_own_pages_with_standfirst_date_lines_and_inline_photo_credit() -> None:
    wire = "\n\n".join(
        [
            "News|Syria's War",
            "Syrian army captures key Aleppo district",
            "Government forces seize Masaken Hanano as thousands of civilians flee the rebel-held east.",
            "27 Nov 2016",
            "Syrian government forces have captured the Masaken Hanano district in eastern Aleppo, state media said.",
            "Source: Al Jazeera and news agencies",
        ]
    )
    document = read_document(wire)
    assert (document.title, document.published) == ("Syrian army captures key Aleppo district", dt.date(2016, 11, 27))
    assert {("dateline", "27 Nov 2016"), ("credit", "Source: Al Jazeera and news agencies")} <= {(r.kind, r.text) for r in document.removed}
    assert document.body.split("\n\n")[0].startswith("Government forces seize")  # the standfirst is text
    assert len(document.body.split("\n\n")) == 2

    paper = "\n\n".join(
        [
            "Syria",
            "Assad forces capture large part of rebel-held eastern Aleppo",
            "Jane Roe in Beirut",
            "Sun 27 Nov 2016 14.03 GMT",
            "Syrian families flee towards government-held areas on Sunday. Photograph: John Doe/AFP/Getty Images",
            "Syrian government forces have seized a third of rebel-held eastern Aleppo, a monitor said.",
            "Topics\nSyria\nMiddle East and north Africa",
        ]
    )
    document = read_document(paper)
    assert document.byline == "Jane Roe" and document.published == dt.date(2016, 11, 27)
    assert document.captions == ("Syrian families flee towards government-held areas on Sunday.",)
    assert ("credit", "Photograph: John Doe/AFP/Getty Images") in {(r.kind, r.text) for r in document.removed}
    assert document.body == "Syrian government forces have seized a third of rebel-held eastern Aleppo, a monitor said."


def test_tagline_only_after_the_last_paragraph() -> None:
    inside = "Jane Roe is a former correspondent who covered the siege for years."
    text = f"Rebels withdrew from the district on Sunday, a monitor said.\n\n{inside}\n\nShe said the city had changed."
    document = read_document(text, published="2016-11-27")
    assert inside in document.body and not document.byline
    closing = read_document(text + "\n\nJohn Doe is a special correspondent.", published="2016-11-27")
    assert closing.byline == "John Doe" and inside in closing.body


def test_photo_title_and_caption_without_credit() -> None:
    paragraph = "Government forces advanced into the eastern districts of the city on Sunday, state media said, as rebels fell back."
    page = "\n\n".join(
        [
            paragraph,
            "Fleeing the east\nFamilies walk towards the western districts on Sunday.",
            "A monitor said thousands of civilians had left the rebel-held area since Saturday night.",
            "Aid agencies said shelters in the west were already full and asked for more funds.",
            "The United Nations called for a pause in the fighting to let the wounded out.",
        ]
    )
    document = read_document(page, published="2016-11-27")
    assert document.captions == ("Families walk towards the western districts on Sunday.",)
    assert ("photo_title", "Fleeing the east") in {(r.kind, r.text) for r in document.removed}
    assert len(document.body.split("\n\n")) == 4
    # the same two lines on a page whose paragraphs are not separated by blank lines: a subheading and text
    glued = read_document(page.replace("\n\n", "\n"), published="2016-11-27")
    assert glued.captions == () and "Fleeing the east" in glued.body


def test_short_footers_only_after_a_finished_sentence() -> None:
    text = (
        "Government forces advanced into two districts of the city on Sunday. Rebels said they had "
        "withdrawn to new lines to protect civilians, the group said on Twitter"
    )
    assert read_document(text, published="2016-11-27").body == text
    footed = read_document(text + ". Twitter", published="2016-11-27")
    assert footed.body == text + "." and ("promo", "Twitter") in {(r.kind, r.text) for r in footed.removed}


def test_several_headlines_are_all_kept() -> None:
    headlines = [
        "Regime forces advance in Masaken Hanano as rebels retreat",
        "Syria: 12 killed in Aleppo airstrikes, monitor says",
        "Clashes in the countryside of Aleppo",
    ]
    document = read_document("\n\n".join(headlines))
    assert document.body.split("\n\n") == headlines and document.removed == ()


def test_joined_reports_keep_a_long_one_and_the_headline_before_it() -> None:
    reports = [
        "Mortar rounds kill a baker in Jisr al-Shughur",
        "71 people died across the country on Friday, among them 20 soldiers and allied gunmen, 31 rebels and"
        " 20 civilians hit by air raids, shelling and sniper fire in several provinces",
    ]
    document = read_document("\n\n".join(reports))
    assert document.body.split("\n\n") == reports
    # a page's body ends like prose: its title line is still the headline, cut from the body
    page = read_document(reports[0] + "\n\n" + reports[1] + ".")
    assert page.body == reports[1] + "." and page.title == reports[0]


def test_character_references_in_plain_text_are_decoded() -> None:
    document = read_document("Fighters of the &#8220;Islamic State&#8221; shelled the town &amp; its farms, AT&T said.")
    assert document.body == "Fighters of the “Islamic State” shelled the town & its farms, AT&T said."


def test_a_headline_given_twice_is_the_text_once() -> None:
    headline = "Warplanes strike the town of Saraqib and kill nine people"
    assert read_document(f"{headline}\n\n{headline}").body == headline


def test_a_bare_link_is_removed_not_read() -> None:
    document = read_document("Warplanes strike the town of Saraqib and kill nine people\n\nhttps://example.org/2016/06/05/strike")
    assert document.body == "Warplanes strike the town of Saraqib and kill nine people"
    assert [r.kind for r in document.removed] == ["link"]


@pytest.mark.parametrize(
    ("page", "tags", "opening"),
    [
        (
            "Date of publication 3 May 2016 Shelling hit a market in the north a monitor said Tags Syria Idlib "
            "regime forces rebel forces the Free Syrian Army Government troops and allied gunmen shelled a market "
            "in the town of Saraqeb on Monday killing nine people, a monitor said.",
            "Tags Syria Idlib regime forces rebel forces the Free Syrian Army",
            "Government troops and allied gunmen shelled",
        ),
        (
            "Jets struck a village in Hama. Tags Hama airstrikes Russia Jaish al-Izza At least seven people were "
            "killed when jets struck the village of Latamneh on Friday, activists said.",
            "Tags Hama airstrikes Russia Jaish al-Izza",
            "At least seven people were killed",
        ),
        (
            "Rockets hit Homs. Tags Homs Syria Syrian Network for Human Rights Islamic State Rocket fire on two "
            "districts of Homs killed four civilians on Sunday, the state news agency said.",
            "Tags Homs Syria Syrian Network for Human Rights Islamic State",
            "Rocket fire on two districts",
        ),
    ],
)
def test_a_run_in_tag_list_leaves_the_first_sentence(page: str, tags: str, opening: str) -> None:
    doc = read_document(page, published="2016-05-03")
    assert [r.text for r in doc.removed if r.kind == "tags"] == [tags]
    assert "Tags" not in doc.body
    assert any(paragraph.startswith(opening) for paragraph in doc.body.split("\n\n"))


def test_tags_in_running_text_and_unclear_lists_stay() -> None:
    text = "Tags on the uniforms of the dead fighters showed their unit, the Syrian army said on Monday after clashes near Hama."
    assert read_document(text, published="2016-05-03").body == text


def test_a_summary_before_the_agency_credit_and_date_is_the_standfirst() -> None:
    page = ("Car bomb kills 9 in Homs state TV Syrian state media says at least nine people were killed in a car bomb "
            "in Homs AFP Sunday 4 Aug 2013 A car bomb killed nine people in the Zahraa district of Homs on Sunday state media said.")
    doc = read_document(page, title="Car bomb kills 9 in Homs state TV", published="2013-08-04")
    kinds = {r.kind: r.text for r in doc.removed}
    assert kinds["standfirst"].startswith("Syrian state media says at least nine")
    assert kinds["dateline"] == "AFP Sunday 4 Aug 2013"
    assert doc.body.startswith("A car bomb killed nine people")
    # an agency named with a date inside a sentence is attribution, not a credit line
    text = "At least 42 people were killed in blasts in Tartous according to SANA on September 5 2016. More blasts hit Homs."
    assert read_document(text, published="2016-09-05").body == text


def test_a_photo_credit_run_into_the_text_leaves_it_and_its_caption_stands_alone() -> None:
    page = ("Jets struck a market in the town of Saraqeb on Monday killing nine people a monitor said. Men search the "
            "rubble of a shop in Saraqeb Syria May 2 2016. (Daily Courier and Agencies) Rescuers said more people were "
            "trapped. Boys stand near a burnt car in Idlib on May 1 2016. (Reuters) 40 people have died in the town this month. "
            "He added that four more had died. (AFP) The army denied it.")
    doc = read_document(page, published="2016-05-03")
    assert [r.text for r in doc.removed if r.kind == "credit"] == ["(Daily Courier and Agencies)", "(Reuters)"]
    paragraphs = doc.body.split("\n\n")
    assert "Men search the rubble of a shop in Saraqeb Syria May 2 2016." in paragraphs
    assert any(p.startswith("Rescuers said more people were trapped.") for p in paragraphs)
    assert "four more had died. (AFP) The army" in doc.body  # a report's sentence before a credit is no caption


def test_an_embedded_video_title_run_into_the_text_is_a_promo() -> None:
    page = ("Rebels shelled the town of Nubl on Monday killing four people a monitor said. Fighting rages near Nubl Jane Roe "
            "reports - YouTube The town has been besieged since 2013.")
    doc = read_document(page, published="2016-05-03")
    assert "YouTube" not in doc.body and "Jane Roe" not in doc.body
    assert "Fighting rages near Nubl Jane Roe reports - YouTube" in [r.text for r in doc.removed if r.kind == "promo"]
    assert "The town has been besieged since 2013." in doc.body


def test_a_related_headline_run_into_the_text_before_a_credit_and_dateline_leaves() -> None:
    page = ("Rebels shelled a village near Hama on Monday killing three people local media said. ClipChannelOne Army "
            "Pushes Rebels Back From Hills Around Salamiyah - Reports BEIRUT (Sputnik) According to the local council "
            "two more people were wounded.")
    doc = read_document(page, published="2016-05-03")
    kinds = [(r.kind, r.text) for r in doc.removed]
    assert ("related", "ClipChannelOne Army Pushes Rebels Back From Hills Around Salamiyah - Reports") in kinds
    assert ("dateline", "BEIRUT (Sputnik)") in kinds
    assert "Salamiyah" not in doc.body
    assert doc.body.split("\n\n")[-1].startswith("According to the local council")
    # a headline credited to a source, with no dateline, ends at the credit
    page = ("Jets struck a bakery in Idlib on Friday the civil defence said. Jane Roe Ceasefire Talks Stall Over Border "
            "Crossings - Ministry The bakery had reopened a week before.")
    doc = read_document(page, published="2016-05-03")
    assert [r.text for r in doc.removed if r.kind == "related"] == ["Jane Roe Ceasefire Talks Stall Over Border Crossings - Ministry"]
    assert "The bakery had reopened a week before." in doc.body


def test_sentences_with_dashes_and_title_case_without_end_marks_stay() -> None:
    text = ("Shelling hit the old market on Monday. The toll rose to nine - Officials said more were missing. "
            "Local Council Members Met Rebel Leaders in Daraa the Next Morning to discuss the truce.")
    assert read_document(text, published="2016-05-03").body == text
    # a dash before a sentence's first word is no headline's credit
    text = "Shelling hit the old market on Monday. Army Units Regroup Near Hama - The army said it lost two tanks."
    assert read_document(text, published="2016-05-03").body == text


@pytest.mark.parametrize(
    "credit",
    ["REUTERS/Jane Roe", "REUTERS/Stringer", "AP Photo Jane Roe", "AFP Photo/Jane Roe"],
)
def test_a_photo_credit_run_into_the_text_leaves_and_the_text_after_it_is_a_paragraph(credit: str) -> None:
    page = (f"Smoke rises over a village near Tal Abyad on May 1 2016. {credit} The army said it had taken the village "
            "after two days of fighting.")
    doc = read_document(page, published="2016-05-03")
    assert [r.text for r in doc.removed if r.kind == "credit"] == [credit]
    assert doc.body.split("\n\n")[-1] == "The army said it had taken the village after two days of fighting."


def test_share_counters_topics_and_related_lists_at_the_ends_of_a_run_in_page_leave() -> None:
    page = ("Get short URL 0 41 Kurdish fighters took two villages west of Raqqa on Sunday a monitor said. Clashes went on "
            "overnight. ... 41 Topic Battle for the Euphrates Valley (120) Related Army Takes Hill Near Palmyra Rebels "
            "Shell Aleppo Suburb")
    doc = read_document(page, published="2016-05-03")
    assert doc.body == "Kurdish fighters took two villages west of Raqqa on Sunday a monitor said. Clashes went on overnight."
    page = ("Print Tweet Views 312 Jets struck two towns in Idlib on Sunday a monitor said. The monitor counted 12 dead. "
            "Source TRTWorld and agencies Related News Floods hit Gulf coast Markets rally on trade deal")
    doc = read_document(page, published="2016-05-03")
    assert doc.body == "Jets struck two towns in Idlib on Sunday a monitor said. The monitor counted 12 dead."


def test_a_page_header_before_its_time_and_date_stamp_and_the_share_bar_leave() -> None:
    page = ("Army Retakes Two Hills Near Hama Jane Roe Middle East 1412 03.05.2016(updated 1530 03.05.2016) Get short URL "
            "Topic Fighting in Central Syria (42) 0 17 The army retook two hills north of Hama on Tuesday a military source said.")
    doc = read_document(page)
    assert doc.body == "The army retook two hills north of Hama on Tuesday a military source said."
    assert doc.published == dt.date(2016, 5, 3)
    # a note cut off at its start leaves no bracket behind
    doc = read_document("03.05.2016) Get short URL 0 9 The army retook two hills north of Hama on Tuesday a source said.")
    assert doc.body == "The army retook two hills north of Hama on Tuesday a source said."


def test_an_embedded_post_run_into_a_one_line_page_leaves_as_an_embed() -> None:
    page = ("Shells hit the old market of Maarat on Monday killing five people a monitor said. We saw smoke over the market "
            "again tonight. Pray for us! pic.twitter.comAbC123xyz Jane Roe (janeroe_1) April 7 2017 The council said "
            "two shops burned. Heavy clashes near the dam httpst.coQw12Er pic.twitter.comZx98Yt Dam Watch (damwatch) "
            "4 •µ 2017 . Rescuers reached the site at noon.")
    doc = read_document(page, published="2017-04-08")
    embeds = [r.text for r in doc.removed if r.kind == "embed"]
    assert embeds == [
        "We saw smoke over the market again tonight. Pray for us! pic.twitter.comAbC123xyz Jane Roe (janeroe_1) April 7 2017",
        "Heavy clashes near the dam httpst.coQw12Er pic.twitter.comZx98Yt Dam Watch (damwatch) 4 •µ 2017 .",
    ]
    paragraphs = doc.body.split("\n\n")
    assert paragraphs == ["Shells hit the old market of Maarat on Monday killing five people a monitor said.",
                          "The council said two shops burned.", "Rescuers reached the site at noon."]


def test_an_embedded_post_on_its_own_line_leaves_whole() -> None:
    page = ("Shells hit the old market of Maarat on Monday, killing five people, a monitor said.\n\n"
            "Terrible night in the old town, 12 dead so far pic.twitter.com/AbC123 — Jane Roe (@janeroe) April 7, 2017\n\n"
            "The council said two shops burned.")
    doc = read_document(page, published="2017-04-08")
    assert [r.text for r in doc.removed if r.kind == "embed"] == [
        "Terrible night in the old town, 12 dead so far pic.twitter.com/AbC123 — Jane Roe (@janeroe) April 7, 2017"]
    assert "12 dead" not in doc.body and "April 7" not in doc.body


def test_a_name_in_brackets_before_a_date_is_no_post_without_its_shape() -> None:
    # an agency's photo credit before a date, and a garbled date with no link, stay for the other rules
    text = ("Fighters of the Free Army (FAR) took the hill. A boy walks past a burnt car in Idlib. (AFP) May 2 2016 "
            "was the day the truce broke. The group (groupx) 4 •µ 2016 said more.")
    doc = read_document(text, published="2016-05-03")
    assert not [r for r in doc.removed if r.kind == "embed"]


def test_a_box_of_related_headlines_after_the_share_bar_leaves() -> None:
    page = ("Army shells rebel suburb AFP Friday 22 Jul 2016 Army shells rebel suburb Print Tweet Views 120 Related "
            "Floods hit the coast 43 dead in storm Markets rally on trade deal Nearly 30 people were killed on Friday "
            "when the army shelled a suburb of Hama a monitor said. The monitor said more were missing.")
    doc = read_document(page, title="Army shells rebel suburb")
    assert [r.text for r in doc.removed if r.kind == "related"] == [
        "Floods hit the coast 43 dead in storm Markets rally on trade deal"]
    assert doc.body.startswith("Nearly 30 people were killed on Friday")
    # the body resumes after a repeat of the title, or at the subject of the first past-tense verb
    page = ("Jets strike market in Idlib Tuesday 3 May 2016 Print Tweet Views 88 Related Talks stall in Geneva Jets "
            "strike market in Idlib -Jets struck a market in Idlib on Tuesday killing nine people. Rescuers dug all night.")
    doc = read_document(page, title="Jets strike market in Idlib")
    assert doc.body.startswith("Jets struck a market in Idlib on Tuesday")
    page = ("Jets strike market in Idlib Tuesday 3 May 2016 Print Tweet Views 88 Related Talks stall in Geneva UN "
            "chief seeks probe Syrian jets bombed a market in Idlib on Tuesday killing nine people. Rescuers dug all night.")
    doc = read_document(page, title="Jets strike market in Idlib")
    assert doc.body.startswith("Syrian jets bombed a market in Idlib")
    assert "Geneva" not in doc.body


def test_a_related_story_link_run_into_the_text_leaves() -> None:
    page = ("Jets struck a bakery in Idlib on Friday the civil defence said. Read also Floods hit the coast for a third "
            "day The bakery had reopened a week before. It was hit twice.")
    doc = read_document(page, published="2016-05-03")
    assert [r.text for r in doc.removed if r.kind == "related"] == ["Floods hit the coast for a third day"]
    assert doc.body.split("\n\n")[-1] == "The bakery had reopened a week before. It was hit twice."
    # a link whose end is unclear stays
    text = "Jets struck a bakery in Idlib on Friday. Read also Floods hit the coast Outside Hama at least two died."
    assert read_document(text, published="2016-05-03").body == text


@pytest.mark.parametrize(
    "footer",
    [
        "Last Update: Sunday 4 May 2016 KSA 15:55 - GMT 12:55 17",
        "(With AP Reuters and AFP) Last Update: Sunday 4 May 2016 KSA 15:55 - GMT 12:55 17",
        "218-11",
        "SA - 12",
        "Daily Courier English Daily Courier is the worlds leading Arabic daily newspaper printed in nine cities.",
        "This report is an abridged translation of the French original.",
        "Never miss a story again join our Telegram channel and stay up to date!",
        "English bulletin",
    ],
)
def test_footers_closing_a_one_line_page_leave(footer: str) -> None:
    text = "Jets struck two towns in Idlib on Sunday a monitor said. The monitor counted 12 dead."
    doc = read_document(f"{text} {footer}", published="2016-05-04")
    assert doc.body == text


def test_an_agency_credit_share_bar_or_section_label_before_the_body_leaves() -> None:
    doc = read_document("Friday 22 Jul 2016 Jets hit Idlib AFP Eleven people were killed in Idlib on Friday.", title="Jets hit Idlib")
    assert doc.body == "Eleven people were killed in Idlib on Friday."
    assert ("credit", "AFP") in [(r.kind, r.text) for r in doc.removed]
    doc = read_document("Twitter font size Eleven people were killed in Idlib on Friday a monitor said.", published="2016-07-22")
    assert doc.body == "Eleven people were killed in Idlib on Friday a monitor said."
    doc = read_document("Regional NNA - Eleven people were killed in Idlib on Friday a monitor said.", published="2016-07-22")
    assert doc.body == "Eleven people were killed in Idlib on Friday a monitor said."
    # an agency that is the subject of the first sentence stays
    text = "Friday 22 Jul 2016 Reuters reported that eleven people were killed in Idlib on Friday."
    assert read_document(text).body.startswith("Reuters reported")


def test_a_post_whose_signature_stands_on_a_line_of_its_own_leaves_with_its_text() -> None:
    page = ("Shells hit the old market of Maarat on Monday, killing five people, a monitor said.\n\n"
            "Terrible night in the old town, 12 dead so far pic.twitter.com/AbC123\n"
            "— Jane Roe (@janeroe) April 7, 2017\n\n"
            "The council said two shops burned.")
    doc = read_document(page, published="2017-04-08")
    assert [r.text for r in doc.removed if r.kind == "embed"] == [
        "Terrible night in the old town, 12 dead so far pic.twitter.com/AbC123", "— Jane Roe (@janeroe) April 7, 2017"]
    assert doc.body.split("\n\n") == ["Shells hit the old market of Maarat on Monday, killing five people, a monitor said.",
                                      "The council said two shops burned."]


def test_compiled_by_inside_a_sentence_is_no_credit_line() -> None:
    """ "a toll compiled by the monitor showed ..." keeps its words; "Reporting by ..." and "(Compiled by ...)"
    closing the text are credit lines."""
    text = ("Government air strikes hit a market in the town of Ariha on Sunday. "
            "A toll compiled by the Syrian Observatory for Human Rights showed 23 people were killed.")
    document = read_document(text, published="2016-12-03")
    assert "showed 23 people were killed" in document.body and not any(r.kind == "byline" for r in document.removed)
    for credit in ("Reporting by Jane Roe; Editing by John Doe", "(Compiled by Jane Roe)"):
        document = read_document(f"Government air strikes hit a market in the town of Ariha and killed nine people. {credit}",
                                 published="2016-12-03")
        assert document.body.endswith("nine people.") and any(r.kind == "byline" for r in document.removed), credit


def test_a_closing_story_credit_is_no_photo_credit_and_the_only_line_is_no_caption() -> None:
    """A short one-line report ending in its credit is the article, not a caption: only the credit leaves."""
    source = read_document("Air strikes killed 14 people in the town of Saraqeb on Monday. (Source: Anadolu Agency)",
                           published=dt.date(2016, 1, 1), outlet="alalam")
    assert source.body == "Air strikes killed 14 people in the town of Saraqeb on Monday."
    alone = read_document("Shells hit two districts of the city and wounded nine people on Monday. Rescuers pulled out three "
                          "more bodies. (AFP)", published=dt.date(2016, 1, 1), outlet="alalam")
    assert alone.body.startswith("Shells hit two districts")
    page = read_document("Clashes went on near the airport.\n\nSmoke rises over the town of Saraqeb after an air strike. "
                         "(Jane Roe / AFP)\n\nAir strikes killed 14 people in the town of Saraqeb on Monday.",
                         published=dt.date(2016, 1, 1), outlet="alalam")
    assert "Smoke rises" not in page.body and "Smoke rises over the town of Saraqeb after an air strike." in page.captions


def test_an_agency_cross_head_leaves_the_body_as_a_crosshead() -> None:
    """ "- Strikes kill 10 children -" between paragraphs, on its own line or run into the text, is a heading: it
    leaves the body and tells no second event."""
    first = "Jets killed 10 children in the town of Saraqeb on Monday, the monitor said."
    after = "Rescue workers said the strikes hit a school in the centre of the town."
    for text in (f"{first}\n\n - Strikes kill 10 children - \n\n{after}\n", f"{first} - Strikes kill 10 children - {after}"):
        reading = frontwatch.extract(text, published="2016-05-10", outlet="caller")
        assert reading.document.body == f"{first}\n\n{after}"
        assert [(r.kind, r.text) for r in reading.document.removed] == [("crosshead", "Strikes kill 10 children")]
        assert [c.value for c in reading.claims] == [10] and len(reading.events) == 1
    # dashes inside a sentence set off an aside, not a heading
    aside = "The raid - the deadliest this year - killed 20 people in Saraqeb on Monday. Rescuers searched the rubble."
    assert read_document(aside, published="2016-05-10").body == aside


def test_a_date_the_caller_gives_wins_over_the_pages_own_stamp() -> None:
    """Issue 2: the publication date is read off the page only when the caller gives none."""
    import frontwatch

    text = ("AFP Sunday 1 Feb 2015 A bomb went off at a checkpoint in the town of Jableh on Sunday, killing four soldiers, "
            "a monitor said. The group said the blast hit a military bus near the entrance of the town.")
    assert frontwatch.extract(text, published="2015-02-16").document.published == dt.date(2015, 2, 16)
    assert frontwatch.extract(text).document.published == dt.date(2015, 2, 1)


@pytest.mark.parametrize("raw, first", [
    ("Last updated at Jul 282016 HOMS Syria A car bomb killed nine people in the Syrian city of Homs on Monday.", "A car bomb"),
    ("Published 3 May 2016 BEIRUT Lebanon Rockets hit a town in the Bekaa valley on Monday, police said.", "Rockets hit"),
    ("Published 3 May 2016 BEIRUT Syrian jets pounded a rebel town near Homs on Monday, activists said.", "Syrian jets"),
])
def test_a_dateline_keeps_its_country_when_the_comma_is_lost(raw: str, first: str) -> None:
    """ "HOMS Syria A car bomb ...": the country after a dateline's place is the dateline's; a capitalised word
    that is no country ("Syrian jets") opens the lead."""
    document = read_document(raw)
    assert document.body.lstrip().startswith(first), document.body[:60]


def test_weekdays_count_from_the_pages_dateline_when_the_callers_date_is_an_archive_date() -> None:
    text = ("Last updated at Mar 062015 Amman Barrel bombs dropped on the rebel-held town of Inkhil killed at least "
            "nine people on Thursday and wounded 30 more, a monitoring group said.")
    reading = frontwatch.extract(text, published="2015-03-20", outlet="Jordan Times")
    assert reading.document.published == dt.date(2015, 3, 20)  # the caller's date stays the publication date
    assert reading.document.dateline == dt.date(2015, 3, 6)
    assert [e.event_date for e in reading.events] == [dt.date(2015, 3, 5)]  # the Thursday before the dateline
    assert ("dateline", "Amman") in [(r.kind, r.text) for r in reading.document.removed]
    assert all(e.location is None or e.location.name != "Amman" for e in reading.events)


def test_a_dateline_years_from_the_callers_date_leaves_the_callers_date_the_anchor() -> None:
    text = ("Friday 3 June 2016 Barrel bombs dropped on the rebel-held town of Inkhil killed at least nine people on "
            "Thursday, a monitoring group said.")
    reading = frontwatch.extract(text, published="2013-08-20", outlet="Etilaf")
    assert reading.document.anchor == dt.date(2013, 8, 20)
    assert [e.event_date for e in reading.events] == [dt.date(2013, 8, 15)]


def test_a_title_case_section_heading_run_into_a_round_up_leaves_the_body() -> None:
    """ "... the agency said. Army Retakes Two Villages in Hama Countryside The army on Tuesday ...": a round-up's
    section heading in title case, run in between a sentence's end and the next sentence's opener, is a heading:
    its verb tells no second event and its places join no sentence."""
    lede = "Jets struck the town of Saraqeb on Monday, the agency said."
    head = "Army Retakes Two Villages in Hama Countryside"
    after = "The army on Tuesday regained the village of Kafr Nabuda after clashes with militants."
    reading = frontwatch.extract(f"{lede} {head} {after}", published="2016-05-10", outlet="caller")
    assert reading.document.body == f"{lede}\n\n{after}"
    assert [(r.kind, r.text) for r in reading.document.removed] == [("crosshead", head)]
    swept = frontwatch.extract(f"{lede} Army Pounds Militant Groups across Country The army kept up its operations on "
                               "Wednesday, shelling positions of the militants near Kafr Nabuda.", published="2016-05-10", outlet="caller")
    assert ("crosshead", "Army Pounds Militant Groups across Country") in [(r.kind, r.text) for r in swept.document.removed]
    assert not [e for e in swept.events if "Pounds" in e.evidence]


@pytest.mark.parametrize("text", [
    "Jets struck the town of Saraqeb on Monday. The Syrian Observatory for Human Rights said five people died.",
    "Jets struck the town of Saraqeb on Monday. Russian President Vladimir Putin The Kremlin said nothing of it.",
    "Jets struck the town of Saraqeb on Monday. In Hama The army shelled the town of Kafr Nabuda.",
])
def test_a_sentence_opening_in_capitals_is_no_run_in_heading(text: str) -> None:
    # a sentence whose first words are names, or a stretch of fewer than three long capitalised words, stays
    reading = frontwatch.extract(text, published="2016-05-10", outlet="caller")
    assert not [r for r in reading.document.removed if r.kind == "crosshead"]
