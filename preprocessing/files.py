"""Safe file helpers: atomic writes and tolerant JSON reading.

Every output of the toolkit (manifests, reports, audio, checkpoints) is written
to a temporary file in the destination folder and then renamed into place, so
an interrupted run never leaves a half-written file behind and never touches
the source data.
"""
from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Iterator


class LabelError(ValueError):
    """A label file that cannot be read or understood (bad JSON, wrong encoding, missing keys)."""


def new_file_mode() -> int:
    """The permissions ``open(path, "w")`` gives a new file: 0o666 less the process's umask."""
    with contextlib.suppress(OSError, ValueError):  # Linux says it without changing it
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere reading the umask means setting it for a moment
    os.umask(mask)
    return 0o666 & ~mask


def _result_mode(path: Path) -> int:
    """The permission bits the written file should get: those of the file it replaces, else a new file's."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode) & 0o777
    except FileNotFoundError:
        return new_file_mode()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success.

    The temporary name keeps the suffix, so writers that pick a format from the
    extension (soundfile, matplotlib) still work. On error the temporary file is
    removed and ``path`` is left untouched. The file gets the permissions of the
    one it replaces, or those of a newly created file (not the temporary file's
    owner-only ones).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with contextlib.suppress(OSError):  # some file systems (FAT, network mounts) refuse modes: keep the file
            os.chmod(tmp, _result_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding=encoding)


def append_section(path: str | os.PathLike, text: str, title: str = "# Benchmarks\n") -> None:
    """Append ``text`` to a results file (started with ``title`` if it does not exist yet), atomically."""
    path = Path(path)
    before = path.read_text(encoding="utf-8") if path.exists() else title
    atomic_write_text(path, before + text)


def atomic_write_json(path: str | os.PathLike, data: Any) -> None:
    """Write ``data`` as pretty UTF-8 JSON (Korean kept readable) atomically."""
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_json(path: str | os.PathLike) -> Any:
    """Read a JSON file that may be UTF-8, UTF-8 with BOM, or cp949 (as some AI Hub files are).

    Raises:
        LabelError: unreadable file, undecodable bytes, or malformed JSON.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise LabelError(f"cannot read {path}: {err.strerror}") from err
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LabelError(f"{path}: not UTF-8 or cp949 text")
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise LabelError(f"{path}: malformed JSON ({err.msg} at line {err.lineno})") from err
