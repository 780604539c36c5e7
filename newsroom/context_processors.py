from django.conf import settings


def site(request):
    """The site's name, absolute address and the directorate's contacts for every template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "DIRECTORATE": settings.DIRECTORATE,
    }
