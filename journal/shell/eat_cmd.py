"""`mg-journal eat WORDS...`: log what was eaten from the shell, without starting the app.

    mg-journal eat "2 eggs"
    mg-journal eat "oatmeal 1 cup, banana, almonds 1 oz"
    mg-journal eat a cup of cooked lentils
    mg-journal eat "oat bran" "1/2 cup" --meal breakfast --date 2026-11-20
    mg-journal eat usda:12061 100g
    mg-journal eat "grandma's soup 1 bowl" --custom 40

Each food of the line (commas separate them) is logged as its own entry, with one
summary line. Words find the food as eaten (`everyday`): the person's own and recent
foods first. When the close matches would log different magnesium, the shell asks on
a terminal, and otherwise logs nothing and prints the short list with the exact
command to repeat (`eat_ask`); a grain weighed by mass, whether dry or cooked.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from journal.core.dates import parse_day


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "eat",
        help="log a food: mg-journal eat almonds 1oz",  # short: the app's help lists it
        description="Log foods. Each food (commas separate them) with an amount before "
        "or after it: 2 eggs, 1 cup of cooked lentils, almonds 1 oz, 200g yogurt, half an "
        "avocado. A bare number counts the food's usual portion (one large egg, one "
        "medium banana, 1 oz of nuts).",
    )
    from journal.core.entries.kinds import MEAL_TIMES
    from journal.core.entries.models import MEAL_WINDOWS

    windows = ", ".join(f"{meal} from {start:%H:%M}" for start, meal in MEAL_WINDOWS[1:])
    usual = ", ".join(f"{meal} {at:%H:%M}" for meal, at in MEAL_TIMES.items())
    cmd.add_argument("food", nargs="+", help='e.g. "2 eggs", "banana, almonds 1 oz", or an id')
    cmd.add_argument(
        "--meal",
        help=f"breakfast, lunch, dinner or snack (default: by the time: {windows}; on a "
        "past day with no --time, lunch)",
    )
    cmd.add_argument(
        "--date", metavar="DAY", help="YYYY-MM-DD, yesterday, -2 or mon (default: today)"
    )
    cmd.add_argument(
        *("--time", "--at"),  # either, as edit and log take it
        metavar="HH:MM",
        help=f"default: now; on a past day, the meal's usual time: {usual}",
    )
    cmd.add_argument(
        "--custom",
        metavar="MG",
        help="a food the table lacks: log the words as written with MG mg of magnesium",
    )
    cmd.set_defaults(handler=run)


def _figure(value: float | None, unit: str) -> str:
    return f"? {unit}" if value is None else f"{value:,.0f} {unit}"


def _amount(portion: str, grams: float | None) -> str:
    """ "1 cup (234 g)", "1 bar (2 oz, 57 g)": `measure_words.amount_words`."""
    from journal.core.food.measure_words import amount_words

    return amount_words(portion, grams)


MAX_LINE = 2_000  # a day's foods on one line


def _items(words: list[str], is_name: Any = None) -> list[Any]:
    """The line's items; `eat almonds 1oz` (a last argument that is an amount) is one;
    `is_name` tells a food's own comma ("Cheese, cheddar") from one between foods."""
    from journal.core import validate as v
    from journal.core.food.phrase import (
        Item,
        negative_amount,
        parse_line,
        split_items,
        unread_number,
    )

    odd = unread_number(" ".join(words))
    if odd is not None:
        raise v.ValidationError("food", f"{odd!r} is not a number this reads: type 2, 1/2 or 0.5")
    for part in split_items(" ".join(words)):  # as the portion step says it
        minus = negative_amount(part)
        if minus is not None:
            raise v.ValidationError("quantity", f"{part}: amount must be positive, not {minus!r}")
    last = words[-1].strip()
    if len(words) > 1 and last[:1] in "0123456789½¼¾⅓⅔.-" and "," not in " ".join(words):
        return [Item(" ".join(words[:-1]), last)]
    return parse_line(" ".join(words), is_name)


