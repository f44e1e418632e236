"""What an empty table on Today says: which key fills it, as the keys are bound now.

A new journal opened on two blank tables with nothing saying what to press. The
keys are read from Today's live bindings (the person's keymap applied), so a moved
key is named where it is, and a past day is named ("No foods logged on Friday 4 December").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.screen import Screen

# Named in these lines, each as (action, what it logs): the ones a first day needs.
FOOD_KEYS = (("log_food", "logs one"), ("log_supplement", "a supplement"))
SYMPTOM_KEYS = (
    ("log_symptom('cramp')", "cramp"),
    ("log_symptom('twitch')", "twitch"),
    ("log_factor", "a factor"),
)


def key_of(screen: Screen[Any], action: str) -> str | None:
    """The key that runs `action` on `screen` just now, as the footer names it."""
    for _, (_, binding, _, _) in screen.active_bindings.items():
        if binding.action in (action, f"app.{action}"):
            return binding.key_display or screen.app.get_key_display(binding)
    return None


def _keys(screen: Screen[Any], wanted: tuple[tuple[str, str], ...]) -> str:
    found = [(key_of(screen, action), what) for action, what in wanted]
    return ", ".join(f"{key} {what}" for key, what in found if key)


def empty_lines(screen: Screen[Any], day: date, today: date) -> tuple[str, str]:
    """The lines shown in an empty food table and an empty symptom table."""
    # Each table says what it lacks: the other may hold rows on the same day.
    when = "yet" if day == today else f"logged on {day:%A %-d %B}"
    foods, symptoms = f"No foods {when}", f"No symptoms {when}"
    return (
        f"{foods}: {_keys(screen, FOOD_KEYS)}",
        f"{symptoms}: {_keys(screen, SYMPTOM_KEYS)}",
    )
