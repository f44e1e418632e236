"""An encrypted journal: every file an age file, daily use unchanged, a bad key one line."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from journal.store.crypt import AGE_HEADER, MARKER, key_path
from journal.store.doctor import diagnose
from journal.store.encryption import decrypt, encrypt
from journal.store.errors import StoreError
from journal.store.journal import Journal
from tests.helpers import food, onboarded, run_cli

DAY = date(2026, 11, 25)
DAY_FILE = "entries/2026-11-25.json"


def journal_with_entries(data_dir: Path) -> Journal:
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(DAY, "Almonds"))
    journal.add(food(DAY, "Oat bran"))  # a second change of the day: a daily backup exists
    return journal


def sealed(path: Path) -> bool:
    return path.read_bytes().startswith(AGE_HEADER)


def test_encrypt_turns_every_file_into_an_age_file_and_daily_use_goes_on(data_dir: Path) -> None:
    journal = journal_with_entries(data_dir)
    count, key = encrypt(journal)
    assert key == key_path() and data_dir not in key.parents
    assert key.stat().st_mode & 0o777 == 0o600
    files = [data_dir / DAY_FILE, data_dir / "profile.json", *(data_dir / "backups").glob("*")]
    assert count == len(files) and all(sealed(p) for p in files)
    assert (data_dir / MARKER).read_text().startswith("age1")
    journal.add(food(DAY, "Spinach"))
    assert sealed(data_dir / DAY_FILE)
    assert "Spinach" in {f.name for f in Journal.open(data_dir).day(DAY).foods}
    assert b"Spinach" not in b"".join(p.read_bytes() for p in data_dir.rglob("*.json*"))
    said = [str(f) for f in diagnose(data_dir)]
    assert f"ok: files encrypted with age; the key is {key} (keep a copy)" in said


def test_decrypt_writes_plain_files_again(data_dir: Path) -> None:
    journal = journal_with_entries(data_dir)
    plain = (data_dir / DAY_FILE).read_bytes()
    encrypt(journal)
    assert decrypt(journal) == len([p for p in data_dir.rglob("*.json*") if p.is_file()])
    assert (data_dir / DAY_FILE).read_bytes() == plain and not (data_dir / MARKER).exists()
    journal.add(food(DAY, "Spinach"))
    assert not sealed(data_dir / DAY_FILE)


@pytest.mark.parametrize("problem", ["missing", "wrong"])
def test_a_missing_or_wrong_key_is_one_line_and_nothing_is_written(
    problem: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(journal_with_entries(data_dir))
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "other-config"))
    if problem == "wrong":
        encrypt(Journal.open(tmp_path / "another-journal"))  # this computer gets another key
    for args in (["list"], ["eat", "banana", "1"], ["doctor"]):
        result = run_cli(*args)
        assert result.returncode == 1
        line = result.stderr if args != ["doctor"] else result.stdout.split("problem: ")[1]
        assert "nothing was changed" in line and "mg-journal key import" in line
    assert run_cli("list").stderr.count("\n") == 1
    after = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    assert after == before


def test_the_key_travels_protected_by_a_passphrase(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(journal_with_entries(data_dir))
    monkeypatch.setenv("MG_JOURNAL_PASSPHRASE", "correct horse battery staple")
    exported = tmp_path / "key.age"
    assert run_cli("key", "export", "-o", str(exported)).returncode == 0
    assert sealed(exported) and b"AGE-SECRET-KEY" not in exported.read_bytes()
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "second-computer"))
    assert run_cli("list").returncode == 1
    monkeypatch.setenv("MG_JOURNAL_PASSPHRASE", "wrong")
    refused = run_cli("key", "import", str(exported))
    assert refused.returncode == 1 and "passphrase" in refused.stderr
    assert not (tmp_path / "second-computer" / "key.txt").exists()
    monkeypatch.setenv("MG_JOURNAL_PASSPHRASE", "correct horse battery staple")
    assert run_cli("key", "import", str(exported)).returncode == 0
    assert "Almonds" in run_cli("list").stdout


def test_a_damaged_file_stops_encrypt_with_nothing_changed(data_dir: Path) -> None:
    journal = journal_with_entries(data_dir)
    (data_dir / "kinds.json").write_bytes(b"{broken")
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    with pytest.raises(StoreError, match=r"kinds\.json in .* is damaged"):
        encrypt(journal)
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before
    assert not key_path().exists()  # no key made for an encryption that did not happen


def test_backups_and_exports_say_whether_they_are_encrypted(data_dir: Path, tmp_path: Path) -> None:
    journal = journal_with_entries(data_dir)
    plain = run_cli("backup", "-o", str(tmp_path / "plain.zip")).stdout
    assert "(not encrypted)" in plain
    encrypt(journal)
    sealed_backup = run_cli("backup", "-o", str(tmp_path / "sealed.zip")).stdout
    assert "encrypted with age" in sealed_backup
    exported = run_cli("export", "--format", "json", "-o", str(tmp_path / "all.json")).stdout
    assert "(not encrypted, though the journal is)" in exported
    assert b"Almonds" in (tmp_path / "all.json").read_bytes()


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_any_file_opens_with_the_standard_age_tool(data_dir: Path) -> None:
    encrypt(journal_with_entries(data_dir))
    out = subprocess.run(
        ["age", "-d", "-i", str(key_path()), str(data_dir / DAY_FILE)],
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout
    assert b'"name":"Almonds"' in out


def test_the_shells_edit_and_delete_find_an_entry_in_an_encrypted_journal(data_dir: Path) -> None:
    journal = journal_with_entries(data_dir)
    encrypt(journal)
    almonds, oat_bran = Journal.open(data_dir).day(DAY).foods
    done = run_cli("edit", almonds.id[:8], "--grams", "56.7")
    assert done.returncode == 0, done.stderr
    assert {(f.id, f.grams) for f in Journal.open(data_dir).day(DAY).foods} == {
        (almonds.id, 56.7),
        (oat_bran.id, oat_bran.grams),
    }
    done = run_cli("delete", almonds.id[:8])
    assert done.returncode == 0, done.stderr
    assert "Already deleted" not in done.stdout + done.stderr
    assert [f.id for f in Journal.open(data_dir).day(DAY).foods] == [oat_bran.id]  # gone
    assert sealed(data_dir / DAY_FILE)


def test_no_readable_summary_of_an_encrypted_journal_is_cached(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper's report: after `encrypt`, `report` left food names and daily figures
    readable in ~/.cache/mg-journal/summaries."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("MG_JOURNAL_CACHE_DIR", str(cache))
    journal_with_entries(data_dir)
    assert run_cli("report").returncode == 0
    assert b"Almonds" in b"".join(p.read_bytes() for p in cache.rglob("*.json"))  # plain: kept
    encrypt(Journal.open(data_dir))
    assert not list(cache.rglob("*.json"))  # the plain journal's summary went with it
    assert run_cli("report").returncode == 0
    assert not list(cache.rglob("*.json"))  # and none is written for the encrypted one


def test_a_file_left_in_the_other_state_is_named_and_a_second_run_finishes(
    data_dir: Path,
) -> None:
    """A helper's report: encryption turned off on one computer while the other wrote
    left age files in a plain journal (and the reverse), and doctor said all was well."""
    journal = journal_with_entries(data_dir)
    encrypt(journal)
    # The other computer, not yet encrypted, wrote a day plain, and the engine brought it.
    other = Journal.open(data_dir).day_path(date(2026, 11, 24))
    other.write_text('{"_meta": {"1": {"schema": 1}}}')
    said = [str(f) for f in diagnose(data_dir)]
    assert any("1 file (2026-11-24.json) is plain unlike the rest" in s for s in said), said
    assert any("fix: mg-journal encrypt" in s for s in said)
    encrypt(Journal.open(data_dir))  # finishes: seals the plain one, to the journal's key
    assert sealed(other)
    assert not [s for s in (str(f) for f in diagnose(data_dir)) if s.startswith("problem")]
    # The reverse: decrypted here while the other computer still wrote an age file.
    sealed_copy = other.read_bytes()
    decrypt(Journal.open(data_dir))
    other.write_bytes(sealed_copy)
    said = [str(f) for f in diagnose(data_dir)]
    assert any("is encrypted unlike the rest" in s and "decrypt" in s for s in said), said
    assert decrypt(Journal.open(data_dir)) >= 1
    assert not sealed(other)
    assert not [s for s in (str(f) for f in diagnose(data_dir)) if s.startswith("problem")]


def test_encrypt_twice_or_decrypt_a_plain_journal_says_so_and_succeeds(data_dir: Path) -> None:
    """As `done` on a complete day: a state that already holds is said on stdout with
    exit 0 (it exited 1 with 'mg-journal: ... nothing to do'), and nothing is written."""
    journal_with_entries(data_dir)
    plain = run_cli("decrypt")
    assert (plain.returncode, plain.stderr) == (0, "")
    assert plain.stdout == f"The journal in {data_dir} is already plain (not encrypted).\n"
    assert not sealed(data_dir / DAY_FILE)
    assert run_cli("encrypt").returncode == 0
    before = (data_dir / DAY_FILE).read_bytes()
    again = run_cli("encrypt")
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout == f"The journal in {data_dir} is already encrypted.\n"
    assert (data_dir / DAY_FILE).read_bytes() == before


def test_key_import_refuses_a_key_the_journal_is_not_encrypted_to(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: another journal's key was kept ("Kept the key in ..."), every read then
    failed, and the right key's import was refused as "already has another key"."""
    encrypt(journal_with_entries(data_dir))
    monkeypatch.setenv("MG_JOURNAL_PASSPHRASE", "pw")
    right = tmp_path / "right.age"
    assert run_cli("key", "export", "-o", str(right)).returncode == 0
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "other-config"))
    encrypt(Journal.open(tmp_path / "other-journal"))  # a key of some other journal
    wrong = tmp_path / "wrong.age"
    assert run_cli("key", "export", "-o", str(wrong)).returncode == 0
    second = tmp_path / "second-computer"
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(second))
    refused = run_cli("key", "import", str(wrong))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "another key than the journal" in refused.stderr
    assert "nothing was changed" in refused.stderr
    assert not (second / "key.txt").exists()
    assert run_cli("key", "import", str(right)).returncode == 0
    assert "Almonds" in run_cli("list").stdout


def test_key_import_says_how_to_replace_a_key_that_does_not_open_the_journal(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(journal_with_entries(data_dir))
    monkeypatch.setenv("MG_JOURNAL_PASSPHRASE", "pw")
    right = tmp_path / "right.age"
    assert run_cli("key", "export", "-o", str(right)).returncode == 0
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "other-config"))
    encrypt(Journal.open(tmp_path / "other-journal"))  # this computer holds another key
    refused = run_cli("key", "import", str(right))
    assert refused.returncode == 1 and "does not open this journal" in refused.stderr
    assert "mv " in refused.stderr and refused.stderr.count("\n") == 1
