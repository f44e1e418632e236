"""Words for a food as eaten that USDA names by how it was made: "toast" is toasted
bread ("Bread, white, commercially prepared, toasted"); no bread's name holds "toast",
so "toast" found French toast and melba toast first, and "a slice of toast" asked."""

from __future__ import annotations

import re

# Not French toast, melba toast or rusk toast: foods of their own, by those names.
_TOAST = re.compile(r"(?<!french )(?<!melba )(?<!rusk )\btoast\b")


def as_eaten(text: str) -> str:
    """Lower-case ``text`` with "toast" read as "toasted bread"."""
    return _TOAST.sub("toasted bread", text)
