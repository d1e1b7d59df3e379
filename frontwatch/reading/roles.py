"""Roles of place mentions: where something happened, or only where people came from, went to,
are based, gave an interview, or a capital standing for its government.

Only places whose role is "location" may become an event's location (EXPECTED.md section 5:
militiamen *from* Lebanon, a monitor *based in* Britain, an interview *from* Amman, *Damascus*
refused).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.attribution import speaks
from frontwatch.reading.cleaning import agencies
from frontwatch.reading.doctext import text_of
from frontwatch.reading.mentions import first_conjunct, root_of

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Token

    from frontwatch.records import ActorMention, PlaceMention

_BRACKETED = re.compile(r",?\s*\(([^()\n]{2,40})\)")
_REPORTING_NOUNS = {"interview", "statement", "conference", "speech", "broadcast", "remark", "report"}


_SIDES = frozenset({"north", "south", "east", "west", "border", "side"})  # "Syria's north", "Turkey's border"


@functools.cache
def _owned_places() -> frozenset[str]:
    """Nouns a country's name may own as a place of it: sites and buildings, and its sides ("Turkey's border")."""
    return lexicons.site_nouns() | _SIDES


_DWELLERS = frozenset({"resident", "native", "inhabitant", "villager", "people"})


def _dwellers_of(noun: Token) -> bool:
    """``noun`` (or the noun its "of" phrase hangs on: "residents of the villages of X") names dwellers, and says
    who people were ("the dead were residents of X", "the victims, natives of X"), not what an act was done to."""
    while noun.lemma_.lower() not in _DWELLERS and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.lemma_.lower() not in _DWELLERS:
        return False
    # "buses carrying residents of Foua and Kefraya": the people a vehicle carries come from there (lexicons/carrying_verbs.txt)
    carried = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicons.words("carrying_verbs.txt")
    return noun.dep_ in {"attr", "appos"} or carried


def _in_outlet_name(root: Token) -> bool:
    """A place inside the proper name of a medium named with its kind (lexicons/outlet_nouns.txt): "the Times of
    Israel newspaper", "Lebanon's Al-Manar television". Only proper names (and "of") may lie between the place and
    the kind, so "a channel reporting on Aleppo" keeps Aleppo."""
    outlets = lexicons.words("outlet_nouns.txt")
    token = root
    while token.pos_ == "PROPN" and token.head is not token:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN":
            token = head.head  # "Times of Israel": on to "Times"
        elif token.dep_ in {"compound", "nmod", "poss"} and head.pos_ == "NOUN":
            return head.lemma_.lower() in outlets or head.lower_ in outlets
        elif token.dep_ in {"compound", "nmod", "poss"}:
            token = head
        else:
            return False
    return False


_SETTLED_KINDS = frozenset({"town", "city", "capital", "village", "admin1", "admin2", "admin3"})


def _qualifies_title(root: Token, mention: PlaceMention) -> bool:
    """A country or world region (or a name the gazetteer lacks: "Americas") qualifying a speaker's office
    (lexicons/title_nouns.txt): "the Middle East director of the charity", "the group's Americas head". A town or
    governorate so named ("the Aleppo health director") stays where the story may be."""
    titles = lexicons.words("title_nouns.txt")
    if mention.place is not None and mention.place.kind not in {"country", "region"}:
        # "the director of Daraa National Hospital said": a site or quarter the speaker heads is where the speaker
        # works (the dead are brought there), not where the act took place; a town or governorate so named stays
        return (mention.place.kind not in _SETTLED_KINDS and root.dep_ == "pobj" and root.head.lower_ == "of"
                and root.head.head.lemma_.lower() in titles)
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in titles


def _prep_role(prep: Token) -> str:
    roles = lexicons.mapping("place_roles.tsv")
    word = prep.lower_
    if word == "of" and (prep.head.lemma_.lower() == "out" or roles.get(prep.head.lemma_.lower()) == "origin"):
        return "origin"  # "out of Idlib", "natives of the Caucasus": where people come from
    return roles.get(word, "location")


