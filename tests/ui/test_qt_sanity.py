"""Guards against a Qt for Python build that corrupts Python's None on void calls.

PySide6 6.12.0 decrements None's reference count on every void QPainter call; on
Python 3.11 the painter crashes the app after some thousands of frames
("none_dealloc"). pyproject.toml keeps PySide6 below 6.12; this test fails loudly if
such a build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLineF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication


def test_painting_many_frames_leaves_none_alone(qapp: QApplication) -> None:
    image = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        painter.setPen(QPen(QColor(10, 20, 30), 2.0))
        painter.drawLine(QLineF(1, 2, 30, 31))
    painter.end()
    assert sys.getrefcount(None) >= before - 100