def _exact_names(table: str, own: list[Any]) -> Any:
    """Whether words are a food's exact name, own or in the table (case and each word's
    number aside: "banana, raw" is USDA's "Bananas, raw")."""
    from journal.core.food.name_words import number_blind, number_blind_lines

    # The table's name column (id, group, name, ...): one set, then each try is a lookup.
    names = [food.name for food in own]
    names += [
        line.split("\t", 3)[2]
        for line in table.splitlines()
        if line and not line.startswith("#") and line.count("\t") >= 3
    ]
    exact = {name.casefold() for name in names}
    blind: dict[str, set[str]] = {}

    def is_name(words: str) -> bool:
        if words.casefold() in exact:
            return True
        key = number_blind(words)
        start = key[:3]
        if start not in blind:  # worn down only where it could match (all: 80 ms)
            near = [name for name in names if name[:3].casefold() == start]
            blind[start] = set(number_blind_lines("\n".join(near)))
        return key in blind[start]

    return is_name


JOINING_WORDS = frozenset({"on", "with", "and", "&", "of", "in", "a", "an", "the", "plus"})


def _not_found(table: str, own: list[Any], words: str) -> str:
    """Why nothing matched, and what to do instead, in one line."""
    from journal.core.food.naming import names
    from journal.core.food.pots_and_scoops import big_hint
    from journal.core.food.quick_search import search_foods
    from journal.core.food.word_runs import food_runs

    if hint := big_hint(words):  # "a big apple": say "large"
        return hint
    text = f"no food matches {words!r}"
    # "beans on toast" is beans and toast: "on", "with" and "and" are no foods to list
    parts = [part for part in words.split() if part.lower() not in JOINING_WORDS]

    def names_a_food(run: str) -> bool:  # "peanut butter": one food, not two
        return any(names(run, food) for food in search_foods(table, own, run + " ", 5))

    if len(parts) > 1 and all(search_foods(table, own, part, 1) for part in parts):
        parts = food_runs(parts, names_a_food)
        # "green tea": USDA's table may lack the dish though it has each word.
        return (
            f"{text}; for several foods put commas between them ({', '.join(parts)!r}); for "
            f"one, try its main word ({parts[-1]!r}) or your own figure: "
            f"mg-journal eat {words!r} --custom MG"
        )
    return (
        f"{text}; check the spelling, or log it with your own figure: "
        f"mg-journal eat {words!r} --custom MG (mg of magnesium in what you ate)"
    )


