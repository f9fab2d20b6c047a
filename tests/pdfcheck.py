"""PDF checks with poppler-utils: page count, text per page, non-blank pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
from qgis.PyQt.QtGui import QImage


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_text(pdf: Path, page: int, layout: bool = True) -> str:
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + ["-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def flat_text(pdf: Path, page: int) -> str:
    """Text of a page in reading order with all whitespace collapsed to single spaces."""
    return " ".join(page_text(pdf, page, layout=False).split())


def ink_shares(pdf: Path, folder: Path, dpi: int = 20) -> list[float]:
    """Share of non-white pixels of every page rendered at low dpi."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    shares = []
    for png in sorted(folder.glob(pdf.stem + "-*.png")):
        img = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
        ptr = img.constBits()
        ptr.setsize(img.sizeInBytes())
        arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine())[:, : img.width() * 3]
        rgb = arr.reshape(img.height(), img.width(), 3).astype(int)
        shares.append(float((rgb.min(axis=2) < 235).mean()))
    return shares
