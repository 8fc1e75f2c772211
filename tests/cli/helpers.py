"""Running the real `opt-out` command line inside a test."""

from opt_out_gui.cli import main


def run(capsys, *argv):
    """(exit code, stdout, stderr) of `opt-out ARGV...`."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# The keys every request in `--json` output carries (issue: tracker CLI).
REQUEST_JSON_KEYS = (
    "id",
    "reference",
    "platform",
    "type",
    "law",
    "status",
    "sent",
    "received",
    "received_basis",
    "deadline",
    "extended_deadline",
    "overdue",
    "events",
)
