"""Previews of an article as the public page will show it, whatever its state.

Staff preview any article of their scope; an editor's signed link lets someone without an
account (a source, a lawyer, a unit's head) see one article as it stands while it is written,
reviewed or published. A link ends when it expires (PREVIEW_LINK_MAX_AGE_DAYS, 7 by default),
when the article is deleted or unpublished, and when an editor revokes the article's links: it
is signed over the article's `preview_key`, which unpublishing and revoking replace
(newsroom/models/previews.py). An unpublished article opens through no link at all, not even one
made after it was pulled: it was taken off the site for a reason, and sharing it again starts
with the workflow (resubmitting it), not with a link.
"""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom.models import Article
from newsroom.permissions import can_view
from newsroom.views import article_context

SALT = "newsroom.article-preview"
ENDED = gettext_lazy("Tautan pratinjau tidak berlaku atau sudah kedaluwarsa.")


def _article(pk):
    return Article.objects.for_detail().filter(pk=pk).first()


def _render(request, article, *, signed):
    context = {**article_context(article), "preview": True, "signed_preview": signed}
    response = render(request, "newsroom/preview.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def preview_url(article):
    """The staff preview address of an article."""
    return reverse("article-preview", args=[article.pk])


def signed_preview_url(article, request=None):
    """An absolute preview address that works without an account until it ends (see above)."""
    token = signing.TimestampSigner(salt=SALT).sign(f"{article.pk}:{article.preview_key}")
    url = reverse("article-preview-signed", args=[token])
    return request.build_absolute_uri(url) if request else settings.SITE_URL + url


@login_required
def article_preview(request, pk):
    """Staff preview: only within the user's scope; outside it the article does not exist."""
    article = _article(pk)
    if article is None or not can_view(request.user, article):
        raise Http404(_("Artikel tidak ditemukan."))
    return _render(request, article, signed=False)


def shows_through_links(article):
    """False once the article is unpublished: no link, old or new, opens it then."""
    return article.status != Article.Status.UNPUBLISHED


def signed_article_preview(request, token):
    """Preview through a signed link; a forged, altered, expired or ended link finds nothing."""
    max_age = settings.PREVIEW_LINK_MAX_AGE_DAYS * 24 * 60 * 60
    try:
        value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise Http404(ENDED) from error
    # Links signed before the key existed carry the id alone: they find no key, so they ended.
    pk, _sep, key = value.partition(":")
    article = _article(pk) if pk.isdigit() else None
    if article is None or not (key and constant_time_compare(key, article.preview_key)):
        raise Http404(ENDED)
    if not shows_through_links(article):
        raise Http404(ENDED)
    return _render(request, article, signed=True)


urlpatterns = [
    path("<int:pk>/", article_preview, name="article-preview"),
    path("tautan/<str:token>/", signed_article_preview, name="article-preview-signed"),
]
