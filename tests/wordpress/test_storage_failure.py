"""An import whose photos cannot be stored is refused whole: no row, no file."""

import pytest

from newsroom.wordpress.parser import ExportRefused

from .test_refused import nothing_imported

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("failing_write", [1, 2, 5], ids=["first", "first-copy", "second-photo"])
def test_import_on_a_full_disk_is_refused_and_leaves_nothing(
    run_import, storage_fails_at, settings, failing_write
):
    storage_fails_at(failing_write)
    with pytest.raises(ExportRefused) as refused:
        run_import()
    assert "Penyimpanan foto gagal. Tidak ada yang diimpor" in str(refused.value)
    assert nothing_imported(settings)
