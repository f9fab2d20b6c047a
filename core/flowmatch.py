"""Matching flow labels (codes or names) to zones, and validating a flow table into the HEMA long format."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import HemaInputError
from .fmt import plain
from .themes import THEME_CODES

FLOW_COLUMNS = ("origin", "destination", "theme", "value", "year", "mode", "unit", "source")


def normalise_name(name: object) -> str:
    """Comparable form of a place name: no accents, lower case, no '(gemeente)' or 'gemeente ' prefix."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"\((gemeente|gem\.?|municipality|gm)\)", " ", text)
    text = re.sub(r"^\s*gemeente\s+", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _strip_brackets(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", name)).strip()


def label_lookup(codes: pd.Series, names: pd.Series | None = None) -> dict[str, str]:
    """Map of normalised keys (codes, bare code digits, names) to zone codes; ambiguous names are left out."""
    codes = codes.astype(str).str.strip()
    lookup: dict[str, str] = {}
    for code in codes:
        lookup[code.upper()] = code
        digits = re.fullmatch(r"[A-Z]{2}(\d+)", code.upper())
        if digits:
            lookup.setdefault(str(int(digits.group(1))), code)
    if names is not None:
        keys = names.astype(str).map(normalise_name)
        stripped = names.astype(str).map(lambda n: normalise_name(_strip_brackets(n)))
        for series in (keys, stripped):
            counts = series.value_counts()
            for key, code in zip(series, codes):
                if key and counts[key] == 1:
                    lookup.setdefault("name:" + key, code)
    return lookup


def match_labels(labels: pd.Series, lookup: dict[str, str]) -> pd.Series:
    """Zone code for every label (a code, digits of a code or a name); None where nothing matches."""
    unique = pd.Series(pd.unique(labels.astype(str)))

    def one(label: str) -> str | None:
        key = label.strip().upper()
        if key in lookup:
            return lookup[key]
        if key.isdigit() and str(int(key)) in lookup:
            return lookup[str(int(key))]
        for variant in (normalise_name(label), normalise_name(_strip_brackets(label))):
            if "name:" + variant in lookup:
                return lookup["name:" + variant]
        return None

    mapping = dict(zip(unique, unique.map(one)))
    return labels.astype(str).map(mapping)


@dataclass
class FlowReport:
    """What happened while validating a flow table: counts, totals and the problem rows."""

    rows_read: int = 0
    total_read: float = 0.0
    rows_written: int = 0
    total_written: float = 0.0
    zero_rows: int = 0
    unmatched: pd.DataFrame = field(default_factory=pd.DataFrame)
    duplicates: pd.DataFrame = field(default_factory=pd.DataFrame)
    negatives: pd.DataFrame = field(default_factory=pd.DataFrame)
    outside: pd.DataFrame = field(default_factory=pd.DataFrame)

    def lines(self, limit: int | None = 50) -> list[str]:
        """The report as plain text lines, at most limit problem rows per list (None = all)."""
        out = [
            f"rows read: {self.rows_read} (total value {self.total_read:.6g})",
            f"flows written: {self.rows_written} (total value {self.total_written:.6g})",
            f"zero or empty cells dropped: {self.zero_rows}",
            f"unmatched labels: {len(self.unmatched)}",
        ]
        for rec in self.unmatched.head(limit).itertuples(index=False):
            out.append(f"  {plain(rec.label)} ({rec.side}): {rec.rows} rows, value {rec.value:.6g}")
        out.append(f"duplicate pairs (summed): {len(self.duplicates)}")
        for rec in self.duplicates.head(limit).itertuples(index=False):
            out.append(f"  {rec.origin} -> {rec.destination}: {rec.rows} rows, value {rec.value:.6g}")
        out.append(f"negative values (dropped): {len(self.negatives)}")
        for rec in self.negatives.head(limit).itertuples(index=False):
            out.append(f"  row {rec.row}: {rec.origin} -> {rec.destination} = {rec.value:.6g}")
        if len(self.outside):
            kept = self.outside["outside"].sum()
            out.append(
                f"flows to destinations outside the zones (kept, under their own label): value {kept:.6g} of "
                f"{self.outside['total'].sum():.6g}; per origin (total, outside the zones, share outside):"
            )
            for rec in self.outside.head(limit).itertuples(index=False):
                out.append(f"  {rec.origin}: {rec.total:.6g}, {rec.outside:.6g}, {rec.share_outside:.1%}")
        return out

    def html(self, title: str) -> str:
        """The report as a small standalone HTML page."""
        body = "\n".join(f"<li>{html.escape(line)}</li>" for line in self.lines(None))
        return (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1><ul>\n{body}\n</ul></body></html>\n"
        )


def match_flows(
    raw: pd.DataFrame,
    lookup: dict[str, str],
    *,
    theme: str,
    year: int | None,
    mode: str,
    unit: str = "",
    source: str = "",
    multiplier: float = 1.0,
    skip_invalid: bool = False,
    keep_outside: bool = False,
) -> tuple[pd.DataFrame, FlowReport]:
    """HEMA long flows from raw rows: labels matched to zone codes, negatives and unmatched handled, duplicates summed.

    skip_invalid=False stops at the first unmatched label or negative value with an error naming it;
    True drops those rows and lists them in the report. keep_outside=True keeps flows from a zone to a destination
    that matches no zone, under the destination's own label, so every origin's total stays complete; the report
    then gives, per origin, the total and the part outside the zones.
    """
    report = FlowReport(rows_read=len(raw), total_read=float(raw["value"].sum()))
    if raw.empty:
        raise HemaInputError("the flow file holds no flows; add rows with origin, destination and value")
    frame = raw.copy()
    frame["value"] = frame["value"].astype(float) * float(multiplier)
    frame["theme"] = frame["theme"].astype(str).str.strip() if "theme" in frame else theme
    bad_theme = ~frame["theme"].isin(THEME_CODES)
    if bad_theme.any():
        raise HemaInputError(
            f"theme {plain(frame.loc[bad_theme, 'theme'].iloc[0])} is unknown; valid themes: {', '.join(THEME_CODES)}"
        )
    if "year" not in frame:
        frame["year"] = year if year is not None else 0
    elif year is not None:
        keep = frame["year"] == year
        if not keep.any():
            raise HemaInputError(
                f"the file has no flows for year {year}; it holds {', '.join(map(str, sorted(frame['year'].unique())))}"
            )
        frame = frame[keep]
    frame["mode"] = frame["mode"].astype(str).str.strip() if "mode" in frame else mode
    zero = frame["value"] == 0
    report.zero_rows = int(zero.sum())
    frame = frame[~zero]

    frame = _match_ends(frame, lookup, report, skip_invalid=skip_invalid, keep_outside=keep_outside)

    negative = frame["value"] < 0
    report.negatives = frame.loc[negative, ["row", "origin", "destination", "value"]].reset_index(drop=True)
    if negative.any() and not skip_invalid:
        first = report.negatives.iloc[0]
        raise HemaInputError(
            f"{int(negative.sum())} flows are negative, first in row {first['row']}: {first['origin']} -> "
            f"{first['destination']} = {first['value']:g}. Flows count trips or jobs and cannot be negative; "
            "correct the file or set 'Unmatched codes and negative values' to 'Skip and report'"
        )
    frame = frame[~negative]

    keys = ["origin", "destination", "theme", "year", "mode"]
    grouped = frame.groupby(keys, sort=True)["value"].agg(rows="size", value="sum").reset_index()
    report.duplicates = grouped[grouped["rows"] > 1].reset_index(drop=True)
    flows = grouped.drop(columns="rows")
    flows["year"] = flows["year"].astype(np.int64)
    flows["unit"] = unit
    flows["source"] = source
    flows = flows[list(FLOW_COLUMNS)].reset_index(drop=True)
    if flows.empty:
        raise HemaInputError(
            "no flow is left after matching the labels to the zones; check that the zones layer covers the file"
        )
    if keep_outside:
        report.outside = outside_shares(flows, set(lookup.values()))
    report.rows_written = len(flows)
    report.total_written = float(flows["value"].sum())
    return flows, report


def _match_ends(
    frame: pd.DataFrame, lookup: dict[str, str], report: FlowReport, *, skip_invalid: bool, keep_outside: bool
) -> pd.DataFrame:
    """Origins and destinations as zone codes; unmatched labels reported (error unless skip_invalid).

    keep_outside: a zone's flow to a destination matching no zone keeps the destination's own label.
    """
    o_code = match_labels(frame["origin"], lookup)
    d_code = match_labels(frame["destination"], lookup)
    outside = d_code.isna() & o_code.notna()
    if keep_outside:
        d_code = d_code.where(~outside, frame["destination"].astype(str).str.strip())
    unmatched = pd.concat(
        [
            frame.loc[o_code.isna(), ["origin", "value"]].rename(columns={"origin": "label"}).assign(side="origin"),
            frame.loc[d_code.isna(), ["destination", "value"]]
            .rename(columns={"destination": "label"})
            .assign(side="destination"),
        ]
    )
    report.unmatched = (
        unmatched.groupby(["label", "side"], sort=True)["value"]
        .agg(rows="size", value="sum")
        .reset_index()
        .sort_values(["value", "label"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )
    if len(report.unmatched) and not skip_invalid:
        labels = ", ".join(plain(x) for x in report.unmatched["label"].unique()[:10])
        raise HemaInputError(
            f"{report.unmatched['label'].nunique()} origin/destination labels match no zone code or name: "
            f"{labels}. Choose the zones layer and code/name fields that fit the file, or set "
            "'Unmatched codes and negative values' to 'Skip and report'"
        )
    return frame.assign(origin=o_code, destination=d_code).dropna(subset=["origin", "destination"])


def outside_shares(flows: pd.DataFrame, zone_codes: set[str]) -> pd.DataFrame:
    """Per origin: total value, value to destinations that are not zones and that share (largest share first)."""
    out = flows["destination"].map(lambda d: d not in zone_codes)
    table = (
        flows.assign(outside=flows["value"].where(out, 0.0))
        .groupby("origin", sort=True)
        .agg(total=("value", "sum"), outside=("outside", "sum"))
        .reset_index()
    )
    table["share_outside"] = table["outside"] / table["total"]
    return table.sort_values(["share_outside", "origin"], ascending=[False, True], kind="stable").reset_index(drop=True)
