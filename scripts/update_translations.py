#!/usr/bin/env python3
"""Extract every tr() string of the plugin (AST-based) into resources/i18n/hema_steden_nl.ts and compile the .qm.

Usage: python3 scripts/update_translations.py [--check] [--no-compile]

Strings come from tr("..."), self.tr("..."), QCoreApplication.translate("HemaSteden", "..."),
QT_TRANSLATE_NOOP("HemaSteden", "..."), the values of module-level dicts named in TR_DICTS, and tr(name) inside a
for loop or comprehension over literal tuples or module constants (the loop's literal values are extracted).
Dutch translations come from resources/i18n/nl.json (English source -> Dutch); finished translations already in
the .ts (e.g. made in Qt Linguist) are kept when the JSON has none. Untranslated strings are written as
unfinished and listed; --check exits with 1 when any is left (CI and the lead's merge check).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "hema_steden_nl.ts"
QM = I18N / "hema_steden_nl.qm"
DICT = I18N / "nl.json"
CONTEXT = "HemaSteden"
SKIP_DIRS = {".venv", ".git", "tests", "bench", "scripts", "dist", "output", "__pycache__", "resources"}
TR_DICTS = {"GROUPS"}  # module-level {key: "English label"} dicts whose values are passed to tr() at run time
DYNAMIC_OK = "# tr: extracted elsewhere"  # marks a tr(variable) whose values are tr() literals in other files


@dataclass
class Catalogue:
    """Source strings with their locations, and calls whose text cannot be read statically."""

    messages: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)
    fstrings: list[str] = field(default_factory=list)

    def add(self, text: str, path: str, line: int) -> None:
        """Record one occurrence of text."""
        self.messages.setdefault(text, []).append((path, line))


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def module_constants(tree: ast.Module) -> dict[str, ast.AST]:
    """Module-level NAME = (...)/[...]/{...} literals, which loops may hand to tr() one element at a time."""
    constants: dict[str, ast.AST] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, (ast.Tuple, ast.List, ast.Dict)):
            constants[target.id] = value
    return constants


def _ref(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _elements(node: ast.AST, constants: dict[str, ast.AST]) -> list[ast.AST] | None:
    """The AST elements a for loop over node yields, when node is a literal or a known constant."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return list(node.elts)
    if isinstance(node, ast.Dict):
        return [k for k in node.keys if k is not None]
    if isinstance(node, (ast.Name, ast.Attribute)) and _ref(node) in constants:
        return _elements(constants[_ref(node)], {})
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
        base = node.func.value
        mapping = base if isinstance(base, ast.Dict) else constants.get(_ref(base))
        if isinstance(mapping, ast.Dict):
            pairs = [(k, v) for k, v in zip(mapping.keys, mapping.values) if k is not None]
            return {
                "items": [ast.Tuple(elts=[k, v]) for k, v in pairs],
                "keys": [k for k, _ in pairs],
                "values": [v for _, v in pairs],
            }.get(node.func.attr)
    return None


