"""Link health of the catalogue: which URLs are dead, redirected or slow.

Every URL is checked once, however many platforms cite it: HEAD first, GET
when the server refuses HEAD. At most MAX_WORKERS requests run at a time.
Runs only when the user asks; cancellable from another thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from opt_out_gui import __version__
from opt_out_gui.core.catalog import Platform

USER_AGENT = f"OptOutAssistant-linkcheck/{__version__}"
MAX_WORKERS = 4
TIMEOUT = (10.0, 20.0)  # seconds to connect, seconds between bytes
SLOW_AFTER = 5.0  # seconds
HEAD_REFUSED = (403, 405, 501)
DEAD, REDIRECTED, SLOW = "dead", "redirected", "slow"


@dataclass(frozen=True)
class LinkResult:
    url: str
    status: int | None  # final HTTP status; None when no answer came
    final_url: str
    seconds: float
    error: str = ""
    slow_after: float = SLOW_AFTER

    @property
    def problems(self) -> tuple[str, ...]:
        found = []
        if self.error or self.status is None or self.status >= 400:
            found.append(DEAD)
        if self.final_url != self.url:
            found.append(REDIRECTED)
        if self.seconds > self.slow_after:
            found.append(SLOW)
        return tuple(found)

    def describe(self) -> str:
        if self.error:
            return f"{self.url}: {self.error}"
        text = f"{self.url}: HTTP {self.status}"
        if REDIRECTED in self.problems:
            text += f", ends at {self.final_url}"
        if SLOW in self.problems:
            text += f", {self.seconds:.1f} s"
        return text

    def to_json(self) -> dict:
        return {
            "url": self.url,
            "status": self.status,
            "final_url": self.final_url,
            "seconds": round(self.seconds, 3),
            "error": self.error,
            "problems": list(self.problems),
        }


@dataclass
class LinkReport:
    """Results by platform; `cancelled` when the user stopped the check early."""

    checked: int
    total: int
    cancelled: bool
    by_platform: dict[str, list[LinkResult]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def problems(self) -> dict[str, dict[str, list[LinkResult]]]:
        """platform id -> {"dead"|"redirected"|"slow": results}, only platforms with a problem."""
        grouped: dict[str, dict[str, list[LinkResult]]] = {}
        for platform_id, results in self.by_platform.items():
            for result in results:
                for problem in result.problems:
                    grouped.setdefault(platform_id, {}).setdefault(problem, []).append(result)
        return grouped

    def count(self, problem: str) -> int:
        return len({r.url for results in self.by_platform.values() for r in results if problem in r.problems})

    def lines(self) -> list[str]:
        out = []
        for platform_id, groups in sorted(self.problems().items()):
            out.append(f"{self.names.get(platform_id, platform_id)} ({platform_id})")
            for problem in (DEAD, REDIRECTED, SLOW):
                out += [f"  {problem}: {r.describe()}" for r in groups.get(problem, [])]
        summary = (
            f"{self.checked} of {self.total} links checked: {self.count(DEAD)} dead, "
            f"{self.count(REDIRECTED)} redirected, {self.count(SLOW)} slow"
        )
        return [*out, summary + (" (cancelled)" if self.cancelled else "")]

    def to_json(self) -> dict:
        return {
            "checked": self.checked,
            "total": self.total,
            "cancelled": self.cancelled,
            "platforms": {
                pid: {problem: [r.to_json() for r in results] for problem, results in groups.items()}
                for pid, groups in sorted(self.problems().items())
            },
        }


def platform_urls(platform: Platform) -> list[str]:
    """Every URL a platform entry cites, each once, in reading order."""
    urls = [platform.web, platform.privacy_policy]
    urls += [c.url for c in platform.controls]
    urls += [c.web_form for c in platform.controllers]
    urls += [c.dpo_form for c in platform.controllers]
    urls += [source.url for source in platform.all_sources]
    return list(dict.fromkeys(u for u in urls if u))


def check_url(url: str, timeout=TIMEOUT, slow_after: float = SLOW_AFTER) -> LinkResult:
    import requests

    started = time.monotonic()
    try:
        with requests.Session() as session:
            session.headers["User-Agent"] = USER_AGENT
            response = session.head(url, timeout=timeout, allow_redirects=True)
            if response.status_code in HEAD_REFUSED:
                # stream=True: the status is all we need, not the page.
                response = session.get(url, timeout=timeout, allow_redirects=True, stream=True)
                response.close()
    except requests.RequestException as error:
        return LinkResult(url, None, url, time.monotonic() - started, _describe(error), slow_after)
    return LinkResult(url, response.status_code, response.url, time.monotonic() - started, "", slow_after)


def check_links(
    platforms: Iterable[Platform],
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
    timeout=TIMEOUT,
    slow_after: float = SLOW_AFTER,
    max_workers: int = MAX_WORKERS,
) -> LinkReport:
    """Check every URL of the platforms. `progress(done, total)` is called from this thread."""
    platforms = list(platforms)
    cited = {p.id: platform_urls(p) for p in platforms}
    urls = list(dict.fromkeys(u for urls in cited.values() for u in urls))
    cancel = cancel or threading.Event()
    results: dict[str, LinkResult] = {}
    executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="linkcheck")
    try:
        pending: set[Future] = {executor.submit(check_url, u, timeout, slow_after) for u in urls}
        while pending and not cancel.is_set():
            # Wake up regularly so a cancel is seen while slow requests are still running.
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                result = future.result()
                results[result.url] = result
            if done and progress is not None:
                progress(len(results), len(urls))
    finally:
        # On cancel, queued checks are dropped and running ones finish unseen in the background.
        executor.shutdown(wait=not cancel.is_set(), cancel_futures=True)
    report = LinkReport(
        checked=len(results),
        total=len(urls),
        cancelled=cancel.is_set() and len(results) < len(urls),
        names={p.id: p.name for p in platforms},
    )
    for platform_id, cited_urls in cited.items():
        report.by_platform[platform_id] = [results[u] for u in cited_urls if u in results]
    return report


def _describe(error: Exception) -> str:
    """A short reason instead of requests' nested connection-pool messages."""
    import requests

    if isinstance(error, requests.Timeout):
        return "timed out"
    if isinstance(error, requests.exceptions.SSLError):
        return "TLS handshake or certificate failed"
    if isinstance(error, requests.TooManyRedirects):
        return "too many redirects"
    cause = error.args[0] if error.args else error
    text = str(getattr(cause, "reason", cause))
    # urllib3 puts the operating system's reason last: "...: [Errno 111] Connection refused".
    return text.rsplit(": ", 1)[-1][:200]
