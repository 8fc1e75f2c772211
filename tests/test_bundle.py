"""The self-contained bundle from scripts/build-bundle runs on a machine without Python.

    .venv/bin/python scripts/build-bundle
    OPT_OUT_BUNDLE=dist/opt-out-assistant-<version>-linux-x86_64.tar.gz \
        .venv/bin/python -m pytest tests/test_bundle.py

.ci/run does both; without OPT_OUT_BUNDLE these tests are skipped. The archive is unpacked
into a temporary folder and every bundled program runs in a mount namespace (unshare) in
which this machine's Python is hidden: interpreters, standard libraries and libpython,
the virtual environment and this repository. What the bundle does not carry fails there.
The desktop app starts on a real X server (Xvfb, Qt's xcb plugin) and draws its first
window; the commands exercise what the app imports lazily: jinja2 and babel (letters), holidays
(deadlines), icalendar (exports), cryptography (signed catalogues), requests and certifi
(downloads), keyring, email_validator and pycountry (profile), Qt's PDF writer.
"""

from __future__ import annotations

import email
import email.policy
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import threading
from datetime import date
from pathlib import Path

import pytest

from opt_out_gui import APP_ID, __version__
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.desktop_entry import exec_argument
from tests.catalog_helpers import LocalServer, Route
from tests.xdisplay import assert_window_drawn, screen_of_running_app

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_ENV = "OPT_OUT_BUNDLE"
PROFILE_ARGS = (
    "profile", "set", "--name", "Maria Schmidt", "--email", "maria@example.org",
    "--address", "Beispielstraße 12\\n10115 Berlin", "--country", "DE", "--lang", "de",
)  # fmt: skip


if not os.environ.get(BUNDLE_ENV):
    pytest.skip(
        f"set {BUNDLE_ENV} to an archive made by scripts/build-bundle (.ci/run does)", allow_module_level=True
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The unpacked bundle folder (the archive's one top folder)."""
    archive = os.environ[BUNDLE_ENV]
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        if os.environ.get("CI"):
            pytest.fail("the no-Python sandbox needs Linux and unshare (util-linux) in CI")
        pytest.skip("the no-Python sandbox needs Linux and unshare (util-linux)")
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")  # keeps the programs' executable bits
    (folder,) = target.iterdir()
    return folder


def hidden_python() -> tuple[list[str], list[str]]:
    """Folders and files that make up this machine's Python installations."""
    folders = {ROOT, Path(sys.prefix), Path(sys.base_prefix)} - {Path("/usr"), Path("/usr/local")}
    folders |= {Path(p) for p in glob.glob("/usr/lib/python3*") + glob.glob("/usr/local/lib/python3*")}
    files = glob.glob("/usr/bin/python*") + glob.glob("/usr/local/bin/python*")
    files += glob.glob("/usr/lib/*/libpython3*") + glob.glob("/usr/lib/libpython3*")
    files += glob.glob("/usr/local/lib/libpython3*")
    folders = {f for f in folders if f.is_dir()}
    outermost = {f for f in folders if not any(other in f.parents for other in folders)}
    # A symlink's target is covered, so every name that leads to it is.
    targets = {Path(f).resolve() for f in files}
    targets = {t for t in targets if t.is_file() and not any(o in t.parents for o in outermost)}
    return sorted(str(f) for f in outermost), sorted(str(t) for t in targets)


# Runs as root in a private mount namespace: covers each Python folder with an empty
# tmpfs and each interpreter or libpython file with /dev/null, then runs the command.
_HIDE_AND_RUN = """
folders=$1; files=$2; shift 2
for folder in $folders; do mount -t tmpfs -o size=1m,mode=755 none "$folder" || exit 90; done
for file in $files; do mount --bind /dev/null "$file" || exit 91; done
exec "$@"
"""


def sandbox(command: list[str], home: Path, env: dict[str, str] | None = None):
    """(command line, environment) that run `command` where no Python of this machine can be
    found, with a minimal environment."""
    folders, files = hidden_python()
    unshare = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        unshare[1:1] = ["--user", "--map-root-user"]
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **(env or {})}
    runner = [*unshare, "sh", "-c", _HIDE_AND_RUN, "sh", " ".join(folders), " ".join(files), *command]
    return runner, environment


def sandboxed(command: list[str], home: Path, env: dict[str, str] | None = None, **options):
    runner, environment = sandbox(command, home, env)
    return subprocess.run(runner, env=environment, capture_output=True, text=True, **options)


@pytest.fixture
def run(bundle, tmp_path):
    """Run a bundled program (`opt-out`, `opt-out-gui`) with a fresh data folder and home."""
    home = tmp_path / "home"
    home.mkdir()

    def bundled(program: str, *args: str, env: dict[str, str] | None = None, input: str | None = None):
        environment = {"OPT_OUT_DATA_DIR": str(tmp_path / "data"), **(env or {})}
        command = [str(bundle / program), *args]
        return sandboxed(command, home, environment, input=input, timeout=180, check=False)

    return bundled


def test_the_sandbox_really_has_no_python(tmp_path):
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux)")
    probe = "python3 -c 'print(6 * 7)' || python -c 'print(6 * 7)'; ls " + str(ROOT)
    result = sandboxed(["sh", "-c", probe], tmp_path, timeout=60, check=False)
    assert "42" not in result.stdout, "a Python interpreter ran inside the sandbox"
    assert "opt_out_gui" not in result.stdout, "the repository is visible inside the sandbox"
    assert result.stderr.count("python") >= 1, result.stderr


