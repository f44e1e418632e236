"""Shell subcommands, one module each; every module has `register(subparsers)`.

They import nothing from Textual: a quick log from the shell must start fast.
"""

from journal.shell import eat_cmd, path_cmd, supplement_cmd

COMMANDS = [path_cmd, eat_cmd, supplement_cmd]
