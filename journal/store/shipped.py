"""Access to files shipped with the package; the only reader of ``foods.tsv``.

A wheel carries the top-level ``data/`` directory as ``journal/_data/``; a source
checkout or editable install has it beside the ``journal`` package. Looking in both
places keeps ``pip install .`` and ``git clone`` working with the same code.
"""

from __future__ import annotations

from pathlib import Path

import journal

FOOD_TABLE = "foods.tsv"


def food_table_candidates() -> tuple[Path, Path]:
    """Where the food table may be: inside the installed package, then the checkout."""
    package = Path(journal.__file__).resolve().parent
    return package / "_data" / FOOD_TABLE, package.parent / "data" / FOOD_TABLE


def read_food_table() -> str:
    """Return the shipped food table's text (UTF-8).

    Raises FileNotFoundError naming every place looked at, since a missing table
    means a broken install rather than something the person can fix in the app.
    """
    candidates = food_table_candidates()
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    looked = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"food table missing (looked in: {looked}); reinstall Mg Journal")
