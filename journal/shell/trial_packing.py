"""`mg-journal trial packing`: the sheet the bottles are packed from, kept from the
person while the trial is blinded; and where a trial's sheet or report goes (a file,
or the screen)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journal.shell.fit import say


def write_or_print(output: str | None, text: str, plain: bool = True) -> None:
    """`text` to FILE, or on the screen, plain text fitted to the terminal as report's
    (markdown and HTML as they are, for a file)."""
    if output is None or output.strip() == "-":  # "-": standard output, as report's
        say(text) if plain else print(text)
        return
    if not output.strip():  # "" named the folder it was typed in: "already exists"
        from journal.core.validate import ValidationError

        raise ValidationError("output", "give a file name, e.g. -o trial.html")
    from journal.store.export import write_report

    path = write_report(Path(output).expanduser().absolute(), text + "\n")
    say(f"Wrote {path}")


def packing(args: argparse.Namespace, trial: Any, today: Any) -> int:
    """The packing step: the sheet, with which bottle holds magnesium only for the
    helper (--helper; once started, --yes too); 1 when it is kept from the person."""
    from journal.core.trial.schedule import packing_sheet
    from journal.core.trial.seal import helper_lines

    start = trial.start or today
    lines = packing_sheet(trial.plan, start)
    if trial.plan.blinded:
        if not args.helper:
            say(
                "mg-journal: the packing sheet says which bottle holds magnesium: it is for "
                "the helper. Run it with --helper (and -o FILE) and hand it over.",
                file=sys.stderr,
            )
            return 1
        if trial.start is not None and trial.sealed and not args.yes:
            say(
                "mg-journal: the trial has started: the helper's sheet shows which bottle holds "
                "magnesium, and your reading it ends the blinding. For a refill, give it "
                "to the helper unread: repeat with --yes -o FILE.",
                file=sys.stderr,
            )
            return 1
        lines[1:2] = helper_lines(trial.plan.form, trial.plan.dose_mg, trial.seal)
    if trial.start is None:
        lines.append("(dates assume the run-in starts today; they move with the start)")
    write_or_print(args.output, "\n".join(lines))
    return 0
