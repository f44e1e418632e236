"""The person's keymap (profile `keymap`: action name -> key) checked against Today's keys.

Today's bindings that carry an `id` may move; every other key that works on
Today (the app's, the food keys, the tables', kinds' own keys) stays put. The
check itself is pure (`journal.core.person.keymap`).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.keys import Keys, _character_to_key

from journal.core.entries.kinds import CustomKind
from journal.core.person.keymap import KeymapCheck, check_keymap
from journal.tui.screens.today import TodayScreen
from journal.tui.widgets.entry_tables import SymptomTable

MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
# Named keys ("f5", "escape") and the names of printable characters ("question_mark").
_NAMED = {k.value for k in Keys} | {_character_to_key(chr(c)) for c in range(33, 127)}


def movable_keys() -> dict[str, str]:
    """Action id -> its usual key, for every Today binding a person may move."""
    return {b.id: key for key, b in TodayScreen._merge_bindings() if b.id is not None}


def _description(binding: Binding) -> str:
    return binding.description or binding.action


def fixed_keys(app: App[Any], kinds: list[CustomKind]) -> dict[str, str]:
    """Key -> what keeps it, for every key on Today that does not move."""
    fixed: dict[str, str] = {}
    for key, b in [*TodayScreen._merge_bindings(), *app._bindings, *SymptomTable._merge_bindings()]:
        if b.id is None:
            fixed.setdefault(key, _description(b))
    for kind in kinds:
        if kind.key:
            fixed.setdefault(_character_to_key(kind.key), f"your kind '{kind.name}'")
    return fixed


def normalise(key: str) -> str | None:
    """Textual's name for `key` ("?" -> "question_mark"), or None if it is no key."""
    key = key.strip()
    if len(key) == 1:
        return _character_to_key(key)
    *mods, base = key.lower().split("+")
    if any(m not in MODIFIERS for m in mods):
        return None
    if len(base) == 1:
        base = _character_to_key(base)
    elif base not in _NAMED:
        return None
    return "+".join([*mods, base])


def check(app: App[Any], wanted: dict[str, str], kinds: list[CustomKind]) -> KeymapCheck:
    """What of `wanted` can be applied on Today, and why the rest cannot."""
    keys: dict[str, str] = {}
    bad: list[str] = []
    for action, key in wanted.items():
        name = normalise(key) if isinstance(key, str) and "," not in key else key
        if name is None:
            bad.append(f"{action}: '{key}' is not a key (try C, ctrl+k or f5)")
        else:
            keys[action] = name
    result = check_keymap(keys, movable_keys(), fixed_keys(app, kinds))
    return KeymapCheck(result.accepted, bad + result.refused)
