"""The API itself: one NinjaAPI with a router per resource, and its schema and docs pages.

Higher apps add their own resources through `api.add_router` in their AppConfig.ready()
(awards does: award editions), so that newsroom never imports them.
"""

from ninja import NinjaAPI
from ninja.openapi.docs import Swagger

from . import articles, directory, errors, people

DESCRIPTION = """API baca-saja untuk konten publik Warta Pemasyarakatan: berita yang sudah
terbit, UPT, wilayah, kegiatan, penulis, topik dan hasil penghargaan yang sudah diumumkan.

Daftar dibagi per halaman dengan penanda (`cursor`): ikuti tautan `next` sampai bernilai null.
Setiap jawaban membawa `ETag` (dan `Last-Modified` untuk satu berita); kirim `If-None-Match`
untuk mendapat `304` bila tidak ada yang berubah. Batas permintaan per alamat dijawab `429`
dengan `Retry-After`. Semua kesalahan berupa JSON dengan `detail` berbahasa Indonesia."""

api = NinjaAPI(
    title="Warta Pemasyarakatan API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    # Our static files only (ninja is in INSTALLED_APPS); the validator badge would load an
    # image from swagger.io, which the page's CSP refuses anyway.
    docs=Swagger(settings={"validatorUrl": None, "defaultModelsExpandDepth": 0}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.register(api)
# The index's entries: name -> path below /api/v1/.
LISTS = {}


def add_resource(name, prefix, router):
    """Mount `router` at `prefix`; `name` lists its collection (at `prefix`) in the index."""
    api.add_router(prefix, router)
    LISTS[name] = prefix.strip("/") + "/"


add_resource("articles", "/articles/", articles.router)
for name in ("units", "regions"):
    add_resource(name, f"/{name}/", directory.routers[name])
for name in ("events", "reporters", "topics"):
    add_resource(name, f"/{name}/", people.routers[name])


@api.get("/", response=dict[str, str], tags=["Indeks"], summary="Daftar sumber daya")
def index(request):
    """Alamat setiap daftar di API ini, skemanya dan dokumentasinya."""
    base = request.build_absolute_uri(request.path)
    links = {name: f"{base}{path}" for name, path in LISTS.items()}
    return {**links, "openapi": f"{base}openapi.json", "docs": f"{base}docs"}
