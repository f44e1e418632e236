"""Read what people write about a meal: "2 eggs", "a cup of cooked lentils", "almonds 1 oz".

A line holds one food or several separated by commas or semicolons ("oatmeal 1 cup,
banana, almonds 1 oz"); a comma between digits stays a decimal comma ("1,5 cups").
Each item is an amount, a measure and the food's words, in either order: the amount
first ("200g yogurt", "half an avocado", "1 tbsp peanut butter") or last ("banana 1",
"oat bran 1/2 cup"). Amount words (a, an, one ... twelve, half, quarter, dozen) count
like digits. What the measure means for a given food is `units.parse_quantity`'s job;
this module only separates the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from journal.core.food.amounts import VULGAR
from journal.core.food.ground_seeds import ground_measure
from journal.core.food.phrase_words import (
    CONTAINERS,
    COUNTED_LAST,
    FOOD_MEASURES,
    MEASURES,
    NUMBER_WORDS,
    SERVED_LAST,
    SIZES,
    bar_of,
)
from journal.core.food.pots_and_scoops import part_of_name
from journal.core.food.unit_words import MASS_UNITS, VOLUME_UNITS
from journal.core.food.units import normalize_unit

_DIGITS = rf"(?:\d+(?:[.,]\d+)?|\d+/\d+|\d*[{''.join(VULGAR)}])"
_AMOUNT = re.compile(rf"^{_DIGITS}$")
_GLUED = re.compile(rf"^({_DIGITS})([a-z]+)$")  # "200g", "1oz", "1/2cup"
_ITEMS = re.compile(r"\s*(?:;|,(?!\d)|\n)\s*")
SHOTS = {"single": "1", "double": "2", "triple": "3"}  # of espresso
ESPRESSO = frozenset({"espresso", "espressos"})
_TIMES_BEFORE = re.compile(rf"^({_DIGITS})x$")  # "2x eggs"
_TIMES_AFTER = re.compile(rf"^x({_DIGITS})$")  # "eggs x2"


@dataclass(frozen=True, slots=True)
class Item:
    """One food of a line: the words to search and the quantity ("1/2 cup", "" = one).

    `counts`: a number before the words with no measure ("20 cashews", "2 eggs"): it
    counts what the words name, where "cashews 20" means servings, as "cashews" does."""

    words: str
    quantity: str
    counts: bool = False


def split_items(line: str) -> list[str]:
    """The foods of a line, in order, without empty ones."""
    return [part for part in _ITEMS.split(line.strip()) if part]


def _is_measure(word: str) -> bool:
    return normalize_unit(word) in MEASURES or word.lower() in MEASURES


def _amount(tokens: list[str], start: int) -> tuple[str, int]:
    """The amount at ``tokens[start]`` ("1 1/2", "half a", "a"), and where it ends."""
    word = tokens[start].lower()
    if _AMOUNT.match(word):
        if start + 1 < len(tokens) and re.match(r"^\d+/\d+$", tokens[start + 1]):
            return f"{word} {tokens[start + 1]}", start + 2  # 1 1/2
        return word, start + 1
    if word in NUMBER_WORDS:
        end = start + 1
        following = tokens[end].lower() if end < len(tokens) else ""
        if word == "half" and following == "and":  # "half and half" is cream, not 1/2
            return "", start
        if word == "quarter" and following.startswith("pounder"):  # a burger, not 1/4
            return "", start
        after = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
        if word in ("a", "an") and following == "quarter" and after.startswith("pounder"):
            return "1", end  # "a quarter pounder": one of them
        if word == "half" and following == "a" and after == "dozen" and end + 2 < len(tokens):
            return "6", end + 2  # "half a dozen eggs" found nothing
        if word == "couple" and following == "of" and end + 1 < len(tokens):
            return "2", end + 1  # "couple of bananas"
        if word in ("half", "quarter") and following in ("a", "an", "of"):
            end += 1  # "half an avocado"
            if following == "of" and after in ("a", "an") and end < len(tokens) - 1:
                end += 1  # "quarter of an avocado"
        elif word in ("a", "an") and following in ("half", "quarter", "dozen", "couple"):
            end += 1  # "a half cup", "a dozen almonds", "a quarter of an avocado"
            if following != "dozen" and end < len(tokens) - 1 and tokens[end].lower() == "of":
                end += 2 if tokens[end + 1].lower() in ("a", "an") else 1
            return NUMBER_WORDS[following], end
        return NUMBER_WORDS[word], end
    return "", start


def _measure(tokens: list[str], start: int) -> tuple[str, int]:
    """A measure at ``tokens[start]`` ("cup", "fl oz"), skipping a following "of"."""
    for width in (2, 1):
        words = " ".join(tokens[start : start + width])
        if len(tokens) - start > width and _is_measure(words):  # a food word must remain
            end = start + width
            if part_of_name(words, tokens[end]):  # "a big mac"
                break
            if end < len(tokens) - 1 and tokens[end].lower() == "of":
                end += 1
            return words, end
    return "", start


def _plain(tokens: list[str]) -> list[str]:
    """The tokens with a multiplier read as a count ("2x eggs", "eggs x2", "banana x 2")
    and no article before an amount ("a 150g yogurt"): each found nothing."""
    out = list(tokens)
    if len(out) > 2 and out[0].lower() in ("a", "an") and _GLUED.match(out[1].lower()):
        out = out[1:]  # "a 150g yogurt"; not "a 12 oz steak", whose "a" counts as one
    if len(out) > 2 and out[0].lower() in ("a", "an") and _AMOUNT.match(out[1]):
        out = out[1:] if _is_measure(out[2]) else out
    at = 1 if len(out) > 2 and out[0].lower() in ("a", "an") else 0
    if len(out) > at + 1 and out[at].lower() in SHOTS and out[at + 1].lower() in ESPRESSO:
        out = [SHOTS[out[at].lower()], *out[at + 1 :]]  # "a double espresso": found nothing
    if out and (before := _TIMES_BEFORE.match(out[0].lower()) or _TIMES_AFTER.match(out[0])):
        out[0] = before[1]
    if out and (after := _TIMES_AFTER.match(out[-1].lower())):
        out[-1] = after[1]
    if len(out) > 2 and out[1].lower() == "x" and _AMOUNT.match(out[0]):
        del out[1]
    if len(out) > 2 and out[-2].lower() == "x" and _AMOUNT.match(out[-1]):
        del out[-2]
    return out


def _contained(tokens: list[str], end: int, unit: str) -> int:
    """Past "bag of" after a weighed amount ("30g bag of crisps"), else ``end``."""
    weighed = normalize_unit(unit) in {*MASS_UNITS, *VOLUME_UNITS, "fl oz"}
    container = end + 2 < len(tokens) and tokens[end].lower() in CONTAINERS
    return end + 2 if weighed and container and tokens[end + 1].lower() == "of" else end


def parse_item(text: str) -> Item:
    """Split one item into the food's words and its quantity ("ground": `ground_seeds`)."""
    item = _parse_item(text)
    ground = ground_measure(item.words, item.quantity)
    words, quantity = bar_of(*ground)
    counts = item.counts and quantity == ground[1]  # "2 chocolate bars": 2 bars
    return item if words == item.words else Item(words, quantity, counts)


