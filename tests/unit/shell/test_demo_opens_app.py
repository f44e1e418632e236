"""`mg-journal demo` builds its folder; cli opens the app there and removes a temporary one."""

from __future__ import annotations

from pathlib import Path

import pytest

import journal.cli
import journal.tui.app
from journal.cli import main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, bool]]:
    """Each folder the app was opened on, and whether it held the demo's days then."""
    seen: list[tuple[Path, bool]] = []

    def run_app(data_dir: str | Path | None) -> int:
        assert data_dir is not None
        root = Path(data_dir)
        seen.append((root, any((root / "entries").glob("*.json"))))
        return 0

    monkeypatch.setattr(journal.tui.app, "run_app", run_app)
    monkeypatch.setattr(journal.cli, "_terminal", lambda: True)  # the test's pipes are none
    return seen


def test_a_temporary_demo_is_opened_then_removed(opened: list[tuple[Path, bool]]) -> None:
    assert main(["demo", "--days", "3"]) == 0
    [(root, had_days)] = opened
    assert had_days and root.name.startswith("mg-journal-demo-")
    assert not root.exists()


def test_a_demo_in_a_named_folder_is_opened_and_kept(
    opened: list[tuple[Path, bool]], tmp_path: Path
) -> None:
    assert main(["demo", "--days", "3", "--data-dir", str(tmp_path / "d")]) == 0
    [(root, had_days)] = opened
    assert had_days and root.resolve() == (tmp_path / "d").resolve()
    assert any((tmp_path / "d" / "entries").glob("*.json"))


def test_no_command_opens_the_app_on_the_given_folder(
    opened: list[tuple[Path, bool]], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert [root for root, _ in opened] == [tmp_path]
    assert tmp_path.exists()
