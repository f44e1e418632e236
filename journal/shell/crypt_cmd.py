"""`mg-journal encrypt`, `decrypt` and `key export|import`: the journal's files as age files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from journal.shell.fit import say

ENV_PASSPHRASE = "MG_JOURNAL_PASSPHRASE"  # for scripts; a person is asked on the terminal


def register(commands: Any) -> None:
    cmd = commands.add_parser("encrypt", help="encrypt every file of the journal with age")
    cmd.set_defaults(handler=run_encrypt)
    cmd = commands.add_parser("decrypt", help="turn encryption off: plain files again")
    cmd.set_defaults(handler=run_decrypt)
    cmd = commands.add_parser("key", help="carry the encryption key to another computer")
    actions = cmd.add_subparsers(dest="key_action", metavar="{export,import}", required=True)
    export = actions.add_parser("export", help="write the key protected by a passphrase (age)")
    export.add_argument(
        "-o", "--output", metavar="FILE", default="mg-journal-key.age", help="%(default)s here"
    )
    imported = actions.add_parser("import", help="keep the key from an exported file")
    imported.add_argument("file", metavar="FILE", help="the file `key export` wrote")
    cmd.set_defaults(handler=run_key)


def run_encrypt(args: argparse.Namespace) -> int:
    from journal.store.encryption import encrypt
    from journal.store.errors import AlreadyDoneError
    from journal.store.journal import Journal

    try:
        count, key = encrypt(Journal.open(args.data_dir, create=False))
    except AlreadyDoneError as done:  # as `done` on a complete day: said, and no failure
        say(str(done))
        return 0
    say(f"Encrypted {count} files with age; the key is {key} (outside the journal folder).")
    say("For another computer, or in case this one is lost: mg-journal key export")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from journal.store.encryption import decrypt
    from journal.store.errors import AlreadyDoneError
    from journal.store.journal import Journal

    try:
        count = decrypt(Journal.open(args.data_dir, create=False))
    except AlreadyDoneError as done:
        say(str(done))
        return 0
    say(f"Decrypted {count} files: the journal is plain again.")
    return 0


def _passphrase(twice: bool) -> str:
    from journal.core.validate import ValidationError

    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if not sys.stdin.isatty():
        raise ValidationError(
            "passphrase", f"no terminal to ask for a passphrase; set ${ENV_PASSPHRASE}"
        )
    import getpass

    first = getpass.getpass("Passphrase: ")
    if twice and getpass.getpass("Again: ") != first:
        raise ValidationError("passphrase", "the two passphrases differ; nothing was written")
    if not first:
        raise ValidationError(
            "passphrase", "an empty passphrase protects nothing; nothing was written"
        )
    return first


def run_key(args: argparse.Namespace) -> int:
    from journal.store.encryption import export_key, import_key

    if args.key_action == "export":
        from journal.store.atomic import atomic_write_bytes
        from journal.store.errors import StoreError

        path = Path(args.output).expanduser().absolute()
        if path.exists():
            raise StoreError(f"{path} already exists; nothing was written. Choose another -o.")
        atomic_write_bytes(path, export_key(_passphrase(twice=True)))
        say(f"Wrote the key to {path}, protected by your passphrase.")
        say("On the other computer: mg-journal key import FILE (or: age -d FILE > key.txt)")
        return 0
    from journal.store.inputs import read_input_bytes

    source = Path(args.file).expanduser().absolute()
    raw = read_input_bytes(source)  # refused in the words `import` uses: "X does not exist"
    from journal.store.paths import resolve_data_dir

    root = resolve_data_dir(args.data_dir)
    say(f"Kept the key in {import_key(raw, _passphrase(twice=False), source, root)}")
    return 0
