"""Roles of place mentions: where something happened, or only where people came from, went to,
are based, gave an interview, or a capital standing for its government.

Only places whose role is "location" may become an event's location (EXPECTED.md section 5:
militiamen *from* Lebanon, a monitor *based in* Britain, an interview *from* Amman, *Damascus*
refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.mentions import root_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from frontwatch.records import ActorMention, PlaceMention

GROUP_NOUNS = _PERSON_HEADS = {"militiaman", "fighter", "militant", "volunteer", "mercenary", "jihadist", "troop", "soldier", "refugee", "national", "citizen", "envoy", "ambassador", "delegation", "minister", "official", "militia", "group", "brigade", "faction", "battalion", "organisation", "organization", "movement", "force"}
_REPORTING_NOUNS = {"interview", "statement", "conference", "speech", "broadcast", "remark", "report"}


def _prep_role(prep: Token) -> str:
    roles = lexicons.mapping("place_roles.tsv")
    word = prep.lower_
    if word == "of" and prep.head.lemma_.lower() == "out":
        return "origin"
    return roles.get(word, "location")


def place_role(mention: PlaceMention, doc: Doc, actors: Sequence[ActorMention] = (), trigger: Token | None = None) -> str:
    """location | origin | destination | via | base | interview | government | description | actor.

    ``trigger``: the event word the place is weighed for; a relative clause that holds the trigger
    ("the beachhead from which troops took X") does not make X a description.
    """
    if any(a.start <= mention.start and mention.end <= a.end for a in actors):
        return "actor"  # "US-led coalition", "Russian forces": part of an actor's name
    root = root_of(doc, mention.start, mention.end)
    if root is None:
        return "location"
    roles = lexicons.mapping("place_roles.tsv")
    # A capital or country as the subject of "refused", "said" ...: it names the government.
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in lexicons.words("metonymic_verbs.txt"):
        if mention.place is None or mention.place.kind in {"country", "capital", "town", "city", "admin1"}:
            return "government"
    token = root
    # Climb through appositions and compounds ("the capital, Damascus"; "Aleppo city").
    while token.dep_ in {"appos", "compound", "conj"} and token.head is not token:
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        role = _prep_role(prep)
        governor = prep.head
        glemma = governor.lemma_.lower()
        if roles.get(glemma) in {"base", "interview"} or glemma in _REPORTING_NOUNS:
            return "interview" if glemma in _REPORTING_NOUNS or roles.get(glemma) == "interview" else "base"
        if prep.lower_ == "to" and glemma in _PERSON_HEADS:
            return "description"  # "the U.N. envoy to Syria": a title, weakly a location
        if role == "origin" and (glemma in _PERSON_HEADS or governor.pos_ in {"NOUN", "PROPN"}):
            return "origin"
        if role != "location":
            return role
    # Places inside a relative clause describe another place ("which lie on the front line separating ...");
    # places in a phrase about a group describe the group ("a paramilitary group fighting ... in Aleppo").
    around_trigger = {t.i for t in [trigger, *trigger.ancestors]} if trigger is not None else set()
    for anc in root.ancestors:
        if anc.i in around_trigger:
            break
        if anc.dep_ in {"acl", "appos"} and anc.head.lemma_.lower() in _PERSON_HEADS:
            return "description"
        if anc.dep_ == "relcl":
            return "description"
        if anc.lemma_.lower() in {"separate", "divide", "link", "connect"}:
            return "description"
    return "location"
