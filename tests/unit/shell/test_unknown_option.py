"""A word no option takes is refused as the command it was typed to: `mg-journal log
--sevrity 3` said "mg-journal: unrecognized arguments ...; see mg-journal --help", whose
text lists no option of log. Now it names `mg-journal log`, its --help and the option
meant, and stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("log", "cramp", "--sevrity", "3"),
            "mg-journal: unrecognized arguments: --sevrity 3 (did you mean --severity?); "
            "see mg-journal log --help\n",
        ),
        (
            ("eat", "banana", "--tme=09:00"),
            "mg-journal: unrecognized arguments: --tme=09:00 (did you mean --time?); "
            "see mg-journal eat --help\n",
        ),
        (
            ("log", "cramp", "woke", "me"),
            "mg-journal: unrecognized arguments: me; see mg-journal log --help\n",
        ),
        (
            ("trial", "dose", "taken", "--yes"),
            "mg-journal: unrecognized arguments: --yes; see mg-journal trial dose --help\n",
        ),
        (("-v",), "mg-journal: unrecognized arguments: -v; see mg-journal --help\n"),
        # A choice typed as an option: `report --html` was met with "did you mean --help?"
        (
            ("report", "--html"),
            "mg-journal: unrecognized arguments: --html (did you mean --format html?); "
            "see mg-journal report --help\n",
        ),
        (
            ("export", "--JSON", "-o", "x.json"),
            "mg-journal: unrecognized arguments: --JSON (did you mean --format json?); "
            "see mg-journal export --help\n",
        ),
    ],
)
def test_an_unknown_word_names_its_command(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    done = run_cli(*args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", said)
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("sync", "take", "abc"), "mg-journal: N: 'abc' is not a whole number"),
        (
            ("trial", "plan", "glycinate", "300", "--benefit", "lots"),
            "mg-journal: --benefit: 'lots' is not a number",
        ),
        (
            ("trial", "plan", "glycinate", "300", "--pairs", "2.5"),
            "mg-journal: --pairs: '2.5' is not a whole number",
        ),
    ],
)
def test_words_for_a_number_are_refused_in_words(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    """argparse said "invalid int value: 'abc'", naming Python's type."""
    done = run_cli(*args)
    assert (done.returncode, done.stdout) == (2, "")
    command = " ".join(args[:2])  # the step's --help: it lists the option
    assert done.stderr == f"{said}; see mg-journal {command} --help\n"
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("trial", "stauts"),
            "mg-journal: STEP: invalid choice: 'stauts' (did you mean 'status'? "
            "choose from 'plan', 'start', 'dose', 'status', 'report', 'packing', 'guess', "
            "'unseal', 'amend', 'stop'); see mg-journal trial --help\n",
        ),
        (
            ("export", "--format", "JSON"),
            "mg-journal: --format: invalid choice: 'JSON' (did you mean 'json'? "
            "choose from 'csv', 'json'); see mg-journal export --help\n",
        ),
        (  # nothing close: the choices alone, as before
            ("import", "xyz", "f.json"),
            "mg-journal: KIND: invalid choice: 'xyz' (choose from 'json', "
            "'cronometer'); see mg-journal import --help\n",
        ),
    ],
)
def test_a_mistyped_step_or_choice_offers_the_one_meant(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    """`mg-journal eta` offered 'eat'; `trial stauts` only listed every step."""
    done = run_cli(*args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", said)
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("report", "--days", "x"), "mg-journal: --days: 'x' is not a whole number of days"),
        (("log", "cramp", "-s"), "mg-journal: -s: expected one argument"),
        (("log", "cramp", "--severity"), "mg-journal: --severity: expected one argument"),
    ],
)
def test_argparse_refusals_open_as_the_journals_own(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    """They opened "mg-journal report: argument --days:" (and "--severity/-s" for a
    typed -s) where the journal's own open "mg-journal: --severity: ..."."""
    done = run_cli(*args)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"{said}; see mg-journal {args[0]} --help\n"
