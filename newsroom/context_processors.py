from django.conf import settings

from newsroom.parts import PARTS_SECONDS, parts_scope


def site(request):
    """The site's name, absolute address and the directorate's contacts for every template,
    and what the `{% cache %}` blocks of the public pages keep their parts under."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "DIRECTORATE": settings.DIRECTORATE,
        "parts_seconds": PARTS_SECONDS,
        "parts_scope": parts_scope(),
    }
