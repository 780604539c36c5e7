"""Role groups carry exactly their permissions; the demo puts every account in its role and scope."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from newsroom.models import Article, ArticleTransition
from tests.factories import log_in

pytestmark = pytest.mark.django_db


def codenames(group):
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def test_only_editors_may_publish_and_only_central_editors_feature():
    assert "publish_article" not in codenames("Petugas Humas UPT")
    assert {"add_article", "change_article", "view_article"} <= codenames("Petugas Humas UPT")
    assert "publish_article" in codenames("Redaktur Wilayah")
    assert "feature_article" not in codenames("Redaktur Wilayah")
    assert {"publish_article", "feature_article"} <= codenames("Redaktur Pusat")
    assert {"change_upt", "change_edition", "change_user"} <= codenames("Admin")
    assert not {"change_upt", "change_user"} & codenames("Redaktur Pusat")


def test_demo_accounts_have_their_roles_scopes_and_articles_in_every_state(settings):
    settings.DEBUG = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("seed_demo", stdout=io.StringIO())
    users = {u.username: u for u in get_user_model().objects.select_related("staff_scope")}
    assert users["humas.permisan"].groups.get().name == "Petugas Humas UPT"
    assert users["humas.permisan"].staff_scope.unit.slug == "lapas-permisan"
    assert users["humas.cipinang"].staff_scope.unit.slug == "lapas-cipinang"
    assert users["redaktur.jateng"].staff_scope.region.name == "Jawa Tengah"
    assert users["redaktur.pusat"].staff_scope.is_central
    assert users["admin"].groups.get().name == "Admin"
    states = set(Article.objects.values_list("status", flat=True))
    assert states == set(Article.Status.values)
    assert Article.objects.scheduled().exists()
    assert (
        ArticleTransition.objects.filter(to_status=Article.Status.RETURNED)
        .exclude(note="")
        .exists()
    )


def test_site_admin_sets_an_accounts_scope_on_its_page(client):
    from django.urls import reverse

    from tests.factories import UserFactory

    log_in(client, UserFactory(username="root", is_superuser=True))
    officer = UserFactory(username="humas.baru")
    page = client.get(reverse("admin:auth_user_change", args=[officer.pk]))
    assert "staff_scope-TOTAL_FORMS" in page.content.decode()
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
