"""The board's style: Fusion with icons in buttons big enough to read from the back of a
classroom, and check boxes drawn from the theme's palette (ui/support/theme.py installs it
once home's first frame is painted)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class BoardStyle(QProxyStyle):
    """Icons in buttons big enough to read from the back of a classroom, and check boxes
    drawn from the theme's palette (Fusion's outline is the window colour darkened, which
    vanishes on the dark theme): an outline in the text colour, ticked with a mark."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_ButtonIconSize:
            return 26
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        kind = QStyle.PrimitiveElement
        if element in (kind.PE_IndicatorCheckBox, kind.PE_IndicatorItemViewItemCheck):
            draw_check_box(option, painter)
        elif element == kind.PE_IndicatorRadioButton:
            draw_check_box(option, painter, round_=True)
        else:
            super().drawPrimitive(element, option, painter, widget)


def draw_check_box(option: QStyleOption, painter: QPainter, *, round_: bool = False) -> None:
    palette, state = option.palette, option.state
    flag = QStyle.StateFlag
    checked = bool(state & flag.State_On)
    partly = bool(state & flag.State_NoChange)
    enabled = bool(state & flag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    outline = palette.color(group, QPalette.ColorRole.Text)
    fill = palette.color(
        group, QPalette.ColorRole.Highlight if checked else QPalette.ColorRole.Base
    )
    mark = palette.color(group, QPalette.ColorRole.HighlightedText)
    rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
    side = min(rect.width(), rect.height())
    rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(fill if checked else outline, max(2.0, side / 12)))
    painter.setBrush(fill)
    radius = side / 2 if round_ else side / 5
    painter.drawRoundedRect(rect, radius, radius)
    pen = QPen(mark if checked else outline, max(2.5, side / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if round_ and checked:
        painter.setBrush(mark)
        inner = side / 4
        painter.drawEllipse(rect.center(), inner, inner)
    elif checked:
        left, top = rect.left(), rect.top()
        painter.drawPolyline(
            [
                QPointF(left + side * 0.24, top + side * 0.52),
                QPointF(left + side * 0.42, top + side * 0.70),
                QPointF(left + side * 0.76, top + side * 0.32),
            ]
        )
    elif partly:
        y = rect.center().y()
        painter.drawLine(
            QPointF(rect.left() + side * 0.25, y), QPointF(rect.right() - side * 0.25, y)
        )
    painter.restore()