def test_both_programs_report_the_version(run):
    for program in ("opt-out", "opt-out-gui"):
        result = run(program, "--version")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{program} {__version__}"


def test_platforms_are_the_shipped_catalogue(run):
    result = run("opt-out", "platforms", "--region", "all", "--json")
    assert result.returncode == 0, result.stderr
    listed = [entry["id"] for entry in json.loads(result.stdout)]
    assert sorted(listed) == sorted(p.id for p in load_catalog(None).platforms)


def test_deadline_counts_public_holidays_as_the_source_does(run, capsys):
    from opt_out_gui.cli import main

    # Christmas Day and Boxing Day 2026 fall on Friday and Saturday: only a working
    # holiday calendar in the bundle moves the end of the month to Monday 28 December.
    args = ("deadline", "--law", "gdpr", "--received", "2026-11-25", "--country", "DE", "--json")
    result = run("opt-out", *args)
    assert result.returncode == 0, result.stderr
    assert main(list(args)) == 0
    from_source = json.loads(capsys.readouterr().out)
    assert json.loads(result.stdout) == from_source
    assert from_source["deadline"] == "2026-12-28" and from_source["holidays"] == "applied"


def _platform_with_eu_email():
    for platform in load_catalog(None).platforms:
        for controller in platform.controllers:
            if "eu" in controller.regions and controller.email:
                return platform, controller
    raise AssertionError("no platform in the catalogue has an EU privacy email")


def test_letters_as_pdf_and_eml_in_german(run, tmp_path):
    from babel.dates import format_date

    assert run("opt-out", *PROFILE_ARGS).returncode == 0
    platform, controller = _platform_with_eu_email()
    pdf, eml = tmp_path / "letter.pdf", tmp_path / "letter.eml"
    letter = ("letter", platform.id, "--type", "gdpr-objection-ai")
    made_pdf = run("opt-out", *letter, "--format", "pdf", "--out", str(pdf))
    assert made_pdf.returncode == 0, made_pdf.stderr
    made_eml = run("opt-out", *letter, "--format", "eml", "--out", str(eml))
    assert made_eml.returncode == 0, made_eml.stderr

    assert pdf.read_bytes().startswith(b"%PDF-")
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Maria Schmidt" in pdf_text and "Widerspruch" in pdf_text
    # The letter's date in German, written with babel's locale data (which must be in the bundle).
    assert format_date(date.today(), format="long", locale="de") in pdf_text
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    (recipient,) = message["To"].addresses
    assert (recipient.display_name, recipient.addr_spec) == (controller.entity, controller.email)
    body = message.get_body(("plain",)).get_content()
    assert "Art. 21" in body and "Maria Schmidt" in body


