"""CKEditor's image upload and browse, behind the same checks as news photos.

Wraps django-ckeditor's uploader: every body image passes `prepare_image()` (decoded, size
limits, EXIF orientation applied, metadata stripped) before it touches storage, non-images are
refused, and each account browses only its own folder (settings.CKEDITOR_RESTRICT_BY_USER).
"""

import io
import os
import re

from ckeditor_uploader import utils
from ckeditor_uploader.backends.pillow_backend import THUMBNAIL_SIZE
from ckeditor_uploader.views import browse as ckeditor_browse
from ckeditor_uploader.views import get_upload_filename
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.urls import re_path
from django.utils.html import escapejs
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from PIL import Image

from newsroom.images import prepare_image
from newsroom.stored_together import StorageFailed, files_of_one_record


def _same_origin(request):
    """Refuse cross-site posts: CKEditor 4 cannot send Django's CSRF token with its uploads."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS


def _reply(request, *, url="", message=""):
    func_num = request.GET.get("CKEditorFuncNum", "")
    if request.GET.get("responseType") == "json" or not re.fullmatch(r"\d{1,8}", func_num):
        if message:
            # CKEditor shows error messages only from a 200 response.
            return JsonResponse({"uploaded": 0, "error": {"message": message}})
        return JsonResponse({"uploaded": 1, "url": url, "fileName": os.path.basename(url)})
    return HttpResponse(
        "<script>window.parent.CKEDITOR.tools.callFunction("
        f"{func_num}, '{escapejs(url)}', '{escapejs(message)}');</script>"
    )


@csrf_exempt
@xframe_options_sameorigin
@require_POST
def upload(request):
    """Store one body image after the photo checks; answer in the format CKEditor asked for."""
    if not _same_origin(request):
        return HttpResponseForbidden()
    uploaded = request.FILES.get("upload")
    if uploaded is None:
        return _reply(request, message=_("Pilih berkas foto untuk diunggah."))
    try:
        content = prepare_image(uploaded).content
    except ValidationError as error:
        return _reply(request, message=" ".join(error.messages))
    thumbnail = _thumbnail(content)
    try:
        # The browser lists an image by its thumbnail: both are stored, or neither is.
        with files_of_one_record(utils.storage) as files:
            saved = files.save(get_upload_filename(content.name, request), content)
            files.save(utils.get_thumb_filename(saved), thumbnail)
    except StorageFailed as failure:
        return _reply(request, message=str(failure.message))
    return _reply(request, url=utils.get_media_url(saved))


def _thumbnail(content):
    """The small JPEG CKEditor's browser shows, made as django-ckeditor's Pillow backend does."""
    content.seek(0)
    with Image.open(content) as image:
        image.draft("RGB", THUMBNAIL_SIZE)  # a JPEG decodes at 1/8 scale at most: cheap
        small = image.convert("RGB")
    small.thumbnail(THUMBNAIL_SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="JPEG", optimize=True)
    content.seek(0)
    return ContentFile(out.getvalue())


urlpatterns = [
    re_path(r"^upload/", staff_member_required(upload), name="ckeditor_upload"),
    re_path(
        r"^browse/", never_cache(staff_member_required(ckeditor_browse)), name="ckeditor_browse"
    ),
]
