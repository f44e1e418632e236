"""'Did you mean': the command a mistyped one is closest to (`mg-journal lgo` -> `log`)."""

from __future__ import annotations

from collections.abc import Sequence

# Options of `mg-journal` itself that take a value: the word after them is no command.
_TAKES_VALUE = ("--data-dir",)


def command_word(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not an option of `mg-journal` itself or its value."""
    words = iter(argv)
    for word in words:
        if word in _TAKES_VALUE:
            next(words, None)
            continue
        if not word.startswith("-"):
            return word
    return None


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
