"""Test helpers for catalogue updates and link checks: a real HTTP server on 127.0.0.1,
signing keys, and catalogue folders with known changes."""

from __future__ import annotations

import json
import shutil
import threading
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from opt_out_gui.core.catalog import shipped_catalog_dir
from opt_out_gui.core.updates import build_bundle, pack_bundle, shipped_catalog_version

NEW_CONTROL_URL = "https://www.linkedin.com/settings/new-ai-training-page"
NEW_EVENT_SUMMARY = "LinkedIn extended AI training to direct messages (test event)."
ADDED_PLATFORM = "example-new"
REMOVED_PLATFORM = "x"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    head_status: int | None = None  # answer HEAD with this status instead
    send_bytes: int | None = None  # send only this many body bytes, then hang up
    omit_length: bool = False  # no Content-Length: the body ends when the connection closes
    drip: float | None = None  # send the whole answer, headers too, one byte every `drip` seconds


class LocalServer:
    """http.server on 127.0.0.1 in a thread, answering from a path -> Route table."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []
        self.user_agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self._answer(head=False)

            def do_HEAD(self):
                self._answer(head=True)

            def _answer(self, head: bool) -> None:
                server.requests.append((self.command, self.path))
                server.user_agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path, Route(status=404, body=b"not found"))
                time.sleep(route.delay)
                if route.drip is not None:
                    self._drip(route)
                    return
                status = route.head_status if head and route.head_status else route.status
                self.send_response(status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if not route.omit_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                if not head:
                    self.wfile.write(route.body[: route.send_bytes])

            def _drip(self, route: Route) -> None:
                head = f"HTTP/1.1 {route.status} OK\r\nContent-Length: {len(route.body)}\r\n\r\n".encode()
                try:
                    for byte in head + route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.drip)
                except OSError:
                    pass  # the client gave up

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def new_private_key(folder: Path) -> tuple[Ed25519PrivateKey, Path]:
    key = Ed25519PrivateKey.generate()
    path = folder / f"key-{id(key)}.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return key, path


def trust(monkeypatch, key: Ed25519PrivateKey, folder: Path) -> Path:
    """Make the app trust `key` as if it were the key shipped with it; returns the public key file.

    The app checks installed updates again with the shipped key every time it loads them.
    """
    from opt_out_gui.core.updates import bundle

    public_path = folder / f"trusted-{id(key)}.pub"
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    monkeypatch.setattr(bundle, "shipped_public_key_path", lambda: public_path)
    return public_path


def newer_version(step: int = 1) -> int:
    return shipped_catalog_version() + step


def changed_catalog(folder: Path) -> Path:
    """The shipped catalogue with known changes: LinkedIn gets a new control URL and a new
    policy event, X is removed, one platform is added."""
    target = folder / "platforms"
    shutil.copytree(shipped_catalog_dir(), target)
    linkedin = target / "linkedin.toml"
    text = linkedin.read_text(encoding="utf-8")
    first_control = next(c for c in tomllib.loads(text)["controls"] if c.get("url"))
    old_url = f'url = "{first_control["url"]}"'
    assert text.count(old_url) == 1
    text = text.replace(old_url, f'url = "{NEW_CONTROL_URL}"')
    text += (
        f"\n[[events]]\ndate = 2026-11-20\nregions = {json.dumps(list(first_control['regions']))}\n"
        f'summary = "{NEW_EVENT_SUMMARY}"\n\n[[events.sources]]\n'
        'url = "https://www.linkedin.com/legal/privacy-policy"\nkind = "official"\nread = 2026-11-20\n'
    )
    linkedin.write_text(text, encoding="utf-8")
    (target / f"{REMOVED_PLATFORM}.toml").unlink()
    reddit = (target / "reddit.toml").read_text(encoding="utf-8")
    added = reddit.replace('id = "reddit"', f'id = "{ADDED_PLATFORM}"', 1).replace(
        'name = "Reddit"', 'name = "Example New"', 1
    )
    (target / f"{ADDED_PLATFORM}.toml").write_text(added, encoding="utf-8")
    return target


def built_bundle(
    folder: Path, key_path: Path, version: int, catalog_dir: Path | None = None
) -> tuple[bytes, bytes]:
    """(bundle bytes, signature) of a catalogue, built as maintainers do."""
    out = folder / f"out-{version}-{key_path.stem}"
    bundle, signature = build_bundle(catalog_dir or shipped_catalog_dir(), key_path, out, version=version)
    return bundle.read_bytes(), signature.read_bytes()


def signed_files(files: dict[str, bytes], version: int, key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    """A correctly signed bundle of arbitrary files, to test what verification does with bad content."""
    data = pack_bundle(files, version, datetime(2026, 11, 27, tzinfo=UTC))
    return data, key.sign(data)


def serve(server: LocalServer, path: str, bundle: bytes, signature: bytes) -> str:
    server.routes[path] = Route(body=bundle)
    server.routes[path + ".sig"] = Route(body=signature)
    return server.url(path)


def platform_toml(platform_id: str, web: str, policy: str, control_url: str, sources: list[str]) -> str:
    """A minimal valid platform entry citing the given URLs (for link checks)."""
    cited = "".join(
        f'\n[[controls.sources]]\nurl = "{url}"\nkind = "press"\nread = 2026-11-27\n' for url in sources
    )
    return f"""
schema = 2
id = "{platform_id}"
name = "{platform_id.title()}"
company = "Example Inc."
category = "social"
web = "{web}"
privacy_policy = "{policy}"

[[controls]]
id = "training"
title = "Training"
kind = "toggle"
training_opt_out = true
regions = ["eu"]
scope = "account"
steps = ["Switch it off."]
url = "{control_url}"
{cited}"""
