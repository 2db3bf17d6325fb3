"""The board window (issue 18): what the class sees, full screen on the board screen.

It shows the current screen's board widget (the ring, the piece, the prompt card, the round
tracker), or a calm board (the app's gradient and its name, nothing else) while the keeper
is on a screen with nothing for the class: home, the class list, a conference. It never
takes the focus from the laptop: keys typed into it anyway (a platform may give it the
focus, a child may tap it) go to `key_handler`, which the presenter points at the keeper's
screen. The blank board and the key-ring card are shown here, over the class's view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QLinearGradient, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from circle_app import APP_NAME
from circle_app.ui.shell.blank_overlay import BlankOverlay
from circle_app.ui.shell.keyring_card import KeyRingCard
from circle_app.ui.support.theme import LIGHT, Theme


class CalmBoard(QWidget):
    """The board while nothing is for the class: the gradient and the app's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calmBoard")
        self._theme = LIGHT

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, self._theme.background_top)
        gradient.setColorAt(1, self._theme.background_bottom)
        painter.fillRect(self.rect(), gradient)
        font = QFont(self.font())
        font.setPixelSize(max(24, self.height() // 12))
        painter.setFont(font)
        painter.setPen(self._theme.muted)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, APP_NAME)


class BoardWindow(QWidget):
    """A top-level window; `framed` for the hand-placed window of F6 on one screen."""

    def __init__(self, *, framed: bool = False) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
        if not framed:
            flags |= Qt.WindowType.FramelessWindowHint
        super().__init__(None, flags)
        self.setObjectName("boardWindow")
        self.setWindowTitle(self.tr("The board — circle-app"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the keeper's window ends
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.framed = framed
        #: Every key pressed while this window has the keyboard (the presenter sets it).
        self.key_handler: Callable[[QKeyEvent], None] | None = None
        self.calm = CalmBoard()
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.calm)
        self._shown: QWidget | None = None
        self.blank = BlankOverlay(self)
        self.keyring = KeyRingCard(self)
        self._filtered: QObject | None = None

    @property
    def shown_widget(self) -> QWidget | None:
        """The screen's board widget shown now, None while the calm board is."""
        return self._shown

    def present(self, widget: QWidget) -> None:
        """Show a screen's board widget (reparented in: it is the same widget)."""
        if self._shown is widget:
            return
        self.take_back()
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        widget.show()
        self._shown = widget
        self._raise_overlays()

    def take_back(self) -> QWidget | None:
        """Stop showing the board widget (the caller hands it back); the calm board."""
        widget, self._shown = self._shown, None
        if widget is not None:
            self._stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # the presenter gives it back to its screen
        self._stack.setCurrentWidget(self.calm)
        self._raise_overlays()
        return widget

    def set_theme(self, theme: Theme) -> None:
        self.calm.set_theme(theme)

    # -- keys -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Keys reach the window before any child (a focused button would eat Space)."""
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._filtered:
            handle.installEventFilter(self)
            self._filtered = handle

    def event(self, event: QEvent) -> bool:
        """No shortcut of the keeper's window fires for a key typed here: the presenter
        decides, as the keeper's window would (Esc is the screen's when not full screen)."""
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._filtered and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None:
            self.key_handler(event)
        event.accept()

    def _raise_overlays(self) -> None:
        for overlay in (self.blank, self.keyring):
            if overlay.isVisible():
                overlay.raise_()
