"""The Content-Security-Policy directives (django-csp) that newsroom/settings.py sets.

The public site runs no inline and no third-party script. newsroom/csp.py relaxes the admin and
the editor uploads by ADMIN_RELAXED, only as far as CKEditor 4 needs (inline handlers and styles
in its toolbar, dialogs and editing frame), and the API docs page by API_DOCS_RELAXED.
"""


def public_site_policy(media_url: str, video_hosts: list[str]) -> dict:
    """The public site's directives: own origin only, plus media on another host and video frames."""
    media_origin = [media_url] if "://" in media_url else []
    return {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *media_origin],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [f"https://{host}" for host in video_hosts],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }


ADMIN_RELAXED = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Swagger UI (served from our static files) draws its icons from data: URIs in its CSS.
API_DOCS_RELAXED = {"img-src": ["data:"]}
