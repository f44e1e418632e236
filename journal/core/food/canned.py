"""Beans from a can: "a can of chickpeas" or "canned kidney beans" is SR24's canned
food, not the boiled one a plain word means (`everyday`).

"a can of chickpeas" was refused, naming boiled chickpeas (no can portion), and
"canned chickpeas" asked between three canned forms. A can of beans is eaten drained:
SR24's drained canned chickpeas ("1 can drained" = 253 g) and red kidney beans ("1 can
drained solids" = 266 g) are weighed by the can. Black beans and baked beans canned are
weighed by the cup only ("1 cup" = 240 g, 254 g), so a can of them asks for cups.
A plain word ("chickpeas") keeps the boiled food.
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food

CAN_NAMED = re.compile(r"\bcanned\b")

# The boiled (or home-made) food a plain word means, to its canned form in SR24.
CANNED: dict[str, str] = {
    "usda:16057": "usda:16358",  # Chickpeas, boiled -> canned, drained solids
    "usda:16028": "usda:16145",  # Beans, kidney, boiled -> red kidney, canned, drained solids
    "usda:16015": "usda:16018",  # Beans, black, boiled -> black turtle soup, canned
    "usda:16005": "usda:16006",  # Beans, baked, home prepared -> canned, plain or vegetarian
}
CAN_WORDS = frozenset({"can", "cans", "tin", "tins"})
CANNED_WORDS = frozenset({"canned", "tinned"})


def says_canned(words: str, quantity: str) -> tuple[bool, str]:
    """Whether the item asks for the canned food ("canned", "tinned", or a can typed as
    the amount), and its words without "canned"."""
    tokens = words.lower().split()
    unit = re.findall(r"[a-z]+", quantity.lower())
    plain = " ".join(t for t in tokens if t not in CANNED_WORDS)
    return (len(plain.split()) < len(tokens) or bool(unit and unit[0] in CAN_WORDS)), plain


def no_can(food: Food) -> str | None:
    """Why a canned food the table weighs by the cup only has no can to log, or None."""
    if food.id not in CANNED.values() or any("can" in p.name.split() for p in food.portions):
        return None
    cup = next((p for p in food.portions if p.name.startswith("1 cup")), None)
    by = f"the cup ({cup.name} = {cup.grams:g} g)" if cup else "weight"
    return (
        f"the table weighs {food.name} by {by}, not by the can: "
        "say how many cups you ate (e.g. 1 cup), or the grams on the can"
    )


def by_the_cup(words: str, forms: list[Food]) -> str:
    """Why a can of a food the table holds canned by the cup only is not logged ("a tin of
    peaches" chose raw peaches, then refused the tin naming their sizes), and what to type."""
    cups = sorted({p.grams for f in forms for p in f.portions if p.name.startswith("1 cup")})
    cup = f" (1 cup = {cups[0]:g}-{cups[-1]:g} g)" if len(cups) > 1 else ""
    cup = f" (1 cup = {cups[0]:g} g)" if len(cups) == 1 else cup
    return (
        f"the table weighs canned {words} by the cup{cup}, not by the can: say how many "
        f"cups you ate, e.g. mg-journal eat 'canned {words} 1 cup', or the grams on the can"
    )
