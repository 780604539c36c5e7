"""Model fields shared by the newsroom."""

import re

from ckeditor_uploader.fields import RichTextUploadingField, RichTextUploadingFormField

from newsroom.sanitize import sanitize_html


def _stored_form(html):
    """The sanitised HTML with the spacing between and inside blocks evened out."""
    return re.sub(r">\s+<", "><", " ".join(sanitize_html(html or "").split()))


class SanitizedRichTextFormField(RichTextUploadingFormField):
    def clean(self, value):
        return sanitize_html(super().clean(value))

    def has_changed(self, initial, data):
        # CKEditor posts its own spacing ("\r\n" between blocks); what counts is what is stored.
        return _stored_form(initial) != _stored_form(data)


class SanitizedRichTextField(RichTextUploadingField):
    """CKEditor rich text that is sanitised on every way into the database.

    Forms clean it, `save()` cleans it in `pre_save`, and `QuerySet.update()`, `bulk_create()`
    and `bulk_update()` clean it in `get_db_prep_save`: no caller can store unsanitised HTML.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return sanitize_html(value) if isinstance(value, str) else value

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if isinstance(value, str):
            value = sanitize_html(value)
            setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str):
            value = sanitize_html(value)
        return super().get_db_prep_save(value, connection)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SanitizedRichTextFormField, **kwargs})
