"""The shell's food search: the same results as `FoodIndex`, without indexing every food.

Parsing the whole table and building the index costs a few hundred milliseconds on a
busy machine, more than the rest of a shell command. A query only needs the foods
whose names hold a word starting with each query word, and a regular expression over
the names finds those in a few milliseconds. Indexing just them gives the same ranking,
because a food's score depends only on its own name and the query, with three
exceptions handled by falling back to the full index: a word that matches nothing
(the typo correction needs the whole vocabulary), a synonym ("oatmeal" means oats),
and a query of several words that are all so common that `FoodIndex` ranks by the
first word alone (`BIG_PREFIX`).

`clear_choice` decides when a name is plain enough to log without asking.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping

from journal.core.food.foods import USDA_PREFIX, Food, parse_food_table
from journal.core.food.search import (
    BIG_PREFIX,
    STOP_WORDS,
    SYNONYMS,
    FoodIndex,
    name_tokens,
    query_tokens,
)

# Words that say "the plain food" in USDA names: "Nuts, almonds", "Bananas, raw".
PLAIN_WORDS = frozenset(
    {"raw", "nuts", "seeds", "mature", "fresh", "whole", "plain", "all", "varieties", "commercial"}
)


def full_index(table_text: str, own: list[Food]) -> FoodIndex:
    """The index the app searches: the shipped table, then the person's own foods."""
    index = FoodIndex(parse_food_table(table_text))
    for food in own:
        index.add(food)
    return index


def _split(table_text: str) -> tuple[list[str], list[str]]:
    """(header lines, food rows) of the shipped table."""
    lines = table_text.splitlines()
    first = next((i for i, line in enumerate(lines) if line and not line.startswith("#")), 0)
    return lines[: first + 1], [line for line in lines[first + 1 :] if line]


def search_foods(
    table_text: str,
    own: list[Food],
    query: str,
    limit: int = 20,
    boost: Mapping[str, float] | None = None,
) -> list[Food]:
    """What `full_index(table_text, own).search(query, limit, boost)` returns, cheaply."""
    words = query_tokens(query)
    header, rows = _split(table_text)
    names = [row.split("\t", 3)[2].lower() for row in rows] + [f.name.lower() for f in own]
    blob = "\n".join(names)
    starts = [0]
    for name in names[:-1]:
        starts.append(starts[-1] + len(name) + 1)
    postings: dict[str, set[int]] = {}
    sizes: dict[str, int] = {}
    for position, word in enumerate(words):
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(word) + r"[a-z0-9]*")
        pairs = {
            (bisect_right(starts, m.start()) - 1, m.group())
            for m in pattern.finditer(blob)
            if m.group() not in STOP_WORDS
        }
        if not pairs and word in STOP_WORDS and position == len(words) - 1:
            continue  # FoodIndex skips a trailing stop word that matches nothing
        postings[word] = {line for line, _ in pairs}
        sizes[word] = len(pairs)
    if (
        not postings
        or SYNONYMS.keys() & set(words)  # the synonym's foods are not in these postings
        or min(sizes.values()) == 0
        or (len(postings) > 1 and min(sizes.values()) > BIG_PREFIX)
    ):
        return full_index(table_text, own).search(query, limit, boost)
    lines = set.intersection(*postings.values())
    picked_rows = [rows[i] for i in sorted(lines) if i < len(rows)]
    index = FoodIndex(parse_food_table("\n".join([*header, *picked_rows])))
    for i in sorted(lines):
        if i >= len(rows):
            index.add(own[i - len(rows)])
    return index.search(query, limit, boost)


def find_by_id(table_text: str, own: list[Food], food_id: str) -> Food | None:
    """The food with this id (``usda:12061``, ``custom:...``), or None."""
    for food in own:
        if food.id == food_id:
            return food
    if not food_id.startswith(USDA_PREFIX):
        return None
    ndb = food_id[len(USDA_PREFIX) :] + "\t"
    header, rows = _split(table_text)
    found = [row for row in rows if row.startswith(ndb)]
    return parse_food_table("\n".join([*header, *found]))[0] if found else None


def clear_choice(query: str, found: list[Food], boost: Mapping[str, float]) -> Food | None:
    """The food ``query`` plainly means, or None when the person should choose.

    Clear: the only match, an exact name, the top match when the person logged it
    before, or a top match holding every query word whole whose other words only say
    it is the plain food.
    """
    if not found:
        return None
    top = found[0]
    if len(found) == 1 or top.id in boost:
        return top
    wanted = query.strip().casefold()
    for food in found:
        if food.name.casefold() == wanted:
            return food
    words, tokens = query_tokens(query), name_tokens(top.name)
    if not all(any(t in (w, w + "s", w + "es") for t in tokens) for w in words):
        return None  # "a" or "alm" names no food yet
    rest = {t for t in tokens if not any(t.startswith(w) for w in words)}
    return top if rest <= PLAIN_WORDS else None
