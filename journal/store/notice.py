"""How the store says what the person should know but that stops nothing: a journal
folder others could change. The store knows no terminal: by default a line on stderr;
the command line sets `warn` to its own, wrapped at the width of the terminal stderr
is, as its other messages are."""

from __future__ import annotations

import sys
from collections.abc import Callable


def on_stderr(text: str) -> None:
    print(f"mg-journal: warning: {text}.", file=sys.stderr)


warn: Callable[[str], None] = on_stderr
