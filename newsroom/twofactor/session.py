"""What the session remembers about the second factor, beyond django-otp's own device id."""

# Set when a code was accepted. If the session later has no verified device while this is set,
# the device was removed (an admin reset it): the session is signed out rather than sent to
# enrol, so whoever holds an old session cannot enrol a device of their own.
VERIFIED_KEY = "twofactor_verified_with"
CODES_KEY = "twofactor_codes_to_show"


def mark_verified(request, device):
    request.session[VERIFIED_KEY] = device.persistent_id


def was_verified(request):
    return VERIFIED_KEY in request.session


def remember_codes_to_show(request, codes):
    request.session[CODES_KEY] = list(codes)


def pop_codes_to_show(request):
    """The new recovery codes, once: a reload shows them no more."""
    return request.session.pop(CODES_KEY, [])
