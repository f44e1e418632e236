"""`mg-journal report` offers and renders exactly the formats of the one table."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.report.formats import DEFAULT_DAYS, FORMATS
from journal.shell.parser import build_parser
from tests.helpers import run_cli


def test_the_parser_offers_the_tables_formats_and_no_other() -> None:
    assert tuple(FORMATS) == ("text", "markdown", "html")
    for name in FORMATS:
        assert build_parser().parse_args(["report", "--format", name]).format == name
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "--format", "pdf"])


def test_each_format_renders_its_own_period(data_dir: Path) -> None:
    assert run_cli("demo", "--days", "40", "--data-dir", str(data_dir), "--no-open").returncode == 0
    firsts = {}
    for name in FORMATS:
        result = run_cli("report", "--format", name)
        assert result.returncode == 0, result.stderr
        firsts[name] = result.stdout
    assert firsts["text"].startswith("Mg Journal report")
    assert f"(last {DEFAULT_DAYS} days)" in firsts["text"]
    assert firsts["markdown"].startswith("# ")
    assert f"(last {DEFAULT_DAYS} days)" in firsts["markdown"]
    assert (
        firsts["html"].startswith("<!DOCTYPE html>")
        and f"last {DEFAULT_DAYS} days" in firsts["html"]
    )


def test_every_format_covers_the_dashboards_default_period() -> None:
    """One answer: report, the doctor's page and the dashboard open on the same period."""
    from journal.core.analysis.dashboard import DEFAULT_DAYS as DASHBOARD_DAYS

    assert {f.default_days for f in FORMATS.values()} == {DASHBOARD_DAYS}
