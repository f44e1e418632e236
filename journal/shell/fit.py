"""Output that fits the terminal: a line wider than it is wrapped at a space, its
continuation under where its text starts, instead of running over the edge and on at
column 0 mid-word. Piped or written to a file, lines stay whole, for grep and scripts.
Standard output and standard error are each judged on their own: `mg-journal eat jam |
less` still wraps the choices it prints on the terminal's stderr."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# A row's text starts after its leading columns ("  ec956ad1  09:30  food        "),
# a label ("  basis:      "), a bullet ("- ") or a number (" 1. "); looked for in
# the first half only.
_TEXT_START = re.compile(r"^ *(?:.*\S {2,}(?=\S)|- |\d+\. )")
# "p < 0.001" and "31.9 mg" are one word to the wrapping (no line starts "< 0.001" or
# "mg"): joined by a private-use character while wrapped, a space again after.
_BOUND = re.compile(r"(\b[pq] )?[<>]=? (?=\d)|\d (?:mg|g|kcal)\b")
_JOIN = "\ue000"


def columns(stream: TextIO | None = None) -> int | None:
    """The width of the terminal `stream` (standard output if None) is, or None when it
    is not one. $COLUMNS wins, as for shutil.get_terminal_size; that asks standard output
    only, which is the wrong terminal, or none, for standard error."""
    stream = sys.stdout if stream is None else stream
    if not stream.isatty():
        return None
    import os

    given = os.environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):  # a stand-in stream without a descriptor
        return 80


def fit(text: str, width: int | None, hang: int = 0, under: int | None = None) -> str:
    """`text` with each line wider than `width` wrapped (None: as it is); a line at the
    margin goes on `hang` columns in (a paragraph: 0; one of a list, such as eat's
    "Logged" lines, 2, so that the next one is seen to start). `under`: the column
    every line goes on at, when its text starts where no rule above can see (eat's
    "  cooked: Rice, ...", whose text is after "cooked: ")."""
    if width is None or all(len(line) <= width for line in text.splitlines()):
        return text
    import textwrap

    out = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        line = _BOUND.sub(lambda m: m.group().replace(" ", _JOIN), line)
        start = _TEXT_START.match(line[: width // 2])
        lead = len(line) - len(line.lstrip(" "))
        # An indented row without columns goes on 2 further in, not read as the next row.
        judged = start.end() if start else lead + 2 if lead else hang
        indent = min(judged if under is None else under, width // 2)
        wrapped = textwrap.wrap(
            line,
            width,
            subsequent_indent=" " * indent,
            break_long_words=False,  # a long word runs over rather than split
            break_on_hyphens=False,  # "7-7/8", "long-grain" stay whole
        )
        out.extend(part.replace(_JOIN, " ") for part in wrapped)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def say(
    text: str = "", hang: int = 0, file: TextIO | None = None, under: int | None = None
) -> None:
    """print(), fitted to the terminal `file` is (standard output if None; `hang` and
    `under`: as for `fit`)."""
    print(fit(text, columns(file), hang, under), file=file)
