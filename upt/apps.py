from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UptConfig(AppConfig):
    name = "upt"
    verbose_name = _("UPT dan wilayah")
    default_auto_field = "django.db.models.BigAutoField"
