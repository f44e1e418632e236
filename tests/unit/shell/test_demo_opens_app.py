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
    monkeypatch.setattr("journal.shell.open_app.terminal", lambda: True)  # demo asks first
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


def test_without_a_terminal_the_demo_is_refused_before_it_is_built(tmp_path: Path) -> None:
    """`mg-journal --data-dir D demo | less` built 120 days in D, kept them, then said
    the app needs a terminal, not that the demo was made."""
    from tests.helpers import run_cli

    done = run_cli("--data-dir", str(tmp_path / "d"), "demo", "--days", "3")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "mg-journal: the app needs a terminal (input or output is not one); mg-journal "
        "demo --no-open builds the demo journal and prints its folder. Nothing was made.\n"
    )
    assert not (tmp_path / "d").exists()
    built = run_cli("--data-dir", str(tmp_path / "d"), "demo", "--days", "3", "--no-open")
    assert built.returncode == 0 and any((tmp_path / "d" / "entries").glob("*.json"))
