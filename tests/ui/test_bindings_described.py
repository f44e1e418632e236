"""Every key of ours says what it does (help and the footer show the description)."""

from __future__ import annotations

import importlib
import pkgutil

from textual.binding import Binding
from textual.dom import DOMNode

import journal.tui


def our_nodes() -> list[type[DOMNode]]:
    for info in pkgutil.walk_packages(journal.tui.__path__, "journal.tui."):
        importlib.import_module(info.name)
    found: list[type[DOMNode]] = []
    todo: list[type[DOMNode]] = [DOMNode]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("journal."):
            found.append(cls)
    return found


def test_every_binding_of_ours_has_a_description() -> None:
    nodes = our_nodes()
    names = {cls.__name__ for cls in nodes}
    assert {"MgJournalApp", "TodayScreen", "HelpScreen", "SymptomTable", "GoToDate"} <= names
    missing = [
        f"{cls.__name__}: {binding.key} -> {binding.action}"
        for cls in nodes
        for binding in vars(cls).get("BINDINGS", [])
        if isinstance(binding, Binding) and not binding.description.strip()
    ]
    assert missing == []
    assert all(
        isinstance(binding, Binding) for cls in nodes for binding in vars(cls).get("BINDINGS", [])
    ), "write bindings as Binding(...) so they carry a description"
