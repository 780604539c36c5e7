from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Redaksi")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import invalidation
        from .signals import transition_recorded
        from .workflow import notify_when_committed

        invalidation.connect()
        transition_recorded.connect(notify_when_committed, dispatch_uid="newsroom-transition-mail")