def run(args: argparse.Namespace) -> int:
    from journal.core import clock
    from journal.core import validate as v
    from journal.core.entries.kinds import default_time
    from journal.core.entries.models import MEALS, meal_for
    from journal.core.food.dry_amount import ask_dry_amount, dry_cup
    from journal.core.food.eat_line import (
        counted,
        item_text,
        no_food,
        repeat_line,
        resolve,
        too_few_grams,
    )
    from journal.core.food.eaten_words import nearest_note
    from journal.core.food.food_log import entry_for
    from journal.core.food.phrase import Item
    from journal.core.food.units import needs_amount, parse_quantity
    from journal.shell.eat_ask import ask, ask_amount, ask_form, unsure
    from journal.shell.existing_journal import existing_journal
    from journal.shell.fit import say
    from journal.shell.given import given
    from journal.store.food_catalog import recent_boosts
    from journal.store.journal import Journal
    from journal.store.own_foods import read_own_foods
    from journal.store.shipped import read_food_table

    # `eat ""` (a script's empty variable) said "must not be empty", not what to type.
    given(" ".join(args.food), "food", "type what you ate, e.g. mg-journal eat almonds 1oz")
    # A whole day's list may be long; each food's words are held to a name's length below.
    line = v.name(" ".join(args.food), "food", MAX_LINE if args.custom is None else v.MAX_NAME)
    day = parse_day(args.date, clock.today()) if args.date is not None else clock.today()
    at = v.not_later_today(day, v.parse_time(args.time)) if args.time is not None else None
    if args.meal is not None:  # "" is refused, not read as no meal
        meal = v.choice(args.meal, "meal", MEALS)
    else:  # a past day has no "now": its midday, not today's clock, says the meal
        meal = meal_for(at or default_time(day))
    if at is None:  # on a past day the meal's usual time, so the day sorts as eaten
        at = default_time(day, meal)
    if args.custom is not None:  # a food the table lacks, with the person's own figure
        from journal.shell.eat_custom import log_custom

        return log_custom(args, line, day, at, meal)
    journal = existing_journal(args.data_dir)  # made only once every food is found
    own, _ = read_own_foods(journal) if journal is not None else ([], 0)
    table = read_food_table()
    items = _items(args.food, _exact_names(table, own) if "," in line else None)
    if not items:  # "," or ";": commas and no food
        raise v.ValidationError("food", f"{line!r} names no food: e.g. 'oatmeal 1 cup, banana'")
    boost = recent_boosts(journal) if journal is not None else {}
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    foods: list[Any] = []
    doubts: dict[int, Any] = {}
    notes: list[str] = []
    nearer: list[str] = []  # what the table has instead of the way it was cooked
    for number, item in enumerate(items):
        before = f" before {item.quantity!r}" if item.quantity else ""
        given(item.words, "food", f"type the food{before}, e.g. almonds 1oz")
        v.name(item.words, "food")
        if (why := no_food(item)) is not None:  # "1 oz", "2": nothing to look up
            raise v.ValidationError("food", why)
        choice = resolve(table, own, item, boost)
        food = choice.food
        if food is None and not choice.candidates:  # not found, as an unknown id: exit 1
            raise v.NotFound("food", choice.missing or _not_found(table, own, item.words))
        if food is None and interactive:
            food = ask_form(item, choice) if choice.dry else ask(item.words, choice.candidates)
            if food is None:
                say("Nothing logged.", file=sys.stderr)
                return 1
        nearest = nearest_note(item.words)  # "steamed": logged or offered as boiled
        if nearest:
            nearer.append(f"  {nearest}")
        if food is None:
            doubts[number] = choice
        elif choice.alike:
            alike = "; ".join(f.name for f in choice.alike[:2])
            notes.append(f"  ({item.words!r} also matches {alike}: the same magnesium within 10%)")
        foods.append(food)
    if doubts:
        typed = {"--date": args.date, "--time": args.time, "--meal": args.meal}
        options = {k: v for k, v in typed.items() if v is not None}
        for number, choice in doubts.items():

            def repeat(food_id: str, n: int = number) -> str:
                return repeat_line(items, {n: food_id}, options)

            unsure(items[number], choice, repeat)
        for note in nearer:
            say(note, file=sys.stderr)
        return 1
    entries = []
    for item, food in zip(items, foods, strict=True):
        cup = dry_cup(food, item.quantity)
        if cup is not None and interactive:  # "dry lentils": how much, weighed dry?
            item = Item(item.words, ask_amount(item.words, cup))
        elif cup is not None:
            raise v.ValidationError("quantity", ask_dry_amount(item.words, cup))
        too_few = too_few_grams(item, food)
        if too_few is not None:
            raise v.ValidationError("quantity", too_few)
        if not item.quantity and needs_amount(food):
            raise v.ValidationError(
                "quantity",
                f"{item.words}: the table has no household portion of {food.name}; "
                f"say how much, e.g. {item.words} 100 g",
            )
        try:
            grams, label = parse_quantity(item.quantity or "1", food, counted(item))
        except ValueError as exc:
            raise v.ValidationError("quantity", f"{item_text(item)}: {exc}") from None
        entries.append(entry_for(food, grams, label, day, at, meal))
    (journal or Journal.open(args.data_dir)).add_all(entries)
    for entry in entries:
        say(
            f"Logged {entry.name}: {_amount(entry.portion or '', entry.grams)} = "
            f"{_figure(entry.mg, 'mg')} magnesium, {_figure(entry.kcal, 'kcal')}; "
            f"{meal} {day.isoformat()} {at.strftime('%H:%M')} [{entry.id[:8]}]",
            2,
        )
    for note in notes + nearer:
        say(note)
    if len(entries) > 1:
        mg = sum(e.mg or 0.0 for e in entries)
        kcal = sum(e.kcal or 0.0 for e in entries)
        say(f"{len(entries)} foods: {mg:,.0f} mg magnesium, {kcal:,.0f} kcal; {meal} {day}")
    return 0
