"""Foods with their magnesium and energy per 100 g, and the shipped table's parser.

The shipped table (``data/foods.tsv``) comes from the USDA ARS National Nutrient
Database for Standard Reference, Release 24 (public domain, a U.S. government work),
as packaged in Debian's ``cronometer`` 0.9.9; ``scripts/build_foods.py`` regenerates it.
Each food keeps its NDB number in its id (``usda:12061``) so anyone can check a figure.

Pure: no Textual, TinyDB or store imports, so the CLI and tests load it quickly.
"""

from __future__ import annotations

from dataclasses import dataclass

USDA_PREFIX = "usda:"


@dataclass(frozen=True, slots=True)
class Portion:
    """A household measure as the source words it ("1 cup, chopped") and its weight."""

    name: str
    grams: float


@dataclass(frozen=True, slots=True)
class Food:
    """A food; ``None`` figures mean unknown, which is not the same as zero."""

    id: str
    name: str
    group: str
    mg_per_100g: float | None
    kcal_per_100g: float | None
    portions: tuple[Portion, ...]
    source: str = "usda"

    def mg_for(self, grams: float) -> float | None:
        """Magnesium (mg) in ``grams`` of this food, or None when the food has no figure."""
        return None if self.mg_per_100g is None else self.mg_per_100g * grams / 100.0

    def kcal_for(self, grams: float) -> float | None:
        """Energy (kcal) in ``grams`` of this food, or None when unknown."""
        return None if self.kcal_per_100g is None else self.kcal_per_100g * grams / 100.0


def _number(text: str) -> float | None:
    """An empty cell is unknown; writing 0 for unknown would silently hide a gap."""
    return float(text) if text else None


def _portions(cell: str, seen: dict[str, Portion]) -> tuple[Portion, ...]:
    """``1 cup=240|1 oz (23 kernels)=28.35``; names may hold '=', so split on the last.

    ``seen`` shares equal portions between foods ("1 oz=28.35" recurs thousands of
    times), which keeps parsing the whole table well under 50 ms.
    """
    if not cell:
        return ()
    portions = []
    for item in cell.split("|"):
        portion = seen.get(item)
        if portion is None:
            name, _, grams = item.rpartition("=")
            portion = seen[item] = Portion(name, float(grams))
        portions.append(portion)
    return tuple(portions)


def parse_food_table(text: str) -> list[Food]:
    """Parse the shipped TSV: ``#`` comment lines, a header row, then one food a row.

    Raises ValueError naming the line when a row is malformed, since a broken shipped
    table is a packaging bug that should fail loudly rather than drop foods.
    """
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line and not line.startswith("#")), None)
    if first is None:
        return []
    seen: dict[str, Portion] = {}
    foods: list[Food] = []
    for number, line in enumerate(lines[first + 1 :], start=first + 2):
        if not line:
            continue
        try:
            ndb, group, name, mg, kcal, portions = line.split("\t")
            foods.append(
                Food(
                    USDA_PREFIX + ndb,
                    name,
                    group,
                    _number(mg),
                    _number(kcal),
                    _portions(portions, seen),
                )
            )
        except ValueError as error:
            raise ValueError(f"foods table line {number}: {error}") from None
    return foods
