"""Whether typed words name a food itself, not what it is made or eaten with.

Every typed word must be a whole word of the food's name, singular or plural ("Kiwifruit"
for "kiwi fruit"), and none found only where the name says what the food is with or is
not ("almond milk" is no "Candies, milk chocolate, with almonds"); a head like "Sauce"
must be typed. `choose` logs a food only when its words name it; the line offered to
repeat is one they name (`eat_line.offers`).
"""

from __future__ import annotations

import re

from journal.core.food.cereals import names_cereal, only_hot_cereal_head
from journal.core.food.everyday import DRY_SAID, raw_by_name
from journal.core.food.everyday_words import EVERYDAY_WORDS
from journal.core.food.foods import Food
from journal.core.food.joined_words import joins_apart
from journal.core.food.made_with import MADE_WITH_HEADS, SOUP_NAMES
from journal.core.food.name_words import (
    PORTION_WORDS,
    SYNONYMS,
    name_tokens,
    number_forms,
    query_tokens,
    segment_words,
)
from journal.core.food.variants import (
    in_the_salad,
    is_filling,
    unsaid_ingredient,
    unsaid_variant,
)
from journal.core.food.weighed import is_dry

COMPOUND_TAILS = ("fruit", "nuts", "milk")  # USDA writes "Kiwifruit", "brazilnuts", "Soymilk"
# Words of two foods, not one food's spelling: "bread" is no breadfruit ("fresh bread"
# logged a raw breadfruit, 384 g), "grape" no grapefruit
NOT_COMPOUNDS = frozenset({"breadfruit", "grapefruit", "breadnuts"})
# Segments that name what the food is eaten with, or is not: "chamomile tea" is never
# "Tea, herb, other than chamomile".
NOT_THE_FOOD = ("with ", "other than ", "except ")
ASIDE = re.compile(r"\s*\([^)]*\)")


def _whole(word: str, tokens: dict[str, float]) -> bool:
    """Whether a typed word is a whole word of the name, singular or plural."""
    forms = set(number_forms(word))
    if word in SYNONYMS:
        forms |= number_forms(SYNONYMS[word])
    compounds = {form + tail for form in forms for tail in COMPOUND_TAILS} - NOT_COMPOUNDS
    return any(t in forms or t in compounds for t in tokens)


def _names_the_food(query: str, name: str) -> bool:
    """Whether the typed words name the food itself, not what it is made or eaten with:
    a head like "Sauce" must be typed, a head of several words must be typed whole once
    one of them is, and no word may be found only in a "with ..." or "other than ..."
    segment ("almond milk" is not "Candies, milk chocolate, with almonds"). A bracketed
    aside is no part of the head: "Chickpeas (garbanzo beans, bengal gram)" is chickpeas."""
    segments = [segment.strip().lower() for segment in ASIDE.sub("", name).split(",")]
    words = query_tokens(query)
    soup = segments[0] == "soup" and bool(SOUP_NAMES & set(words))  # "minestrone"
    # "milk chocolate" is "Candies, milk chocolate" (the hot cocoa was offered for it)
    candy = segments[0] == "candies" and len(segments) > 1 and _typed_whole(words, segments[1])
    candy = candy or _brand_candy(words, segments)
    if segments[0] in MADE_WITH_HEADS and not names_cereal(words, name) and not soup and not candy:
        head = dict.fromkeys(segment_words(segments[0]), 1.0)
        if not any(_whole(word, head) for word in words):
            return False
    first = segment_words(segments[0])
    named = [h for h in first if any(_whole(word, {h: 1.0}) for word in words)]
    if named and len(named) < len(first):  # "oats" is not "Oat bran", "potato" not
        return False  # "Sweet potato", "ice cream" not "Ice cream sandwich"
    for word in words:
        found = [s for s in segments if _whole(word, dict.fromkeys(segment_words(s), 1.0))]
        held = [s for s in found if is_filling(s) or in_the_salad(s, segments, words)]
        if found and not held and all(s.startswith(NOT_THE_FOOD) for s in found):
            return False
    return True


def _brand_candy(words: list[str], segments: list[str]) -> bool:
    """A brand's candy named by its own name, after the maker's: "snickers" is "Candies,
    MARS SNACKFOOD US, SNICKERS Bar" (it asked among SNICKERS Marathon protein bars)."""
    if segments[0] != "candies" or len(segments) < 3:
        return False
    product = segment_words(segments[2])
    return bool(product) and any(_whole(word, {product[0]: 1.0}) for word in words)


def _typed_whole(words: list[str], segment: str) -> bool:
    """Whether a name's segment is typed whole, in its order: "milk chocolate" is "Candies,
    milk chocolate", "chocolate milk" is not."""
    parts = segment_words(segment)
    return any(
        all(_whole(word, {part: 1.0}) for word, part in zip(words[i:], parts, strict=False))
        for i in range(len(words) - len(parts) + 1)
    )


def names_head(query: str, name: str) -> bool:
    """Whether a typed word is a word of the name's first segment ("Rice" of "Rice, brown")."""
    head = dict.fromkeys(segment_words(name.split(",")[0].strip().lower()), 1.0)
    return any(_whole(word, head) for word in query_tokens(query))


def names(query: str, food: Food) -> bool:
    """Whether the typed words name this food itself: each is a whole word of its name,
    and `_names_the_food` (not "pizza" for pizza sauce, "beer" for Beerwurst), and not
    only the kind of a variant (`variants`: "lentil soup" for lentil with ham)."""
    tokens = name_tokens(food.name)
    words = query_tokens(query)  # "walnut halves": no name holds "halves"
    whole = all(
        _whole(word, tokens)
        or word in PORTION_WORDS
        or (word in DRY_SAID and is_dry(food))  # "dry lentils": "Lentils, raw"
        or (word == "raw" and raw_by_name(food))  # "raw almonds": "Nuts, almonds"
        for word in words
    )
    if unsaid_variant(words, food.name) or unsaid_ingredient(food.id, words):
        return False
    if only_hot_cereal_head(words, food.name):  # "cereal": not oatmeal eaten before
        return False
    if joins_apart(query, food.name):  # "rice and beans": two foods, not cellophane noodles
        return False
    return whole and _names_the_food(query, food.name)


def says_everyday(query: str, food: Food) -> bool:
    """Whether a typed word is one the food is everyday for (`EVERYDAY_WORDS`): oatmeal
    eaten yesterday is still "oatmeal", not astray behind whole "Oats" (asked, whose cup
    holds 276 mg to oatmeal's 63)."""
    typed = {
        form for word in query_tokens(query) for form in number_forms(SYNONYMS.get(word, word))
    }
    # each word of a phrase said: "potato chips" eaten yesterday was astray behind
    # "Potato chips, without salt, ..." (no one word is "potato chips"), and left unoffered
    return any(set(segment_words(said)) <= typed for said in EVERYDAY_WORDS.get(food.id, ()))


def astray(query: str, food: Food) -> bool:
    """Whether a food eaten before is one the words do not name (`choose`, and the app's
    list): "water" is not "Coffee, brewed from grounds, prepared with tap water"."""
    return not (names_head(query, food.name) and names(query, food)) and not says_everyday(
        query, food
    )
