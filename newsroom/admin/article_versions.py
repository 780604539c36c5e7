"""Two people saving the same article: the second save is refused, the typed text kept.

The form remembers the version it was opened on; a save based on an older one is refused with a
message naming who saved in between, and saving again is then a deliberate choice.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from newsroom.dates import waktu_wib
from newsroom.models import Article


def version_token(article):
    """What the form remembers of the version it was opened on: its last save time."""
    return article.updated_at.isoformat() if article.updated_at else ""


class StaleVersionFormMixin(forms.Form):
    """The article form's guard against silently overwriting a save made since it was opened."""

    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = version_token(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self._refuse_overwrite(cleaned.get("loaded_version", ""))
        return cleaned

    def _refuse_overwrite(self, loaded):
        """Refuse a save based on a version someone else has saved over since it was opened."""
        # Locked until this save commits, so no third save slips in between check and write.
        current = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values("updated_at", "updated_by")
            .first()
        )
        # A post without the token (a script, an old page, a client that drops hidden fields)
        # cannot show it saw the latest version: it is refused like a stale one.
        if current is None:
            return
        token = current["updated_at"].isoformat()
        if loaded == token:
            return
        who = get_user_model().objects.filter(pk=current["updated_by"]).first()
        # Saving again is then a deliberate choice: the form now carries the newer version.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_version")] = token
        raise ValidationError(
            _(
                "Artikel ini sudah disimpan oleh %(who)s pada %(when)s, setelah Anda membukanya. "
                "Perubahan Anda belum disimpan dan masih ada di formulir ini. Bandingkan dengan "
                "versi terbaru di riwayat artikel, lalu tekan Simpan lagi bila tetap ingin "
                "menimpanya."
            )
            % {
                "who": (who.get_full_name() or who.username) if who else _("pengguna lain"),
                "when": waktu_wib(current["updated_at"]),
            },
            code="stale",
        )
