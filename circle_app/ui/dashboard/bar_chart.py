"""The dashboard's bar chart, painted: circles held per period, proactive beside reactive.

Painted with QPainter rather than QtCharts: the chart is a title, two sets of bars, a
count axis and a legend, and QtCharts' libraries added 3.8 MB to a school day's memory the
first time the dashboard opened (tests/perf/bench_soak.py). The count axis steps in whole
numbers (1, 2, 5, 10, ...), so every label stands where its count is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from circle_app.ui.support.theme import LIGHT, Theme

LABEL_POINTS = 14  # the axes' and the legend's text
TITLE_POINTS = 16
TICKS = 5  # at most this many steps up the count axis


@dataclass(frozen=True, slots=True)
class BarSet:
    """One set of bars: its name in the legend, its colour, a count per period."""

    label: str
    color: QColor
    values: tuple[int, ...]


def count_ticks(highest: int) -> tuple[int, ...]:
    """The count axis' labels from 0: whole steps of 1, 2 or 5 times a power of ten, at
    most `TICKS` of them, the last at or above `highest`."""
    highest = max(highest, 1)
    step = 1
    while math.ceil(highest / step) > TICKS:
        for factor in (2, 5, 10):
            magnitude = 10 ** int(math.log10(step))
            candidate = factor * magnitude
            if candidate > step:
                step = candidate
                break
    top = math.ceil(highest / step) * step
    return tuple(range(0, top + 1, step))


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 260)
        self._title = ""
        self._categories: tuple[str, ...] = ()
        self._sets: tuple[BarSet, ...] = ()
        self._theme = LIGHT

    # -- what it shows --------------------------------------------------------------------

    def show_bars(
        self, title: str, categories: Sequence[str], sets: Sequence[BarSet], theme: Theme
    ) -> None:
        self._title, self._theme = title, theme
        self._categories, self._sets = tuple(categories), tuple(sets)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(
                f"{category}: "
                + ", ".join(f"{bar_set.label} {bar_set.values[i]}" for bar_set in self._sets)
                for i, category in enumerate(self._categories)
            )
        )
        self.update()

    @property
    def title(self) -> str:
        return self._title

    @property
    def categories(self) -> tuple[str, ...]:
        return self._categories

    @property
    def bar_sets(self) -> tuple[BarSet, ...]:
        return self._sets

    @property
    def ticks(self) -> tuple[int, ...]:
        """The count axis' labels, from 0 up."""
        return count_ticks(max((v for s in self._sets for v in s.values), default=0))

    def sizeHint(self) -> QSize:
        return QSize(720, 480)

    # -- painting -------------------------------------------------------------------------

    def _font(self, points: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSize(points)
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self._theme
        label_font, title_font = self._font(LABEL_POINTS), self._font(TITLE_POINTS, bold=True)
        labels, titles = QFontMetricsF(label_font), QFontMetricsF(title_font)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)

        painter.setPen(theme.text)
        painter.setFont(title_font)
        title_box = QRectF(area.left(), area.top(), area.width(), titles.height() + 12)
        painter.drawText(title_box, Qt.AlignmentFlag.AlignCenter, self._title)

        legend_top = area.bottom() - labels.height()
        self._paint_legend(painter, label_font, QRectF(area.left(), legend_top, area.width(), 0))

        ticks = self.ticks
        axis_width = max(labels.horizontalAdvance(str(t)) for t in ticks) + 10
        plot = QRectF(
            area.left() + axis_width,
            title_box.bottom() + labels.height() / 2,
            area.width() - axis_width - 2,
            legend_top - 16 - labels.height() - 8 - (title_box.bottom() + labels.height() / 2),
        )
        if plot.width() <= 0 or plot.height() <= 0:
            painter.end()
            return
        top = ticks[-1]
        painter.setFont(label_font)
        grid = QPen(theme.ring, 1)
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(theme.text)
            box = QRectF(area.left(), y - labels.height() / 2, axis_width - 8, labels.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick)
            )
        painter.setPen(grid)
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        slots = max(len(self._categories), 1)
        slot = plot.width() / slots
        bar = slot * 0.5 / max(len(self._sets), 1)  # the group fills half its period's slot
        for index, category in enumerate(self._categories):
            left = plot.left() + slot * index
            painter.setPen(grid)
            painter.drawLine(QPointF(left + slot, plot.top()), QPointF(left + slot, plot.bottom()))
            x = left + slot * 0.25
            for bar_set in self._sets:
                height = plot.height() * bar_set.values[index] / top
                painter.setPen(QPen(theme.background_top, 1))
                painter.setBrush(bar_set.color)
                painter.drawRect(QRectF(x, plot.bottom() - height, bar, height))
                x += bar
            painter.setPen(theme.text)
            text = labels.elidedText(category, Qt.TextElideMode.ElideRight, slot - 4)
            box = QRectF(left, plot.bottom() + 8, slot, labels.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _paint_legend(self, painter: QPainter, font: QFont, line: QRectF) -> None:
        """The sets' colours and names, centred on one line at `line`'s top."""
        metrics = QFontMetricsF(font)
        square, gap = metrics.height() * 0.6, 8.0
        widths = [square + gap / 2 + metrics.horizontalAdvance(s.label) for s in self._sets]
        x = line.left() + (line.width() - sum(widths) - 2 * gap * (len(widths) - 1)) / 2
        painter.setFont(font)
        for bar_set, width in zip(self._sets, widths, strict=True):
            painter.setPen(QPen(self._theme.text, 1))
            painter.setBrush(bar_set.color)
            middle = line.top() + metrics.height() / 2
            painter.drawRect(QRectF(x, middle - square / 2, square, square))
            text_box = QRectF(x + square + gap / 2, line.top(), width, metrics.height())
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar_set.label
            )
            x += width + 2 * gap
