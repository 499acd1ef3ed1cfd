"""Writing a finished output (a PDF today; HTML, XML, batch results later) where it was asked to go.

One rule per kind of target, so that an output never destroys what is not a document:

- ``-``: standard output, as bytes.
- a regular file, or a name not yet taken: replaced atomically (a temporary file in the same
  directory, synced, renamed over it), keeping the old file's permission bits and owner; a new
  file gets ``0o666 & ~umask``.
- a character device or a FIFO (``/dev/null``, a terminal, a named pipe): written through,
  never replaced.
- a symbolic link: followed; its target is written by the rules above and the link stays.
  A dangling link is refused rather than followed to create a file wherever it points.
- a directory, a block device, a socket, a dangling link, or the input document itself:
  refused with :class:`~invoicekit.errors.OutputError`, nothing written.

This module imports neither reportlab nor anything else heavy: every output kind uses it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from typing import BinaryIO

from .errors import OutputError
from .paths import path_problem, shown

Output = str | os.PathLike[str] | BinaryIO
PathArg = str | os.PathLike[str]

STDOUT = "-"
_PERMISSIONS = 0o777  # set-user-ID, set-group-ID and sticky bits are not carried over to a document


def write_output(data: bytes, out: Output, *, inputs: Iterable[PathArg | None] = ()) -> None:
    """Write ``data`` to ``out``: a binary file object, ``"-"`` (standard output) or a path,
    by the rules of this module. ``inputs`` are the files the output was made from (the
    document, a brand file); an output that is one of them is refused, so that
    ``render doc.toml -o doc.toml`` cannot destroy the document. Raises :class:`OutputError`."""
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    name = os.fspath(out)
    if name == STDOUT:
        write_stdout(data)
        return
    problem = path_problem(name)
    if problem:
        raise OutputError(shown(name), problem)
    check_output(name, inputs)
    target, info = _resolve(name)
    if info is None or stat.S_ISREG(info.st_mode):
        _replace(name, target, data, info)
    else:
        _write_through(name, data, info)


def write_stdout(data: bytes) -> None:
    """Write ``data`` to standard output as bytes (``sys.stdout.buffer``), flushed, so that
    text printed before and after stays in order."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def check_output(out: PathArg, inputs: Iterable[PathArg | None] = ()) -> None:
    """Raise :class:`OutputError` if ``out`` is one of the regular files ``inputs``: the same
    file by any spelling (``./x/../doc.toml``), through a symbolic link or a hard link.
    Callers may call it before the (slow) rendering to fail early; :func:`write_output` does."""
    name = os.fspath(out)
    if name == STDOUT:
        return
    for source in inputs:
        if source is not None and _same_regular_file(name, os.fspath(source)):
            raise OutputError(name, f"is the input file {os.fspath(source)}; refusing to overwrite it")


def _same_regular_file(out: str, source: str) -> bool:
    """Whether ``out`` and ``source`` name one regular file (same device and inode, which
    covers hard links, or the same resolved path). Devices and pipes are never "the input":
    ``render /dev/stdin -o /dev/stdout`` on one terminal is fine."""
    try:
        source_info = os.stat(source)
    except OSError:
        return False
    if not stat.S_ISREG(source_info.st_mode):
        return False
    try:
        out_info = os.stat(out)
    except OSError:
        return os.path.realpath(out) == os.path.realpath(source)
    return (out_info.st_dev, out_info.st_ino) == (source_info.st_dev, source_info.st_ino)


def _resolve(name: str) -> tuple[str, os.stat_result | None]:
    """The path to write (a symbolic link's final target) and what is there now (``None``:
    nothing yet). Refuses the kinds of target no output may go to."""
    try:
        link = os.lstat(name)
    except FileNotFoundError:
        return name, None
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    target = os.path.realpath(name) if stat.S_ISLNK(link.st_mode) else name
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise OutputError(
            name, f"is a dangling symbolic link (to {os.readlink(name)}); not followed"
        ) from None
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    problem = _refused_kind(info.st_mode)
    if problem:
        raise OutputError(name, problem)
    return target, info


def _refused_kind(mode: int) -> str | None:
    """Why a file of this type cannot take an output, or ``None`` if it can."""
    if stat.S_ISDIR(mode):
        return "is a directory; give a file name"
    if stat.S_ISBLK(mode):
        return "is a block device; refusing to write to it"
    if stat.S_ISSOCK(mode):
        return "is a socket; refusing to write to it"
    if stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    return "is not a regular file, character device or FIFO; refusing to write to it"


def _replace(name: str, target: str, data: bytes, old: os.stat_result | None) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target`` once
    complete and synced: a failure (full disk, interrupt) leaves the old file or none, never half
    a document. The new file keeps ``old``'s permission bits and, where allowed, owner and group."""
    directory = os.path.dirname(target) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _take_over(handle.fileno(), old)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _cannot_write(name, exc) from None
        raise


def _take_over(fd: int, old: os.stat_result | None) -> None:
    """Give the temporary file ``fd`` the old file's owner, group and permission bits (a new
    file: ``0o666 & ~umask``, as ``open`` would). The owner is kept where the system allows
    (as root; the group also for a member of it); where not, the file is the writer's own."""
    if old is None:
        os.fchmod(fd, 0o666 & ~_UMASK)
        return
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:
            with contextlib.suppress(OSError):
                os.fchown(fd, -1, old.st_gid)
    os.fchmod(fd, stat.S_IMODE(old.st_mode) & _PERMISSIONS)


def _write_through(name: str, data: bytes, info: os.stat_result) -> None:
    """Write ``data`` into a character device or FIFO as it is: opened without ``O_CREAT`` or
    ``O_TRUNC``, no temporary file, no rename, so ``/dev/null`` stays ``/dev/null``. Opening a
    FIFO waits for its reader, as a shell redirection does."""
    try:
        fd = os.open(name, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    try:
        if stat.S_IFMT(os.fstat(fd).st_mode) != stat.S_IFMT(info.st_mode):  # swapped since we looked
            raise OutputError(name, "changed while being opened; nothing written")
        view = memoryview(data)
        while view:  # a pipe may take less than all at once
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    finally:
        os.close(fd)


def _cannot_write(name: str, exc: OSError) -> OutputError:
    return OutputError(name, f"cannot write ({exc.strerror or exc})")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it
