"""Topics whose slug cannot be part of an address (empty for an emoji name) get one that can."""

import re

from django.db import migrations

from newsroom.tagging import TOPIC_SLUG, topic_slug


def usable_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.all():
        if re.fullmatch(TOPIC_SLUG, tag.slug or "") and len(tag.slug) <= 100:
            continue
        base = topic_slug(tag.name)
        slug, n = base, 1
        while slug in taken:
            slug = f"{base[:95]}_{n}"
            n += 1
        taken.add(slug)
        tag.slug = slug
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0024_article_page_version"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(usable_slugs, migrations.RunPython.noop)]
