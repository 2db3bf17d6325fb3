"""The quick prompt screen: one big low-stakes question in ten seconds, no group or seats.

For SFO staff and anyone who needs a prompt now. Keys (and a presenter remote): N, Space,
PageDown or Right = new prompt; PageUp or Left = the previous one; F = favourite;
R = read aloud; Esc, Backspace or Home = back to the home screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from circle_app.banks.drawing import PromptDrawer
from circle_app.domain.enums import AgeBand
from circle_app.domain.prompts import DrawRequest, Prompt
from circle_app.ui.circle.quick_prompt_card import QuickPromptCard
from circle_app.ui.circle.quick_prompt_categories import Category, age_labels, categories_for
from circle_app.ui.circle.quick_prompt_deck import QuickPromptDeck
from circle_app.ui.support.icons import icon
from circle_app.ui.support.theme import LIGHT, Theme
from circle_app.ui.widgets.banner import Banner
from circle_app.ui.widgets.board_preview import BoardPreview
from circle_app.ui.widgets.escape import claims_escape


class QuickPromptScreen(QWidget):
    """One big card. Construct with a `PromptDrawer` (banks + history) and a bank language."""

    home_requested = Signal()
    read_aloud_requested = Signal(str, str)  # text, language ("da"/"en")
    stop_reading_requested = Signal()  # the banner's Stop while reading aloud
    prompt_shown = Signal(object)  # the Prompt now on the card (None: nothing fits)

    def __init__(
        self,
        drawer: PromptDrawer,
        language: str,
        *,
        age_band: AgeBand | None = None,
        theme: Theme = LIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quickPrompt")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._deck = QuickPromptDeck(drawer)
        self._language = language
        self._age_band = age_band
        self._theme = theme
        self._categories: list[Category] = []

        self.home_button = self._button(self.tr("Home"), "mdi6.arrow-left")
        self.home_button.setToolTip(self.tr("Back to the start (Backspace)"))
        self.home_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.home_button.clicked.connect(self.home_requested)

        self._age_group = QButtonGroup(self)
        self._age_group.setExclusive(True)
        ages = QHBoxLayout()
        ages.setSpacing(6)
        self.age_buttons: dict[AgeBand | None, QPushButton] = {}
        for band, label in age_labels():
            button = self._button(label)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.setChecked(band == age_band)
            button.clicked.connect(lambda _=False, b=band: self.set_age_band(b))
            self._age_group.addButton(button)
            self.age_buttons[band] = button
            ages.addWidget(button)

        self.category_box = QComboBox()
        self.category_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.category_box.setMinimumWidth(260)
        adjust = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.category_box.setSizeAdjustPolicy(adjust)  # it elides; the age pills keep room
        self.category_box.setMinimumContentsLength(24)
        self.category_box.setMinimumHeight(48)
        self.category_box.setStyleSheet("font-size: 15pt;")
        self.category_box.setToolTip(self.tr("Which kind of question"))
        self.category_box.currentIndexChanged.connect(self._on_category)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.home_button)
        top.addStretch(1)
        top.addLayout(ages)
        top.addWidget(self.category_box)

        self.card = QuickPromptCard()
        self.prompt_label = self.card.prompt_label
        self.category_label = self.card.category_label
        self.preview = BoardPreview()  # the keeper's copy while the card is on the board
        self.preview.hide()
        self.keys_hint = QLabel(
            self.tr(
                "N, Space or PageDown: another question · PageUp: the one before"
                " · R: read aloud · F: favourite"
            )
        )
        self.keys_hint.setProperty("muted", True)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("font-size: 13pt;")
        self.keys_hint.hide()

        self.favourite_button = self._button(self.tr("Favourite"), "mdi6.star-outline")
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolTip(self.tr("Keep this question among your favourites (F)"))
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.favourites_only_button = self._button(self.tr("Only favourites"), "mdi6.star")
        self.favourites_only_button.setCheckable(True)
        self.favourites_only_button.setToolTip(self.tr("Draw only from your favourites"))
        self.favourites_only_button.clicked.connect(self._on_favourites_only)
        self.read_button = self._button(self.tr("Read aloud"), "mdi6.volume-high")
        self.read_button.setToolTip(self.tr("Read the question aloud (R)"))
        self.read_button.clicked.connect(self.read_aloud)
        self.previous_button = self._button(self.tr("Previous"), "mdi6.undo-variant")
        self.previous_button.setToolTip(self.tr("The question before (PageUp)"))
        self.previous_button.clicked.connect(self.previous_prompt)
        self.new_button = self._button(self.tr("New prompt"), "mdi6.shuffle-variant")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Another question (N, Space or PageDown)"))
        self.new_button.setMinimumSize(280, 72)
        self.new_button.setStyleSheet("font-size: 20pt;")
        self.new_button.clicked.connect(self.new_prompt)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.favourite_button)
        bottom.addWidget(self.favourites_only_button)
        bottom.addWidget(self.read_button)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.new_button)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 20, 32, 24)
        self._layout.setSpacing(18)
        self._layout.addLayout(top)
        self._layout.addWidget(self.card, 1)
        self._layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.keys_hint)
        self._layout.addStretch(0)
        self._layout.addLayout(bottom)

        self.banner = Banner(self, theme)
        self._fill_categories()
        self._refresh_icons()
        self._update_controls()

    # -- public API ---------------------------------------------------------------------

    @property
    def current_prompt(self) -> Prompt | None:
        return self._deck.current

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(self._categories)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the icons (the stylesheet itself is the application's)."""
        self._theme = theme
        self.banner.set_theme(theme)
        self._refresh_icons()

    def set_language(self, language: str) -> None:
        """Draw from the banks of another language (da/en)."""
        if language == self._language:
            return
        self._language = language
        self._fill_categories()
        self.new_prompt()

    def board_widget(self) -> QWidget:
        """What the class sees (issue 18): the card, the question big under its heading."""
        return self.card

    def set_presenting(self, presenting: bool) -> None:
        """True: the card is on the board, the laptop keeps the controls and the question small.
        False: the card is back between the controls, as with one screen."""
        self.card.set_on_board(presenting)
        if not presenting and self._layout.indexOf(self.card) < 0:
            self._layout.insertWidget(1, self.card, 1)
            self.card.show()
        self.preview.setVisible(presenting)
        self.keys_hint.setVisible(presenting)

    def set_category(self, index: int) -> None:
        self.category_box.setCurrentIndex(index)

    @Slot()
    def new_prompt(self) -> None:
        """Draw a prompt this screen has not shown before (fair, no repeats) and record it."""
        self._show(self._deck.draw(self._request()))

    def show_chosen(self, prompt: Prompt) -> None:
        """Put a prompt the teacher chose (in the bank browser) on the card, as it is.

        Facilitator-only prompts come here this way only; the next draw is random again."""
        chosen = self._deck.choose(prompt)
        if chosen is not None:
            self._show(chosen)

    @Slot()
    def previous_prompt(self) -> None:
        before = self._deck.back()
        if before is not None:
            self._show(before)

    @Slot()
    def toggle_favourite(self) -> None:
        self._deck.toggle_favourite()
        self._update_controls()

    @Slot()
    def read_aloud(self) -> None:
        current = self._deck.current
        if current is None:
            self.banner.show_message(self.tr("There is no question on the card to read aloud"))
            return
        self.banner.show_message(
            self.tr("Reading aloud…"),
            action=self.tr("Stop"),
            on_action=self.stop_reading_requested.emit,
            stays=True,
        )
        self.read_aloud_requested.emit(current.text, current.language)

    @Slot()
    def reading_finished(self) -> None:
        """The speaker is done: the "reading aloud" banner goes."""
        if self.banner.text == self.tr("Reading aloud…"):
            self.banner.dismiss()

    @Slot()
    def set_age_band(self, band: AgeBand | None) -> None:
        self._age_band = band
        self.age_buttons[band].setChecked(True)
        current = self._deck.current
        if current is not None and (band is None or band in current.ages):
            return  # the card on screen still fits
        self.new_prompt()

    # -- Qt overrides --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._deck.current is None:
            self.new_prompt()
        self.setFocus()

    def event(self, event: QEvent) -> bool:
        return claims_escape(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.new_prompt()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.previous_prompt()
        elif key == Qt.Key.Key_F:
            self.toggle_favourite()
        elif key == Qt.Key.Key_R:
            self.read_aloud()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Home, Qt.Key.Key_Escape):
            self.home_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- internals -----------------------------------------------------------------------

    def _fill_categories(self) -> None:
        categories = categories_for(self._deck.drawer.library, self._language)
        self._categories = categories
        self.category_box.blockSignals(True)
        self.category_box.clear()
        for category in categories:
            self.category_box.addItem(category.label)
        self.category_box.setCurrentIndex(0 if categories else -1)
        self.category_box.blockSignals(False)

    def _category(self) -> Category | None:
        index = self.category_box.currentIndex()
        return self._categories[index] if 0 <= index < len(self._categories) else None

    def _request(self) -> DrawRequest | None:
        category = self._category()
        if category is None:
            return None
        return DrawRequest(
            kind=category.kind,
            language=self._language,
            age_band=self._age_band,
            bank_ids=category.bank_ids,
            favourites_only=self.favourites_only_button.isChecked(),
        )

    @Slot(int)
    def _on_category(self, _index: int) -> None:
        self.new_prompt()

    @Slot()
    def _on_favourites_only(self) -> None:
        self.new_prompt()

    def _show(self, prompt: Prompt | None) -> None:
        if prompt is None:
            self.card.show_nothing(
                self.tr("No question fits these choices. Try another age band or category.")
            )
        else:
            bank = self._deck.drawer.library.bank(prompt.bank_id)
            where = self.tr("Quick prompt")
            self.card.show_prompt(f"{where} · {bank.title}" if bank else where, prompt.text)
        self.preview.set_text(self.prompt_label.text())
        self._update_controls()
        self.prompt_shown.emit(prompt)

    def _update_controls(self) -> None:
        has_prompt = self._deck.current is not None
        favourite = self._deck.is_favourite()
        self.favourite_button.setEnabled(has_prompt)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setIcon(
            icon("mdi6.star" if favourite else "mdi6.star-outline", self._icon_color(favourite))
        )
        self.read_button.setEnabled(has_prompt)
        self.previous_button.setEnabled(self._deck.has_previous)

    def _icon_color(self, checked: bool = False) -> QColor:
        return QColor("white") if checked else self._theme.text

    def _refresh_icons(self) -> None:
        text = self._theme.text
        self.home_button.setIcon(icon("mdi6.arrow-left", text))
        self.favourites_only_button.setIcon(icon("mdi6.star", text))
        self.read_button.setIcon(icon("mdi6.volume-high", text))
        self.previous_button.setIcon(icon("mdi6.undo-variant", text))
        self.new_button.setIcon(icon("mdi6.shuffle-variant", self._theme.accent_text))
        self._update_controls()

    def _button(self, text: str, icon_name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(56)
        button.setStyleSheet("font-size: 14pt;")
        if icon_name:
            button.setIconSize(QSize(28, 28))
        return button
