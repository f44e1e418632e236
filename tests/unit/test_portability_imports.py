"""The portability commands stay Textual-free and the demo/export/import core stays pure."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT

MODULES = [
    "journal.core.demo.journal",
    "journal.core.exchange.cronometer",
    "journal.core.exchange.json_doc",
    "journal.core.exchange.csv_rows",
    "journal.shell.demo_cmd",
    "journal.shell.export_cmd",
    "journal.shell.import_cmd",
    "journal.shell.backup_cmd",
    "journal.shell.restore_cmd",
    "journal.shell.doctor_cmd",
]


def test_no_textual_and_a_pure_core() -> None:
    code = (
        "import sys\n"
        f"for name in {MODULES!r}: __import__(name)\n"
        "bad = [m for m in ('textual', 'tinydb', 'journal.store') if m in sys.modules]\n"
        "print(bad)\n"
    )
    core = [m for m in MODULES if m.startswith("journal.core")]
    result = subprocess.run(
        [sys.executable, "-c", code.replace(repr(MODULES), repr(core))],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.strip() == "[]"
    shell = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys\nfor n in {MODULES!r}: __import__(n)\nprint('textual' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert shell.stdout.strip() == "False"
