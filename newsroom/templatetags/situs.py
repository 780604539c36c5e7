"""Template helpers of the public site pages (JSON-LD, search highlights)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from newsroom import search

register = template.Library()

# The characters that could end a <script> element or open a comment inside it.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """A dict or list as the text of a JSON-LD <script> element, safe against </script> in it.

    <script type="application/ld+json">{{ json_ld|ld_json }}</script>
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    # Script content is raw text, not HTML: escaping quotes would break the JSON, and the
    # translation above already removes every character that could close the element.
    return mark_safe(text)  # noqa: S308


@register.filter
def sorot(snippet):
    """A search snippet as [(text, matched), ...], for parts/card.html to mark."""
    return search.highlight(snippet)
