"""Load and scale benchmarks: `manage.py seed_bench`, `manage.py bench_probe` and `bench/run`.

An app of its own, installed only by bench/settings.py (which bench/run uses), so that nothing
bench-only reaches the production settings or URLs. See bench/README.md.
"""
