"""Escape from habit does not throw away details typed into a symptom or factor form:
the first Escape says what a second would do, and Enter still saves them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.factor_form import FactorForm
from journal.tui.screens.symptom_form import SymptomForm
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until

TODAY = date(2026, 11, 25)
WARNING = "Esc again drops what you typed; Enter saves"


async def test_a_note_typed_survives_one_escape(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "4", "c", "tab", "tab", *"woke me at 3", "escape")
        await wait_painted(pilot, WARNING)  # in view at 80x24, in the form
        assert isinstance(app.screen, SymptomForm)
        await pilot.press("enter")
        await until(pilot, lambda: journal.day(TODAY).symptoms[0].note == "woke me at 3", "note")
        [cramp] = journal.day(TODAY).symptoms
        assert (cramp.severity, cramp.where) == (4, "calf")
        assert told(app) == ["cramp added"]


async def test_escape_twice_keeps_the_bare_entry(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w", "4", "h", "escape")
        await wait_painted(pilot, WARNING)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, SymptomForm), "the form closed")
        [twitch] = journal.day(TODAY).symptoms
        assert (twitch.severity, twitch.where) == (None, None)


async def test_escape_with_nothing_typed_closes_at_once(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "escape")
        await until(pilot, lambda: not isinstance(app.screen, SymptomForm), "the form closed")
        await pilot.press("x", "e", "escape")
        await until(pilot, lambda: not isinstance(app.screen, FactorForm), "the form closed")
        assert len(journal.day(TODAY).factors) == 1


async def test_minutes_typed_survive_one_escape(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "e", "4", "5", "escape")
        await wait_painted(pilot, WARNING)
        await pilot.press("enter")
        await until(pilot, lambda: journal.day(TODAY).factors[0].amount == 45, "45 minutes")


async def test_other_factor_takes_what_it_was_first(data_dir: Path) -> None:
    """x o opens on the note: 'sauna' typed at once went into the time field, refused."""
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "o")
        await wait_painted(pilot, "what it was, e.g. sauna")
        await pilot.press(*"sauna", "enter")
        await until(pilot, lambda: journal.day(TODAY).factors[0].note == "sauna", "the note")


async def test_a_trial_plan_typed_survives_one_escape(data_dir: Path) -> None:
    from journal.store.trial import load_trial
    from journal.tui.screens.trial_plan import TrialPlanScreen

    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        await pilot.press(*"300", "escape")
        await wait_painted(pilot, WARNING)
        await pilot.press("enter")
        await until(pilot, lambda: load_trial(journal) is not None, "the plan saved")
        trial = load_trial(journal)
        assert trial is not None and trial.plan.dose_mg == 300


async def test_words_typed_before_tab_go_into_the_note(data_dir: Path) -> None:
    """c then 'woke me twice' at once: the letters toggled places (k, e: eyelid...) and
    the words were lost; a letter that picks nothing now starts the note."""
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "3", *"woke me twice", "enter")
        await until(pilot, lambda: journal.day(TODAY).symptoms[0].note != "", "the note")
        [cramp] = journal.day(TODAY).symptoms
        assert (cramp.severity, cramp.where, cramp.note) == (3, None, "woke me twice")


async def test_a_note_kept_on_edit_is_added_to_not_replaced(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", *"woke me", "enter")
        await until(pilot, lambda: journal.day(TODAY).symptoms[0].note == "woke me", "note")
        await pilot.press("enter", "tab", "tab", *" twice", "enter")  # edit the row
        await until(pilot, lambda: journal.day(TODAY).symptoms[0].note != "woke me", "edit")
        assert journal.day(TODAY).symptoms[0].note == "woke me twice"


async def test_a_supplement_dose_typed_survives_one_escape(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", *"200", "escape")
        await wait_painted(pilot, WARNING)
        await pilot.press("enter")
        await until(pilot, lambda: journal.day(TODAY).supplement_mg == 200, "the dose logged")
        await pilot.press("m", "escape")  # nothing typed: closes at once
        await until(pilot, lambda: not app.screen.is_modal, "closed")


async def test_a_recipe_named_but_with_no_food_yet_survives_one_escape(data_dir: Path) -> None:
    """Before: name, servings and cooked weight typed, one Escape closed the form without
    a word (it asked only once a food was added); the own-food form asks."""
    from journal.tui.screens.food import FoodScreen
    from journal.tui.screens.recipe import RecipeScreen
    from tests.ui.food_helpers import open_recipe

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_recipe(pilot)
        await pilot.press("escape")  # nothing typed: closes at once
        await until(pilot, lambda: isinstance(app.screen, FoodScreen), "the food search")
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, RecipeScreen), "the recipe form")
        recipe = app.screen
        await pilot.press(*"Lentil", "tab", "backspace", "6", "tab", *"2400", "escape")
        await wait_painted(pilot, "Leave without saving? What you typed for this recipe is not")
        await pilot.press("escape")  # keeps editing
        await until(pilot, lambda: app.screen is recipe, "the recipe form again")
        assert [i.value for i in recipe.query(Input)] == ["Lentil", "6", "2400"]
        await pilot.press("escape", "2")  # leave without saving
        await until(pilot, lambda: isinstance(app.screen, FoodScreen), "the food search")
    assert not (data_dir / "custom_foods.json").exists()
