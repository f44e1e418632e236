"""Choices that count the same are not asked: "chamomile tea" asked between USDA's
chamomile tea and its "other than chamomile" one, both 1 mg/100 g by the same 8 fl oz
cup (`choose._all_alike`)."""

from __future__ import annotations

import pytest

from journal.core.food.choose import choose
from journal.core.food.foods import Food, Portion
from tests.unit.food.as_logged import as_logged

CHAMOMILE = "usda:14545"  # Tea, herb, chamomile, brewed


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [("chamomile tea", 237.0), ("a cup of chamomile tea", 237.0), ("chamomile tea 2 cups", 474.0)],
)
def test_chamomile_tea_is_logged_not_asked(phrase: str, grams: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == CHAMOMILE
    assert logged_grams == pytest.approx(grams)


def _tea(ident: str, name: str, mg: float, cup: float = 237.0) -> Food:
    return Food(ident, name, "Beverages", mg, 1.0, (Portion("1 cup (8 fl oz)", cup),))


OTHER = _tea("usda:1", "Tea, herb, other than chamomile, brewed", 1.0)


@pytest.mark.parametrize(
    ("rival", "taken"),
    [
        (_tea("usda:2", "Tea, herb, chamomile, brewed", 1.0), "usda:2"),  # the same: taken
        (_tea("usda:2", "Tea, herb, chamomile, brewed", 1.2), None),  # 1.2 mg/100 g: asked
        (_tea("usda:2", "Tea, herb, chamomile, brewed", 1.0, cup=240.0), None),  # its cup
    ],
)
def test_only_the_same_figure_by_the_same_portion_is_alike(rival: Food, taken: str | None) -> None:
    """The food the words do not name leads (as a bonus put USDA's herbal tea first)."""
    choice = choose("chamomile tea", [(OTHER, -4.5), (rival, -4.4)], {})
    assert (choice.food.id if choice.food else None) == taken
    assert choice.candidates == [OTHER, rival]


def test_a_concentrate_the_words_name_is_no_plain_choice() -> None:
    concentrate = _tea("usda:3", "Tea, herb, chamomile, concentrate", 1.0)
    assert choose("chamomile tea", [(OTHER, -4.5), (concentrate, -4.4)], {}).food is None