def loop_bindings(tree: ast.AST, constants: dict[str, ast.AST]) -> list[tuple[range, dict[str, list[ast.AST]]]]:
    """For every for loop / comprehension over literal data: its line range and the values of its loop names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For):
            pairs = [(node.target, node.iter)]
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            pairs = [(g.target, g.iter) for g in node.generators]
        else:
            continue
        bind: dict[str, list[ast.AST]] = {}
        for target, iterable in pairs:
            elements = _elements(iterable, constants)
            if elements is None:
                continue
            if isinstance(target, ast.Name):
                bind[target.id] = elements
            elif isinstance(target, ast.Tuple):
                for i, name in enumerate(target.elts):
                    if isinstance(name, ast.Name):
                        rows = [e for e in elements if isinstance(e, (ast.Tuple, ast.List)) and len(e.elts) > i]
                        bind[name.id] = [e.elts[i] for e in rows]
        if bind:
            found.append((range(node.lineno, (node.end_lineno or node.lineno) + 1), bind))
    return found


def _bound_strings(arg: ast.AST, line: int, bindings) -> list[str] | None:
    """Literal strings a loop variable passed to tr() takes (innermost loop), None when unknown."""
    if not isinstance(arg, ast.Name):
        return None
    scopes = [(r, b) for r, b in bindings if line in r and arg.id in b]
    if not scopes:
        return None
    values = max(scopes, key=lambda rb: rb[0].start)[1][arg.id]
    texts = [_literal(v) for v in values]
    return [t for t in texts if t is not None] if all(t is not None for t in texts) and texts else None


def scan_source(source: str, rel: str, catalogue: Catalogue, constants: dict[str, ast.AST] | None = None) -> None:
    """Add the translatable strings of one Python source to catalogue."""
    tree = ast.parse(source, filename=rel)
    lines = source.splitlines()
    constants = {**module_constants(tree), **(constants or {})}
    bindings = loop_bindings(tree, constants)
    tr_bodies = [
        range(n.lineno, (n.end_lineno or n.lineno) + 1)
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and n.name == "tr"
    ]
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            if any(isinstance(t, ast.Name) and t.id in TR_DICTS for t in node.targets):
                for value in node.value.values:
                    if (text := _literal(value)) is not None:
                        catalogue.add(text, rel, value.lineno)
            continue
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node.func)
        if name == "tr":
            arg = node.args[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
            arg = node.args[1]
        else:
            continue
        text = _literal(arg)
        where = f"{rel}:{node.lineno}"
        if text is not None:
            catalogue.add(text, rel, node.lineno)
        elif isinstance(arg, ast.JoinedStr):
            catalogue.fstrings.append(where)
        elif (texts := _bound_strings(arg, node.lineno, bindings)) is not None:
            for text in texts:
                catalogue.add(text, rel, node.lineno)
        elif not _known_dynamic(arg) and not any(node.lineno in body for body in tr_bodies):
            if DYNAMIC_OK not in lines[node.lineno - 1]:
                catalogue.dynamic.append(where)


def _known_dynamic(arg: ast.AST) -> bool:
    """tr(GROUPS[...]): the values are extracted from the dict itself."""
    return isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) and arg.value.id in TR_DICTS


def _plugin_files(root: Path) -> list[Path]:
    return [
        path
        for path in sorted(root.rglob("*.py"))
        if not any(part in SKIP_DIRS for part in path.relative_to(root).parts[:-1])
    ]


def extract(root: Path = ROOT) -> Catalogue:
    """Catalogue of every translatable string in the plugin's Python files."""
    catalogue = Catalogue()
    sources = {path: path.read_text(encoding="utf-8") for path in _plugin_files(root)}
    constants: dict[str, ast.AST] = {}
    for source in sources.values():  # constants of every module: loops use imported ones too
        for key, value in module_constants(ast.parse(source)).items():
            constants.setdefault(key, value)
    for path, source in sources.items():
        scan_source(source, path.relative_to(root).as_posix(), catalogue, constants)
    return catalogue


def read_ts(path: Path = TS) -> dict[str, tuple[str, bool]]:
    """Translations in a .ts file: source -> (translation, finished)."""
    if not path.exists():
        return {}
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:  # e.g. merge-conflict markers: nl.json still holds every translation
        print(f"warning: {path.name} is not readable ({exc}); rebuilding it from {DICT.name}", file=sys.stderr)
        return {}
    result = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        result[source] = (text, finished and bool(text.strip()))
    return result


def read_dict(path: Path = DICT) -> dict[str, str]:
    """The English -> Dutch dictionary."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_ts(catalogue: Catalogue, translations: dict[str, str], path: Path = TS) -> list[str]:
    """Write the Dutch .ts; returns the source strings left untranslated."""
    ts = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for source in sorted(catalogue.messages):
        message = ET.SubElement(context, "message")
        # file names only (no line numbers), so the catalogue changes only when strings change
        for file in sorted({file for file, _line in catalogue.messages[source]}):
            ET.SubElement(message, "location", filename=f"../../{file}")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source, "")
        if text.strip():
            translation.text = text
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    """Compile the .ts with Qt's lrelease."""
    lrelease = shutil.which("lrelease", path="/usr/bin:/usr/lib/qt5/bin:/usr/lib/x86_64-linux-gnu/qt5/bin")
    if lrelease is None:
        sys.exit("lrelease not found: install qttools5-dev-tools (scripts/bootstrap.sh does)")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, env={"QT_SELECT": "qt5"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    parser.add_argument("--no-compile", action="store_true", help="do not run lrelease")
    args = parser.parse_args(argv)
    catalogue = extract()
    finished = {src: text for src, (text, done) in read_ts().items() if done}
    translations = {**finished, **read_dict()}
    missing = write_ts(catalogue, translations)
    if not args.no_compile:
        compile_qm()
    print(f"{len(catalogue.messages)} strings, {len(missing)} untranslated -> {TS.relative_to(ROOT)}")
    for where in catalogue.fstrings:
        print(f"f-string inside tr() (never translatable; use tr('...{{}}').format(...)): {where}")
    for where in catalogue.dynamic:
        print(f"note: tr() of a variable at {where}: its values must be extracted elsewhere")
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if args.check and (missing or catalogue.fstrings) else 0


if __name__ == "__main__":
    sys.exit(main())
