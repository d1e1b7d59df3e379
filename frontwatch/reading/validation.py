"""Bad input, refused early with one line that names the problem.

``decode`` turns bytes into text (or raises ``InputError`` kinds ``empty``, ``binary``, ``encoding``,
``too_large``); ``check_language`` refuses text that is clearly not English. The language check is
offline and dependency-free: the share of non-Latin letters names a script, and frequent function
words (frontwatch/data/lexicons/function_words.tsv) tell English from French, Spanish, German ...
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from frontwatch import settings
from frontwatch.errors import InputError
from frontwatch.reading.cleaning import lexicon_rows

# File signatures of formats people feed by mistake (first bytes -> name).
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Letters outside Latin script mean another language; the name is read off unicodedata.
_SCRIPTS = ("ARABIC", "CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HEBREW", "GREEK", "DEVANAGARI", "THAI", "ARMENIAN", "GEORGIAN", "PERSIAN")
_SAMPLE_CHARS = 6_000  # about 1,000 words: enough to judge the language, fast on big input


def check_size(raw: str | bytes, max_bytes: int | None = None) -> None:
    """Refuse input larger than ``max_bytes`` (default: setting max_input_bytes)."""
    limit = settings.get("max_input_bytes") if max_bytes is None else max_bytes
    size = len(raw) if isinstance(raw, bytes) else _utf8_len(raw, limit)
    if size > limit:
        raise InputError("too_large", f"input is {size:,} bytes; the limit is {limit:,} (setting max_input_bytes)")


def _utf8_len(text: str, limit: int) -> int:
    # A str can only exceed the byte limit if it has more than limit/4 characters.
    if len(text) * 4 <= limit:
        return len(text)
    return len(text.encode("utf-8", errors="surrogatepass"))


def decode(raw: str | bytes) -> str:
    """Bytes -> text, refusing empty, binary and non-UTF-8 input; str input is checked for binary content."""
    if isinstance(raw, bytes):
        if not raw.strip():
            raise InputError("empty", "input is empty")
        for magic, name in _MAGIC:
            if raw.startswith(magic):
                raise InputError("binary", f"input is binary ({name}), not text")
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("encoding", "input is UTF-16 (byte-order mark at offset 0), expected UTF-8")
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise InputError("binary", f"input is binary, not text (NUL byte at offset {nul})")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start]
            raise InputError(
                "encoding", f"input is not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}); re-encode it as UTF-8"
            ) from None
    else:
        text = raw.lstrip("\ufeff")
    if not text.strip():
        raise InputError("empty", "input is empty (only whitespace)")
    _check_binary_text(text)
    return text


def _check_binary_text(text: str) -> None:
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("binary", f"input is binary, not text (NUL character at offset {nul})")
    sample = text[:_SAMPLE_CHARS]
    control = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f\v") or "\x7f" <= c <= "\x9f")
    replaced = sample.count("\ufffd")
    # A few stray control or replacement characters happen in scraped text (FA-KES has some);
    # a high share means the input was not text at all.
    if control + replaced >= 10 and (control + replaced) / len(sample) > 0.02:
        raise InputError(
            "binary",
            f"input looks binary: {control} control and {replaced} undecodable characters in the first {len(sample):,}",
        )


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """What the language check saw."""

    language: str  # "English", "French", ..., "Arabic script", "unknown"
    english_share: float  # share of words that are English function words
    latin_share: float  # share of letters in Latin script
    words: int


@functools.cache
def _function_words() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, str]]:
    by_lang: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for lang, name, word in lexicon_rows("function_words.tsv"):
        by_lang.setdefault(lang, set()).add(word)
        names[lang] = name
    counts = Counter(w for ws in by_lang.values() for w in ws)
    exclusive = {lang: frozenset(w for w in ws if counts[w] == 1) for lang, ws in by_lang.items()}
    return frozenset(by_lang["en"]), exclusive, names


def english_function_words() -> frozenset[str]:
    """The frequent English function words of lexicons/function_words.tsv ("the", "of", "and" ...)."""
    return _function_words()[0]


def guess_language(text: str) -> LanguageGuess:
    """Share of Latin letters and of English function words, and the most likely language."""
    sample = text[:_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return LanguageGuess("unknown", 0.0, 0.0, 0)
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    latin_share = latin / len(letters)
    if latin_share < 0.5:
        script = Counter(_script(c) for c in letters if not (c < "\u0250")).most_common(1)[0][0]
        return LanguageGuess(f"{script} script", 0.0, latin_share, 0)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    english, exclusive, names = _function_words()
    if not words:
        return LanguageGuess("unknown", 0.0, latin_share, 0)
    en_share = sum(1 for w in words if w in english) / len(words)
    hits = {lang: sum(1 for w in words if w in ws) for lang, ws in exclusive.items()}
    best = max(hits, key=lambda lang: hits[lang])
    language = names[best] if hits[best] > 0 else "unknown"
    return LanguageGuess(language, en_share, latin_share, len(words))


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for script in _SCRIPTS:
        if name.startswith(script):
            return script.title() if script != "CJK" else "CJK"
    return name.split(" ")[0].title() or "non-Latin"


def check_language(text: str) -> None:
    """Refuse text that is clearly not English (lenient on headline-length input)."""
    guess = guess_language(text)
    if guess.language.endswith("script"):
        raise InputError(
            "language", f"text is in {guess.language} (latin-letter share {guess.latin_share:.2f}), not English"
        )
    if guess.words == 0 or guess.language in ("English", "unknown"):
        return
    english, exclusive, names = _function_words()
    lang = next(code for code, name in names.items() if name == guess.language)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    other = sum(1 for w in words if w in exclusive[lang]) / len(words)
    en_excl = sum(1 for w in words if w in exclusive["en"]) / len(words)
    if guess.words < 40:
        # Headlines: few words, names of places and people dominate; refuse only when the
        # foreign function words clearly outnumber the English ones.
        foreign = round(other * len(words))
        clearly = foreign >= 3 and foreign >= 3 * max(1, round(en_excl * len(words)))
    else:
        clearly = other > 2 * en_excl and guess.english_share < 0.2
    if clearly:
        raise InputError(
            "language",
            f"text looks like {guess.language} (english-word share {guess.english_share:.2f}), not English",
        )
