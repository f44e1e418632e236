"""A blank --data-dir is refused, never taken for the person's own journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.errors import StoreError
from journal.store.paths import ENV_DIR, resolve_data_dir
from tests.helpers import run_cli


@pytest.mark.parametrize("blank", ["", " ", "\t"])
def test_a_blank_data_dir_is_refused(
    blank: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "usual"))
    with pytest.raises(StoreError, match=r"^--data-dir is empty: give the journal's folder"):
        resolve_data_dir(blank)
    assert resolve_data_dir(None) == tmp_path / "usual"  # left out: the usual place


def test_eat_with_a_blank_data_dir_stores_nothing_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = tmp_path / "usual"
    monkeypatch.setenv(ENV_DIR, str(usual))
    done = run_cli("--data-dir", "", "eat", "almonds")
    assert done.returncode == 2  # a mistake in the line, as an empty option's is
    assert done.stderr == (
        "mg-journal: --data-dir is empty: give the journal's folder, or leave --data-dir "
        "out for the usual one. Nothing was changed.\n"
    )
    assert not usual.exists()
