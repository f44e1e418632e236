"""Exit status as `mg-journal --help` says it: 1 for a refusal or something not found,
2 for a mistake in the line itself. `delete` of an unknown id exited 2, as a mistyped
option does, and `--data-dir ""` 1, as a damaged file does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

UNKNOWN = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    "line",
    [("delete", UNKNOWN), ("edit", UNKNOWN, "--note", "x"), ("delete", "0123")],
)
def test_an_unknown_id_is_not_found_exit_1(data_dir: Path, line: tuple[str, ...]) -> None:
    assert run_cli("log", "cramp").returncode == 0
    done = run_cli(*line)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("mg-journal: id: no entry has an id starting '0123")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("blank", ["", " "])
def test_a_blank_data_dir_is_a_usage_error(blank: str) -> None:
    done = run_cli("--data-dir", blank, "list")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "mg-journal: --data-dir is empty: give the journal's folder, or leave --data-dir "
        "out for the usual one. Nothing was changed.\n"
    )


def test_the_help_says_the_exit_codes() -> None:
    said = " ".join(run_cli("--help").stdout.split())
    assert "Exit status: 0 done; 1 refused or not found" in said
    assert "2 a mistake in the line (an unknown option, a bad value)" in said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("zzzqqq 10 g", "mg-journal: food: no food matches 'zzzqqq'"),
        ("banana, zzzqqq", "mg-journal: food: no food matches 'zzzqqq'"),
        ("a scone", "mg-journal: food: the table (USDA SR24) has no scone"),
    ],
)
def test_an_unknown_food_is_not_found_exit_1(data_dir: Path, line: str, said: str) -> None:
    """`eat "zzzqqq 10 g"` exited 2, as a mistyped option, where an unknown id exits 1;
    nothing of the line is logged (the banana before it neither)."""
    done = run_cli("eat", line)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith(said) and done.stderr.count("\n") == 1
    assert "Bananas" not in run_cli("list").stdout


def test_a_line_naming_no_food_is_still_a_mistake_exit_2(data_dir: Path) -> None:
    done = run_cli("eat", "100 g")
    assert (done.returncode, done.stdout) == (2, "")
