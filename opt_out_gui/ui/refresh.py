"""Pages follow the context's change signals: refreshed at once while on screen, and by the
main window when next shown otherwise (a hidden page does no work for a change it does not show)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget


class RefreshOnChange(QObject):
    """Calls `refresh` when one of `signals` fires while `page` is visible.

    A child of the page: the connections end with it, so a closed page is never called.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None], *signals: SignalInstance) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        for signal in signals:
            signal.connect(self._changed)

    def _changed(self) -> None:
        if self._page.isVisible():
            self._refresh()
