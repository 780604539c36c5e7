"""The media storage as tests see it, the same whether it is a folder or a bucket."""

import urllib.request

from django.conf import settings
from django.core.files.storage import default_storage


def stored_files(folder=""):
    """Every file name in the media storage (under `folder`), sorted."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # a folder nothing was ever written to
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for sub in folders:
        names += stored_files(f"{folder}/{sub}" if folder else sub)
    return sorted(names)


def open_stored(url):
    """The stored file behind a media address, opened for reading."""
    return default_storage.open(url.removeprefix(settings.MEDIA_URL), "rb")


def fetch_media(client, url):
    """The bytes a reader's browser gets at a media address: the bucket's, or the app's own."""
    if url.startswith(("http://", "https://")):
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (http to 127.0.0.1)
            return answer.read()
    response = client.get(url)
    return b"".join(response.streaming_content) if response.streaming else response.content
