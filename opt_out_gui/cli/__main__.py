import sys

from opt_out_gui.cli import main

sys.exit(main())
