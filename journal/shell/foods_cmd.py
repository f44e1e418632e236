"""`mg-journal foods`: your own foods and recipes, listed or one deleted.

    mg-journal foods                         your own foods and recipes, with their figures
    mg-journal foods delete "Granola bar"    by name (any case) or id; a mistyped figure
                                             is fixed by deleting it and making it again

Entries already logged from a food keep their figures: each entry holds its own.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "foods",
        help="list your own foods and recipes, or delete one",
        description="With no step, list your own foods and recipes (made in the app); "
        "'delete NAME' removes one. Entries logged from it keep their figures.",
    )
    steps = cmd.add_subparsers(dest="step", metavar="STEP")
    # `foods list`, as a person guesses from `mg-journal list`: the same as no step.
    steps.add_parser("list", help="list them (the same as no step)")
    delete = steps.add_parser("delete", help="delete one of your own foods or recipes")
    delete.add_argument("name", help="its name (any case) or its id")
    cmd.set_defaults(handler=run)


def _line(food: Any) -> str:
    mg = "unknown" if food.mg_per_100g is None else f"{food.mg_per_100g:.1f}".removesuffix(".0")
    mg += "" if food.mg_per_100g is None else " mg"
    kind = "recipe" if food.id.startswith("recipe:") else "food"
    portions = ", ".join(f"{p.name} = {p.grams:g} g" for p in food.portions[:3])
    return f"  {kind:<6}  {food.name}: {mg} per 100 g" + (f" ({portions})" if portions else "")


def run(args: argparse.Namespace) -> int:
    from journal.store.journal import Journal
    from journal.store.own_foods import read_own_foods, remove_own_food

    if args.step == "delete":
        from journal.shell.given import given

        given(args.name, "food", "give one of your own foods' names, as mg-journal foods lists it")
        journal = Journal.open(args.data_dir, create=False)
        removed = remove_own_food(journal, args.name)
        kind = "recipe" if str(removed.get("id", "")).startswith("recipe:") else "own food"
        say(
            f"Deleted your {kind} {removed.get('name')!r}; "
            "entries logged from it keep their figures."
        )
        return 0
    journal = Journal.open(args.data_dir, create=False)
    foods, skipped = read_own_foods(journal)
    mine = [f for f in foods if f.id.startswith(("custom:", "recipe:"))]
    if not mine:
        say("No own foods or recipes yet: make them in the app (food search: ctrl+n, ctrl+r).")
    else:
        say(f"Your own foods and recipes ({len(mine)}):")
        say("\n".join(_line(f) for f in sorted(mine, key=lambda f: f.name.casefold())))
    if skipped:
        say(f"({skipped} malformed in custom_foods.json left out; mg-journal doctor names them)")
    return 0