def _parse_item(text: str) -> Item:
    tokens = _plain(text.split())
    glued = _GLUED.match(tokens[0].lower()) if tokens else None
    if glued and _is_measure(glued[2]) and len(tokens) > 1:  # "200g yogurt"
        words = tokens[_contained(tokens, 1, glued[2]) :]
        return Item(" ".join(words), f"{glued[1]} {glued[2]}")
    amount, end = _amount(tokens, 0) if len(tokens) > 1 else ("", 0)
    measure_first = not amount and len(tokens) > 1 and _is_measure(tokens[0])
    if measure_first and (tokens[0].lower() in SIZES or tokens[1].lower() == "of"):
        amount = "1"  # "glass of milk", "large egg"
    if amount:
        unit, end = _measure(tokens, end)
        end = _contained(tokens, end, unit)
        if end < len(tokens):
            return Item(" ".join(tokens[end:]), f"{amount} {unit}".strip(), counts=not unit)
    return _trailing(tokens)


def _trailing(tokens: list[str]) -> Item:
    """ "banana 1", "oat bran 1/2 cup", "almonds 1oz", "milk 1 fl oz": quantity last."""
    for start in range(max(1, len(tokens) - 4), len(tokens)):
        amount, end = _amount(tokens, start)
        if not amount or tokens[start].lower() in NUMBER_WORDS:
            glued = _GLUED.match(tokens[start].lower())
            if glued and start == len(tokens) - 1 and _is_measure(glued[2]):
                return Item(" ".join(tokens[:start]), f"{glued[1]} {glued[2]}")
            continue
        rest = " ".join(tokens[end:])
        if not rest or _is_measure(rest):
            return Item(" ".join(tokens[:start]), f"{amount} {rest}".strip())
    if len(tokens) > 1 and tokens[-1].lower() in COUNTED_LAST:  # "salmon fillet": one
        return Item(" ".join(tokens), "1", counts=True)
    if len(tokens) > 1 and tokens[-1].lower() in SERVED_LAST:  # "orange juice glass"
        return Item(" ".join(tokens[:-1]), f"1 {tokens[-1].lower()}")
    return Item(" ".join(tokens), "")


