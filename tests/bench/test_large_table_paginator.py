import pytest

from newsroom.models import Article
from newsroom.pagination import LargeTablePaginator
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_small_lists_are_counted_exactly(django_assert_max_num_queries):
    ArticleFactory.create_batch(3)
    paginator = LargeTablePaginator(Article.objects.all(), 2)
    with django_assert_max_num_queries(1):
        assert paginator.count == 3
    assert paginator.num_pages == 2
    assert len(paginator.page(2).object_list) == 1


def test_lists_past_the_limit_get_an_estimate_no_smaller_than_the_limit(monkeypatch):
    ArticleFactory.create_batch(4)
    monkeypatch.setattr(LargeTablePaginator, "exact_limit", 2)
    paginator = LargeTablePaginator(Article.objects.all(), 2)
    assert paginator.count >= 3
    assert list(paginator.page(1).object_list)
