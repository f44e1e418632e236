"""A small or large glass (a brief's report: "a small glass of wine" found no food, read
as a food named "glass of wine"). USDA weighs a glass of wine as its "1 serving 5 fl oz"
and no glass by size, so the drink is found and the amount asked for in ml or fl oz."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, logged

WINE = "usda:14084"  # Alcoholic beverage, wine, table, all: 11 mg/100 g


@pytest.mark.parametrize(
    "phrase", ["a small glass of wine", "a large glass of wine", "2 large glasses of wine"]
)
def test_a_sized_glass_finds_the_drink_and_asks_for_ml(phrase: str) -> None:
    [item] = parse_line(phrase)
    food = resolve(TABLE, [], item, {}).food
    assert food is not None and food.id == WINE
    with pytest.raises(ValueError) as refused:
        as_logged(phrase)
    # it read "...; its glass is serving 5 fl oz (148 g): ..." (the stored measure)
    size = phrase.split()[1]
    example = "125 ml or 4 fl oz" if size == "small" else "250 ml or 8 fl oz"
    assert str(refused.value) == (
        f"a {size} glass differs from glass to glass (the table's glass of this drink is "
        f"5 fl oz, 148 g): say what you drank in ml or fl oz, e.g. {example}"
    )


def test_a_sized_glass_of_a_drink_by_the_cup_says_its_cup() -> None:
    with pytest.raises(ValueError, match=r"glass of this drink is 1 cup, 248 g\)"):
        as_logged("a large glass of orange juice")


def test_a_glass_and_millilitres_of_wine_still_log() -> None:
    wine_id, grams, label = logged("a glass of wine")
    assert (wine_id, label) == (WINE, "5 fl oz")
    food, ml_grams, _ = as_logged("wine 125 ml")
    assert grams == 148.0
    assert food is not None and food.id == WINE and food.mg_for(grams) == pytest.approx(16.28)
    assert ml_grams == pytest.approx(125.0, abs=1)
