"""reverse() remembered for the addresses that pages repeat: units, regions.

A list page names twenty units and a reverse() costs about 25 microseconds (a regular
expression check per call). The address is a pure function of the URLconf, the script
prefix, the view name and its arguments, so it is remembered under all four: a changed
URLconf (tests, clear_url_caches) gets a new resolver and so new entries. Article
addresses are not remembered: a million of them would only churn the memory.
"""

from functools import lru_cache

from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse


@lru_cache(maxsize=4096)
def _reverse(resolver, prefix, viewname, kwargs):
    return reverse(viewname, urlconf=resolver.urlconf_name, kwargs=dict(kwargs))


def remembered_reverse(viewname, **kwargs):
    """reverse(viewname, kwargs=kwargs), computed once per URLconf and script prefix."""
    resolver = get_resolver(get_urlconf())
    return _reverse(resolver, get_script_prefix(), viewname, tuple(sorted(kwargs.items())))
