"""Read a user's indicator file: long CSV or wide CBS StatLine / Wijk- en buurtkaart export, to the long table."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import HemaInputError
from .indicator_catalogue import ALIASES, BY_ID
from .indicators import COLUMNS
from .themes import THEME_CODES, THEMES

# CBS missing-value codes: '.' not available, 'x' secret, '?' unreliable, '-' nil (read as missing: an indicator such
# as a distance has no nil), the negative sentinels of the Wijk- en buurtkaart (-99997 secret, -99999999 n/a, ...).
MISSING = {
    "",
    ".",
    "x",
    "?",
    "-",
    "na",
    "nan",
    "-99995",
    "-99996",
    "-99997",
    "-99998",
    "-99999",
    "-99999997",
    "-99999998",
    "-99999999",
}
CODE_PATTERN = re.compile(r"^(GM\d{4}|WK\d{6}|BU\d{8}|PV\d{2}|NL\d{2})$")
CODE_COLUMNS = (
    "code",
    "gm_code",
    "wk_code",
    "bu_code",
    "gwb_code",
    "regios",
    "codering_3",
    "statcode",
    "gemeentecode",
    "wijkenenbuurten",
    "regiocode",
)
LONG_NAMES = {
    "indicator": ("indicator", "variabele", "onderwerp", "kenmerk"),
    "value": ("value", "waarde"),
    "year": ("year", "jaar", "perioden", "periode"),
    "theme": ("theme", "thema"),
    "unit": ("unit", "eenheid"),
}
LABEL_COLUMNS = (
    "name",
    "naam",
    "gm_naam",
    "wk_naam",
    "bu_naam",
    "gemeentenaam",
    "provincie",
    "province",
    "id",
    "ind_wbi",
    "water",
    "soortregio_2",
    "gemeentenaam_1",
    "meestvoorkomendepostcode",
    "dekkingspercentage",
    "urbanity",
    "sted",
    "oad",
    "level",
)
_THEMES_BY_LABEL = {
    **{t.code: t.code for t in THEMES},
    **{t.label_nl.lower(): t.code for t in THEMES},
    **{t.label_en.lower(): t.code for t in THEMES},
}


@dataclass
class IndicatorReport:
    """What the import read, skipped and why."""

    layout: str = ""
    rows_read: int = 0
    rows_written: int = 0
    missing: int = 0
    unknown_codes: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    no_theme: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as text lines."""
        out = [f"layout: {self.layout}; rows read: {self.rows_read}; rows written: {self.rows_written}"]
        out.append(f"CBS missing-value cells read as missing (left out): {self.missing}")
        if self.unknown_codes:
            out.append(f"skipped {len(self.unknown_codes)} unknown area codes: {', '.join(self.unknown_codes[:20])}")
        if self.duplicates:
            out.append(f"skipped {len(self.duplicates)} duplicate rows (first kept): {', '.join(self.duplicates[:10])}")
        if self.no_theme:
            out.append(f"skipped indicators without a known theme: {', '.join(self.no_theme)}")
        if self.ignored_columns:
            out.append(f"text columns not read as indicators: {', '.join(self.ignored_columns)}")
        return out


