#!/usr/bin/env python3
"""Extract every tr() string of the plugin (AST-based) into resources/i18n/hema_steden_nl.ts and compile the .qm.

Usage: python3 scripts/update_translations.py [--check] [--no-compile]

Strings come from tr("..."), self.tr("..."), QCoreApplication.translate("HemaSteden", "..."),
QT_TRANSLATE_NOOP("HemaSteden", "...") and the values of module-level dicts named in TR_DICTS. Dutch translations
come from resources/i18n/nl.json (English source -> Dutch); finished translations already in the .ts (e.g. made in
Qt Linguist) are kept when the JSON has none. Untranslated strings are written as unfinished and listed;
--check exits with 1 when any is left (CI and the lead's merge check).
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


def scan_source(source: str, rel: str, catalogue: Catalogue) -> None:
    """Add the translatable strings of one Python source to catalogue."""
    tree = ast.parse(source, filename=rel)
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
        elif not _known_dynamic(arg) and not any(node.lineno in body for body in tr_bodies):
            catalogue.dynamic.append(where)


def _known_dynamic(arg: ast.AST) -> bool:
    """tr(GROUPS[...]): the values are extracted from the dict itself."""
    return isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) and arg.value.id in TR_DICTS


def extract(root: Path = ROOT) -> Catalogue:
    """Catalogue of every translatable string in the plugin's Python files."""
    catalogue = Catalogue()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if any(part in SKIP_DIRS for part in rel.parts[:-1]):
            continue
        scan_source(path.read_text(encoding="utf-8"), rel.as_posix(), catalogue)
    return catalogue


def read_ts(path: Path = TS) -> dict[str, tuple[str, bool]]:
    """Translations in a .ts file: source -> (translation, finished)."""
    if not path.exists():
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
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
        for file, line in catalogue.messages[source]:
            ET.SubElement(message, "location", filename=f"../../{file}", line=str(line))
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
