"""Topics typed the way officers type them: separated by commas, never quoted.

taggit's own parser splits on spaces when there is no comma ("rapat teknis" became two topics)
and shows multi-word topics back in quotes; settings.TAGGIT_TAGS_FROM_STRING and
TAGGIT_STRING_FROM_TAGS point here instead. A comma cannot be part of a topic.
"""


def comma_separated(text):
    """The topics in a comma-separated string, each with its spacing evened out."""
    names = (" ".join(part.split()) for part in (text or "").split(","))
    return sorted({name for name in names if name})


def joined_with_commas(tags):
    """The topics as the form shows them back: "rapat teknis, humas"."""
    return ", ".join(sorted(tag.name for tag in tags))
