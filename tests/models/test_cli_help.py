"""The command line's help fits the terminal in Chinese as in English, and a command's mistake is told
with that command's usage."""

import re
import subprocess
import sys
from pathlib import Path

from models.cli.language import columns, wrapped

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
    commands = ((), ("demo",), ("brief",), ("backup",), ("restore",), ("copy",), ("check",), ("import",),
                ("import-spend",), ("export",))
    for lang in ("zh_CN", "en"):
        for command in commands:
            helped = _fieldbrief("--lang", lang, *command, "--help")
            assert helped.returncode == 0, helped.stderr
            lines = helped.stdout.splitlines()
            too_wide = [line for line in lines if columns(line) > 80]
            assert not too_wide, too_wide
            if lang == "zh_CN":  # the sections' headings, the command's own line, every option said in Chinese
                assert "选项：" in lines and "选项:" not in lines, lines
                undescribed = [line for line in lines if re.fullmatch(r"  (-\S+|[A-Z_]+)( [A-Z_.{},]+)?", line)
                               and line.strip() != "COMMAND"]  # (the commands follow it, each described)
                assert not undescribed, undescribed
            if len(lines) > 1 and lines[1].startswith(" "):  # the usage's lines under its first, aligned
                first = lines[0]
                assert columns(first[:first.index("[")]) == len(lines[1]) - len(lines[1].lstrip()), lines[:2]
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
