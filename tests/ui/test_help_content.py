"""Help's shell section comes from the parser; each command's example still parses."""

from __future__ import annotations

import shlex

import pytest

from journal.cli import build_parser
from journal.tui.help_content import SHELL_EXAMPLES, group_of, shell_rows


def test_every_shell_command_has_one_example_that_parses() -> None:
    parser = build_parser()
    rows = shell_rows(parser)
    names = [name for name, _, _ in rows]
    assert names[:3] == ["eat", "supplement", "log"]  # --help order
    assert set(names) == set(SHELL_EXAMPLES)
    for name, what, example in rows:
        assert what, name
        words = shlex.split(example)
        assert words[0] == "mg-journal" and words[1] == name
        assert parser.parse_args(words[1:]).command == name


@pytest.mark.parametrize(
    ("action", "group"),
    [
        ("previous_day", "Navigation"),
        ("go_to_date", "Navigation"),
        ("log_food", "Foods"),
        ("copy_yesterday", "Foods"),
        ("log_symptom('cramp')", "Symptoms"),
        ("log_custom('r')", "Symptoms"),
        ("log_factor", "Factors"),
        ("request_delete", "The selected row"),
        ("dashboard", "Views"),
        ("undo", "App"),
        ("period('30 days')", "This screen"),
    ],
)
def test_actions_fall_into_their_groups(action: str, group: str) -> None:
    assert group_of(action) == group
