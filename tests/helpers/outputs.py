"""Shared by the output-policy cases: a small tmpfs, checksums, filling the disk, running an algorithm."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def checksums(folder: Path) -> dict[str, str]:
    """{file name: sha256} of every file in folder (recursively)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def mount_tmpfs(folder: Path, size: str = "8m") -> Path:
    """Mount a small tmpfs at folder (root only); skip the test with the reason otherwise."""
    if os.geteuid() != 0:
        pytest.skip("the disk-full cases mount a small tmpfs and need root (they run as root in CI)")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    return folder


def unmount(folder: Path) -> None:
    """Unmount a tmpfs mounted by mount_tmpfs."""
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of folder until only about leave bytes are free; returns the filler file."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as handle:
        remaining = max(0, free - leave)
        chunk = b"\0" * (1 << 20)
        while remaining > 0:
            n = min(len(chunk), remaining)
            try:
                handle.write(chunk[:n])
                handle.flush()
            except OSError:
                break
            remaining -= n
    return filler
