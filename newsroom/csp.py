"""Content-Security-Policy: strict on the public site, relaxed for CKEditor in the newsroom."""

from csp.middleware import CSPMiddleware
from django.conf import settings


def admin_directives():
    """The public policy's directives widened by settings.CSP_ADMIN_RELAXED."""
    base = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return {
        name: [*(s for s in base.get(name, []) if s != "'none'"), *extra]
        for name, extra in settings.CSP_ADMIN_RELAXED.items()
    }


class NewsroomCSPMiddleware(CSPMiddleware):
    """Serves the relaxed policy under settings.CSP_ADMIN_PATH_PREFIXES, the strict one elsewhere.

    CKEditor 4 builds its toolbar with inline event handlers and writes its editing frame with
    inline script, so the newsroom needs 'unsafe-inline'; the public site never does.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(
            tuple(settings.CSP_ADMIN_PATH_PREFIXES)
        ):
            parts.replace = {**admin_directives(), **(parts.replace or {})}
        return parts
