"""`mg-journal` and `mg-journal --data-dir DIR` open the app without building the
parser: building it imports every shell command, some 25 ms of the app's start."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
import journal.tui.app as app
app.run_app = lambda data_dir: print(repr(data_dir)) or 0
import journal.cli
journal.cli._terminal = lambda: True  # as in a terminal (the test's pipes are none)
rc = journal.cli.main({argv!r})
print(rc, 'journal.shell' in sys.modules, 'argparse' in sys.modules)
"""


@pytest.mark.parametrize(("argv", "opened"), [([], "None"), (["--data-dir", "/tmp/j"], "'/tmp/j'")])
def test_opening_the_app_imports_no_shell_command(argv: list[str], opened: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv)], capture_output=True, text=True
    )
    assert done.stdout.split("\n")[:2] == [opened, "0 False False"], done.stderr


# Loaded at first need, not before the first frame (each is a millisecond or more of
# dataclasses and patterns): the undo stack at the first change, the day rows with the
# dashboard, the copy-name parser when a folder holds a name that says "conflict".
LATER = ("journal.core.entries.undo", "journal.core.analysis.daily", "journal.core.sync.names")


def test_the_app_loads_without_what_its_first_frame_does_not_use() -> None:
    code = f"import sys, journal.cli, journal.tui.app; print(*(m in sys.modules for m in {LATER}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["False"] * len(LATER), done.stderr


GC_PROBE = """
import gc, sys
import journal.cli
journal.cli._terminal = lambda: True
passes = []
gc.callbacks.append(lambda phase, info: passes.append(phase) if phase == "start" else None)
rc = journal.cli.main(["--data-dir", {folder!r}])
print(rc, len(passes), "textual.app" in sys.modules, gc.isenabled())
"""


def test_the_collector_waits_through_the_imports_and_is_back_after(tmp_path) -> None:
    """Importing Textual and the app made the collector walk their objects ~80 times
    before the first frame; held from before the import, it runs none. A folder that
    is a file is refused after the import, and the collector is on again."""
    (tmp_path / "file").touch()
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE.format(folder=str(tmp_path / "file"))],
        capture_output=True,
        text=True,
    )
    assert done.stdout.split() == ["1", "0", "True", "True"], done.stderr
    assert "is a file, not a folder" in done.stderr


def test_without_a_terminal_the_app_is_not_opened_and_says_why(tmp_path) -> None:
    """A helper's report: `mg-journal </dev/null >out` started the full-screen app,
    wrote its escape codes into the file and waited for keys until killed."""
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(tmp_path / "j")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("mg-journal: the app needs a terminal")
    assert "see mg-journal --help" in done.stderr
    assert not (tmp_path / "j").exists()  # nothing made


def test_any_other_line_is_parsed_as_before() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=["--data-dir"])], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "mg-journal: --data-dir: expected one argument" in done.stderr
