"""A recipe's ingredients at 80x24: each shows its amount and mg, however long its name."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from journal.tui.screens.recipe import RecipeScreen
from tests.ui.food_helpers import make_app, open_recipe, type_text
from tests.ui.painted import painted_lines, squeezed, wait_painted
from tests.waiting import until


async def test_an_ingredient_added_before_the_list_scrolls_keeps_its_mg(data_dir: Path) -> None:
    """Before: oatmeal's long USDA name wrapped to two lines while the list fitted; once
    more foods gave it a scrollbar the name needed three, and only two were drawn: its
    '· 63 mg' was never on screen."""
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_recipe(pilot)
        await until(pilot, lambda: isinstance(app.screen, RecipeScreen), "the recipe form")
        recipe = app.screen
        assert isinstance(recipe, RecipeScreen)
        await type_text(pilot, "Porridge and sides")
        for n, food in enumerate(
            ["oatmeal", "lentils", "black beans", "rice", "banana", "almonds"], 1
        ):
            await pilot.press("ctrl+n")
            await type_text(pilot, food)
            await pilot.press("enter")  # the first found
            await pilot.press("enter")  # its usual portion
            await until(pilot, lambda n=n: len(recipe.items) == n, f"{food} added")
        items = recipe.query_one(OptionList)
        assert items.max_scroll_y > 0  # more than the list shows: it scrolls
        await pilot.press("tab", "tab", "tab", "home")  # to the list, its first line
        await until(pilot, lambda: items.has_focus and items.scroll_y == 0, "the list's top")
        oats = recipe.items[0]
        assert oats.name.startswith("Cereals, oats") and round(oats.mg or 0) == 63
        await until(pilot, lambda: "· 63 mg" in squeezed(app), "oats' mg on screen")


async def test_the_recipe_labels_read_as_the_own_food_labels(data_dir: Path) -> None:
    # "Cooked weight g" beside "Serving, g" and "Magnesium, mg": now with its comma,
    # and a column between each label and its field.
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_recipe(pilot)
        screen = await wait_painted(pilot, "Cooked weight, g optional: the pot once cooked")
        assert "Cooked weight g" not in screen
        for line in painted_lines(app):
            if "Cooked weight, g" in line:
                after = line[line.index("Cooked weight, g") + len("Cooked weight, g") :]
                assert after.startswith(" o"), line  # one column, then the field
