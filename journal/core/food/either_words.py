"""Words that mean different foods to different people, offered as those foods first.

"chips" are crisps in the US and French fries in Britain (`snack_bags`). A British
"biscuit" is a cookie, an American one a scone-like bread: "a biscuit" offered American
biscuits only. A "bun" is a bread roll (USDA's hamburger roll; its dinner roll is
weighed as "1 large roll or bun") or a sweet bun: it offered cinnamon buns and glazed
doughnuts "(includes honey buns)" for their asides. "dates" are small deglet noor
(7.1 g each) or large medjool ones (24 g): "5 dates" logged 120 g of medjool, 65 mg, where
deglet noor would be 35 g, 15 mg. "corn flakes" are Kellogg's to most (9 mg/100 g), one
of five the table holds: it was not among those offered, and the line to repeat logged
Simply Cinnamon's (34 mg/100 g). "granola" is homemade (175 mg/100 g) or bought, and
every bought one the table holds is a brand (Quaker's 121, Kellogg's low fat 76): 1 oz
of homemade silently logged 50 mg where a bought one is 21-34. Each is asked, these
foods first, unless one of them was eaten before.
"""

from __future__ import annotations

from journal.core.food.snack_bags import EITHER_CHIPS

EITHER: dict[str, tuple[str, ...]] = {
    "chips": EITHER_CHIPS,
    "bun": (
        *("usda:18350", "usda:18396"),  # Rolls, hamburger or hotdog, plain; dinner roll
        "usda:18964",  # Cinnamon buns, frosted: the sweet bun
    ),
    "biscuit": (
        "usda:18009",  # Biscuits, plain or buttermilk, frozen, baked: the American one
        *("usda:18155", "usda:18204"),  # Cookies, butter; sugar (plain British biscuits)
        *("usda:18178", "usda:18159"),  # Cookies, oatmeal; chocolate chip
    ),
    "date": ("usda:09087", "usda:09421"),  # Dates, deglet noor; Dates, medjool
    "corn flakes": ("usda:08020",),  # Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes
    "granola": (
        "usda:08037",  # Cereals ready-to-eat, granola, homemade: 175 mg/100 g
        "usda:08054",  # QUAKER, 100% Natural Granola, Oats, Wheat and Honey: 121
        "usda:08189",  # KELLOGG'S Low Fat Granola without Raisins: 76
    ),
}
_PLURALS = {
    **{"buns": "bun", "biscuits": "biscuit", "chip": "chips", "dates": "date"},
    **{"cornflakes": "corn flakes", "cornflake": "corn flakes", "corn flake": "corn flakes"},
}


def either(words: str) -> tuple[str, ...]:
    """The ids the words alone may mean ("a bun"), or nothing for other words."""
    said = " ".join(words.lower().split())
    return EITHER.get(_PLURALS.get(said, said), ())
