"""Nothing of the newsroom answers a session that has not passed the second factor.

Under settings.SECOND_FACTOR_PATH_PREFIXES (the admin, its endpoints, the editor's uploads) a
signed-in but unverified session is sent to enrol or to enter a code; only those pages and
their logout answer it. Everywhere else (staff previews, the public site) it counts as signed out.
Installed after django_otp.middleware.OTPMiddleware and MessageMiddleware.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.utils.deprecation import MiddlewareMixin
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from . import devices
from .navigation import step_url
from .session import was_verified

# Views that answer an unverified session (by resolver view name).
OPEN_TO_UNVERIFIED = frozenset(
    {"twofactor:verify", "twofactor:enrol", "twofactor:enrol-qr", "twofactor:logout"}
)


def _passed(user):
    return user.is_authenticated and user.is_verified()


class SecondFactorMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is not None and match.view_name in OPEN_TO_UNVERIFIED:
            return None
        if not request.path_info.startswith(tuple(settings.SECOND_FACTOR_PATH_PREFIXES)):
            # Lazily, so that a reader's request never touches the session.
            user = request.user
            request.user = SimpleLazyObject(lambda: user if _passed(user) else AnonymousUser())
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if was_verified(request):
            logout(request)
            messages.warning(
                request,
                _(
                    "Verifikasi dua langkah akun Anda telah disetel ulang oleh admin. "
                    "Silakan masuk lagi."
                ),
            )
            return redirect("admin:login")
        step = "twofactor:verify" if devices.has_authenticator(user) else "twofactor:enrol"
        # From the login page itself, go on to wherever the login was heading.
        if match is not None and match.view_name == "admin:login":
            target = request.GET.get("next", "")
        else:
            target = request.get_full_path()
        return redirect(step_url(step, request, target=target))
