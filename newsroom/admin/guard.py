"""The content guard's list in the admin: admins keep it, central and regional editors read it."""

from django.contrib import admin

from newsroom.models import BlockedTerm


@admin.register(BlockedTerm)
class BlockedTermAdmin(admin.ModelAdmin):
    list_display = ["pattern", "kind", "is_active", "note", "updated_at"]
    list_filter = ["kind", "is_active"]
    list_editable = ["is_active"]
    search_fields = ["pattern", "note"]
    fields = ["kind", "pattern", "note", "is_active"]
