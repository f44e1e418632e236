"""The person's own keys (profile `keymap`: action name -> key), checked for clashes.

Only keys whose actions may move are accepted; a key that another action keeps
(quit, undo, a food key, a kind's own key) or that two moved actions would share
is refused with a sentence saying why, and that action keeps its usual key.
Keys are compared as given: the caller normalises them ("?" -> "question_mark").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeymapCheck:
    accepted: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)


def check_keymap(
    wanted: dict[str, str], movable: dict[str, str], fixed: dict[str, str]
) -> KeymapCheck:
    """Split `wanted` into what can be applied and why the rest cannot.

    movable: action name -> its usual key; fixed: key -> what keeps it.
    Two moved actions on one key are both refused; moving an action onto
    another movable action's key is fine when that one moves away too (a swap).
    """
    refused: list[str] = []
    accepted: dict[str, str] = {}
    for action, key in wanted.items():
        if action not in movable:
            names = ", ".join(sorted(movable))
            refused.append(f"'{action}' cannot be given a key of your own; these can: {names}")
        elif not key or "," in key or key != key.strip():
            refused.append(f"{action}: give one key, like C or ctrl+k (not '{key}')")
        elif key in fixed:
            refused.append(f"{action} -> {key}: {key} is already {fixed[key]}")
        else:
            accepted[action] = key
    while True:
        holders: dict[str, list[str]] = defaultdict(list)
        for action, usual in movable.items():
            holders[accepted.get(action, usual)].append(action)
        clashes = [(key, acts) for key, acts in holders.items() if len(acts) > 1]
        if not clashes:
            return KeymapCheck(accepted, refused)
        for key, actions in clashes:
            for action in actions:
                if action in accepted:
                    others = " and ".join(a for a in actions if a != action)
                    refused.append(f"{action} -> {key}: {key} would clash with {others}")
                    del accepted[action]
