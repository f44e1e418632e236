"""`cli.house_style` lowers a refusal's opening word only when it is one of
`_SENTENCE_OPENERS`: whether a message opens with a word of its sentence ("There is no
journal") or with a value ("Documents is a folder", a folder's name) is known only where
the message is written. So the list is read off the source: every message given to a
StoreError (and its kinds) or a UsageError, found by walking the code, opens either with
a value (left as it is) or with a word of the list, and the list holds no other word.
Before, the list was checked against a few examples only: a new refusal opening with
another word ("Nothing ...") would have read "mg-journal: Nothing ..." unnoticed."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from journal.cli import _SENTENCE_OPENERS

SOURCE = Path(__file__).resolve().parents[3] / "journal"
REFUSALS = ("StoreError", "UsageError")  # what `cli._main` says through `_complain`


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCE.rglob("*.py")}


def _classes(trees: dict[Path, ast.Module]) -> dict[str, ast.ClassDef]:
    """Every refusal class by name, its kinds too (DamagedFileError, InputFileError...)."""
    found: dict[str, ast.ClassDef] = {}
    names = set(REFUSALS)
    while True:
        more = {
            node.name: node
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and (node.name in names or any(ast.unparse(b) in names for b in node.bases))
        }
        if more.keys() <= found.keys():
            return found
        found |= more
        names |= more.keys()


def _called(call: ast.Call) -> str:
    return ast.unparse(call.func).rsplit(".", 1)[-1]


def _assigned(scope: ast.AST, name: str) -> list[ast.expr]:
    return [
        node.value
        for node in ast.walk(scope)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    ]


def _openers(message: ast.expr, scope: ast.AST, where: str) -> Iterator[tuple[str | None, str]]:
    """The opening word of each message `message` can be; None for a value first."""
    if isinstance(message, ast.IfExp):
        yield from _openers(message.body, scope, where)
        yield from _openers(message.orelse, scope, where)
    elif isinstance(message, ast.Constant) and isinstance(message.value, str):
        yield message.value.split(" ")[0], where
    elif isinstance(message, ast.JoinedStr):
        first = message.values[0]
        text = first.value if isinstance(first, ast.Constant) else None  # else a value first
        yield (text.split(" ")[0] if isinstance(text, str) else None), where
    elif isinstance(message, ast.Name) and (values := _assigned(scope, message.id)):
        for value in values:
            yield from _openers(value, scope, where)
    else:
        raise AssertionError(f"{where}: a refusal's message this test cannot read")


@cache
def _messages() -> tuple[tuple[str | None, str], ...]:
    """(opening word or None, file:line) of every message a refusal is made with."""
    trees = _trees()
    classes = _classes(trees)
    own_init = {
        name
        for name, cls in classes.items()
        if any(isinstance(f, ast.FunctionDef) and f.name == "__init__" for f in cls.body)
    }
    said: list[tuple[str | None, str]] = []
    for path, tree in trees.items():
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        # A refusal class's own __init__ writes its message: `super().__init__(...)`.
        supers = {
            id(node)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef) and cls.name in classes
            for node in ast.walk(cls)
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "super().__init__"
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called(node)
            if id(node) in supers or (name in classes and name not in own_init):
                where = f"{path.relative_to(SOURCE.parent)}:{node.lineno}"
                scope = next(
                    (f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or 0)),
                    tree,
                )
                said += _openers(node.args[0], scope, where)
    return tuple(said)


def test_the_walk_finds_the_refusals_it_should() -> None:
    places = {where.split(":")[0] for _, where in _messages()}
    # the journal missing, a file that cannot be saved, a trial's plan, an import
    assert {"journal/store/journal.py", "journal/store/errors.py"} <= places
    assert {"journal/store/trial.py", "journal/store/inputs.py", "journal/cli.py"} <= places
    assert len(_messages()) >= 40


def test_every_refusal_opens_with_a_value_or_a_listed_word() -> None:
    unlisted = [
        f"{where}: {word!r}"
        for word, where in _messages()
        if word is not None and word[:1].isupper() and word not in _SENTENCE_OPENERS
    ]
    assert unlisted == [], "add the word to cli._SENTENCE_OPENERS: " + "; ".join(unlisted)


def test_the_list_holds_only_words_a_refusal_opens_with() -> None:
    used = {word for word, _ in _messages()}
    assert set(_SENTENCE_OPENERS) - used == set()
