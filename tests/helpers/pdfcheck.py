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


def png_rgb(png: Path) -> np.ndarray:
    """A PNG as a height x width x 3 int array."""
    img = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB888)
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine())[:, : img.width() * 3]
    return arr.reshape(img.height(), img.width(), 3).astype(int)


def ink_shares(pdf: Path, folder: Path, dpi: int = 20) -> list[float]:
    """Share of non-white pixels of every page rendered at low dpi."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return [float((png_rgb(png).min(axis=2) < 235).mean()) for png in sorted(folder.glob(pdf.stem + "-*.png"))]


def page_rgb(pdf: Path, page: int, folder: Path, dpi: int = 40) -> np.ndarray:
    """One page rendered at dpi as a height x width x 3 int array."""
    prefix = folder / f"{pdf.stem}-p{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(prefix)], check=True)  # fmt: skip
    return png_rgb(prefix.with_suffix(".png"))


def colour_pixels(rgb: np.ndarray, colour: str, tolerance: int = 24) -> int:
    """Number of pixels within tolerance (per channel) of a '#rrggbb' colour."""
    target = np.array([int(colour[k : k + 2], 16) for k in (1, 3, 5)])
    return int((np.abs(rgb - target).max(axis=2) <= tolerance).sum())


def page_title(pdf: Path, page: int) -> str:
    """The text set in the page's largest font (the title), in reading order; independent of the order in which
    the QGIS version writes the items (pdftotext's plain/layout output follows that order or the baselines)."""
    cmd = ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]
    html = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    words = [(float(y0), float(x0), float(y1) - float(y0), w) for x0, y0, y1, w in re.findall(pattern, html)]
    if not words:
        return ""
    top = max(h for _, _, h, _ in words)
    big = sorted((round(y), x, w) for y, x, h, w in words if h >= 0.9 * top)
    return " ".join(w for _, _, w in big).replace("&amp;", "&")
