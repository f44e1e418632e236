"""A checkbox and a radio button whose state reads without colour.

Textual draws every box with the same mark ("X", "●") and shows the state only
by its colour, so with NO_COLOR, or in a monochrome terminal, a ticked and an
unticked box look the same. These draw the mark only when on.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class Tick(Checkbox):
    """A Checkbox: "▐X▌" when ticked, "▐ ▌" when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super().render()


class Choice(RadioButton):
    """A RadioButton: "▐●▌" when chosen, "▐ ▌" when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super().render()
