"""The admin's "view on site" redirect, limited to objects the user may see in the admin.

Django's own /admin/r/<ct>/<pk>/ redirects any staff account to any object's public URL, which
for an article still in draft or scheduled reveals its headline (the slug) and its date.
"""

from django.contrib import admin
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404


def view_on_site(request, content_type_id, object_id):
    """Redirect to the object's page when the user's admin lists it; 404 otherwise."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist as exc:
        raise Http404 from exc
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not model_admin.has_view_permission(request):
        raise Http404
    try:
        visible = model_admin.get_queryset(request).filter(pk=object_id).exists()
    except (ValueError, ValidationError) as exc:
        raise Http404 from exc
    if not visible:
        raise Http404
    return contenttype_views.shortcut(request, content_type_id, object_id)
