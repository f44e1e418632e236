"""The command line's modules stay small (the standard: ~300 lines, each named for what
it holds). trial_cmd.py had grown to 329 lines: its steps' options are now trial_args,
its packing sheet trial_packing."""

from __future__ import annotations

from pathlib import Path

import journal.shell

SHELL = Path(journal.shell.__file__).parent
MAX_LINES = 300


def test_no_shell_module_outgrows_the_standard() -> None:
    sizes = {
        path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in SHELL.glob("*.py")
    }
    sizes["cli.py"] = len((SHELL.parent / "cli.py").read_text(encoding="utf-8").splitlines())
    assert "trial_cmd.py" in sizes and len(sizes) > 20
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_the_trial_command_still_registers_every_step() -> None:
    from journal.shell.parser import build_parser

    parser = build_parser("trial")
    for step in (
        "plan",
        "start",
        "dose",
        "status",
        "report",
        "packing",
        "guess",
        "unseal",
        "amend",
        "stop",
    ):
        args = parser.parse_args(
            [
                "trial",
                step,
                *{
                    "plan": ["glycinate", "300"],
                    "dose": ["taken"],
                    "guess": ["A"],
                    "amend": ["pairs", "4"],
                }.get(step, []),
            ]
        )
        assert args.trial_command == step and args.handler.__module__ == "journal.shell.trial_cmd"
