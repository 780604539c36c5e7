from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Redaksi")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from django.db.models.signals import pre_save
        from taggit.models import Tag

        from . import invalidation
        from .login_throttle import count_failure
        from .signals import transition_recorded
        from .staff_sessions import mark_renewed
        from .tagging import give_topic_a_usable_slug
        from .workflow import notify_transition

        invalidation.connect()
        transition_recorded.connect(notify_transition, dispatch_uid="newsroom-transition-mail")
        user_logged_in.connect(mark_renewed, dispatch_uid="newsroom-session-renewed")
        user_login_failed.connect(count_failure, dispatch_uid="newsroom-login-address-throttle")
        pre_save.connect(give_topic_a_usable_slug, sender=Tag, dispatch_uid="newsroom-topic-slug")
