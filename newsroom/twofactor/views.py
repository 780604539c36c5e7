"""The second step of a staff login: enrol an authenticator, enter a code, see recovery codes.

These pages answer a session that has passed the password but not yet the code (the
middleware lets only them, and logout, through). Everything else under /admin/ waits.
"""

from django.contrib import admin, messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login

from . import devices, throttle
from .forms import CodeForm, EnrolForm
from .navigation import next_url, step_url
from .session import mark_verified, pop_codes_to_show, remember_codes_to_show

LOW_ON_RECOVERY_CODES = 3


def _page(request, template, **context):
    context = {**admin.site.each_context(request), "next": next_url(request), **context}
    response = render(request, template, context)
    # Codes, keys and QR codes never go into a shared or browser cache.
    response["Cache-Control"] = "no-store"
    return response


def _locked_out(request, user):
    """Sign the half-finished session out and let django-axes answer with its lockout page."""
    request.axes_locked_out = True
    request.axes_credentials = {"username": user.get_username()}
    logout(request)
    return HttpResponse(status=403)


def _complete(request, device):
    otp_login(request, device)
    mark_verified(request, device)
    throttle.clear_failures(request, request.user)


def _wait_message(until):
    local = timezone.localtime(until)
    return _(
        "Terlalu banyak kode yang salah. Tunggu sebentar dan coba lagi setelah pukul %(time)s."
    ) % {"time": formats.time_format(local, "H.i.s")}


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def verify(request):
    """Ask for a code from the authenticator app or a recovery code."""
    user = request.user
    if not user.is_authenticated:
        return redirect("admin:login")
    if user.is_verified():
        return redirect(next_url(request))
    if not devices.has_authenticator(user):
        return redirect(step_url("twofactor:enrol", request))
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if throttle.is_locked_out(request, user):
            return _locked_out(request, user)
        if form.is_valid():
            result = devices.verify(user, form.cleaned_data["code"])
            if result.accepted:
                _complete(request, result.device)
                if result.used_recovery_code:
                    _report_recovery_code_used(request, user)
                return redirect(next_url(request))
            # Every refused code counts, also one sent while the device still makes you wait.
            if throttle.record_wrong_code(request, user):
                return _locked_out(request, user)
            if result.wait_until:
                form.add_error("code", _wait_message(result.wait_until))
            else:
                form.add_error(
                    "code",
                    _(
                        "Kode salah, sudah pernah dipakai, atau sudah kedaluwarsa. Bila kode "
                        "dari aplikasi selalu ditolak, periksa apakah jam ponsel Anda tepat."
                    ),
                )
    return _page(request, "twofactor/verify.html", form=form, title=_("Verifikasi dua langkah"))


def _report_recovery_code_used(request, user):
    left = devices.recovery_codes_left(user)
    text = ngettext(
        "Anda masuk dengan kode cadangan; kode itu kini tidak berlaku. Sisa %(count)d kode.",
        "Anda masuk dengan kode cadangan; kode itu kini tidak berlaku. Sisa %(count)d kode.",
        left,
    ) % {"count": left}
    if left <= LOW_ON_RECOVERY_CODES:
        text += " " + _("Buat kode cadangan baru di halaman Kode cadangan.")
    messages.warning(request, text)


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def enrol(request):
    """First login: set up an authenticator app from a QR code or a typed key, confirm a code."""
    user = request.user
    if not user.is_authenticated:
        return redirect("admin:login")
    if devices.has_authenticator(user):
        return redirect(step_url("twofactor:verify", request))
    device = devices.pending_authenticator(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST":
        if throttle.is_locked_out(request, user):
            return _locked_out(request, user)
        if form.is_valid():
            allowed, detail = device.verify_is_allowed()
            codes = (
                devices.confirm_authenticator(device, form.cleaned_data["code"])
                if allowed
                else None
            )
            if codes is not None:
                device.refresh_from_db()
                _complete(request, device)
                remember_codes_to_show(request, codes)
                return redirect(step_url("twofactor:recovery-codes", request))
            if throttle.record_wrong_code(request, user):
                return _locked_out(request, user)
            if not allowed:
                form.add_error("code", _wait_message(detail["locked_until"]))
            else:
                form.add_error(
                    "code",
                    _(
                        "Kode tidak cocok. Pastikan Anda memindai kode QR di halaman ini dan "
                        "jam ponsel Anda tepat, lalu masukkan kode yang sedang tampil."
                    ),
                )
    return _page(
        request,
        "twofactor/enrol.html",
        form=form,
        key=devices.key_for_typing(device),
        title=_("Aktifkan verifikasi dua langkah"),
    )


@require_POST
def log_out(request):
    """Leave halfway (another account, no phone at hand): the admin's own logout needs both steps."""
    logout(request)
    return redirect("admin:login")


@never_cache
def enrol_qr(request):
    """The QR code of the authenticator being enrolled, as an SVG image."""
    user = request.user
    if not user.is_authenticated or devices.has_authenticator(user):
        return HttpResponse(status=404)
    svg = devices.qr_svg(devices.pending_authenticator(user))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@never_cache
def recovery_codes(request):
    """The ten recovery codes, shown once right after they are made."""
    return _page(
        request,
        "twofactor/recovery_codes.html",
        codes=pop_codes_to_show(request),
        title=_("Kode cadangan"),
    )


@never_cache
@require_http_methods(["GET", "POST"])
def new_recovery_codes(request):
    """Replace the recovery codes (after using some, or when the list may have been seen)."""
    if request.method == "POST":
        remember_codes_to_show(request, devices.new_recovery_codes(request.user))
        return redirect(step_url("twofactor:recovery-codes", request))
    return _page(
        request,
        "twofactor/new_recovery_codes.html",
        left=devices.recovery_codes_left(request.user),
        title=_("Buat kode cadangan baru"),
    )
