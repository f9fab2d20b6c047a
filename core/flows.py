"""Flow tables: validation, long <-> matrix, node totals, two-way/gross/net transforms and selection filters."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from . import HemaInputError
from .fmt import plain

FLOW_COLUMNS = ("origin", "destination", "value")
LINE_KINDS = ("twoway", "gross", "net")


def validate_flows(
    frame: pd.DataFrame,
    origin: str = "origin",
    destination: str = "destination",
    value: str = "value",
    extra: Sequence[str] = (),
) -> pd.DataFrame:
    """Canonical flow table (origin, destination, value, *extra) with duplicates summed; refuses bad values."""
    for name in (origin, destination, value, *extra):
        if name not in frame.columns:
            raise HemaInputError(
                f"the flow table has no column '{name}' (columns: {', '.join(map(str, frame.columns))}); "
                "choose the right field."
            )
    out = pd.DataFrame(
        {
            "origin": _codes(frame[origin]),
            "destination": _codes(frame[destination]),
            "value": pd.to_numeric(frame[value], errors="coerce").astype(float),
        }
    )
    for name in extra:
        out[name] = frame[name].to_numpy()
    for col, label in (("origin", origin), ("destination", destination)):
        empty = out[col].isna().to_numpy() | (out[col].to_numpy() == "")
        if empty.any():
            raise HemaInputError(
                f"flow row {frame.index[empty][0]} has an empty {label}; fill in a code or remove the row."
            )
    bad = ~np.isfinite(out["value"].to_numpy(dtype=float, na_value=np.nan))
    if bad.any():
        row = frame.index[bad][0]
        raise HemaInputError(
            f"flow row {row} has a missing or non-numeric {value} ({plain(frame.loc[row, value])}); fill in a number."
        )
    negative = out["value"].to_numpy() < 0
    if negative.any():
        row = frame.index[negative][0]
        raise HemaInputError(
            f"{int(negative.sum())} flow row(s) have a negative {value}, e.g. row {row}: "
            f"{out.loc[row, 'origin']} -> {out.loc[row, 'destination']} = {out.loc[row, 'value']}; "
            "flows are counts and must be >= 0 (use the 'net' line type for differences)."
        )
    keys = ["origin", "destination", *extra]
    return out.groupby(keys, as_index=False, sort=True)["value"].sum()[[*FLOW_COLUMNS, *extra]]


def _codes(column: pd.Series) -> pd.Series:
    """Codes as stripped text; None for missing values (numpy's C string routines, no Python loop)."""
    values = column.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":
        # Text codes repeat (a few thousand nodes, many flows): strip each distinct code once.
        codes, uniques = pd.factorize(values)
        text = np.char.strip(np.asarray(uniques, dtype=object).astype(str)).astype(object)[codes]
        return pd.Series(text, index=column.index, dtype=object)
    missing = pd.isna(values)
    text = np.char.strip(values.astype(str)).astype(object)
    text[missing] = None
    return pd.Series(text, index=column.index, dtype=object)


def restrict_to_nodes(flows: pd.DataFrame, codes: Sequence[str], drop: bool) -> tuple[pd.DataFrame, list[str], float]:
    """Flows whose both ends are in codes; returns (kept, missing codes, dropped value share).

    With drop=False any missing code is an error naming the codes; with drop=True they are dropped, unless
    nothing is left.
    """
    known = pd.Index(pd.unique(pd.Series(list(codes), dtype=str)))
    ok = flows["origin"].isin(known) & flows["destination"].isin(known)
    missing = sorted(
        set(flows.loc[~flows["origin"].isin(known), "origin"])
        | set(flows.loc[~flows["destination"].isin(known), "destination"])
    )
    if missing and not drop:
        raise HemaInputError(
            f"{len(missing)} code(s) in the flow table are not in the cities layer: {', '.join(missing[:10])}"
            f"{' …' if len(missing) > 10 else ''}. Add them to the cities layer, pick the right code field, "
            "or allow dropping unmatched flows."
        )
    if not ok.any():
        raise HemaInputError(
            "no flow has both its origin and destination in the cities layer "
            f"(e.g. {', '.join(missing[:5])}); check the code field of the cities layer and of the flow table."
        )
    total = float(flows["value"].sum())
    dropped = float(flows.loc[~ok, "value"].sum()) / total if total > 0 else 0.0
    return flows.loc[ok].reset_index(drop=True), missing, dropped


def to_matrix(flows: pd.DataFrame, codes: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Square matrix (rows origin, columns destination) over codes (default: all codes in the table)."""
    if codes is None:
        codes = np.unique(np.concatenate([flows["origin"].to_numpy(str), flows["destination"].to_numpy(str)]))
    codes = np.asarray(codes, dtype=object)
    index = pd.Index(codes)
    i = index.get_indexer(flows["origin"])
    j = index.get_indexer(flows["destination"])
    keep = (i >= 0) & (j >= 0)
    matrix = np.zeros((len(codes), len(codes)))
    np.add.at(matrix, (i[keep], j[keep]), flows["value"].to_numpy(float)[keep])
    return codes, matrix


def from_matrix(codes: Sequence[str], matrix: np.ndarray, keep_zero: bool = False) -> pd.DataFrame:
    """Long flow table of a square matrix (non-zero cells unless keep_zero)."""
    matrix = np.asarray(matrix, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1] or matrix.shape[0] != len(codes):
        raise HemaInputError(f"a flow matrix must be square with one row per code; got shape {matrix.shape}.")
    i, j = np.nonzero(np.ones_like(matrix, bool) if keep_zero else matrix)
    codes = np.asarray(codes, dtype=object)
    return pd.DataFrame({"origin": codes[i], "destination": codes[j], "value": matrix[i, j]})


def node_totals(flows: pd.DataFrame, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """Per node: outflow and inflow (excluding self), self-contained flow, gross, net, in/out ratio, totals."""
    codes, m = to_matrix(flows, codes)
    own = np.diag(m).copy()
    out = m.sum(axis=1) - own
    inn = m.sum(axis=0) - own
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(out > 0, inn / out, np.nan)
    return pd.DataFrame(
        {
            "code": codes.astype(str),
            "outflow": out,
            "inflow": inn,
            "self": own,
            "gross": inn + out,
            "net": inn - out,
            "in_out_ratio": ratio,
            "total_out": out + own,
            "total_in": inn + own,
        }
    )


def line_flows(flows: pd.DataFrame, kind: str = "twoway") -> pd.DataFrame:
    """Flows between distinct nodes as lines: 'twoway' i->j, 'gross' f_ij+f_ji, 'net' f_ij-f_ji from the larger sender.

    Gross and net lines run from the node sending more to the other (ties: alphabetical order); their
    value_ab/value_ba columns keep both directions.
    """
    if kind not in LINE_KINDS:
        raise HemaInputError(f"unknown line type {kind!r}; choose one of {', '.join(LINE_KINDS)}.")
    ext = flows.loc[flows["origin"] != flows["destination"], ["origin", "destination", "value"]]
    if kind == "twoway":
        return ext.reset_index(drop=True)
    back = ext.rename(columns={"origin": "destination", "destination": "origin", "value": "back"})
    both = ext.merge(back, on=["origin", "destination"], how="outer").fillna({"value": 0.0, "back": 0.0})
    first = (both["value"] > both["back"]) | ((both["value"] == both["back"]) & (both["origin"] < both["destination"]))
    both = both.loc[first.to_numpy()]
    value = both["value"] + both["back"] if kind == "gross" else both["value"] - both["back"]
    out = pd.DataFrame(
        {
            "origin": both["origin"].to_numpy(),
            "destination": both["destination"].to_numpy(),
            "value": value.to_numpy(float),
            "value_ab": both["value"].to_numpy(float),
            "value_ba": both["back"].to_numpy(float),
        }
    )
    if kind == "net":
        out = out.loc[out["value"] > 0]
    return out.sort_values(["origin", "destination"]).reset_index(drop=True)


def rank_and_share(lines: pd.DataFrame, outflow: pd.Series | None = None) -> pd.DataFrame:
    """Add share of the origin's outflow (default: sum of its lines) and rank (1 = largest) per origin."""
    lines = lines.copy()
    if outflow is None:
        denominator = lines.groupby("origin")["value"].transform("sum")
    else:
        denominator = lines["origin"].map(outflow)
    with np.errstate(divide="ignore", invalid="ignore"):
        lines["share"] = np.where(denominator > 0, lines["value"] / denominator, np.nan)
    lines["rank"] = lines.groupby("origin")["value"].rank(method="first", ascending=False).astype("int64")
    return lines.sort_values(["origin", "rank"]).reset_index(drop=True)


def select_flows(
    lines: pd.DataFrame, threshold: float = 0.0, top_k: int = 0, cumulative_share: float = 0.0
) -> pd.DataFrame:
    """Keep lines by threshold, then top_k per origin, then by cumulative share per origin (0 = no filter).

    The cumulative filter keeps an origin's largest lines until they cover cumulative_share of its outflow,
    as R `flows` 'xsumfirst'. Expects the rank and share columns of rank_and_share (share of the
    unfiltered outflow).
    """
    if not 0.0 <= cumulative_share <= 1.0:
        raise HemaInputError(f"the cumulative share must be between 0 and 1, not {cumulative_share}.")
    if top_k < 0 or threshold < 0:
        raise HemaInputError("the threshold and top-k must not be negative.")
    keep = lines["value"].to_numpy() >= threshold
    if top_k:
        keep &= lines["rank"].to_numpy() <= top_k
    if cumulative_share > 0:
        ordered = lines.sort_values(["origin", "rank"])
        before = ordered.groupby("origin")["share"].cumsum() - ordered["share"]
        keep &= (before < cumulative_share - 1e-12).reindex(lines.index).to_numpy()
    return lines.loc[keep].reset_index(drop=True)


def filter_rows(frame: pd.DataFrame, column: str | None, wanted: str | None, what: str) -> pd.DataFrame:
    """Rows whose column equals wanted (compared as text, 2014.0 == '2014'); error if none match."""
    if not column or wanted is None or str(wanted).strip() == "":
        return frame
    if column not in frame.columns:
        raise HemaInputError(f"the flow table has no {what} column '{column}'.")
    # a year or theme column holds few distinct values: convert each once, not once per row
    codes, uniques = pd.factorize(frame[column], use_na_sentinel=True)
    text = pd.Series(np.array([_as_text(u) for u in uniques] + [None], dtype=object)[codes], index=frame.index)
    kept = frame.loc[text == _as_text(wanted)]
    if kept.empty:
        values = sorted(set(text.dropna()))
        raise HemaInputError(
            f"no flow row has {what} '{wanted}' in column '{column}'; values present: {', '.join(values[:15])}."
        )
    return kept


def _as_text(value) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value).strip()
    return str(int(number)) if number.is_integer() else str(number)


def mode_shares(flows: pd.DataFrame, min_total: float = 0.0) -> pd.DataFrame:
    """Per link (origin, destination): total over modes, the share of each mode (share_<mode>) and the main mode."""
    if "mode" not in flows.columns:
        raise HemaInputError("mode shares need a mode column in the flow table; choose the mode field.")
    wide = flows.pivot_table(index=["origin", "destination"], columns="mode", values="value", aggfunc="sum")
    wide = wide.fillna(0.0)
    total = wide.sum(axis=1)
    wide = wide.loc[(total >= min_total) & (total > 0)]
    total = total.loc[wide.index]
    modes = [re.sub(r"[^0-9a-z]+", "_", str(m).lower()).strip("_") or "mode" for m in wide.columns]
    out = pd.DataFrame(index=wide.index)
    out["total"] = total
    for mode, col in zip(modes, wide.columns):
        out[f"share_{mode}"] = wide[col] / total
    out["main_mode"] = np.asarray(modes, dtype=object)[np.argmax(wide.to_numpy(), axis=1)] if len(wide) else []
    return out.reset_index()


def theme_summary(frame: pd.DataFrame) -> dict[str, tuple[list[int], str]]:
    """Theme code -> (sorted years, first non-empty source text) of a flow table with a theme column."""
    theme = frame["theme"].astype(str)
    years = pd.to_numeric(frame["year"], errors="coerce") if "year" in frame else pd.Series(np.nan, index=frame.index)
    per_theme = years.groupby(theme, sort=False).agg(lambda ys: sorted({int(y) for y in ys.dropna()}))
    sources = {}
    if "source" in frame:
        text = frame["source"].astype(object).where(frame["source"].notna(), "").astype(str)
        named = text.ne("") & text.ne("NULL")
        sources = text[named].groupby(theme[named], sort=False).first().to_dict()
    return {code: (list(ys), sources.get(code, "")) for code, ys in per_theme.items()}
