"""Opt-Out Assistant: stop platforms from training AI on your data."""

__version__ = "0.2.0"
APP_ID = "org.optoutassistant.OptOutAssistant"
APP_NAME = "Opt-Out Assistant"
