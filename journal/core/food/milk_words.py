"""Milk as people say it: cow's milk, unless another animal or a plant is named.

USDA names cow's milk "Milk, ..." by its fat ("whole", "reduced fat, 2%"), never by
"raw", "fresh", "cow's" or "full fat", so those words found another milk that holds
them: "raw milk" logged 1 oz of "Nuts, coconut milk, raw" (10 mg), "fresh milk" and
"full fat milk" nothing. They are read as USDA's words before searching; "coconut",
"goat", "soy" or "oat" between them and "milk" leaves the words as typed.
"""

from __future__ import annotations

import re

_COW = r"(?:(?:cow'?s?|dairy)\s+)?"  # "raw cow's milk", "fresh dairy milk"
MILK_WORDS = (
    # Raw milk is milk as it leaves the farm: USDA's "Milk, producer, fluid, 3.7%
    # milkfat" (usda:01078; "producer milk" is the raw milk a dairy farm sells), 13 mg
    # per 100 g, a cup 244 g.
    (re.compile(rf"\b(?:raw|unpasteuri[sz]ed)\s+{_COW}milk\b"), "milk producer"),
    (re.compile(rf"\bfull[- ]?(?:fat|cream)\s+{_COW}milk\b"), "whole milk"),  # British
    # USDA writes "lowfat" as one word for milk (1%, and chocolate milk): "low fat milk"
    # found breads made with low fat milk first, "low fat chocolate milk" nothing
    (re.compile(rf"\blow[- ]fat\s+((?:chocolate\s+)?{_COW}milk)\b"), r"lowfat \1"),
    # Words that name no other milk: the milk "milk" means (2%, `everyday`)
    (
        re.compile(
            r"\b(?:(?:fresh|cold|warm|hot|organic|pasteuri[sz]ed|homogeni[sz]ed"
            r"|cow'?s?|dairy)\s+)+milk\b"
        ),
        "milk",
    ),
)


def cows_milk(text: str) -> str:
    """Lower-case ``text`` with its words for cow's milk in USDA's ("raw milk": "milk
    producer", "full fat milk": "whole milk", "fresh milk": "milk")."""
    for pattern, usda in MILK_WORDS:
        text = pattern.sub(usda, text)
    return text
