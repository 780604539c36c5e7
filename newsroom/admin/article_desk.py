"""What the article page shows an officer and an editor first: state banner, checklist, lead photo.

`DeskAdminMixin` goes in front of the article's ModelAdmin. It decides only what is shown and
where; the checklist itself is newsroom/models/readiness.py, and who holds an article comes
from the workflow records.
"""

from django.contrib import admin, messages
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom.dates import waktu_wib
from newsroom.models import Article, Reporter, readiness

from .photos import StorageFailureAdminMixin, photo_thumbnail
from .scoping import scoped_choices

S = Article.Status
LEAD_FIELDS = ["lead_photo", "lead_photo_preview", "lead_upload", "lead_camera", "lead_caption",
               "lead_credit", "lead_alt"]  # fmt: skip


def _name(user):
    return (user.get_full_name() or user.username) if user else _("pengguna terhapus")


def banner(article, timeline):
    """State, who has the article now, and the note that explains its state, for the banner."""
    last = timeline[-1] if timeline else None
    note = last.note if last and last.to_status == article.status else ""
    if article.status in Article.AUTHOR_EDITABLE:
        author = article.created_by or (article.reporter.user if article.reporter_id else None)
        holder = _("Di tangan penulis: %(who)s") % {"who": _name(author)} if author else ""
    elif article.status == S.REVIEW and article.reviewer_id:
        holder = _("Ditangani %(who)s sejak %(when)s") % {
            "who": _name(article.reviewer),
            "when": waktu_wib(article.review_taken_at),
        }
    elif article.status == S.REVIEW and article.submitted_at:
        holder = _("Menunggu tinjauan redaktur sejak %(when)s") % {
            "when": waktu_wib(article.submitted_at)
        }
    elif article.status == S.REVIEW:
        holder = _("Menunggu tinjauan redaktur")
    else:
        holder = ""
    return {
        "status": "scheduled" if article.is_scheduled else article.status,
        "label": article.get_status_display(),
        "holder": holder,
        "note": note,
        "note_by": _name(last.actor) if note else "",
        "note_at": last.created_at if note else None,
    }


class DeskAdminMixin(StorageFailureAdminMixin):
    """The article admin's writing-first form: banner, checklist, lead photo, read-only body."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only: the body as the reader will see it, and the photo's details beside it.
        shown = []
        for name, options in fieldsets:
            fields = [
                "body_html" if f == "body" else f
                for f in options["fields"]
                if f not in LEAD_FIELDS[2:] and f != "loaded_version"
            ]
            shown.append((name, {**options, "fields": fields}))
        return shown

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "lead_photo_preview", "body_html"]

    @admin.display(description=gettext_lazy("isi berita"))
    def body_html(self, obj):
        return render_to_string("admin/newsroom/article/_body.html", {"article": obj})

    @admin.display(description=gettext_lazy("pratinjau foto utama"))
    def lead_photo_preview(self, obj):
        if obj is None or not obj.lead_photo_id:
            return _("Belum ada foto utama.")
        return photo_thumbnail(obj.lead_photo, width=240)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if "reporter" not in initial:
            reporter = self._own_reporter(request.user)
            if reporter is not None:
                initial["reporter"] = reporter.pk
        return initial

    def _own_reporter(self, user):
        """The byline to preselect: the user's own, else the only one of the user's units."""
        own = Reporter.objects.filter(user=user).first()
        if own is not None:
            return own
        choices = scoped_choices(user, Reporter)
        if choices is None:
            return None
        only = list(choices[:2])
        return only[0] if len(only) == 1 else None

    def save_model(self, request, obj, form, change):
        form.attach_lead_photo(obj, by=request.user)
        super().save_model(request, obj, form, change)
        if form.dateline_taken:
            self.message_user(
                request,
                _(
                    "Tempat berita \u201c%(place)s\u201d diambil dari awal isi berita dan "
                    "dihapus dari isi, agar tidak tercetak dua kali."
                )
                % {"place": form.dateline_taken},
                messages.INFO,
            )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            timeline = list(context.get("timeline") or [])
            context["timeline"] = timeline
            context["banner"] = banner(obj, timeline)
            if "submit" in dict(context.get("transitions") or ()):
                context["checklist"] = readiness.checklist(obj)
                context["checklist_unmet"] = not all(i.ok for i in context["checklist"])
        context["has_file_field"] = True
        return super().render_change_form(request, context, add, change, form_url, obj)
