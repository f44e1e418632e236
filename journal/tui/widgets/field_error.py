"""The message under a form field: shown only when there is one, always as plain text."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static


def show_error(target: Static, error: Exception | str) -> None:
    """Show `error` in `target`; the message may quote what the person typed, so no markup."""
    target.update(Text(str(error)))
    target.display = True


# A form's first Escape, when something was typed or picked: a key pressed from habit
# ("close the box") threw a typed note away without a word.
ESCAPE_AGAIN = "Esc again drops what you typed; Enter saves"


def first_escape_warns(form: Widget, typed: bool) -> bool:
    """True if this Escape only warns: something was typed, and no warning or error is
    shown yet (after "25:99 is not a time" the person knows nothing was saved)."""
    # Some forms keep their error lines displayed and empty: shown means with words.
    errors = form.query(".error").results(Static)
    shown = [error for error in errors if error.display and str(error.render()).strip()]
    if not typed or shown:
        return False
    warning = form.query_one("#escape-warning", Static)
    warning.update(Text(ESCAPE_AGAIN))
    warning.display = True
    return True
