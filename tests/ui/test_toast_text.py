"""Toasts are wrapped short of their edge, so no word goes under the footer."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import save_plan, update
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from journal.tui.toast_text import fit_toast
from tests.helpers import onboarded
from tests.ui.painted import painted, painted_lines, told
from tests.waiting import until


def test_the_message_that_lost_its_last_word_now_wraps_before_the_edge() -> None:
    # 80 columns: a toast 40 wide holds 37; the 37-character line is wrapped at 36.
    assert fit_toast("Nothing logged on 2026-12-05 to copy.", 80) == (
        "Nothing logged on 2026-12-05 to\ncopy."
    )


@pytest.mark.parametrize("columns", [80, 100, 120, 200])
def test_every_line_is_shorter_than_the_toast_holds(columns: int) -> None:
    holds = min(60, columns // 2) - 3
    words = ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg"]
    for n in range(1, 60):
        message = " ".join(words[i % len(words)] for i in range(n))
        lines = fit_toast(message, columns).split("\n")
        assert all(len(line) < holds for line in lines), (columns, message)
        assert " ".join(lines) == message  # only spaces became line breaks


@pytest.mark.parametrize("length", range(30, 80))
def test_a_word_longer_than_a_line_is_cut_short_of_the_edge(length: int) -> None:
    """Before, a path was left whole for the toast to fold: one exactly a toast's line
    long (37 at 80 columns), or 73 or 74, lost its end ("...-11-30.htm", without "l")."""
    path = "/" + "a" * (length - 2) + "Z"
    lines = fit_toast(f"Wrote the trial report to {path}", 80).split("\n")
    assert all(len(line) < 37 for line in lines)
    assert "".join(lines[1:]) == path


def test_paragraphs_paths_and_narrow_screens_are_kept() -> None:
    assert fit_toast("one\n\ntwo", 80) == "one\n\ntwo"
    folder = "/home/someone/mg-journal-export-2026-11-25"  # 42: longer than a line (36)
    assert fit_toast(f"Exported to {folder}", 80) == f"Exported to\n{folder[:36]}\n{folder[36:]}"
    assert fit_toast("Copied oat-bran-muffin-with-raisins", 80) == (
        "Copied oat-bran-muffin-with-raisins"  # a hyphenated name that fits is never cut
    )
    assert fit_toast("a b c d e f g h i j k l m n o p", 20) == "a b c d e f g h i j k l m n o p"


async def test_yesterdays_meal_on_an_empty_day_says_all_of_it_at_80x24(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("y")
        await until(pilot, lambda: "Nothing logged on Tuesday 24" in painted(app), "the toast")
        assert "Nothing logged on Tuesday 24 November to copy." in told(app)
        rows = painted(app).splitlines()
        said = next(n for n, row in enumerate(rows) if "Nothing logged on Tuesday 24" in row)
        assert "November to copy." in rows[said + 1]  # the toast's second line, not cut


async def test_a_trial_report_path_two_lines_long_is_painted_to_its_last_letter(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """r on the trial screen, from a folder whose report path is 74 long: the toast sized
    for two lines of 37 and drew three of 36, and ".html" lost its "ml"."""
    name = "mg-journal-trial-2026-11-25.html"
    base = Path(tempfile.mkdtemp())  # short (/tmp/tmpXXXXXXXX), so a padding fits
    folder = base / ("f" * (74 - len(str(base)) - 2 - len(name)))
    folder.mkdir()
    monkeypatch.chdir(folder)
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=date(2026, 11, 1)))
    update(journal, lambda t: t.started(date(2026, 11, 1)))
    app = MgJournalApp(journal)
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.press("ctrl+p", *"open the trial", "enter")
            await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
            await pilot.press("r")
            await until(pilot, lambda: (folder / name).exists(), "the report")
            path = str(folder / name)
            assert len(path) == 74

            def toast() -> str:
                rows = [row.split("▌ ", 1)[1][:37] for row in painted_lines(app) if "▌ " in row]
                return "".join("".join(rows).split())

            await until(pilot, lambda: "Wrotethetrialreport" in toast(), "the toast")
            assert toast() == "Wrotethetrialreportto" + path, painted(app)
    finally:
        shutil.rmtree(base)
