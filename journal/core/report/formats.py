"""The report's formats in one table: its name, what it is, the period it covers, how it renders.

`mg-journal report` offers these names and renders through the row; a new report
(the trial's) adds rows here, not branches there. Each renderer loads its module
when called: the shell builds its parser, choices and all, on every command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from journal.core.analysis.dashboard import Dashboard
    from journal.core.entries.day import Day

    # The dashboard, the days it was built from, and the basis of the person's target.
    Render = Callable[[Dashboard, Sequence[Day], str], str]

# Every format covers the dashboard's default period (analysis.dashboard.DEFAULT_DAYS, kept
# apart so the shell's parser loads no statistics), so report, page and dashboard agree.
DEFAULT_DAYS = 90


class ReportFormat:
    """One row: the name `--format` takes, a line for --help, the period without --days
    (None: the whole journal), the renderer, and whether it needs the days' entries (a
    page lists each day) or only the dashboard, which the day summaries give."""

    # A plain class: a dataclass is built at import, and every shell command imports this.
    __slots__ = ("default_days", "help", "name", "needs_days", "render")

    def __init__(
        self, name: str, help: str, default_days: int | None, render: Render, needs_days: bool
    ) -> None:
        self.name, self.help, self.default_days, self.render = name, help, default_days, render
        self.needs_days = needs_days


def _text(dash: Dashboard, days: Sequence[Day], target_basis: str) -> str:
    from journal.core.report.text import report

    return report(dash, target_basis)


def _markdown(dash: Dashboard, days: Sequence[Day], target_basis: str) -> str:
    from journal.core.report.doc import gather
    from journal.core.report.markdown import render_markdown

    return render_markdown(gather(dash, days, target_basis))


def _html(dash: Dashboard, days: Sequence[Day], target_basis: str) -> str:
    from journal.core.report.doc import gather
    from journal.core.report.html import render_html

    return render_html(gather(dash, days, target_basis))


FORMATS: dict[str, ReportFormat] = {
    f.name: f
    for f in (
        ReportFormat("text", "plain text: the answer, then the tables", DEFAULT_DAYS, _text, False),
        ReportFormat("markdown", "one page for a doctor, Markdown", DEFAULT_DAYS, _markdown, True),
        ReportFormat(
            "html", "one self-contained page for a doctor, HTML", DEFAULT_DAYS, _html, True
        ),
    )
}
