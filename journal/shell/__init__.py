"""Shell subcommands, one module each; every module has `register(subparsers)`.

They import nothing from Textual: a quick log from the shell must start fast.
"""

import importlib
from types import ModuleType

# In the order `mg-journal --help` lists them: daily use first.
COMMANDS = [  # module names under journal.shell
    "eat_cmd",
    "supplement_cmd",
    "log_cmd",
    "done_cmd",
    "list_cmd",
    "edit_cmd",
    "report_cmd",
    "trial_cmd",
    "profile_cmd",
    "foods_cmd",
    "export_cmd",
    "import_cmd",
    "backup_cmd",
    "restore_cmd",
    "doctor_cmd",
    "sync_cmd",
    "crypt_cmd",
    "demo_cmd",
    "path_cmd",
]

# Each command word and the module that registers it: a command line imports and builds
# only its own command's parser (importing every command module and building all their
# parsers costs a quick log ~15 ms).
# tests/unit/test_shell_guidance.py checks this against the full parser.
BY_NAME = {
    "eat": "eat_cmd",
    "supplement": "supplement_cmd",
    "log": "log_cmd",
    "done": "done_cmd",
    "list": "list_cmd",
    "edit": "edit_cmd",
    "delete": "edit_cmd",
    "report": "report_cmd",
    "trial": "trial_cmd",
    "profile": "profile_cmd",
    "foods": "foods_cmd",
    "export": "export_cmd",
    "import": "import_cmd",
    "backup": "backup_cmd",
    "restore": "restore_cmd",
    "doctor": "doctor_cmd",
    "sync": "sync_cmd",
    "encrypt": "crypt_cmd",
    "decrypt": "crypt_cmd",
    "key": "crypt_cmd",
    "demo": "demo_cmd",
    "path": "path_cmd",
}


def command_module(name: str) -> ModuleType:
    """The module `journal.shell.<name>`, imported now (see BY_NAME)."""
    return importlib.import_module(f"journal.shell.{name}")
