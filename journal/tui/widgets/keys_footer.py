"""A Footer that drops a screen's less-used keys on narrower terminals.

A screen gives `FOOTER_MIN_WIDTH` (action -> the terminal width it needs);
narrower than that, the key leaves the footer (it is not composed at all: each
key is a widget to style and mount) but keeps working, and stays listed in
help (?) and the command palette. A screen with long descriptions
may also give `FOOTER_COMPACT_BELOW`: narrower than that, no padding.

It also rebuilds its keys only when they changed: Textual's Footer rebuilds
all of them once per bindings change, and Today's start brings several in a
row (focus, custom kinds' keys, screen resume).
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeysFooter(Footer):
    _rebuild_pending = False
    _composed_from: tuple[Any, ...] | None = None  # the bindings the keys show
    _fitting: frozenset[str] = frozenset()  # the actions with a minimum width that fit

    def _min_width(self, key: FooterKey) -> int:
        return self._min_widths().get(key.action, 0)

    def _min_widths(self) -> dict[str, int]:
        widths: dict[str, int] = getattr(self.screen, "FOOTER_MIN_WIDTH", {})
        return widths

    def _fitting_at(self, width: int) -> frozenset[str]:
        return frozenset(action for action, need in self._min_widths().items() if width >= need)

    def _fit_padding(self, width: int) -> None:
        self.compact = width < getattr(self.screen, "FOOTER_COMPACT_BELOW", 0)

    def _bindings_shown(self) -> tuple[Any, ...]:
        """What Footer.compose reads: the shown bindings and the palette's, with their state."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    def compose(self) -> ComposeResult:
        # Footer shows no keys until the first bindings change, a frame later;
        # the screen's bindings are known already, and a later change rebuilds.
        self.set_reactive(Footer._bindings_ready, True)
        width = self.app.size.width
        self._fit_padding(width)
        self._composed_from = self._bindings_shown()
        self._fitting = self._fitting_at(width)
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                if width < self._min_width(widget):
                    continue
                if not widget.has_class("-command-palette"):
                    # A key starts compact, then is bound to the footer's value once
                    # mounted: each change restyles it, so start at the footer's.
                    # (The palette key is not bound: it stays compact.)
                    widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def bindings_changed(self, screen: Screen[Any]) -> None:
        # As Footer.bindings_changed, but one rebuild for a burst of changes.
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self._bindings_shown() != self._composed_from:
            await self.recompose()

    async def on_resize(self, event: Resize) -> None:
        self._fit_padding(event.size.width)
        if self._fitting_at(event.size.width) != self._fitting:
            await self.recompose()
