"""Pick a factor that can bring on cramps: each is one letter away, or chosen from the list."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from journal.core.entries.kinds import factor_name
from journal.core.entries.models import FACTOR_KINDS, FACTOR_UNITS

# exercise, standing, alcohol, diarrhea, poor sleep, other: distinct first letters.
FACTOR_KEYS = {kind[0]: kind for kind in FACTOR_KINDS}


class FactorPicker(ModalScreen[str | None]):
    CSS_PATH = "factor_picker.tcss"
    BINDINGS = [
        *(
            Binding(k, f"pick('{kind}')", factor_name(kind), show=False)
            for k, kind in FACTOR_KEYS.items()
        ),
        Binding("escape", "cancel", "Cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="factor-picker"):
            yield Static(Text("Factor", style="bold"), id="picker-title")
            yield OptionList(*(self._option(k) for k in FACTOR_KINDS), id="factors")
            yield Static("a letter or Enter picks · Esc cancels", id="picker-help")

    @staticmethod
    def _option(kind: str) -> Option:
        label = Text.assemble((kind[0], "underline"), factor_name(kind)[1:])
        unit = FACTOR_UNITS[kind]
        if unit:
            label.append(f"  ({unit})", style="dim")
        return Option(label, id=kind)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_pick(self, kind: str) -> None:
        self.dismiss(kind)

    def action_cancel(self) -> None:
        self.dismiss(None)
