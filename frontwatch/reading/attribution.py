"""Who asserts a fact, and how firmly: attribution of a token to a source, and hedges.

Rules, in order: "according to X"; the subject of a reporting verb that governs the token ("SANA
reported the army had ..."; "..., state media said"; "... said the Observatory"), read by
reading.speakers ("it said", "the source added" refer back); otherwise the outlet (nothing attributed
in the sentence: reading.discourse then finds the voice the sentence is told in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontwatch.reading import lexicons
from frontwatch.reading.speakers import (
    Context,
    media_source,
    medium_before,
    named_entity,
    source_at,
    speaker_after,
    speaker_before,
    subject_source,
    surname_before,
)
from frontwatch.records import Source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from frontwatch.reading.sources import SourceMention

# Clauses that describe a noun or add a circumstance ("pictures showing ...", "after claiming ...", "to put
# an end to ..."): a reporting verb there does not say who tells the sentence.
_NOT_MAIN = {"relcl", "acl", "advcl", "xcomp", "pcomp", "amod", "prep"}
# Verbs that relay another's words: "quoted X as saying", "cited X as saying".
_QUOTING = {"quote", "cite"}
_NOT_HEDGE_AFTER_CLAIM = re.compile(r"^\s*(the\s+)?(lives?|responsibility)\b", re.I)


@dataclass(frozen=True, slots=True)
class Attribution:
    source: Source
    how: str  # according_to | reporting_verb | witness | self | outlet; reading.discourse adds quote | run | frame | lede
    verb: int = -1  # token index of the reporting verb, if any


def _trailing(verb: Token, sent: Span) -> bool:
    """A reporting verb that closes the sentence with nothing to report of its own ("... damaged a school
    a monitoring group said"; "... SANA news agency reported on Tuesday"; "... a military source told
    Sputnik"): without commas the parser hangs it on a noun, but it attributes the whole sentence. The
    object of "told" is whom the speaker told, not what."""
    objects = {"ccomp", "xcomp"} if verb.lemma_.lower() == "tell" else {"ccomp", "dobj", "xcomp"}
    if any(c.dep_ in objects for c in verb.children):
        return False
    governed = {t.i for t in verb.subtree}
    return all(t.i in governed or t.is_punct or t.is_space for t in sent if t.i > verb.i)


def _reporting(token: Token) -> bool:
    """A reporting verb (lexicons/reporting_verbs.txt): a lemma, or a lemma with its particle ("point out")."""
    lemma = token.lemma_.lower()
    verbs = lexicons.words("reporting_verbs.txt")
    if lemma in verbs:
        return True
    if any(c.dep_ in {"prt", "prep"} and f"{lemma} {c.lower_}" in verbs for c in token.children):
        return True
    return _states_toll(token)


def _states_toll(token: Token) -> bool:
    """ "The Observatory gave a higher toll of 15", "medics raised the death toll to 20": a verb whose object is a
    toll states it (lexicons/toll_statements.tsv), as does the passive ("the toll was given by ..."); "gave
    shelter", "raised a flag" report nothing."""
    rows = lexicons.table("toll_statements.tsv")
    if token.lemma_.lower() not in {r[1] for r in rows if r[0] == "verb"}:
        return False
    nouns = {r[1] for r in rows if r[0] == "noun"}
    # "the toll was given by the Observatory": the passive's subject is the toll
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in nouns for c in token.children)


def reporting(token: Token) -> bool:
    """``token`` is a reporting verb ("said", "pointed out"), for readers outside attribution."""
    return _reporting(token)


