"""Toasts are wrapped short of their edge, so no word goes under the footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.toast_text import fit_toast
from tests.helpers import onboarded
from tests.ui.painted import painted, told
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


def test_paragraphs_paths_and_narrow_screens_are_kept() -> None:
    assert fit_toast("one\n\ntwo", 80) == "one\n\ntwo"
    path = "/home/someone/mg-journal-export-2026-11-25/a-very-long-folder-name-indeed"
    assert fit_toast(f"Exported to {path}", 80) == f"Exported to\n{path}"  # never split
    assert fit_toast("a b c d e f g h i j k l m n o p", 20) == "a b c d e f g h i j k l m n o p"


async def test_yesterdays_meal_on_an_empty_day_says_all_of_it_at_80x24(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("y")
        await until(pilot, lambda: "Nothing logged on 2026-11-24 to" in painted(app), "the toast")
        assert "Nothing logged on 2026-11-24 to copy." in told(app)
        rows = painted(app).splitlines()
        said = next(n for n, row in enumerate(rows) if "Nothing logged on 2026-11-24 to" in row)
        assert "copy." in rows[said + 1]  # the toast's second line, painted, not cut
