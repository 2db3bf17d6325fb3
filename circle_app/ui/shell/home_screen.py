"""The start screen: big tiles for what a teacher, parent or SFO pedagogue came to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, QTime, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from circle_app.ui.shell.language_offer import LanguageOffer

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the first frame: keep it here
    from datetime import datetime

    from circle_app.store.circles import UnfinishedCircle
    from circle_app.store.conversations import UnfinishedConversation


class HomeScreen(QWidget):
    start_circle_requested = Signal()
    settings_requested = Signal()
    banks_requested = Signal()  # the bank browser: write your own prompts
    dashboard_requested = Signal()  # implementation figures
    quick_prompt_requested = Signal()
    demo_requested = Signal()
    conversation_requested = Signal()  # restorative conversation (M8, M9)
    conferences_requested = Signal()  # conferences and follow-up (M11-M15)
    keyring_requested = Signal()  # the key-ring card (M10)
    roster_requested = Signal()
    resume_requested = Signal(int)
    dismiss_resume_requested = Signal(int)
    resume_conversation_requested = Signal(int)
    dismiss_conversation_requested = Signal(int)
    group_circle_requested = Signal(int)  # group id: setup with that group chosen

    # The resume offer's height, kept from the first frame whether it shows or not, so
    # nothing moves under a finger when it appears or goes (issue 14, finding 8).
    RESUME_HEIGHT = 88
    # The recent groups' row, likewise reserved before the groups are known.
    RECENT_HEIGHT = 60
    MAX_RECENT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._resume_id: int | None = None
        self._resume_is_conversation = False

        title = QLabel(self.tr("Circles"))
        title.setObjectName("homeTitle")  # its size: the app's style sheet (stylesheet.py)
        subtitle = QLabel(self.tr("One question at a time goes round. Everyone may speak or pass."))
        subtitle.setObjectName("homeSubtitle")
        subtitle.setProperty("muted", True)
        subtitle.setWordWrap(True)

        self._resume_card = QFrame()
        self._resume_card.setProperty("card", True)
        self._resume_label = QLabel()
        self._resume_label.setWordWrap(True)
        self._resume_label.setObjectName("resumeText")
        self.resume_button = QPushButton(self.tr("Continue"))
        self.resume_button.setProperty("primary", True)
        self.resume_button.clicked.connect(self._on_resume)
        self.dismiss_button = QPushButton(self.tr("No, end it"))
        self.dismiss_button.clicked.connect(self._on_dismiss)
        resume_row = QHBoxLayout(self._resume_card)
        resume_row.setContentsMargins(24, 8, 24, 8)
        self._resume_icon = QLabel()
        resume_row.addWidget(self._resume_icon)
        resume_row.addWidget(self._resume_label, 1)
        resume_row.addWidget(self.dismiss_button)
        resume_row.addWidget(self.resume_button)
        self._resume_card.setFixedHeight(self.RESUME_HEIGHT)
        _keep_room(self._resume_card)
        self._resume_card.hide()

        self._recent = QFrame()
        self._recent.setFixedHeight(self.RECENT_HEIGHT)
        self._recent_row = QHBoxLayout(self._recent)
        self._recent_row.setContentsMargins(0, 0, 0, 0)
        self._recent_row.setSpacing(16)
        self._recent_label = QLabel(self.tr("Circle with:"))
        self._recent_label.setObjectName("recentLabel")
        self._recent_row.addWidget(self._recent_label)
        self._recent_row.addStretch(1)
        self.recent_group_buttons: list[QToolButton] = []
        _keep_room(self._recent)
        self._recent.hide()

        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.keyring_button = QPushButton(self.tr("Key-ring card (K)"))
        self.keyring_button.setToolTip(self.tr("The six questions on one card, from anywhere: K"))
        self.keyring_button.clicked.connect(self.keyring_requested)
        self._icons: list[tuple[QAbstractButton, str]] = [
            (self.settings_button, "mdi6.cog-outline")
        ]
        self._icons.append((self.keyring_button, "mdi6.key-chain-variant"))
        self.banks_button = QPushButton(self.tr("Question banks"))
        self.banks_button.clicked.connect(self.banks_requested)
        self.dashboard_button = QPushButton(self.tr("Dashboard"))
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        self._icons += [
            (self.banks_button, "mdi6.bookshelf"),
            (self.dashboard_button, "mdi6.chart-bar"),
        ]

        self._tiles = QGridLayout()
        self._tiles.setSpacing(22)
        self.start_button = self.add_tile(
            "mdi6.account-group",
            self.tr("Start a circle"),
            self.tr("Seats, a talking piece, rounds"),
            primary=True,
        )
        self.start_button.clicked.connect(self.start_circle_requested)
        self.prompt_button = self.add_tile(
            "mdi6.cards-outline", self.tr("Quick prompt"), self.tr("A question in ten seconds")
        )
        self.prompt_button.clicked.connect(self.quick_prompt_requested)
        self.demo_button = self.add_tile(
            "mdi6.school-outline", self.tr("Try a demo circle"), self.tr("Twelve sample people")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.conversation_button = self.add_tile(
            "mdi6.account-voice",
            self.tr("Restorative conversation"),
            self.tr("Same six questions for every party"),
        )
        self.conversation_button.clicked.connect(self.conversation_requested)
        self.conferences_button = self.add_tile(
            "mdi6.handshake-outline",
            self.tr("Conferences"),
            self.tr("Pre-meetings, agreements, follow-up"),
        )
        self.conferences_button.clicked.connect(self.conferences_requested)
        self.roster_button = self.add_tile(
            "mdi6.account-multiple-outline",
            self.tr("Groups and people"),
            self.tr("Classes, seats, import a list"),
        )
        self.roster_button.clicked.connect(self.roster_requested)

        self._status = QLabel()
        self._status.setProperty("muted", True)
        self._status.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(subtitle)
        buttons = QHBoxLayout()  # at the top of the heading's height: the stretch below
        for button in (
            self.keyring_button,
            self.banks_button,
            self.dashboard_button,
            self.settings_button,
        ):
            buttons.addWidget(button)
        corner = QVBoxLayout()
        corner.addLayout(buttons)
        corner.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(corner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 28, 64, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        self.language_offer = LanguageOffer()  # hidden until bound to unanswered settings
        self.language_offer.installEventFilter(self)  # it takes the kept room while shown
        layout.addWidget(self.language_offer)
        layout.addWidget(self._resume_card)
        layout.addWidget(self._recent)
        layout.addStretch(1)
        layout.addLayout(self._tiles)
        layout.addStretch(2)
        layout.addWidget(self._status)
        # No icons yet: the controller draws them right after the first frame
        # (refresh_icons; SVG, a few ms), and the board appears at once.

    def add_tile(
        self, icon_name: str, title: str, hint: str, *, primary: bool = False
    ) -> QToolButton:
        """A big touch tile, placed in the next free cell of a three-column grid."""
        tile = QToolButton()
        tile.setText(f"{title}\n{hint}")
        tile.setProperty("textUnderIcon", True)  # the style sheet's (no Qt enum on home)
        tile.setIconSize(QSize(56, 56))
        tile.setProperty("tile", True)
        tile.setProperty("primary", primary)
        tile.setMinimumHeight(144)  # two rows fit a 1366×768 laptop with the offer shown
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        count = self._tiles.count()
        self._tiles.addWidget(tile, count // 3, count % 3)
        self._icons.append((tile, icon_name))
        return tile

    def set_recent_groups(self, groups: list[tuple[int, str]]) -> None:
        """The groups of the last circles (id, name), newest first: one tap on a tile
        opens setup with that group (issue 14, finding 9). Their row's room is kept."""
        for button in self.recent_group_buttons:
            self._recent_row.removeWidget(button)
            button.deleteLater()
        self.recent_group_buttons = []
        for index, (group_id, name) in enumerate(groups[: self.MAX_RECENT]):
            tile = QToolButton()
            tile.setText(name)
            tile.setToolTip(self.tr("Start a circle with %1").replace("%1", name))
            tile.setAccessibleName(self.tr("Start a circle with %1").replace("%1", name))
            tile.setProperty("tile", True)
            tile.setMinimumSize(160, self.RECENT_HEIGHT - 8)
            tile.setStyleSheet("font-size: 16pt; font-weight: bold;")
            tile.clicked.connect(lambda _=False, g=group_id: self.group_circle_requested.emit(g))
            self._recent_row.insertWidget(1 + index, tile)
            self.recent_group_buttons.append(tile)
        self._recent.setVisible(bool(self.recent_group_buttons) and self.language_offer.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.language_offer and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._make_room_for_the_offer(event.type() == QEvent.Type.Show)
        return False

    def _make_room_for_the_offer(self, offered: bool) -> None:
        """A 1366×768 laptop has no room for the language offer, the resume offer, the
        recent groups and two rows of tiles at once: while the first start's offer shows, the
        recent groups wait for its answer and a hidden resume offer keeps no room."""
        _keep_room(self._resume_card, keep=not offered)
        _keep_room(self._recent, keep=not offered)
        self._recent.setVisible(bool(self.recent_group_buttons) and not offered)
        layout = self.layout()
        if layout is not None:  # a hidden widget's new policy alone moves nothing
            layout.invalidate()

    def refresh_icons(self, text: QColor | None = None, on_accent: QColor | None = None) -> None:
        """Icons in the theme's colours (after a theme change too)."""
        from circle_app.ui.support.icons import icon  # after the first frame: it has none

        for button, name in self._icons:
            color = on_accent if button.property("primary") else text
            button.setIcon(icon(name, color))
        self._resume_icon.setPixmap(icon("mdi6.history", text).pixmap(40, 40))

    def show_unfinished_conversation(self, unfinished: UnfinishedConversation) -> None:
        """Offer to continue a restorative conversation the bell interrupted."""
        self._resume_id = unfinished.conversation_id
        self._resume_is_conversation = True
        text = self.tr(
            "Continue the restorative conversation from %1? %n turn(s) so far.",
            "",
            unfinished.turns,
        )
        self._resume_label.setText(text.replace("%1", self.friendly_when(unfinished.started_at)))
        self._resume_card.show()

    def show_unfinished(self, unfinished: UnfinishedCircle | None) -> None:
        """Offer to continue the newest circle the bell interrupted."""
        if unfinished is None:
            self._resume_id = None
            self._resume_card.hide()
            return
        self._resume_id = unfinished.circle_id
        self._resume_is_conversation = False
        when = self.friendly_when(unfinished.last_action_at)
        if unfinished.group_name:
            text = self.tr(
                "Continue the circle with %3 from %1? It stopped in round %2, after %n turn(s).",
                "",
                unfinished.turns,
            ).replace("%3", unfinished.group_name)
        else:
            text = self.tr(
                "Continue the circle from %1? It stopped in round %2, after %n turn(s).",
                "",
                unfinished.turns,
            )
        self._resume_label.setText(text.replace("%1", when).replace("%2", str(unfinished.rounds)))
        self._resume_card.show()

    def friendly_when(self, moment: datetime, now: datetime | None = None) -> str:
        """'today at 10:15', 'yesterday at 9:05', 'Tuesday', or a date: as people say it."""
        from datetime import datetime

        local = moment.astimezone()
        today = (now or datetime.now().astimezone()).date()
        locale = QLocale()
        clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        days = (today - local.date()).days
        if days == 0:
            return self.tr("today at %1").replace("%1", clock)
        if days == 1:
            return self.tr("yesterday at %1").replace("%1", clock)
        if 1 < days < 7:
            return locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        qdate = QDate(local.year, local.month, local.day)
        return locale.toString(qdate, QLocale.FormatType.LongFormat)

    def set_status(self, text: str) -> None:
        self._status.setText(text)

    @Slot()
    def _on_resume(self) -> None:
        if self._resume_id is None:
            return
        if self._resume_is_conversation:
            self.resume_conversation_requested.emit(self._resume_id)
        else:
            self.resume_requested.emit(self._resume_id)

    @Slot()
    def _on_dismiss(self) -> None:
        if self._resume_id is None:
            return
        if self._resume_is_conversation:
            self.dismiss_conversation_requested.emit(self._resume_id)
        else:
            self.dismiss_resume_requested.emit(self._resume_id)


def _keep_room(widget: QWidget, *, keep: bool = True) -> None:
    """A hidden widget keeps its place in the layout: showing it moves nothing."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(keep)
    widget.setSizePolicy(policy)
