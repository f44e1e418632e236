"""Breakfast cereals by the name on the box: "cheerios", "weetabix", "corn flakes".

USDA names a boxed cereal "Cereals ready-to-eat, GENERAL MILLS, CHEERIOS", and a word
of a dish's head must be typed for the words to name it (`made_with`: "rice" is no
"Cereals ready-to-eat, rice, puffed"), so "cheerios" named none of the Cheerios and
asked among Honey Nut and Multi-Grain (86 and 14 mg/100 g, against 143 for plain), and
"weetabix" named its only food not at all. A product's name in capitals, or "flakes",
names the cereal; the words that are one whole capitals segment ("CHEERIOS") name that
product above the others that hold them ("HONEY NUT CHEERIOS").
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food

CEREAL_HEAD = "cereals ready-to-eat"
CEREAL_WORDS = frozenset({"flakes", "flake"})  # corn flakes, bran flakes: cereals by name
_CAPITALS = re.compile(r"\b[A-Z][A-Z'&.-]{2,}\b")


def is_boxed_cereal(name: str) -> bool:
    return name.lower().startswith(CEREAL_HEAD)


def names_cereal(words: list[str], name: str) -> bool:
    """Whether a typed word is the cereal's own: in capitals in its name, or "flakes"."""
    if not is_boxed_cereal(name):
        return False
    own = {w.lower() for w in _CAPITALS.findall(name)} | CEREAL_WORDS
    return any(word in own or word.rstrip("s") in own for word in words)


def box_name(words: list[str], food: Food) -> bool:
    """Whether the words are one whole segment of the cereal's name written in capitals:
    "cheerios" is "CHEERIOS", not "HONEY NUT CHEERIOS"."""
    if not is_boxed_cereal(food.name):
        return False
    typed = " ".join(words)
    segments = [s.strip() for s in food.name.split(",")[1:]]
    return any(s.isupper() and re.sub(r"[^a-z0-9 ]", "", s.lower()) == typed for s in segments)
