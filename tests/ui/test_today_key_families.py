"""Today's keys come in families (symptoms, moving about, foods); the keys a kind of one's
own may not take are read from those bindings and the app's, never typed out."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.symptom_form import SymptomForm
from journal.tui.screens.today import TodayScreen
from tests.helpers import onboarded
from tests.ui.test_symptom_kinds import SIZE, add_kind_in_picker


async def test_the_reserved_keys_are_todays_and_the_apps_bindings(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE):
        today = app.screen
        assert isinstance(today, TodayScreen)
        reserved = today.reserved_keys()
        assert set("cwskeox" + "tgdp" + "fmay" + "qu" + "b") <= reserved  # b: the trial's dose
        assert {"left_square_bracket", "right_square_bracket", "exclamation_mark"} <= reserved
        assert {"question_mark", "delete"} <= reserved
        assert not set("hijlnrvz0123456789") & reserved


async def test_a_food_key_is_refused_for_a_kind_and_a_free_one_taken(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await add_kind_in_picker(app, pilot, "palpitations", "y")
        error = app.screen.query_one("#add-error", Static)
        assert str(error.render()) == "key: 'y' is already used on Today"
        await add_kind_in_picker(app, pilot, "palpitations", "z")
        assert isinstance(app.screen, SymptomForm)  # logged at once, the details offered
        await pilot.press("escape")
        assert "z" in app.screen.active_bindings
