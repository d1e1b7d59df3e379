"""Figure kinds: what a count counts (killed, injured, displaced, besieged, missing, arrested ...), from the words
that govern it (lexicons/claim_kinds.tsv): the verb or noun over it, a participle or state on the counted noun
("31 people killed", "140 have gone missing"), what a convoy carries, a place under siege; "put the number at
4,000" refers back to the last figure. Also whether a count is a part of another ("including four children")
and whether it is asserted at all ("could rise")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.figures import Figure
from frontwatch.reading.mentions import first_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_ANAPHORIC_NOUNS = {"number", "figure", "toll", "tally", "count", "estimate", "total"}
# Kinds a noun gives people by what they were ("evacuees", "the besieged", "hostages"), and what a verb may do to
# them ("killed 60 evacuees", "freed 20 hostages").
_STATUS_KINDS = {"displaced", "evacuated", "besieged", "fled", "abducted"}
_HARM_KINDS = {"killed", "injured", "released"}


def _kind_rows() -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    for lemma, kind, how in lexicons.table("claim_kinds.tsv"):
        rows.setdefault(lemma, []).append((kind, how))
    return rows


def _kind_of(token: Token, *, as_noun: bool, counted: Token | None = None) -> str:
    """The claim kind a single governing word gives, or "". ``counted``: the noun the figure counts."""
    for kind, how in _kind_rows().get(token.lemma_.lower(), []) + _kind_rows().get(token.lower_, []):
        if how == "noun" and as_noun:
            return kind
        if how == "verb" and not as_noun:
            return kind
        if how == "fighters" and not as_noun and counted is not None and _acted_on(counted, token):
            # "destroyed 60 terrorists", "eliminated 12 militants", "up to 80 fighters were destroyed": the verb
            # kills when it acts on fighters, listed after a thing or not ("a command post and 80 fighters were destroyed")
            if lexicons.mapping("person_nouns.txt").get(counted.lemma_.lower()) == "fighters":
                return kind
        if how == "life" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
            return kind
        if how == "borne" and not as_noun and _bore(token, counted, kind):
            return kind
        if how == "way" and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in token.children):
            return kind
        if how == "out" and not as_noun and any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in token.children):
            return kind  # "got out of the city", "forced 900 residents out of their homes"
        if how == "dead" and not as_noun and any(c.lower_ == "dead" for c in token.children):
            return kind  # "gunmen shot dead 6 soldiers", "six were shot dead"
        if how == "from_leaving" and any(
            c.lower_ == "from" and any(g.lemma_.lower() in {"leave", "flee", "escape", "exit"} for g in c.children) for c in token.children
        ):
            return kind
    return ""


def _bore(verb: Token, counted: Token | None, kind: str) -> bool:
    """ "40 sustained injuries", "twelve suffered wounds", "41 people who sustained injuries": the counted people are
    the verb's subject (or the noun its relative clause is on) and its object is a noun of the kind ("suffered heavy
    losses" is no count of the injured: "loss" names no injury)."""
    bearer = counted is not None and (counted.dep_ == "nsubj" and counted.head.i == verb.i or verb.dep_ == "relcl" and verb.head.i == counted.i)
    if not bearer:
        return False
    return any(c.dep_ == "dobj" and (kind, "noun") in _kind_rows().get(c.lemma_.lower(), []) for c in verb.children)


