"""Old WordPress addresses keep working: a would-be 404 answers 301 to the imported article.

Like django.contrib.redirects' fallback middleware, it looks only at responses that are already
404s, so it costs nothing on pages that exist.
"""

from django.http import HttpResponsePermanentRedirect

from newsroom.models import LegacyRedirect


class LegacyRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        path = request.path
        toggled = path[:-1] if path.endswith("/") else f"{path}/"
        article = LegacyRedirect.objects.target_for(host=request.get_host(), paths=[path, toggled])
        if article is None:
            return response
        return HttpResponsePermanentRedirect(article.get_absolute_url())
