"""WordPress attachments become photos of the unit, their image files checked like an upload."""

from pathlib import Path
from urllib.parse import unquote

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from newsroom.images import prepare_image
from newsroom.models import ImportedItem, Photo
from newsroom.models.uploads import photo_upload_to

from .parser import Item
from .report import Action
from .shortcodes import media_key
from .state import Run, existing, photo_hash, plain, record_import

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


def _remember_photo(run: Run, item: Item, photo: Photo):
    run.photos[item.post_id] = photo
    for url in (item.attachment_url, _uploads_url(item.meta.get("_wp_attached_file", ""))):
        key = media_key(url)
        if key:
            run.photo_ids_by_key.setdefault(key, item.post_id)


def _uploads_url(relative: str) -> str:
    return f"wp-content/uploads/{relative}" if relative else ""


def import_attachment(run: Run, item: Item):
    title = plain(item.title) or f"#{item.post_id}"
    relative = unquote(
        item.attachment_url.split("wp-content/uploads/", 1)[1]
        if "wp-content/uploads/" in item.attachment_url
        else item.meta.get("_wp_attached_file", "")
    )
    if Path(relative).suffix.lower() not in IMAGE_EXTENSIONS:
        run.report.add("attachment", Action.SKIP, item.post_id, title, _("bukan berkas gambar"))
        return
    if run.scan.post_status.get(item.parent) in ("private", "trash"):
        reason = _("lampiran tulisan privat atau terhapus")
        run.report.add("attachment", Action.SKIP, item.post_id, title, reason)
        return
    record, action, reason = existing(run, item, "attachment", "photo")
    if action in (Action.UNCHANGED, Action.CONFLICT):
        _remember_photo(run, item, record.photo)
    if action != Action.UPDATE and action != Action.CREATE:
        run.report.add("attachment", action, item.post_id, title, reason)
        return
    if action == Action.UPDATE:
        photo = record.photo
    else:
        photo = Photo(unit=run.unit)
        problem = _attach_file(run, photo, relative)
        if problem:
            run.report.warn(
                _("Foto #%(id)s (%(file)s): %(problem)s")
                % {
                    "id": item.post_id,
                    "file": relative,
                    "problem": problem,
                }
            )
            run.report.add("attachment", Action.SKIP, item.post_id, title, problem)
            return
    photo.caption = plain(item.excerpt)
    photo.alt_text = plain(item.meta.get("_wp_attachment_image_alt", ""))[:250]
    # The photo stores its file and sized copies with the row; the run removes them if it rolls back.
    photo.save(write_files=not run.dry_run)
    run.stored_files.extend(photo.written_files)
    record_import(
        run,
        record,
        item,
        ImportedItem.Kind.ATTACHMENT,
        photo=photo,
        local_hash=photo_hash(photo),
        description=item.content,
    )
    _remember_photo(run, item, photo)
    run.report.add("attachment", action, item.post_id, title, reason)


def _attach_file(run: Run, photo: Photo, relative: str) -> str:
    """Put the checked image on the photo; return why not, or '' when it worked."""
    if run.uploads_dir is None:
        return _("folder unggahan (--uploads) tidak diberikan")
    candidate = (run.uploads_dir / relative).resolve()
    if not candidate.is_relative_to(run.uploads_dir) or not candidate.is_file():
        return _("berkas tidak ditemukan di folder unggahan")
    try:
        with candidate.open("rb") as source:
            content, width, height = prepare_image(source)
    except ValidationError as exc:
        return " ".join(exc.messages)
    if run.dry_run:
        # Checked like the real thing, but nothing reaches the storage.
        photo.image.name = photo_upload_to(photo, content.name)
    else:
        photo.image = content  # stored by photo.save(), with its sized copies
    photo.width, photo.height = width, height
    return ""
