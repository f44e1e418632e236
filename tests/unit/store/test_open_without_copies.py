"""Opening a journal with no conflict copy: the merge's modules are not even loaded
(every start of the app and every quick log opens the journal)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from journal.store.journal import Journal
journal = Journal.open({root!r})
merge = ("journal.store.conflicts", "journal.core.sync.names")
print(journal.sync_report is None, *(name in sys.modules for name in merge))
"""


def opened(root: Path) -> str:
    code = PROBE.format(root=str(root))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout


def test_no_conflict_name_no_merge_module(tmp_path: Path) -> None:
    (tmp_path / "entries").mkdir(parents=True)
    (tmp_path / "entries" / "2026-11-25.json").write_text('{"_default": {}}')
    assert opened(tmp_path).split() == ["True", "False", "False"]


def test_a_name_that_says_conflict_is_looked_at(tmp_path: Path) -> None:
    """Not a copy of a journal file (no engine's pattern): looked at, nothing merged."""
    (tmp_path / "entries").mkdir(parents=True)
    (tmp_path / "my conflict notes.txt").write_text("mine")
    assert opened(tmp_path).split() == ["False", "True", "True"]
    assert (tmp_path / "my conflict notes.txt").read_text() == "mine"


def test_without_copies_there_is_no_sync_report_to_show(tmp_path: Path) -> None:
    """In this process too: Today shows a merge's line only when a report exists."""
    from journal.store.journal import Journal

    assert Journal.open(tmp_path).sync_report is None
    copy = tmp_path / "profile.sync-conflict-20261125-093000-BBBBBBB.json"
    copy.write_text('{"_default": {}}')
    report = Journal.open(tmp_path).sync_report
    assert report is not None and report.summary() != ""
