"""What the help screen lists, read from the live bindings and the shell's own parser.

Nothing here is a copy of a key or a command: the keys come from the screen's
bindings (with the person's keymap applied) and the commands from
`build_parser()`, so help stays true as keys and commands change. Only the one
example per shell command is written here; a test checks each still parses.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import BindingsMap
from textual.dom import DOMNode
from textual.screen import Screen

# A word in the action picks the group; the first group that matches wins.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Navigation", ("previous_day", "next_day", "go_today", "go_to_date")),
    ("Foods", ("food", "supplement", "again", "yesterday", "meal", "complete", "trial_dose")),
    ("Symptoms", ("symptom", "log_custom")),
    ("Factors", ("factor",)),
    ("The selected row", ("select_cursor", "delete")),
    ("Views", ("dashboard", "profile", "help", "command_palette", "change_theme")),
    ("App", ("quit", "undo")),
)
OWN = "This screen"
ORDER = (OWN, *(name for name, _ in GROUPS))

SHELL_EXAMPLES = {
    "eat": "mg-journal eat almonds 1oz",
    "supplement": "mg-journal supplement glycinate 200",
    "done": "mg-journal done --date 2026-11-24",
    "list": "mg-journal list --days 3",
    "edit": "mg-journal edit 3f2a9c1b --severity 4",
    "delete": "mg-journal delete 3f2a9c1b",
    "log": "mg-journal log cramp --severity 3 --where calf",
    "report": "mg-journal report --days 90 --format html -o report.html",
    "trial": "mg-journal trial status",
    "profile": "mg-journal profile --sex female --born 1990",
    "foods": 'mg-journal foods delete "Granola bar"',
    "export": "mg-journal export --format csv",
    "import": "mg-journal import cronometer servings.csv",
    "backup": "mg-journal backup -o journal.zip",
    "restore": "mg-journal restore journal.zip",
    "doctor": "mg-journal doctor",
    "sync": "mg-journal sync status",
    "encrypt": "mg-journal encrypt",
    "decrypt": "mg-journal decrypt",
    "key": "mg-journal key export -o key.age",
    "demo": "mg-journal demo --days 90",
    "path": "mg-journal path",
}


@dataclass(frozen=True)
class KeyRow:
    group: str
    key: str
    description: str


def group_of(action: str) -> str:
    return next((name for name, words in GROUPS if any(w in action for w in words)), OWN)


def our_bindings(node: DOMNode) -> BindingsMap:
    """The node's live bindings that our classes declared (not Textual's tab, copy, cursor keys)."""
    actions = {
        binding.action
        for cls in type(node).__mro__
        if cls.__module__.startswith("journal.")
        for _, binding in BindingsMap(vars(cls).get("BINDINGS", []))
    }
    return BindingsMap(
        b for _, b in node._bindings if b.action in actions or b.action.startswith("log_custom")
    )


def _maps(screen: Screen[Any], app: App[Any]) -> Iterator[BindingsMap]:
    yield our_bindings(screen)
    for widget in screen.query("*"):  # our widgets' keys, such as a table's delete
        if type(widget).__module__.startswith("journal."):
            yield our_bindings(widget)
    app_keys = our_bindings(app)
    if screen.is_modal:
        # Over a modal only the app's priority keys (F1, ctrl+p) still work.
        app_keys = BindingsMap(b for _, b in app_keys if b.priority)
    yield app_keys


def key_rows(screen: Screen[Any], app: App[Any], keymap: dict[str, str]) -> list[KeyRow]:
    """Every key that works on `screen`, grouped, in the person's keymap, each once."""
    rows: list[KeyRow] = []
    seen: set[str] = set()
    for bindings in _maps(screen, app):
        mapped = bindings.copy()
        mapped.apply_keymap(keymap)
        for key, binding in mapped:
            if key in seen:
                continue
            # A key the screen binds unlisted hides the app's use of it (u on the
            # dashboard): there the app's binding does not run.
            seen.add(key)
            if binding.system or not binding.description:
                continue
            rows.append(
                KeyRow(group_of(binding.action), app.get_key_display(binding), binding.description)
            )
    return sorted(rows, key=lambda row: ORDER.index(row.group))


def shell_rows(parser: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    """(command, what it does, an example) for every subcommand, in --help order.

    A command's --help line may end in its own example ("log a food: mg-journal eat
    ..."); help prints an example on its own line, so that tail is cut, not shown twice.
    """
    rows: list[tuple[str, str, str]] = []
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                name = choice.dest
                what = (choice.help or "").split(": mg-journal ")[0]
                rows.append((name, what, SHELL_EXAMPLES.get(name, "")))
    return rows


# How to read the dashboard's figures: shown by help opened from the dashboard.
DASHBOARD_TERMS: tuple[tuple[str, str], ...] = (
    ("low day", "a day below the low-day limit (the target, or 90/75/50% of it: key l)"),
    (
        "RR",
        "relative risk: how many times as common symptom days were after low days "
        "as after the others; 1 means no difference",
    ),
    ("(a-b)", "the 95% confidence interval of the figure before it"),
    ("OR", "odds ratio: the same comparison as odds; near RR when symptoms are rare"),
    (
        "p",
        "how often a difference this large would arise by chance alone; the answer's own "
        "p moves the whole symptom series against intake (streaks kept), the tables' p "
        "is the Wald test of log RR that their interval inverts",
    ),
    (
        "q",
        "p allowing for every exploratory test the view ran (Benjamini-Hochberg): a "
        "finding needs q of 0.01 or less, and only once the answer found a pattern",
    ),
    (
        "*",
        "a count was 0, so 0.5 was added to every count to estimate the RR and its "
        "interval (the OR is the counts' own: 0 or inf)",
    ),
    ("prev 1 d", "compares with the mean intake of the 1 (2, 3) days before, not the same day"),
    (
        "so far",
        "today is not over: drawn shaded and left out of the comparisons until "
        "it ends or you mark it complete (!)",
    ),
)
