"""What `mg-journal eat` asks when the words leave a doubt: which food, or whether a
grain's weight was taken dry or cooked. On a terminal it asks; otherwise `unsure`
prints the choices and the exact line to repeat, and nothing is logged."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from journal.shell.fit import say


def line(food: Any) -> str:
    mg = "?" if food.mg_per_100g is None else f"{food.mg_per_100g:.0f}"
    return f"{food.id:<14} {food.name}  ({mg} mg/100 g)"


def ask(words: str, candidates: list[Any]) -> Any | None:
    """Let the person at the terminal choose; None if they do not."""
    print(f"{words!r} could mean:")
    return _pick([line(food) for food in candidates], candidates)


def ask_form(item: Any, choice: Any) -> Any | None:
    """Dry or cooked, each with its magnesium for the amount typed; None: cancelled."""
    from journal.core.food.eat_line import item_text

    print(f"{item_text(item)!r}: {_weighed(item)} dry or cooked?")
    return _pick(_forms(item, choice), choice.candidates)


def ask_amount(words: str, cup: str) -> str:
    """How much of a dry grain or pulse, weighed dry (`dry_amount`), as typed; nothing
    typed refuses it, as without a terminal."""
    from journal.core import validate as v
    from journal.core.food.dry_amount import ask_dry_amount

    said = input(f"{words!r}: how much, weighed dry (e.g. 50 g)? ").strip()
    if not said:
        raise v.ValidationError("quantity", ask_dry_amount(words, cup))
    return said


def _weighed(item: Any) -> str:
    """ "weighed" for a mass, "measured" for a cup of oats (`oats`)."""
    from journal.core.food.weighed import is_mass

    return "weighed" if is_mass(item.quantity) else "measured"


def _under(text: str) -> int | None:
    """Where a dry-or-cooked choice's text starts ("cooked: " or "dry: " before it): its
    wrapped lines go on under that, not at the indent of the line that follows."""
    form, colon, _ = text.partition(": ")
    return len(form) + 2 if colon and form in ("cooked", "dry") else None


def _pick(lines: list[str], foods: list[Any]) -> Any | None:
    for number, text in enumerate(lines, 1):
        under = _under(text)
        say(f"{number:>2}. {text}", under=None if under is None else 4 + under)
    while True:  # a slip of the finger ("9" of 8, "l") asks again: it dropped the line
        answer = input(f"Which one? [1-{len(foods)}, Enter cancels] ").strip()
        if not answer:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(foods):
            return foods[int(answer) - 1]
        say(f"{answer!r} is not one of 1 to {len(foods)}: type its number, or Enter to cancel.")


def _forms(item: Any, choice: Any) -> list[str]:
    """ "cooked: Rice, brown, long-grain, cooked: 100 g = 43 mg magnesium", then dry."""
    from journal.core.food.eat_line import counted
    from journal.core.food.measure_words import portion_words
    from journal.core.food.units import parse_quantity

    lines = []
    for form, food in zip(("cooked", "dry"), choice.candidates, strict=True):
        mg = food.mg_for(parse_quantity(item.quantity, food, counted(item))[0])
        figure = "?" if mg is None else f"{mg:,.0f}"
        lines.append(f"{form}: {food.name}: {portion_words(item.quantity)} = {figure} mg magnesium")
    return lines


def unsure(item: Any, choice: Any, repeat: Callable[[str], str]) -> None:
    """Print the choices and, for each or the first the words name, the line that
    logs it (``repeat``: the line with a food id in place of the item's words)."""
    from journal.core.food.eat_line import item_text
    from journal.core.food.offered import offer

    words, candidates = item.words, choice.candidates
    if choice.dry is not None:
        said = f"{item_text(item)!r}: {_weighed(item)} dry or cooked? The magnesium differs"
        say(
            f"mg-journal: {said}; nothing logged. Repeat with the one you {_weighed(item)}:",
            file=sys.stderr,
        )
        for text, food in zip(_forms(item, choice), candidates, strict=True):
            say(f"  {text}", file=sys.stderr, under=2 + (_under(text) or 0))
            say(f"    {repeat(food.id)}", file=sys.stderr)
        return
    said = (
        f"{words!r} names no food in the table exactly; nothing logged. If the "
        "closest is what you ate, repeat with it (or use --custom MG):"
        if len(candidates) == 1
        else f"{words!r} could mean foods with different magnesium; nothing logged. "
        "Repeat with the one you ate, e.g.:"
    )
    say(f"mg-journal: {said}", file=sys.stderr)
    shown, named, logs = offer(item, candidates)
    for candidate in shown:
        say(f"  {line(candidate)}", file=sys.stderr)
    if named is not None and logs:
        say(f"  {repeat(named.id)}", file=sys.stderr)
    elif named is not None:  # "a square of chocolate": no bar's square is weighed
        say(
            f"  (the table weighs none of these by {item.quantity!r}: repeat with the "
            f"weight in g or oz, e.g. mg-journal eat '{named.id} 20 g')",
            file=sys.stderr,
        )
    else:
        say(
            f"  (none of these is named {words!r}: repeat with the id of the one "
            "you ate, or give your own figure with --custom MG)",
            file=sys.stderr,
        )
