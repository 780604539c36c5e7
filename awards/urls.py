from django.urls import path

from . import views

urlpatterns = [
    path("", views.EditionListView.as_view(), name="awards-index"),
    path("<int:year>/", views.EditionDetailView.as_view(), name="awards-edition"),
]
