"""The article's gallery inline: photos in order with their captions, editable with the article."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from newsroom import permissions
from newsroom.models import ArticlePhoto

from .photos import photo_thumbnail
from .scoping import ScopedFormFieldsMixin


class GalleryFormSet(BaseInlineFormSet):
    """Gallery rows whose fields are named for screen readers: a table cell has no <label>."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if index is None:
            return
        for field in form.fields.values():
            field.widget.attrs["aria-label"] = _("%(field)s, foto galeri ke-%(n)d") % {
                "field": capfirst(field.label or ""),
                "n": index + 1,
            }


class ArticlePhotoInline(ScopedFormFieldsMixin, admin.TabularInline):
    model = ArticlePhoto
    formset = GalleryFormSet
    # Django's tabular inline with its two empty column headers named (axe: empty-table-header).
    template = "admin/newsroom/article/gallery_inline.html"
    extra = 0
    autocomplete_fields = ["photo"]
    fields = ["preview", "photo", "order", "caption"]
    readonly_fields = ["preview"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("photo")

    @admin.display(description=_("Pratinjau"))
    def preview(self, obj):
        return photo_thumbnail(obj.photo) if obj.pk else "–"

    # The gallery is part of the article: it is editable exactly when the article is.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (
            obj is None or permissions.can_edit(request.user, obj)
        )
