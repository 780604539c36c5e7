"""The directorate's identity in the footer of every page: address, phone, e-mail, accounts.

Read by newsroom/settings.py as DIRECTORATE; each contact can be changed by a DIRECTORATE_*
environment variable. Plain data: settings import it before apps load.
"""


def directorate_contacts(env):
    """The footer's contacts, from the environment (`environ.Env`) or the directorate's own."""
    return {
        "address": env.str(
            "DIRECTORATE_ADDRESS", default="Jl. Veteran No. 11, Jakarta Pusat 10110"
        ),
        "phone": env.str("DIRECTORATE_PHONE", default="(021) 3857611"),
        "email": env.str("DIRECTORATE_EMAIL", default="humas@ditjenpas.go.id"),
        "social": [
            ("Instagram @ditjenpas", "https://www.instagram.com/ditjenpas/"),
            ("X @ditjenpas", "https://x.com/ditjenpas"),
            ("Facebook Ditjenpas", "https://www.facebook.com/ditjenpas"),
            ("YouTube Ditjenpas TV", "https://www.youtube.com/@ditjenpastv"),
        ],
    }
