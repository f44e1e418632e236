"""A fortified product is logged only when "fortified" is typed (a helper's report:
"chunky peanut butter 2 tbsp" logged USDA's vitamin and mineral fortified one, 118 mg,
where the plain chunky peanut butter's 2 tbsp hold 51 mg)."""

from __future__ import annotations

import re

import pytest

from journal.core.food.everyday import as_eaten_rank, needs_asking
from journal.core.food.quick_search import find_by_id, full_index
from tests.unit.food.as_logged import TABLE, as_logged

INDEX = full_index(TABLE, [])
CHUNK_STYLE = {"usda:16097", "usda:16397"}  # Peanut butter, chunk style, with/without salt
FORTIFIED_CHUNKY = "usda:16156"  # Peanut butter, chunky, vitamin and mineral fortified
_FORTIFIED_WORDS = re.compile(
    r"\b(?:vitamin and mineral |protein-|calcium-|vitamin d )?fortified(?: with [a-z ]+)?", re.I
)


def _log(phrase: str) -> tuple[str | None, float]:
    food, grams, _ = as_logged(phrase)
    return (None if food is None else food.id), grams


def _is_fortified(name: str) -> bool:
    return bool(re.search(r"(?<!not )\bfortified\b", name.lower()))


@pytest.mark.parametrize("phrase", ["chunky peanut butter 2 tbsp", "crunchy peanut butter 2 tbsp"])
def test_chunky_peanut_butter_is_the_plain_chunk_style(phrase: str) -> None:
    food_id, grams = _log(phrase)
    assert food_id in CHUNK_STYLE and grams == 32
    food = find_by_id(TABLE, [], food_id)
    assert food is not None and food.mg_for(grams) == pytest.approx(51.2)  # 160 mg/100 g


def test_the_fortified_one_when_said() -> None:
    assert _log("fortified chunky peanut butter 2 tbsp") == (FORTIFIED_CHUNKY, 32)


def test_the_app_lists_the_plain_chunky_first() -> None:
    assert INDEX.search("chunky peanut butter", 1)[0].id in CHUNK_STYLE
    plain = [f.name for f in INDEX.search("peanut butter", 6)]
    assert not [name for name in plain if "fortified" in name], plain
    assert INDEX.search("peanut butter fortified", 1)[0].name.endswith("mineral fortified")


FORTIFIED = [
    line.split("\t")[:3]
    for line in TABLE.splitlines()[6:]
    if _is_fortified(line.split("\t")[2]) and not line.startswith("03")  # baby foods: asked
]


def test_the_table_has_fortified_foods_to_check() -> None:
    assert len(FORTIFIED) >= 30


@pytest.mark.parametrize(("ndb", "name"), [(ndb, name) for ndb, _, name in FORTIFIED])
def test_a_fortified_foods_own_words_without_fortified_never_log_it(ndb: str, name: str) -> None:
    plain = " ".join(_FORTIFIED_WORDS.sub("", name).replace(",", " ").split())
    food_id, _ = _log(plain)
    assert food_id is None or not _is_fortified(find_by_id(TABLE, [], food_id).name), plain  # type: ignore[union-attr]


def test_not_fortified_is_the_plain_food() -> None:
    oats = find_by_id(TABLE, [], "usda:08120")  # Cereals, oats, ..., not fortified, dry
    drink = find_by_id(TABLE, [], "usda:14645")  # Fruit flavored drink, ..., not fortified with ...
    assert oats is not None and drink is not None
    assert "fortified" not in as_eaten_rank(oats)[1]
    assert as_eaten_rank(drink)[0] == 0.0
    assert not needs_asking(drink, ["fruit", "drink"])
    fortified = find_by_id(TABLE, [], FORTIFIED_CHUNKY)
    assert fortified is not None and needs_asking(fortified, ["chunky", "peanut", "butter"])
    assert not needs_asking(fortified, ["chunky", "peanut", "butter", "fortified"])
