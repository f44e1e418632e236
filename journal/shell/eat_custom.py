"""`mg-journal eat WORDS --custom MG`: a food the table lacks, logged as written with
the person's own figure of magnesium."""

from __future__ import annotations

import argparse
from datetime import date, time

from journal.core import validate as v
from journal.core.entries.models import MAX_MG, FoodEntry
from journal.core.food.phrase import amount_only, names_no_food, parse_item
from journal.shell.fit import say
from journal.store.journal import Journal


def log_custom(args: argparse.Namespace, line: str, day: date, at: time, meal: str) -> int:
    """Log `line` with `args.custom` mg; words naming no food ("2", "100 g") are refused:
    `eat 2 --custom 40` logged a food named "2"."""
    said = parse_item(line)
    if not any(ch.isalpha() for ch in line) or amount_only(said) or names_no_food(said):
        raise v.ValidationError(
            "food",
            f"{line!r} names no food: give the food's words with your figure, "
            f'e.g. mg-journal eat "grandma\'s soup {line}" --custom {args.custom}',
        )
    # 0 is a figure too (water, oil); shown as given ("12.5 mg"), not rounded away.
    mg = v.amount(v.without_mg(args.custom), "custom", maximum=MAX_MG, allow_zero=True)
    mg += 0.0  # -0 is 0
    entry = FoodEntry(day, at, line, None, mg, None, meal, portion="as written")
    Journal.open(args.data_dir).add(entry)
    say(f"Logged {line}: {mg:,g} mg magnesium; {meal} {day} {at:%H:%M} [{entry.id[:8]}]", 2)
    return 0
