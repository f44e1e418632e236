"""Today and help in a light and a dark theme (the theme comes from the profile, as at start)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal.core.person.profile import Profile
from journal.store.profile import save_profile
from tests.ui.test_snapshots_today import filled_app

THEMES = ["textual-light", "textual-dark"]
# Help prints where the data lives: a fixed place, so the picture is the same each run.
FIXED_DIR = Path(tempfile.gettempdir()) / "mg-journal-help-snapshot"


@pytest.fixture
def fixed_dir(request: pytest.FixtureRequest) -> Iterator[Path]:
    """One fixed place per test (two workers may run two of them at once)."""
    folder = FIXED_DIR.with_name(f"{FIXED_DIR.name}-{request.node.name}")
    shutil.rmtree(folder, ignore_errors=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def themed_app(data_dir: Path, theme: str) -> Any:
    app = filled_app(data_dir)
    save_profile(app.journal, Profile(onboarded=True, theme=theme))
    return app


@pytest.mark.parametrize("theme", THEMES)
def test_today_in_theme(snap_compare: Any, data_dir: Path, theme: str) -> None:
    assert snap_compare(themed_app(data_dir, theme), terminal_size=(100, 30))


@pytest.mark.parametrize("theme", THEMES)
def test_help_in_theme(snap_compare: Any, fixed_dir: Path, theme: str) -> None:
    app = themed_app(fixed_dir, theme)
    assert snap_compare(app, press=["question_mark"], terminal_size=(100, 30))


def test_help_at_80x24(snap_compare: Any, fixed_dir: Path) -> None:
    assert snap_compare(themed_app(fixed_dir, "textual-dark"), press=["f1"], terminal_size=(80, 24))


def test_help_at_160x50(snap_compare: Any, fixed_dir: Path) -> None:
    app = themed_app(fixed_dir, "textual-dark")
    assert snap_compare(app, press=["f1"], terminal_size=(160, 50))


def test_go_to_date_with_an_error(snap_compare: Any, data_dir: Path) -> None:
    app = themed_app(data_dir, "textual-light")
    keys = ["g", *"2026-12-01", "enter"]
    assert snap_compare(app, press=keys, terminal_size=(80, 24))