def _names_government(root: Token, country: bool = False) -> bool:
    """A capital or country as the subject or the "by" agent of "refused", "declared" ... names its government
    ("Damascus refused"; "Damascus and Moscow declared a pause"; "a truce declared by Damascus and Moscow"), and
    so does one that modifies a noun of its government (lexicons/metonymic_nouns.txt: "Damascus ally Hezbollah").
    A country that is the subject or the "by" agent of any verb acts as a state ("Russia had reduced its air raids",
    "vetoed by Russia")."""
    root = first_conjunct(root)
    verbs = lexicons.words("metonymic_verbs.txt")
    if root.dep_ == "nsubj" and country and root.head.pos_ in {"VERB", "AUX"}:
        return True
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return root.head.lemma_.lower() in verbs
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        # "a draft proposed by New Zealand", "vetoed by Russia and China": a country as the doer, as when it is
        # the subject, is its state
        return country or root.head.head.lemma_.lower() in verbs
    # "a unit run by Damascus ally Hezbollah", "Moscow's envoy": the place names whose ally or envoy
    return root.dep_ in {"compound", "poss", "nmod"} and root.head.lemma_.lower() in lexicons.words("metonymic_nouns.txt")


def _dateline(mention: PlaceMention, doc: Doc) -> bool:
    """ "MOSCOW (Sputnik) -", "Beirut, (AFP)": the place a wire report was filed from, named before its
    agency in brackets, is where the reporter sat, not where anything happened. Pages scraped into one
    line keep such datelines mid-text (after a list of related headlines)."""
    after = _BRACKETED.match(text_of(doc), mention.end)
    return after is not None and (agencies().fullmatch(after.group(1).strip()) is not None or mention.text.isupper())


def _says_where_target_is(clause: Token, trigger: Token | None) -> bool:
    """ "destroyed a base in which a meeting was held in X": a relative clause on what the act hit (not a place
    itself), on the act, or on what it was done with ("bombs that landed on X") says where it was hit."""
    if trigger is None:
        return False
    target = clause.head
    if target.i == trigger.i and trigger.pos_ == "NOUN":
        return True  # "the strikes that hit Douma": the act itself
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if target.pos_ != "NOUN" or target.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        return False
    if target.dep_ == "dobj" and target.head.i == verb.i:
        return True
    # "killed by shells that fell on the market of Y": what the act was done with (not who did it)
    return (target.dep_ == "pobj" and target.head.lower_ in {"by", "with"} and target.head.head.i == verb.i
            and target.lemma_.lower() not in lexicons.mapping("person_nouns.txt")
            and target.lemma_.lower() not in lexicons.words("group_nouns.txt"))


def _seat_before(mention: PlaceMention, root: Token, roles: Mapping[str, str]) -> bool:
    """ "terrorists positioned in X fired shells on Y": a participle of sitting (place_roles.tsv, read by its own
    form: the noun "positions in X" is where a group is hit) right before "in X" names where the group sits, not
    where its act lands; read on the words, since the small parser often makes "positioned" the sentence's verb."""
    doc, first = root.doc, root.i
    while first > 0 and doc[first - 1].idx >= mention.start:
        first -= 1
    before = [t for t in doc[max(0, first - 4) : first] if t.lower_ != "the"]
    if len(before) < 2 or before[-1].lower_ not in {"in", "at"}:
        return False
    word = before[-2]
    return word.tag_ in {"VBN", "VBD"} and roles.get(word.lower_) == "base" and word.lower_ not in {"based", "headquartered"}


_ADJACENT = frozenset({"border", "adjoin", "neighbour", "neighbor", "overlook"})  # verbs that say where a place lies


