"""Preferences: language, theme, the board's screen, names on the board, the gentle timer,
reading aloud."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from circle_app.ui.support.screen_setup import ONE_WINDOW, current_setup
from circle_app.ui.support.settings import (
    ANNOUNCE_TURNS,
    HIDE_NAMES,
    LANGUAGE,
    SPEAKER_TIMER_SECONDS,
    SPEECH_RATE,
    SPEECH_VOLUME,
    THEME,
    Settings,
)


class SettingsDialog(QDialog):
    """Every change is saved at once; the controller applies theme and language live."""

    theme_changed = Signal(str)
    language_changed = Signal(str)
    speech_changed = Signal()
    board_screen_changed = Signal()  # the board for this screen set-up (issue 18)
    test_voice_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(880)

        self.language = QComboBox()
        for label, code in (
            (self.tr("As the system"), ""),
            ("Dansk", "da"),
            ("English", "en"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(LANGUAGE)), 0))
        self.language.currentIndexChanged.connect(self._on_language)

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(self.theme.findData(settings.get(THEME)), 0))
        self.theme.currentIndexChanged.connect(self._on_theme)

        self.board_screen = QComboBox()
        self.board_note = QLabel()
        self.board_note.setProperty("muted", True)
        self.board_note.setWordWrap(True)
        self._fill_board_screens()
        self.board_screen.currentIndexChanged.connect(self._on_board_screen)

        self.hide_names = QCheckBox(self.tr("Hide names on the board (seat numbers instead)"))
        self.hide_names.setChecked(settings.get(HIDE_NAMES))
        self.hide_names.toggled.connect(lambda on: settings.set(HIDE_NAMES, on))

        self.timer = QComboBox()
        for label, seconds in (
            (self.tr("Off"), 0),
            (self.tr("30 seconds"), 30),
            (self.tr("1 minute"), 60),
            (self.tr("2 minutes"), 120),
        ):
            self.timer.addItem(label, seconds)
        self.timer.setCurrentIndex(max(self.timer.findData(settings.get(SPEAKER_TIMER_SECONDS)), 0))
        self.timer.currentIndexChanged.connect(
            lambda: settings.set(SPEAKER_TIMER_SECONDS, int(self.timer.currentData()))
        )

        self.announce = QCheckBox(self.tr("Say whose turn it is when the piece moves"))
        self.announce.setChecked(settings.get(ANNOUNCE_TURNS))
        self.announce.toggled.connect(lambda on: settings.set(ANNOUNCE_TURNS, on))

        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(int(SPEECH_RATE.minimum or 60), int(SPEECH_RATE.maximum or 300))
        self.rate.setValue(settings.get(SPEECH_RATE))
        self.rate.valueChanged.connect(self._on_rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.get(SPEECH_VOLUME) * 100))
        self.volume.valueChanged.connect(self._on_volume)
        for slider in (self.rate, self.volume):
            slider.setMinimumHeight(48)
        self.test_voice = QPushButton(self.tr("Test the voice"))
        self.test_voice.clicked.connect(self.test_voice_requested)
        self.speech_note = QLabel()
        self.speech_note.setProperty("muted", True)
        self.speech_note.setWordWrap(True)

        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("The board"), self.board_screen)
        form.addRow("", self.board_note)
        form.addRow("", self.hide_names)
        form.addRow(self.tr("Gentle timer per speaker"), self.timer)
        form.addRow("", self.announce)
        form.addRow(self.tr("Reading speed"), self.rate)
        form.addRow(self.tr("Volume"), self.volume)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.test_voice)
        voice_row.addWidget(self.speech_note, 1)
        form.addRow("", voice_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_speech_available(self, available: bool, reason: str = "") -> None:
        self.test_voice.setEnabled(available)
        self.speech_note.setText("" if available else reason)

    def _fill_board_screens(self) -> None:
        """The screens attached now, by the names the OS gives them (issue 18)."""
        combo = self.board_screen
        screens = QGuiApplication.screens()
        combo.addItem(self.tr("Automatic: the largest screen this window is not on"), "")
        names = [screen.name() for screen in screens]
        for screen in screens:
            label = screen.name()
            if names.count(label) > 1:  # Xvfb calls every X screen "screen": add the size
                size = screen.size()
                label = (
                    self.tr("%1 (%2 × %3)")
                    .replace("%1", label)
                    .replace("%2", str(size.width()))
                    .replace("%3", str(size.height()))
                )
            combo.addItem(label, screen.name())
        combo.addItem(self.tr("One window (the board mirrors the laptop)"), ONE_WINDOW)
        saved = self._settings.board_screen(current_setup())
        combo.setCurrentIndex(max(combo.findData(saved), 0) if saved else 0)
        several = len(screens) > 1
        combo.setEnabled(several)
        self.board_note.setText(
            self.tr(
                "The class sees the circle on the board; your window keeps the controls."
                " Remembered for these screens."
            )
            if several
            else self.tr("One screen is attached. F6 opens the board view in a window of its own.")
        )

    @Slot()
    def _on_board_screen(self) -> None:
        choice = str(self.board_screen.currentData())
        self._settings.set_board_screen(current_setup(), choice or None)
        self.board_screen_changed.emit()

    @Slot()
    def _on_language(self) -> None:
        code = str(self.language.currentData())
        self._settings.set(LANGUAGE, code)
        self.language_changed.emit(code)

    @Slot()
    def _on_theme(self) -> None:
        name = str(self.theme.currentData())
        self._settings.set(THEME, name)
        self.theme_changed.emit(name)

    @Slot(int)
    def _on_rate(self, value: int) -> None:
        self._settings.set(SPEECH_RATE, value)
        self.speech_changed.emit()

    @Slot(int)
    def _on_volume(self, value: int) -> None:
        self._settings.set(SPEECH_VOLUME, value / 100)
        self.speech_changed.emit()
