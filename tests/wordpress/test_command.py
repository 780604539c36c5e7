"""The import_wordpress command prints the report in Indonesian and honours --dry-run."""

import io

import pytest
from django.core.management import call_command

from newsroom.models import Article

pytestmark = pytest.mark.django_db


def test_command_imports_and_prints_the_counts_last(unit, uploads, export):
    out = io.StringIO()
    call_command("import_wordpress", str(export), unit=unit.slug, uploads=str(uploads), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[-7] == "Artikel: 5 dibuat, 0 diperbarui, 0 tidak berubah, 0 konflik"
    assert lines[-1] == "Peringatan: 2"
    assert Article.objects.count() == 5


def test_command_dry_run_imports_nothing(unit, uploads, export):
    out = io.StringIO()
    call_command(
        "import_wordpress",
        str(export),
        unit=unit.slug,
        uploads=str(uploads),
        dry_run=True,
        stdout=out,
    )
    assert out.getvalue().startswith("UJI COBA: tidak ada yang disimpan.")
    assert "Artikel: 5 dibuat" in out.getvalue()
    assert not Article.objects.exists()


def test_without_uploads_articles_come_and_photos_are_warned_about(unit, export):
    out = io.StringIO()
    call_command("import_wordpress", str(export), unit=unit.slug, stdout=out)
    assert Article.objects.count() == 5
    assert "folder unggahan (--uploads) tidak diberikan" in out.getvalue()
