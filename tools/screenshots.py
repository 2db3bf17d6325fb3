"""Screenshots of every screen, as the board shows them, for review and for the README.

    uv run python tools/screenshots.py OUT_DIR [--size 1366x768] [--theme light|dark]
                                        [--language en|da]

Renders offscreen with the real window, the real widgets and a throw-away database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--language", default="en", choices=("en", "da"))
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="circle-shots-"))
    os.environ["CIRCLE_APP_DATA_DIR"] = str(tmp / "data")

    from circle_app.ui.shell.controller import AppController
    from circle_app.ui.shell.main_window import MainWindow
    from circle_app.ui.support import theme as themes
    from circle_app.ui.support.settings import LANGUAGE, THEME, Settings
    from circle_app.ui.support.translations import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, args.language)
    settings.set(THEME, args.theme)
    install_translators(app, settings)
    themes.apply_board_look(app)
    window = MainWindow(settings)
    controller = AppController(window, settings, f"sqlite:///{tmp / 'shots.sqlite3'}")
    controller.apply_theme(themes.THEMES[args.theme])
    window.resize(width, height)
    window.show()
    controller.finish_start()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.size}-{args.theme}-{args.language}"

    def shot(name: str, prepare: Callable[[], None] | None = None) -> None:
        if prepare:
            prepare()
        for _ in range(3):
            QTest.qWait(50)
        screen = window.stack.currentWidget()
        ring = getattr(screen, "ring", None)
        if ring is not None:
            ring.finish_animation()
        window.grab().save(str(args.out / f"{name}-{suffix}.png"))

    def keys(*pressed: Qt.Key) -> Callable[[], None]:
        def press() -> None:
            target: QWidget = window.stack.currentWidget()
            for key in pressed:
                QTest.keyClick(target, key)
                QTest.qWait(20)

        return press

    shot("home")
    controller.show_quick_prompt()
    shot("quick-prompt")
    controller.show_setup()
    shot("setup")
    controller.start_demo()
    down, pass_ = Qt.Key.Key_PageDown, Qt.Key.Key_P
    shot("circle", keys(down, down, pass_, down, down, down))
    shot("circle-hidden-names", keys(Qt.Key.Key_H))
    controller.go_home()
    shot("home-resume")
    # -- a whole class of 35 from a Danish class list (issue 14) -------------------------
    from circle_app.domain.circle import CircleSetup, Seat
    from circle_app.domain.enums import CircleKind, GroupKind, Role

    services = controller.services
    assert services is not None
    first = "Agnes Alma Asta Bertram Carl Clara Ella Emil Freja Frida Ida Isak Johan Karla Laura "
    first += "Liam Luna Malthe Mathilde Noah Nora Oscar Philip Sofie Storm Theo Valdemar Victor "
    first += "William Aya Karl-Emil Luna Mads Ellen Signe"
    last = "Sørensen Nørgaard Kjær Holm Østergaard Juhl Bech Dahl Lund Krogh Mølgaard "
    last += "Vestergaard Bro Friis Skov Mortensen Mikkelsen Thygesen Ravn Brandt Eskildsen "
    last += "Lauridsen Due Ågaard Winther Kirkegaard Bisgaard Aagaard Hvid Jørgensen Madsen "
    last += "Nielsen Poulsen Lind Berg"
    people = [(f"{a} {b}", Role.PUPIL) for a, b in zip(first.split(), last.split(), strict=True)]
    class_id = services.groups.create_group("5.B", GroupKind.CLASS, people)
    members = services.groups.members(class_id)
    seats = tuple(
        Seat(i, m.person.id, m.person.display_name, m.person.short_name, m.person.role)
        for i, m in enumerate(members)
    )
    controller.start_circle(
        CircleSetup(
            kind=CircleKind.PEACETIME,
            seats=seats,
            present=frozenset(range(len(seats))) - {20},
            start_seat=0,
            language=args.language,
            group_id=class_id,
        ),
        "5.B",
    )
    shot("circle-35", keys(down, down, pass_, down, down, pass_, down))
    shot("circle-35-legend", keys(Qt.Key.Key_L))
    controller.go_home()
    controller.show_setup()
    setup = window.stack.currentWidget()
    setup.group_box.setCurrentIndex(0)  # type: ignore[attr-defined]  # a quick circle
    conflict = setup.kind_buttons.button(3)  # type: ignore[attr-defined]
    conflict.setChecked(True)
    setup.seat_count.setValue(8)  # type: ignore[attr-defined]
    setup._on_start()  # type: ignore[attr-defined]
    shot("conflict-circle", keys(down, down, down, down, down, down, down, down, down, down, down))
    circle = window.stack.currentWidget()
    circle._finish()  # type: ignore[attr-defined]
    shot("summary")
    controller.show_roster()
    shot("roster")
    roster = window.stack.currentWidget()
    rosters = Path(__file__).parents[1] / "tests" / "data" / "rosters"
    roster.preview_import(rosters / "duplicates.csv")  # type: ignore[attr-defined]
    QTest.qWait(100)
    roster.dialog.grab().save(str(args.out / f"roster-import-{suffix}.png"))  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    roster.preview_import(rosters / "malformed-bad-role.csv")  # type: ignore[attr-defined]
    QTest.qWait(100)
    roster.dialog.grab().save(str(args.out / f"roster-import-refused-{suffix}.png"))  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    roster.edits.add_person()  # type: ignore[attr-defined]
    QTest.qWait(100)
    roster.dialog.grab().save(str(args.out / f"roster-person-{suffix}.png"))  # type: ignore[attr-defined]
    roster.dialog.reject()  # type: ignore[attr-defined]
    controller.show_setup()
    setup = window.stack.currentWidget()
    setup.group_box.setCurrentIndex(1)  # type: ignore[attr-defined]
    shot("setup-group-keeper")
    # -- restorative conversation, key-ring card, conference (issue 6) -------------------
    controller.conflicts.show_conversation_setup()
    shot("conversation-setup")
    controller.conflicts.start_demo_conversation()
    shot("conversation-story")
    shot("conversation-question-6", keys(down, down, down))
    window.show_keyring()
    shot("keyring-card")
    window.keyring.hide()
    controller.go_home()
    shot("home-with-conflict-tiles")
    controller.conflicts.start_demo_conference()
    shot("conference-participants")
    case_screen = window.stack.currentWidget()
    case_screen.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    shot("conference-pre-meetings")
    from datetime import date

    from circle_app.store.conferences import add_demo_actions

    case_id = case_screen.case.id  # type: ignore[attr-defined]
    add_demo_actions(controller.conflicts.conferences, case_id, args.language, date.today())
    controller.conflicts.open_case(case_id, tab=3)
    shot("conference-agreements")
    controller.conflicts.show_conferences(follow_up=True)
    shot("conference-follow-up")
    # -- dashboard, question banks, settings (issues 4, 5, 8) ----------------------------
    controller.show_dashboard()
    shot("dashboard")
    controller.show_banks()
    shot("question-banks")
    controller.go_home()
    controller.show_settings()
    QTest.qWait(100)
    assert controller.settings_dialog is not None
    controller.settings_dialog.grab().save(str(args.out / f"settings-{suffix}.png"))
    controller.settings_dialog.close()
    controller.shutdown()
    print(args.out)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
