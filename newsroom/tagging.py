"""Topics typed the way officers type them: separated by commas, never quoted.

taggit's own parser splits on spaces when there is no comma ("rapat teknis" became two topics)
and shows multi-word topics back in quotes; settings.TAGGIT_TAGS_FROM_STRING and
TAGGIT_STRING_FROM_TAGS point here instead. A comma cannot be part of a topic.
"""

import hashlib
import re

from django.utils.text import slugify


def comma_separated(text):
    """The topics in a comma-separated string, each with its spacing evened out."""
    names = (" ".join(part.split()) for part in (text or "").split(","))
    return sorted({name for name in names if name})


def joined_with_commas(tags):
    """The topics as the form shows them back: "rapat teknis, humas"."""
    return ", ".join(sorted(tag.name for tag in tags))


# A topic's address: /topik/<slug>/ with the slug in the topic's own script (Greek, Arabic,
# accented Latin...), as taggit makes it (slugify with allow_unicode) and as WordPress exports
# it. Django's <slug:> converter takes ASCII only, so such a topic could not be linked at all.
TOPIC_SLUG = r"[-\w]+"
SLUG_MAX = 100  # taggit's Tag.slug


class TopicSlugConverter:
    regex = TOPIC_SLUG

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


def topic_slug(name):
    """The slug of a topic name in any script; one made of emoji or signs alone gets a stable one."""
    slug = slugify(name, allow_unicode=True)
    if not slug:
        slug = "topik-" + hashlib.sha256(name.encode()).hexdigest()[:10]
    return slug[:SLUG_MAX].strip("-") or slug[:SLUG_MAX]


def give_topic_a_usable_slug(sender, instance, **kwargs):
    """pre_save of taggit's Tag: whoever made it (admin, import, shell), its address works.

    taggit leaves the slug empty for a name slugify empties (an emoji), and NFKC can make a
    slug longer than the name (one Arabic ligature becomes eighteen letters).
    """
    slug = instance.slug or ""
    if not slug or not re.fullmatch(TOPIC_SLUG, slug):
        slug = topic_slug(instance.name)
    if len(slug) > SLUG_MAX:
        # Keep taggit's "_2" ending, which it adds to make the slug unique.
        suffix = re.search(r"_\d+$", slug)
        end = suffix.group(0) if suffix else ""
        slug = slug[: SLUG_MAX - len(end)] + end
    instance.slug = slug
