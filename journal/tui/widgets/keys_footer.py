"""A Footer that drops a screen's less-used keys on narrower terminals.

A screen gives `FOOTER_MIN_WIDTH` (action -> the terminal width it needs);
narrower than that, the key leaves the footer but keeps working, and stays
listed in help (?) and the command palette. A screen with long descriptions
may also give `FOOTER_COMPACT_BELOW`: narrower than that, no padding.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeysFooter(Footer):
    def _min_width(self, key: FooterKey) -> int:
        widths: dict[str, int] = getattr(self.screen, "FOOTER_MIN_WIDTH", {})
        return widths.get(key.action, 0)

    def _fit_padding(self, width: int) -> None:
        self.compact = width < getattr(self.screen, "FOOTER_COMPACT_BELOW", 0)

    def compose(self) -> ComposeResult:
        width = self.app.size.width
        self._fit_padding(width)
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.display = width >= self._min_width(widget)
            yield widget

    def on_resize(self, event: Resize) -> None:
        self._fit_padding(event.size.width)
        for key in self.query(FooterKey):
            key.display = event.size.width >= self._min_width(key)
