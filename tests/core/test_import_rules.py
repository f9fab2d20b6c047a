"""The code layout's import rules, read from the source (no QGIS needed).

core/ imports nothing of QGIS or Qt; nothing imports ui/ except plugin.py (and ui itself); algorithms/ holds only
the provider, the base(s) and algorithm modules named <group>_<what>.py, each defining a Processing algorithm.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "qgis_io", "styling", "printlayout", "algorithms", "ui")
GROUPS = ("data", "catchments", "network", "layout", "change")
QGIS_MODULES = ("qgis", "processing", "PyQt5", "PyQt6", "sip")


def modules() -> list[Path]:
    """Every Python file of the plugin (not tests, scripts, benchmarks)."""
    files = [ROOT / name for name in ("plugin.py", "i18n.py", "paths.py", "__init__.py")]
    for package in PACKAGES:
        files += sorted((ROOT / package).rglob("*.py"))
    return files


def imports(path: Path) -> list[str]:
    """Absolute module names path imports, relative imports resolved against the plugin root ('core.flows')."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).parent.parts
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.append(node.module or "")
                continue
            base = list(package[: len(package) - node.level + 1])
            target = base + ([node.module] if node.module else [])
            found.append(".".join(target))
            found += [".".join(target + [alias.name]) for alias in node.names]  # the name may be a module
    return found


def test_core_imports_nothing_of_qgis():
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "core").rglob("*.py"))
        for name in imports(path)
        if name.split(".")[0] in QGIS_MODULES
    ]
    assert not bad


def test_core_imports_only_core():
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "core").rglob("*.py"))
        for name in imports(path)
        if name.split(".")[0] in PACKAGES and not name.startswith("core")
    ]
    assert not bad


def test_nothing_imports_ui_but_the_plugin():
    bad = []
    for path in modules():
        relative = path.relative_to(ROOT)
        if relative.parts[0] == "ui" or relative.as_posix() == "plugin.py":
            continue
        bad += [f"{relative} imports {name}" for name in imports(path) if name == "ui" or name.startswith("ui.")]
    assert not bad


def test_algorithms_holds_only_the_provider_bases_and_algorithms():
    allowed = {"__init__.py", "provider.py", "base.py"}
    pattern = re.compile(rf"^({'|'.join(GROUPS)})_[a-z]+\.py$")
    odd, without_algorithm = [], []
    for path in sorted((ROOT / "algorithms").glob("*.py")):
        if path.name in allowed or path.name.endswith("_base.py"):
            continue
        if not pattern.match(path.name):
            odd.append(path.name)
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        methods = {
            item.name
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            for item in node.body
            if isinstance(item, ast.FunctionDef)
        }
        if not {"name", "initAlgorithm"} <= methods:
            without_algorithm.append(path.name)
    assert not odd, f"not <group>_<what>.py with group in {GROUPS}: {odd}"
    assert not without_algorithm, f"modules in algorithms/ without a Processing algorithm class: {without_algorithm}"
    assert not [p.name for p in (ROOT / "algorithms").iterdir() if p.is_dir() and p.name != "__pycache__"]


def test_the_rules_see_real_imports():
    assert "core.vocabulary" in imports(ROOT / "ui" / "steps.py")
    assert "ui.steps" in imports(ROOT / "ui" / "controller.py")
    assert any(name.startswith("qgis") for name in imports(ROOT / "algorithms" / "base.py"))
