"""Shell subcommands, one module each; every module has `register(subparsers)`.

They import nothing from Textual: a quick log from the shell must start fast.
"""

from journal.shell import path_cmd, report_cmd

COMMANDS = [path_cmd, report_cmd]
