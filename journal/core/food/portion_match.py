"""A food's own portion by the word typed: "cup" of almonds is its "1 cup, whole" (143 g)
before its "1 cup, ground", "tin" its "1 can", "0.5 fillet" one fillet. `units` weighs an
amount with these; they read only the food's portions and the unit words.
"""

from __future__ import annotations

import re

from journal.core.food.everyday_foods import EVERYDAY, EVERYDAY_PORTIONS
from journal.core.food.foods import Food, Portion
from journal.core.food.name_words import SYNONYMS, number_forms
from journal.core.food.unit_words import ALIASES


def singular(word: str) -> str:
    """Plural to singular, applied to both sides of a comparison, so rough is enough."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):  # glasses: glass, not "glasse"
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def noun_words(noun: str) -> set[str]:
    """The singular words of what a number counts, with USDA's spelling of each too: "a
    jelly donut" is the table's "1 doughnut oval" (85 g), where it was 1 oz (28 g)."""
    words = re.findall(r"[a-z]+", noun.lower())
    return {singular(w) for w in words} | {singular(SYNONYMS[w]) for w in words if w in SYNONYMS}


def normalize_unit(text: str) -> str:
    """Lower-case, drop dots and commas, collapse spaces, map aliases and plurals."""
    unit = " ".join(text.lower().replace(".", " ").replace(",", " ").split())
    unit = ALIASES.get(unit, unit)
    unit = " ".join(singular(word) for word in unit.split())
    return ALIASES.get(unit, unit)


# USDA weighs salmon, halibut, king mackerel and other large fish by the half fillet only:
# farmed Atlantic salmon, cooked, "0.5 fillet" = 178 g, so its whole fillet is 356 g (what
# "salmon 1 fillet" logged), twice the portion USDA lists. A fillet, typed or picked, is
# that listed portion, named so; fish USDA weighs by the whole fillet (cod: 180 g) keep it.
HALF_LISTED = "0.5 fillet"


def split_portion(portion: Portion) -> tuple[float, str]:
    """Read "0.5 cup, chopped" as (0.5, "cup, chopped"); a name without a number is 1.
    "0.5 fillet" is one fillet (`HALF_LISTED`): (1, "fillet (USDA's 0.5 fillet)")."""
    head, _, rest = portion.name.partition(" ")
    if portion.name == HALF_LISTED:
        return 1.0, f"{rest} (USDA's {portion.name})"
    try:
        amount = float(head)
    except ValueError:
        return 1.0, portion.name
    return (amount, rest) if amount > 0 else (1.0, portion.name)


def unit_key(measure: str) -> str:
    """The unit word(s) of a measure: "cup, chopped" and "cup (8 fl oz)" give "cup"."""
    return normalize_unit(re.split(r"[,(]", measure, maxsplit=1)[0])


def unit_head(measure: str) -> str:
    """The first unit word: "serving 1/2 cup" gives "serving", "cup slices" gives "cup"."""
    return unit_key(measure).split(" ")[0]


def own_measure(unit_text: str, unit: str, food: Food) -> tuple[float, str] | None:
    """The food's own portion named by the very word typed ("handful"), when an alias
    would read it as another measure (`unit`); else None."""
    said = " ".join(singular(w) for w in unit_text.lower().replace(".", " ").split())
    if said == unit:
        return None
    for portion in food.portions:
        amount, measure = split_portion(portion)
        if " ".join(singular(w) for w in measure.lower().split()) == said:
            return portion.grams / amount, measure
    return None


def find_portion(unit: str, food: Food) -> tuple[float, str] | None:
    """Grams per one ``unit`` and its display name, from the food's portions."""
    measures = [
        (p.grams / amount, measure) for p in food.portions for amount, measure in [split_portion(p)]
    ]
    # "a bag of crisps" is the bag one eats from: FNDDS's single-serving one (28 g), where
    # the table has it, not SR's 8 oz bag (227 g, 159 mg of magnesium for 20)
    single = [m for m in measures if unit_key(m[1]).endswith(f"single serving {unit}")]
    if single:
        return single[0]
    # Last, a measure named by the food and a size: "1 potato medium" is a medium one.
    named = set(re.findall(r"[a-z]+", food.name.lower()))

    def sized(measure: str) -> str:
        words = unit_key(measure).split(" ")
        return words[1] if len(words) == 2 and number_forms(words[0]) & named else ""

    def either(measure: str) -> str:  # "can or bottle (12 fl oz)" is also a bottle
        return unit_key(measure).rsplit(" or ", 1)[-1]

    for key in (normalize_unit, unit_key, unit_head, either, sized):  # strictest first
        matches = [(grams, measure) for grams, measure in measures if key(measure) == unit]
        if matches:  # "1 cup" of almonds is a cup of whole ones, not the first cup listed
            # and "1 stalk" of broccoli the medium one (180 g), not the large listed first
            return min(matches, key=lambda match: (form_rank(match[1]), not _medium(match[1])))
    return None


# What a unit alone means when a food lists it several ways: whole before sliced or
# chopped, and those before ground, mashed or packed (USDA lists ground almonds first).
_PREPARED = frozenset({"ground", "mashed", "pureed", "puree", "crushed", "packed", "melted"})


def _medium(measure: str) -> bool:
    return "medium" in re.findall(r"[a-z]+", measure.lower())


def form_rank(measure: str) -> int:
    words = set(re.findall(r"[a-z]+", measure.lower()))
    return 0 if "whole" in words or "," not in measure else (2 if words & _PREPARED else 1)


def everyday_piece(food: Food, noun: str) -> tuple[float, str] | None:
    """One of the pieces a food's everyday serving counts, when `noun` names them: a
    saltine's "5 cracker square" makes "a cracker" one "cracker square" (3 g), not the
    first "cracker" listed, a round large one of 10 g. Else None."""
    everyday = EVERYDAY.get(food.id) or EVERYDAY_PORTIONS.get(food.id, "")
    count, _, unit = everyday.partition(" ")
    words = {singular(word) for word in re.findall(r"[a-z]+", noun.lower())}
    if not count[:1].isdigit() or unit_head(unit) not in words:
        return None
    return find_portion(normalize_unit(unit), food)
