"""The audit trail of accounts, groups, scopes, units, regions and award editions (django-auditlog).

Which models and fields are tracked is declared in settings.AUDITLOG_INCLUDE_TRACKING_MODELS;
this module only ties each change to the signed-in person and their real address.
"""

from auditlog.middleware import AuditlogMiddleware
from axes.helpers import get_client_ip_address
from django.conf import settings


def hidden(value):
    """How a masked field (a password hash) reads in the trail: changed, never its value."""
    return "(tersembunyi)"


class NewsroomAuditlogMiddleware(AuditlogMiddleware):
    """django-auditlog's actor middleware, on newsroom paths only, with the address axes reads.

    Tracked models change only in the newsroom (or from management commands, with no actor), so
    readers' requests skip it and never touch the session. The address comes from
    X-Forwarded-For only as far as AXES_IPWARE_PROXY_COUNT trusts it, as for login throttling.
    """

    def __call__(self, request):
        if not request.path_info.startswith(tuple(settings.SECOND_FACTOR_PATH_PREFIXES)):
            return self.get_response(request)
        return super().__call__(request)

    @staticmethod
    def _get_remote_addr(request):
        return get_client_ip_address(request)

    @staticmethod
    def _get_remote_port(request):
        return None
