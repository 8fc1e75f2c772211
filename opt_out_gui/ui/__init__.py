"""PySide6 front end. Calls services in opt_out_gui.core; no SQL, no templates here."""
