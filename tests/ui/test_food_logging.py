"""Logging a food with keys: search, portion, preview, meal; what is stored and shown."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Static

from journal.tui.screens.food import FoodScreen
from journal.tui.screens.portion import PortionScreen
from tests.ui.food_helpers import make_app, stored_foods, type_text, unit_index, wait_for_foods


async def choose_food(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f")
    await wait_for_foods(pilot)
    await type_text(pilot, query)
    await pilot.press("enter")
    await pilot.pause()


async def test_almonds_one_oz_is_logged_and_shown(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "almond")
        assert isinstance(app.screen, PortionScreen)
        assert app.screen.food.name == "Nuts, almonds"
        await pilot.press(*["down"] * unit_index(app, "oz"))
        preview = str(app.screen.query_one("#portion-preview", Static).render())
        assert "76 mg magnesium" in preview
        await pilot.press("enter")
        await pilot.pause()
        table = app.screen.query_one("#foods", DataTable)
        assert table.row_count == 1
        cells = [str(c).strip() for c in table.get_row_at(0)]
        assert "Nuts, almonds" in cells and "76" in cells
    [entry] = stored_foods(data_dir)
    assert abs(entry.mg - 76) < 1 and entry.food_id == "usda:12061"
    assert entry.meal == "breakfast" and entry.portion == "1 oz (23 whole kernels)"
    assert abs(entry.mg - 78) / 78 < 0.1  # the seed article's figure


async def test_half_cup_oat_bran_matches_the_seed_figure(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "oat bran")
        await type_text(pilot, "1/2")
        await pilot.press(*["down"] * unit_index(app, "cup"), "enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.name == "Oat bran, raw" and entry.portion == "1/2 cup"
    assert any(abs(entry.mg - seed) / seed <= 0.1 for seed in (110, 96))


async def test_arrows_move_in_results_while_typing_stays_in_the_input(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, "almond")
        await pilot.press("down", "down")
        screen = app.screen
        assert isinstance(screen, FoodScreen)
        assert isinstance(app.focused, Input)
        await type_text(pilot, "s")
        assert screen.query_one(Input).value == "almonds"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        assert app.screen.food == screen.results[1]


async def test_amounts_in_every_written_form(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "banana")
        amount = app.screen.query_one("#portion-amount", Input)
        for text in ("1 1/2", "1.5", "1,5"):
            amount.value = text
            await pilot.pause()
            assert "= 177 g" in str(app.screen.query_one("#portion-preview", Static).render())


async def test_bad_amounts_are_refused_at_the_field(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "almond")
        amount = app.screen.query_one("#portion-amount", Input)
        error = app.screen.query_one("#portion-error", Static)
        for bad, says in (
            ("0", "more than zero"),
            ("-1", "positive"),
            ("abc", "not a number"),
            ("", "empty"),
            ("[bold]", "[bold]"),
            ("1/0", "zero denominator"),
        ):
            amount.value = bad
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PortionScreen), bad
            assert says in str(error.render()), bad
        amount.value = "50"
        await pilot.press(*["down"] * unit_index(app, "g"), "enter")  # 50 g: fine, but...
        await pilot.pause()
    assert len(stored_foods(data_dir)) == 1
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "almond")
        app.screen.query_one("#portion-amount", Input).value = "40"  # 40 cups: 5.7 kg
        await pilot.press(*["down"] * unit_index(app, "cup, whole"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        assert "more than 5,000 g" in str(app.screen.query_one("#portion-error").render())
    assert len(stored_foods(data_dir)) == 1


async def test_escape_backs_out_without_storing(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await choose_food(pilot, "almond")
        await pilot.press("escape")
        assert isinstance(app.screen, FoodScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, FoodScreen)
    assert stored_foods(data_dir) == []


async def test_screen_says_loading_until_the_index_arrives(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        app._foods_loading = True  # as if the worker were still busy
        await pilot.press("f")
        status = app.screen.query_one("#food-status", Static)
        assert "loading foods" in str(status.render())
        app._foods_loading = False
        await wait_for_foods(pilot)
        await type_text(pilot, "spinch")
        assert "Spinach" in app.screen.results[0].name  # type: ignore[attr-defined]
