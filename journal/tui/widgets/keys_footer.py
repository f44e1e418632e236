"""The footer of Today and the dashboard: the screen's keys, drawn as one line of text.

Textual's Footer makes every key a widget of its own: styling, laying out and
drawing Today's eight took some 8% of the instructions of Mg Journal's start
(callgrind), about as much as both of Today's tables. This footer draws the
same line (the same theme colours, the command palette's key on the right) as
one widget, and maps a click or a hover to the key under the pointer.

A screen gives `FOOTER_MIN_WIDTH` (action -> the terminal width it needs):
narrower than that, the key leaves the footer but keeps working, and stays
listed in help (?) and the command palette. Keys that would run under the
palette's key are drawn compact (no padding), and then with the screen's
`FOOTER_SHORT` names (action -> a shorter description), so none is cut short.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.widget import Widget

SEPARATOR = "▏"  # as Textual's footer draws left of the palette's key (a "vkey" border)


class FooterItem(NamedTuple):
    """One key as drawn: `start` and `end` are the columns it takes, end excluded."""

    key: str
    key_display: str
    description: str
    action: str
    enabled: bool
    tooltip: str
    start: int = 0
    end: int = 0
    palette: bool = False  # the command palette's key, on the right after a separator


class KeysFooter(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--hover",
        "keys-footer--separator",
    }
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--hover {
            background: $block-hover-background;
        }
        .keys-footer--separator {
            color: $foreground 20%;
        }
    }
    """

    hovered: reactive[int | None] = reactive(None)  # index into `items`

    def __init__(self) -> None:
        super().__init__()
        self.items: list[FooterItem] = []  # as last drawn, the palette's key last
        self.compact = False  # as last drawn: without padding

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Any) -> None:
        # A repaint of one line, laid out once per frame however many changes came.
        self.refresh()

    def _shown(self) -> list[tuple[Any, ...]]:
        """The bindings the footer may show, with their state."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return [
            (key, binding, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        ]

    def _lay_out(self) -> list[FooterItem]:
        """The keys that fit, placed: the first of padded, compact, compact and short
        that keeps every key clear of the palette's (the last if none does)."""
        items: list[FooterItem] = []
        for compact, short in ((False, False), (True, False), (True, True)):
            items, fits = self._lay_out_as(compact, short)
            self.compact = compact
            if fits:
                break
        return items

    def _lay_out_as(self, compact: bool, short: bool) -> tuple[list[FooterItem], bool]:
        """The keys placed, one per action, as Textual's Footer shows them."""
        width = self.size.width
        need: dict[str, int] = getattr(self.screen, "FOOTER_MIN_WIDTH", {})
        names: dict[str, str] = getattr(self.screen, "FOOTER_SHORT", {}) if short else {}
        palette_key = self.app.COMMAND_PALETTE_BINDING
        items: list[FooterItem] = []
        palette: FooterItem | None = None
        actions: set[str] = set()
        column = 0
        for key, binding, enabled, tooltip in self._shown():
            item = FooterItem(
                key,
                self.app.get_key_display(binding),
                names.get(binding.action, binding.description),
                binding.action,
                enabled,
                tooltip or binding.tooltip,
            )
            if key == palette_key and self.app.ENABLE_COMMAND_PALETTE:
                palette = item
            elif (
                binding.show
                and binding.action not in actions
                and width >= need.get(binding.action, 0)
            ):
                actions.add(binding.action)
                length = self._width(item, compact) + (1 if compact else 0)
                items.append(item._replace(start=column, end=column + length))
                column += length
        if palette is not None:
            # Right-aligned after a separator, compact, with a column to spare on the right
            # (padding, or in a compact footer a margin). Keys that run under it are cut
            # short, as Textual's docked key covers them.
            length = 1 + self._width(palette, True) + 1
            start = max(0, width - length)
            fits = all(item.end <= start for item in items)
            items = [
                item._replace(end=min(item.end, start)) for item in items if item.start < start
            ]
            items.append(palette._replace(start=start, end=width, palette=True))
            return items, fits
        return items, True

    @staticmethod
    def _label(item: FooterItem, compact: bool) -> tuple[str, str]:
        """The key's two parts as drawn: the key, and the description."""
        if compact:
            return item.key_display, f" {item.description}"
        return f" {item.key_display} ", f"{item.description} "

    @classmethod
    def _width(cls, item: FooterItem, compact: bool) -> int:
        return sum(cell_len(part) for part in cls._label(item, compact))

    def render(self) -> Text:
        self.items = self._lay_out()
        compact = self.compact
        key_style = self.get_component_rich_style("keys-footer--key")
        description_style = self.get_component_rich_style("keys-footer--description")
        # The hover colour is translucent: blended over the footer's, background only.
        hover = Style(bgcolor=self.get_component_rich_style("keys-footer--hover").bgcolor)
        line = Text(no_wrap=True, overflow="crop", end="")
        for index, item in enumerate(self.items):
            if item.palette:
                line.truncate(item.start, pad=True)
                line.append(SEPARATOR, self.get_component_rich_style("keys-footer--separator"))
            key, description = self._label(item, compact or item.palette)
            extra = Style(dim=not item.enabled) + (hover if index == self.hovered else Style())
            line.append(key, key_style + extra)
            line.append(description, description_style + extra)
            if item.palette or compact:
                line.append(" " * (item.end - line.cell_len))  # margin or padding
        line.truncate(self.size.width, pad=True)
        line.stylize_before(self.rich_style)
        return line

    def item_at(self, x: int) -> int | None:
        """The index of the key drawn at column `x`, if any."""
        for index, item in enumerate(self.items):
            if item.start <= x < item.end:
                return index
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hovered = self.item_at(event.x)
        tooltip = None if self.hovered is None else self.items[self.hovered].tooltip
        if (tooltip or None) != self.tooltip:
            self.tooltip = tooltip or None

    def on_leave(self) -> None:
        self.hovered = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self.item_at(event.x)
        if index is None:
            return
        if self.items[index].enabled:
            self.app.simulate_key(self.items[index].key)
        else:
            self.app.bell()
