"""A broken file or an unknown unit is refused with a clear message, and nothing is imported."""

import pytest
from django.core.management import CommandError, call_command

from newsroom.models import Article, ImportedItem, Photo, Reporter
from newsroom.wordpress.parser import ExportRefused
from newsroom.wordpress.service import import_wordpress
from tests.media import stored_files

pytestmark = pytest.mark.django_db


def nothing_imported(settings):
    return not (
        Article.objects.exists()
        or Photo.objects.exists()
        or Reporter.objects.exists()
        or ImportedItem.objects.exists()
        or stored_files()
    )


def test_truncated_file_is_refused_with_the_line_of_the_first_error(run_import, export, settings):
    text = export.read_text()
    cut = text.index("<title><![CDATA[Profil Lapas]]>")
    export.write_text(text[:cut])
    expected_line = text[:cut].count("\n") + 1
    with pytest.raises(ExportRefused) as refused:
        run_import()
    message = str(refused.value)
    assert "rusak atau terpotong" in message
    assert f"baris {expected_line}," in message
    assert "Tidak ada yang diimpor" in message
    assert nothing_imported(settings)


def test_malformed_xml_is_refused_at_its_line(run_import, export, settings):
    lines = export.read_text().splitlines()
    lines[40] = lines[40] + "<wp:tidak_ditutup>"
    export.write_text("\n".join(lines))
    with pytest.raises(ExportRefused, match="baris"):
        run_import()
    assert nothing_imported(settings)


def test_file_that_is_not_a_wordpress_export_is_refused(run_import, export):
    export.write_text("<rss><channel><item><title>x</title></item></channel></rss>")
    with pytest.raises(ExportRefused, match="versi WXR tidak ditemukan"):
        run_import()


def test_entity_declarations_are_refused(run_import, export):
    export.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaa">]><rss>&a;</rss>')
    with pytest.raises(ExportRefused, match="entitas"):
        run_import()


def test_a_failure_midway_rolls_back_rows_and_stored_files(run_import, monkeypatch, settings):
    from newsroom.wordpress import posts

    def broken(*args, **kwargs):
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(posts, "record_redirect", broken)
    with pytest.raises(RuntimeError):
        run_import()
    assert nothing_imported(settings)


def test_command_refuses_an_unknown_unit(unit, export):
    with pytest.raises(CommandError, match="UPT dengan slug \u201ctidak-ada\u201d tidak ditemukan"):
        call_command("import_wordpress", str(export), unit="tidak-ada")
    assert not Article.objects.exists()


def test_command_refuses_a_missing_uploads_folder(unit, export, tmp_path):
    with pytest.raises(CommandError, match="Folder unggahan"):
        call_command(
            "import_wordpress", str(export), unit=unit.slug, uploads=str(tmp_path / "tidak-ada")
        )


def test_uploads_outside_the_folder_are_never_read(unit, uploads, export, tmp_path):
    (tmp_path / "rahasia.jpg").write_bytes((uploads / "2024/08/galeri-1.jpg").read_bytes())
    export.write_text(
        export.read_text().replace("uploads/2024/08/galeri-1.jpg", "uploads/../rahasia.jpg")
    )
    report = import_wordpress(path=export, unit=unit, uploads_dir=uploads)
    assert not ImportedItem.objects.filter(wp_id=102).exists()
    assert any("rahasia.jpg" in w for w in report.warnings)
