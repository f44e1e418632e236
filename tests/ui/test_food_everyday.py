"""The app's food search ranks as people eat, and the portion step offers the usual portion."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from journal.tui.screens.food import FoodScreen
from journal.tui.screens.portion import PortionScreen
from tests.ui.food_helpers import make_app, open_portion, stored_foods, type_text, wait_for_foods


async def test_typing_egg_shows_eggs_first_and_one_large_egg(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, "egg")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FoodScreen)
        shown = screen.query_one("#food-results", OptionList)
        first = [str(shown.get_option_at_index(i).prompt) for i in range(2)]
        assert all("mg   Egg, whole, " in line for line in first), first
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        units = app.screen.query_one("#portion-unit", OptionList)
        assert units.highlighted is not None
        assert str(units.get_option_at_index(units.highlighted).prompt).startswith("large")
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert (entry.name, entry.grams, entry.portion) == (
        "Egg, whole, cooked, hard-boiled",
        50,
        "1 large",
    )


async def test_lentils_are_cooked_and_counted_by_the_cup(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, "lentils")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        assert app.screen.food.name == "Lentils, mature seeds, cooked, boiled, without salt"
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.portion == "1 cup" and entry.grams == 198 and round(entry.mg or 0) == 71


async def test_the_list_follows_each_letter_at_once(data_dir: Path) -> None:
    """Searched as the value changes, not a message later: the letter and its list are
    drawn in one frame. The same food keeps the same line as the word grows."""
    from textual.widgets import Input

    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        screen = app.screen
        assert isinstance(screen, FoodScreen)
        query = screen.query_one(Input)
        shown = screen.query_one("#food-results", OptionList)
        query.value = "spinach"  # no await: the list is already the new one
        before = {id(o.prompt): str(o.prompt) for o in shown.options}
        assert "Spinach" in str(shown.get_option_at_index(0).prompt)
        query.value = "spinach b"
        assert "Spinach, cooked, boiled" in str(shown.get_option_at_index(0).prompt)
        kept = [str(o.prompt) for o in shown.options if id(o.prompt) in before]
        assert any("Spinach, cooked, boiled" in line for line in kept)


async def test_tab_from_the_amount_goes_to_the_meal_as_the_hint_says(data_dir: Path) -> None:
    from textual.widgets import Select

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_portion(pilot, "oatmeal")
        assert isinstance(app.screen, PortionScreen)
        units = app.screen.query_one("#portion-unit", OptionList)
        first = units.highlighted or 0
        await pilot.press("down")  # in the amount, ↓ steps the unit
        assert units.highlighted == first + 1
        await pilot.press("tab")  # "Tab meal": not into the unit list
        assert isinstance(app.focused, Select) and app.focused.id == "portion-meal"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "portion-amount"
        await pilot.click(units, offset=(3, 1 + first))  # a click chooses a unit, logs nothing
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen) and units.highlighted == first
        assert stored_foods(data_dir) == []
        await pilot.press("enter")  # Enter logs, with the unit clicked
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.portion == "1 cup"


@pytest.mark.parametrize(("units", "first"), [("metric", "g"), ("us", "cup, ground")])
async def test_the_units_chosen_in_the_profile_come_first(
    data_dir: Path, units: str, first: str
) -> None:
    from journal.core.person.profile import Profile
    from journal.store.journal import Journal
    from journal.store.profile import save_profile
    from journal.tui.app import MgJournalApp

    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, units=units))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_portion(pilot, "almonds")
        screen = app.screen
        assert isinstance(screen, PortionScreen)
        names = [name for name, _ in screen.units]
        assert names[0] == first and names[-1] == "oz" and "g" in names
        assert names[screen._unit] == "oz (23 whole kernels)"  # the usual portion, either way


async def test_a_food_without_a_portion_waits_for_an_amount_not_one_gram(data_dir: Path) -> None:
    from tests.ui.painted import squeezed

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_portion(pilot, "ice cream sandwich")
        assert isinstance(app.screen, PortionScreen)
        assert app.screen.food.name == "Ice cream sandwich"
        assert "No portion of it in the table: type how much (g, or ↓ for oz)" in squeezed(app)
        await pilot.press("enter")  # nothing typed: nothing logged
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen) and stored_foods(data_dir) == []
        await type_text(pilot, "80")
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert (entry.grams, entry.portion) == (80, "80 g")


async def test_an_own_food_served_as_2_tbsp_logs_the_whole_serving(data_dir: Path) -> None:
    from journal.core.food.own_foods import own_food_doc
    from journal.store.journal import Journal
    from journal.store.own_foods import add_own_food

    doc = own_food_doc(
        "Nut butter mix", "90", "180", per_serving=True, serving_grams="30", serving_name="2 tbsp"
    )
    add_own_food(Journal.open(data_dir), doc)
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_portion(pilot, "nut butter mix")
        assert isinstance(app.screen, PortionScreen)
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert (entry.grams, entry.mg, entry.portion) == (30, 90, "2 tbsp")


async def test_enter_after_choosing_the_meal_logs_as_the_hint_says(data_dir: Path) -> None:
    """Tab to the meal, Enter opens it, ↓ Enter picks the next meal: the next Enter logs
    (it opened the list again, and Escape, shift+Tab were the hidden way out)."""
    from textual.widgets import Select

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_portion(pilot, "banana")
        await pilot.press("tab", "enter")  # the meal list opens
        await pilot.pause()
        await pilot.press("down", "enter")  # the next meal
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        meal = str(app.screen.query_one(Select).value)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, PortionScreen)
    [entry] = stored_foods(data_dir)
    assert entry.meal == meal and entry.name == "Bananas, raw"


async def test_the_food_search_names_the_day_when_it_is_not_today(data_dir: Path) -> None:
    from tests.ui.painted import squeezed

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "Log food" in squeezed(app) and "Log food for" not in squeezed(app)
        await pilot.press("escape", "left_square_bracket", "f")
        await pilot.pause()
        assert "Log food for Tuesday 24 November" in squeezed(app)


@pytest.mark.parametrize("metric", [False, True])
def test_a_food_with_its_own_ounce_lists_the_ounce_once(metric: bool) -> None:
    from journal.core.food.quick_search import find_by_id
    from journal.store.shipped import read_food_table
    from journal.tui.screens.portion import measures

    chia = find_by_id(read_food_table(), [], "usda:12006")  # Seeds, chia seeds: 1 oz = 28.35
    assert chia is not None
    names = [name for name, _ in measures(chia, metric)]
    assert names.count("oz") == 1 and names.count("g") == 1
    assert dict(measures(chia, metric))["oz"] == 28.35  # the table's own figure
