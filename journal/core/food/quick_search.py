"""The shell's food search: the same results as `FoodIndex`, without indexing every food.

Parsing the whole table and building the index costs a few hundred milliseconds on a
busy machine, more than the rest of a shell command. A query only needs the foods
whose names hold a word starting with each query word, and a regular expression over
the names finds those in a few milliseconds. Indexing just them gives the same ranking,
because a food's score depends only on its own name and the query, with three
exceptions handled by falling back to the full index: a word that matches nothing
(the typo correction needs the whole vocabulary) and a query of several words that
are all so common that `FoodIndex` ranks by the first word alone (`BIG_PREFIX`).
A synonym ("oatmeal" means oats) adds its word's foods to the candidates.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Mapping

from journal.core.food.everyday import DRY_FORMS, DRY_SAID, NUTS, WHOLE_GRAINS
from journal.core.food.foods import USDA_PREFIX, Food, parse_food_table
from journal.core.food.made_with import heads, is_made_with
from journal.core.food.name_words import (
    PORTION_WORDS,
    STOP_WORDS,
    SYNONYMS,
    query_tokens,
    scan_stem,
    without_portion_words,
)
from journal.core.food.search import BIG_PREFIX, FoodIndex


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


@functools.lru_cache(maxsize=2)
def _names(table_text: str) -> tuple[list[str], list[str], str, list[int]]:
    """(header, rows, the names joined by newlines, where each name starts): once per
    table, so a line of several foods splits the table once."""
    header, rows = _split(table_text)
    names = [row.split("\t", 3)[2].lower() for row in rows]
    starts = [0]
    for name in names:
        starts.append(starts[-1] + len(name) + 1)
    return header, rows, "\n".join(names), starts


@functools.lru_cache(maxsize=2)
def _table_heads(table_text: str) -> frozenset[str]:
    """`made_with.heads` of the whole table, so a part of it ranks as the whole does."""
    return heads(_names(table_text)[2].split("\n"))


@functools.lru_cache(maxsize=2)
def _whole_grains(table_text: str) -> tuple[int, ...]:
    """The rows named by a grain alone ("Oats"): dry, with no word that says so."""
    return tuple(
        i for i, name in enumerate(_names(table_text)[2].split("\n")) if name in WHOLE_GRAINS
    )


@functools.lru_cache(maxsize=2)
def _nuts(table_text: str) -> tuple[int, ...]:
    """The rows of nuts and seeds: "raw almonds" may be one named with no form."""
    rows = _names(table_text)[1]
    return tuple(i for i, row in enumerate(rows) if row.split("\t", 2)[1] == NUTS)


_WORD_REST = re.compile(r"[a-z0-9]*")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _lines_matching(blob: str, starts: list[int], word: str) -> set[tuple[int, str]]:
    """(name number, matched word) for each name word starting with ``word``.

    `str.find` jumps between the few places the word occurs, several times faster
    than a regular expression with a look-behind tried at every character.
    """
    found = set()
    at = blob.find(word)
    while at != -1:
        if at == 0 or blob[at - 1] not in _WORD_CHARS:
            rest = _WORD_REST.match(blob, at + len(word))
            token = word + rest.group() if rest else word
            if token not in STOP_WORDS:
                found.add((bisect_right(starts, at) - 1, token))
        at = blob.find(word, at + 1)
    return found


def search_foods(
    table_text: str,
    own: list[Food],
    query: str,
    limit: int = 20,
    boost: Mapping[str, float] | None = None,
) -> list[Food]:
    """What `full_index(table_text, own).search(query, limit, boost)` returns, cheaply."""
    return [food for food, _ in rank_foods(table_text, own, query, limit, boost)]


def rank_foods(
    table_text: str,
    own: list[Food],
    query: str,
    limit: int = 20,
    boost: Mapping[str, float] | None = None,
) -> list[tuple[Food, float]]:
    """What `full_index(table_text, own).ranked(query, limit, boost)` returns, cheaply."""
    found = _rank_foods(table_text, own, query, limit, boost)
    fewer = None if found else without_portion_words(query)  # as `FoodIndex.ranked`
    return _rank_foods(table_text, own, fewer, limit, boost) if fewer else found


def _rank_foods(
    table_text: str,
    own: list[Food],
    query: str,
    limit: int,
    boost: Mapping[str, float] | None,
) -> list[tuple[Food, float]]:
    words = query_tokens(query)
    header, rows, table_blob, table_starts = _names(table_text)
    own_names = [f.name.lower() for f in own]
    own_starts = [0]
    for name in own_names:
        own_starts.append(own_starts[-1] + len(name) + 1)
    own_blob = "\n".join(own_names)
    postings: dict[str, set[int]] = {}
    sizes: dict[str, int] = {}
    for position, word in enumerate(words):
        pairs = set()
        # A singular is a prefix of its plural ("almond" finds "almonds" too): scan once.
        stem = scan_stem(word)
        meant_words = [stem, *([SYNONYMS[word]] if word in SYNONYMS else [])]
        said = {word, SYNONYMS.get(word, word)}  # "fresh" is read "raw" too
        if said & DRY_SAID:  # the index gives each dry grain every word for it
            meant_words += sorted(DRY_SAID | DRY_FORMS)
            pairs |= {(line, word) for line in _whole_grains(table_text)}
        if "raw" in said:  # and each raw nut named with no form ("Nuts, almonds")
            pairs |= {(line, word) for line in _nuts(table_text)}
        for meant in meant_words:
            pairs |= _lines_matching(table_blob, table_starts, meant)
            pairs |= {(len(rows) + i, w) for i, w in _lines_matching(own_blob, own_starts, meant)}
        if not pairs and word in STOP_WORDS and position == len(words) - 1:
            continue  # FoodIndex skips a trailing stop word that matches nothing
        postings[word] = {line for line, _ in pairs}
        sizes[word] = len(pairs)
    if any(sizes[word] == 0 for word in postings if word in PORTION_WORDS):
        # "walnut halves": no name holds "halves" and it is not corrected as a typo, so
        # nothing is found and `rank_foods` tries "walnut"; the full index (0.3 s) is not
        # needed to say so
        return []
    if (
        not postings
        or min(sizes.values()) == 0
        or (len(postings) > 1 and min(sizes.values()) > BIG_PREFIX)
    ):
        return full_index(table_text, own).ranked(query, limit, boost)
    lines = set.intersection(*postings.values())
    picked_rows = [rows[i] for i in sorted(lines) if i < len(rows)]
    names = [row.split("\t", 3)[2] for row in picked_rows] + [f.name for f in own]
    # The whole table's heads (4 ms) only where a sauce or soup is among the foods
    table_heads = _table_heads(table_text) if any(map(is_made_with, names)) else frozenset()
    index = FoodIndex(parse_food_table("\n".join([*header, *picked_rows])), table_heads)
    for i in sorted(lines):
        if i >= len(rows):
            index.add(own[i - len(rows)])
    return index.ranked(query, limit, boost)


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


@functools.lru_cache(maxsize=2)
def _rows_by_head(table_text: str) -> dict[str, list[str]]:
    """The table's rows by the first segment of their names ("rice": every "Rice, ...")."""
    by_head: dict[str, list[str]] = {}
    for row in _names(table_text)[1]:
        by_head.setdefault(_head(row.split("\t", 3)[2]), []).append(row)
    return by_head


def _head(name: str) -> str:
    return name.split(",", 1)[0].strip().lower()


def same_head(table_text: str, food: Food) -> list[Food]:
    """The table's foods named with the food's first segment, in the table's order:
    its other forms ("Rice, brown, long-grain, raw" for "Rice, brown, ..., cooked")."""
    rows = _rows_by_head(table_text).get(_head(food.name), [])
    return parse_food_table("\n".join([*_names(table_text)[0], *rows])) if rows else []
