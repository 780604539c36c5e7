"""Photos in S3-compatible object storage (MinIO on premises, a cloud bucket) with django-storages.

Imported by the settings module (no models, no project code). `media_settings()` turns the
MEDIA_* environment into the storage backend and the public base address; the same function
configures the tests against moto's S3 server, so what CI checks is what production runs.

Objects are written once under random names and never changed, so they are sent with a year's
`Cache-Control: immutable` for the CDN and browsers; pages link them at the public address
(MEDIA_PUBLIC_URL: the bucket's own address or a CDN in front of it), unsigned: news photos
are public, and the bucket (or the CDN's origin access) must let anyone read them.
"""

from botocore.config import Config

S3_BACKEND = "storages.backends.s3.S3Storage"


def bucket_address(*, bucket, endpoint_url="", region="", public_url=""):
    """The address of the bucket's root for readers, without a trailing "/"."""
    if public_url:
        return public_url.rstrip("/")
    if endpoint_url:
        return f"{endpoint_url.rstrip('/')}/{bucket}"  # path style, as MinIO serves it
    return f"https://{bucket}.s3.{region or 'us-east-1'}.amazonaws.com"


def media_settings(
    *,
    bucket,
    endpoint_url="",
    region="",
    access_key="",
    secret_key="",
    public_url="",
    location="",
    addressing_style="",
    timeout=5.0,
):
    """(STORAGES["default"], MEDIA_URL) for photos in `bucket`, under the key prefix `location`."""
    address = bucket_address(
        bucket=bucket, endpoint_url=endpoint_url, region=region, public_url=public_url
    )
    scheme, _, host_and_path = address.partition("//")
    location = location.strip("/")
    options = {
        "bucket_name": bucket,
        "location": location,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "access_key": access_key or None,
        "secret_key": secret_key or None,
        # Links are the public address, unsigned (see the module docstring); django-storages
        # adds the location and the name to it.
        "custom_domain": host_and_path,
        "url_protocol": scheme,
        "querystring_auth": False,
        # Upload names are random; never overwrite an object that happens to exist.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        # A store that does not answer costs a request seconds, not minutes. MinIO and other
        # stores on their own address are reached by path, AWS by bucket host name.
        "client_config": Config(
            connect_timeout=timeout,
            read_timeout=timeout * 6,
            retries={"max_attempts": 3},
            s3={"addressing_style": addressing_style or ("path" if endpoint_url else "auto")},
        ),
    }
    media_url = f"{address}/{location}/" if location else f"{address}/"
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}, media_url
