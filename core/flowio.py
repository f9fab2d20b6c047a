"""Reading flow tables: encodings, delimiters, decimal commas, long or square-matrix CSV, CBS StatLine exports."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from . import HemaInputError
from .fmt import plain

DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8-sig", "cp1252")
# Header aliases in order of preference; the first column whose normalised name matches wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "origin": ("origin", "herkomst", "van", "from", "muni_from", "woon_code", "woon", "home", "vertrek"),
    "destination": (
        "destination",
        "bestemming",
        "naar",
        "to",
        "muni_to",
        "werk_code",
        "werk",
        "work",
        "vestiging",
    ),
    "value": ("value", "waarde", "aantal", "count", "flow", "banen", "jobs", "verhuisde_personen", "n"),
    "theme": ("theme", "thema"),
    "year": ("year", "jaar", "perioden"),
    "mode": ("mode", "vervoerwijze", "modaliteit"),
}
_NIL = {"", "-", ".", "x", "nan", "na"}
# 3.195 or 12.345.678: a point that may be a thousands separator (no leading zero, groups of three digits)
_THOUSANDS = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+$")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text of a file's bytes: the given encoding, else UTF-8 (with or without BOM), else cp1252."""
    if encoding:
        try:
            return data.decode("utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise HemaInputError(f"the file is not valid {encoding} ({exc}); choose another encoding or Auto") from exc
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise HemaInputError("the file is neither UTF-8 nor cp1252 text; save it as UTF-8 CSV")  # pragma: no cover


def sniff_delimiter(text: str) -> str:
    """The delimiter (';', ',' or tab) that splits the first lines into the most, equal-length, columns."""
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    if not lines:
        raise HemaInputError("the file is empty; give a CSV file with a header row and at least one data row")
    best, best_score = ";", -1
    for delim in DELIMITERS:
        counts = [ln.count(delim) for ln in lines]
        score = min(counts) if len(set(counts)) == 1 else min(counts) // 2
        if score > best_score:
            best, best_score = delim, score
    return best


def read_cells(text: str, delimiter: str | None = None) -> pd.DataFrame:
    """All cells of a CSV text as strings (no header interpretation); checks the delimiter splits the rows."""
    if not text.strip():
        raise HemaInputError("the file is empty; give a CSV file with a header row and at least one data row")
    delim = delimiter or sniff_delimiter(text)
    check_row_delimiters(text, delim)
    try:
        cells = pd.read_csv(
            io.StringIO(text), sep=delim, header=None, dtype=str, keep_default_na=False, skip_blank_lines=True
        )
    except pd.errors.ParserError as exc:
        raise HemaInputError(f"cannot split the file with delimiter {delim!r}: {exc}; choose the delimiter") from exc
    if cells.shape[1] < 2:
        guess = sniff_delimiter(text)
        hint = f"; the file seems to use {guess!r}" if guess != delim else ""
        raise HemaInputError(
            f"the delimiter {delim!r} splits the rows into only one column{hint}. Choose the right delimiter (or Auto)."
        )
    cells = cells.apply(lambda col: col.str.strip())
    cells.attrs["delimiter"] = delim
    # Drop trailing empty columns left by a delimiter at the end of every line.
    while cells.shape[1] > 2 and (cells.iloc[:, -1] == "").all():
        cells = cells.iloc[:, :-1]
    return cells


def check_row_delimiters(text: str, delim: str) -> None:
    """Refuse rows that use another delimiter than the header (mixed delimiters would shift or drop values)."""
    lines = text.splitlines()
    header = next((ln for ln in lines if ln.strip()), "")
    expected = header.count(delim)
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.count(delim) >= expected:
            continue
        other = [d for d in DELIMITERS if d != delim and line.count(d) >= max(expected, 1)]
        if other:
            raise HemaInputError(
                f"line {number} ({line.strip()[:60]!r}) is separated by {other[0]!r} while the file uses {delim!r}; "
                f"mixed delimiters would shift or drop values. Use {delim!r} on every line"
            )


def _ambiguous_thousands(text: pd.Series, what: str, delimiter: str | None) -> None:
    """Refuse 3.195 in a ';' file where no value shows whether the point is a decimal or a thousands separator."""
    if delimiter != ";":
        return
    dotted = text[text.str.contains(".", regex=False) & ~text.str.contains(",", regex=False)]
    grouped = dotted.str.match(_THOUSANDS)
    if len(dotted) and grouped.all() and not text.str.contains(",", regex=False).any():
        example = dotted.iloc[0]
        raise HemaInputError(
            f"{what}: {example!r} (row {dotted.index[0]}) in a ';'-separated file may be {example.replace('.', '')} "
            f"(a point as thousands separator) or {example} (a decimal point); remove the thousands separators, "
            "or write decimals with a comma"
        )


def parse_numbers(values: pd.Series, what: str, nil_as_zero: bool = True, delimiter: str | None = None) -> pd.Series:
    """Numbers from text with decimal comma or point and thousands separators; CBS '-' (nil) is 0.

    Infinite values are refused, and so is a ';' file whose dotted numbers all look like thousands groups.
    """
    text = values.astype(str).str.strip().str.replace(" ", "", regex=False).str.replace("\u00a0", "", regex=False)
    _ambiguous_thousands(text, what, delimiter)
    nil = text.str.lower().isin(_NIL)
    both = text.str.contains(",", regex=False) & text.str.contains(".", regex=False)
    comma_last = text.str.rfind(",") > text.str.rfind(".")
    # 1.234,5 -> 1234.5 ; 1,234.5 -> 1234.5 ; 3,7 -> 3.7
    text = text.where(~(both & comma_last), text.str.replace(".", "", regex=False))
    text = text.where(~(both & ~comma_last), text.str.replace(",", "", regex=False))
    text = text.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.where(~nil, "0" if nil_as_zero else "nan"), errors="coerce")
    bad = numbers.isna() & ~(nil & (not nil_as_zero))
    if bad.any():
        pos = int(np.flatnonzero(bad.to_numpy())[0])
        raise HemaInputError(
            f"{what}: {plain(values.iloc[pos])} (row {values.index[pos]}) is not a number; "
            "check the delimiter and the decimal separator"
        )
    infinite = np.isinf(numbers.to_numpy(dtype=float))
    if infinite.any():
        pos = int(np.flatnonzero(infinite)[0])
        raise HemaInputError(
            f"{what}: {values.iloc[pos]!r} (row {values.index[pos]}) is not a finite number; "
            "replace it by the real count"
        )
    return numbers.astype(float)


