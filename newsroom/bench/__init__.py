"""Scale data and measurement helpers for bench/ (see bench/README.md); never used by the site."""
