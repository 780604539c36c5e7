"""People: each account's scope is edited on the account's own admin page."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from newsroom.models import StaffScope

User = get_user_model()


class StaffScopeInline(admin.StackedInline):
    model = StaffScope
    can_delete = True
    max_num = 1
    autocomplete_fields = ["unit", "region"]


if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, StaffScopeInline]
    list_select_related = ["staff_scope__unit", "staff_scope__region"]
    list_display = [*UserAdmin.list_display, "staff_scope"]
