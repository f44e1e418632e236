"""Shell subcommands, one module each; every module has `register(subparsers)`.

They import nothing from Textual: a quick log from the shell must start fast.
"""

from journal.shell import (
    backup_cmd,
    crypt_cmd,
    demo_cmd,
    doctor_cmd,
    done_cmd,
    eat_cmd,
    edit_cmd,
    export_cmd,
    import_cmd,
    list_cmd,
    log_cmd,
    path_cmd,
    profile_cmd,
    report_cmd,
    restore_cmd,
    supplement_cmd,
    sync_cmd,
    trial_cmd,
)

# In the order `mg-journal --help` lists them: daily use first.
COMMANDS = [
    eat_cmd,
    supplement_cmd,
    log_cmd,
    done_cmd,
    list_cmd,
    edit_cmd,
    report_cmd,
    trial_cmd,
    profile_cmd,
    export_cmd,
    import_cmd,
    backup_cmd,
    restore_cmd,
    doctor_cmd,
    sync_cmd,
    crypt_cmd,
    demo_cmd,
    path_cmd,
]

# Each command word and the module that registers it: a command line builds only its
# own command's parser (argparse spends ~10 ms building all of them, every quick log).
# tests/unit/test_shell_guidance.py checks this against the full parser.
BY_NAME = {
    "eat": eat_cmd,
    "supplement": supplement_cmd,
    "log": log_cmd,
    "done": done_cmd,
    "list": list_cmd,
    "edit": edit_cmd,
    "delete": edit_cmd,
    "report": report_cmd,
    "trial": trial_cmd,
    "profile": profile_cmd,
    "export": export_cmd,
    "import": import_cmd,
    "backup": backup_cmd,
    "restore": restore_cmd,
    "doctor": doctor_cmd,
    "sync": sync_cmd,
    "encrypt": crypt_cmd,
    "decrypt": crypt_cmd,
    "key": crypt_cmd,
    "demo": demo_cmd,
    "path": path_cmd,
}
