"""Failed logins are throttled per address across usernames, as well as per account and address.

django-axes locks one account from one address out after AXES_FAILURE_LIMIT failures. That alone
never stops one password tried against many accounts from one address, so failures are also
counted per address whatever the username (newsroom/throttle.py, LOGIN_ADDRESS_FAILURE_LIMIT):
past that limit every login from the address is refused, right passwords too, until the window
ends, with axes' lockout page saying why. axes cannot do both itself: it has one failure limit
for all its lockout parameters, and five failures per address would lock a whole office out.
"""

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_client_ip_address

from .throttle import LOGIN_ADDRESS


class AddressThrottleBackend(AxesStandaloneBackend):
    """axes' backend (first in AUTHENTICATION_BACKENDS), refusing throttled addresses first."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None and LOGIN_ADDRESS.is_blocked(get_client_ip_address(request)):
            request.login_address_blocked = True
            # axes' middleware answers with its lockout page (templates/registration/lockout.html).
            request.axes_locked_out = True
            raise AxesBackendPermissionDenied("too many failed logins from this address")
        try:
            return super().authenticate(request, username, password, **kwargs)
        except AxesBackendPermissionDenied:
            request.login_pair_locked = True
            raise


def count_failure(sender, credentials=None, request=None, **kwargs):
    """Count a failed login (password or second-factor code) for its address (user_login_failed).

    Attempts refused without a check, because the address or the account was already locked,
    guess nothing and are not counted again.
    """
    if request is None:
        return
    if getattr(request, "login_address_blocked", False) or getattr(
        request, "login_pair_locked", False
    ):
        return
    LOGIN_ADDRESS.hit(get_client_ip_address(request))
