"""A small picker: a title and a list; Enter or a digit (1-9) picks, Esc backs out.

Used for logging a recent food again (`a`) and copying yesterday's meal (`y`).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class ChoiceScreen(ModalScreen[int | None]):
    """Dismisses with the index of the chosen line, or None."""

    CSS_PATH = "choice.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Back")]

    def __init__(self, title: str, lines: list[Text], hint: str) -> None:
        super().__init__()
        self.title_text, self.lines, self.hint = title, lines, hint

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog"):
            yield Static(self.title_text, classes="panel-title")
            numbered = [
                Text.assemble((f"{n} " if n < 10 else "  ", "bold"), line)
                for n, line in enumerate(self.lines, 1)
            ]
            yield OptionList(*(Option(line) for line in numbered), id="choice-list")
            yield Static(self.hint, classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def on_key(self, event: Key) -> None:
        if event.character and event.character in "123456789":
            number = int(event.character)
            if number <= len(self.lines):
                event.stop()
                self.dismiss(number - 1)


def leave_unsaved(form: ModalScreen[Any], lost: str) -> None:
    """Ask before a form with typed work closes unsaved: "Leave without saving?" then
    `lost` ("What you typed for this food is not kept."); only "Leave" dismisses it."""

    def chosen(index: int | None) -> None:
        if index == 1:
            form.dismiss(None)

    form.app.push_screen(
        ChoiceScreen(
            f"Leave without saving? {lost}",
            [Text("Keep editing"), Text("Leave without saving")],
            "Enter picks · Esc keeps editing",
        ),
        chosen,
    )
