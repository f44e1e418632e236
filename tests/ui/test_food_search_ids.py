"""The food search takes the ids the shell prints ("repeat with the id"), as the shell does."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from journal.core.food.own_foods import own_food_doc
from journal.store.journal import Journal
from journal.store.own_foods import add_own_food
from journal.tui.screens.food import FoodScreen
from journal.tui.screens.portion import PortionScreen
from tests.ui.food_helpers import make_app, stored_foods, type_text, wait_for_foods
from tests.waiting import until


def status(app: object) -> str:
    return str(app.screen.query_one("#food-status", Static).render())  # type: ignore[attr-defined]


async def test_a_usda_id_finds_its_food_and_logs_it(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, "USDA:12061")  # as printed, or shouted: the same id
        screen = app.screen
        assert isinstance(screen, FoodScreen)
        assert [f.id for f in screen.results] == ["usda:12061"]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PortionScreen), "the portion step")
        await pilot.press("enter")
        await until(pilot, lambda: stored_foods(data_dir), "the food logged")
    [entry] = stored_foods(data_dir)
    assert (entry.food_id, entry.name) == ("usda:12061", "Nuts, almonds")


async def test_an_own_foods_id_finds_it(data_dir: Path) -> None:
    doc = own_food_doc("Grandma soup", "40", "120", per_serving=True, serving_grams="250")
    soup = add_own_food(Journal.open(data_dir), doc)
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, soup.id)
        assert [f.name for f in app.screen.results] == ["Grandma soup"]  # type: ignore[attr-defined]


async def test_an_id_no_food_has_is_said_so(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, "usda:99999")
        assert app.screen.results == []  # type: ignore[attr-defined]
        assert "no food has the id 'usda:99999'; type its name" in status(app)