def names_no_food(item: Item) -> bool:
    """ "1 oz", "2 cups": an amount and a measure, and no food to weigh ("a biscuit" is
    one: `FOOD_MEASURES`)."""
    food = normalize_unit(item.words) in FOOD_MEASURES or item.words.lower() in FOOD_MEASURES
    return bool(item.quantity) and _is_measure(item.words) and not food


def amount_only(item: Item) -> bool:
    """ "2", "1 1/2", "½", "100g": an amount and no food word (", 2" offered 2% milk)."""
    tokens = item.words.lower().split()
    glued = _GLUED.match(tokens[0]) if len(tokens) == 1 and not item.quantity else None
    return bool(tokens) and (
        all(map(_AMOUNT.match, tokens)) or bool(glued and _is_measure(glued[2]))
    )


MAX_NAME_PARTS = 11  # the table's longest names have 11 comma-separated parts


def parse_line(line: str, is_name: Callable[[str], bool] | None = None) -> list[Item]:
    """Every item of a line; with `is_name`, neighbours that together are a food's exact
    name ("Bananas, raw 100 g", an own "Oat milk, homemade") are one item."""
    parts = split_items(line)
    if is_name is None:
        return [parse_item(part) for part in parts]
    items, i = [], 0
    while i < len(parts):
        # The longest run of parts from here that is one name ("Oil, olive, salad or
        # cooking 1 tbsp"); only its last part may hold the amount.
        taken = i + 1
        for j in range(min(len(parts), i + MAX_NAME_PARTS), i + 1, -1):
            if any(parse_item(p).quantity for p in parts[i : j - 1]):
                continue
            if is_name(parse_item(", ".join(parts[i:j])).words):
                taken = j
                break
        items.append(parse_item(", ".join(parts[i:taken])))
        i = taken
    return items


# A minus sign on a number ("banana -2", "-1/2 cup oats"), not a hyphen inside a word,
# a range or a spaced dash ("7-up", "2-3", "banana - 2"): read as a word, it searched
# for "banana -2" and offered banana pudding.
_NEGATIVE = re.compile(rf"(?<![\w.])-(?:\d+/\d+|{_DIGITS})")


def negative_amount(text: str) -> str | None:
    """The first negative amount in ``text`` as typed ("-2"), or None."""
    match = _NEGATIVE.search(text)
    return match.group() if match else None


def unread_number(text: str) -> str | None:
    """A character that writes a number this does not read ("²", "٣"), or None: dropped
    from the words, "almonds ²" logged 1 oz. ASCII digits and ½-style fractions read."""
    for ch in text:
        if ch.isnumeric() and not ("0" <= ch <= "9") and ch not in VULGAR:
            return ch
    return None
