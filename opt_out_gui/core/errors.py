"""Errors that carry a message meant for the user."""


class UserError(Exception):
    """A problem the user can fix (bad input, unusable file or folder).

    The message names the problem (file, field, value) and is shown as it is:
    one line on stderr with exit code 2 in the CLI, a dialog in the GUI.
    Raising it must leave every file and record unchanged.
    """
