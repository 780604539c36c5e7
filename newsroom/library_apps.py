"""The libraries' app configs as the newsroom needs them: Indonesian section names (they ship
only English), and the admin site that asks for the second factor."""

from auditlog.apps import AuditlogConfig as AuditlogAppConfig
from axes.apps import AppConfig as AxesAppConfig
from django.contrib.admin.apps import AdminConfig as AdminAppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig
from taggit.apps import TaggitAppConfig


class AxesConfig(AxesAppConfig):
    verbose_name = _("Pembatasan login")


class AuditlogConfig(AuditlogAppConfig):
    verbose_name = _("Jejak audit")


class TaggitConfig(TaggitAppConfig):
    verbose_name = _("Topik")


class TasksDatabaseConfig(TasksAppConfig):
    verbose_name = _("Antrean tugas")


class AdminConfig(AdminAppConfig):
    """Django's admin, with a site that also asks for the second factor (newsroom/twofactor)."""

    default_site = "newsroom.twofactor.site.NewsroomAdminSite"
