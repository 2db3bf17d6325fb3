"""The baseline for start-up and memory: a bare PySide6 window, nothing else.

Prints `first-frame TIME maxrss-kb KB` at its first painted frame and quits, exactly as
circle-app does with CIRCLE_APP_REPORT_FIRST_FRAME (circle_app/ui/support/frame_report.py).
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstFrame(QObject):
    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(f"first-frame {time.time():.6f} maxrss-kb {rss}\n")
    sys.stdout.flush()
    QApplication.exit(0)


app = QApplication(sys.argv)
app.installEventFilter(FirstFrame(app))
window = QMainWindow()
window.setCentralWidget(QLabel("Circles"))
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
