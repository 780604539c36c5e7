from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Penghargaan Humas")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom import front
        from newsroom.api.site import add_resource
        from newsroom.cache import watch

        from .api import router
        from .models import Category, Edition, Result
        from .templatetags.awards_tags import latest_award_winners

        # What the public awards pages, the home page and unit pages show. Figures, nominations
        # and jury scores reach the public only through an announcement, which saves the edition.
        watch(Category)
        watch(Edition)
        watch(
            Result,
            shows=lambda result: Edition.objects.announced().filter(pk=result.edition_id).exists(),
        )
        # The award editions of the content API (/api/v1/award-editions/).
        add_resource("award_editions", "/award-editions/", router)
        # The latest winners on newsroom's home page, through its hook (newsroom imports no awards).
        front.register_block(
            "award-winners",
            template="awards/tags/latest_award_winners.html",
            context=latest_award_winners,
            order=50,
        )
