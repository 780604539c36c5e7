"""Indonesian names for the libraries' sections of the newsroom index (they ship only English)."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _
from taggit.apps import TaggitAppConfig


class AxesConfig(AxesAppConfig):
    verbose_name = _("Pembatasan login")


class TaggitConfig(TaggitAppConfig):
    verbose_name = _("Topik")
