"""The app's portion step opens on the everyday serving when it is a count of a measure
(a helper's report: oven fries opened on 1 g, 0 mg, once their usual serving became 10
strips; a salad on its cup, where `eat` logs 1.5 cups)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from journal.tui.screens.portion import PortionScreen
from tests.ui.food_helpers import make_app, stored_foods, type_text, wait_for_foods
from tests.ui.painted import squeezed


@pytest.mark.parametrize(
    ("words", "amount", "unit", "said", "grams"),
    [
        ("oven fries", "10", "strip", "10 strips = 133 g → 31 mg", 133.0),
        ("salad", "1.5", "cup", "1.5 cups = 207 g", 207.0),
    ],
)
async def test_the_portion_step_opens_on_the_usual_count(
    data_dir: Path, words: str, amount: str, unit: str, said: str, grams: float
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f")
        await wait_for_foods(pilot)
        await type_text(pilot, words)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PortionScreen)
        assert screen.query_one("#portion-amount", Input).value == amount
        units = screen.query_one("#portion-unit", OptionList)
        assert units.highlighted is not None
        assert str(units.get_option_at_index(units.highlighted).prompt).startswith(unit)
        assert said in squeezed(app)
        await pilot.press("enter")
        await pilot.pause()
    [entry] = stored_foods(data_dir)
    assert entry.grams == pytest.approx(grams)
    assert entry.portion == f"{amount} {unit}"
