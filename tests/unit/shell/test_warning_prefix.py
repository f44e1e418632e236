"""Every warning on stderr names the program, as every refusal and the store's warning do
("mg-journal: warning: ..."): supplement, edit and trial said a bare "warning: ...", so
in a script's log (2>>log) nothing said which tool warned."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli

ABOVE = "mg-journal: warning: 400 mg of supplemental magnesium is above the 350 mg upper limit"


def test_a_dose_above_the_limit_is_warned_about_by_name(data_dir: Path) -> None:
    logged = run_cli("supplement", "citrate", "400")
    assert logged.returncode == 0 and logged.stderr.startswith(ABOVE), logged.stderr
    words = run_cli("list").stdout.split()
    entry = words[words.index("supplement") - 2]  # "  2437d078  09:30  supplement ..."
    changed = run_cli("edit", entry, "--amount", "401")
    assert changed.returncode == 0, changed.stderr
    assert changed.stderr.startswith("mg-journal: warning: 401 mg of supplemental magnesium")
    plan = run_cli("trial", "plan", "citrate", "400")
    assert plan.returncode == 0
    assert plan.stderr.startswith(ABOVE), plan.stderr
