"""The lists of a plan: questions by SPIN kind, products with their FAB points, objections with answers.

Each offers what the rep wrote before (models.visits.plan_library) in a menu that fills when it opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QMenu, QToolButton, QVBoxLayout, QWidget

from models.visits.plan_library import SAME_CUSTOMER, SAME_SEGMENT_OR_INDUSTRY, ObjectionSuggestion
from models.visits.visits import ObjectionData, ProductData, QuestionData
from models.vocabulary import QuestionKind
from ui import labels
from ui.widgets.row_table import TextRowTable
from ui.widgets.text_box import TextBox

MENU_TEXT_LIMIT = 90


def suggestion_button(text: str, fill: Callable[[QMenu], None]) -> QToolButton:
    """A button whose menu is filled (by ``fill``) each time it opens."""
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.aboutToShow.connect(lambda: (menu.clear(), fill(menu)))
    button.setMenu(menu)
    return button


def shortened(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MENU_TEXT_LIMIT else line[: MENU_TEXT_LIMIT - 1] + "…"


class QuestionsTab(QWidget):
    """One box per kind of question, a question a line."""

    changed = Signal()

    def __init__(self, suggest: Callable[[str], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.suggest = suggest
        self.boxes: dict[str, TextBox] = {}
        layout = QVBoxLayout(self)
        for kind in QuestionKind:
            group = QGroupBox(labels.question_kind(kind.value))
            box = TextBox(3, self.tr("One question a line"))
            box.setAccessibleName(labels.question_kind(kind.value))
            box.textChanged.connect(self.changed)
            self.boxes[kind.value] = box
            inner = QVBoxLayout(group)
            inner.addWidget(box)
            inner.addWidget(suggestion_button(self.tr("Asked before…"),
                                              lambda menu, k=kind.value: self._fill_menu(menu, k)))
            layout.addWidget(group)
        layout.addStretch(1)

    def _fill_menu(self, menu: QMenu, kind: str) -> None:
        for question in self.suggest(kind):
            menu.addAction(labels.menu_text(shortened(question))).triggered.connect(lambda _c=False, q=question, k=kind: self.add(k, q))
        if menu.isEmpty():
            menu.addAction(self.tr("Nothing yet: questions you plan are offered here next time")).setEnabled(False)

    def add(self, kind: str, question: str) -> None:
        box = self.boxes[kind]
        text = box.text().rstrip("\n")
        box.replace_text(f"{text}\n{question}" if text.strip() else question)

    def set_questions(self, questions: list[QuestionData]) -> None:
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.set_text("\n".join(q.text for q in questions if q.kind == kind))
            box.blockSignals(False)

    def questions(self) -> list[QuestionData]:
        return [QuestionData(kind, line.strip()) for kind, box in self.boxes.items()
                for line in box.text().splitlines() if line.strip()]


class ProductsTab(TextRowTable):
    def __init__(self, suggest: Callable[[], list[ProductData]], parent: QWidget | None = None):
        super().__init__([self.tr("Product"), self.tr("Feature"), self.tr("Advantage"), self.tr("Benefit to them")],
                         3, parent)
        self.layout().setContentsMargins(9, 9, 9, 9)
        self.suggest = suggest
        self.add_product = self.add_button(self.tr("&Add product"))
        self.add_product.clicked.connect(lambda: self.add(ProductData("")))
        self.suggestions = suggestion_button(self.tr("Presented before…"), self._fill_menu)
        self.buttons.insertWidget(self.buttons.count() - 2, self.suggestions)

    def _fill_menu(self, menu: QMenu) -> None:
        for product in self.suggest():
            text = shortened(f"{product.product}: {product.benefit or product.feature}")
            menu.addAction(labels.menu_text(text)).triggered.connect(lambda _c=False, p=product: self.add(p))
        if menu.isEmpty():
            menu.addAction(self.tr("Nothing yet: products you plan are offered here next time")).setEnabled(False)

    def add(self, product: ProductData) -> None:
        self.add_row([product.product, product.feature, product.advantage, product.benefit])

    def set_products(self, products: list[ProductData]) -> None:
        self.set_rows([[p.product, p.feature, p.advantage, p.benefit] for p in products])

    def products(self) -> list[ProductData]:
        return [ProductData(*row) for row in self.rows()]


class ObjectionsTab(TextRowTable):
    def __init__(self, suggest: Callable[[], list[ObjectionSuggestion]], parent: QWidget | None = None):
        super().__init__([self.tr("Objection expected"), self.tr("Prepared answer")], 1, parent)
        self.layout().setContentsMargins(9, 9, 9, 9)
        self.table.setColumnWidth(0, 320)
        self.suggest = suggest
        self.add_objection = self.add_button(self.tr("&Add objection"))
        self.add_objection.clicked.connect(lambda: self.add(ObjectionData("")))
        self.suggestions = suggestion_button(self.tr("Met before…"), self._fill_menu)
        self.buttons.insertWidget(self.buttons.count() - 2, self.suggestions)

    def _fill_menu(self, menu: QMenu) -> None:
        where = {SAME_CUSTOMER: self.tr("this customer"), SAME_SEGMENT_OR_INDUSTRY: self.tr("similar customers")}
        for suggestion in self.suggest():
            source = where.get(suggestion.rank)
            text = shortened(suggestion.objection) + (f"   ({source})" if source else "")
            menu.addAction(labels.menu_text(text)).triggered.connect(
                lambda _c=False, s=suggestion: self.add(ObjectionData(s.objection, s.answer)))
        if menu.isEmpty():
            menu.addAction(self.tr("Nothing yet: objections you plan for or meet are offered here")).setEnabled(False)

    def add(self, objection: ObjectionData) -> None:
        self.add_row([objection.objection, objection.answer])

    def set_objections(self, objections: list[ObjectionData]) -> None:
        self.set_rows([[o.objection, o.answer] for o in objections])

    def objections(self) -> list[ObjectionData]:
        return [ObjectionData(*row) for row in self.rows()]
