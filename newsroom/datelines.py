"""The dateline a report opens with ("NUSAKAMBANGAN - Perkuat ..."), found in a body's HTML.

Officers paste whole reports, dateline included; the site prints the dateline field in front of
the body, so a dateline left in the body reads twice. `split_dateline()` finds one: a place in
capitals (perhaps bold) at the very start of the first paragraph, followed by a dash.
static/newsroom/article-form.js spells the same pattern for the form's live hint.
"""

import re
from typing import NamedTuple

OPENING = re.compile(
    r"""^(?P<open>\s*(?:<p>\s*)?)
        (?:<(?:strong|b)>\s*)?
        (?P<place>[A-Z][A-Z.'\u2019 ]{1,58}[A-Z.])
        (?:\s*,\s*[^<>\u2013\u2014-]{1,40}?)?
        (?:\s|&nbsp;|\u00a0)*(?:</(?:strong|b)>(?:\s|&nbsp;|\u00a0)*)?
        (?:-|\u2013|\u2014|&ndash;|&mdash;)+
        (?:\s|&nbsp;|\u00a0)+""",
    re.VERBOSE,
)


class Dateline(NamedTuple):
    """A dateline found at the start of a body, and the body without it."""

    place: str
    body: str


def split_dateline(body):
    """The dateline that opens `body` and the body without it; None when it opens with none."""
    found = OPENING.match(body or "")
    if found is None:
        return None
    place = " ".join(found["place"].split()).rstrip(".")
    return Dateline(place, found["open"] + body[found.end() :])


def same_place(first, second):
    """True when two datelines name the same place, whatever their case and spacing."""
    return " ".join((first or "").split()).casefold() == " ".join((second or "").split()).casefold()
