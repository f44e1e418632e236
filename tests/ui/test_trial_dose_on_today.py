"""The trial dose on Today: u right after b takes it back (not the change made before
it), and Enter on its row says to use b, not opening a form that cannot save."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from journal.core import clock
from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import load_trial, save_plan, update
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until


def _in_a_period(data_dir: Path) -> Journal:
    """A blinded trial on its day 31: period 1, a dose asked today."""
    journal = onboarded(Journal.open(data_dir))
    begun = clock.today() - timedelta(days=30)
    save_plan(journal, Plan("glycinate", 300, 3, "placebo", blinded=True, created=begun))
    update(journal, lambda t: t.started(begun))
    return journal


def _line(app: MgJournalApp) -> str:
    return str(app.screen.query_one("#trial-line", Static).render())


async def test_u_after_b_takes_back_the_dose_and_keeps_the_cramp(data_dir: Path) -> None:
    """Before: a cramp logged, b 1 (meant 2), u: "Undone: cramp added", the cramp gone
    from disk (the trial's own outcome) and the dose still taken."""
    journal = _in_a_period(data_dir)
    today = clock.today()
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("c")
        await until(pilot, lambda: len(journal.day(today).symptoms) == 1, "the cramp saved")
        await pilot.press("enter")  # the details form: nothing more to say
        await pilot.press("b", "1")
        await until(pilot, lambda: "dose taken" in _line(app), "the dose taken")
        assert len(journal.day(today).supplements) == 1
        await pilot.press("u")
        await wait_painted(pilot, "dose not recorded: press b")
        assert f"Undone: trial dose taken on {today:%-d %b} (now not recorded)" in told(app)
    assert [s.kind for s in journal.day(today).symptoms] == ["cramp"]
    assert journal.day(today).supplements == []
    assert today not in load_trial(journal).doses  # type: ignore[union-attr]


async def test_u_after_a_changed_dose_puts_the_earlier_record_back(data_dir: Path) -> None:
    """Taken, then missed by mistake: u makes it taken again, with its one entry."""
    journal = _in_a_period(data_dir)
    today = clock.today()
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("b", "1")
        await until(pilot, lambda: "dose taken" in _line(app), "the dose taken")
        await pilot.press("b", "2")
        await until(pilot, lambda: "dose missed" in _line(app), "the dose missed")
        assert journal.day(today).supplements == []
        await pilot.press("u")
        await until(pilot, lambda: "dose taken" in _line(app), "the dose taken again")
        assert f"Undone: trial dose missed on {today:%-d %b} (now taken)" in told(app)
        await pilot.press("b", "1")  # taken again: nothing new to take back
        await pilot.press("u")  # and the first record too
        await until(pilot, lambda: "not recorded" in _line(app), "no dose recorded")
    assert journal.day(today).supplements == []
    assert load_trial(journal).doses == {}  # type: ignore[union-attr]


async def test_enter_on_the_doses_row_says_to_use_b_and_opens_no_form(data_dir: Path) -> None:
    """Before: the supplement form opened; any amount typed was refused only at Enter,
    the form gone with it ("Not saved: That supplement is the trial's dose...")."""
    from textual.widgets import DataTable

    from journal.tui.screens.today import TodayScreen

    journal = _in_a_period(data_dir)
    today = clock.today()
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("b", "1")
        await until(pilot, lambda: "dose taken" in _line(app), "the dose taken")
        table = app.screen.query_one("#foods", DataTable)
        assert table.has_focus and table.row_count == 1
        await pilot.press("enter")
        said = f"That supplement is the trial's dose of {today:%-d %b}: press b to record it"
        await until(pilot, lambda: any(t.startswith(said) for t in told(app)), "the advice")
        assert isinstance(app.screen, TodayScreen) and table.has_focus
    [dose] = journal.day(today).supplements
    assert dose.mg == 300
