"""Output targets: devices and FIFOs are written through, regular files replaced atomically with
their permissions, symlinks followed, directories and the input document refused, ``-`` is
standard output; and ``--version``. Real files, devices and pipes in tmp_path: no mocks of the OS,
and never the real /dev/null."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import invoicekit
from invoicekit import OutputError, __version__
from invoicekit.cli import main
from invoicekit.outputs import _UMASK, check_output, write_output

ROOT = Path(__file__).resolve().parents[1]
DE = ROOT / "examples" / "de-invoice.toml"
DATA = b"%PDF-1.7 not really, but bytes\n" * 1000  # 31 kB: more than one pipe buffer


def device_node(path: Path, kind: int = stat.S_IFCHR, major: int = 1, minor: int = 3) -> Path:
    """A private device node (by default with /dev/null's numbers: writes vanish)."""
    try:
        os.mknod(path, kind | 0o666, os.makedev(major, minor))
    except PermissionError as exc:
        pytest.fail(f"os.mknod needs root (CAP_MKNOD) and CI runs the tests as root: {exc}")
    return path


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    """A copy of an example document: a test that fails to refuse it cannot harm the repository."""
    target = tmp_path / "doc.toml"
    shutil.copyfile(DE, target)
    return target


# --- character devices and FIFOs: written through, never replaced


def test_a_character_device_stays_a_device(tmp_path: Path) -> None:
    null = device_node(tmp_path / "null")
    write_output(DATA, null)
    info = os.lstat(null)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)
    assert names(tmp_path) == ["null"]  # no temporary file beside it


