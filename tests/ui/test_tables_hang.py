"""The dashboard's full tables wrap with a hanging indent (widgets/hanging_text.py).

Before: at 80x24 "  one test for both: ...; a" went on as "finding at p <= 0.04" at the
left edge, and a row's end ("0.797, q 0.946)  n=85") read as a row of its own."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.dashboard_text import correlation_text
from journal.tui.widgets.hanging_text import HangingText, hang
from tests.ui.painted import painted_lines, wait_painted


def test_a_line_that_fits_is_left_as_it_is_and_one_column_more_hangs() -> None:
    line = "  one two three"  # 15 columns
    assert hang(Text(line), 15).plain == line
    assert hang(Text(line), 14).plain == "  one two\n    three"
    assert hang(Text("a b\n\n  c"), 3).plain == "a b\n\n  c"  # blank lines kept


def test_every_wrapped_line_sits_two_past_its_lines_indent_and_fits() -> None:
    text = Text("How: " + "word " * 30 + "\n    row " + "cell " * 30)
    for width in (20, 37, 80):
        lines = hang(text, width).plain.split("\n")
        assert all(len(line) <= width for line in lines)
        assert " ".join(" ".join(lines).split()) == " ".join(text.plain.split())
        starts = [len(line) - len(line.lstrip()) for line in lines]
        row = next(i for i, line in enumerate(lines) if line.lstrip().startswith("row"))
        assert starts[0] == 0 and set(starts[1:row]) == {2}
        assert starts[row] == 4 and set(starts[row + 1 :]) == {6}


def test_a_statistic_keeps_its_figure_on_its_line() -> None:
    # At 80 columns the tables read "...; p" over "< 0.001)".
    row = "    allowing for alcohol (11 d, Mantel-Haenszel): RR 4.5 (95% CI 2.3-8.7; p < 0.001)"
    assert hang(Text(row), 76).plain.split("\n") == [
        "    allowing for alcohol (11 d, Mantel-Haenszel): RR 4.5 (95% CI 2.3-8.7;",
        "      p < 0.001)",
    ]
    assert hang(Text(row), 56).plain.split("\n") == [
        "    allowing for alcohol (11 d, Mantel-Haenszel): RR 4.5",
        "      (95% CI 2.3-8.7; p < 0.001)",
    ]
    # "RR 4.5" holds; "p" inside a word ("step 3") is no statistic.
    assert hang(Text("a step 3 and RR 4.5"), 15).plain == "a step 3 and\n  RR 4.5"


def test_styles_stay_on_their_words_and_a_word_too_long_is_cut() -> None:
    text = Text("  plain words ")
    text.append("boldword", "bold")
    out = hang(text, 14)
    assert out.plain == "  plain words\n    boldword"
    assert [out.plain[s.start : s.end] for s in out.spans if s.style == "bold"] == ["boldword"]
    cut = hang(Text("x" * 25), 12).plain.split("\n")
    assert cut == ["x" * 12, "  " + "x" * 10, "  " + "x" * 3]
    # Too narrow to hang (under 10 columns left past the indent): left to the terminal.
    assert hang(Text("        a b c d e f"), 17).plain == "        a b c d e f"


async def test_the_tables_at_80x24_wrap_under_their_own_indent(data_dir: Path) -> None:
    build_demo_journal(data_dir, 400, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.press("t")
        await wait_painted(pilot, "one test for both")
        shown = painted_lines(app)
        first = next(i for i, line in enumerate(shown) if "one test for both" in line)
        # The widget's 1-column padding, the screen's, the line's own 2, and 2 more.
        assert shown[first].startswith("    one test for both")
        assert shown[first + 1].startswith("      ") and shown[first + 1].strip()
        tables = app.screen.query_one("#correlations", HangingText)
        width = tables.content_size.width
        source = correlation_text(app.screen._dash)  # type: ignore[attr-defined]
        drawn = str(tables.render()).split("\n")
        assert width < max(len(line) for line in source.plain.split("\n"))  # some do wrap
        assert all(len(line) <= width for line in drawn)
        for line in source.plain.split("\n"):
            indent = len(line) - len(line.lstrip(" "))
            if len(line) > width:
                at = next(i for i, d in enumerate(drawn) if d.strip() and line.startswith(d))
                assert len(drawn[at]) < len(line)
                assert drawn[at + 1].startswith(" " * (indent + 2))
                assert not drawn[at + 1].startswith(" " * (indent + 3))
        # Wide enough, the text is the tables' own, unchanged.
        widest = max(len(line) for line in source.plain.split("\n"))
        assert hang(source, widest) == source
