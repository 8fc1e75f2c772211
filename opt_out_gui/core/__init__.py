"""Domain and services. Never imports Qt: the GUI and the CLI both sit on top."""
