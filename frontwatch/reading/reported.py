"""Whether an event word reports an event, or only names one: negated, hypothetical, stopped, describing
a place or a group, or the result an attack left.

events.py types every cue a sentence holds (reading.event_types); only those ``reported`` here become
events. Each rule reads the parse around the trigger and a word list in data/lexicons; the rules live by what
they recognise:
- reading.unreal: what did not happen (negated, hypothetical, planned, stopped, said in general before);
- reading.aspect: what keeps happening, goes on or lasts (habits, frequency, progressive and perfect tenses,
  trends, counts of such acts, earlier acts with no day);
- reading.describing: words that describe a place, a group or a thing (participles, relative clauses of
  holding, the war as actor, an attack's result, support, shares of the land);
- reading.concluding: whether an agreement's noun tells its making;
- reading.protest_rules: a protest a state lodges (diplomacy, not a demonstration).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.reading.aspect import (centuries_ago, condemned_record, earlier_undated, frequent, habitual, lasting, nth_time, ongoing, reputed,
                                       since_years, trend, under_now, used_before)
from frontwatch.reading.concluding import concluded
from frontwatch.reading.describing import (background, converted, describes_group, describes_noun, describes_place, discussed, held_now,
                                          publishes, recovers_told_dead, resultative, sensed, share_of_land, shows, state, support, weapon_taken)
from frontwatch.reading.protest_rules import lodged_by_state
from frontwatch.reading.unreal import planned, said_before, stopped, unreal

if TYPE_CHECKING:
    from spacy.tokens import Token


def reported(trigger: Token) -> bool:
    """True when the event word reports a happening; False for the cases listed in the module doc."""
    return not (
        unreal(trigger)
        or stopped(trigger)
        or state(trigger)
        or describes_group(trigger)
        or describes_place(trigger)
        or held_now(trigger)
        or describes_noun(trigger)
        or background(trigger)
        or resultative(trigger)
        or weapon_taken(trigger)
        or lasting(trigger)
        or support(trigger)
        or habitual(trigger)
        or reputed(trigger)
        or condemned_record(trigger)
        or frequent(trigger)
        or ongoing(trigger)
        or under_now(trigger)
        or shows(trigger)
        or trend(trigger)
        or said_before(trigger)
        or nth_time(trigger)
        or earlier_undated(trigger)
        or used_before(trigger)
        or since_years(trigger)
        or centuries_ago(trigger)
        or share_of_land(trigger)
        or publishes(trigger)
        or recovers_told_dead(trigger)
        or discussed(trigger)
        or sensed(trigger)
        or lodged_by_state(trigger)
        or converted(trigger)
    )


__all__ = ["concluded", "planned", "reported"]
