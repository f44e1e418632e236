"""The shell's refusals in one house style: "mg-journal: " then lower case, each field
named as the other commands name it, a missing file in the words `import` uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.cli import house_style
from tests.helpers import run_cli


def test_a_store_sentence_reads_lower_case_after_the_prefix(tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    refused = run_cli("--data-dir", str(nowhere), "list")
    assert refused.returncode == 1
    # Before: "mg-journal: There is no journal in ..."
    assert refused.stderr.startswith(f"mg-journal: there is no journal in {nowhere}: check")


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("Cannot read /a/b (Permission denied); nothing was written.", "cannot read /a/b"),
        ("Version 2 holds no document; nothing was changed.", "version 2 holds no"),
        ("A trial is running and its plan is locked", "a trial is running"),
        # A path, a value or a name first is left as it is.
        ("/home/Ann/x.json does not exist", "/home/Ann/x.json does not"),
        ("Documents is a folder", "Documents is a folder"),
        ("MG_JOURNAL_NOW='x' is not a date-time", "MG_JOURNAL_NOW='x' is"),
        ("There", "There"),
    ],
)
def test_house_style_lowers_only_a_sentences_opening_word(said: str, shown: str) -> None:
    assert house_style(said).startswith(shown)


def test_the_blinded_packing_sheet_refusal_has_the_prefix(data_dir: Path) -> None:
    plan = run_cli("trial", "plan", "glycinate", "300", "--against", "placebo", "--blind")
    assert plan.returncode == 0, plan.stderr
    refused = run_cli("trial", "packing")
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "mg-journal: the packing sheet says which bottle holds magnesium: it is for the helper."
    )


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--date", "someday"),
        ("done", "--date", "someday"),
        ("eat", "almonds", "1oz", "--date", "someday"),
        ("log", "cramp", "--date", "someday"),
    ],
)
def test_every_command_names_the_date_field_alike(data_dir: Path, args: tuple[str, ...]) -> None:
    run_cli("log", "cramp")  # a journal for list to read
    refused = run_cli(*args)
    assert refused.returncode == 2
    # Before: list and done said "--date: 'someday' ...", eat and log "date: ...".
    assert refused.stderr.startswith("mg-journal: date: 'someday' is not a day; try ")


def test_edit_names_the_date_and_time_fields_as_eat_does(data_dir: Path) -> None:
    logged = run_cli("log", "cramp", "--date", "yesterday").stdout
    entry = logged.split("[")[1].split("]")[0]  # "Logged cramp on ... [0d68703f]"
    refused = run_cli("edit", entry, "--date", "someday")
    assert refused.stderr.startswith("mg-journal: date: 'someday' is not a day"), refused.stderr
    refused = run_cli("edit", entry, "--time", "25:99")
    assert refused.stderr.startswith("mg-journal: time: "), refused.stderr


def test_key_import_of_a_missing_file_says_it_as_import_does(tmp_path: Path) -> None:
    missing = tmp_path / "mg-journal-key.age"
    for args in (("key", "import", str(missing)), ("import", "json", str(missing))):
        refused = run_cli(*args)
        assert refused.returncode == 1
        # Before, key import: "Cannot read ... (No such file or directory); ..."
        assert refused.stderr == f"mg-journal: {missing} does not exist; nothing was written.\n"
