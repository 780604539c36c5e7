"""Password reset by email for staff, with Django's own views, throttled, in Indonesian.

Linked from the admin login page ("Lupa kata sandi?": Django's admin shows the link once a URL
named admin_password_reset exists). The answer to a request never says whether the address
belongs to an account: the same page follows whether or not a mail went out. Requests are
throttled per address and per email (newsroom/throttle.py): past the address's limit the form
says so (which tells nothing about any account); past an email's limit no further mail goes to
it, silently. A new password is only the first step: signing in still asks for the second
factor (newsroom/twofactor), and the reset signs nobody in.
"""

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponseRedirect
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from .throttle import RESET_ADDRESS, RESET_EMAIL

SITE_NAME = _("Ruang Redaksi Warta Pemasyarakatan")


class StaffPasswordResetForm(PasswordResetForm):
    """Django's form, for active staff accounts only (readers have none)."""

    def get_users(self, email):
        return (user for user in super().get_users(email) if user.is_staff)


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    form_class = StaffPasswordResetForm
    title = _("Lupa kata sandi")
    success_url = reverse_lazy("password_reset_done")
    extra_email_context = {"site_name": SITE_NAME}

    def post(self, request, *args, **kwargs):
        if RESET_ADDRESS.hit(get_client_ip_address(request)) > RESET_ADDRESS.limit:
            form = self.get_form()
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Terlalu banyak permintaan setel ulang kata sandi dari alamat jaringan ini. "
                    "Coba lagi dalam satu jam."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if RESET_EMAIL.hit(form.cleaned_data["email"]) > RESET_EMAIL.limit:
            # Enough mail went to this address for now; the page reads as for any request.
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        minutes = settings.PASSWORD_RESET_TIMEOUT // 60
        return super().get_context_data(**kwargs, valid_minutes=minutes)


class ResetSentView(auth_views.PasswordResetDoneView):
    title = _("Periksa email Anda")


class NewPasswordView(auth_views.PasswordResetConfirmView):
    title = _("Kata sandi baru")
    success_url = reverse_lazy("password_reset_complete")
    # Never signed in here: the login page asks for the password and then the second factor.
    post_reset_login = False


class NewPasswordSetView(auth_views.PasswordResetCompleteView):
    title = _("Kata sandi sudah diganti")


urlpatterns = [
    path("lupa-sandi/", ThrottledPasswordResetView.as_view(), name="admin_password_reset"),
    path("lupa-sandi/terkirim/", ResetSentView.as_view(), name="password_reset_done"),
    path(
        "sandi-baru/<uidb64>/<token>/", NewPasswordView.as_view(), name="password_reset_confirm"
    ),
    path("sandi-baru/selesai/", NewPasswordSetView.as_view(), name="password_reset_complete"),
]
