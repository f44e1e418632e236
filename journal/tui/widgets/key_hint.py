"""A dialog's line of keys ("↑↓ move · Enter choose · ^r recipe · Esc back"), broken
only between its " · " parts: wrapped at any space, the food search read "^r" at the
end of one line and "recipe" on the next at 80 columns.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

SEPARATOR = " · "


def hint_lines(hint: str, width: int) -> str:
    """`hint` with a newline before each part that would run past `width` columns.
    A part longer than a whole line is left for the widget to wrap at its spaces."""
    lines: list[str] = []
    for paragraph in hint.split("\n"):
        line = ""
        for part in paragraph.split(SEPARATOR):
            if line and cell_len(line + SEPARATOR + part) > width:
                lines.append(line)
                line = part
            else:
                line = f"{line}{SEPARATOR}{part}" if line else part
        lines.append(line)
    return "\n".join(lines)


class KeyHint(Static):
    """A Static of plain hint text (never markup), broken between its parts."""

    DEFAULT_CSS = "KeyHint { height: auto; }"

    def __init__(self, hint: str, *, classes: str = "hint", id: str | None = None) -> None:
        super().__init__(classes=classes, id=id)
        self.hint = hint

    def _text(self, width: int) -> Text:
        return Text(hint_lines(self.hint, width))

    def render(self) -> Text:
        return self._text(self.content_size.width or 80)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._text(width).wrap(self.app.console, max(1, width)))
