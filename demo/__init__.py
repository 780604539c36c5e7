"""Demo content for development: units, news, accounts and an award edition (`manage.py seed_demo`).

An app of its own, installed only when DEBUG is on (newsroom/settings.py); no app imports it.
"""
