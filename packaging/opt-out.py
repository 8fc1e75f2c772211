"""Entry point of the bundled command line (PyInstaller runs this file as __main__)."""

import sys

from opt_out_gui.cli import main

sys.exit(main())
