"""Eat's question at a terminal ("Which one? [1-2, Enter cancels]"): ctrl-D there printed
a Python traceback (EOFError), and a number out of range ("9" of 2) or a letter dropped
the whole line with only "Nothing logged.". Now ctrl-D says so in one line, and a slip
is asked again."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from journal.cli import main
from journal.core import clock
from journal.store.journal import Journal


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def on_a_terminal(monkeypatch: pytest.MonkeyPatch, typed: str) -> Terminal:
    """stdin (`typed`) and stdout are a terminal: eat asks; what it printed is returned.
    Set in the test itself: pytest puts its own stdout back after a fixture's setup."""
    out = Terminal()
    monkeypatch.setattr(sys, "stdin", Terminal(typed))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr("journal.shell.fit.columns", lambda stream=None: None)
    return out


def test_ctrl_d_at_the_question_ends_in_one_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    screen = on_a_terminal(monkeypatch, "")  # at once the end of the input
    assert main(["eat", "lentils 100 g"]) == 1
    assert "Which one? [1-2, Enter cancels]" in screen.getvalue()
    err = capsys.readouterr().err
    assert err.endswith("mg-journal: no answer (the input ended); nothing was changed.\n")
    assert "Traceback" not in err and not data_dir.exists()


def test_a_slip_is_asked_again(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = on_a_terminal(monkeypatch, "9\nl\n2\n")
    assert main(["eat", "lentils 100 g"]) == 0
    shown = screen.getvalue()
    assert "'9' is not one of 1 to 2: type its number, or Enter to cancel." in shown
    assert "'l' is not one of 1 to 2" in shown
    assert "Logged Lentils, raw: 100 g = 122 mg magnesium" in shown
    [eaten] = Journal.open(data_dir).day(clock.today()).foods
    assert eaten.food_id == "usda:16069"