def test_render_to_a_character_device(doc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    null = device_node(tmp_path / "null")
    assert main(["render", str(doc), "-o", str(null)]) == 0, capsys.readouterr().err
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_a_fifo_is_written_through_to_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = bytearray()

    def read() -> None:
        with open(fifo, "rb") as pipe:
            received.extend(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    write_output(DATA, fifo)
    reader.join(timeout=5)
    assert not reader.is_alive()
    assert bytes(received) == DATA
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert names(tmp_path) == ["pipe"]


@pytest.mark.parametrize("kind", ["block device", "socket", "directory"])
def test_refused_kinds_are_left_alone(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "block device":
        device_node(target, stat.S_IFBLK, 7, 250)  # a loop device number; never opened
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    else:
        target.mkdir()
    before = os.lstat(target)
    with pytest.raises(OutputError, match=f"is a {kind}") as caught:
        write_output(DATA, target)
    assert caught.value.path == str(target)
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert names(tmp_path) == ["target"]


def test_a_directory_output_exits_2(doc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    assert main(["render", str(doc), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {tmp_path / 'out'}: is a directory; give a file name\n"


# --- regular files: atomic replace, permissions and owner kept


def test_an_existing_0600_file_stays_0600(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_output(DATA, target)
    assert target.read_bytes() == DATA
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert names(tmp_path) == ["out.pdf"]


def test_set_id_bits_are_not_carried_over(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    target.chmod(0o4755)
    write_output(DATA, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o755


def test_a_new_file_gets_0666_less_the_umask(tmp_path: Path) -> None:
    write_output(DATA, tmp_path / "new.pdf")
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o666 & ~_UMASK


def test_root_keeps_the_owner_and_group(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("only root may give a file to another user")
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    os.chown(target, 4321, 8765)
    write_output(DATA, target)
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (4321, 8765)


# --- symbolic links: followed, the link survives


def test_a_symlink_is_followed_and_survives(tmp_path: Path) -> None:
    real = tmp_path / "invoice-0042.pdf"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "latest.pdf"
    link.symlink_to(real.name)
    write_output(DATA, link)
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_bytes() == DATA
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert names(tmp_path) == ["invoice-0042.pdf", "latest.pdf"]


def test_a_symlink_into_another_directory_is_replaced_there(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    real = tmp_path / "archive" / "a.pdf"
    real.write_bytes(b"old")
    (tmp_path / "link.pdf").symlink_to(real)
    write_output(DATA, tmp_path / "link.pdf")
    assert real.read_bytes() == DATA and (tmp_path / "link.pdf").is_symlink()
    assert names(tmp_path / "archive") == ["a.pdf"]


def test_a_dangling_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "nowhere.pdf")
    with pytest.raises(OutputError, match="dangling symbolic link"):
        write_output(DATA, link)
    assert names(tmp_path) == ["link.pdf"]


# --- the input document is never the output


def spellings(doc: Path) -> list[str]:
    """The document by its own name, a roundabout name, a hard link and a symlink."""
    (doc.parent / "x").mkdir(exist_ok=True)
    hard, soft = doc.parent / "hard.toml", doc.parent / "soft.toml"
    if not hard.exists():
        os.link(doc, hard)
        soft.symlink_to(doc.name)
    return [str(doc), str(doc.parent / "x" / ".." / doc.name), str(hard), str(soft)]


def test_every_spelling_of_the_input_is_refused(doc: Path) -> None:
    for out in spellings(doc):
        with pytest.raises(OutputError, match="is the input file") as caught:
            write_output(DATA, out, inputs=[doc])
        assert caught.value.path == out
    assert doc.read_bytes() == DE.read_bytes()
    check_output(doc.parent / "other.pdf", [doc])  # a different file is fine


def test_the_cli_refuses_to_overwrite_the_document(
    doc: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(doc.parent)
    for out in [*spellings(doc), "./x/../doc.toml"]:
        assert main(["render", "doc.toml", "-o", out]) == 2
        err = capsys.readouterr().err
        assert err == f"error: {out}: is the input file doc.toml; refusing to overwrite it\n"
    assert doc.read_bytes() == DE.read_bytes()
    assert sorted(names(doc.parent)) == ["doc.toml", "hard.toml", "soft.toml", "x"]


def test_the_cli_refuses_to_overwrite_the_brand_file(
    doc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brand = tmp_path / "brand"
    shutil.copytree(ROOT / "examples" / "i18n" / "brand", brand)
    brand_file = str(brand / "brand.toml")
    before = Path(brand_file).read_bytes()
    assert main(["render", str(doc), "--brand", brand_file, "-o", brand_file]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert Path(brand_file).read_bytes() == before


# --- standard output and --version


def test_dash_writes_bytes_to_standard_output(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    write_output(DATA, "-")
    assert capsysbinary.readouterr().out == DATA


def test_render_dash_o_dash_writes_the_pdf_to_stdout(tmp_path: Path) -> None:
    from invoicekit.render import render_bytes

    done = subprocess.run(
        [sys.executable, "-m", "invoicekit", "render", str(DE), "-o", "-"], capture_output=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == render_bytes(invoicekit.compute(invoicekit.load(DE)))
    assert os.listdir(tmp_path) == []  # no file named "-"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"invoicekit {__version__}\n"
    done = subprocess.run([sys.executable, "-m", "invoicekit", "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, f"invoicekit {__version__}\n")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("a\x00b.pdf", "not a usable path: it contains a NUL character"),
        ("\ud800.pdf", "not a usable path: it contains a character the file system cannot encode (U+D800)"),
    ],
)
def test_an_unusable_path_is_an_output_error(tmp_path: Path, name: str, problem: str) -> None:
    """Found by the fuzz run: open() raised ValueError or UnicodeEncodeError; now the path is
    named (escaped, printable) with the problem, and render_pdf refuses before rendering."""
    with pytest.raises(OutputError) as caught:
        write_output(b"%PDF", str(tmp_path / name))
    assert caught.value.problem == problem
    assert caught.value.path.isprintable() and caught.value.path.endswith(ascii(name)[1:-1])
    computed = invoicekit.compute(invoicekit.load(Path(__file__).parent.parent / "examples" / "de-invoice.toml"))
    with pytest.raises(OutputError):
        invoicekit.render_pdf(computed, str(tmp_path / name))
    assert list(tmp_path.iterdir()) == []