def _acted_on(noun: Token, verb: Token) -> bool:
    """The noun is what the verb acts on (its object, or its passive subject), alone or joined to another by "and":
    "a command post and 80 fighters were destroyed" destroyed the fighters too ("three tanks and 40 fighters": the
    figure reader gives each number the noun it counts, so the tanks' three is no count of fighters)."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        noun = noun.head.head  # "lost 13 of its fighters": the number before "of" is what the verb acts on
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i == verb.i


def _doers(noun: Token, verb: Token) -> bool:
    """The counted noun is the subject of a verb that harms someone it names ("two gunmen killed three soldiers",
    "five militants shot dead a guard"): it counts the doers, not the harmed. A subject with no object
    ("two people killed", a headline's passive) is the harmed."""
    noun = first_conjunct(noun)
    return noun.dep_ == "nsubj" and noun.head.i == verb.i and harms(verb) and any(_harmed_object(c, verb) for c in verb.children)


def _harmed_object(word: Token, verb: Token) -> bool:
    """A noun object right after the verb ("killed three soldiers", "shot dead a guard") with no harm word of its
    own: in a headline's lost commas ("7 citizens killed 12 injured") the number after the verb is another count,
    and a noun the parser hangs on "died" far after it ("died in the raid according to X, a member of ...") is none."""
    return word.dep_ == "dobj" and word.pos_ in {"NOUN", "PROPN", "PRON"} and word.left_edge.i <= verb.i + 2 \
        and not any(harms(c) for c in word.children)


def _harm_to_status_noun(noun: Token) -> Token | None:
    """ "a bomb killed more than 60 evacuees", "30 refugees died": a noun that says what people were before
    (evacuees, the besieged) counts what the verb did to them when that verb kills or wounds; the noun
    alone ("60 evacuees reached Idlib") still counts a movement."""
    if _kind_of(noun, as_noun=True) not in _STATUS_KINDS:
        return None
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubj", "nsubjpass"} or verb.pos_ != "VERB":
        return None
    return verb if _kind_of(verb, as_noun=False, counted=noun) in _HARM_KINDS else None


def _state_after_object(verb: Token) -> Token | None:
    """ "... leaving eight people injured": the parser may hang the state elsewhere; it still follows the
    object of "leave" at once (lexicons/left_states.txt)."""
    if verb.lemma_.lower() != "leave":
        return None
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        i = obj.right_edge.i + 1
        if i < len(doc) and doc[i].lower_ in lexicons.words("left_states.txt") and _kind_of(doc[i], as_noun=True):
            return doc[i]
    return None


def _left_behind(verb: Token, counted: Token) -> bool:
    """ "killing five and leaving many more suffering from burns", "left dozens struggling to breathe": people
    "leave" takes as its object, then a present participle (which the parser may read as the object itself), are
    left doing something, not people who left (displaced); the count counts no claim."""
    if verb.lemma_.lower() != "leave":
        return False
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj" and counted.i in {t.i for t in c.subtree}):
        after = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
        doing = any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i > obj.i for c in obj.children)
        if doing or obj.lower_.endswith("ing") or (after is not None and after.tag_ == "VBG"):
            return True
    return False


