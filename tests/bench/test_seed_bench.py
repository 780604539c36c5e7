import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from taggit.models import Tag

from bench.management.commands.seed_bench import Command as SeedBench
from newsroom.models import Article, ArticlePhoto, Photo, StaffScope, TaggedArticle
from upt.models import UPT

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="seed_bench writes with PostgreSQL COPY; run with DATABASE_URL=postgres://...",
)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor == "postgresql", reason="checks the SQLite refusal")
def test_seed_bench_refuses_sqlite_with_a_clear_message():
    with pytest.raises(CommandError, match="hanya untuk PostgreSQL"):
        call_command(SeedBench(), articles=10, stdout=io.StringIO())
    assert not Article.objects.exists()


@needs_postgresql
# Every transactional test rolls back by serialisation, so the flush after one does not
# recreate content types that the next one's restore would then collide with.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestSeedBenchOnPostgreSQL:
    def test_it_builds_the_bench_shape(self):
        call_command(SeedBench(), articles=200, stdout=io.StringIO())

        assert Article.objects.count() == 200
        by_status = dict(Article.objects.values_list("status").annotate(n=Count("id")).order_by())
        assert by_status["draft"] >= 1
        assert by_status["published"] > 150
        assert (
            Article.objects.filter(status="published")
            .exclude(pk__in=Article.objects.live())
            .exists()
        ), "some articles are scheduled for later"
        assert not Article.objects.filter(
            published_at__isnull=False, publication_date__isnull=True
        ).exists()
        assert not (
            Article.objects.exclude(publication_date=None)
            .values("publication_date", "slug")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .exists()
        )
        assert UPT.objects.count() >= 50
        assert Tag.objects.count() >= 40
        assert TaggedArticle.objects.exists()
        assert ArticlePhoto.objects.exists()
        assert Photo.objects.values("image").distinct().count() < Photo.objects.count()
        assert StaffScope.objects.filter(is_central=True).exists()
        assert StaffScope.objects.filter(unit__isnull=False).exists()
        new = Article.objects.create(
            title="Artikel baru setelah seed", body="x", unit=UPT.objects.first()
        )
        assert new.pk > 200
        # The indexes dropped for the load are all back, the GIN one built beside the rest.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = %s",
                [Article._meta.db_table],
            )
            names = {name for (name,) in cursor.fetchall()}
        assert {"article_search_vector_idx", "article_live_idx", "article_event_order_idx"} <= names

    def test_it_refuses_a_database_with_content_unless_forced(self):
        call_command(SeedBench(), articles=60, stdout=io.StringIO())
        with pytest.raises(CommandError, match="--force"):
            call_command(SeedBench(), articles=60, stdout=io.StringIO())
        call_command(SeedBench(), articles=80, force=True, stdout=io.StringIO())
        assert Article.objects.count() == 80
