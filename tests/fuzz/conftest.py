"""Hypothesis profiles: a fast, repeatable one for `make test`, a random one for `make fuzz`."""

import os

from hypothesis import HealthCheck, settings

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                 HealthCheck.large_base_example]
# make test: the same inputs every run, so a red build always means a change in the code.
settings.register_profile("fast", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")), derandomize=True,
                          deadline=None, suppress_health_check=_SLOW_IS_FINE, database=None, print_blob=True)
# make fuzz: new random inputs each batch; scripts/fuzz.py repeats batches until the time is up.
settings.register_profile("long", max_examples=int(os.environ.get("FUZZ_BATCH", "50")), deadline=None, suppress_health_check=_SLOW_IS_FINE,
                          print_blob=True)
settings.load_profile(os.environ.get("STUDIO_FUZZ_PROFILE", "fast"))


def pytest_terminal_summary(terminalreporter):
    from pipeline import COUNTS

    if COUNTS["inputs"]:
        terminalreporter.write_line(
            f"fuzz: {COUNTS['inputs']} inputs tried: {COUNTS['accepted']} accepted with every output made, "
            f"{COUNTS['refused']} refused with file:line messages")
