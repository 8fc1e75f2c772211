"""Entry point of the bundled desktop app (PyInstaller runs this file as __main__)."""

import sys

from opt_out_gui.ui.start import main

sys.exit(main())
