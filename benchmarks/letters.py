"""Letter composing speed against a bare jinja2 render of the same templates, in the same run.

Composes every request type in every language under every law that has a sender below, for
10 platforms (where the catalogue has a recipient for the letter), through the full service
(law look-up, deadline, templates, HTML). The yardstick renders the same jinja2 templates
with the same context: every render the service made while composing them once is recorded
(template and arguments), and the yardstick renders exactly those again, with nothing around
them; its output is checked against the service's. Service and yardstick alternate round by
round; the ratio is the median of the round ratios, the rates are medians.

Usage: python benchmarks/letters.py [--rounds N] [--quick]
Budgets (issue 18): composing takes at most 1.5x the bare render of the same templates; and
the rate is at least 1.5x the rate measured on main before issue 18 (MAIN_LETTERS_PER_SECOND,
see benchmarks/README.md): that comparison is across runs, so compare on the same machine.
--quick: 2 rounds.
"""

from __future__ import annotations

import gc
import sys
import time
from datetime import date

from _measure import chosen_runs, median, options, verdict

from opt_out_gui.core import letters
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile

# Letters per second of this benchmark on main at 61df812, on the 2-core machine of issue 18
# (median of two runs, 2,508 and 2,000; see README.md).
MAIN_LETTERS_PER_SECOND = 2250
TODAY = date(2026, 3, 2)
REFERENCE = "2026-K3F9Q2M"
# One sender per law the letters are written under (the law decides the profile's country).
PROFILES = {
    "gdpr": Profile("Jan de Vries", "jan@example.nl", "Damrak 1\n1012 LG Amsterdam", "NL"),
    "uk-gdpr": Profile("Amy Hart", "amy@example.co.uk", "1 High St\nLeeds LS1 1AA", "GB"),
    "fadp": Profile("Luca Meier", "luca@example.ch", "Bahnhofstr. 1\n8001 Zürich", "CH"),
    "ccpa": Profile("Ana Ruiz", "ana@example.com", "1 Main St\nSacramento, CA", "US", "CA"),
    "vcdpa": Profile("Dana Lee", "dana@example.com", "2 Oak Ave\nRichmond, VA", "US", "VA"),
    "lgpd": Profile("João Silva", "joao@example.com.br", "Rua A, 1\nSão Paulo", "BR"),
    "pipeda": Profile("Claire Roy", "claire@example.ca", "1 Rue B\nMontréal QC", "CA"),
}
OPTIONS = letters.LetterOptions(
    grounds=("safety",),
    earlier_date=date(2025, 11, 5),  # every law's period from it has ended by TODAY
    correction="Birth year 1980.",
    agent="Sam Agent, sam.agent@example.com",
)


def jobs(catalog):
    platforms = [p for p in catalog.platforms if p.controllers][:10]
    for type_id in letters.available_types():
        for law_id in letters.laws_for_type(type_id):
            profile = PROFILES.get(law_id)
            if profile is None:  # other US state laws share the Virginia sender's templates
                continue
            for language in letters.languages_for(type_id, law_id=law_id):
                for platform in platforms:
                    yield platform, type_id, law_id, language, profile


def composable(work) -> list:
    """The jobs that make a letter (a platform without a contact in a region makes none)."""
    from opt_out_gui.core.errors import UserError

    kept = []
    for job in work:
        try:
            compose_all([job])
        except UserError:
            continue
        kept.append(job)
    return kept


def compose_all(work) -> list:
    return [
        letters.compose_letter(p, t, law, lang, prof, reference=REFERENCE, today=TODAY, options=OPTIONS)
        for p, t, law, lang, prof in work
    ]


def recorded_renders(work) -> list[tuple]:
    """Compose every letter once, recording each jinja2 render the service makes:
    (template, positional arguments, keyword arguments, output)."""
    import jinja2

    render = jinja2.Template.render
    renders = []

    def recording(template, *args, **kwargs):
        output = render(template, *args, **kwargs)
        renders.append((template, args, kwargs, output))
        return output

    jinja2.Template.render = recording
    try:
        compose_all(work)
    finally:
        jinja2.Template.render = render
    return renders


def render_bare(renders) -> list[str]:
    return [template.render(*args, **kwargs) for template, args, kwargs, _ in renders]


def main() -> int:
    rounds = chosen_runs(
        options(__doc__.split("\n\n")[0], runs=7, quick_runs=2, runs_name="rounds").parse_args()
    )
    work = composable(jobs(load_catalog()))  # also the warm-up: templates, laws, holiday tables
    renders = recorded_renders(work)
    if render_bare(renders) != [output for *_, output in renders]:
        raise SystemExit("letters.py: the bare render differs from the service's: the yardstick is wrong")
    service_times, bare_times = [], []
    for _ in range(rounds):
        gc.collect()  # each side collects its own garbage, not the other's
        start = time.perf_counter()
        compose_all(work)
        service_times.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        render_bare(renders)
        bare_times.append(time.perf_counter() - start)
    count = len(work)
    rate = count / median(service_times)
    ratio = median([s / b for s, b in zip(service_times, bare_times, strict=True)])
    print(
        f"{count} letters ({len(letters.available_types())} types x their laws and languages x 10 platforms; "
        f"{len(renders)} template renders), {rounds} rounds"
    )
    bare_rate = count / median(bare_times)
    print(f"  letter service {rate:8,.0f} letters/s   bare jinja2 render {bare_rate:8,.0f} letters/s")
    within = verdict("composing / bare render of the same templates", f"{ratio:.2f}x", 1.5, ratio)
    if MAIN_LETTERS_PER_SECOND:
        speed_up = rate / MAIN_LETTERS_PER_SECOND
        within &= verdict(
            f"rate / main's {MAIN_LETTERS_PER_SECOND:,} letters/s",
            f"{speed_up:.2f}x",
            1.5,
            speed_up,
            at_least=True,
        )
    print(f"\n{'the letter budgets hold' if within else 'OVER budget'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
