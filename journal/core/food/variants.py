"""A dish the table holds only as a variant of it: "Soup, lentil with ham".

USDA names some dishes by their kind and what they are made with in one segment
("lentil with ham", "bean with pork", "split with ham"). Words that name the kind and
not what it is with ("lentil soup") mean the dish as such, which the table may not
hold: logging the ham soup for them says what was not eaten, so such a food is named
only when a word of its "with ..." is typed too (`naming.names`), and is offered, not
logged. So is an ingredient named for its dish ("chow mein" noodles) without its word.
"""

from __future__ import annotations

import re

from journal.core.food.name_words import segment_words

# "cooked with water", "prepared with milk", "fortified with vitamin D": how a food was
# made, said of any food, not what the dish is with
_MADE = re.compile(
    r"^(with|without|cooked|prepared|made|fried|canned|boiled|frozen|baked|stewed|served|"
    r"packed|fortified|sweetened|enriched|sauteed|roasted|steamed)\b"
)
# Foods named for the dish they are made for, named only with their own word: "Noodles,
# chinese, chow mein" are the crisp fried noodles sold for it (45 g, 23 mg a cup), which
# "a chow mein" logged for the takeaway dish
FOR_THE_DISH = {"usda:20113": frozenset({"noodles", "noodle"})}
_ASIDE = re.compile(r"\s*\([^)]*\)")


def unsaid_variant(typed: list[str], name: str) -> bool:
    """Whether a segment of ``name`` is "kind with extra", a typed word is of its kind and
    none of its extra ("lentil soup" and "Soup, lentil with ham"; not "lentil ham soup")."""
    for segment in _ASIDE.sub("", name).lower().split(","):
        kind, sep, extra = segment.strip().partition(" with ")
        if not sep or _MADE.match(kind):
            continue
        said = set(typed)
        if said & set(segment_words(kind)) and not said & set(segment_words(extra)):
            return True
    return False


def unsaid_ingredient(food_id: str, typed: list[str]) -> bool:
    """Whether the food is one made for a dish (`FOR_THE_DISH`) and its word is not typed."""
    word = FOR_THE_DISH.get(food_id)
    return word is not None and not word & set(typed)


def is_filling(segment: str) -> bool:
    """ "with jelly filling": what the food is filled with is the food, not what it is
    eaten with (`choose`): "a jelly donut" asked, its one food "..., with jelly filling"."""
    return segment.startswith("with ") and segment.endswith(" filling")


def in_the_salad(segment: str, segments: list[str], typed: list[str]) -> bool:
    """ "with chicken" of a salad, a salad said: what the salad holds is the dish, as a
    filling is (`naming`): "chicken salad" is "Fast foods, salad, vegetable, tossed,
    without dressing, with chicken" (it was no food the words named)."""
    said = "salad" in typed or "salads" in typed
    return said and segment.startswith("with ") and "salad" in segments[:2]
