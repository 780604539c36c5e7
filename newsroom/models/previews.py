"""Signed preview links of an article: the key they carry, and ending them all at once.

A link is signed over the article's id and its `preview_key`. Giving the article a new key ends
every link made before (newsroom/preview.py checks it); unpublishing does so too. The key is left
out of the article's revisions (newsroom/admin/articles.py), so restoring an old revision or
recovering a deleted article never brings ended links back.
"""

import secrets

import reversion
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from newsroom.permissions import may_share_preview


def new_preview_key():
    """A fresh random key: links signed with any other one no longer open the article."""
    return secrets.token_urlsafe(16)


class ArticlePreviewLinks(models.Model):
    preview_key = models.CharField(max_length=32, default=new_preview_key, editable=False)

    class Meta:
        abstract = True

    def revoke_preview_links(self, *, by):
        """End every signed preview link of this article, recorded in its revision history."""
        if not may_share_preview(by, self):
            raise PermissionDenied(_("Anda tidak berwenang mencabut tautan pratinjau artikel ini."))
        self.preview_key = new_preview_key()
        with transaction.atomic(), reversion.create_revision():
            # An UPDATE of the key alone: the page caches have nothing to forget.
            type(self)._default_manager.filter(pk=self.pk).update(preview_key=self.preview_key)
            reversion.set_user(by)
            reversion.set_comment(_("Semua tautan pratinjau dicabut."))
            reversion.add_to_revision(self)
