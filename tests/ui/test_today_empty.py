"""An empty table on Today says which key fills it (the keys as bound), until a row comes."""

from __future__ import annotations

from pathlib import Path

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.today import TodayScreen
from tests.helpers import onboarded
from tests.ui.food_helpers import TODAY, open_portion, stored_foods
from tests.ui.painted import painted, wait_painted
from tests.waiting import until

FOODS = "No foods yet: f logs one, m a supplement"
SYMPTOMS = "No symptoms yet: c cramp, w twitch, x a factor"


async def test_a_new_day_says_what_to_press_and_a_row_takes_its_place(data_dir: Path) -> None:
    # A new journal opened on two blank tables: nothing said what to press.
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_painted(pilot, FOODS)
        assert SYMPTOMS in painted(app)
        await pilot.press("c", "escape")  # a cramp, kept without details
        await until(pilot, lambda: SYMPTOMS not in painted(app), "the symptom line gone")
        assert isinstance(app.screen, TodayScreen)
        assert FOODS in painted(app) and "Cramp" in painted(app)
        assert [e.kind for e in Journal.open(data_dir).day(TODAY).symptoms] == ["cramp"]
        await open_portion(pilot, "almonds")
        await pilot.press("enter")
        await until(pilot, lambda: FOODS not in painted(app), "the food line gone")
        assert len(stored_foods(data_dir)) == 1
        assert "No foods" not in painted(app) and "No symptoms" not in painted(app)


async def test_a_past_day_is_named_and_the_lines_follow_a_moved_key(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_painted(pilot, FOODS)
        await pilot.press("left_square_bracket")
        text = await wait_painted(pilot, "No foods logged on Tuesday 24 November: f logs one")
        assert "No symptoms logged on Tuesday 24 November: c cramp, w twitch" in text
        assert "yet" not in text
        await pilot.press("right_square_bracket")
        await wait_painted(pilot, FOODS)
        app.save_profile(Profile(onboarded=True, keymap={"cramp": "C"}), announce=False)
        await wait_painted(pilot, "No symptoms yet: C cramp, w twitch")


async def test_a_first_days_dashboard_says_why_today_is_not_counted_yet(data_dir: Path) -> None:
    # After a first food and cramp, d read "0 logged days and 0 symptom days so far",
    # as if nothing had been saved.
    from journal.tui.screens.dashboard import DashboardScreen

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_portion(pilot, "almonds")
        await pilot.press("enter")
        await until(pilot, lambda: len(stored_foods(data_dir)) == 1, "the food stored")
        await pilot.press("c", "3", "c", "enter")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "the cramp saved")
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, DashboardScreen), "the dashboard")
        text = await wait_painted(pilot, "0 logged days and 0 symptom days so far (today")
        assert "(today counts once it is over or marked complete)" in text
