"""The writing-first parts of the article form: headline limits, the pasted dateline, the lead photo.

`DeskFormMixin` goes into the article's ModelForm; the rules themselves live in
newsroom/headlines.py, newsroom/datelines.py and the Photo model.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.datelines import same_place, split_dateline
from newsroom.headlines import SLUG_MAX, TITLE_MAX, TITLE_RECOMMENDED
from newsroom.models import Photo
from newsroom.permissions import can_edit_photo
from newsroom.stored_together import STORAGE_FAILED_MESSAGE

from .photos import PhotoUploadField

LEAD_DETAILS = {"lead_caption": "caption", "lead_credit": "credit", "lead_alt": "alt_text"}


class DeskFormMixin(forms.Form):
    lead_upload = PhotoUploadField(
        label=_("Unggah foto utama"),
        required=False,
        help_text=_(
            "Dari galeri atau langsung dari kamera: JPEG, PNG, WebP atau HEIC (iPhone). "
            "Lokasi GPS dan data kamera dihapus otomatis."
        ),
    )
    lead_camera = PhotoUploadField(
        label=_("Atau ambil foto utama dengan kamera"),
        required=False,
        # A phone opens its back camera at once; a computer offers its file picker.
        widget=forms.FileInput(attrs={"accept": "image/*", "capture": "environment"}),
        help_text=_("Di ponsel, kamera langsung terbuka. Isi salah satu saja."),
    )
    lead_caption = forms.CharField(
        label=_("Keterangan foto utama"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Siapa, sedang apa, di mana."),
    )
    lead_credit = forms.CharField(
        label=_("Kredit foto utama"),
        required=False,
        max_length=150,
        help_text=_("Misalnya: Dok. Humas Lapas Permisan."),
    )
    lead_alt = forms.CharField(
        label=_("Teks alternatif foto utama"),
        required=False,
        max_length=250,
        help_text=_("Gambaran isi foto untuk pembaca tunanetra."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dateline_taken = ""
        self.lead_upload_used = False
        if "title" in self.fields:
            self._limit_headline()
        if "dateline" in self.fields:
            self.fields["dateline"].widget.attrs["data-dateline"] = "1"
        lead = self.instance.lead_photo if self.instance.lead_photo_id else None
        for name, attribute in LEAD_DETAILS.items():
            if lead is not None and name in self.fields:
                self.fields[name].initial = getattr(lead, attribute)

    def _limit_headline(self):
        title = self.fields["title"]
        # The browser must not cut a long headline without a word: the form says why instead.
        title.max_length = None
        title.widget.attrs.pop("maxlength", None)
        title.widget.attrs.update(
            {
                "class": "vTextField judul",
                "data-recommended": TITLE_RECOMMENDED,
                "data-max": TITLE_MAX,
                "aria-describedby": "judul-hitung id_title_helptext",
            }
        )
        title.help_text = _(
            "Paling panjang %(max)d karakter; sebaiknya tidak lebih dari %(recommended)d agar "
            "tampil utuh di hasil mesin pencari."
        ) % {"max": TITLE_MAX, "recommended": TITLE_RECOMMENDED}
        slug = self.fields["slug"]
        slug.required = False
        slug.max_length = SLUG_MAX
        slug.widget.attrs["maxlength"] = SLUG_MAX
        slug.label = _("Alamat berita")
        slug.help_text = _(
            "Bagian akhir alamat berita di situs. Kosongkan agar dibuat dari judul "
            "(paling panjang %(max)d karakter)."
        ) % {"max": SLUG_MAX}
        self.fields["dateline"].widget.attrs["data-dateline"] = "1"
        lead = self.instance.lead_photo if self.instance.lead_photo_id else None
        for name, attribute in LEAD_DETAILS.items():
            if lead is not None:
                self.fields[name].initial = getattr(lead, attribute)

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) > TITLE_MAX and not self._unchanged_value("title", title):
            raise forms.ValidationError(
                _("Judul terlalu panjang: %(length)d karakter, paling banyak %(max)d. Persingkat.")
                % {"length": len(title), "max": TITLE_MAX},
                code="title_too_long",
            )
        return title

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if len(slug) > SLUG_MAX and not self._unchanged_value("slug", slug):
            raise forms.ValidationError(
                _("Alamat berita paling panjang %(max)d karakter.") % {"max": SLUG_MAX},
                code="slug_too_long",
            )
        return slug

    def _unchanged_value(self, name, value):
        """True for an over-long value stored before the limit existed and left as it was."""
        return bool(self.instance.pk) and getattr(self.instance, name) == value

    # Set by the article admin when the storage refused this very post's lead photo.
    storage_failed = False

    def clean(self):
        cleaned = super().clean()
        if self.storage_failed:
            field = "lead_camera" if cleaned.get("lead_camera") else "lead_upload"
            self.add_error(field, STORAGE_FAILED_MESSAGE)
        self._take_pasted_dateline(cleaned)
        if cleaned.get("lead_upload") and cleaned.get("lead_camera"):
            self.add_error(
                "lead_camera",
                _("Pilih satu foto utama saja: dari galeri atau dari kamera, lalu simpan lagi."),
            )
        return cleaned

    def _take_pasted_dateline(self, cleaned):
        """Move a dateline pasted at the start of the body into the dateline field."""
        pasted = split_dateline(cleaned.get("body"))
        if pasted is None:
            return
        typed = cleaned.get("dateline", "")
        if typed and not same_place(typed, pasted.place):
            self.add_error(
                "dateline",
                _(
                    "Isi berita diawali tempat \u201c%(pasted)s\u201d, berbeda dengan tempat "
                    "berita ini. Hapus salah satunya agar tidak tercetak dua kali."
                )
                % {"pasted": pasted.place},
            )
            return
        if not typed:
            cleaned["dateline"] = pasted.place
            self.instance.dateline = pasted.place
        cleaned["body"] = pasted.body
        self.instance.body = pasted.body
        self.dateline_taken = pasted.place

    def attach_lead_photo(self, article, *, by):
        """Store an uploaded lead photo for the article and write its details onto the lead photo.

        Call before the article is saved. A new upload becomes the lead photo with the details
        typed beside it; otherwise changed details are written to the chosen lead photo, when the
        user may change it.
        """
        details = {
            attribute: self.cleaned_data.get(name, "").strip()
            for name, attribute in LEAD_DETAILS.items()
        }
        upload = self.cleaned_data.get("lead_upload") or self.cleaned_data.get("lead_camera")
        if upload:
            if not details["credit"] and article.unit_id:
                details["credit"] = article.unit.default_photo_credit
            photo = Photo(image=upload, unit=article.unit, uploaded_by=by, **details)
            photo.save()
            article.lead_photo = photo
            self.lead_upload_used = True
            return
        lead = article.lead_photo if article.lead_photo_id else None
        # A post without the details (an older form, a script) leaves the photo as it is.
        changed = [n for n in LEAD_DETAILS if n in self.changed_data and n in self.data]
        if lead is None or not changed or not can_edit_photo(by, lead):
            return
        for name in changed:
            setattr(lead, LEAD_DETAILS[name], details[LEAD_DETAILS[name]])
        lead.save(update_fields=[LEAD_DETAILS[name] for name in changed])
