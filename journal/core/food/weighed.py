"""A grain or pulse weighed by mass: was it weighed dry or cooked, and its dry form.

By the cup a grain is the cooked one (`everyday`), but a weight is as often taken of
the dry grain: 100 g of brown rice holds 143 mg raw and 43 mg cooked. USDA SR names
the two forms of a food alike but for the form ("Rice, brown, long-grain, cooked" and
"..., raw"; "Spaghetti, cooked, enriched, without added salt" and "Spaghetti, dry,
enriched"), so the dry form is the food of the same group whose name, without its form
and its salt, enrichment and "mature seeds" segments, is the cooked one's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from journal.core.food.everyday import (
    COOK_FIRST,
    COOKED,
    DRY_FORMS,
    DRY_SAID,
    EATEN_AS_SOLD,
    is_dry_form,
)
from journal.core.food.foods import Food
from journal.core.food.name_words import query_tokens
from journal.core.food.unit_words import MASS_UNITS
from journal.core.food.units import normalize_unit

# Oats and the other hot cereals are "Breakfast Cereals" in SR, cooked or dry.
FORM_GROUPS = COOK_FIRST | {"Breakfast Cereals"}
# Segments that do not change which food it is, only how it was salted or enriched.
NOISE = frozenset(
    {
        *("enriched", "unenriched", "not fortified", "mature seeds"),
        *("without salt", "with salt", "without added salt", "with added salt"),
    }
)
_WORD = re.compile(r"[a-z]+")


def _segments(name: str) -> list[tuple[str, set[str]]]:
    """The name's comma segments, lower case, each with its words."""
    parts = [part.strip().lower() for part in name.split(",")]
    return [(part, set(_WORD.findall(part))) for part in parts]


def _key(name: str) -> tuple[str, ...]:
    """The name without its form ("cooked", "raw", "dry") and `NOISE` segments."""
    return tuple(
        part
        for part, words in _segments(name)
        if part not in NOISE and not words & (COOKED | DRY_FORMS)
    )


def is_cooked(food: Food) -> bool:
    """A grain or pulse its name says is cooked, and not dry ("roasted, dry" buckwheat);
    hummus ("home prepared") is eaten as sold."""
    segments = _segments(food.name)
    words = set().union(*(w for _, w in segments))
    return (
        food.group in FORM_GROUPS
        and any(w & COOKED for _, w in segments)
        and not any(w & DRY_FORMS for _, w in segments)
        and not words & EATEN_AS_SOLD
    )


def is_dry(food: Food) -> bool:
    """A grain or pulse as sold, before cooking ("Lentils, raw", "Oats"); tofu and peanuts,
    eaten as sold, are not."""
    segments = _segments(food.name)
    words = set().union(*(w for _, w in segments))
    dry_said = any(w & DRY_FORMS for _, w in segments)
    return is_dry_form(food) or (
        food.group in FORM_GROUPS and dry_said and not words & EATEN_AS_SOLD
    )


def dry_form(cooked: Food, foods: Iterable[Food]) -> Food | None:
    """The dry form of a cooked grain or pulse among ``foods`` (the first, where USDA
    lists two alike: spaghetti dry enriched and unenriched, both 53 mg/100 g)."""
    if not is_cooked(cooked):
        return None
    key = _key(cooked.name)
    return next(
        (
            food
            for food in foods
            if food.group == cooked.group
            and food.mg_per_100g is not None
            and is_dry(food)
            and _key(food.name) == key
        ),
        None,
    )


def form_said(query: str) -> bool:
    """Whether a word says the form: "cooked brown rice", "oats dry 40 g"."""
    return bool(set(query_tokens(query)) & (DRY_FORMS | DRY_SAID | COOKED))


def without_dry_words(query: str) -> str | None:
    """The words without those that say "as sold" ("dry lentils": "lentils"); None when
    there are none, or nothing else."""
    words = query_tokens(query)
    kept = [word for word in words if word not in DRY_SAID]
    return " ".join(kept) if 0 < len(kept) < len(words) else None


def dried(
    ranked: list[tuple[Food, float]], dry_of: Callable[[Food], Food | None]
) -> list[tuple[Food, float]]:
    """The dry forms of the ranked grains and pulses, each in the place of the first food
    it is the form of ("lentils": cooked lentils, so "dry lentils": "Lentils, raw" there,
    not after its pink namesake); empty when the first is no grain or pulse ("raw
    spinach" is raw spinach, searched as typed)."""
    found: list[tuple[Food, float]] = []
    for food, score in ranked:
        dry = food if is_dry(food) else dry_of(food)
        if dry is None and not found:
            return []
        if dry is not None and dry not in (f for f, _ in found):
            found.append((dry, score))
    return found


def is_mass(quantity: str) -> bool:
    """Whether an amount is a weight: "40 g", "1.5oz" (not "1 cup", "2")."""
    unit = quantity.lstrip("0123456789.,/ ½¼¾⅓⅔⅛")
    return bool(unit) and normalize_unit(unit) in MASS_UNITS
