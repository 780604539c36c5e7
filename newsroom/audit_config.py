"""What the audit trail (django-auditlog) records: accounts, groups, scopes, units, regions,
award editions and categories, the content guard's list and second-factor devices.

Read by newsroom/settings.py as AUDITLOG_INCLUDE_TRACKING_MODELS; kept here because it is long and
changes with the models, not with the environment. Plain data: settings import it before apps load.
"""

AUDITED_MODELS = (
    {
        "model": "auth.user",
        # last_login changes at every login and says nothing about who changed the account.
        "exclude_fields": ["last_login"],
        "mask_fields": ["password"],
        "mask_callable": "newsroom.audit.hidden",
        "m2m_fields": ["groups", "user_permissions"],
    },
    {"model": "auth.group", "m2m_fields": ["permissions"]},
    "newsroom.staffscope",
    "upt.region",
    "upt.upt",
    "awards.edition",
    "awards.category",
    # The content guard's list: who added, changed or switched off a term.
    "newsroom.blockedterm",
    # Second-factor devices appear (enrolment) and disappear (reset); their keys never do.
    {
        "model": "otp_totp.totpdevice",
        "include_fields": ["user", "name", "confirmed"],
        "mapping_fields": {"user": "Akun", "name": "Nama", "confirmed": "Terkonfirmasi"},
    },
    {
        "model": "otp_static.staticdevice",
        "include_fields": ["user", "name"],
        "mapping_fields": {"user": "Akun", "name": "Nama"},
    },
)
