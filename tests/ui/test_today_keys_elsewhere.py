"""Today's keys on the dashboard and the trial screen say where they work; f (food) and
p (profile) did nothing and said nothing on the dashboard."""

from __future__ import annotations

from pathlib import Path

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.trial import TrialScreen
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until


async def test_f_and_p_on_the_dashboard_say_they_work_on_today(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, DashboardScreen), "the dashboard")
        await pilot.press("f")
        await wait_painted(pilot, "f (food) works on Today: Escape,")
        assert told(app) == ["f (food) works on Today: Escape, then f."]
        await pilot.press("p")
        await until(pilot, lambda: "p (profile) works on Today: Escape, then p." in told(app), "p")
        await pilot.press("d", "t")  # d is this screen; t its own key (the tables)
        panel = app.screen.query_one("#correlation-panel")
        await until(pilot, lambda: not panel.has_class("hidden"), "the tables shown")
        assert len(told(app)) == 2
        assert isinstance(app.screen, DashboardScreen)
    assert not any(journal.root.glob("**/*-*-*.json"))  # nothing logged


async def test_a_remapped_key_is_named_as_the_person_set_it(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, keymap={"profile": "j"}))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("j")
        await until(pilot, lambda: "j (profile) works on Today: Escape, then j." in told(app), "j")
        await pilot.press("x")  # the trial's Stop (a factor on Today): says only why not
        await until(pilot, lambda: len(told(app)) == 2, "x said why")
        assert told(app)[1] == "No trial yet: press n to write a plan."
        await pilot.press("n")  # the trial's own key still opens the plan form
        await until(pilot, lambda: not isinstance(app.screen, TrialScreen), "the plan form")
