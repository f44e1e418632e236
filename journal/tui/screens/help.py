"""Help (`?` or F1): the keys of the screen it was opened from, the shell commands, the data.

Keys are read from the live bindings (with the person's keymap applied), the
commands from the shell's own parser: help cannot drift from what works.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from journal.tui.help_content import DASHBOARD_TERMS, key_rows, shell_rows
from journal.tui.journal_app import AsJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.widgets.hanging_list import HangingList

WIDE = 120  # from this width keys and the shell sit side by side


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False, key_display="?"),
    ]

    def __init__(self, source: Screen[Any]) -> None:
        super().__init__()
        self.source = source

    journal_app = AsJournalApp()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Help · Esc closes", style="bold"), id="help-title")
            with Horizontal(id="help-columns"):
                with Vertical(id="help-keys"):
                    yield Static(self._keys(), id="keys")
                with Vertical(id="help-more"):
                    if isinstance(self.source, DashboardScreen):
                        terms = [(term, meaning, "") for term, meaning in DASHBOARD_TERMS]
                        yield HangingList("Reading the dashboard", terms, id="terms")
                    yield Static(self._keymap(), id="keymap")
                    yield HangingList("From the shell", self._shell(), id="shell")
                    yield Static(self._data(), id="data")
        yield Footer()

    def on_mount(self) -> None:
        self._layout_for(self.app.size.width)

    def on_resize(self, event: Resize) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        self.query_one("#help-columns").set_class(width >= WIDE, "wide")

    def _keys(self) -> Text:
        """Every key of the source screen and the app's, grouped; descriptions literal."""
        app = self.journal_app
        text = Text()
        rows = key_rows(self.source, self.app, app.keymap)
        for group, members in groupby(rows, key=lambda row: row.group):
            text.append(f"{group}\n", style="bold underline")
            for row in members:
                text.append(f"  {row.key:<10}", style="bold")
                text.append(f"{row.description}\n")
        return text

    def _keymap(self) -> Text:
        from journal.tui.keys import movable_keys

        text = Text()
        text.append("Your own keys\n", style="bold underline")  # a heading, not the whole block
        text.append(
            'Give Today\'s keys your own in profile.json, under "keymap", e.g. '
            '{"cramp": "C", "previous_day": "h"}. A key that clashes is refused '
            "at start with a message. These can move: "
        )
        text.append(", ".join(movable_keys()) + ".\n")
        return text

    def _shell(self) -> list[tuple[str, str, str]]:
        from journal.shell.parser import build_parser

        return shell_rows(build_parser())

    def _data(self) -> Text:
        text = Text()
        text.append("Your data\n", style="bold underline")  # a heading, not the whole block
        text.append(f"  {self.journal_app.journal.root}\n")
        # Two short lines: one long one wrapped to the left edge, out of the indent.
        text.append("  entries/YYYY-MM-DD.json (one day a file)\n")
        text.append("  profile.json, kinds.json\n")
        return text

    def action_close(self) -> None:
        self.dismiss(None)