def _carried_kind(verb: Token, counted: Token) -> str:
    """ "the convoy was carrying 500 people", "the transfer, which they say includes 650 gunmen": what holds
    the people a verb of carrying names (lexicons/carrying_verbs.txt) gives their kind, a movement ("transfer",
    "evacuation") or its vehicle ("convoy", "bus": claim_kinds.tsv "carrier" rows). "which" stands for the
    noun its clause hangs on."""
    if verb.lemma_.lower() not in lexicons.words("carrying_verbs.txt") or counted.dep_ != "dobj" or counted.head.i != verb.i:
        return ""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "buses carrying 300 residents"
    if subject is None:
        return ""
    if subject.tag_ in {"WDT", "WP"}:
        subject = next((a for a in verb.ancestors if a.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None:
            return ""
    for kind, how in _kind_rows().get(subject.lemma_.lower(), []):
        if how in {"noun", "carrier"}:
            return kind
    return ""


def _state_of_subject(verb: Token, path: set[int]) -> str:
    """ "240 more have gone missing", "12 are missing", "30 remain trapped": the state word completing a verb
    whose subject is the counted noun (or the number itself) says what happened to them."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in path for c in verb.children):
        return ""
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd"}:
            kind = _kind_of(child, as_noun=child.pos_ not in {"VERB", "AUX"}) or _kind_of(child, as_noun=True)
            if kind:
                return kind
    return ""


def _aims(verb: Token) -> list[Token]:
    """The verbs a subject's effort governs: "managed to escape", "tried to flee", "were able to leave"."""
    out = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for child in verb.children:
        if child.dep_ == "acomp" and child.lemma_.lower() in lexicons.words("support_adjectives.txt"):
            out += [g for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB"]
    return out


def _anaphor_of(noun: Token) -> str:
    """ "the number of victims is at least 70": a counting noun with the kind's noun after "of" names the kind,
    as does a participle or relative clause on the people counted ("the number of civilians killed by the
    strike has risen to 20", "the number of people who fled"); a bare "the number" refers back ("" here)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if kind := _kind_of(obj, as_noun=True):
                    return kind
                for said in obj.children:
                    if said.dep_ in {"acl", "relcl", "amod"} and (kind := _kind_of(said, as_noun=said.pos_ not in {"VERB", "AUX"})):
                        return kind
    return ""


def _under_siege(tok: Token) -> bool:
    """ "some 15,000 people remain in the besieged town", "the towns ... have been under siege": a place under
    siege after "in"/"under"/"inside", on the counted noun or its verb."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "under", "inside", "within"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if _kind_of(obj, as_noun=True) == "besieged":
                return True
            if any(c.dep_ == "amod" and c.i < obj.i and _kind_of(c, as_noun=c.pos_ != "VERB") == "besieged" for c in obj.children):
                return True
    return False


def _counted(noun: Token) -> bool:
    """A noun with a number of its own ("9 others"), a number, a vague count ("claiming the lives of 9 people
    injuring dozens of others": the dozens are the wounded, not the 9) or "others" (another group of people)."""
    return (noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)
            or noun.lower_ in lexicons.words("numbers.tsv") or noun.lower_ == "others")


def _participle_before_number(doc: Doc, figure: Figure, start: Token) -> Token | None:
    """ "has killed 300 fighters and displaced 100000 civilians": the parser may take the second verb for an
    adjective on the noun ("displaced civilians"), but an adjective never stands before the number; a
    participle there, with only qualifiers between ("displaced nearly 100000"), is the verb of the count."""
    for child in start.children:
        if child.dep_ == "amod" and child.tag_ in {"VBN", "VBD"} and child.i < figure.token and _kind_of(child, as_noun=False) \
                and all(doc[k].pos_ in {"ADV", "ADP", "ADJ", "DET"} for k in range(child.i + 1, figure.token)):
            return child
    return None


def _conjunct_participle(start: Token) -> Token | None:
    """ "four children and one man killed in the shelling": the participle after the last of two joined
    counted nouns says what happened to both."""
    for conj in start.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"NOUN", "PROPN"} or conj.i < start.i:
            continue
        for child in conj.children:
            if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and child.i > conj.i and _kind_of(child, as_noun=False):
                return child
    return None


def _object_before_inverted_speaker(start: Token) -> Token | None:
    """ "rebel fire killed 1102 people said the Observatory": without the comma the parser makes the counted
    people the subject of "said"; they are the object of the verb right before them, which "said" reports."""
    if start.dep_ != "nsubj" or start.head.lemma_.lower() not in lexicons.words("reporting_verbs.txt"):
        return None
    edge = start.left_edge.i
    prev = start.doc[edge - 1] if edge > 0 else None
    if prev is not None and prev.pos_ == "VERB" and prev.head.i == start.head.i and prev.dep_ in {"ccomp", "conj"}:
        return prev
    return None


def figure_kind(doc: Doc, figure: Figure) -> tuple[str, Token | None, bool]:
    """(kind, the governing word, refers back) of a figure; kind "" when it counts no claim. "30 people were
    killed or injured", "leaving 30 dead or wounded": harm words joined by "or" count casualties, which gives
    no event fatalities (ACLED counts the dead alone)."""
    kind, governor, back = _figure_kind(doc, figure)
    if kind in _HARM_KINDS and governor is not None and _either_harm(governor):
        return "casualties", governor, back
    return kind, governor, back


def _harm_of(word: Token) -> str:
    kind = _kind_of(word, as_noun=word.pos_ not in {"VERB", "AUX"}) or _kind_of(word, as_noun=True)
    return kind if kind in _HARM_KINDS else ""


def harms(word: Token) -> bool:
    """The word says people were killed or wounded ("killed", "injured", "wounded")."""
    return _harm_of(word) in {"killed", "injured"}


def _either_harm(governor: Token) -> bool:
    """The governing harm word (or the state "leave" puts the people in) is joined by "or" to the other harm:
    "killed or wounded", "dead or injured"."""
    words = [governor, *(c for c in governor.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"})]
    for word in words:
        own = _harm_of(word)
        if not own:
            continue
        joined = [c for c in word.children if c.dep_ == "conj"] if any(c.dep_ == "cc" and c.lower_ == "or" for c in word.children) else []
        if word.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in word.head.children):
            joined.append(word.head)
        if any(_harm_of(j) not in {"", own} for j in joined):
            return True
    return False


def _governing_chain(doc: Doc, figure: Figure, start: Token) -> list[Token]:
    """The count and the words above it. "the toll rose to at least 112 a monitoring group said": with the comma lost,
    the parser hangs a bare number on the noun after an article; the words above are those of the preposition
    before the number ("to" -> "rose"), for no count runs over an article."""
    chain = [start, *start.ancestors]
    if figure.noun >= 0 or start.head.i <= start.i or not any(t.lower_ in {"a", "an", "the"} for t in doc[start.i + 1 : start.head.i]):
        return chain
    first = next(t.i for t in doc if t.idx + len(t.text) > figure.start)
    before = doc[first - 1] if first > 0 else None
    return [start, before, *before.ancestors] if before is not None and before.pos_ == "ADP" else chain


def _figure_kind(doc: Doc, figure: Figure) -> tuple[str, Token | None, bool]:
    """(kind, the governing word, refers back) of a figure, read from the words that govern it."""
    start = doc[figure.noun] if figure.noun >= 0 else doc[figure.token]
    if start.dep_ == "pobj" and start.head.lower_ == "from" and lexicons.mapping("person_nouns.txt").get(start.lemma_.lower()) == "families":
        return "", None, False  # "the dead were from six families": where they came from, no count of its own
    if _size_of_whole(start):
        return "", None, False
    # "more than 30 cases of asphyxiation": the cases are people, counted by the harm they were found with
    if start.lemma_.lower() == "case":
        for condition in (g for c in start.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            kind = next((k for k, how in _kind_rows().get(condition.lemma_.lower(), []) if how == "case"), "")
            if kind:
                return kind, condition, False
    treated = _treated(start)
    if treated is not None:
        return "injured", treated, False
    # "31 people killed in shelling", "12 fighters wounded": a participle on the counted noun says what happened to
    # them; so does a relative clause ("14 people who died in the shelling").
    for child in start.children:
        # ... unless the participle has its own object: "killed 30 people injured 90" (a comma lost)
        participle = child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in child.children)
        # "3000 people leaving the two towns": a present participle on the counted noun says what they do
        # ("killing 2 children injuring 9 others", a comma lost, is another count's verb)
        # ("jets kill 120 militants fleeing the city": the object of a harm verb was harmed, whatever it was doing)
        participle = participle or (child.dep_ == "acl" and child.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "dobj" and _counted(c)) for c in child.children)
            and not (start.dep_ == "dobj" and harms(start.head)))
        if (participle or (child.dep_ == "relcl" and child.pos_ == "VERB")) and child.i > start.i:
            kind = _kind_of(child, as_noun=False, counted=start)
            if kind and not (child.tag_ == "VBG" and _harmed_while(start)):
                return kind, child, False
        # "there were 12 dead among the rebels", "some 31 people dead over 90 injured" (a comma lost): a state
        # adjective right after the bare number or the counted noun
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i == start.i + 1:
            kind = _kind_of(child, as_noun=True)
            if kind:
                return kind, child, False
    verb = _participle_before_number(doc, figure, start)
    if verb is not None:
        return _kind_of(verb, as_noun=False), verb, False
    before = _verb_before_lost_comma(start) or _verb_before_run_on(doc, figure, start)
    if before is not None:
        return _kind_of(before, as_noun=False, counted=start), before, False
    shared = _conjunct_participle(start)
    if shared is not None:
        return _kind_of(shared, as_noun=False), shared, False
    inverted = _object_before_inverted_speaker(start)
    if inverted is not None and (kind := _kind_of(inverted, as_noun=False)):
        return kind, inverted, False
    # "... died, among them two boys, and 15 others wounded in ...": the parser hangs the participle
    # right after the counted noun elsewhere; read on the words, it is still what happened to them
    # (after a bare number too: "31 people dead over 90 injured", the 90 hung on "dead")
    nxt = doc[start.i + 1] if start.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "VBN" and nxt.head.i != start.i and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "auxpass", "aux"} for c in nxt.children):
        kind = _kind_of(nxt, as_noun=False)
        if kind:
            return kind, nxt, False
    # "hospitals received 80 wounded persons": a state word before the noun, when the verb governing the noun
    # tells nothing of its own ("six injured civilians died" are dead)
    governor = start.head
    if governor is not start and not _kind_of(governor, as_noun=governor.pos_ in {"NOUN", "PROPN", "ADJ"}, counted=start):
        for child in start.children:
            if child.dep_ == "amod" and child.i < start.i and (kind := _kind_of(child, as_noun=True)) \
                    and not _number_between(doc, figure.token, child.i):
                return kind, child, False
    whole = _among_whole(start)
    if whole is not None:
        # "four women and two boys were among 30 people killed": the parts take the kind of the whole
        for child in whole.children:
            if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN":
                kind = _kind_of(child, as_noun=False)
                if kind:
                    return kind, child, False
    harmed = _harm_to_status_noun(start)
    if harmed is not None:
        return _kind_of(harmed, as_noun=False), harmed, False
    stranded = _stranded_subject_of(start)
    if stranded is not None and (kind := _kind_of(stranded, as_noun=False)):
        return kind, stranded, False
    nouns_seen = 0
    path = {start.i, figure.token}
    for tok in _governing_chain(doc, figure, start)[:6]:
        is_noun = tok.pos_ in {"NOUN", "PROPN", "ADJ"} or tok.i == figure.token
        kind = _kind_of(tok, as_noun=is_noun, counted=start) or (_carried_kind(tok, start) if tok.pos_ in {"VERB", "AUX"} else "")
        if kind and tok.pos_ in {"VERB", "AUX"} and _doers(start, tok):
            return "", None, False  # "two gunmen killed three soldiers": the two did the killing
        if kind and tok.pos_ in {"VERB", "AUX"}:
            # "left 40 dead and 70 wounded": the state the verb leaves them in beats the verb ("leave" = displaced).
            state = next((c for c in tok.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and _kind_of(c, as_noun=True)), None)
            if state is None:
                state = _state_after_object(tok)
            if state is not None:
                return _kind_of(state, as_noun=True), tok, False
            if _left_behind(tok, start):
                return "", None, False
        if kind and is_noun and tok.i != start.i:
            # "The toll: 18 dead and 40 wounded": a state word right after the number beats the word the
            # parser joins the count to
            return _own_harm_state(doc, figure) or kind, tok, False
        if kind:
            return kind, tok, False
        if tok.pos_ == "VERB" and _to_death(tok):
            return "killed", tok, False  # "stoned to death", "beaten to death"
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "xcomp":
            # "had managed to escape", "tried to flee": the verb the subject's effort governs tells what happened
            for aim in _aims(tok):
                if kind := _kind_of(aim, as_noun=False):
                    return kind, aim, False
        if tok.pos_ in {"VERB", "AUX"} and (kind := _state_of_subject(tok, path)):
            return kind, tok, False
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "auxpass" for c in tok.children):
            # "six people were reported killed", "were believed dead": the state a passive report gives them
            for child in tok.children:
                if child.dep_ in {"xcomp", "oprd", "acomp"}:
                    kind = _kind_of(child, as_noun=child.pos_ not in {"VERB", "AUX"})
                    if kind:
                        return kind, child, False
        if tok.pos_ in {"VERB", "AUX"}:
            # "the death toll rose to 15": the verb's subject names the kind.
            for child in tok.children:
                if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.i != start.i:
                    kind = _kind_of(child, as_noun=True)
                    if kind:
                        return _own_harm_state(doc, figure) or kind, tok, False
                    if child.lemma_.lower() in _ANAPHORIC_NOUNS:
                        kind = _anaphor_of(child)
                        return (kind, tok, False) if kind else ("", tok, True)
            if tok.dep_ in {"ROOT", "ccomp"} and nouns_seen:
                break
            if tok.pos_ == "VERB" and tok.dep_ == "conj" and any(c.i == start.i and c.dep_ == "dobj" for c in tok.children) \
                    and any(c.dep_ == "dobj" for c in tok.head.children):
                break  # "killing 40 soldiers and expelling many others": the others are what their own verb did to them
            if tok.pos_ == "VERB" and any(c.i == start.i and c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                break  # "..., and 300 civilians live there": the count's own clause says nothing, the one before is not its
        if is_noun:
            nouns_seen += 1
        path.add(tok.i)
    verb = next((a for a in [start, *start.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    for where in (start, verb):
        if figure.unit and where is not None and _under_siege(where):
            return "besieged", where, False  # of people: "the three areas are under siege" counts places
    return "", None, False


def _treated(start: Token) -> Token | None:
    """ "eight people were receiving treatment", "12 victims were taken abroad for treatment": the counted people's
    own verb gives them care (claim_kinds.tsv "treated" rows), so they are injured, even when the noun ("victims")
    would count the dead."""
    if start.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = start.head
    cares = {lemma for lemma, rows in _kind_rows().items() if ("injured", "treated") in rows}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return next((o for o in objects if o.lemma_.lower() in cares), None)


def _verb_before_lost_comma(noun: Token) -> Token | None:
    """ "Army kills 33 terrorists captured 10": with the headline's comma lost the parser makes the counted noun the
    subject of the second verb ("captured", with a count of its own); the verb before the count tells its kind."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.dep_ not in {"ccomp", "conj"} or not any(
            c.dep_ == "dobj" and c.like_num for c in verb.children):
        return None
    before = verb.head
    return before if before.pos_ == "VERB" and before.i < noun.i and _kind_of(before, as_noun=False, counted=noun) else None


def _verb_before_run_on(doc: Doc, figure: Figure, noun: Token) -> Token | None:
    """ "killing at least 10 civilians activists said": with the comma lost the people counted qualify the speaker's
    noun, and the verb right before the count, left with no object, is what befell them."""
    if noun.dep_ not in {"compound", "nmod"} or noun.head.i <= noun.i:
        return None
    first = next(t.i for t in doc if t.idx + len(t.text) > figure.start)
    verb = doc[first - 1] if first > 0 else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb if _kind_of(verb, as_noun=False, counted=noun) else None


def _harmed_while(noun: Token) -> str:
    """ "killed 30 militants fleeing Palmyra", "dozens of militants fleeing the town were killed": what the
    people were doing ("fleeing") is no count of its own when the verb above them harms them; that verb's kind."""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    kind = _kind_of(verb, as_noun=False, counted=noun) if verb is not None else ""
    return kind if kind in {"killed", "injured"} else ""


def _size_of_whole(start: Token) -> bool:
    """ "displaced half of the country's pre-war population of 22 million", "a third of the town's population of
    40,000 fled": a number right after a noun of a whole and "of" (lexicons/size_nouns.txt), the whole itself a
    share's ("half of", lexicons/land_shares.tsv), says how big the whole is; the verb above befell the share, not
    that many people. "The towns of some 20,000 people are under siege" counts the people besieged; "in the
    province of Daraa 16 civilians were killed" (a comma lost) names a place between."""
    prep = start.head
    if start.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in lexicons.words("size_nouns.txt"):
        return False
    doc = start.doc
    first = min(t.i for t in start.subtree)
    if any(t.pos_ in {"PROPN", "NOUN"} for t in doc[prep.i + 1 : first]):
        return False
    whole = prep.head
    return (whole.dep_ == "pobj" and whole.head.lower_ == "of"
            and lexicons.mapping("land_shares.tsv").get(whole.head.head.lemma_.lower()) == "share")


def _stranded_subject_of(noun: Token) -> Token | None:
    """The passive verb a counted noun is the subject of, where the parser hung the noun inside a fronted place
    phrase instead: in "At Tadef in the eastern province of Aleppo 12 people were killed" (the comma after the
    place lost) "12 people" becomes the object of "of", and the verb, left without a subject, is never reached by
    climbing from the noun. Read on the words: the noun stands right before the verb's passive auxiliary."""
    if noun.dep_ != "pobj" or noun.i + 1 >= len(noun.doc):
        return None
    aux = noun.doc[noun.i + 1]
    verb = aux.head
    if aux.dep_ != "auxpass" or verb.pos_ != "VERB" or verb.i <= aux.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb if noun.i in {t.i for t in verb.subtree} else None


def _number_between(doc: Doc, first: int, last: int) -> bool:
    """Another number stands between a count and a word before its noun: in "the toll rose to 20 and 40
    wounded people" the "wounded" is the 40's state, not the 20's (the parser hangs both numbers on "people")."""
    return any(t.pos_ == "NUM" or t.like_num for t in doc[first + 1 : last])


def _own_harm_state(doc: Doc, figure: Figure) -> str:
    """The harm a state word right after the number gives it, read on the words: "the death toll rose to 20 and
    45 wounded persons" counts 45 wounded, though the toll noun governs the whole phrase; a state
    word followed by anything but a person noun or the end of the phrase is no state of the count."""
    after = figure.token + 1
    if after >= len(doc) or doc[after].lower_ not in lexicons.words("left_states.txt"):
        return ""
    kind = _kind_of(doc[after], as_noun=True)
    if kind not in _HARM_KINDS:
        return ""
    nxt = doc[after + 1] if after + 1 < len(doc) else None
    ends = nxt is None or nxt.is_punct or nxt.pos_ in {"CCONJ", "ADP"} or nxt.lemma_.lower() in lexicons.mapping("person_nouns.txt")
    return kind if ends else ""


def _among_whole(noun: Token) -> Token | None:
    """The counted whole of "<parts> were among <whole>": the pobj of "among" on the parts' "be"."""
    part = noun
    while part.dep_ == "conj":
        part = part.head
    if part.dep_ != "nsubj" or part.head.lemma_ != "be":
        return None
    return next((g for c in part.head.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"), None)


def listed_after(doc: Doc, figure: Figure) -> bool:
    """A count joined to the one before it ("... and 23 among ...", "as well as two civilians") that no word of
    its own gives a kind: it goes on with that count's kind."""
    first = figure.token
    while first > 0 and doc[first - 1].idx >= figure.start:
        first -= 1
    before = [t.lower_ for t in doc[max(0, first - 3):first]]
    joined = before[-1:] in (["and"], [","]) or before == ["as", "well", "as"]
    nxt = doc[figure.token + 1].lower_ if figure.token + 1 < len(doc) else ""
    if doc[figure.noun if figure.noun >= 0 else figure.token].dep_ not in {"conj", "appos"}:
        return False  # "... and 300 civilians live there": a clause of its own
    if figure.noun >= 0:
        return joined and doc[figure.noun].lemma_.lower() in lexicons.mapping("person_nouns.txt")
    return joined and nxt in {"among", "in", "from", "on"}


def _to_death(verb: Token) -> bool:
    """ "stoned to death", "beaten to death", "burned to death": the phrase says they died."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)


def subset_of(token: Token) -> bool:
    """A part of a count given before it: "51 civilians including four children", "48 people, among them
    ten children", "of whom". "Three nurses were among at least 26 people killed": the count after a plain
    "among" is the whole."""
    doc = token.doc
    if token.head.pos_ in {"NOUN", "PROPN"} and _among_whole(token.head) is not None:
        return True  # "four women and two boys were among 30 people killed": parts of the 30
    first = token.left_edge.i if token.left_edge.i < token.i else token.i
    before = [t.lower_ for t in doc[max(token.sent.start, first - 2) : first]]
    if before[-1:] == ["including"] or before[-2:] in (["among", "them"], ["among", "whom"], ["of", "whom"]):
        return True  # read on the words: the parser often hangs "among them 10 children" on the verb
    if _partitive_after(token):
        return True
    noun = token.head
    if token.dep_ in {"nummod", "det"} and noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        # "among them 10 children and 4 women", "among them 3 children and a woman": a count listed after a part is a part too
        if any(c.dep_ in {"nummod", "det"} and c.i < token.i and subset_of(c) for c in noun.head.children):
            return True
    if _among_them_after(token):
        return True
    # "Four gunmen one identified as a foreign fighter were killed": a count right after a counted noun,
    # naming one of them, is a part of that count
    prev = doc[first - 1] if first > token.sent.start else None
    nxt = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if prev is not None and nxt is not None and prev.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in prev.children) \
            and nxt.lower_ in {"identified", "named", "of"}:
        return True
    for t in token.ancestors:
        if t.i >= token.i or t.sent != token.sent:
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() != "include" and t.dep_ in {"acl", "relcl", "advcl"}:
            break  # "four strikes including two cluster bombs killing three civilians": the count is the clause's, no part
        if t.lower_ in {"including", "whom"}:
            return True
        if t.lower_ == "among" and any(c.dep_ == "pobj" and c.pos_ == "PRON" for c in t.children):
            return True
    return False


def _among_them_after(token: Token) -> bool:
    """ "two people were killed, a woman among them", "a child and a man among them": a count whose phrase is
    followed by "among them" (and no count of its own after it) is a part of the toll told before it; "two civilians,
    among them a child, were killed" gives the part after "among them"."""
    doc = token.doc
    noun = token.head if token.dep_ in {"nummod", "det"} and token.head.pos_ in {"NOUN", "PROPN"} else token
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    end = _bare_end(noun) + 1
    i = end + (1 if end < token.sent.end and doc[end].is_punct else 0)
    if i + 1 >= token.sent.end or [doc[i].lower_, doc[i + 1].lower_] not in (["among", "them"], ["among", "whom"]):
        return False
    following = doc[i + 2] if i + 2 < token.sent.end else None
    return following is None or following.pos_ not in {"NUM", "DET", "NOUN", "PROPN", "ADJ"}


def _bare_end(noun: Token) -> int:
    """The last word of a noun phrase and the nouns listed with it, without what hangs after them."""
    last = noun.i
    for c in noun.children:
        if c.i > noun.i and c.dep_ not in {"prep", "relcl", "acl", "punct"}:
            last = max(last, _bare_end(c) if c.dep_ == "conj" else c.right_edge.i)
    return last


_PARTITIVE_PRONOUNS = {"them", "whom", "those"}


def _partitive_after(token: Token) -> bool:
    """ "killing 25 people, 10 of them children", "five of the dead were killed in the market": a count of "them"
    or of the dead already counted is a part of that toll, not more dead (lexicons/casualty_nouns.txt); "shot at
    a crowd, killing 3 of them" counts its own dead."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, token.sent.end)]]
    if after[:1] != ["of"] or len(after) < 2:
        return False
    if after[1] == "whom":
        return True
    if after[1] in _PARTITIVE_PRONOUNS:
        # "targeted dozens of civilians ... killing 3 of them": a verb's own object counts harm done to a group
        # told before (no toll), not a part of a toll
        return token.dep_ != "dobj"
    return after[1] == "the" and len(after) > 2 and after[2] in lexicons.words("casualty_nouns.txt")


def of_the_wounded(token: Token) -> bool:
    """ "Three of the wounded later died in hospital": a count taken from the wounded (lexicons/wounded_nouns.txt);
    when it is of dead, they come on top of the dead told before, no part of them."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, token.sent.end)]]
    return after[:2] == ["of", "the"] and len(after) > 2 and after[2] in lexicons.words("wounded_nouns.txt")


def conjectured(governor: Token | None) -> bool:
    """A figure under a modal ("could rise", "may reach") or an expectation is not asserted; "may have been killed"
    guesses at a past toll and is."""
    if governor is None:
        return False
    verbs = [governor, *governor.ancestors][:3]
    for v in verbs:
        auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
        modal = next((c for c in auxes if c.lemma_.lower() in {"could", "may", "might", "would", "will", "should"}), None)
        if modal is None:
            continue
        # "as many as 40 people may have been killed": a guess at what has happened is a hedged claim (its hedge
        # "may have" is kept), not a prospect like "the toll could rise"
        past = modal.lemma_.lower() in {"may", "might", "could"} and any(a.lemma_ == "have" and a.i > modal.i for a in auxes)
        return not past
    return False


def counts_a_group_of_others(doc: Doc, figure: Figure, figures: Sequence[Figure]) -> bool:
    """ "killed seven members of one family": a number of groups after "of" says which group the people another
    number counts belong to; "killed two of the three children": a number after a part gives the whole it is
    taken from. Either way it counts no one of its own (seven died, not eight; two, not five). "two families of
    ten members" counts ten people: people after "of" a group are its count."""
    noun = doc[figure.noun] if figure.noun >= 0 else None
    if noun is None or noun.head.lower_ != "of":
        return False
    owner = noun.head.head.i
    if owner in {figure.noun, figure.token}:
        return False
    others = [f for f in figures if f is not figure]
    return any(f.token == owner for f in others) or (any(f.noun == owner for f in others) and figure.unit not in {"people", "fighters"})
