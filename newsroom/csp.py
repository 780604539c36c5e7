"""Content-Security-Policy: strict on the public site, relaxed for CKEditor in the newsroom."""

from csp.middleware import CSPMiddleware
from django.conf import settings


def _widened(relaxed):
    base = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return {
        name: [*(s for s in base.get(name, []) if s != "'none'"), *extra]
        for name, extra in relaxed.items()
    }


def admin_directives():
    """The public policy's directives widened by settings.CSP_ADMIN_RELAXED."""
    return _widened(settings.CSP_ADMIN_RELAXED)


class NewsroomCSPMiddleware(CSPMiddleware):
    """Serves the relaxed policy under settings.CSP_ADMIN_PATH_PREFIXES, the strict one elsewhere.

    CKEditor 4 builds its toolbar with inline event handlers and writes its editing frame with
    inline script, so the newsroom needs 'unsafe-inline'; the public site never does. The API's
    docs page (Swagger UI from our static files, no inline script) only gains data: images.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES)):
            parts.replace = {**admin_directives(), **(parts.replace or {})}
        elif request.path_info == settings.CSP_API_DOCS_PATH:
            parts.replace = {**_widened(settings.CSP_API_DOCS_RELAXED), **(parts.replace or {})}
        return parts
