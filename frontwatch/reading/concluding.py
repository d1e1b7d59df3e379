"""Whether the noun of an agreement or a base tells its making ("the two sides reached an agreement") or
only names it ("despite a ceasefire"): data/lexicons/concluding_words.tsv, ending_verbs.txt, naming_verbs.txt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Token


_THROUGH = frozenset({"pobj", "prep", "conj", "appos", "compound"})


def _ends(trigger: Token) -> bool:
    """The noun is the subject of a verb of ending (lexicons/ending_verbs.txt), also through a relative clause
    ("a truce that expired")."""
    ending = lexicons.words("ending_verbs.txt")
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in ending:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ending for c in trigger.children)


_BINDING = frozenset({"will", "would", "shall", "should", "must", "to"})


def _opinion(verb: Token) -> bool:
    """ "All of us agreed that the attack crosses a red line": agreeing that something is so is a view shared,
    no deal; "agreed that the fighters would leave" binds the parties to an act (a modal or "to" in the clause)."""
    if verb.lemma_.lower() != "agree" or any(c.dep_ in {"dobj", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"on", "to"}) for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(said) and not any(a.dep_ in {"aux", "auxpass"} and a.lower_ in _BINDING for c in said for a in c.children)


def concluded(trigger: Token, sub_event_type: str) -> bool:
    """ "the two sides reached an agreement", "a deal brokered by Russia", "the truce took effect", "rebels set up
    a base": the noun of an agreement or a base is the news only when a word that concludes or sets up that
    kind of thing governs it or modifies it (data/lexicons/concluding_words.tsv); "despite a ceasefire", "the
    string of reciprocal agreements", "left in evacuation deals", "jets struck their hideouts" name the thing only."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return not _opinion(trigger)  # "agreed", "swapped": a verb tells the act itself
    if _ends(trigger):
        return False  # "since a US-brokered ceasefire collapsed": its end, not its making
    words = [w for w, sub in lexicons.table("concluding_words.tsv") if sub == sub_event_type]
    single = {w for w in words if " " not in w}
    pairs = {(w.split()[0], w.split()[-1]) for w in words if " " in w}

    def concludes(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in single:
            return True
        below = {t.lower_ for c in tok.children for t in (c, *c.children)}
        return any(verb == lemma and word in below for verb, word in pairs)

    if any(c.dep_ in {"acl", "amod", "relcl"} and concludes(c) for c in trigger.children):
        return True  # "a deal brokered by Russia", "the newly signed accord"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head.pos_ == "VERB":
        # "fighters were evacuated under an agreement": an act done under it, so it was concluded; "what is known
        # as a safe zone under an agreement" only names the zone (lexicons/naming_verbs.txt)
        return trigger.head.head.lemma_.lower() not in lexicons.words("naming_verbs.txt")
    tok = trigger
    while tok.dep_ in _THROUGH and tok.head.i != tok.i:
        tok = tok.head  # "reached agreement on a truce", "signed a deal and a swap"
    if tok is not trigger and tok.pos_ in {"VERB", "AUX"} and concludes(tok):
        return True
    return trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} and concludes(trigger.head)  # "the truce took effect"


__all__ = ["concluded"]
