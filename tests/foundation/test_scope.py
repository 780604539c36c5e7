import pytest

from newsroom.models import Article, StaffScope
from newsroom.permissions import scoped_units
from tests.factories import ArticleFactory, RegionFactory, UPTFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_each_reach_sees_its_units_and_articles():
    jateng, jatim = RegionFactory(), RegionFactory()
    permisan, batu, other = (
        UPTFactory(region=jateng),
        UPTFactory(region=jateng),
        UPTFactory(region=jatim),
    )
    articles = {u.pk: ArticleFactory(unit=u) for u in (permisan, batu, other)}
    officer, regional, central, nobody = UserFactory(), UserFactory(), UserFactory(), UserFactory()
    StaffScope.objects.create(user=officer, unit=permisan)
    StaffScope.objects.create(user=regional, region=jateng)
    StaffScope.objects.create(user=central, is_central=True)

    assert set(scoped_units(officer)) == {permisan}
    assert set(scoped_units(regional)) == {permisan, batu}
    assert set(scoped_units(central)) == {permisan, batu, other}
    assert not scoped_units(nobody).exists()
    assert set(Article.objects.visible_to(officer)) == {articles[permisan.pk]}
    assert set(Article.objects.visible_to(regional)) == {articles[permisan.pk], articles[batu.pk]}
    assert Article.objects.visible_to(central).count() == 3
    assert not Article.objects.visible_to(nobody).exists()
