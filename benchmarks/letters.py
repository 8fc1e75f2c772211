"""Letter rendering speed against a bare jinja2 render of the same text, in the same run.

Composes every request type in every language for 10 platforms (the full service:
law look-up, deadline, templates, HTML), then renders the same letters as plain
jinja2 templates with only the name and reference filled in. Prints letters per
second for both and the ratio.

Usage: python benchmarks/letters.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date

import jinja2

from opt_out_gui.core import letters
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile

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
    grounds=("safety",), earlier_date=date(2026, 1, 5), correction="Birth year 1980."
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


def compose_all(work) -> list:
    return [
        letters.compose_letter(p, t, law, lang, prof, reference=REFERENCE, today=TODAY, options=OPTIONS)
        for p, t, law, lang, prof in work
    ]


def bare_templates(composed) -> list[tuple[jinja2.Template, dict]]:
    environment = jinja2.Environment()
    prepared = []
    for letter in composed:
        source = letter.body.replace("{", "{{ '{' }}").replace(letter.sender.name, "{{ name }}")
        prepared.append(
            (
                environment.from_string(source.replace(REFERENCE, "{{ reference }}")),
                {"name": letter.sender.name},
            )
        )
    return prepared


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    work = list(jobs(load_catalog()))
    composed = compose_all(work)  # warm-up: template compilation, catalogue and law caches
    baseline = bare_templates(composed)
    service_times, bare_times = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        compose_all(work)
        service_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for template, values in baseline:
            template.render(values, reference=REFERENCE)
        bare_times.append(time.perf_counter() - start)
    service, bare = statistics.median(service_times), statistics.median(bare_times)
    count = len(work)
    types = len(letters.available_types())
    print(f"{count} letters ({types} types x their languages x 10 platforms), {rounds} rounds")
    print(f"letter service : {count / service:10.0f} letters/s")
    print(f"bare jinja2    : {count / bare:10.0f} letters/s")
    print(f"ratio (service time / bare time): {service / bare:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
