import logging
import stat

from models.runtime.logsetup import setup_logging


def test_log_file_is_private_and_replaced_on_setup_again(tmp_path):
    first = setup_logging(tmp_path / "a" / "fieldbrief.log")
    logging.getLogger("fieldbrief.test").warning("first message")
    second = setup_logging(tmp_path / "b" / "fieldbrief.log")
    logging.getLogger("fieldbrief.test").warning("second message 秀英")
    assert "first message" in first.read_text(encoding="utf-8")
    assert "second message" not in first.read_text(encoding="utf-8")
    assert "second message 秀英" in second.read_text(encoding="utf-8")
    assert stat.S_IMODE(second.stat().st_mode) == 0o600
