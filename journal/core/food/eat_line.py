"""One shell line of foods ("oatmeal 1 cup, banana, almonds 1 oz") to foods and amounts.

`phrase` separates the words, `quick_search` ranks the foods, `choose` decides; this
module puts them together for each item of a line and writes the exact command that
logs it once a food is chosen (its id in place of the words).
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping

from journal.core.food.amounts import parse_amount
from journal.core.food.canned import CAN_NAMED, CANNED, by_the_cup, says_canned
from journal.core.food.choose import Choice, choose
from journal.core.food.either_words import either
from journal.core.food.foods import Food
from journal.core.food.name_words import number_forms, query_tokens
from journal.core.food.naming import names
from journal.core.food.not_in_table import not_in_table
from journal.core.food.oats import packet_oats
from journal.core.food.own_foods import is_own
from journal.core.food.phrase import Item, amount_only, names_no_food
from journal.core.food.pots_and_scoops import (
    shared_whole,
    slice_only,
    unweighed,
    unweighed_unit,
)
from journal.core.food.quick_search import find_by_id, rank_foods, same_head
from journal.core.food.units import needs_amount, parse_quantity
from journal.core.food.weighed import dried, dry_form, is_dry, without_dry_words

CANDIDATES = 8
# A bare number for a food with no portion is grams ("porridge 150"), but under 10 it is
# a count typed last ("rice cakes 2" logged 2 g of rice cake), not a serving's grams
FEWEST_BARE_GRAMS = 10.0


def is_food_id(words: str) -> bool:
    """ "usda:12061", "custom:...": an id typed instead of a name."""
    return ":" in words and " " not in words.strip()


def resolve(table_text: str, own: list[Food], item: Item, boost: Mapping[str, float]) -> Choice:
    """The food ``item`` means, or the candidates to choose from."""
    item = Item(packet_oats(item.words, item.quantity), item.quantity, item.counts)
    if is_food_id(item.words):  # typed, or a packet of oats (`oats.packet_oats`)
        food = find_by_id(table_text, own, item.words.strip())
        return Choice(food, candidates=[food] if food else [])

    canned, plain = says_canned(item.words, item.quantity)
    if canned:  # "a can of chickpeas": the canned food, where the table has it
        tinned = _canned(table_text, own, resolve(table_text, own, Item(plain, ""), boost))
        if tinned is not None and _weighs(item, tinned):  # else asked, as before: "1 cup"
            return Choice(tinned, candidates=[tinned])
        by_cup = _canned_by_cup(table_text, own, plain, item, boost)
        if by_cup:
            return Choice(None, missing=by_cup)

    def dry_of(cooked: Food) -> Food | None:
        return dry_form(cooked, same_head(table_text, cooked))

    # A trailing space: the words are typed in full ("water" is not "Watermelon")
    ranked = _dry_ranked(table_text, own, item.words, boost, dry_of) or rank_foods(
        table_text, own, item.words + " ", CANDIDATES, boost
    )
    choice = choose(item.words, ranked, boost, item.quantity, counted(item), dry_of)
    missing = not_in_table(item.words, item.quantity)  # before the amount: "a scoop of whey"
    if missing and not (choice.food and is_own(choice.food)):  # their own "oat milk" stays
        return Choice(None, missing=missing)
    refused = _no_such_amount(item, choice)
    if refused is not None:
        return Choice(None, missing=refused)
    if either(item.words) and not (choice.food and is_own(choice.food)):
        both = [f for i in either(item.words) if (f := find_by_id(table_text, own, i)) is not None]
        eaten = [food for food in both if food.id in boost]
        rest = [food for food in choice.candidates if food not in both]
        return Choice(eaten[0] if len(eaten) == 1 else None, candidates=both + rest)
    return choice


def _weighs(item: Item, food: Food) -> bool:
    """Whether the amount typed weighs ``food``, or is a can it is not weighed by (which
    `canned.no_can` then says): drained canned chickpeas have no cup."""
    try:
        parse_quantity(item.quantity or "1", food, counted(item))
    except ValueError:
        return says_canned("", item.quantity)[0]
    return True


def _no_such_amount(item: Item, choice: Choice) -> str | None:
    """Why the amount said is one the table weighs the food by no measure of (`pots_and_
    scoops`), or None: a scoop of ice cream, a mince pie, a whole pizza."""
    unit = unweighed_unit(item.quantity)  # "a scoop of ice cream": asked which, then refused
    weighed = [f for f in choice.candidates if names(item.words, f) and f.portions]
    if unit and weighed and not any(_can_weighs(item, f) for f in choice.candidates):
        if choice.food is not None:
            return unweighed(unit, choice.food) or ""
        return unweighed(unit, weighed[0], item.words) or ""
    if choice.food is None:
        return None
    if item.counts or not item.quantity:  # "a mince pie", "mince pie": a small one
        small = slice_only(choice.food, item.words)
        if small:
            return small
    # "a pizza": not the 14" one to share
    return shared_whole(choice.food, item.words) if item.counts else None


def _canned_by_cup(
    table_text: str, own: list[Food], plain: str, item: Item, boost: Mapping[str, float]
) -> str:
    """For a can of a food no canned form of which the table weighs by the can ("a tin of
    peaches": by the cup), why none is logged; else nothing."""
    if not says_canned("", item.quantity)[0]:
        return ""
    ranked = rank_foods(table_text, own, f"canned {plain} ", CANDIDATES, boost)
    forms = [f for f, _ in ranked if CAN_NAMED.search(f.name.lower()) and names(plain, f)]
    if not forms or any(_can_weighs(item, f) for f in forms):
        return ""
    return by_the_cup(plain, forms)


def _can_weighs(item: Item, food: Food) -> bool:
    try:
        parse_quantity(item.quantity, food, counted(item))
    except ValueError:
        return False
    return True


def _canned(table_text: str, own: list[Food], plain: Choice) -> Food | None:
    """The canned form (`canned.CANNED`) of the food the plain words mean, or of the
    candidates that are both it and its canned form ("baked beans" asks: home-made or
    canned); words that ask between foods ("beans": kidney or pinto) keep asking."""
    ids = {food.id for food in plain.candidates}
    meant = [plain.food] if plain.food else [f for f in plain.candidates if CANNED.get(f.id) in ids]
    if plain.food and plain.food.id in CANNED.values():  # "baked beans" are canned ones
        return plain.food
    canned = next((CANNED[food.id] for food in meant if food.id in CANNED), None)
    return find_by_id(table_text, own, canned) if canned else None


def _dry_ranked(
    table_text: str,
    own: list[Food],
    words: str,
    boost: Mapping[str, float],
    dry_of: Callable[[Food], Food | None],
) -> list[tuple[Food, float]]:
    """For "dry lentils", the dry forms of what "lentils" means (`weighed.dried`), when
    each food those words may mean is a grain or pulse with one; else nothing: "dry
    cereal" is no rolled oats, though "cereal" may be oatmeal, as it may be granola."""
    plain = without_dry_words(words)
    if plain is None:
        return []
    ranked = rank_foods(table_text, own, plain + " ", CANDIDATES, boost)
    meant = choose(plain, ranked, boost, "", "", dry_of)
    named = [meant.food] if meant.food else [f for f in meant.candidates if names(plain, f)]
    if not named or any(not is_dry(f) and dry_of(f) is None for f in named):
        return []
    return dried(ranked, dry_of)


def offers(words: str, food: Food) -> bool:
    """Whether the line to repeat may offer ``food`` for the typed words: one they name
    (`naming.names`: never Beerwurst for "beer"), or the person's own food whose name
    holds each word ("soup" for their "Grandma soup": the name is theirs, and listed
    first, so offering USDA's wonton soup instead misled), or one of the foods words
    alone may mean (`either_words`)."""
    if names(words, food) or food.id in either(words):  # "bun": the hamburger roll
        return True
    own_words = set(query_tokens(food.name))
    return is_own(food) and all(number_forms(word) & own_words for word in query_tokens(words))


def too_few_grams(item: Item, food: Food) -> str | None:
    """Why a bare small number is no amount of a food the table weighs by no portion
    ("rice cakes 2"), or None."""
    bare = item.quantity.strip()
    if not bare or any(c.isalpha() for c in bare) or item.counts or not needs_amount(food):
        return None
    try:
        small = parse_amount(bare) < FEWEST_BARE_GRAMS
    except ValueError:
        return None
    if not small:
        return None
    return (
        f"{item_text(item)}: the table has no household portion of {food.name}, so {bare} "
        f"would be {bare} g: say how much, e.g. {item.words} 30 g"
    )


def counted(item: Item) -> str:
    """What the item's bare number counts: its words when they follow it ("20 cashews"),
    else nothing ("almonds 1" is the usual portion, as "almonds" alone)."""
    return item.words if item.counts else ""


def item_text(item: Item) -> str:
    """The item as typed: a counting number before its words ("20 cashews")."""
    if item.counts:
        return f"{item.quantity} {item.words}"
    return f"{item.words} {item.quantity}".strip()


def no_food(item: Item) -> str | None:
    """Why an item names no food to look up ("1 oz": a measure; "2": an amount alone),
    or None."""
    typed = item_text(item)
    if amount_only(item):
        example = f"banana {typed}"
        return (
            f"{typed!r} is an amount with no food; put the food with it, e.g. {example!r}. "
            "Nothing was logged."
        )
    if names_no_food(item):
        example = f"almonds {item.quantity} {item.words}"
        return f"{typed!r} names no food: say which, e.g. {example!r}"
    return None


def repeat_line(
    items: list[Item], chosen: Mapping[int, str], options: Mapping[str, str] | None = None
) -> str:
    """The line again, with the food id of each chosen item in place of its words, and
    the `options` it was typed with ({"--date": "yesterday"}), so it files as typed."""
    parts = [
        item_text(Item(chosen[i], item.quantity, item.counts) if i in chosen else item)
        for i, item in enumerate(items)
    ]
    flags = "".join(f" {name} {shlex.quote(value)}" for name, value in (options or {}).items())
    return "mg-journal eat " + shlex.quote(", ".join(parts)) + flags
