"""The message under a form field: shown only when there is one, always as plain text."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def show_error(target: Static, error: Exception) -> None:
    """Show `error` in `target`; the message may quote what the person typed, so no markup."""
    target.update(Text(str(error)))
    target.display = True
