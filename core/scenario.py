"""What-if scenarios on a Huff model: edit cities, road speeds, new roads or costs, and measure the shift.

A scenario is a set of changes sharing one id; each change is (scenario, kind, target, value[, coordinates]):

* ``attractiveness``: city `target`'s attractiveness multiplied by `value` (1.2 = +20 %);
* ``centre``: a new city `target` with attractiveness `value` at point (x, y);
* ``speed``: every road whose id is `target` driven at `value` km/h (needs a road network);
* ``road``: a new road `target` from (x, y) to (x2, y2) at `value` km/h, its ends joined to the nearest
  network junctions (needs a road network);
* ``cost``: costs to city `target` (or of the pair 'zone>city') multiplied by `value` (needs a cost table).

Every scenario starts from the base model; the changes of one scenario are applied together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import HemaInputError
from .routing import ACCESS_SPEED_KMH, MAX_SNAP_M, build_network, cost_matrix, segment_costs, snap_points

KINDS: tuple[str, ...] = ("attractiveness", "centre", "speed", "road", "cost")
NEEDS_ROADS = ("speed", "road")


@dataclass(frozen=True)
class Change:
    """One change of one scenario."""

    scenario: str
    kind: str
    target: str
    value: float
    coords: tuple[float, ...] = ()


def parse_changes(text: str) -> list[Change]:
    """Changes from text: one per line (or ';'), fields 'id, kind, target, value[, x, y[, x2, y2]]'."""
    changes = []
    for n, line in enumerate(re.split(r"[;\n]", text or ""), start=1):
        if not line.strip() or line.strip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 4:
            raise HemaInputError(
                f"scenario line {n} ('{line.strip()}') needs at least 'id, kind, target, value', "
                "e.g. 'a, attractiveness, GM0106, 1.2'"
            )
        try:
            numbers = [float(p) for p in parts[3:]]
        except ValueError:
            raise HemaInputError(
                f"scenario line {n} ('{line.strip()}') has a value or coordinate that is not a number"
            ) from None
        changes.append(Change(parts[0], parts[1].lower(), parts[2], numbers[0], tuple(numbers[1:])))
    return changes


def check_changes(changes: Sequence[Change], city_codes: Sequence[str], road_ids=None, costs: bool = False) -> None:
    """Refuse unknown kinds, unknown cities/roads, bad values and changes the cost basis cannot take."""
    if not changes:
        raise HemaInputError("no scenario given; add at least one line 'id, kind, target, value'")
    cities = set(map(str, city_codes))
    roads = None if road_ids is None else set(map(str, road_ids))
    for c in changes:
        problem = _problem(c, cities, roads, costs)
        if problem:
            raise HemaInputError(f"scenario '{c.scenario}' ({c.kind} {c.target}): {problem}")


def _problem(c: Change, cities: set[str], roads: set[str] | None, costs: bool) -> str:
    """What is wrong with one change ('' when nothing is)."""
    checks = (
        (c.kind not in KINDS, f"unknown kind '{c.kind}'; use one of {', '.join(KINDS)}"),
        (not np.isfinite(c.value) or c.value <= 0, f"the value must be a number > 0, not {c.value:g}"),
        (c.kind == "attractiveness" and c.target not in cities, f"city {c.target} is not in the cities layer"),
        (c.kind == "centre" and (len(c.coords) != 2 or c.target in cities),
         "a new centre needs a new code and x, y: 'id, centre, NEW1, 50000, x, y'"),
        (c.kind in NEEDS_ROADS and roads is None, "road changes need a road network; give the road network layer"),
        (c.kind == "speed" and roads is not None and c.target not in roads,
         f"no road has id '{c.target}'; check the road id field"),
        (c.kind == "road" and len(c.coords) != 4, "a new road needs x, y, x2, y2: 'id, road, name, 100, x, y, x2, y2'"),
        (c.kind == "cost" and not costs, "cost changes need a cost table; give the cost table"),
    )  # fmt: skip
    return next((message for bad, message in checks if bad), "")


def scenario_ids(changes: Sequence[Change]) -> list[str]:
    """Scenario ids in the order of first appearance."""
    return list(dict.fromkeys(c.scenario for c in changes))


def edit_cities(cities: pd.DataFrame, changes: Sequence[Change]) -> pd.DataFrame:
    """Cities (code, x, y, attractiveness) with attractiveness factors applied and new centres appended."""
    out = cities.copy().reset_index(drop=True)
    for c in changes:
        if c.kind == "attractiveness":
            out.loc[out["code"] == c.target, "attractiveness"] *= c.value
        elif c.kind == "centre":
            row = {"code": c.target, "name": c.target, "x": c.coords[0], "y": c.coords[1], "attractiveness": c.value}
            out = pd.concat([out, pd.DataFrame([row])], ignore_index=True)
    return out


def edit_network(
    seg_xy: np.ndarray, speed: np.ndarray, seg_ids: Sequence[str], changes: Sequence[Change]
) -> tuple[np.ndarray, np.ndarray]:
    """Segments and speeds with road speeds changed and new roads added (ends moved onto the nearest junction)."""
    seg_xy, speed = np.asarray(seg_xy, float).copy(), np.asarray(speed, float).copy()
    ids = np.asarray([str(s) for s in seg_ids], dtype=object)
    ends = np.concatenate([seg_xy[:, :2], seg_xy[:, 2:]])
    new_xy, new_speed = [], []
    for c in changes:
        if c.kind == "speed":
            speed[ids == c.target] = c.value
        elif c.kind == "road":
            a = ends[np.argmin(np.hypot(*(ends - np.array(c.coords[:2])).T))]
            b = ends[np.argmin(np.hypot(*(ends - np.array(c.coords[2:])).T))]
            new_xy.append([*a, *b])
            new_speed.append(c.value)
    if new_xy:
        seg_xy = np.vstack([seg_xy, np.asarray(new_xy)])
        speed = np.concatenate([speed, new_speed])
    return seg_xy, speed


def network_costs(
    seg_xy: np.ndarray,
    speed: np.ndarray,
    origins: tuple[np.ndarray, np.ndarray],
    destinations: tuple[np.ndarray, np.ndarray],
    access_speed: float = ACCESS_SPEED_KMH,
    max_snap: float = MAX_SNAP_M,
) -> np.ndarray:
    """Travel minutes origins x destinations over the road segments, as hema:traveltimes computes them.

    Snap legs count at access_speed (0 = free); points farther than max_snap from the roads get NaN (0 = no limit).
    """
    length = np.hypot(seg_xy[:, 2] - seg_xy[:, 0], seg_xy[:, 3] - seg_xy[:, 1])
    net = build_network(seg_xy, segment_costs(length, speed))
    o_snap, d_snap = snap_points(net, *origins), snap_points(net, *destinations)
    access = None
    if access_speed > 0:
        access = (segment_costs(o_snap[2], access_speed), segment_costs(d_snap[2], access_speed))
    matrix = cost_matrix(net, o_snap, d_snap, access)
    if max_snap > 0:
        matrix[o_snap[2] > max_snap, :] = np.nan
        matrix[:, d_snap[2] > max_snap] = np.nan
    return matrix


def edit_costs(
    cost: np.ndarray, zone_codes: Sequence[str], city_codes: Sequence[str], changes: Sequence[Change]
) -> np.ndarray:
    """A zones x cities cost matrix with the 'cost' changes applied (target 'city' or 'zone>city')."""
    out = cost.copy()
    zones, cities = pd.Index(list(map(str, zone_codes))), pd.Index(list(map(str, city_codes)))
    for c in changes:
        if c.kind != "cost":
            continue
        zone, _, city = c.target.rpartition(">")
        j = cities.get_indexer([city.strip()])[0]
        i = zones.get_indexer([zone.strip()])[0] if zone else None
        if j < 0 or (zone and i < 0):
            raise HemaInputError(f"scenario '{c.scenario}': cost target '{c.target}' names no zone>city of the model")
        if i is None:
            out[:, j] *= c.value
        else:
            out[i, j] *= c.value
    return out


def shift(
    base: np.ndarray,
    new: np.ndarray,
    population: np.ndarray,
    city_base: Sequence[str],
    city_new: Sequence[str],
) -> tuple[np.ndarray, pd.DataFrame, np.ndarray, np.ndarray]:
    """Probability change per zone and city, the city table and each zone's dominant city index before and after.

    The change is on the scenario's cities (a new centre had probability 0); the dominant index is -1 where a zone
    reaches no city. City table: code, catchment_base = Σ_i pop_i P_ij before, catchment (after), change,
    rel_change, zones_base and zones (zones where the city is dominant).
    """
    index = pd.Index(list(city_new)).get_indexer(list(city_base))
    padded = np.zeros_like(new)
    padded[:, index] = base
    delta = new - padded
    pop = np.asarray(population, float)[:, None]
    dom_base = np.where(padded.sum(axis=1) > 0, padded.argmax(axis=1), -1)
    dom_new = np.where(new.sum(axis=1) > 0, new.argmax(axis=1), -1)
    before, after = (pop * padded).sum(axis=0), (pop * new).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(before > 0, (after - before) / before, np.nan)
    table = pd.DataFrame(
        {
            "code": list(city_new),
            "catchment_base": before,
            "catchment": after,
            "change": after - before,
            "rel_change": rel,
            "zones_base": np.bincount(dom_base[dom_base >= 0], minlength=len(city_new)),
            "zones": np.bincount(dom_new[dom_new >= 0], minlength=len(city_new)),
        }
    )
    return delta, table, dom_base, dom_new
