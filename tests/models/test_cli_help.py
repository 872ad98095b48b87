"""The command line's help fits the terminal in Chinese as in English, and a command's mistake is told
with that command's usage."""

import subprocess
import sys
from pathlib import Path

from models.cli_language import columns, wrapped

ROOT = Path(__file__).resolve().parents[2]


def test_chinese_is_wrapped_by_the_columns_it_takes():
    text = "像 04/03/1985 这样的日期是日/月（dmy）还是月/日（mdy）；默认：由文件中的日期决定（出现大于 12 的日），否则这类日期保存在备注中待核对"
    lines = wrapped(text, 30)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(columns(line) <= 30 for line in lines), lines
    assert not any(line[0] in "，。；：）" for line in lines), lines
    assert wrapped("dates like 04/03/1985 are day/month", 12) == ["dates like", "04/03/1985", "are", "day/month"]
    assert wrapped("a-very-long-word-indeed x", 5) == ["a-very-long-word-indeed", "x"]
    assert wrapped("", 10) == []


def _fieldbrief(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"})


def test_help_lines_fit_80_columns_and_a_commands_mistake_shows_its_usage():
    for lang in ("zh_CN", "en"):
        helped = _fieldbrief("--lang", lang, "import", "--help")
        assert helped.returncode == 0, helped.stderr
        too_wide = [line for line in helped.stdout.splitlines() if columns(line) > 80]
        assert not too_wide, too_wide
    mistaken = _fieldbrief("--lang", "zh_CN", "check", "--bogus")
    assert mistaken.returncode == 2
    assert mistaken.stderr.startswith("用法：fieldbrief check ") and "无法识别的参数：--bogus" in mistaken.stderr, \
        mistaken.stderr


def test_a_spend_import_says_each_problem_indented_in_chinese_punctuation(tmp_path):
    data = str(tmp_path / "data")
    assert _fieldbrief("--data-dir", data, "demo", "--customers", "3").returncode == 0
    spend = tmp_path / "billing.csv"
    spend.write_text("客户名称,账期,消费金额\n华信不存在,2026-10,100\n华信不存在二,2026-13,abc\n", encoding="utf-8")
    said = _fieldbrief("--lang", "zh_CN", "--data-dir", data, "import-spend", str(spend)).stdout.splitlines()
    assert said[:2] == ["  第 2 行：没有名为“华信不存在”的客户", "  第 3 行：没有名为“华信不存在二”的客户"], said
