"""Outgoing mail through the task queue (django-tasks, database backend): nothing waits on SMTP.

`queue_email` writes a message to the queue inside the transaction of the change that causes
it; `manage.py db_worker` sends it (tasks.deliver) and queues a later attempt when the mail
server fails, with a growing wait, up to settings.MAIL_RETRY["attempts"]. The admin's
"Surat keluar" lists what waits and what failed, with the error (admin.py). Error mail to
ADMINS takes the same road (admin_mail.py).
"""
