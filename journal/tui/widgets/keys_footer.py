"""A Footer that drops a screen's less-used keys on narrower terminals.

A screen gives `FOOTER_MIN_WIDTH` (action -> the terminal width it needs);
narrower than that, the key leaves the footer but keeps working, and stays
listed in help (?) and the command palette.
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

    def compose(self) -> ComposeResult:
        width = self.app.size.width
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.display = width >= self._min_width(widget)
            yield widget

    def on_resize(self, event: Resize) -> None:
        for key in self.query(FooterKey):
            key.display = event.size.width >= self._min_width(key)
