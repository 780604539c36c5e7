"""Scope for every newsroom admin: lists, forms, choices and direct URLs stay within the user's units."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from newsroom.models import Event, Photo, Reporter
from newsroom.permissions import has_central_reach, scoped_units
from upt.models import UPT


def scoped_choices(user, model):
    """The objects of `model` a user may pick in a form; None when nothing needs limiting."""
    if has_central_reach(user):
        return None
    units = scoped_units(user)
    if model is UPT:
        return units
    if model is Reporter:
        return Reporter.objects.filter(unit__in=units)
    if model is Photo:
        return Photo.objects.filter(unit__in=units)
    if model is Event:
        # National events (no organising unit) are covered by every unit.
        return Event.objects.filter(Q(organiser__isnull=True) | Q(organiser__in=units))
    if model is get_user_model():
        return model.objects.filter(staff_scope__unit__in=units)
    return None


class ScopedFormFieldsMixin:
    """Limits foreign-key choices (selects and autocompletes) to the user's scope."""

    def get_autocomplete_fields(self, request):
        fields = super().get_autocomplete_fields(request)
        if has_central_reach(request.user):
            return fields
        # Units and accounts are offered as a short select of the user's own instead.
        unscoped = {UPT, get_user_model()}
        return [f for f in fields if self.model._meta.get_field(f).related_model not in unscoped]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        queryset = scoped_choices(request.user, db_field.related_model)
        if queryset is not None:
            kwargs["queryset"] = queryset
            if db_field.related_model is UPT:
                # An empty unit means the central office, which is outside a unit or region scope.
                kwargs["required"] = True
                kwargs["empty_label"] = None if queryset.count() == 1 else "---------"
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ScopedAdminMixin(ScopedFormFieldsMixin):
    """Lists and objects limited to the user's units; another scope's object answers 404."""

    scope_field = "unit"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if has_central_reach(request.user):
            return queryset
        return queryset.filter(self.scope_filter(request.user))

    def scope_filter(self, user):
        return Q(**{f"{self.scope_field}__in": scoped_units(user)})

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(_("Data ini tidak ada atau di luar cakupan kerja Anda."))
        return obj
