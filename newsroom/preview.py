"""Previews of an article as the public page will show it, whatever its state.

Staff preview any article of their scope; an editor's signed link lets someone without an
account see one article until the link expires (PREVIEW_LINK_MAX_AGE_DAYS, 7 by default).
"""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from newsroom.models import Article
from newsroom.permissions import can_view
from newsroom.views import article_context

SALT = "newsroom.article-preview"


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
    """An absolute preview address that works without an account until it expires."""
    token = signing.TimestampSigner(salt=SALT).sign(str(article.pk))
    url = reverse("article-preview-signed", args=[token])
    return request.build_absolute_uri(url) if request else settings.SITE_URL + url


@login_required
def article_preview(request, pk):
    """Staff preview: only within the user's scope; outside it the article does not exist."""
    article = _article(pk)
    if article is None or not can_view(request.user, article):
        raise Http404(_("Artikel tidak ditemukan."))
    return _render(request, article, signed=False)


def signed_article_preview(request, token):
    """Preview through a signed link; a forged, altered or expired link finds nothing."""
    max_age = settings.PREVIEW_LINK_MAX_AGE_DAYS * 24 * 60 * 60
    try:
        pk = signing.TimestampSigner(salt=SALT).unsign(token, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise Http404(_("Tautan pratinjau tidak berlaku atau sudah kedaluwarsa.")) from error
    article = _article(pk)
    if article is None:
        raise Http404(_("Artikel tidak ditemukan."))
    return _render(request, article, signed=True)


urlpatterns = [
    path("<int:pk>/", article_preview, name="article-preview"),
    path("tautan/<str:token>/", signed_article_preview, name="article-preview-signed"),
]
