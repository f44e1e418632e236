"""The food modules stay free of Textual, TinyDB and the store, so the CLI starts fast."""

from __future__ import annotations

import subprocess
import sys

PURE = tuple(f"journal.core.food.{name}" for name in ("foods", "search", "units", "supplements"))
FORBIDDEN = ("textual", "tinydb", "journal.store")  # packages, matched with their submodules


def test_food_modules_import_nothing_heavy() -> None:
    code = (
        "import sys\n"
        f"for name in {PURE!r}: __import__(name)\n"
        f"print(sorted(m for m in sys.modules if any(m == f or m.startswith(f + '.') "
        f"for f in {FORBIDDEN!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
