"""'Did you mean': the command a mistyped one is closest to (`mg-journal lgo` -> `log`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import argparse

# Options of `mg-journal` itself that take a value: the word after them is no command.
_TAKES_VALUE = ("--data-dir",)


def command_at(argv: Sequence[str]) -> int | None:
    """Where in `argv` the first word that is not an option of `mg-journal` itself or its
    value is (`--data-dir help help`: the second 'help')."""
    value = False
    for at, word in enumerate(argv):
        if value:
            value = False
        elif word in _TAKES_VALUE:
            value = True
        elif not word.startswith("-"):
            return at
    return None


def data_dir_first(argv: list[str]) -> list[str]:
    """`eat banana --data-dir D` as `--data-dir D eat banana`: options go last by habit,
    and after the command --data-dir was refused as "did you mean --date?", which would
    have logged a day named like a folder. Moved, not added to every command, so that
    `--d` still abbreviates eat's --date. Nothing after `--` is moved, nor a --data-dir
    without its folder (moved, it would take the command word for one)."""
    at = command_at(argv)
    if at is None:
        return argv
    moved: list[str] = []
    rest: list[str] = []
    words = argv[at:]
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            rest += words[i:]
            break
        if word == "--data-dir" and i + 1 < len(words):
            moved += words[i : i + 2]
            i += 2
            continue
        (moved if word.startswith("--data-dir=") else rest).append(word)
        i += 1
    return [*argv[:at], *moved, *rest]


def command_word(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not an option of `mg-journal` itself or its value."""
    at = command_at(argv)
    return None if at is None else argv[at]


def mistyped_command(argv: Sequence[str], commands: Sequence[str]) -> str | None:
    """The one-line message for an unknown command word in `argv`, or None if there is none."""
    word = command_word(argv)
    if word is None or word in commands:
        return None
    import difflib  # only for a mistyped word: ~1 ms of every command line

    close = difflib.get_close_matches(word.lower(), commands, n=2, cutoff=0.5)
    if close:
        guess = " or ".join(f"'{c}'" for c in close)
        return f"'{word}' is not a command; did you mean {guess}? (mg-journal --help lists them)"
    return f"'{word}' is not a command; mg-journal --help lists them"


def refuse_unrecognized(parser: argparse.ArgumentParser, args: Any, extra: list[str]) -> NoReturn:
    """Refuse words no parser took, as the command they were typed to (`mg-journal log`),
    whose --help lists its options, with the option meant when one is close (--sevrity).
    argparse itself names only `mg-journal` and its --help, which lists no option of log."""
    import argparse
    import difflib

    command = parser
    while True:  # down to the innermost command given: `trial plan`, not `trial`
        sub = next((a for a in command._actions if isinstance(a, argparse._SubParsersAction)), None)
        name = getattr(args, sub.dest, None) if sub is not None else None
        if sub is None or name not in sub.choices:
            break
        command = sub.choices[name]
    options = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
    # `report --html` is `--format html` (difflib offered --help): a value an option
    # chooses from, typed as an option of its own.
    chosen = {
        f"--{choice}": f"{action.option_strings[-1]} {choice}"
        for action in command._actions
        if action.option_strings and action.choices
        for choice in action.choices
        if isinstance(choice, str)
    }
    message = f"unrecognized arguments: {' '.join(extra)}"
    for word in extra:
        close = difflib.get_close_matches(word.split("=")[0], options, n=1, cutoff=0.6)
        if word == "--data-dir":  # its folder missing: not "did you mean --date?"
            message += " (--data-dir takes the journal's folder: --data-dir DIR)"
            break
        if word.lower() in chosen:
            message += f" (did you mean {chosen[word.lower()]}?)"
            break
        if word.startswith("--") and close:
            message += f" (did you mean {close[0]}?)"
            break
    command.error(message)