def test_requests_export_as_a_calendar(run, tmp_path):
    from icalendar import Calendar

    platform, _ = _platform_with_eu_email()
    assert run("opt-out", *PROFILE_ARGS).returncode == 0
    added = run(
        "opt-out", "requests", "add", "--platform", platform.id, "--type", "gdpr-objection-ai",
        "--sent", "2026-11-25", "--channel", "email", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    deadline = json.loads(added.stdout)["deadline"]
    ics = tmp_path / "requests.ics"
    exported = run("opt-out", "requests", "export", "--format", "ics", "--out", str(ics))
    assert exported.returncode == 0, exported.stderr
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == deadline


def test_signed_catalogue_build_verify_and_download(run, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private, public = tmp_path / "key.pem", tmp_path / "key.pub"
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    out = tmp_path / "signed"
    built = run("opt-out", "catalog", "build", "--key", str(private), "--out", str(out))
    assert built.returncode == 0, built.stderr
    (archive,) = (p for p in out.iterdir() if not p.name.endswith(".sig"))
    verified = run("opt-out", "catalog", "verify", str(archive), "--public-key", str(public))
    assert verified.returncode == 0, verified.stderr
    assert "valid" in verified.stdout

    # Downloaded over HTTP (requests) and checked against the shipped key, which did not sign it.
    with LocalServer() as server:
        server.routes[f"/{archive.name}"] = Route(body=archive.read_bytes())
        server.routes[f"/{archive.name}.sig"] = Route(body=Path(f"{archive}.sig").read_bytes())
        refused = run("opt-out", "catalog", "update", "--url", server.url(f"/{archive.name}"), "--yes")
    assert ("GET", f"/{archive.name}") in server.requests
    assert refused.returncode != 0
    assert "signature check failed" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_https_finds_the_bundled_certificate_authorities(run):
    # A TLS connection to a port that hangs up at once: requests must load certifi's CA
    # file (a missing one is an OSError before any connection) and then report the failure.
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def hang_up() -> None:
        for _ in range(3):
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    try:
        result = run("opt-out", "catalog", "update", "--url", f"https://127.0.0.1:{port}/catalog.zip")
    finally:
        listener.close()
    assert result.returncode != 0
    assert "cannot reach" in result.stderr, result.stderr
    assert "CA certificate bundle" not in result.stderr and "Traceback" not in result.stderr


def test_keyring_loads_and_says_there_is_no_password_store(run, tmp_path):
    smtp = ("smtp", "set", "--host", "smtp.example.org", "--from", "maria@example.org")
    result = run("opt-out", *smtp, "--user", "maria@example.org", "--password-stdin", input="secret\n")
    # The sandbox has no D-Bus session, so no Secret Service: keyring says so itself.
    assert result.returncode == 2
    assert "no usable password store" in result.stderr
    log = (tmp_path / "data" / "opt-out.log").read_text(encoding="utf-8")
    assert "keyring backend unusable" not in log, "keyring or one of its backends failed to import"
    assert "secret" not in log


def test_the_bundled_gui_installs_a_menu_entry_for_itself(run, bundle, tmp_path):
    data_home = tmp_path / "share"
    result = run("opt-out-gui", "--install-desktop-entry", env={"XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={exec_argument(str(bundle / 'opt-out-gui'))}" in lines
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout


def test_the_bundled_desktop_app_draws_its_first_window_on_a_real_x_display(bundle, tmp_path):
    framebuffer_dir = tmp_path / "framebuffer"
    framebuffer_dir.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    command, environment = sandbox(
        [str(bundle / "opt-out-gui")], home, {"OPT_OUT_DATA_DIR": str(tmp_path / "data")}
    )
    assert_window_drawn(screen_of_running_app(command, environment, framebuffer_dir))
    # A fresh data folder: the first window is the welcome page, which created the database.
    assert (tmp_path / "data" / "opt-out.sqlite3").is_file()


def test_the_bundle_carries_every_translation_the_app_speaks(bundle):
    # The app's own .qm files, Qt's for its standard buttons and pycountry's for country names:
    # without them a German user of the bundle would see English.
    from opt_out_gui.ui.translation import _QT_FILE_LANGUAGE, FINISHED_LANGUAGES

    found = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file()}
    for language in FINISHED_LANGUAGES:
        assert any(name.endswith(f"opt_out_gui/i18n/opt_out_gui_{language}.qm") for name in found), language
        if language == "en":
            continue
        qt_language = _QT_FILE_LANGUAGE.get(language, language)
        assert any(name.endswith(f"translations/qtbase_{qt_language}.qm") for name in found), language
        assert any(name.endswith(f"pycountry/locales/{language}/LC_MESSAGES/iso3166-1.mo") for name in found)
