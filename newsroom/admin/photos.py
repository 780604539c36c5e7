from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from newsroom.images import prepare_image
from newsroom.models import Photo
from newsroom.permissions import can_edit_photo, has_central_reach, scoped_units
from newsroom.stored_together import STORAGE_FAILED_MESSAGE, StorageFailed

from .scoping import ScopedAdminMixin

ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"


def photo_thumbnail(photo, width=120):
    """An <img> of the photo's smallest sized copy, for admin lists and inlines.

    Use it in any ModelAdmin or inline as a read-only field, e.g.
    `@admin.display(description=_("Pratinjau")) def preview(self, obj): return photo_thumbnail(obj.photo)`;
    the sizes are stored on the photo, so it costs no query.
    """
    if photo is None or not photo.image:
        return "–"
    smallest = photo.rendition_sets()["fallback"][:1]
    src = smallest[0][1] if smallest else photo.image.url
    height = round(width * photo.height / photo.width) if photo.width and photo.height else ""
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" loading="lazy" class="foto-mini">',
        src,
        width,
        height,
        photo.alt_text,
    )


class PhotoUploadField(forms.FileField):
    """A file field that lets through only what newsroom.images.prepare_image accepts."""

    widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})

    def to_python(self, data):
        data = super().to_python(data)
        if data is None:
            return None
        # The stored file is the clean re-encoding, never the bytes that were uploaded.
        return prepare_image(data).content


class PhotoForm(forms.ModelForm):
    image = PhotoUploadField(
        label=_("berkas foto"),
        help_text=_(
            "JPEG, PNG, WebP atau HEIC (iPhone). Lokasi GPS dan data kamera dihapus otomatis."
        ),
    )

    # Set by PhotoAdmin when the storage refused this very post's files.
    storage_failed = False

    class Meta:
        model = Photo
        fields = ["image", "caption", "credit", "alt_text", "taken_at", "unit"]

    def clean(self):
        cleaned = super().clean()
        if self.storage_failed:
            self.add_error("image", STORAGE_FAILED_MESSAGE)
        unit = cleaned.get("unit")
        if unit and not cleaned.get("credit"):
            cleaned["credit"] = unit.default_photo_credit
        return cleaned


class StorageFailureAdminMixin:
    """A change form whose save stores files: a storage failure shows the form again, not a 500.

    The admin's transaction is rolled back and the photo's files removed (Photo.save); the same
    post again, its form class now marked `storage_failed` (the form adds the message to its
    file field), shows what was typed (a browser never refills a file input).
    """

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if getattr(request, "storage_failed", False):
            return type(form.__name__, (form,), {"storage_failed": True})
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StorageFailed:
            request.storage_failed = True
            return super().changeform_view(request, object_id, form_url, extra_context)


@admin.register(Photo)
class PhotoAdmin(StorageFailureAdminMixin, ScopedAdminMixin, admin.ModelAdmin):
    form = PhotoForm
    list_display = ["thumbnail", "__str__", "unit", "credit", "created_at"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = ["unit__region"]
    list_select_related = ["unit"]
    search_fields = ["caption", "credit", "alt_text"]
    autocomplete_fields = ["unit"]
    readonly_fields = ["preview"]
    fields = ["preview", "image", "caption", "credit", "alt_text", "taken_at", "unit"]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_edit_photo(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or can_edit_photo(request.user, obj))

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        units = list(scoped_units(request.user)[:2])
        if len(units) == 1 and not has_central_reach(request.user):
            # An officer's photos belong to their unit; offer its usual credit.
            initial.setdefault("unit", units[0].pk)
            initial.setdefault("credit", units[0].default_photo_credit)
        return initial

    @admin.display(description=_("Foto"))
    def thumbnail(self, obj):
        return photo_thumbnail(obj, width=96)

    @admin.display(description=_("Pratinjau"))
    def preview(self, obj):
        return photo_thumbnail(obj, width=320) if obj.pk else "–"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