def _norm_header(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


def find_columns(header: list[str], overrides: dict[str, str] | None = None) -> dict[str, str | None]:
    """Map each role (origin, destination, value, theme, year, mode) to a header column or None."""
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    normed = {_norm_header(h): h for h in header}
    found: dict[str, str | None] = {}
    for role, aliases in ALIASES.items():
        if role in overrides:
            if overrides[role] not in header:
                raise HemaInputError(
                    f"the file has no column {overrides[role]!r} for {role}; columns are: {', '.join(header)}"
                )
            found[role] = overrides[role]
            continue
        match = None
        for alias in aliases:
            hits = [h for n, h in normed.items() if n == alias or n.startswith(alias + "_") or n.startswith(alias)]
            if hits:
                coded = [h for h in hits if "code" in h.lower()]
                match = (coded or hits)[0]
                break
        found[role] = match
    return found


def looks_like_matrix(cells: pd.DataFrame) -> bool:
    """True for a square matrix: labels in the first column and (optionally) the first row, numbers elsewhere."""
    n_rows, n_cols = cells.shape
    if n_cols < 3:
        return False
    first_row_numeric = _share_numeric(cells.iloc[0, 1:]) > 0.9
    body = cells.iloc[:, 1:] if first_row_numeric else cells.iloc[1:, 1:]
    if _share_numeric(body.iloc[:50].stack()) < 0.9:
        return False
    data_rows = n_rows if first_row_numeric else n_rows - 1
    return data_rows == n_cols - 1


def _share_numeric(values: pd.Series) -> float:
    text = values.astype(str).str.strip().str.replace(",", ".", regex=False)
    ok = text.isin(_NIL) | pd.to_numeric(text, errors="coerce").notna()
    return float(ok.mean()) if len(ok) else 0.0


def matrix_to_long(cells: pd.DataFrame, transpose: bool = False) -> pd.DataFrame:
    """Long (origin, destination, value) rows from a square matrix, rows = origins unless transpose."""
    first_row_numeric = _share_numeric(cells.iloc[0, 1:]) > 0.9
    if first_row_numeric:  # headerless StatLine matrix: columns in the same order as the rows
        row_labels = cells.iloc[:, 0].tolist()
        col_labels = list(row_labels)
        body = cells.iloc[:, 1:]
    else:
        row_labels = cells.iloc[1:, 0].tolist()
        col_labels = cells.iloc[0, 1:].tolist()
        body = cells.iloc[1:, 1:]
    if len(set(row_labels)) != len(row_labels):
        dup = pd.Series(row_labels)[pd.Series(row_labels).duplicated()].iloc[0]
        raise HemaInputError(f"the matrix has the row label {dup!r} twice; every zone must appear once")
    delimiter = cells.attrs.get("delimiter")
    numbers = parse_numbers(pd.Series(body.to_numpy().ravel()), "matrix cell", delimiter=delimiter)
    numbers = numbers.to_numpy().reshape(body.shape)
    if transpose:
        numbers = numbers.T
        row_labels, col_labels = col_labels, row_labels
    n_r, n_c = numbers.shape
    return pd.DataFrame(
        {
            "origin": np.repeat(np.asarray(row_labels, dtype=object), n_c),
            "destination": np.tile(np.asarray(col_labels, dtype=object), n_r),
            "value": numbers.ravel(),
            "row": np.repeat(np.arange(2 - int(first_row_numeric), n_r + 2 - int(first_row_numeric)), n_c),
        }
    )


def long_to_frame(cells: pd.DataFrame, overrides: dict[str, str] | None = None) -> pd.DataFrame:
    """Long rows (origin, destination, value[, theme, year, mode]) from cells whose first row is a header."""
    header = [str(h) for h in cells.iloc[0]]
    body = cells.iloc[1:].copy()
    body.columns = header
    if body.empty:
        raise HemaInputError("the file has a header but no data rows; add at least one flow")
    cols = find_columns(header, overrides)
    missing = [role for role in ("origin", "destination", "value") if cols[role] is None]
    if missing:
        raise HemaInputError(
            f"the file has no {' / '.join(missing)} column; columns are: {', '.join(header)}. "
            "Name them origin, destination, value (or choose the columns in the parameters)"
        )
    frame = pd.DataFrame(
        {
            "origin": body[cols["origin"]].to_numpy(),
            "destination": body[cols["destination"]].to_numpy(),
            "value": parse_numbers(
                body[cols["value"]], f"column {cols['value']!r}", delimiter=cells.attrs.get("delimiter")
            ).to_numpy(),
            "row": np.arange(2, len(body) + 2),
        }
    )
    for role in ("theme", "year", "mode"):
        if cols[role] is not None:
            frame[role] = body[cols[role]].to_numpy()
    if "year" in frame:
        years = pd.to_numeric(frame["year"].astype(str).str.extract(r"(\d{4})")[0], errors="coerce")
        if years.isna().any():
            bad = frame.loc[years.isna(), "year"].iloc[0]
            raise HemaInputError(f"year {plain(bad)} in column {cols['year']!r} is not a year; use four digits")
        frame["year"] = years.astype(int)
    return frame


def read_flow_file(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    layout: str = "auto",
    transpose: bool = False,
    overrides: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Raw flow rows (labels not yet matched) from a long or square-matrix CSV file; layout auto|long|matrix."""
    path = Path(path)
    if not path.is_file():
        raise HemaInputError(f"the flow file {path} does not exist; choose an existing CSV file")
    cells = read_cells(decode(path.read_bytes(), encoding), delimiter)
    if layout == "auto":
        layout = "matrix" if looks_like_matrix(cells) else "long"
    if layout == "matrix":
        data_rows = cells.shape[0] + (0 if _share_numeric(cells.iloc[0, 1:]) > 0.9 else -1)
        if data_rows != cells.shape[1] - 1:
            raise HemaInputError(
                f"a square matrix needs as many data rows as value columns; this file has {data_rows} data rows "
                f"(below the header row) and {cells.shape[1] - 1} value columns: check the delimiter and the "
                "file, or choose the long layout"
            )
        return matrix_to_long(cells, transpose)
    return long_to_frame(cells, overrides)
