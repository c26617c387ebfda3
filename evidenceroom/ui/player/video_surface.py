"""The picture area of the review pane: the native surface libvlc renders into, a still view for
photos and audio, and a message page; the whole area can go full screen."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QStyle, QVBoxLayout, QWidget

from evidenceroom.ui.player.vlc_player import platform_embeds_video

_BACKGROUND = QColor(0, 0, 0)
_WATERMARK = QColor(255, 255, 255, 90)


def _black(widget: QWidget) -> None:
    widget.setAutoFillBackground(True)
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.Window, _BACKGROUND)
    pal.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    widget.setPalette(pal)


class VideoSurface(QWidget):
    """A native window of its own, black, for libvlc to draw the video into.

    Where libvlc cannot embed its video (Qt's offscreen platform, used by the tests) the surface
    stays an ordinary widget and libvlc renders nowhere.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.embeds = platform_embeds_video()
        if self.embeds:
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            # Only this widget needs a native window; its ancestors stay ordinary Qt widgets.
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        _black(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("视频画面"))

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def native_id(self) -> int | None:
        """The native window for libvlc to render into, or None where video is not embedded."""
        return int(self.winId()) if self.embeds else None


class StillView(QWidget):
    """A photo scaled to fit, or a caption (audio, nothing opened), with the viewer's watermark."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _black(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None
        self._scaled: QPixmap | None = None
        self._symbol = ""
        self._caption = ""
        self._watermark = ""

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def show_image(self, image: QImage) -> None:
        self._image, self._scaled, self._symbol, self._caption = image, None, "", ""
        self.update()

    def show_caption(self, symbol: str, caption: str) -> None:
        self._image, self._scaled, self._symbol, self._caption = None, None, symbol, caption
        self.setAccessibleDescription(caption)
        self.update()

    def set_watermark(self, text: str) -> None:
        self._watermark = text
        self.update()

    def has_picture(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def picture_rect(self) -> QRect:
        """Where the photo is drawn, scaled to fit and centred."""
        if not self.has_picture():
            return QRect()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect((self.width() - size.width()) // 2, (self.height() - size.height()) // 2,
                     size.width(), size.height())

    def resizeEvent(self, event) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), _BACKGROUND)
        if self.has_picture():
            target = self.picture_rect()
            if self._scaled is None or self._scaled.size() != target.size():
                self._scaled = QPixmap.fromImage(self._image.scaled(
                    target.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation))
            p.drawPixmap(target.topLeft(), self._scaled)
        elif self._symbol or self._caption:
            p.setPen(QColor(200, 200, 200))
            big = QFont(self.font())
            big.setPointSizeF(self.font().pointSizeF() * 4)
            p.setFont(big)
            half = self.rect().adjusted(0, 0, 0, -self.height() // 2)
            p.drawText(half.adjusted(0, 0, 0, -6), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       self._symbol)
            p.setFont(self.font())
            rest = self.rect().adjusted(16, self.height() // 2 + 6, -16, 0)
            p.drawText(rest, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       self._caption)
        if self._watermark:
            p.setPen(_WATERMARK)
            font = QFont(self.font())
            font.setPixelSize(max(12, self.height() // 30))
            p.setFont(font)
            margin = font.pixelSize() // 2
            p.drawText(self.rect().adjusted(margin, margin, -margin, -margin),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self._watermark)
        p.end()


class MessageView(QWidget):
    """A plain message in place of the picture: a file that cannot be played, a missing file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _black(self)
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMaximumWidth(560)
        self.label.setAccessibleName(self.tr("提示信息"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.label, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()


class VideoArea(QWidget):
    """The stack of surface, still view and message, which can be shown full screen on its own.

    In full screen the area is a separate window (still owned by the pane), so the pane's
    shortcuts do not reach it: keys it does not use itself are handed out with `keyPressed`.
    """

    fullScreenChanged = Signal(bool)
    keyPressed = Signal(int)  # a Qt.Key value
    doubleClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        _black(self)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.surface = VideoSurface(self)
        self.still = StillView(self)
        self.message = MessageView(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        for page in (self.still, self.surface, self.message):
            self._stack.addWidget(page)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    # --- pages ---------------------------------------------------------------------------

    def show_video(self) -> None:
        self._stack.setCurrentWidget(self.surface)

    def show_still(self) -> None:
        self._stack.setCurrentWidget(self.still)

    def show_message(self, text: str) -> None:
        self.message.set_text(text)
        self._stack.setCurrentWidget(self.message)

    def page(self) -> str:
        current = self._stack.currentWidget()
        return {self.surface: "video", self.still: "still", self.message: "message"}[current]

    # --- full screen -----------------------------------------------------------------------

    def is_full_screen(self) -> bool:
        return self.isWindow()

    def enter_full_screen(self) -> None:
        if self.isWindow():
            return
        screen = self.screen()
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("全屏播放"))
        # Without a window manager (kiosk set-ups) full screen is not granted; fill the screen anyway.
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fullScreenChanged.emit(True)

    def leave_full_screen(self) -> None:
        if not self.isWindow():
            return
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.show()
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().invalidate()
        self.fullScreenChanged.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isWindow():
            if event.key() == Qt.Key.Key_Escape:
                self.leave_full_screen()
            else:
                self.keyPressed.emit(int(event.key()))
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.doubleClicked.emit()
        event.accept()
