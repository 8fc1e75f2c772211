"""The catalogue through the command line: `opt-out platforms` at the real catalogue size and
at 1,000 platforms, with the catalogue's parse cache cold and warm.

Both catalogues are folders passed with --catalog: a copy of the shipped platform files, and
1,000 platforms made of copies of them with new ids (_catalog_data.py). The data directory
holds a returning user's profile, whose region chooses what is listed. Cold: the parse cache
in the data directory is deleted before each run (as after a catalogue update); warm: the run
before left it there. Each run is a fresh process, timed from its start to its exit, its
output going to a file; the two sizes alternate pair by pair, and the ratios are medians of
the pair ratios.

Usage: python benchmarks/catalog.py [--pairs N] [--quick]
Budget (issue 18): `opt-out platforms` at 1,000 platforms, warm, at most 2x the same at the
real size. Also printed, without a budget: the cold runs, and cold against warm at each size.
--quick: 3 pairs.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from _catalog_data import scaled_catalog
from _env import child_environment, opt_out_command
from _measure import chosen_runs, header, median, options, paired, run_child, verdict

from opt_out_gui.core.catalog import shipped_catalog_dir

SCALED = 1_000
BUDGET = 2.0


def main() -> int:
    args = options(__doc__.split("\n\n")[0], runs=7, quick_runs=3, runs_name="pairs").parse_args()
    pairs = chosen_runs(args)
    env = child_environment()
    real_size = len(list(shipped_catalog_dir().glob("*.toml")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        real = tmp_path / "real"
        shutil.copytree(shipped_catalog_dir(), real)
        scaled = scaled_catalog(SCALED, tmp_path / "scaled")
        data_dir = tmp_path / "data"
        cache = data_dir / "cache"
        out = tmp_path / "platforms.out"
        opt_out = [*opt_out_command(), "--data-dir", str(data_dir)]
        run_child([*opt_out, "profile", "set", "--name", "Jana Beispiel", "--country", "DE"], env)

        def platforms(catalog: Path, cold: bool):
            def run():
                if cold:
                    shutil.rmtree(cache, ignore_errors=True)
                return run_child([*opt_out, "--catalog", str(catalog), "platforms"], env, out)

            return run

        listed = {}
        for catalog in (real, scaled):  # warm-up: fills the cache and checks every platform is listed
            platforms(catalog, cold=True)()
            listed[catalog] = out.read_text(encoding="utf-8").splitlines()[0]
        print(f"`opt-out platforms` through --catalog, {real_size} and {SCALED:,} platforms (medians)")
        print(f"  listed: {listed[real]!r} and {listed[scaled]!r}")
        results = {}
        for cold in (False, True):
            results[cold] = paired(platforms(scaled, cold), platforms(real, cold), pairs)
    within = True
    for cold in (False, True):
        runs = results[cold]
        header(f"parse cache {'cold' if cold else 'warm'} ({pairs} pairs)")
        scaled_ms = median([a.wall for a, _ in runs]) * 1000
        real_ms = median([b.wall for _, b in runs]) * 1000
        print(f"  {SCALED:,} platforms {scaled_ms:,.0f} ms, {real_size} platforms {real_ms:,.0f} ms")
        ratio = median([a.wall / b.wall for a, b in runs])
        within &= verdict(
            f"{SCALED:,} platforms / {real_size} platforms", f"{ratio:.2f}x", None if cold else BUDGET, ratio
        )
    header("cold / warm (ratio of the medians)")
    for index, size in ((1, real_size), (0, SCALED)):
        cold_ms = median([pair[index].wall for pair in results[True]])
        warm_ms = median([pair[index].wall for pair in results[False]])
        verdict(f"{size:,} platforms, cold / warm", f"{cold_ms / warm_ms:.2f}x", None, None)
    print(f"\n{'the catalogue budget holds' if within else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
