"""`mg-journal help [COMMAND ...]`, the first thing a newcomer types, read as
`mg-journal [COMMAND ...] --help`: argparse then shows the help and a mistyped command
is refused as any other is, with its "did you mean"."""

from __future__ import annotations

from journal.shell.suggest import command_at

WORD = "help"


def help_as_option(argv: list[str]) -> list[str]:
    """`argv` with a leading command word `help` made `--help` after the words that follow
    it; any other line as it is. `help help` is the help of mg-journal itself."""
    at = command_at(argv)
    if at is None or argv[at].lower() != WORD:  # "HELP", as "EAT" is eat
        return argv
    rest = argv[at + 1 :]
    while rest and rest[0].lower() == WORD:
        rest = rest[1:]
    return [*argv[:at], *rest, "--help"]
