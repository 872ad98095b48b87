"""Translations load (ours and Qt's), and Chinese draws as glyphs from the bundled font, not boxes."""

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter

from models.runtime.resources import CJK_FONT_FAMILY
from ui.i18n import install_translators


def test_zh_cn_translations_load_ours_and_qts(qtbot, app, open_window, paths):
    translators = install_translators(app, "zh_CN")
    try:
        assert len(translators) == 2
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        window = open_window(paths)
        assert [window.navigation.item(i).text() for i in range(3)] == ["今天", "客户", "拜访"]
        assert window.statusBar().currentMessage() == "0 个客户，0 次拜访"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        from ui import labels

        labels.clear_cache()  # the window cached labels in Chinese
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_bundled_cjk_font_is_the_applications_fallback(app):
    assert CJK_FONT_FAMILY in QFontDatabase.families()
    assert CJK_FONT_FAMILY in app.font().families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(CJK_FONT_FAMILY)


def render(text: str, font: QFont) -> QImage:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(QPoint(4, 30), text)
    painter.end()
    return image


def test_chinese_characters_render_as_distinct_glyphs(app):
    # A missing glyph draws the same box for every character; real glyphs differ from each other.
    font = QFont(app.font())
    font.setPixelSize(24)
    xiu, ying, blank = render("秀", font), render("英", font), render(" ", font)
    assert xiu != ying
    assert xiu != blank and ying != blank


def glyphs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt lays the text out in; glyph 0 is the missing-glyph box."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_13_an_extension_b_character_shows_in_the_window_from_the_bundled_font(app):
    runs = glyphs("吉野家 𠮷野家 𪚥", QFont(app.font()))
    assert all(0 not in indexes for _family, indexes in runs), runs  # no box
    assert any(family == "HanaMinB" for family, _indexes in runs), runs  # what the system and WenQuanYi lack
    assert any(family == CJK_FONT_FAMILY for family, _indexes in runs), runs  # the rest of the Chinese as before
    font = QFont(app.font())
    font.setPixelSize(24)
    assert render("𠮷", font) != render("𪚥", font)  # two glyphs, not the same box twice


def test_counts_say_one_or_many_with_digit_groups_in_both_languages(qtbot, app, open_window, paths):
    def count(n: int) -> str:
        return QCoreApplication.translate("CustomersPage", "%Ln customer(s)", "", n)

    assert [count(1), count(2), count(100_000)] == ["1 customer", "2 customers", "100,000 customers"]
    assert QCoreApplication.translate("ConflictDialog", "You both changed %Ln thing(s): choose which to keep on "
                                      "each line (← →).", "", 1).startswith("You both changed 1 thing:")
    today = [QCoreApplication.translate("TodayLists", text, "", n) for text, n in
             (("%Ln visit(s)", 1), ("%Ln visit(s)", 3), ("%Ln outcome(s) to log", 1), ("%1, %Ln day(s) late", 1))]
    assert today == ["1 visit", "3 visits", "1 outcome to log", "%1, 1 day late"]
    translators = install_translators(app, "zh_CN")
    try:
        assert count(100_000) == "100,000 个客户"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
    assert count(1) == "1 customer"


def test_dates_and_numbers_follow_the_ui_language_never_the_c_locale(app):
    """A machine with no locale set (LANG=C) gets English words, and English dates and digit groups,
    not the C locale's "2 12 2026" and 1234567; Chinese gets Chinese dates."""
    from PySide6.QtCore import QDate, QLocale

    from ui.i18n import ui_locale

    day = QDate(2026, 12, 2)
    try:
        for lang, long_date, number in ((None, "Wednesday, December 2, 2026", "1,234,567"),
                                        ("C", "Wednesday, December 2, 2026", "1,234,567"),
                                        ("zh_CN", "2026年12月2日星期三", "1,234,567")):
            locale = ui_locale(lang, system=QLocale.c())
            assert (locale.toString(day, QLocale.FormatType.LongFormat), locale.toString(1234567)) == (long_date, number)
        translators = install_translators(app, "C")
        assert QLocale().toString(day, QLocale.FormatType.LongFormat) == "Wednesday, December 2, 2026"
        for translator in translators:
            app.removeTranslator(translator)
    finally:
        install_translators(app, "en")


def test_with_lang_qts_own_widgets_write_dates_in_that_language(tmp_path):
    """--lang zh_CN on an English system: the file dialog's dates and sizes (Qt's QFileSystemModel asks the
    system's locale) are written the Chinese way too; --lang en on a Chinese system, the English way."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = tmp_path / "probe.py"
    probe.write_text(f"""
import sys
sys.path.insert(0, {str(root)!r})
from ui.app import follow_in_qts_own_widgets
follow_in_qts_own_widgets(sys.argv[1])
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
app = QApplication([])
print(QLocale.system().name(), QLocale.system().toString(QDate(2026, 12, 3), QLocale.FormatType.ShortFormat))
""", encoding="utf-8")
    said = {}
    for system, lang in (("en_US.UTF-8", "zh_CN"), ("zh_CN.UTF-8", "en")):
        run = subprocess.run([sys.executable, str(probe), lang], capture_output=True, text=True, timeout=60,
                             env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": system,
                                  "LC_ALL": system})
        assert run.returncode == 0, run.stderr
        said[lang] = run.stdout.split()
    assert said["zh_CN"] == ["zh_CN", "2026/12/3"]
    assert said["en"] == ["en_US", "12/3/26"]