def speaks(token: Token) -> bool:
    """``token`` heads the subject of a reporting verb ("the civil defence said", "SANA reported"): a speaker,
    not a party to what is reported; so is whom a report quotes or cites ("SANA quoted a police source as saying")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in {"quote", "cite"}:
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and _reporting(token.head)


def _self_named(subj: Token, outlet: Source) -> bool:
    """ "the Coalition said" in the Syrian Coalition's own statement: a definite capitalised noun that is a
    word of the outlet's name is the outlet speaking of itself, not an actor of the same name."""
    words = {w.lower() for w in outlet.name.replace("(", " ").replace(")", " ").split() if len(w) > 3}
    return subj.pos_ == "PROPN" and subj.lower_ in words and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def attribute(
    token: Token,
    sent: Span,
    mentions: Sequence[SourceMention],
    previous: Source | None,
    outlet: Source,
    recent: tuple[Source, ...] = (),
) -> Attribution:
    """The source that asserts what ``token`` (a figure, an event trigger) says, within its sentence.

    ``previous``: the speaker before the sentence (for "he said"); ``recent``: the sources named before
    it, latest last (for "the source said", reading.speakers)."""
    doc = sent.doc
    context = Context(mentions, previous, recent)
    ancestors = [token, *token.ancestors]
    # 1. "according to X" in the same sentence, unless a reporting verb of its own that the phrase stands
    #    outside of governs the token: "Nine died, according to medics, while the monitor put the toll at 12".
    own = next((t for t in ancestors if t.pos_ in {"VERB", "AUX"} and _reporting(t)), None)
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            if own is not None and not (own.left_edge.i <= tok.i <= own.right_edge.i):
                said = _said_by(own, context, outlet)
                if said is not None:
                    return said
            pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            teller = _teller_before_count(pobj[0], context) if pobj else _teller_right_after(doc[tok.i + 1], context)
            if teller is not None:
                return Attribution(teller, "according_to")
            if pobj:
                # The phrase's head names the speaker first ("according to Omar Haddad a member of the council
                # that runs opposition-held areas"), then any source inside it ("according to an Observatory toll").
                source = subject_source(pobj[0], context)
                if source:
                    return Attribution(source, "according_to")
    # 1b. "By the Observatory's count, 16 were killed", "the Observatory's toll stood at 16": a toll it owns.
    owner = _toll_owner(sent, ancestors, context)
    if owner is not None:
        return Attribution(owner, "according_to")
    # 1c. "An AFP photographer saw six wounded children": a witness tells what he saw.
    seen = _witnessed(ancestors, context)
    if seen is not None:
        return seen
    # 1d. "investigating reports that 73 civilians were killed": the reports the clause tells are its source.
    reports = _reported_in(ancestors, context)
    if reports is not None:
        return Attribution(reports, "according_to")
    # 2. A reporting verb that governs the token (closest first), or the sentence's reporting root.
    candidates = [t for t in _clausal(ancestors) if t.pos_ in {"VERB", "AUX"} and _reporting(t) and not _said_of_noun(t)]
    candidates += [t for t in sent if t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj", "parataxis"} and t not in candidates and _reporting(t)]
    candidates += [t for t in sent if t.pos_ == "VERB" and t not in candidates and _reporting(t) and _trailing(t, sent)]
    # 3. "An attack was reported ..., with regime media saying ...": a report without its reporter names
    #    him elsewhere in the sentence.
    if any(_reporting(t) and _agentless(t) for t in ancestors):
        candidates += [t for t in sent if t.pos_ == "VERB" and t not in candidates and _reporting(t)]
    for verb in candidates:
        said = _said_by(verb, context, outlet)
        if said is not None:
            return said
    aside = _said_aside(sent, context)
    return aside if aside is not None else Attribution(outlet, "outlet")


def _said_aside(sent: Span, context: Context) -> Attribution | None:
    """ "Nine died in raids which the monitor said Russian jets flew": a known source
    that speaks in a relative clause on a noun of the sentence tells of the incident the sentence reports, when
    nothing else in it is attributed. The source must say something of the noun (a clause of its own): "an attack the
    army denied" denies the noun itself, and "an accusation the YPG denied" is said of a noun naming something said."""
    for verb in (t for t in sent if t.dep_ == "relcl" and t.pos_ in {"VERB", "AUX"} and _reporting(t) and not _said_of_noun(t)
                 and any(c.dep_ in {"ccomp", "xcomp"} for c in t.children) and _of_the_noun(t)):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            found = source_at(subj, context.mentions)
            if found is not None:
                return Attribution(found.source, "reporting_verb", verb.i)
    return None


def _of_the_noun(verb: Token) -> bool:
    """A relative clause that says something of its noun itself ("raids which the monitor said Russian jets flew":
    "which" stands for the raids in what is said), not of a place or a time ("the town, where the army says
    rebels killed the pilot", "since March, when ..." tell another story)."""
    opening = [t for t in verb.subtree if t.i < verb.i]
    return any(t.tag_ in {"WDT", "WP"} or t.lower_ == "that" for t in opening) and not any(t.tag_ == "WRB" for t in opening)


def _clausal(ancestors: Sequence[Token]) -> list[Token]:
    """The token's ancestors up to the first noun above its clause: a verb reached through a noun ("they say it
    cooperates ... rather than fighting it, an accusation the YPG denied(,) Sheikh Maqsoud has been shelled")
    tells of that noun, not of the figure below it (copies without punctuation parse so)."""
    out: list[Token] = []
    seen_verb = False
    for t in ancestors:
        if seen_verb and t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"ROOT"}:
            break
        seen_verb = seen_verb or t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"prep", "amod", "acl", "advmod"}  # not "including"
        out.append(t)
    return out


