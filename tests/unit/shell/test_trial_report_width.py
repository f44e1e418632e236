"""`mg-journal trial report` as text: its periods table fits a terminal's 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.shell.trial_steps import at as _at


def test_the_periods_table_of_an_unsealed_trial_fits_80_columns(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: 92 columns (bottle B (magnesium), a period across New Year), wrapped
    mid-row at 80."""
    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--against", "placebo", "--blind")
    assert _at("2026-09-01", *plan, "--seed", "42") == 0
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-05", "trial", "unseal", "--yes") == 0
    capsys.readouterr()
    assert _at("2026-09-10", "trial", "report") == 0
    out = capsys.readouterr().out.split("\n")
    table = out[out.index("Periods") + 1 : out.index("Result") - 1]
    assert len(table) == 7  # the head and six periods
    # Which bottle held magnesium is drawn by the seal, not the plan's seed: either way
    # half the rows name it, the widest words a row holds.
    assert "29 Dec 2026 - 18 Jan 2027  bottle " in table[-1]
    assert sum("(magnesium)" in line for line in table) == 3
    assert max(len(line) for line in table) <= 80
