"""Words for a food as eaten that USDA names otherwise: "toast" is toasted bread
("Bread, white, commercially prepared, toasted"); no bread's name holds "toast", so
"toast" found French toast and melba toast first, and "a slice of toast" asked. A
"milkshake" is USDA's "Milk shakes, ..." (it found only a dry milkshake mix), a "hot
dog" its "hotdog" (it logged a spoon of "Pickle relish, hot dog"). "Coconut water" is
USDA's "coconut water (liquid from coconuts)": "Nuts, coconut milk, raw (liquid expressed
from grated meat and water)" led it, and its repeat line logged the milk. "Soda water" is
its club soda, a "diet coke" its low-calorie cola, "homemade hummus" its home-prepared
hummus: each found nothing. "Coca cola" and "pepsi" are its cola (they logged a sports
drink and bottled water), "chocolate milk" its fluid chocolate milk (candy and hot cocoa
were offered first), and "porridge with milk" its oats cooked in water, said so: SR24
cooks oats in nothing else."""

from __future__ import annotations

import re

from journal.core.food.dish_words import as_dish

# Not French toast, melba toast or rusk toast: foods of their own, by those names.
_TOAST = re.compile(r"(?<!french )(?<!melba )(?<!rusk )\btoast\b")
_MILKSHAKE = re.compile(r"\bmilkshakes?\b(?! mix)")
_HOT_DOG = re.compile(r"\bhot dogs?\b(?! relish)")  # USDA's "Fast foods, hotdog, plain"
_COCONUT_WATER = re.compile(r"\bcoconut water\b(?! liquid)")
_CORNFLAKES = re.compile(r"\bcornflakes?\b")  # USDA's "corn flakes"
_COCA = r"coca[- ]?cola"
# "porridge with milk", "oatmeal made with semi-skimmed milk" (read "lowfat" by then)
_OATS_IN_MILK = re.compile(
    r"\b(porridge|oatmeal)\s+(?:made\s+|cooked\s+)?with\s+((?:[a-z0-9%'-]+\s+)?milk)\b"
)
# Words the table has under another name; each found nothing ("no food matches"):
_OTHER_NAMES = (
    (re.compile(r"\bsoda waters?\b"), "club soda"),  # "Carbonated beverage, club soda"
    # diet colas are USDA's "low calorie, cola or pepper-type"
    (
        re.compile(rf"\b(?:diet (?:coke|cola|pepsi|{_COCA})|(?:coke|{_COCA}) zero|pepsi max)s?\b"),
        "low calorie cola",
    ),
    # a brand's cola is USDA's: "coca cola" logged a Coca-Cola sports drink, "pepsi" water
    (re.compile(rf"\b(?:{_COCA}|pepsi)s?\b"), "cola"),
    # the bought drink, not milk chocolate candy or hot cocoa (`everyday_foods`); said
    # alone: "hot chocolate milk", "chocolate milk shake" are those foods still
    (re.compile(r"^\s*chocolate milks?(?=\s*$)"), "chocolate milk fluid"),
    # SR24 cooks oats only in water: porridge with milk is its nearest (`nearest_note`)
    (_OATS_IN_MILK, r"\1"),
    # USDA's "Tea, herb, ..., brewed" by the cup (8 fl oz): "a cup of herbal tea" found a
    # Hopi tea with no measure and was refused ("herbal" is in no other tea's name)
    (re.compile(r"\bherbal teas?\b"), "herb tea"),
    (re.compile(r"\bhome ?made hummus\b"), "home prepared hummus"),  # "Hummus, home prepared"
    (re.compile(r"\bnew potato(es)?\b"), r"boiled potato\1"),  # small ones, boiled
    # an ear of sweet corn, boiled (FNDDS: corn, cooked, from fresh): it asked among
    # frozen "kernels on cob", first unprepared
    (re.compile(r"\bcorn on (?:the )?cobs?\b"), "corn sweet yellow cooked boiled"),
    # SR24 steams nothing: boiled is its nearest (`nearest_note` says so)
    (re.compile(r"\bsteamed\b"), "boiled"),
)
_STEAMED = re.compile(r"\bsteamed\b", re.IGNORECASE)


def nearest_note(words: str) -> str | None:
    """What the table has instead of a way of cooking the words say, or None."""
    if _STEAMED.search(words):
        return f"({words!r}: the table has nothing steamed; boiled is its nearest)"
    if milk := _OATS_IN_MILK.search(words.lower()):
        return (
            f"({words!r}: the table has no oats cooked in milk; these are oats cooked in "
            f"water: log the milk they were made with too, e.g. mg-journal eat '{milk[2]} 1 cup')"
        )
    return None


def as_eaten(text: str) -> str:
    """Lower-case ``text`` with "toast" read as "toasted bread", "milkshake" as "milk
    shakes", "hot dog" as "hotdog", "coconut water" and "cornflakes" in USDA's words."""
    text = _HOT_DOG.sub("hotdog", as_dish(text))
    text = _COCONUT_WATER.sub("coconut water liquid from coconuts", text)
    text = _CORNFLAKES.sub("corn flakes", text)
    for pattern, usda in _OTHER_NAMES:
        text = pattern.sub(usda, text)
    return _MILKSHAKE.sub("milk shakes", _TOAST.sub("toasted bread", text))