def read_table(path: str | Path, delimiter: str | None = None) -> pd.DataFrame:
    """All cells of a CSV as text (delimiter ';', ',' or tab detected; UTF-8 with or without BOM, else cp1252)."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if not text.strip():
        raise HemaInputError(f"{Path(path).name} is empty; export the table again.")
    if delimiter is None:
        first = text.splitlines()[0]
        delimiter = max((";", ",", "\t"), key=first.count)
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    header = [h.strip().strip('"') for h in rows[0]]
    body = [r + [""] * (len(header) - len(r)) for r in rows[1:] if any(c.strip() for c in r)]
    return pd.DataFrame([r[: len(header)] for r in body], columns=header, dtype=str)


def _number(cell: str) -> float | None:
    """A CBS cell as a number; None for missing codes; ValueError for text."""
    s = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if s.lower() in MISSING:
        return None
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    return float(s)


def _find(columns: list[str], names) -> str | None:
    lower = {c.lower(): c for c in columns}
    return next((lower[n] for n in names if n in lower), None)


def _code(cell: str) -> str:
    s = str(cell).strip().upper()
    return f"GM{int(s):04d}" if s.isdigit() and len(s) <= 4 else s


def _theme_of(indicator_id: str, given: str | None, default: str | None) -> str | None:
    if given:
        return _THEMES_BY_LABEL.get(str(given).strip().lower())
    if indicator_id in BY_ID:
        return BY_ID[indicator_id].theme
    return default


def _long_cells(frame: pd.DataFrame, code_col: str, year: int | None) -> tuple[pd.DataFrame, str]:
    cols = list(frame.columns)
    found = {k: _find(cols, names) for k, names in LONG_NAMES.items()}
    if found["indicator"] and found["value"]:
        out = pd.DataFrame(
            {"code": frame[code_col], "indicator": frame[found["indicator"]], "cell": frame[found["value"]]}
        )
        out["column"] = found["value"]
        out["row"] = range(2, len(frame) + 2)
        for key in ("year", "theme", "unit"):
            out[key] = frame[found[key]] if found[key] else None
        return out, "long"
    parts, ignored = [], []
    year_col = found["year"]
    for column in cols:
        if column in (code_col, year_col) or column.lower() in LABEL_COLUMNS:
            continue
        values = frame[column].astype(str).str.strip()
        if not values.map(_is_number_or_missing).any():
            ignored.append(column)
            continue
        part = pd.DataFrame({"code": frame[code_col], "indicator": column, "cell": values, "column": column})
        part["row"] = range(2, len(frame) + 2)
        part["year"] = frame[year_col] if year_col else None
        part["theme"] = None
        part["unit"] = None
        parts.append(part)
    if not parts:
        raise HemaInputError("the file has no numeric indicator columns; check the delimiter and the export.")
    out = pd.concat(parts, ignore_index=True)
    out.attrs["ignored"] = ignored
    return out, "wide"


def _is_number_or_missing(cell: str) -> bool:
    try:
        return _number(cell) is not None
    except ValueError:
        return False


def _year(cell, default: int | None, where: str) -> int:
    if cell is None or str(cell).strip() == "":
        if default is None:
            raise HemaInputError(f"{where}: no year; add a year column or give the year.")
        return int(default)
    match = re.search(r"(19|20)\d\d", str(cell))
    if not match:
        raise HemaInputError(f"{where}: year {cell!r} is not a year; use e.g. 2022 or 2022JJ00.")
    return int(match.group(0))


def _row(
    rec, source: str, theme: str | None, year: int | None, known_codes, skip_invalid: bool, report
) -> tuple | None:
    """One long cell -> a table row, or None when it is skipped (and counted in the report)."""
    where = f"{source} row {rec.row}, column {rec.column}"
    try:
        value = _number(rec.cell)
    except ValueError:
        if skip_invalid:
            return None
        raise HemaInputError(
            f"{where}: {rec.cell!r} is text, not a number; correct the cell or export with numbers only."
        ) from None
    if value is None:
        report.missing += 1
        return None
    code = _code(rec.code)
    if not CODE_PATTERN.match(code) or (known_codes is not None and code not in known_codes):
        if code not in report.unknown_codes:
            report.unknown_codes.append(code)
        return None
    ind_id = ALIASES.get(str(rec.indicator).strip().lower(), str(rec.indicator).strip())
    found = _theme_of(ind_id, rec.theme, theme)
    if found is None:
        if rec.theme:
            raise HemaInputError(f"{where}: theme {rec.theme!r} is unknown; use one of {', '.join(THEME_CODES)}.")
        if ind_id not in report.no_theme:
            report.no_theme.append(ind_id)
        return None
    unit = rec.unit if rec.unit else (BY_ID[ind_id].unit if ind_id in BY_ID else "")
    return (code, found, ind_id, value, str(unit), _year(rec.year, year, where), source)


def _drop_duplicates(table: pd.DataFrame, source: str, skip_invalid: bool, report) -> pd.DataFrame:
    """Stop on duplicate (code, indicator, year) rows, or keep the first and list the rest in the report."""
    dup = table.duplicated(["code", "indicator", "year"], keep="first")
    if not dup.any():
        return table
    keys = [f"{c}/{i}/{y}" for c, i, y in table.loc[dup, ["code", "indicator", "year"]].itertuples(index=False)]
    if not skip_invalid:
        raise HemaInputError(
            f"{source}: {len(keys)} duplicate (code, indicator, year) rows, e.g. {', '.join(keys[:5])}; "
            "keep one row per area, indicator and year, or choose 'Skip and report'."
        )
    report.duplicates = keys
    return table[~dup]


def parse_indicators(
    frame: pd.DataFrame,
    source: str,
    theme: str | None = None,
    year: int | None = None,
    known_codes: set[str] | None = None,
    skip_invalid: bool = False,
) -> tuple[pd.DataFrame, IndicatorReport]:
    """Text cells of a long or wide indicator file -> the long indicator table, with a report of what was skipped."""
    if theme is not None and theme not in THEME_CODES:
        raise HemaInputError(f"unknown theme {theme!r}; valid themes: {', '.join(THEME_CODES)}")
    code_col = _find(list(frame.columns), CODE_COLUMNS)
    if code_col is None:
        raise HemaInputError(
            f"{source}: no area code column; name it code (or GM_CODE, RegioS, Codering_3) with codes such as GM0106."
        )
    cells, layout = _long_cells(frame, code_col, year)
    report = IndicatorReport(layout=layout, rows_read=len(frame), ignored_columns=cells.attrs.get("ignored", []))
    rows = [_row(rec, source, theme, year, known_codes, skip_invalid, report) for rec in cells.itertuples(index=False)]
    table = pd.DataFrame([r for r in rows if r is not None], columns=COLUMNS)
    if table.empty and report.no_theme:
        raise HemaInputError(
            f"{source}: no indicator has a known theme ({', '.join(report.no_theme[:8])}); add a theme column "
            f"or choose the theme of the file."
        )
    table = _drop_duplicates(table, source, skip_invalid, report)
    if table.empty:
        raise HemaInputError(f"{source}: no usable indicator values; see the report for skipped rows.")
    report.rows_written = len(table)
    return table.reset_index(drop=True), report
