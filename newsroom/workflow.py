"""Email notifications of workflow transitions, queued in the transition's own transaction.

`notify_transition` receives `transition_recorded` (connected in NewsroomConfig.ready).

Editors in scope hear of a submission; the author hears of a return (with the note), a
publication and an unpublication (with the reason). The messages wait in the task queue
(newsroom/outbox) for a worker, which sends them through Django's email backend and retries a
failed one: a transition never waits on the mail server.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from newsroom.dates import waktu_wib
from newsroom.models import Article, ArticleTransition
from newsroom.outbox.tasks import queue_email

S = Article.Status


def editors_in_scope(article):
    """Active accounts that may publish and whose scope covers the article's unit."""
    perm = Permission.objects.get(content_type__app_label="newsroom", codename="publish_article")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(groups__permissions=perm) | Q(user_permissions=perm))
        .filter(
            Q(staff_scope__is_central=True)
            | Q(staff_scope__region_id=article.unit.region_id)
            | Q(staff_scope__unit_id=article.unit_id)
        )
        .distinct()
    )


def authors_of(article):
    """The account that wrote the article and the reporter's account, when they have an email."""
    people = [article.created_by, article.reporter.user if article.reporter_id else None]
    return {u.email: u for u in people if u is not None and u.is_active and u.email}.values()


def admin_url(article):
    """Absolute address of the article's newsroom page."""
    return settings.SITE_URL + reverse("admin:newsroom_article_change", args=[article.pk])


def _message(record):
    article = record.article
    actor = (record.actor.get_full_name() or record.actor.username) if record.actor else "-"
    context = {
        "title": article.title,
        "unit": article.unit.name,
        "actor": actor,
        "note": record.note,
        "url": admin_url(article),
        "when": waktu_wib(article.published_at),
    }
    if record.to_status == S.REVIEW:
        return (
            _("[Warta] Menunggu tinjauan: %(title)s") % context,
            _(
                "%(actor)s mengajukan artikel \u201c%(title)s\u201d (%(unit)s) untuk ditinjau.\n\n"
                "Buka di ruang redaksi: %(url)s"
            )
            % context,
            editors_in_scope(article),
        )
    if record.to_status == S.RETURNED:
        return (
            _("[Warta] Dikembalikan untuk diperbaiki: %(title)s") % context,
            _(
                "%(actor)s mengembalikan artikel \u201c%(title)s\u201d dengan catatan:\n\n"
                "%(note)s\n\nPerbaiki lalu ajukan kembali: %(url)s"
            )
            % context,
            authors_of(article),
        )
    if record.to_status == S.PUBLISHED:
        return (
            _("[Warta] Terbit: %(title)s") % context,
            _(
                "%(actor)s menerbitkan artikel \u201c%(title)s\u201d. Tampil untuk umum sejak "
                "%(when)s.\n\nAlamat publik: %(public)s\nRuang redaksi: %(url)s"
            )
            % {**context, "public": settings.SITE_URL + article.get_absolute_url()},
            authors_of(article),
        )
    if record.to_status == S.UNPUBLISHED:
        return (
            _("[Warta] Ditarik dari situs: %(title)s") % context,
            _(
                "%(actor)s menarik artikel \u201c%(title)s\u201d dari situs dengan alasan:\n\n"
                "%(note)s\n\nRuang redaksi: %(url)s"
            )
            % context,
            authors_of(article),
        )
    return None


def notify_transition(sender=None, *, record: ArticleTransition, **kwargs) -> int:
    """Queue mail to the people a transition concerns (never the one who made it); the count.

    Receiver of `transition_recorded`, inside the transition's transaction: the messages are
    kept if the move commits and dropped with it if it rolls back.
    """
    record = ArticleTransition.objects.select_related(
        "actor", "article__unit", "article__created_by", "article__reporter__user"
    ).get(pk=record.pk)
    message = _message(record)
    if message is None:
        return 0
    subject, body, recipients = message
    addresses = sorted({u.email for u in recipients if u.pk != record.actor_id})
    # One message per person: no one learns who else was told, and each is retried alone.
    for address in addresses:
        queue_email(subject=subject, body=body, to=[address])
    return len(addresses)
