"""The newsroom's admin site: its permission check also asks for the second factor.

SecondFactorMiddleware already stops unverified sessions at the door; this keeps every admin
view shut to them even where that middleware is missing (a settings mistake, a test client).
"""

from django.contrib import admin


class NewsroomAdminSite(admin.AdminSite):
    def has_permission(self, request):
        is_verified = getattr(request.user, "is_verified", None)
        return super().has_permission(request) and callable(is_verified) and is_verified()
