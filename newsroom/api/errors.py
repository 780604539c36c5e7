"""Every API error is JSON with a `detail` in Indonesian, whatever raised it."""

from django.http import Http404, JsonResponse
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from ninja.errors import ValidationError

NOT_FOUND = _("Tidak ditemukan.")
INVALID = _("Parameter permintaan tidak sah.")
SERVER_ERROR = _("Terjadi kesalahan pada server. Silakan coba lagi nanti.")


class PageNotFound(Exception):
    """A list page that does not exist (a cursor not made by us); its message is the `detail`.

    404, as the HTML lists answer an unknown ?sebelum=: the page named is not there.
    """


class Error(Schema):
    detail: str


class InvalidError(Schema):
    detail: str
    errors: list[dict] = []


# The error answers every operation may give, for its OpenAPI description.
ERRORS = {404: Error, 422: InvalidError}


def error_response(status, detail, **extra):
    return JsonResponse({"detail": str(detail), **extra}, status=status)


def register(api):
    """Turn the exceptions of API operations into JSON errors with an Indonesian detail."""

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return error_response(404, NOT_FOUND)

    @api.exception_handler(PageNotFound)
    def page_not_found(request, exc):
        return error_response(404, exc)

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        errors = [
            {"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors
        ]
        return error_response(422, INVALID, errors=errors)

    @api.exception_handler(Exception)
    def server_error(request, exc):
        # Django logs it and mails ADMINS; ApiEdgeMiddleware turns its page into JSON.
        raise exc
