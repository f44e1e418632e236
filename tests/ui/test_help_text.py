"""Issue 24, item 7: help's words never run together, each shell example shows once, and help
opened from the dashboard explains RR, OR, the interval, `*` and "prev 1 d"."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.help import HelpScreen
from tests.helpers import onboarded
from tests.ui.painted import painted, painted_lines, squeezed

TALL = (100, 160)  # every line of help painted at once


async def test_shell_commands_read_apart_and_each_example_once(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        screen = painted(app)
        assert "supplementlog" not in screen  # the name ran into its words
        assert "supplement  log a magnesium supplement" in screen
        text = squeezed(app)
        assert text.count("mg-journal eat almonds 1oz") == 1
        assert text.count("mg-journal supplement glycinate 200") == 1
        assert "Reading the dashboard" not in text  # only where those figures are


async def test_help_from_the_dashboard_explains_its_figures(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=TALL) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.press("question_mark")
        await pilot.pause()
        text = squeezed(app)
        assert "Reading the dashboard" in text
        for term, words in (
            ("RR", "relative risk"),
            ("OR", "odds ratio"),
            ("*", "0.5 was added to every count"),
            ("prev 1 d", "days before, not the same day"),
            ("(a-b)", "95% confidence interval"),
            ("p", "moves the whole symptom series against intake"),  # the answer's shift test
            ("q", "Benjamini-Hochberg"),
        ):
            assert f"{term} " in text and words in text, term
        assert "Fisher" not in text  # no figure on the dashboard comes from Fisher's test


async def test_long_meanings_wrap_under_themselves_at_80_columns(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 160)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.press("question_mark")
        await pilot.pause()
        lines = painted_lines(app)
        row = next(n for n, line in enumerate(lines) if "  RR  " in line)
        start = lines[row].index("relative risk")
        following = lines[row + 1]
        assert following[:start].strip(" █") == ""  # nothing under the term
        assert following[start:].split()[0] in ("after", "low", "days")  # the meaning goes on
