"""An option given explicitly empty (a script's empty variable) is refused at that option:
`log cramp -s ""` stored the cramp without a severity, and `edit ID -s ""` took the
severity off, where the documented way is `none`. An empty --note still clears a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (("cramp", "-s", ""), "--severity: is empty; give 1 to 5, or leave --severity out."),
        (("cramp", "--where", " "), "--where: is empty; give a place like calf, or leave"),
        (("exercise", ""), "amount: is empty; give a number like 45, or leave it out."),
    ],
)
def test_log_refuses_an_empty_option(data_dir: Path, line: tuple[str, ...], said: str) -> None:
    done = run_cli("log", *line)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"mg-journal: {said}")
    assert done.stderr.endswith(" Nothing was saved.\n") and done.stderr.count("\n") == 1
    assert not data_dir.exists()


def _logged(*line: str) -> str:
    done = run_cli("log", *line)
    assert done.returncode == 0
    return done.stdout.split("[")[1][:8]


@pytest.mark.parametrize(
    ("logged", "option", "said"),
    [
        (("cramp", "-s", "3", "-w", "calf"), "--severity", "give 1 to 5, or none."),
        (("cramp", "-s", "3", "-w", "calf"), "--where", "give a place like calf, or none."),
        (("exercise", "30"), "--amount", "give a number, or none."),
    ],
)
def test_edit_refuses_an_empty_option(
    data_dir: Path, logged: tuple[str, ...], option: str, said: str
) -> None:
    entry = _logged(*logged)
    before = run_cli("list").stdout
    done = run_cli("edit", entry, option, "")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"mg-journal: {option}: is empty; {said} Nothing was saved.\n"
    assert run_cli("list").stdout == before


def test_edit_refuses_an_empty_mg(data_dir: Path) -> None:
    entry = run_cli("eat", "soup", "--custom", "12").stdout.split("[")[1][:8]
    done = run_cli("edit", entry, "--mg", "")
    assert done.returncode == 2 and "--mg: is empty; give mg, or unknown." in done.stderr
    assert "soup, as written · 12 mg" in run_cli("list").stdout


def test_edit_with_an_empty_note_still_clears_it(data_dir: Path) -> None:
    entry = _logged("cramp", "-s", "2", "--note", "woke me")
    assert run_cli("edit", entry, "--note", "").returncode == 0
    assert "woke me" not in run_cli("list").stdout


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (("profile", "--sex", ""), "sex: is empty; give one of: female, male, unspecified\n"),
        (("profile", "--units", " "), "units: is empty; give one of: metric, us\n"),
        (
            ("eat", "banana", "--meal", ""),
            "meal: is empty; give one of: breakfast, lunch, dinner, snack\n",
        ),
        (("supplement", "", "100"), "form: is empty; give one of: oxide, carbonate, hydroxide"),
    ],
)
def test_an_empty_choice_says_it_is_empty_and_lists_the_choices(
    data_dir: Path, line: tuple[str, ...], said: str
) -> None:
    """They said "sex: '' is not one of: ...", quoting nothing."""
    done = run_cli(*line)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"mg-journal: {said}")
    assert done.stderr.count("\n") == 1
    assert not (data_dir / "entries").exists()