def place_role(mention: PlaceMention, doc: Doc, actors: Sequence[ActorMention] = (), trigger: Token | None = None) -> str:
    """location | origin | destination | via | base | interview | government | description | reference | owner | actor
    | dateline | outlet | title | aim.

    ``trigger``: the event word the place is weighed for; a relative clause that holds the trigger
    ("the beachhead from which troops took X") does not make X a description.
    """
    if any(a.start <= mention.start and mention.end <= a.end for a in actors):
        return "actor"  # "US-led coalition", "Russian forces": part of an actor's name
    if _dateline(mention, doc):
        return "dateline"
    root = root_of(doc, mention.start, mention.end)
    if root is None:
        return "location"
    roles = lexicons.mapping("place_roles.tsv")
    if _seat_before(mention, root, roles):
        return "base"
    country = mention.place is not None and mention.place.kind == "country"
    if _names_government(root, country) and (mention.place is None or mention.place.kind in {"country", "capital", "town", "city", "admin1"}):
        return "government"
    # "the Britain-based group", "a London-headquartered monitor": the place qualifies who is based there.
    if root.dep_ in {"npadvmod", "compound", "nmod"} and "base" in {roles.get(root.head.lower_), roles.get(root.head.lemma_.lower())}:
        return "base"
    # "the Damascus-backed militia", "Tehran-sponsored fighters": the place is the government behind an actor.
    nxt = doc[root.i + 1] if root.i + 2 < len(doc) else None
    if nxt is not None and nxt.text == "-" and roles.get(doc[root.i + 2].lower_) == "government":
        return "government"
    if _in_outlet_name(root):
        return "outlet"  # "the Times of Israel newspaper reported": the name of a medium
    if speaks(root) and mention.place is not None and mention.place.kind not in {"country", "capital", "admin1"}:
        return "outlet"  # "... TV channel Al-Mayadin reported": a town named as the one who reports is a medium named like it
    if _qualifies_title(root, mention):
        return "title"  # "the Middle East director of the charity said": whose office, not where
    if country and root.dep_ in {"poss", "nmod"} and root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in _owned_places():
        return "owner"  # "in America's national security interest", "Syria's war": whose, not where
    token = root
    # Climb through appositions and compounds ("the capital, Damascus"; "Aleppo city").
    while token.dep_ in {"appos", "compound", "conj"} and token.head is not token:
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        role = _prep_role(prep)
        governor = prep.head
        glemma = governor.lemma_.lower()
        # "in a statement", "in an interview"; a verb "reported in X" says where something happened
        reporting_noun = glemma in _REPORTING_NOUNS and governor.pos_ in {"NOUN", "PROPN"}
        passive = any(c.dep_ == "auxpass" for c in governor.children)
        # "In Raqqa province a woman was stoned to death the Observatory said": a place opening the sentence is
        # where its news happened, even when a copy without commas hangs it on the closing "said"
        opening = prep.i == prep.sent.start and governor.pos_ in {"VERB", "AUX"} and governor.i > prep.i + 6
        if roles.get(glemma) in {"base", "interview"} and not (governor.pos_ in {"VERB", "AUX"} and passive) and not opening or reporting_noun:
            return "interview" if reporting_noun or roles.get(glemma) == "interview" else "base"
        if roles.get(glemma) == "reference" and governor.pos_ == "NOUN" and prep.lower_ == "with":
            return "reference"  # "the border with Iraq": the other side of a border, never where it happened
        if prep.lower_ == "with" and country:
            return "reference"  # "talks with Turkey", "with Russia and the regime bombing the city": a party, not where
        if prep.lower_ == "to" and glemma in lexicons.words("group_nouns.txt"):
            return "description"  # "the U.N. envoy to Syria": a title, weakly a location
        if glemma in lexicons.words("branch_nouns.txt") and governor.pos_ == "NOUN":
            return "description"  # "(al-Qaeda's branch in the Levant)": who the group is
        if role == "origin" and (glemma in lexicons.words("group_nouns.txt") or governor.pos_ in {"NOUN", "PROPN"}):
            return "origin"
        if prep.lower_ in {"of", "in"} and _dwellers_of(governor):
            return "origin"  # "the dead were mainly residents of the hamlets of X and Y": where they lived
        if role != "location":
            return role
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _ADJACENT and token.head.dep_ in {"relcl", "acl"}:
        # "Raqqa province, which borders Turkey", "an eastern province bordering Iraq": where the province lies, the
        # country across its border a reference point, never where the event happened (not even as a weak fallback)
        return "reference"
    # Places inside a relative clause describe another place ("which sit on the line between ...");
    # places in a phrase about a group describe the group ("a paramilitary group fighting ... in Aleppo").
    around_trigger = {t.i for t in [trigger, *trigger.ancestors]} if trigger is not None else set()
    below = root  # the token on the path just below ``anc``
    for anc in root.ancestors:
        if anc.i in around_trigger:
            break
        if anc.dep_ in {"acl", "appos"} and anc.head.lemma_.lower() in lexicons.words("group_nouns.txt"):
            return "description"
        if anc.dep_ == "relcl" and not _says_where_target_is(anc, trigger):
            return "description"
        if anc.lemma_.lower() in {"separate", "divide", "link", "connect"}:
            return "description"
        if country and _aimed_at(anc) and below.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            return "aim"  # not "a mosque in X, Syria, called on people to ...": the subject's place is where it is
        below = anc
    return "location"


def _aimed_at(clause: Token) -> bool:
    """ "shelled jihadists as they prepared to fire rockets at Turkey", "hit fighters who were about to
    attack Israel": a country the act's target meant to hit, in a clause of intent (lexicons/hypothetical.txt)
    the event word is not in, is an aim that did not come about, never where the event happened."""
    if clause.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False
    return clause.lemma_.lower() in lexicons.words("hypothetical.txt") or clause.lower_ == "about" and clause.dep_ == "acomp"
