"""Field validators and fields shared by the three apps."""

from django import forms
from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

HTTP_URL_MESSAGE = _("Masukkan alamat web lengkap yang diawali http:// atau https://.")

http_url_validator = URLValidator(schemes=["http", "https"], message=HTTP_URL_MESSAGE)

hashtag_validator = RegexValidator(
    r"^#\w+$",
    message=_("Tagar diawali # dan hanya berisi huruf, angka atau garis bawah, tanpa spasi."),
)


class HttpURLFormField(forms.URLField):
    default_validators = [http_url_validator]
    default_error_messages = {"invalid": HTTP_URL_MESSAGE}


class HttpURLField(models.URLField):
    """A URL field that accepts only http and https addresses (no ftp, no javascript:)."""

    default_validators = [http_url_validator]

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": HttpURLFormField, "assume_scheme": "https", **kwargs}
        )
