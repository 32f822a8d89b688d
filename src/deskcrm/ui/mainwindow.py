"""The main window: navigation between screens, menus, status bar, remembered geometry."""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from deskcrm.paths import DataPaths, private_file
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.dialogs.about import show_about
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.walk_in_key import install_walk_in_key

# key, module, class; screens are built the first time they are shown so start-up
# stays fast (the charts screen imports pyqtgraph only then).
SCREENS: tuple[tuple[str, str, str], ...] = (
    ("contacts", "deskcrm.ui.screens.contacts.screen", "ContactsScreen"),
    ("plan", "deskcrm.ui.screens.plan.screen", "PlanScreen"),
    ("call", "deskcrm.ui.screens.call.screen", "CallScreen"),
    ("charts", "deskcrm.ui.screens.charts.screen", "ChartsScreen"),
    ("settings", "deskcrm.ui.screens.settings.screen", "SettingsScreen"),
)


class MainWindow(QMainWindow):
    def __init__(self, bridge: Bridge, paths: DataPaths) -> None:
        super().__init__()
        self.bridge = bridge
        self.paths = paths
        bridge.setParent(self)
        self.setWindowTitle(self.tr("DeskCRM"))
        self.resize(1280, 800)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.screens: dict[str, Screen] = {}
        self.nav_actions: dict[str, QAction] = {}
        self._build_navigation()
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        bridge.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        bridge.navigate.connect(self.show_screen)
        # Created 0600 first: QSettings rewrites it keeping the file's mode (not the umask).
        with contextlib.suppress(OSError):
            private_file(paths.ui_state)
        self._ui_state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
        geometry = self._ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        last = str(self._ui_state.value("main/screen", "contacts"))
        self.show_screen(last if last in self.nav_actions else "contacts")

    def _first_size(self) -> None:
        """First start: most of the screen, so the list and the detail both have room."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = max(1024, min(1600, int(area.width() * 0.92)))
        height = max(700, min(1000, int(area.height() * 0.92)))
        self.resize(min(width, area.width()), min(height, area.height()))

    def screen_titles(self) -> dict[str, str]:
        return {
            "contacts": self.tr("Contacts"),
            "plan": self.tr("Plan"),
            "call": self.tr("Call"),
            "charts": self.tr("Charts"),
            "settings": self.tr("Settings"),
        }

    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Navigation"), self)
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QActionGroup(self)
        tips = {
            "contacts": self.tr("Find, tag and log touches with your customers"),
            "plan": self.tr("Plan tomorrow: sales work left, non-sales work right"),
            "call": self.tr("Prepare, run and log a phone call"),
            "charts": self.tr("Touches, closes and your funnel over time"),
            "settings": self.tr("Language, phone region, class windows, scoring, backups"),
        }
        for index, (key, title) in enumerate(self.screen_titles().items(), start=1):
            action = QAction(title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setToolTip(f"{tips[key]} (Ctrl+{index})")
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            group.addAction(action)
            bar.addAction(action)
            self.nav_actions[key] = action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = file_menu.addAction(self.tr("&Import contacts…"))
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.setToolTip(
            self.tr("Phone vCards, Excel CSV/XLSX (any Chinese encoding), WeCom lists")
        )
        import_action.triggered.connect(self.open_import)
        export_action = file_menu.addAction(self.tr("&Export contacts…"))
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(self.open_export)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.bridge.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.bridge.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        install_walk_in_key(self, self.bridge, edit_menu)
        self.file_menu = file_menu
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About DeskCRM"))
        about.triggered.connect(lambda: show_about(self, str(self.paths.root)))

    # The dialogs (and openpyxl behind them) load on first use, keeping start-up fast.
    def open_import(self) -> QWidget:
        from deskcrm.ui.dialogs.import_wizard import open_import_wizard

        return open_import_wizard(self.bridge, self)

    def open_export(self) -> QWidget:
        """Export all contacts, or those the contacts screen shows now (the dialog offers both)."""
        from deskcrm.ui.dialogs.export_dialog import open_export_dialog

        contacts = self.screens.get("contacts")
        shown = contacts.model.ids() if isinstance(contacts, ContactsScreen) else None
        return open_export_dialog(self.bridge, self, shown)

    def screen_for(self, key: str) -> Screen:
        """The screen for `key`, built on first use."""
        if key not in self.screens:
            module_name, class_name = next((m, c) for k, m, c in SCREENS if k == key)
            cls = getattr(importlib.import_module(module_name), class_name)
            widget: Screen = cls(self.bridge)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return self.screens[key]

    def show_screen(self, key: str, params: Any = None) -> None:
        current = self.stack.currentWidget()
        if (
            isinstance(current, Screen)
            and current is not self.screens.get(key)
            and not current.can_leave()
        ):
            self.nav_actions[self.current_key()].setChecked(True)
            return
        widget = self.screen_for(key)
        self.stack.setCurrentWidget(widget)
        self.nav_actions[key].setChecked(True)
        self.setWindowTitle(f"{self.screen_titles()[key]} — {self.tr('DeskCRM')}")
        if params is not None:
            widget.open_target(params)
        widget.on_shown()

    def current_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, w in self.screens.items() if w is current), "contacts")

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Screen) and not current.can_leave():
            event.ignore()
            return
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/screen", self.current_key())
        self._ui_state.sync()
        super().closeEvent(event)
