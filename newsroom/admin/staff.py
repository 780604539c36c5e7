"""People: each account's scope is edited on the account's own admin page.

The account page also shows whether the second factor is set up, and an admin resets it for
someone who lost their phone (newsroom/twofactor); the reset is written to the account's history.
"""

import logging

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from newsroom.models import StaffScope
from newsroom.twofactor import devices

User = get_user_model()
logger = logging.getLogger("newsroom.security")


class StaffScopeInline(admin.StackedInline):
    model = StaffScope
    can_delete = True
    max_num = 1
    autocomplete_fields = ["unit", "region"]


# django-otp's own device pages would show other people's keys and QR codes; a reset from
# the account page is all an admin needs.
for model in (User, TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, StaffScopeInline]
    list_select_related = ["staff_scope__unit", "staff_scope__region"]
    list_display = [*UserAdmin.list_display, "staff_scope", "has_second_factor"]
    fieldsets = [
        *UserAdmin.fieldsets,
        (_("Verifikasi dua langkah"), {"fields": ["second_factor"]}),
    ]
    readonly_fields = ["second_factor"]
    actions = ["reset_second_factor"]

    def get_queryset(self, request):
        authenticators = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_authenticator=Exists(authenticators))

    @admin.display(boolean=True, description=_("2 langkah"), ordering="has_authenticator")
    def has_second_factor(self, user):
        return user.has_authenticator

    @admin.display(description=_("status"))
    def second_factor(self, user):
        if not user.pk or not devices.has_authenticator(user):
            return _("Belum diaktifkan: akun ini mendaftarkan aplikasi autentikator saat masuk.")
        left = devices.recovery_codes_left(user)
        return ngettext(
            "Aktif dengan aplikasi autentikator; %(count)d kode cadangan belum dipakai.",
            "Aktif dengan aplikasi autentikator; %(count)d kode cadangan belum dipakai.",
            left,
        ) % {"count": left}

    @admin.action(
        description=_("Setel ulang verifikasi dua langkah (ponsel hilang)"),
        permissions=["change"],
    )
    def reset_second_factor(self, request, queryset):
        done = []
        for user in queryset:
            if devices.reset(user):
                self.log_change(request, user, str(_("Verifikasi dua langkah disetel ulang.")))
                logger.warning("Second factor of %s reset by %s", user.pk, request.user.pk)
                done.append(user.get_username())
        if done:
            self.message_user(
                request,
                _(
                    "Verifikasi dua langkah disetel ulang untuk: %(names)s. Sesi yang sedang "
                    "terbuka ditutup; saat masuk lagi, akun itu mendaftarkan aplikasinya lagi."
                )
                % {"names": ", ".join(done)},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                _("Akun yang dipilih belum mengaktifkan verifikasi dua langkah."),
                messages.WARNING,
            )
