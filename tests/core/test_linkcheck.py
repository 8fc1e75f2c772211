"""Link health against a real HTTP server on 127.0.0.1."""

import threading
import time

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.linkcheck import DEAD, REDIRECTED, SLOW, USER_AGENT, check_links, platform_urls
from tests.catalog_helpers import LocalServer, Route, platform_toml


@pytest.fixture
def server():
    with LocalServer() as running:
        running.routes.update(
            {
                "/ok": Route(body=b"fine"),
                "/shared": Route(body=b"fine"),
                "/gone": Route(status=404),
                "/moved": Route(status=301, headers={"Location": "/ok"}),
                "/head-refused": Route(head_status=405, body=b"fine on GET"),
                "/slow": Route(body=b"late", delay=0.6),
            }
        )
        yield running


def catalog_of(tmp_path, server, *platforms):
    folder = tmp_path / "platforms"
    folder.mkdir()
    for platform_id, paths in platforms:
        web, policy, control, *sources = (server.url(p) for p in paths)
        (folder / f"{platform_id}.toml").write_text(platform_toml(platform_id, web, policy, control, sources))
    catalog = load_catalog(folder)
    assert not catalog.problems, catalog.problems
    return catalog


def test_dead_redirected_and_slow_links_are_reported_by_platform(tmp_path, server):
    catalog = catalog_of(
        tmp_path,
        server,
        ("alpha", ["/ok", "/gone", "/moved", "/shared"]),
        ("beta", ["/head-refused", "/slow", "/ok", "/shared"]),
    )
    seen = []
    report = check_links(
        catalog.platforms, progress=lambda done, total: seen.append((done, total)), slow_after=0.4
    )

    assert (report.checked, report.total, report.cancelled) == (6, 6, False)
    problems = report.problems()
    assert sorted(problems) == ["alpha", "beta"]
    assert [r.url for r in problems["alpha"][DEAD]] == [server.url("/gone")]
    assert problems["alpha"][DEAD][0].status == 404
    (moved,) = problems["alpha"][REDIRECTED]
    assert (moved.url, moved.final_url, moved.status) == (server.url("/moved"), server.url("/ok"), 200)
    assert list(problems["beta"]) == [SLOW]
    assert [r.url for r in problems["beta"][SLOW]] == [server.url("/slow")]
    refused = next(r for r in report.by_platform["beta"] if r.url == server.url("/head-refused"))
    assert (refused.status, refused.problems) == (200, ())
    assert [m for m, p in server.requests if p == "/head-refused"] == ["HEAD", "GET"]
    assert [m for m, p in server.requests if p == "/shared"] == ["HEAD"], "a URL cited twice is checked once"
    assert seen[-1] == (6, 6) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert report.count(DEAD) == 1 and "1 dead, 1 redirected, 1 slow" in report.lines()[-1]


def test_requests_carry_the_linkcheck_user_agent(tmp_path, server):
    catalog = catalog_of(tmp_path, server, ("alpha", ["/ok", "/ok", "/ok", "/ok"]))
    check_links(catalog.platforms)
    assert server.user_agents == [USER_AGENT]
    assert USER_AGENT.startswith("OptOutAssistant-linkcheck/")


def test_unreachable_host_is_dead_with_the_error(tmp_path, server):
    catalog = catalog_of(tmp_path, server, ("alpha", ["/ok", "/ok", "/ok", "/ok"]))
    closed = LocalServer()
    port = closed.httpd.server_port
    closed.httpd.server_close()  # nothing listens on this port any more
    platform = catalog.platforms[0]._replace(web=f"http://127.0.0.1:{port}/")
    report = check_links([platform], timeout=(2, 2))
    (dead,) = report.problems()["alpha"][DEAD]
    assert dead.status is None and "refused" in dead.error and "ConnectionPool" not in dead.error


def test_cancel_stops_the_check_early(tmp_path, server):
    paths = [f"/wait-{i}" for i in range(12)]
    for path in paths:
        server.routes[path] = Route(body=b"x", delay=0.5)
    catalog = catalog_of(tmp_path, server, ("alpha", paths))
    cancel = threading.Event()
    started = time.monotonic()
    report = check_links(
        catalog.platforms, cancel=cancel, progress=lambda done, total: cancel.set(), max_workers=2
    )
    elapsed = time.monotonic() - started
    assert report.cancelled
    assert 1 <= report.checked < report.total == 12
    assert elapsed < 2.0, "12 half-second links two at a time take 3 s; cancel must stop early"
    assert "(cancelled)" in report.lines()[-1]


def test_platform_urls_cover_every_url_field(tmp_path, server):
    catalog = catalog_of(
        tmp_path, server, ("alpha", ["/web", "/policy", "/control", "/source-1", "/source-2"])
    )
    assert platform_urls(catalog.platforms[0]) == [
        server.url(p) for p in ("/web", "/policy", "/control", "/source-1", "/source-2")
    ]
