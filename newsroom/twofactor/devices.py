"""An account's second-factor devices: enrol, verify, recovery codes, reset.

Every account has at most one confirmed authenticator (a django-otp TOTPDevice) and one set of
recovery codes (a StaticDevice whose tokens are deleted as they are used). Views and the admin
call these functions; none of them touches the device models directly.
"""

import re
from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from django_otp import verify_token as otp_verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = _("Aplikasi autentikator")
RECOVERY_NAME = _("Kode cadangan")

_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Verification:
    """The outcome of one code: the device that accepted it, or why none did."""

    device: object = None
    # Set when every device is still waiting after earlier wrong codes (django-otp throttling).
    wait_until: datetime | None = None

    @property
    def accepted(self):
        return self.device is not None

    @property
    def used_recovery_code(self):
        return isinstance(self.device, StaticDevice)


def has_authenticator(user):
    """True once the account has confirmed an authenticator app (enrolment is complete)."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_authenticator(user):
    """The unconfirmed authenticator being enrolled, created on first call; stable across reloads."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(AUTHENTICATOR_NAME), confirmed=False)
    return device


def key_for_typing(device):
    """The device's secret in base32, in groups of four, as authenticator apps accept it typed."""
    key = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device):
    """The device's otpauth:// address as an SVG QR code, drawn here (no image service)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def normalise(code):
    """A typed code without spaces or dashes, recovery codes in lower case as stored."""
    return _SEPARATORS.sub("", code or "").lower()


def format_recovery_code(token):
    """A stored recovery token as shown to people: two groups of four ("abcd-efgh")."""
    return f"{token[:4]}-{token[4:]}"


def confirm_authenticator(device, code):
    """Confirm an enrolling authenticator with its first code; returns the new recovery codes.

    Returns None when the code is wrong (the device counts the failure and throttles). On
    success any other unconfirmed device is removed and ten fresh recovery codes replace old ones.
    """
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update().filter(pk=device.pk, confirmed=False).first()
        )
        if device is None or not device.verify_token(normalise(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
        return new_recovery_codes(device.user)


def new_recovery_codes(user):
    """Replace the account's recovery codes with ten new single-use ones; returns them for display."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=str(RECOVERY_NAME), confirmed=True)
        tokens = [StaticToken.random_token() for _index in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=t) for t in tokens)
    return [format_recovery_code(t) for t in tokens]


def recovery_codes_left(user):
    """How many unused recovery codes the account still has."""
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify(user, code):
    """Check a code against the account's confirmed devices: app codes first, then recovery codes.

    A six-digit code goes to the authenticator, anything else to the recovery codes, so a typo
    never spends a recovery code it was not meant as. Reused and expired app codes are refused
    by django-otp (each time step is accepted once, one step of clock drift either way).
    """
    code = normalise(code)
    kind = TOTPDevice if re.fullmatch(r"\d{6}", code) else StaticDevice
    devices = [d for d in devices_for_user(user, confirmed=True) if isinstance(d, kind)]
    waiting = []
    for device in devices:
        allowed, detail = device.verify_is_allowed()
        if not allowed:
            waiting.append(detail.get("locked_until"))
            continue
        # verify_token locks the device row, so two requests cannot spend one code twice.
        accepted = otp_verify_token(user, device.persistent_id, code)
        if accepted is not None:
            return Verification(device=accepted)
    if devices and len(waiting) == len(devices):
        return Verification(wait_until=min(w for w in waiting if w is not None))
    return Verification()


def reset(user):
    """Remove every second-factor device of the account; its next login enrols afresh.

    Returns how many devices were removed. Sessions that were verified with a removed device
    lose their verification (newsroom/twofactor/middleware.py signs them out).
    """
    devices = [TOTPDevice.objects.filter(user=user), StaticDevice.objects.filter(user=user)]
    with transaction.atomic():
        count = sum(queryset.count() for queryset in devices)
        for queryset in devices:
            queryset.delete()
    return count
