"""Who changed which account, scope, unit, region or award edition, when, from what to what."""

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from awards.models import Category
from newsroom import permissions
from newsroom.models import StaffScope
from tests.factories import (
    EditionFactory,
    RegionFactory,
    UPTFactory,
    UserFactory,
    authenticator,
    log_in,
    staff_user,
)
from tests.html_forms import form_fields
from upt.models import UPT, Region

pytestmark = pytest.mark.django_db

TRAIL = reverse("admin:auditlog_logentry_changelist")


@pytest.fixture
def site_admin(db):
    return staff_user("admin.situs", permissions.ADMIN_GROUP, is_central=True)


def entries_for(obj):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_pk=str(obj.pk)
    ).order_by("timestamp", "pk")


def post_admin_form(client, url, form_id, **changes):
    data = form_fields(client.get(url).content.decode(), form_id)
    data.update(
        {name: value if isinstance(value, list) else [value] for name, value in changes.items()}
    )
    for name, value in changes.items():
        if value is None:
            data.pop(name)
    response = client.post(url, data)
    assert response.status_code == 302, (
        response.context and response.context["adminform"].form.errors
    )
    return response


def test_an_admin_deactivating_an_account_and_moving_it_is_recorded_field_by_field(
    client, site_admin
):
    first, second = UPTFactory(short_name="Lapas Awal"), UPTFactory(short_name="Lapas Baru")
    officer = staff_user("humas.pindah", permissions.OFFICER_GROUP, unit=first)
    editors = Group.objects.get(name=permissions.REGIONAL_EDITOR_GROUP)
    log_in(client, site_admin)
    post_admin_form(
        client,
        reverse("admin:auth_user_change", args=[officer.pk]),
        "user_form",
        is_active=None,
        groups=[str(editors.pk)],
        **{"staff_scope-0-unit": str(second.pk)},
    )
    account = entries_for(officer).get(action=LogEntry.Action.UPDATE, changes__has_key="is_active")
    assert account.actor == site_admin
    assert account.remote_addr == "127.0.0.1"
    assert account.changes_dict["is_active"] == ["True", "False"]
    moves = [
        (e.changes_dict["groups"]["operation"], e.changes_dict["groups"]["objects"])
        for e in entries_for(officer).filter(actor=site_admin, changes__has_key="groups")
    ]
    assert sorted(moves) == [
        ("add", [permissions.REGIONAL_EDITOR_GROUP]),
        ("delete", [permissions.OFFICER_GROUP]),
    ]
    scope = entries_for(StaffScope.objects.get(user=officer)).get(action=LogEntry.Action.UPDATE)
    assert scope.actor == site_admin
    assert scope.changes_dict["unit"] == [str(first), str(second)]


def test_units_regions_editions_and_categories_are_tracked(site_admin):
    with set_actor(site_admin):
        region = RegionFactory(name="Wilayah Uji Audit")
        region.name = "Wilayah Uji Audit Baru"
        region.save()
        unit = UPTFactory(region=region, short_name="Rutan Lama")
        unit.short_name = "Rutan Baru"
        unit.save()
        edition = EditionFactory(year=2025)
        category = Category.objects.first()
        category.name = f"{category.name} (diubah)"
        category.save()
        UPT.objects.filter(pk=unit.pk).first().delete()
    assert entries_for(region).last().changes_dict["name"] == [
        "Wilayah Uji Audit",
        "Wilayah Uji Audit Baru",
    ]
    assert [e.action for e in entries_for(unit)] == [
        LogEntry.Action.CREATE,
        LogEntry.Action.UPDATE,
        LogEntry.Action.DELETE,
    ]
    assert entries_for(edition).get().action == LogEntry.Action.CREATE
    assert entries_for(category).get(action=LogEntry.Action.UPDATE).actor == site_admin
    assert Region.objects.filter(pk=region.pk).exists()


def test_a_password_change_is_recorded_without_the_hash(site_admin):
    person = UserFactory(username="ganti.sandi")
    old_hash = person.password
    with set_actor(site_admin):
        person.set_password("sandi-baru-yang-panjang")
        person.save()
    entry = entries_for(person).get(action=LogEntry.Action.UPDATE)
    assert entry.changes_dict["password"] == ["(tersembunyi)", "(tersembunyi)"]
    assert old_hash not in entry.changes_text + str(entry.changes)
    assert person.password not in str(entry.changes)


def test_signing_in_leaves_no_account_change(client):
    person = UserFactory(username="masuk.saja")
    log_in(client, person)
    assert not entries_for(person).filter(action=LogEntry.Action.UPDATE).exists()


def test_a_second_factor_reset_is_in_the_trail_with_who_did_it(client, site_admin):
    officer = staff_user("humas.hilang", permissions.OFFICER_GROUP)
    device = authenticator(officer)
    log_in(client, site_admin)
    client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_second_factor", "_selected_action": [officer.pk]},
    )
    removed = entries_for(device).get(action=LogEntry.Action.DELETE)
    assert removed.actor == site_admin
    assert "key" not in removed.changes_dict


def test_admins_read_the_trail_in_indonesian_and_cannot_change_it(client, site_admin):
    officer = staff_user("humas.ubah", permissions.OFFICER_GROUP)
    with set_actor(site_admin):
        officer.first_name = "Nama Baru"
        officer.save()
    entry = entries_for(officer).get(action=LogEntry.Action.UPDATE, changes__has_key="first_name")
    log_in(client, site_admin)
    listing = client.get(TRAIL).content.decode()
    assert "1 perubahan: Nama depan" in listing
    detail = client.get(reverse("admin:auditlog_logentry_change", args=[entry.pk]))
    page = detail.content.decode()
    assert detail.status_code == 200
    assert "Dari" in page and "Menjadi" in page and "Nama Baru" in page
    assert 'name="_save"' not in page
    assert (
        client.post(reverse("admin:auditlog_logentry_change", args=[entry.pk]), {}).status_code
        == 403
    )
    assert client.get(reverse("admin:auditlog_logentry_delete", args=[entry.pk])).status_code == 403
    assert client.get(reverse("admin:auditlog_logentry_add")).status_code == 403
    response = client.post(TRAIL, {"action": "delete_selected", "_selected_action": [entry.pk]})
    assert LogEntry.objects.filter(pk=entry.pk).exists()
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("group", [permissions.CENTRAL_EDITOR_GROUP, permissions.OFFICER_GROUP])
def test_nobody_but_admins_reads_the_trail(client, group):
    log_in(client, staff_user("bukan.admin", group, is_central=True))
    assert client.get(TRAIL).status_code == 403


def test_the_trail_list_uses_a_fixed_number_of_queries(
    client, site_admin, django_assert_max_num_queries
):
    log_in(client, site_admin)

    def changes(n):
        with set_actor(site_admin):
            RegionFactory.create_batch(n)

    changes(3)
    with django_assert_max_num_queries(20) as few:
        assert client.get(TRAIL).status_code == 200
    changes(30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(TRAIL)
