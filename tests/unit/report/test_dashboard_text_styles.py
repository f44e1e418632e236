"""The dashboard's texts are bold only where a heading is: `Text("Main question",
style="bold")` gave the whole full tables a bold base style, the dim lines too, and
the top sources' heading made every source bold."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from journal.tui.widgets.dashboard_text import correlation_text, intake_text
from tests.unit.report.test_zero_mark import dashboard


def _bold_at(text: Text, offset: int) -> bool:
    return bool(text.get_style_at_offset(Console(), offset).bold)


def test_the_full_tables_are_bold_only_in_their_headings() -> None:
    dash, _ = dashboard(twitch_on_low_days=False)
    text = correlation_text(dash)
    plain = text.plain
    assert text.style in ("", None)
    assert _bold_at(text, plain.index("Main question"))
    assert _bold_at(text, plain.index("Exploratory:"))
    # A row of numbers under the heading is not bold.
    row = plain.index("\n", plain.index("Main question")) + 1
    assert not _bold_at(text, row)


def test_the_top_sources_are_bold_only_in_their_heading() -> None:
    dash, _ = dashboard(twitch_on_low_days=False)
    text = intake_text(dash, sources=True)
    plain = text.plain
    assert text.style in ("", None)
    assert _bold_at(text, plain.index("Top sources"))
    first_source = plain.index("\n") + 1
    assert plain[first_source:].strip()  # the period has sources
    assert not _bold_at(text, first_source)
