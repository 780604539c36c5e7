"""Where the second-factor pages send people next."""

from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


def safe_next(request, target):
    """The target if it is an address on this site, else the newsroom's front page."""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def next_url(request):
    """The page first asked for, carried as ?next= through the login steps."""
    return safe_next(request, request.POST.get("next") or request.GET.get("next"))


def step_url(url_name, request, target=None):
    """The address of a login step, carrying the page to open after it."""
    target = safe_next(request, target) if target is not None else next_url(request)
    return f"{reverse(url_name)}?{urlencode({'next': target})}"
