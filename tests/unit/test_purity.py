"""The domain stays pure and the shell stays light: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import ROOT


def modules_after_import(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def core_modules() -> list[str]:
    """Every module of core, subject packages included, so a new room is checked too."""
    core = ROOT / "journal" / "core"
    names = []
    for p in core.rglob("*.py"):
        parts = p.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if p.stem == "__init__" else parts))
    return sorted(names)


def test_core_modules_are_found_in_every_room() -> None:
    found = core_modules()
    assert "journal.core.food.search" in found and "journal.core.stats.contingency" in found


@pytest.mark.parametrize("module", core_modules())
def test_core_imports_neither_textual_nor_tinydb(module: str) -> None:
    loaded = modules_after_import(f"import {module}")
    forbidden = {"textual", "tinydb", "rich", "platformdirs"}
    assert not {m for m in loaded if m.split(".")[0] in forbidden}
    assert not {
        m for m in loaded if m.startswith(("journal.store", "journal.tui", "journal.shell"))
    }


def test_the_command_line_does_not_import_textual() -> None:
    loaded = modules_after_import("import journal.cli; journal.cli.build_parser()")
    assert "textual" not in loaded
    assert not {m for m in loaded if m.startswith("journal.tui")}


def test_reading_the_journal_does_not_load_tinydb() -> None:
    """TinyDB is for writes; the app's start and the read-only commands do without it."""
    loaded = modules_after_import("import journal.tui.app, journal.store.profile")
    assert "journal.tui.app" in loaded
    assert not {m for m in loaded if m.split(".")[0] == "tinydb"}
