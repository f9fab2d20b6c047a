"""Build the installable plugin zip dist/hema_steden.zip (folder hema_steden/, without tests, bench, caches)."""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "hema_steden"
EXCLUDED_DIRS = {
    "tests",
    "bench",
    ".venv",
    ".git",
    ".ci",
    "output",
    "dist",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "scripts",
    "wip",
}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts"}
EXCLUDED_FILES = {"Makefile", "pyproject.toml", ".gitignore", ".gitattributes"}


def plugin_files(root: Path = ROOT) -> list[Path]:
    """Files that belong in the plugin zip: everything under root minus development folders and files.

    The file system is walked (not git) so that built artefacts such as compiled .qm translations are included.
    """
    files = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if not path.is_file() or set(rel.parts[:-1]) & EXCLUDED_DIRS or rel.parts[0].startswith("."):
            continue
        if path.suffix in EXCLUDED_SUFFIXES or (len(rel.parts) == 1 and rel.name in EXCLUDED_FILES):
            continue
        files.append(path)
    return sorted(files)


def build(output: Path) -> Path:
    """Write the zip to output and return its path."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, f"{PACKAGE}/{path.relative_to(ROOT).as_posix()}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=ROOT / "dist" / f"{PACKAGE}.zip")
    args = parser.parse_args(argv)
    path = build(args.output)
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    print(f"{path} ({count} files, {path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
