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
