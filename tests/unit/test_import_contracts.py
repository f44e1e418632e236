"""The rooms' arrows (pyproject.toml's import-linter contracts) hold, and would catch a climb.

`lint-imports` reads the imports statically, lazy and all, so an arrow that climbs
inside a function is caught before anyone runs that function.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

LINT = Path(sys.executable).with_name("lint-imports")
pytestmark = pytest.mark.skipif(
    not LINT.exists(), reason="lint-imports not installed (pip install -e '.[test]')"
)


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    # From `root`, so its own journal/ is the one analysed, not the installed one.
    return subprocess.run(
        [str(LINT), "--no-cache", str(root / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=root,
    )


def copy_of_the_house(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "journal", tmp_path / "journal", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_shell_loading_the_tui_again_breaks_two_contracts(tmp_path: Path) -> None:
    root = copy_of_the_house(tmp_path)
    demo = root / "journal" / "shell" / "demo_cmd.py"
    # As it was before the demo left opening the app to cli: a lazy import in run().
    demo.write_text(
        demo.read_text().replace(
            "    return OpenApp(journal.root, remove_after=temporary)",
            "    from journal.tui.app import run_app\n\n    return run_app(journal.root)",
        )
    )
    assert "journal.tui.app" in demo.read_text()
    result = lint(root)
    assert result.returncode != 0
    assert "journal.shell.demo_cmd -> journal.tui.app" in result.stdout
    assert "2 broken" in result.stdout


def test_core_importing_rich_breaks_its_contract(tmp_path: Path) -> None:
    root = copy_of_the_house(tmp_path)
    dates = root / "journal" / "core" / "dates.py"
    dates.write_text(dates.read_text() + "\nfrom rich.text import Text  # noqa\n")
    result = lint(root)
    assert result.returncode != 0
    assert "journal.core.dates -> rich (l." in result.stdout
