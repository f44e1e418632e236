"""Custom foods, recipes, edit/delete/undo of foods, supplements with the UL, `a` and `y`."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from journal.core.entries.models import FoodEntry, SupplementEntry
from journal.store.journal import Journal
from journal.tui.screens.food import FoodScreen
from journal.tui.screens.portion import PortionScreen
from journal.tui.screens.recipe import RecipeScreen
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import food
from tests.ui.food_helpers import (
    TODAY,
    almonds_at_breakfast,
    make_app,
    open_recipe,
    stored_foods,
    type_text,
    unit_index,
    wait_for_foods,
)


async def fill(pilot, widget_id: str, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.screen.query_one(f"#{widget_id}", Input).value = text
    await pilot.pause()


async def test_custom_food_is_created_found_and_logged(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await pilot.press("ctrl+n")
        await fill(pilot, "own-name", "[bold] granola bar")
        await fill(pilot, "own-mg", "-3")
        await pilot.press("enter")
        error = app.screen.query_one("#own-mg-error", Static)
        assert "give 0 or more" in str(error.render())  # refused at the field
        assert not (data_dir / "custom_foods.json").exists()
        await fill(pilot, "own-mg", "48")
        await fill(pilot, "own-kcal", "190")
        await fill(pilot, "own-grams", "40")
        await fill(pilot, "own-serving", "1 bar")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)  # offered straight away
        await pilot.press("escape")
        food_screen = app.screen
        assert isinstance(food_screen, FoodScreen)
        await pilot.press(*["backspace"] * 30)
        await type_text(pilot, "granola bar")
        own = food_screen.results[0]
        assert own.name == "[bold] granola bar" and own.id.startswith("custom:")
        first = food_screen.query_one("#food-results").render_line(0).text
        assert "◆ [bold] granola bar" in first
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.name == "[bold] granola bar" and entry.mg == 48 and entry.grams == 40
    doc = json.loads((data_dir / "custom_foods.json").read_text())
    [stored] = doc["foods"].values()
    assert stored["mg_per_100g"] == 120 and stored["portions"] == [{"name": "1 bar", "grams": 40}]


async def test_an_own_food_named_as_one_already_is_refused_at_the_name(data_dir: Path) -> None:
    from journal.tui.screens.own_food import OwnFoodScreen

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        for name in ("Soup", "soup"):
            await pilot.press("ctrl+n")
            await fill(pilot, "own-name", name)
            await fill(pilot, "own-mg", "25")
            await fill(pilot, "own-grams", "200")
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, PortionScreen):
                await pilot.press("escape")
        assert isinstance(app.screen, OwnFoodScreen)  # the second stays, said at its name
        said = str(app.screen.query_one("#own-name-error", Static).render())
        assert said == "'soup' is one of your own foods already: log that one, or name this anew"
    doc = json.loads((data_dir / "custom_foods.json").read_text())
    assert [f["name"] for f in doc["foods"].values()] == ["Soup"]


async def test_recipe_is_made_from_foods_and_logged_per_serving(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_recipe(pilot)
        assert isinstance(app.screen, RecipeScreen)
        await pilot.press("enter")
        assert "must not be empty" in str(app.screen.query_one("#recipe-name-error").render())
        await fill(pilot, "recipe-name", "Overnight oats")
        await fill(pilot, "recipe-servings", "2")
        await pilot.press("enter")  # nothing in it yet
        assert "add at least one food" in str(app.screen.query_one("#recipe-items-error").render())
        for query, unit in (("oat bran", "cup"), ("banana", "medium")):
            await pilot.press("ctrl+n")
            await type_text(pilot, query)
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press(*["down"] * unit_index(app, unit), "enter")
            await pilot.pause()
        recipe_screen = app.screen
        assert isinstance(recipe_screen, RecipeScreen) and len(recipe_screen.items) == 2
        total = str(recipe_screen.query_one("#recipe-total", Static).render())
        assert "253 mg magnesium · 126 mg per serving" in total  # 220.9 + 31.9
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        screen = app.screen
        assert screen.units[screen._unit][0] == "serving"  # the recipe's serving, chosen
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.name == "Overnight oats" and entry.food_id.startswith("recipe:")  # type: ignore[union-attr]
    assert entry.portion == "1 serving" and abs(entry.mg - 126.5) < 1  # type: ignore[operator]


async def test_edit_delete_and_undo_a_food(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(almonds_at_breakfast(TODAY))
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#foods", DataTable)
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        portion = app.screen
        assert isinstance(portion, PortionScreen)
        assert portion.query_one("#portion-amount", Input).value == "1"
        await type_text(pilot, "2")
        await pilot.press("enter")
        await pilot.pause()
        [edited] = stored_foods(data_dir)
        assert edited.portion == "2 oz (23 whole kernels)" and abs(edited.mg - 152) < 1  # type: ignore[operator]
        assert "152" in [str(c).strip() for c in table.get_row_at(0)]
        await pilot.press("delete")
        await pilot.pause()
        assert stored_foods(data_dir) == [] and table.row_count == 0
        await pilot.press("u")
        await pilot.pause()
        assert stored_foods(data_dir) == [edited]
        await pilot.press("u")
        await pilot.pause()
        [back] = stored_foods(data_dir)
        assert back.mg == 76.0 and back.id == edited.id


async def test_supplement_from_salt_mass_and_the_upper_limit_warning(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await fill(pilot, "supp-mg", "")
        app.screen.query_one("#supp-form").value = "glycinate"  # type: ignore[attr-defined]
        await fill(pilot, "supp-salt", "1430")
        preview = str(app.screen.query_one("#supp-preview", Static).render())
        assert preview == "1,430 mg magnesium glycinate ≈ 200 mg elemental (14%, approximate)"
        await pilot.press("enter")
        await pilot.pause()
        bar = app.screen.query_one(MagnesiumBar)
        assert "upper limit" not in str(bar.render())
        await pilot.press("m")
        await fill(pilot, "supp-mg", "abc")
        await pilot.press("enter")
        assert "'abc' is not a number" in str(app.screen.query_one("#supp-mg-error").render())
        await fill(pilot, "supp-mg", "200")
        await pilot.press("enter")
        await pilot.pause()
        rendered = str(app.screen.query_one(MagnesiumBar).render())
        assert "supplements 400 mg" in rendered
        assert "above the 350 mg upper limit for supplemental magnesium (not food)" in rendered
    supplements = Journal.open(data_dir).day(TODAY).supplements
    assert sorted((s.mg, s.salt_mg) for s in supplements) == [(200.0, None), (200.2, 1430.0)]
    assert all(isinstance(s, SupplementEntry) for s in supplements)


async def test_a_dose_far_above_the_upper_limit_is_asked_about_at_the_field(
    data_dir: Path,
) -> None:
    from journal.tui.screens.supplement import SupplementScreen

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.press(*"5000", "enter")  # the salt's mass typed as elemental
        await pilot.pause()
        assert isinstance(app.screen, SupplementScreen)  # not stored: asked first
        said = str(app.screen.query_one("#supp-mg-error", Static).render())
        assert said == (
            "5,000 mg elemental in one dose is 14 times the 350 mg upper limit. If that is "
            "the salt's mass, clear it and type it below. Enter again stores it as given."
        )
        assert Journal.open(data_dir).day(TODAY).is_empty
        await fill(pilot, "supp-mg", "700")  # twice the limit exactly: no question
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SupplementScreen)
        await pilot.press("m")
        await pilot.press(*"701", "enter")  # just above twice: asked, then stored on Enter
        await pilot.pause()
        assert "2.0 times the 350 mg" in str(app.screen.query_one("#supp-mg-error").render())
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SupplementScreen)
    assert sorted(s.mg for s in Journal.open(data_dir).day(TODAY).supplements) == [700.0, 701.0]


async def test_log_again_from_recent_foods(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(TODAY - timedelta(days=3), "Bananas, raw", mg=32.0))
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert app.screen.query_one("#foods", DataTable).row_count == 1
    [again] = stored_foods(data_dir)
    assert again.name == "Bananas, raw" and again.mg == 32.0 and again.portion == "1 oz"
    assert again.time == time(9, 30) and again.meal == "breakfast"


async def test_copy_yesterdays_meal(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    yesterday = TODAY - timedelta(days=1)
    journal.add(food(yesterday, "Oat bran, raw", mg=110.0, at="07:30"))
    journal.add(food(yesterday, "Bananas, raw", mg=32.0, at="07:35"))
    journal.add(
        FoodEntry(yesterday, time(13, 0), "Spinach", 100.0, 87.0, 23.0, "lunch", portion="100 g")
    )
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("enter")  # breakfast comes first
        await pilot.pause()
        assert "142 mg" in str(app.screen.query_one(MagnesiumBar).render())
    copied = stored_foods(data_dir)
    assert sorted(f.name for f in copied) == ["Bananas, raw", "Oat bran, raw"]
    assert all(f.date == TODAY and f.meal == "breakfast" for f in copied)
    assert {f.id for f in copied}.isdisjoint(
        f.id for f in Journal.open(data_dir).day(yesterday).foods
    )


async def test_one_u_takes_back_a_whole_copied_meal(data_dir: Path) -> None:
    from tests.ui.painted import told

    journal = Journal.open(data_dir)
    yesterday = TODAY - timedelta(days=1)
    journal.add(food(yesterday, "Oat bran, raw", mg=110.0, at="07:30"))
    journal.add(food(yesterday, "Bananas, raw", mg=32.0, at="07:35"))
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("y")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert "breakfast copied: 2 foods" in told(app)
        assert len(stored_foods(data_dir)) == 2
        await pilot.press("u")
        await pilot.pause()
        assert stored_foods(data_dir) == []
        assert "Undone: breakfast copied: 2 foods" in told(app)
    assert len(Journal.open(data_dir).day(yesterday).foods) == 2  # the source untouched


async def test_recent_foods_rank_first_and_are_marked(data_dir: Path) -> None:
    Journal.open(data_dir).add(
        FoodEntry(
            date(2026, 11, 24),
            time(8),
            "Nuts, almonds, blanched",
            28.0,
            75.0,
            food_id="usda:12062",
            portion="1 oz",
        )
    )
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        screen = app.screen
        assert isinstance(screen, FoodScreen)
        assert [f.id for f in screen.results] == ["usda:12062"]  # empty query: recent foods
        await type_text(pilot, "almond")
        assert screen.results[0].id == "usda:12062"
        first = screen.query_one("#food-results").render_line(0).text
        assert "★ Nuts, almonds, blanched" in first


async def test_a_recent_food_offers_its_last_portion(data_dir: Path) -> None:
    Journal.open(data_dir).add(
        FoodEntry(
            TODAY,
            time(8),
            "Nuts, almonds, blanched",
            56.7,
            152.0,
            food_id="usda:12062",
            portion="2 oz",
        )
    )
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PortionScreen)
        assert screen.query_one("#portion-amount", Input).value == "2"
        assert "2 oz = 57 g" in str(screen.query_one("#portion-preview", Static).render())


async def test_the_recipe_forms_hint_names_the_keys_it_binds(data_dir: Path) -> None:
    import re

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_recipe(pilot)
        assert isinstance(app.screen, RecipeScreen)
        hints = " ".join(str(h.render()) for h in app.screen.query(".hint").results(Static))
        said = {f"ctrl+{k}" for k in re.findall(r"\^([a-z])", hints)}
        bound = {b.key for b in RecipeScreen.BINDINGS}  # type: ignore[union-attr]
        assert said and said <= bound, (said, bound)
        assert {"ctrl+n", "ctrl+l"} <= said  # add and remove, as bound


async def test_escape_on_a_recipe_with_ingredients_asks_before_throwing_it_away(
    data_dir: Path,
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_recipe(pilot)
        recipe_screen = app.screen
        assert isinstance(recipe_screen, RecipeScreen)
        await pilot.press("ctrl+n")
        await type_text(pilot, "banana")
        await pilot.press("enter")
        await pilot.pause()
        step = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Enter adds it to the recipe" in step and "logs it" not in step
        assert not app.screen.query_one("#portion-when").display  # an ingredient has no meal
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is recipe_screen and len(recipe_screen.items) == 1
        await pilot.press("ctrl+n")
        await type_text(pilot, "almond")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert [i.name for i in recipe_screen.items] == ["Bananas, raw", "Nuts, almonds"]
        await pilot.press("ctrl+l")  # removes the one highlighted: the last added
        await pilot.pause()
        assert [i.name for i in recipe_screen.items] == ["Bananas, raw"]
        await pilot.press("escape")  # asked, not gone
        await pilot.pause()
        assert "Leave without saving? The recipe's 1 ingredient is not kept." in " ".join(
            str(s.render()) for s in app.screen.query(Static)
        )
        await pilot.press("escape")  # keeps editing
        await pilot.pause()
        assert app.screen is recipe_screen and len(recipe_screen.items) == 1
        await pilot.press("escape", "2")  # leave without saving
        await pilot.pause()
        assert not isinstance(app.screen, RecipeScreen)


async def test_escape_on_an_own_food_with_something_typed_asks_first(data_dir: Path) -> None:
    from journal.tui.screens.own_food import OwnFoodScreen

    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await pilot.press("ctrl+n", "escape")  # nothing typed: closes at once
        await pilot.pause()
        assert not isinstance(app.screen, OwnFoodScreen)
        await pilot.press("ctrl+n")
        await fill(pilot, "own-name", "Granola bar")
        await pilot.press("escape")  # asked
        await pilot.pause()
        await pilot.press("escape")  # keeps editing
        await pilot.pause()
        assert isinstance(app.screen, OwnFoodScreen)
        assert app.screen.query_one("#own-name", Input).value == "Granola bar"
        await pilot.press("escape", "2")  # leave without saving
        await pilot.pause()
        assert not isinstance(app.screen, OwnFoodScreen)
    assert not (data_dir / "custom_foods.json").exists()


async def test_a_recipes_cooked_weight_is_asked_and_a_bad_one_said_at_its_field(
    data_dir: Path,
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_recipe(pilot)
        await fill(pilot, "recipe-name", "Lentil soup")
        await pilot.press("ctrl+n")
        await type_text(pilot, "oat bran")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*["down"] * unit_index(app, "cup"), "enter")
        await pilot.pause()
        recipe = app.screen
        assert isinstance(recipe, RecipeScreen)
        await fill(pilot, "recipe-cooked", "a lot")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is recipe
        error = str(recipe.query_one("#recipe-cooked-error", Static).render())
        assert "'a lot' is not a number" in error
        await fill(pilot, "recipe-cooked", "500")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
    saved = json.loads((data_dir / "custom_foods.json").read_text())["recipes"]
    assert [doc["cooked_grams"] for doc in saved.values()] == [500.0]


async def test_an_edit_keeps_the_entrys_own_figures_not_the_foods_now(data_dir: Path) -> None:
    """A helper's report: saving an old entry, even for its amount alone, replaced its
    logged magnesium by the food's figure now (an own food made anew, a table update)."""
    journal = Journal.open(data_dir)
    # Logged when its figure was 50 mg an ounce; the table says 76 now.
    journal.add(replace(almonds_at_breakfast(TODAY), mg=50.0, kcal=100.0))
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#foods", DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        await type_text(pilot, "2")
        await pilot.press("enter")
        await pilot.pause()
    [edited] = stored_foods(data_dir)
    assert edited.portion == "2 oz (23 whole kernels)"  # the food's portions, still
    assert (edited.mg, edited.kcal) == (100.0, 200.0)  # twice its own, not 152 mg