def _said_of_noun(verb: Token) -> bool:
    """ "an accusation the YPG has denied", "a claim the ministry rejected": a reporting verb in a relative clause
    on a noun naming something said (lexicons/speech_act_nouns.txt) is said of that noun, whatever the parser
    hangs under it."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in lexicons.words("speech_act_nouns.txt")


def _reported_in(ancestors: Sequence[Token], context: Context) -> Source | None:
    """ "The army is investigating reports that 73 civilians were killed", "amid reports that 30 fighters died": a
    clause with a subject of its own that tells what a source noun (a known source mention: "reports", "press
    reports") says. Those reports assert the count; who investigates or mentions them does not. A reporting verb
    nearer the figure speaks first ("reports said the army had killed 20" is the verb's)."""
    for clause, noun in zip(ancestors, ancestors[1:]):
        if noun.pos_ in {"VERB", "AUX"} and _reporting(noun):
            return None
        if noun.pos_ != "NOUN" or clause.dep_ not in {"acl", "ccomp"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue  # "reports published on Monday" describes the reports
        if not _content_clause(clause, noun):
            continue  # "destroyed hideouts for IS fighters ... killing several of them": who was hit tells nothing
        found = source_at(noun, context.mentions)
        if found is not None:
            return found.source
    return None


def _content_clause(clause: Token, noun: Token) -> bool:
    """The clause tells what the noun says: "reports that 30 died" (a "that" clause), or a noun of saying or of the
    media (lexicons/speech_act_nouns.txt, media_nouns.txt) whatever the parse made of its clause."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return noun.lemma_.lower() in lexicons.words("speech_act_nouns.txt") | lexicons.words("media_nouns.txt")


def _teller_before_count(phrase: Token, context: Context) -> Source | None:
    """ "according to SANA 15 terrorists were killed": without a comma the parser runs the teller into the count
    that opens the reported clause, and the counted people head the phrase. The speaker is the source named
    before the count (a known one, else the organisation the text names there), never those counted."""
    count = next((c for c in phrase.children if c.dep_ == "nummod" and c.i > phrase.left_edge.i), None)
    if count is None:
        return None
    start, end = phrase.left_edge.idx, count.left_edge.idx
    found = [m for m in context.mentions if start <= m.start and m.end <= end]
    if found:
        return found[-1].source
    doc = phrase.doc
    entity = next((e for e in doc.ents if e.end == count.left_edge.i and e.label_ in {"ORG", "PERSON"} and e.start_char >= start), None)
    if entity is None:
        return None
    words = entity.text
    return Source(name=words.removeprefix("the ").removeprefix("The "), source_type="unknown", words=words)


def _teller_right_after(to: Token, context: Context) -> Source | None:
    """ "according to SANA 15 terrorists were killed": the parser may hang the teller on the counted people and
    leave "to" with no object; a known source right after "to" (its article aside) is still who tells."""
    doc = to.doc
    i = to.i + 1
    if i < len(doc) and doc[i].lower_ in {"a", "an", "the"}:
        i += 1
    if i >= len(doc):
        return None
    found = source_at(doc[i], context.mentions)
    return found.source if found is not None else None


def _witnessed(ancestors: Sequence[Token], context: Context) -> Attribution | None:
    """ "An AFP photographer saw six wounded children", "a resident witnessed ten bodies": a verb of seeing
    (lexicons/witnessing_verbs.txt) above the figure, whose subject can witness (a known source, a person, a
    speaker named by his work), attributes what was seen to him; "the town saw 20 strikes" does not."""
    verbs = lexicons.words("witnessing_verbs.txt")
    for verb in (t for t in ancestors if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            known = source_at(subj, context.mentions) is not None
            if not (known or subj.ent_type_ == "PERSON" or _titled(subj.lemma_.lower())):
                continue
            source = subject_source(subj, context)
            if source is not None:
                return Attribution(source, "witness", verb.i)
    return None


def _toll_owner(sent: Span, ancestors: Sequence[Token], context: Context) -> Source | None:
    """The source that owns a toll noun (lexicons/toll_statements.tsv) the figure is told by: "by the Observatory's
    count", "by an AFP tally" (a phrase of the sentence), "the Observatory's toll stood at 16" (the subject of a
    verb above the figure). Only the noun's possessor or compound counts: "the toll from the regime's strikes"
    names who struck, not who counts."""
    nouns = {r[1] for r in lexicons.table("toll_statements.tsv") if r[0] == "noun"}
    # "by" on a verb only: "calls by opposition figures" names who called, not whose figures count
    tolls = [g for t in sent if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in {"VERB", "AUX"}
             for g in t.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns]
    tolls += [c for v in ancestors for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in nouns]
    for toll in tolls:
        for owner in (c for c in toll.children if c.dep_ in {"poss", "compound"}):
            found = source_at(owner, context.mentions)
            if found is not None:
                return found.source
        compiled = _compiled_by(toll, context) or _drawn_from(toll, context)
        if compiled is not None:
            return compiled
    return None


def _drawn_from(toll: Token, context: Context) -> Source | None:
    """ "The figures came from the civil defence", "the toll was provided by medics": the verb a toll noun is the
    subject of names its author after "from" or as its agent. A number there is the toll's change ("the toll rose
    from 12"), no author."""
    if toll.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in (c for c in toll.head.children if (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and not o.like_num and o.pos_ != "NUM"):
            source = subject_source(obj, context)
            if source is not None:
                return source
    return None


def _compiled_by(toll: Token, context: Context) -> Source | None:
    """ "The death toll, provided by the health ministry, stood at 40", "a tally compiled by activists put the dead
    at 31": the agent of a participle describing the toll noun is who counted (any participle: given, released,
    issued ... each names the author the same way)."""
    for participle in (c for c in toll.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (g for g in participle.children if g.dep_ == "agent"):
            for obj in (o for o in agent.children if o.dep_ == "pobj"):
                source = subject_source(obj, context)
                if source is not None:
                    return source
    return None


def sentence_speaker(
    sent: Span, mentions: Sequence[SourceMention], outlet: Source, recent: tuple[Source, ...] = ()
) -> Attribution | None:
    """A speaker the sentence names with a reporting verb that the parse does not hang the fact on ("... killed
    58 people on Tuesday a war monitor and medics said"; "... a monitor said with barrel bombs causing ...").
    Weaker than ``attribute``: a verb in a subordinate clause ("after the army announced a truce") tells
    what came before, not who says what the sentence says; a pronoun names nobody new."""
    context = Context(mentions, None, recent)
    named = {m.source for m in mentions}
    closing = _closing_credit(sent, mentions)
    if closing is not None:
        return closing
    for verb in sent:
        if verb.pos_ != "VERB" or not _reporting(verb) or (verb.dep_ in _NOT_MAIN and not _misparsed_main(verb)):
            continue
        if any(c.dep_ == "mark" for c in verb.children):
            continue
        said = _said_by(verb, context, outlet)
        # A phrase the dictionaries do not know ("we wil" misparsed as a name) is no speaker here.
        if said is not None and said.how == "reporting_verb" and (said.source in named or said.source.source_type != "unknown"):
            return Attribution(said.source, "sentence", verb.i)
    return None


def _misparsed_main(verb: Token) -> bool:
    """ "the ministry condemned coalitions airstrikes that left 18 dead" (an apostrophe lost): the parser makes the
    verb a modifier of the noun after it, yet it keeps its own subject. A modifier has none: it is the main verb."""
    return verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children)


def _closing_credit(sent: Span, mentions: Sequence[SourceMention]) -> Attribution | None:
    """ "... killing several militants FNA reports.", "... a Turkish broadcaster claims.": a known source or a
    medium and "reports" / "says" / "claims" closing the sentence, which the parser reads as a noun phrase."""
    words = [t for t in sent if not t.is_punct and not t.is_space]  # a paragraph's end leaves a space token
    if len(words) < 4 or words[-1].lower_ not in {"reports", "says", "claims"}:
        return None
    found = source_at(words[-2], mentions)
    if found is not None:
        return Attribution(found.source, "sentence", words[-1].i)
    medium = media_source(words[-2])  # "... in northern Syria a Turkish broadcaster claims."
    return Attribution(medium, "sentence", words[-1].i) if medium is not None else None


def _agentless(verb: Token) -> bool:
    """ "was reported", "is claimed": a passive report that does not say by whom."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _speaking_rank(subj: Token, verb: Token, mentions: Sequence[SourceMention]) -> tuple[int, int, int]:
    """Which of two parsed subjects speaks: a known speaker, then the longest named entity, then the nearest
    to the verb ("The Damascus Centre for Studies however a London-based charity has put the toll at ...")."""
    if source_at(subj, mentions) is not None:
        return (0, 0, abs(verb.i - subj.i))
    entity = named_entity(subj)
    if entity is not None:
        return (1, -len(entity), abs(verb.i - subj.i))
    return (2, 0, abs(verb.i - subj.i))


def _no_speaker(subj: Token, mentions: Sequence[SourceMention]) -> bool:
    """A subject that can say nothing ("air strikes"), though a source may qualify it ("Syrian government air
    strikes"): a common noun that is no known source, speaker or medium."""
    if subj.pos_ != "NOUN":
        return False
    if any(c.dep_ == "nummod" for c in subj.children):
        return True  # "300 civilians ... said the Observatory": a count of victims the parser made the subject
    if subj.lemma_.lower() in lexicons.words("act_subjects.txt"):
        return True  # "Russian air strikes killed 14 ... the Observatory said": an act, whoever the actor named on it
    if source_at(subj, mentions) is not None:
        return False
    lemma = subj.lemma_.lower()
    if _titled(lemma):
        return False  # "a medic in the town told AFP ...": a speaker named by what he is
    media = lexicons.words("media_nouns.txt")
    return lemma not in lexicons.words("speaker_nouns.txt") and lemma not in media and subj.lower_ not in media


def _titled(lemma: str) -> bool:
    """A noun that names a speaker by his work (data/source_titles.tsv: "medic", "resident", "photographer")."""
    from frontwatch.reading.sources import SourceDirectory

    return lemma in SourceDirectory.default().titles


def _quoted_unnamed(verb: Token) -> Token | None:
    """ "The Observatory quoted trusted sources as saying ...", "the monitor cited its sources as saying ...": the
    quoting verb, when what "saying" hangs on quotes sources it does not name. Unnamed sources have no voice an
    analyst can weigh; the body that vouches for them asserts the figure ("quoted a police officer as saying"
    names its speaker, and he speaks)."""
    marker = verb.head
    if verb.dep_ != "pcomp" or marker.lower_ != "as" or marker.head is marker:
        return None
    quoting = marker.head
    if quoting.lemma_.lower() not in _QUOTING:
        return None
    quoted = [c for c in quoting.children if c.dep_ == "dobj"]
    return quoting if quoted and _unnamed_sources(quoted[0]) else None


def _cited(verb: Token, subjects: Sequence[Token], context: Context) -> Source | None:
    """ "SANA, citing a military source, said ...", "Reuters quoting US officials said ...", "... the agency
    reported citing a police officer": the medium relays, the speaker it cites asserts. Unnamed "sources"
    are no speaker one can weigh: the medium that vouches for them keeps the fact (as in ``_quoted_unnamed``)."""
    hosts = [verb, *subjects]
    citings = [c for h in hosts for c in h.children if c.dep_ in {"xcomp", "advcl", "acl"}]
    if verb.dep_ in {"xcomp", "advcl", "acl"}:
        citings.insert(0, verb)  # the figure hangs on "citing" itself: "SANA said citing a source that ..."
    for citing in citings:
        if citing.lemma_.lower() not in _QUOTING:
            continue
        for obj in (c for c in citing.children if c.dep_ == "dobj"):
            if _unnamed_sources(obj):
                continue
            source = subject_source(obj, context)
            if source is not None:
                return source
    return None


def _unnamed_sources(noun: Token) -> bool:
    """ "sources", "trusted sources": plural sources the text does not place ("sources at the hospital" and
    "police sources" it does)."""
    if noun.lemma_.lower() != "source" or noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"prep", "compound"} or c.pos_ == "PROPN" for c in noun.children)


def _said_by(verb: Token, context: Context, outlet: Source) -> Attribution | None:
    """Who says what ``verb`` reports: its subject or agent, else a source named right after or before it."""
    mentions = context.mentions
    quoting = _quoted_unnamed(verb)
    if quoting is not None:
        return _said_by(quoting, context, outlet)
    lemma = verb.lemma_.lower()
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicons.words("claimed_objects.txt") for c in verb.children):
        return None  # "claiming the lives of ten" kills, "Daesh claimed the attack" takes responsibility
    if lemma == "claim" and any(c.dep_ == "agent" for c in verb.children):
        return None  # "a blast that was claimed by Daesh": responsibility taken, nothing asserted
    if lemma == "quote":
        # "Barazi was quoted as saying by Al Mayadeen", "SANA quoted the governor as saying": who is quoted
        # speaks; the agent or subject only carried the words
        saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        for subj in (c for c in verb.children if c.dep_ == "nsubjpass" or (saying and c.dep_ == "dobj" and not _unnamed_sources(c))):
            source = subject_source(subj, context)
            if source:
                return Attribution(source, "reporting_verb", verb.i)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _apposed_subject(verb)
    if not subjects and verb.dep_ == "acl":  # "A military source announced ...", parsed as a noun phrase
        subjects = [verb.head]
    if not subjects and verb.dep_ == "conj" and (_reporting(verb.head) or any(c.dep_ == "cc" for c in verb.head.children)):
        # "A source acknowledged the raid but said ...", "Rebels blamed Russia and said ...": one subject for
        # both verbs ("... killed 523 people said the Observatory" is a misparse without "and")
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and not _reporting(verb.head):
        # "The committees said the raid was carried out by jets and put the toll at 30": a report joined to a
        # reported act has no subject of its own; who reported the act reports the toll, not the act's agent
        teller = next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"} and _reporting(a)), None)
        if teller is not None:
            return _said_by(teller, context, outlet)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    cited = _cited(verb, subjects, context)
    if cited is not None:
        return Attribution(cited, "reporting_verb", verb.i)
    # A subject that names itself first, the nearest first: "militants rocket fire the al-Waha Daily reported"
    # and "... killed six civilians the observatory said" are parsed with two.
    speaking = sorted(subjects + agents, key=lambda t: _speaking_rank(t, verb, mentions))
    # "Syrian government air strikes killed 42 ... the Syrian Observatory for Human Rights said": a misparse
    # makes the strikes the subject; a source named right before the verb speaks, not one that only
    # qualifies a subject that is no source itself.
    if speaking and _no_speaker(speaking[0], mentions):
        # ... or right after an inverting verb: "... 2600 civilians injured ... said the Observatory"
        # ... but not one named before the subject: "... killed 22 militants, residents said" is the residents'
        named = speaker_after(verb, mentions) or speaker_before(verb, mentions, after=speaking[0].left_edge.idx)
        if named is not None:
            return Attribution(named, "reporting_verb", verb.i)
    for subj in (s for s in speaking if not _no_speaker(s, mentions)):
        if _self_named(subj, outlet):
            return Attribution(outlet, "self", verb.i)
        source = subject_source(subj, context)
        if source:
            return Attribution(source, "reporting_verb", verb.i)
    adjacent = speaker_after(verb, mentions) or (
        medium_before(verb, mentions) or speaker_before(verb, mentions) or surname_before(verb, (*context.recent, *([context.previous] if context.previous else []))) if not subjects else None)
    if adjacent is not None:
        return Attribution(adjacent, "reporting_verb", verb.i)
    # "..., saying that ..." takes the subject of the verb it hangs on; "X said jets struck the town, adding that
    # ..." hangs on a reported act by the parse: the one who added is who said it.
    if verb.dep_ in {"advcl", "xcomp"} and verb.head is not verb:
        teller = next((a for a in verb.head.ancestors if a.pos_ == "VERB" and _reporting(a)), None) if not _reporting(verb.head) else None
        if teller is not None:
            return _said_by(teller, context, outlet)
        for subj in [c for c in verb.head.children if c.dep_ == "nsubj"] or _apposed_subject(verb.head):
            source = subject_source(subj, context)
            if source:
                return Attribution(source, "reporting_verb", verb.i)
    return None


def _apposed_subject(verb: Token) -> list[Token]:
    """ "a depot was hit near X the ministry said adding that ...": with the commas gone the parser hangs the
    speaker on the place before it in apposition, and the verb has no subject; the noun right before the verb,
    so hung, is its subject."""
    if verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    placed = before.dep_ == "appos" and before.head.dep_ == "pobj"  # hung on the object of "near", "of" ...
    return [before] if placed and before.pos_ in {"NOUN", "PROPN"} and _reporting(verb) else []


def hedge_in(sent: Span) -> str:
    """The hedge words of a sentence ("reportedly", "if genuine" ...), or ""."""
    lower = sent.text.lower()
    for phrase in lexicons.phrases("hedges.txt"):
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", lower):
            if phrase.startswith("claim") and _NOT_HEDGE_AFTER_CLAIM.match(lower[match.end() :]):
                continue
            return sent.text[match.start() : match.end()]
    return ""
