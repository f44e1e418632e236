"""An option given explicitly empty is refused, never read as "left out": a script's
empty variable (`log cramp -s "$S"`) stored the cramp with no severity, silently."""

from __future__ import annotations


def given(value: str | None, option: str, instead: str) -> str | None:
    """`value` as typed (None when the option was left out); "" or blanks refused."""
    if value is not None and not value.strip():
        from journal.core.validate import ValidationError

        raise ValidationError(option, f"is empty; {instead}. Nothing was saved.")
    return value
