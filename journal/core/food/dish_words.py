"""Dishes said alone, read as the USDA food they are as eaten (FNDDS codes each as the
cooked or served food). Each asked among the wrong foods first: "french fries" frozen
fries as purchased (raw), "grilled chicken" three chicken sandwiches, "tacos" turkey
taco meat and bare shells, "baked beans" the home recipe, "caesar salad" and "chicken
salad" dressings and a Caesar salad without chicken. Read whole, so the app lists the
one food: the words are USDA's only there (fries are "french fried"), or the food is a
fast food, listed late. Anchored: "french fries 1 medium" reaches here as "french fries" (the
amount is parsed off first), and "taco shells", "oven fries" or "chicken salad
sandwich" keep their own words. Foods named by their own words get a bonus instead
(`everyday_words`)."""

from __future__ import annotations

import re

_DISHES = (
    # Fast-food fries, fried in vegetable oil (FNDDS: french fries, from fresh, fried): a
    # medium serving 134 g (`everyday_foods`); oven fries are asked for by "oven"
    (re.compile(r"^\s*(?:french\s+)?fries\s*$"), "fast foods potato french fried vegetable oil"),
    # Chicken breast grilled is SR's roasted breast, meat only (SR grills no chicken):
    # 3 oz as the other cooked meats
    (re.compile(r"^\s*grilled chicken(?: breasts?)?\s*$"), "chicken breast meat only roasted"),
    # a taco is the fast-food hard-shell one with beef, cheese and lettuce, 69 g
    (re.compile(r"^\s*(?:beef\s+)?tacos?\s*$"), "fast foods taco beef cheese lettuce hard shell"),
    # USDA's one Caesar salad is McDonald's: lettuce, cheese and croutons, 213 g, without
    # chicken as the dish is served (its dressing is a food of its own)
    (re.compile(r"^\s*caesar salads?\s*$"), "mcdonald caesar salad without chicken"),
    # a chicken salad is a salad with chicken, tossed, as "salad" alone is the tossed one
    # (`name_words`): 1.5 cup, 218 g
    (
        re.compile(r"^\s*chicken salads?\s*$"),
        "fast foods salad vegetable tossed without dressing with chicken",
    ),
    # Baked beans as eaten are canned (Heinz's, vegetarian in tomato sauce), by the half
    # cup (`everyday_foods`): it asked, the home recipe first (43 mg/100 g against 27).
    # Not a bonus on "baked beans": its halves went to "beans" and "baked" alone, and
    # "canned beans" logged them. "home prepared baked beans" is still the recipe
    (
        re.compile(r"^\s*(?:canned\s+|tinned\s+)?baked beans?\s*$"),
        "beans baked canned plain or vegetarian",
    ),
    # instant noodles are SR24's ramen, its only instant noodle (it found nothing)
    (re.compile(r"^\s*instant (?:ramen )?noodles?\s*$"), "ramen"),
)


def as_dish(text: str) -> str:
    """Lower-case ``text`` read as USDA names the dish or brand it says alone, or as is."""
    for pattern, usda in _DISHES:
        if pattern.match(text):
            return usda
    return text
