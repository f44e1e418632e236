"""`sync status` on an 80-column terminal: every line fits, a row's text goes on
indented, and times read to the minute. Before, each merge, version set aside and
file line was print()ed whole (up to 190 columns, broken mid-word at the edge),
revisions showed '2026-11-25T09:30:00.123456Z', and the last line read
"Files by the computer that last changed them: B 1"."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.cli import main
from journal.store.journal import Journal
from tests.helpers import food
from tests.reliability.test_sync_copies import DAY, DAY_FILE, as_device, conflict, two_computers


def test_status_fits_80_columns_and_reads_plainly(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pinned_clock: object,
) -> None:
    from journal.core import clock

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    as_device(monkeypatch, "B")
    long_name = "Almonds, dry roasted, without salt added, from the big jar in the kitchen"
    b.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "name": long_name}))
    b.add(food(DAY, "Spinach"))
    clock.set_now(clock.now().replace(minute=45))  # A edits later: B's edit is set aside
    as_device(monkeypatch, "A")
    a.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "name": "Almonds, A"}))
    conflict(a, b, DAY_FILE, "dropbox")
    Journal.open(data_dir)  # merges the copy
    capsys.readouterr()
    monkeypatch.setattr("journal.shell.fit.columns", lambda stream=None: 80)
    assert main(["sync", "status"]) == 0
    shown = capsys.readouterr().out
    lines = shown.splitlines()
    for line in lines:  # only a path, one word, may run over (the test's own is long)
        assert len(line) <= 80 or len(line.split()) == 1, shown
    aside = next(i for i, line in enumerate(lines) if line.startswith("  1. "))
    assert lines[aside + 1][:5] == "     " and lines[aside + 1][5] != " ", shown  # under its text
    words = " ".join(shown.split())
    assert long_name in words and "from Dropbox (desktop): 1 entry added" in words
    assert not [w for w in shown.split() if w.startswith("2026-") and "T" in w], shown
    assert "changed on B at 2026-" in words and " UTC)" in words
    assert "Last changed by: A (1 file); newest last:" in lines, shown
