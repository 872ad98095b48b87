"""Cancelling a visit (with the reason, kept in its history) and deleting one (after asking), from the agenda
and from the planner; both go on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.visits import visits
from models.errors import KnownError


def confirm_delete(parent: QWidget, about: str) -> bool:
    """Ask before deleting (a module function, so tests can answer it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("VisitActions", "Delete visit"),
        QCoreApplication.translate("VisitActions", "Delete the visit %1 with its plan, checklist and outcome? "
                                   "Its follow-ups stay with the customer.\nEdit > Undo brings it back.")
        .replace("%1", about),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def delete_visit(db, visit_id: int, about: str, parent: QWidget, push_change: Callable | None) -> bool:
    """Delete after asking; True once deleted."""
    from ui.errors import report_exception

    if not confirm_delete(parent, about):
        return False
    try:
        change = visits.delete_visit(db, visit_id)
    except KnownError as exc:
        report_exception(exc, parent=parent)
        return False
    if push_change is not None:
        push_change(change, QCoreApplication.translate("VisitActions", "Delete visit %1").replace("%1", about))
    return True


def cancel_visit(db, visit_id: int, about: str, parent: QWidget, push_change: Callable | None,
                 on_cancelled: Callable[[], None] | None = None):
    """Ask why, then cancel; returns the open form (window-modal)."""
    from ui.dialogs.loop_dialogs import ReasonDialog

    dialog = ReasonDialog(QCoreApplication.translate("VisitActions", "Cancel the visit"), f"<b>{escape(about)}</b>",
                          QCoreApplication.translate("VisitActions", "Cancel the &visit"), parent)
    dialog.submit = lambda: visits.cancel_visit(db, visit_id, dialog.why.text())
    dialog.cancel_button.setText(QCoreApplication.translate("VisitActions", "&Keep the visit"))

    def finished(_result: int) -> None:
        if dialog.change is not None:
            if push_change is not None:
                text = QCoreApplication.translate("VisitActions", "Cancel visit %1")
                push_change(dialog.change, text.replace("%1", about))
            if on_cancelled is not None:
                on_cancelled()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
