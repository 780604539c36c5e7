"""Pieces every app may use and that know no app: the ground under `upt`, `newsroom`, `awards`."""
