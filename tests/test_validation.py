"""Bad input: each kind refused end to end through read_document, with one line naming the problem."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import shared_path
from frontwatch.errors import InputError
from frontwatch.reading.documents import read_document
from frontwatch.reading.validation import guess_language

ENGLISH = (
    "Syrian government forces pushed deeper into the rebel-held east of the city on Sunday, "
    "according to state media and a monitoring group, as thousands of civilians fled the fighting."
)


def refused(raw: str | bytes, kind: str, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        read_document(raw, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    message = str(error)
    assert error.kind == kind, message
    assert message.startswith(f"{kind}: ") and "\n" not in message and len(message) < 200
    return message


def test_empty() -> None:
    assert "empty" in refused(b"", "empty")
    assert "whitespace" in refused("  \n\t\n ", "empty")
    assert "characters after cleaning" in refused("World & Nation\n\nGet our newsletter", "empty")


def test_binary() -> None:
    assert "PNG" in refused(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary")
    assert "NUL byte at offset 5" in refused(b"hello\x00world " * 10, "binary")
    noise = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r\x0b\x0c") * 20
    assert "control" in refused(ENGLISH + noise, "binary")


def test_encoding_names_the_byte_offset() -> None:
    raw = ENGLISH.encode("utf-8") + " café au lait".encode("latin-1")
    message = refused(raw, "encoding")
    assert f"offset {len(ENGLISH.encode('utf-8')) + 4}" in message and "0xe9" in message
    assert "UTF-16" in refused(ENGLISH.encode("utf-16"), "encoding")


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "limit is 100" in refused(ENGLISH, "too_large", max_bytes=100)
    monkeypatch.setenv("FRONTWATCH_MAX_INPUT_BYTES", "250")
    assert "max_input_bytes" in refused((ENGLISH + " ") * 2, "too_large")
    assert read_document(ENGLISH).body == ENGLISH  # under the limit: read


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Les forces gouvernementales syriennes ont progressé dimanche dans les quartiers est de la ville, "
            "selon les médias officiels et une organisation de surveillance, alors que des milliers de civils "
            "fuyaient les combats. Le régime a repris le contrôle de plusieurs quartiers qui étaient aux mains "
            "des rebelles depuis 2012, et les habitants ont été évacués vers des abris dans la partie ouest.",
            "French",
        ),
        (
            "Las fuerzas del gobierno sirio avanzaron el domingo en los barrios del este de la ciudad, según los "
            "medios oficiales y un grupo de observadores, mientras miles de civiles huían de los combates. El "
            "ejército tomó el control de varios barrios que estaban en manos de los rebeldes desde 2012.",
            "Spanish",
        ),
        (
            "Die syrischen Regierungstruppen sind am Sonntag weiter in den Osten der Stadt vorgedrungen, wie die "
            "staatlichen Medien und eine Beobachtungsstelle berichteten, während Tausende Zivilisten vor den "
            "Kämpfen flohen. Die Armee hat die Kontrolle über mehrere Viertel übernommen, die seit 2012 von den "
            "Rebellen gehalten wurden, und die Bewohner wurden in Notunterkünfte gebracht.",
            "German",
        ),
        ("تقدمت القوات الحكومية السورية يوم الأحد في الأحياء الشرقية من مدينة حلب وفق وسائل الإعلام الرسمية", "Arabic"),
        ("Сирийские правительственные войска в воскресенье продвинулись в восточные кварталы Алеппо", "Cyrillic"),
        ("叙利亚政府军周日向阿勒颇东部街区推进，数千名平民逃离战斗。", "CJK"),
    ],
)
def test_language(text: str, named: str) -> None:
    message = refused(text, "language")
    assert named in message and "not English" in message


def test_malformed_html_without_text() -> None:
    html = "<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    assert "HTML" in refused(html, "malformed")
    assert "not a date" in refused(ENGLISH, "malformed", published="sometime soon")


def test_short_english_headlines_are_not_refused() -> None:
    for headline in [
        "Syria: 12 killed in Aleppo airstrikes, monitor says",
        "Regime forces advance in Masaken Hanano as rebels retreat",
        "Russian strikes kill 27 civilians in Syrias Idlib Monitor",
        "De Mistura says Aleppo truce talks continue in Geneva",
    ]:
        assert read_document(headline).body == headline
    # clearly another language, even when short
    refused("Les rebelles ont quitté la ville dans la nuit selon des sources locales", "language")


def test_no_fakes_article_is_refused() -> None:
    with shared_path("data", "fa-kes", "fakes.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 804
    failures = []
    for row in rows:
        try:
            read_document(row["article_content"], title=row["article_title"])
        except InputError as exc:
            failures.append(f"{row['unit_id']}: {exc}")
    assert failures == []
    assert guess_language(rows[0]["article_content"]).language == "English"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (ENGLISH.encode("utf-8") + b" caf\xe9", "encoding"),
        ("Les forces gouvernementales ont repris dimanche plusieurs quartiers de la ville selon les médias".encode(), "language"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "malformed"),
    ],
)
def test_command_line_prints_one_line_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, kind: str
) -> None:
    from frontwatch.cli import main

    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert main(["extract", str(path)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{kind}: " in err, err


def test_command_line_refuses_oversized(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from frontwatch.cli import main

    monkeypatch.setenv("FRONTWATCH_MAX_INPUT_BYTES", "1000")
    path = tmp_path / "big.txt"
    path.write_text((ENGLISH + "\n\n") * 20, encoding="utf-8")
    assert main(["extract", str(path)]) != 0
    assert "too_large: " in capsys.readouterr().err
