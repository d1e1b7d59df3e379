"""The charge a punishment is for: "a man shot in a square of Sarmin on charges of spying for the army".

A report of an execution, arrest or trial often names what the victim was accused of. The actors in that charge
(the regime the men spied for, the coalition a man collaborated with) are no party to the execution, and the
acts in it ("stealing a car") are no events of the report; read as parties they made the army the
executioners' adversary, and the theft a looting. A charge is the phrase a word of data/lexicons/charge_words.txt
governs (its dependents other than a subject); it is a charge only for an act outside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})


def _words() -> frozenset[str]:
    return lexicons.words("charge_words.txt")


def charge_spans(sent: Span) -> list[tuple[int, int]]:
    """(first, last) token indices of each charge in the sentence: a charge word and the dependents it governs
    ("charges of spying for the army"), its subject left out ("a man suspected of ..." keeps the man)."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ == "ROOT" or tok.lemma_.lower() not in _words() and tok.lower_ not in _words():
            continue
        inside = [tok.i, *(t.i for c in tok.children if c.dep_ not in _SUBJECTS for t in c.subtree)]
        out.append((min(inside), max(inside)))
    return out


def charged(token: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether ``token`` lies in one of the charges."""
    return any(a <= token.i <= b for a, b in spans)


def charged_for(trigger: Token, token: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether ``token`` (an actor's head word) lies in a charge that ``trigger`` is outside of: what the
    victim of the trigger's act was accused of ("hangs a man for informing for the army")."""
    return any(a <= token.i <= b and not a <= trigger.i <= b for a, b in spans)


__all__ = ["charge_spans", "charged", "charged_for"]
