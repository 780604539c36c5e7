"""The second factor of every staff login: TOTP from a phone app, or a one-off recovery code.

Built on django-otp. The password step is Django's admin login; after it the session belongs
to the account but is *not verified*: newsroom/twofactor/middleware.py sends it to enrol (first
login) or to enter a code before any admin page, admin endpoint or editor upload answers it.
Wrong codes count as failed logins in django-axes (newsroom/twofactor/throttle.py).
"""
