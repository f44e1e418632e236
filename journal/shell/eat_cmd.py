"""`mg-journal eat FOOD [QUANTITY]`: log a food from the shell, without starting the app.

    mg-journal eat almonds 1oz
    mg-journal eat "oat bran" "1/2 cup"
    mg-journal eat banana 1 --meal breakfast --date 2026-11-20
    mg-journal eat usda:12061 100g

The search is the app's (the person's recent foods first, their own foods included),
run on just the foods that can match (`quick_search`), so the command stays quick.
A name that does not plainly mean one food asks which one on a terminal, and
otherwise fails listing the candidates.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

CANDIDATES = 8


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "eat",
        help="log a food: mg-journal eat almonds 1oz",
        description="Log a food. QUANTITY is a number of the food's pieces or a measure: "
        "1, 2, 1/2 cup, 1 oz, 100g (default 1).",
    )
    cmd.add_argument("food", help='a food name as in the app\'s search ("oat bran"), or its id')
    cmd.add_argument("quantity", nargs="?", default="1", help="e.g. 1oz, '1/2 cup', 100g, 2")
    cmd.add_argument("--meal", help="breakfast, lunch, dinner or snack (default: by the time)")
    cmd.add_argument("--date", help="YYYY-MM-DD (default: today)")
    cmd.add_argument("--time", help="HH:MM (default: now)")
    cmd.set_defaults(handler=run)


def _figure(value: float | None, unit: str) -> str:
    return f"? {unit}" if value is None else f"{value:,.0f} {unit}"


def _line(food: Any) -> str:
    mg = "?" if food.mg_per_100g is None else f"{food.mg_per_100g:.0f}"
    return f"{food.id:<14} {food.name}  ({mg} mg/100 g)"


def _ask(candidates: list[Any]) -> Any | None:
    """Let the person at the terminal choose; None if they do not."""
    for number, food in enumerate(candidates, 1):
        print(f"{number:>2}. {_line(food)}")
    answer = input(f"Which one? [1-{len(candidates)}, Enter cancels] ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(candidates):
        return candidates[int(answer) - 1]
    return None


def run(args: argparse.Namespace) -> int:
    from journal.core import clock
    from journal.core import validate as v
    from journal.core.entries.models import MEALS, meal_for
    from journal.core.food.food_log import entry_for
    from journal.core.food.measure_words import portion_words
    from journal.core.food.quick_search import clear_choice, find_by_id, search_foods
    from journal.core.food.units import parse_quantity
    from journal.store.custom_foods import read_own_foods
    from journal.store.food_catalog import recent_boosts
    from journal.store.journal import Journal
    from journal.store.shipped import read_food_table

    name = v.name(args.food, "food")
    day = v.parse_date(args.date) if args.date else clock.today()
    at = v.parse_time(args.time) if args.time else clock.current_time()
    meal = v.choice(args.meal, "meal", MEALS) if args.meal else meal_for(at)
    journal = Journal.open(args.data_dir)
    own, _ = read_own_foods(journal)
    table = read_food_table()
    food = find_by_id(table, own, name) if ":" in name else None
    if food is None:
        boost = recent_boosts(journal)
        found = search_foods(table, own, name, CANDIDATES, boost)
        if not found:
            raise v.ValidationError("food", f"no food matches {name!r}; try fewer letters")
        food = clear_choice(name, found, boost)
        if food is None and sys.stdin.isatty() and sys.stdout.isatty():
            food = _ask(found)
            if food is None:
                print("Nothing logged.", file=sys.stderr)
                return 1
        elif food is None:
            print(
                f"mg-journal: {name!r} could mean several foods; nothing logged.", file=sys.stderr
            )
            print("Give more of the name or the id, e.g. one of:", file=sys.stderr)
            for candidate in found:
                print(f"  {_line(candidate)}", file=sys.stderr)
            return 1
    try:
        grams, label = parse_quantity(args.quantity, food)
    except ValueError as exc:
        raise v.ValidationError("quantity", str(exc)) from None
    entry = entry_for(food, grams, label, day, at, meal)
    journal.add(entry)
    print(
        f"Logged {food.name}: {portion_words(label)} ({grams:,.0f} g) = "
        f"{_figure(entry.mg, 'mg')} magnesium, "
        f"{_figure(entry.kcal, 'kcal')}; {meal} {day.isoformat()} {at.strftime('%H:%M')} "
        f"[{entry.id[:8]}]"
    )
    return 0
