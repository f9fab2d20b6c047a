"""Dutch catalogue: every user-visible string of the plugin is translated, the .qm matches, QGIS shows it."""

import importlib.util
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
ut = importlib.util.module_from_spec(_spec)
sys.modules["update_translations"] = ut
_spec.loader.exec_module(ut)


@pytest.fixture(scope="module")
def catalogue():
    return ut.extract(ROOT)


@pytest.fixture()
def dutch():
    translator = QTranslator()
    assert translator.load(str(ut.QM))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_extractor_reads_every_call_form(tmp_path):
    source = (
        "GROUPS = {'a': 'Group label'}\n"
        "x = tr('Plain')\n"
        "y = self.tr('Method {}').format(1)\n"
        "z = QCoreApplication.translate('HemaSteden', 'Context ' 'joined')\n"
        "w = QCoreApplication.translate('Other', 'Not ours')\n"
        "n = QT_TRANSLATE_NOOP('HemaSteden', 'Marked')\n"
        "f = tr(f'bad {x}')\n"
        "d = tr(name)\n"
        "g = tr(GROUPS['a'])\n"
    )
    source += (
        "KINDS = {'cities': 'A', 'zones': 'B'}\n"
        "for name, label, default in ((X, 'Origin field', 'o'), (Y, 'Value field', 'v')):\n"
        "    add(self.tr(label), default)\n"
        "for kind, output in KINDS.items():\n"
        "    add(self.tr(kind))\n"
        "opts = [self.tr(x) for x in io.LABELS]\n"
        "for thing in unknown():\n"
        "    add(tr(thing))\n"
    )
    cat = ut.Catalogue()
    ut.scan_source(source, "m.py", cat, {"LABELS": ut.ast.parse("('One PDF', 'PNG')").body[0].value})
    assert set(cat.messages) == {
        *("Group label", "Plain", "Method {}", "Context joined", "Marked"),
        *("Origin field", "Value field", "cities", "zones", "One PDF", "PNG"),
    }
    assert cat.fstrings == ["m.py:7"] and cat.dynamic == ["m.py:8", "m.py:17"]


def test_every_source_string_has_a_finished_dutch_translation(catalogue):
    ts = ut.read_ts()
    missing = [s for s in catalogue.messages if not ts.get(s, ("", False))[1]]
    assert not missing, (
        f"{len(missing)} string(s) not (finished) in {ut.TS.name}; add Dutch to resources/i18n/nl.json and run "
        f"`python3 scripts/update_translations.py`: {missing[:20]}"
    )
    assert not catalogue.fstrings, f"f-strings inside tr() can never be translated: {catalogue.fstrings}"


def test_placeholders_survive_translation(catalogue):
    ts = ut.read_ts()
    for source in catalogue.messages:
        translation = ts.get(source, ("", False))[0]
        assert translation.count("{") == source.count("{"), (source, translation)


def test_compiled_qm_matches_the_catalogue(dutch):
    ts = ut.read_ts()
    assert ts
    stale = [s for s, (t, done) in ts.items() if done and QCoreApplication.translate("HemaSteden", s) != t]
    assert not stale, f"hema_steden_nl.qm is out of date; run scripts/update_translations.py: {stale[:10]}"


def test_dock_and_algorithms_speak_dutch(dutch, iface, plugin):
    from hema_steden.ui.dock import HemaDock

    dock = HemaDock(iface)
    try:
        assert dock.form.load_button.text() == "Laden"
        assert dock.tabs.tabText(1) == "Resultaten"
        assert dock.form.theme.count() == 5
    finally:
        dock.disconnect_all()
        dock.deleteLater()
    translations = ut.read_dict()
    provider = QgsApplication.processingRegistry().providerById("hema")
    for alg in provider.algorithms():
        # names and help are built through tr() at call time, so with the Dutch translator they come out Dutch
        alg = alg.create()
        for text in (alg.displayName(), alg.group()):
            assert text in translations.values(), f"{alg.id()}: {text!r} is not Dutch"


class RecordingTranslator(QTranslator):
    """Records every HemaSteden source text asked for at run time; translates nothing itself."""

    def __init__(self):
        super().__init__()
        self.seen: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "HemaSteden":
            self.seen.add(source)
        return ""  # empty: Qt goes on to the next translator (the Dutch one)

    def isEmpty(self) -> bool:
        return False


def test_every_text_asked_at_run_time_is_in_the_catalogue(plugin, iface):
    """Names, help, parameter labels and options of every algorithm and the whole dock, as QGIS asks for them."""
    from hema_steden.ui.dock import HemaDock

    dutch = QTranslator()
    assert dutch.load(str(ut.QM))
    translator = RecordingTranslator()
    QCoreApplication.installTranslator(dutch)
    QCoreApplication.installTranslator(translator)
    try:
        provider = QgsApplication.processingRegistry().providerById("hema")
        for alg in provider.algorithms():
            alg = alg.create()
            texts = [alg.displayName(), alg.group(), alg.shortHelpString()]
            for p in alg.parameterDefinitions():
                texts += [p.description(), p.help()]
            assert all(isinstance(t, str) for t in texts)
        dock = HemaDock(iface)
        dock.disconnect_all()
        dock.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.removeTranslator(dutch)
    ts = ut.read_ts()
    assert len(translator.seen) > 30  # the dock alone asks for about 50
    missing = sorted(s for s in translator.seen if not ts.get(s, ("", False))[1])
    assert not missing, f"{len(missing)} text(s) reach tr() at run time but are not translated: {missing[:15]}"


def test_dutch_when_the_qgis_locale_is_nl():
    from hema_steden import i18n
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    try:
        assert i18n.ui_language() == "nl"
        assert i18n.install_translator()
        assert QCoreApplication.translate("HemaSteden", "Load") == "Laden"
    finally:
        i18n.remove_translators()
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
    assert QCoreApplication.translate("HemaSteden", "Load") == "Load"
