"""A grain or pulse named as sold with no amount ("dry lentils"): how much, weighed dry?

USDA weighs most of them dry only by the cup ("Lentils, raw": 1 cup, 192 g, 234 mg;
brown rice, quinoa, beans and couscous alike), and a bare name counted that cup. A cup
of a dry grain or pulse is bought, not eaten: cooked, it is several servings, and USDA
gives no one-serving measure of them dry. So the amount is asked, never guessed. Where
USDA's measure of the dry food is one serving (dry pasta's "2 oz", a packet of instant
oats) it is kept, as for any food.
"""

from __future__ import annotations

from journal.core.food.foods import Food
from journal.core.food.units import normalize_unit, parse_quantity
from journal.core.food.weighed import is_dry


def dry_cup(food: Food, quantity: str) -> str | None:
    """What a bare dry grain or pulse would log, USDA's cup of it ("1 cup (192 g)"),
    when no amount is typed; else None (an amount, another food or measure)."""
    if quantity or not is_dry(food) or not food.portions:
        return None
    grams, label = parse_quantity("1", food)
    if not normalize_unit(label.partition(" ")[2]).startswith("cup"):
        return None
    return f"{label} ({grams:,.0f} g)"


def ask_dry_amount(words: str, cup: str) -> str:
    """The line that asks for the amount: what happened and what to do."""
    return (
        f"{words}: say how much, weighed dry, e.g. {words} 50 g; nothing logged (without "
        f"an amount it would be USDA's {cup}, several servings once cooked)"
    )
