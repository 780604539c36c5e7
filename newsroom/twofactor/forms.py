from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One code: six digits from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Kode verifikasi"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
        error_messages={"required": _("Masukkan kode dari aplikasi autentikator.")},
    )


class EnrolForm(CodeForm):
    """The first code of a new authenticator, which confirms it was set up correctly."""

    code = forms.RegexField(
        label=_("Kode enam angka dari aplikasi"),
        regex=r"^\s*\d{3}\s?\d{3}\s*$",
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={
            "required": _("Masukkan kode enam angka yang ditampilkan aplikasi."),
            "invalid": _("Kode terdiri dari enam angka, misalnya 123 456."),
        },
    )
