"""A dry run reports exactly what the import would do, and writes nothing."""

import pytest
from taggit.models import Tag

from newsroom.models import Article, ImportedItem, LegacyRedirect, Photo, Reporter
from tests.media import stored_files

pytestmark = pytest.mark.django_db


def test_dry_run_writes_no_rows_and_no_files(run_import, settings):
    report = run_import(dry_run=True)
    for model in (Article, Photo, Reporter, ImportedItem, LegacyRedirect, Tag):
        assert not model.objects.exists(), model
    assert stored_files() == []
    assert report.lines()[0] == "UJI COBA: tidak ada yang disimpan."


def test_dry_run_report_is_the_real_runs_report(run_import):
    preview = run_import(dry_run=True)
    real = run_import()
    assert preview.lines()[1:] == real.lines()
    assert preview.entries == real.entries


def test_dry_run_after_an_import_says_nothing_would_change(run_import):
    run_import()
    preview = run_import(dry_run=True)
    assert "Tidak ada perubahan: isi berkas ini sudah diimpor sebelumnya." in preview.lines()
