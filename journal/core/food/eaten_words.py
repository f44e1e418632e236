"""Words for a food as eaten that USDA names otherwise: "toast" is toasted bread
("Bread, white, commercially prepared, toasted"); no bread's name holds "toast", so
"toast" found French toast and melba toast first, and "a slice of toast" asked. A
"milkshake" is USDA's "Milk shakes, ..." (it found only a dry milkshake mix), a "hot
dog" its "hotdog" (it logged a spoon of "Pickle relish, hot dog")."""

from __future__ import annotations

import re

# Not French toast, melba toast or rusk toast: foods of their own, by those names.
_TOAST = re.compile(r"(?<!french )(?<!melba )(?<!rusk )\btoast\b")
_MILKSHAKE = re.compile(r"\bmilkshakes?\b(?! mix)")
_HOT_DOG = re.compile(r"\bhot dogs?\b(?! relish)")  # USDA's "Fast foods, hotdog, plain"


def as_eaten(text: str) -> str:
    """Lower-case ``text`` with "toast" read as "toasted bread", "milkshake" as "milk
    shakes", "hot dog" as "hotdog"."""
    text = _HOT_DOG.sub("hotdog", text)
    return _MILKSHAKE.sub("milk shakes", _TOAST.sub("toasted bread", text))
